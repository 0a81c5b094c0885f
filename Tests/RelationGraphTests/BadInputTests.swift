import Foundation
import PropertyBased
import Testing
@testable import RelationGraph

/// Whatever bytes come in, the importers give a graph or a located error, never a crash.
@Suite struct BadInputTests {
    private static func randomInputs(count: Int, seed: UInt64) -> [[UInt8]] {
        var rng = Xoshiro(seed: (seed, 0x2545_F491_4F6C_DD1D, seed &* 13, 0x9E37_79B9_7F4A_7C15))
        // Bytes biased towards the characters the formats care about.
        let alphabet: [UInt8] = Array("\t,\"\n\r{}[]:asserted hedged supply A B \\ \u{FEFF}".utf8) + [0, 0xFF, 0xC3, 0x80]
        let byte = Gen.element(of: alphabet + Array(0...255)).map { $0 ?? 0 }
        return (0..<count).map { _ in byte.array(of: 0...200).run(using: &rng) }
    }

    @Test func importersNeverCrashOnRandomBytes() {
        for (index, bytes) in Self.randomInputs(count: 3000, seed: 11).enumerated() {
            for format in DelimitedFormat.allCases {
                do {
                    let graph = try Graph(delimited: bytes, format: format, file: "f")
                    #expect(graph.relationCount >= 0)
                } catch {
                    #expect(error.line != nil, "case \(index): \(error)")
                }
                let (graph, skipped) = Graph.lenient(delimited: bytes, format: format)
                #expect(skipped.allSatisfy { $0.line != nil } && graph.relationCount >= 0)
            }
            do {
                _ = try Graph(json: Data(bytes), file: "f")
            } catch {
                #expect(error.file == "f", "case \(index)")
            }
        }
    }

    @Test func lenientReadingReportsEveryBadRow() {
        let text = "source\tkind\ttarget\nA\tsupply\tB\nA\tsupply\nC\t\tD\nE\tattack\tF\tperhaps\nG\tthreat\tH\n"
        let (graph, skipped) = Graph.lenient(delimited: Array(text.utf8), format: .tsv, file: "r.tsv")
        #expect(graph.relations.map(\.source) == ["A", "G"])
        #expect(skipped.map(\.line) == [3, 4, 5])
        #expect(skipped.map(\.description)[2] == #"r.tsv:5:12: unknown modality "perhaps"; expected asserted or hedged"#)
    }

    @Test func selfRelationsAndDuplicateRowsAreKept() throws {
        let graph = try Graph(delimited: Array("A\tattack\tA\nA\tsupply\tB\nA\tsupply\tB\n".utf8), format: .tsv)
        #expect(graph.relationCount == 3)
        #expect(graph.stronglyConnectedComponents().count == 2)
    }

    @Test func randomUnicodeNamesRoundTripThroughJSON() throws {
        var rng = Xoshiro(seed: (5, 6, 7, 8))
        // Any code point, surrogates (which are not scalars) becoming U+FFFD.
        let scalar = Gen.int(in: 0...0x10FFFF).map { Unicode.Scalar(UInt32($0)).map { String(Character($0)) } ?? "\u{FFFD}" }
        let name = scalar.array(of: 0...12).map { $0.joined() }
        for _ in 0..<100 {
            var graph = Graph()
            for index in 0..<6 {
                graph.addParty(Party(id: PartyID("P\(index)"), name: name.run(using: &rng), aliases: [name.run(using: &rng)]))
            }
            for index in 0..<6 {
                graph.add(Relation(source: PartyID("P\(index)"), kind: RelationKind(name.run(using: &rng).isEmpty ? "k" : "k\(index)"),
                                   target: PartyID("P\((index + 1) % 6)"),
                                   evidence: [Evidence(document: name.run(using: &rng), byteRange: 0..<1, quote: name.run(using: &rng))]))
            }
            #expect(try Graph(json: graph.jsonData()) == graph)
        }
    }

    /// One graph, queried from many tasks at once, answers as it does serially.
    @Test func concurrentQueriesAgreeWithSerialOnes() async throws {
        let graph = RandomGraphs.cases(count: 1, maxNodes: 60, maxEdges: 400)[0].graph
        let parties = graph.parties.map(\.id)
        let serial = try parties.map { try graph.dependencies(of: $0, includeHedged: true).map(\.party) }
        let concurrent = try await withThrowingTaskGroup(of: (Int, [PartyID]).self) { group in
            for (index, party) in parties.enumerated() {
                group.addTask { (index, try graph.dependencies(of: party, includeHedged: true).map(\.party)) }
                group.addTask {
                    var finder = ShortestPathFinder(graph: graph)
                    _ = try finder.path(from: party, to: parties[0])
                    return (-1, [])
                }
            }
            var results = [[PartyID]](repeating: [], count: parties.count)
            for try await (index, found) in group where index >= 0 { results[index] = found }
            return results
        }
        #expect(concurrent == serial)
    }

