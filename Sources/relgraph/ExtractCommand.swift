import ArgumentParser
import Foundation
import RelationGraph
import RelationGraphExtract

/// `relgraph extract FILE...`: relations found in text.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract", abstract: "Find relations in article text, with modality and evidence.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, tsv
    }

    @Argument(help: ArgumentHelp("Text files (UTF-8); each file's name is its document ID.", valueName: "file"))
    var files: [String]

    @Option(name: .long, help: "Output format: text, json or tsv.")
    var format: Format = .text

    @Option(name: .customLong("graph-out"), help: ArgumentHelp(
        "Also write the merged graph as JSON, for --graph of the other commands.", valueName: "file"))
    var graphOut: String?

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one text file") }
    }

    func run() throws {
        let extractor: Extractor
        do { extractor = try Extractor() } catch { throw CLIError.runtime(error.description) }
        var documents: [(name: String, relations: [Relation])] = []
        for file in files {
            let url = URL(fileURLWithPath: file)
            let data: Data
            do { data = try Data(contentsOf: url) } catch { throw CLIError.runtime("\(file): cannot read the file") }
            let relations = [UInt8](data).withUnsafeBufferPointer {
                extractor.extract(utf8: $0, document: url.lastPathComponent)
            }
            documents.append((url.lastPathComponent, relations))
        }
        switch format {
        case .json:
            try Output.printJSON(documents.map { Document(document: $0.name, relations: $0.relations) })
        case .tsv:
            var graph = Graph()
            for document in documents { graph.merge(document.relations) }
            var text = ""
            do { try graph.writeDelimited(format: .tsv, to: &text) } catch { throw CLIError.runtime(error.description) }
            print(text, terminator: "")
        case .text:
            for document in documents {
                print("\(document.name): \(document.relations.count) relation\(document.relations.count == 1 ? "" : "s")")
                for relation in document.relations {
                    print("  \(relation.source) \(relation.kind) \(relation.target) (\(relation.modality))")
                    for evidence in relation.evidence {
                        print("      [\(evidence.byteRange.lowerBound)-\(evidence.byteRange.upperBound)] \"\(evidence.quote)\"")
                    }
                }
            }
        }
        if let graphOut {
            var graph = Graph()
            for document in documents { graph.merge(document.relations) }
            for party in graph.parties {
                if let described = extractor.gazetteer.parties.first(where: { $0.id == party.id }) { graph.addParty(described) }
            }
            try AtomicFile.write(to: graphOut) { try graph.jsonData() }
        }
    }

    private struct Document: Encodable {
        var document: String
        var relations: [Relation]
    }
}
