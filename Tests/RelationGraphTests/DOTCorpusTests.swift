import Foundation
import Testing
import TestSupport
@testable import RelationGraph

/// Graphviz's own test graphs (`../shared/dot-corpus`, 450 files from the
/// Graphviz repository, with `ACCEPT.tsv` saying which of them Graphviz 2.43
/// reads): every file Graphviz accepts is read, with the nodes Graphviz
/// counts; every other file gives a graph or a located error, never a crash.
@Suite(.needsShared("dot-corpus/ACCEPT.tsv")) struct DOTCorpusTests {
    struct Entry {
        var path: String
        var accepted: Bool
        var nodes: Int
        var edges: Int
        var graphs: Int
    }

    static func entries() throws -> [Entry] {
        let table = try String(contentsOf: SharedData.url("dot-corpus/ACCEPT.tsv"), encoding: .utf8)
        return table.split(separator: "\n").dropFirst().map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Entry(path: fields[0], accepted: fields[1] == "1", nodes: Int(fields[2]) ?? -1,
                         edges: Int(fields[3]) ?? -1, graphs: Int(fields[4]) ?? -1)
        }
    }

    /// Whether the file's graph is undirected: its first keyword is `graph`, not `digraph`.
    static func isUndirected(_ data: Data) -> Bool {
        let text = String(decoding: data, as: UTF8.self)
        let digraph = text.range(of: "digraph", options: .caseInsensitive)?.lowerBound
        let graph = text.range(of: #"(^|[^a-zA-Z_])graph\s*[a-zA-Z_0-9"]*\s*\{"#, options: [.regularExpression, .caseInsensitive])?.lowerBound
        guard let graph else { return false }
        return digraph.map { graph < $0 } ?? true
    }

    @Test func everyFileGivesAGraphOrALocatedError() throws {
        let entries = try Self.entries()
        #expect(entries.count == 450)
        var read = 0, undirected = 0, refused: [String] = [], slowest = (file: "", seconds: 0.0)
        for entry in entries {
            let data = try Data(contentsOf: SharedData.url("dot-corpus/" + entry.path))
            let start = DispatchTime.now().uptimeNanoseconds
            do {
                let graph = try Graph(dot: [UInt8](data), file: entry.path)
                read += 1
                if entry.accepted && entry.graphs == 1 {
                    #expect(graph.partyCount == entry.nodes, "\(entry.path): \(graph.partyCount) parties, Graphviz counts \(entry.nodes) nodes")
                    // An undirected edge is a relation each way, a loop one.
                    let loops = graph.relations.filter { $0.source == $0.target }.count
                    if Self.isUndirected(data) { undirected += 1 }
                    let edges = Self.isUndirected(data) ? (graph.relationCount + loops) / 2 : graph.relationCount
                    #expect(edges == entry.edges, "\(entry.path): \(edges) edges, Graphviz counts \(entry.edges)")
                }
            } catch {
                refused.append("\(error)")
                #expect(!entry.accepted, "Graphviz reads \(entry.path), the reader refused it: \(error)")
                #expect(error.line != nil && error.column != nil, "\(error)")
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            if seconds > slowest.seconds { slowest = (entry.path, seconds) }
        }
        print("DOT corpus: \(read) of \(entries.count) files read (\(undirected) of them undirected), \(refused.count) refused; slowest \(slowest.file) in \(String(format: "%.3f", slowest.seconds)) s")
        for message in refused { print("  refused: \(message)") }
    }
}