    /// Copies of one finder share its scratch memory until they query; each
    /// copy queried from its own task must then work on memory of its own
    /// (a race here shows as wrong paths, and as a report under the thread
    /// sanitizer).
    @Test func copiesOfOneFinderQueryConcurrentlyWithoutSharingScratch() async throws {
        let graph = RandomGraphs.cases(count: 1, maxNodes: 60, maxEdges: 400)[0].graph
        let parties = graph.parties.map(\.id)
        var serialFinder = ShortestPathFinder(graph: graph)
        let expected = try parties.map { start in try parties.map { try serialFinder.path(from: start, to: $0) } }
        let shared = ShortestPathFinder(graph: graph)
        let results = try await withThrowingTaskGroup(of: (Int, [Path?]).self) { group in
            for (index, start) in parties.enumerated() {
                group.addTask {
                    var finder = shared
                    return (index, try parties.map { try finder.path(from: start, to: $0) })
                }
            }
            var results = [[Path?]](repeating: [], count: parties.count)
            for try await (index, paths) in group { results[index] = paths }
            return results
        }
        #expect(results == expected)
    }

    /// A graph without relations builds empty adjacency rows while other
    /// threads read empty arrays. Building them through
    /// `Array(unsafeUninitializedCapacity: 0)` wrote into the storage all
    /// empty arrays share: the thread sanitizer (CI) reported a race.
    @Test func emptyAdjacencyIsBuiltWhileOtherThreadsReadEmptyArrays() async throws {
        let reached = try await withThrowingTaskGroup(of: Int.self) { group in
            for task in 0..<16 {
                group.addTask {
                    if task % 2 == 1 {
                        let empty: [Int32] = []
                        return (0..<2_000).reduce(0) { total, _ in total + empty.withUnsafeBufferPointer(\.count) }
                    }
                    var found = 0
                    for round in 0..<200 {
                        var graph = Graph()
                        _ = graph.addParty(Party(id: PartyID("P\(task)-\(round)")))
                        found += try graph.reachable(from: PartyID("P\(task)-\(round)")).count
                    }
                    return found
                }
            }
            return try await group.reduce(0, +)
        }
        var lone = Graph()
        _ = lone.addParty(Party(id: PartyID("P")))
        // Every builder's graph reaches what a lone party reaches; the readers add nothing.
        #expect(reached == 8 * 200 * (try lone.reachable(from: PartyID("P")).count))
    }

    /// Large graphs sort the two directions of their adjacency on two threads;
    /// the result is the same adjacency, built without a race (this runs under
    /// the thread sanitizer in CI).
    @Test func largeAdjacencyIsBuiltOnTwoThreadsWithTheSameRows() async throws {
        let count = 70_000
        let relations = (0..<count).map {
            Relation(source: PartyID("N\($0 % 5000)"), kind: .supply, target: PartyID("N\(($0 * 7 + 1) % 5000)"))
        }
        let graph = Graph(relations: relations)
        let starts = (0..<8).map { PartyID("N\($0)") }
        let reached = try await withThrowingTaskGroup(of: (Int, [PartyID]).self) { group in
            for (index, start) in starts.enumerated() {
                group.addTask { (index, try graph.reachable(from: start, direction: .incoming)) }
            }
            var reached = [[PartyID]](repeating: [], count: starts.count)
            for try await (index, parties) in group { reached[index] = parties }
            return reached
        }
        let adjacency = graph.storage.adjacency
        for id in ["N0", "N1", "N4999"] as [PartyID] {
            let node = try #require(graph.index(of: id))
            #expect(adjacency.outgoing(node).map(Int.init) == relations.indices.filter { relations[$0].source == id })
            #expect(adjacency.incoming(node).map(Int.init) == relations.indices.filter { relations[$0].target == id })
        }
        #expect(try reached == starts.map { try graph.reachable(from: $0, direction: .incoming) })
    }

    /// The adjacency and the name index are built lazily on first use; many
    /// tasks touching a fresh graph at once must build them once, without a
    /// data race (run under `swift test --sanitize=thread`). The graph is
    /// large enough that building its adjacency holds the lock while other
    /// tasks wait for it, the contended path where a lock the sanitizer does
    /// not model shows up as a race.
    @Test func lazyIndexesAreBuiltSafelyByConcurrentFirstQueries() async throws {
        let randomCase = RandomGraphs.cases(count: 1, maxNodes: 60, maxEdges: 4_000)[0]
        let reference = randomCase.graph
        let parties = reference.parties.map(\.id)
        let expected = try parties.map { try reference.dependents(of: $0).map(\.party) }
        for _ in 0..<20 {
            let fresh = randomCase.graph
            let results = try await withThrowingTaskGroup(of: (Int, [PartyID]).self) { group in
                for (index, party) in parties.enumerated() {
                    group.addTask {
                        guard case .found = fresh.lookup(party.rawValue) else { return (index, []) }
                        return (index, try fresh.dependents(of: party).map(\.party))
                    }
                }
                var results = [[PartyID]](repeating: [], count: parties.count)
                for try await (index, found) in group { results[index] = found }
                return results
            }
            #expect(results == expected)
        }
    }
}
