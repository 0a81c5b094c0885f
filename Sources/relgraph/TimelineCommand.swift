import ArgumentParser
import Foundation
import RelationGraph
import RelationGraphRender

/// `relgraph timeline`: the relations reported in each month, quarter or year.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline", abstract: "List the relations reported in each period, new ones marked.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv, svg
    }

    enum Period: String, ExpressibleByArgument, CaseIterable {
        case month, quarter, year
    }

    @Option(name: .long, help: ArgumentHelp(
        "A graph file (.json, .tsv, .csv, .dot or .gv); the embedded seed graph when absent.", valueName: "file"))
    var graph: String?

    @OptionGroup var window: WindowOptions

    @Option(name: .long, help: ArgumentHelp("Only relations with this party as source or target (repeatable).", valueName: "party"))
    var party: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only relations of this kind (repeatable).", valueName: "kind"))
    var kind: [String] = []

    @Option(name: .long, help: "The period: month, quarter or year.")
    var by: Period = .month

    @Option(name: .long, help: "Output format: text, json, csv, or svg (a stacked bar chart of relations per kind per period).")
    var format: Format = .text

    @Option(name: .long, help: ArgumentHelp("With --format svg: write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        if output != nil && format != .svg { throw ValidationError("--output is for --format svg; redirect the other formats") }
    }

    func run() throws {
        let options = GraphOptions(graph: graph, window: window)
        let loaded = try options.loadGraph()
        let parties = try Set(party.map { name throws(CLIError) in try options.resolve(name, in: loaded).id })
        let filter = RelationFilter(kinds: kind.isEmpty ? nil : Set(kind.map { RelationKind($0) }))
        let timeline = loaded.timeline(by: TimelinePeriod(rawValue: by.rawValue) ?? .month, filter: filter, parties: parties)
        switch format {
        case .svg:
            let svg = TimelineChartWriter().svg(for: timeline)
            if let output { try AtomicFile.write(to: output) { Data(svg.utf8) } } else { print(svg, terminator: "") }
            return
        case .json:
            try Output.printJSON(timeline.map { entry in
                PeriodRow(period: entry.period, relations: entry.relations.map {
                    Row(source: $0.relation.source.rawValue, kind: $0.relation.kind.rawValue, target: $0.relation.target.rawValue,
                        modality: $0.relation.modality.rawValue, documents: $0.documents, new: $0.isNew)
                })
            })
        case .csv:
            print("period,source,kind,target,modality,documents,new")
            for entry in timeline {
                for reported in entry.relations {
                    let relation = reported.relation
                    let fields = [entry.period, relation.source.rawValue, relation.kind.rawValue, relation.target.rawValue,
                                  relation.modality.rawValue, String(reported.documents), reported.isNew ? "yes" : "no"]
                    print(fields.map(KumuCSVWriter.field).joined(separator: ","))
                }
            }
        case .text:
            if timeline.isEmpty { print("No dated evidence: the documents have no `# date:` header.") }
            for entry in timeline {
                let new = entry.relations.filter(\.isNew).count
                print("\(entry.period): \(entry.relations.count) relation\(entry.relations.count == 1 ? "" : "s"), \(new) new")
                for reported in entry.relations {
                    let relation = reported.relation
                    let documents = "\(reported.documents) document\(reported.documents == 1 ? "" : "s")"
                    print("  \(reported.isNew ? "+" : " ") \(relation.source) → \(relation.target)  \(relation.kind) (\(relation.modality)), \(documents)")
                }
            }
        }
    }

    private struct PeriodRow: Encodable {
        var period: String
        var relations: [Row]
    }

    private struct Row: Encodable {
        var source: String
        var kind: String
        var target: String
        var modality: String
        var documents: Int
        var new: Bool
    }
}
