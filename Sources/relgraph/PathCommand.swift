import ArgumentParser
import RelationGraph

/// `relgraph path A B`: how A reaches B through relations.
struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Find the shortest chain of relations from one party to another, or all simple ones.")

    @OptionGroup var options: GraphOptions
    @OptionGroup var modality: ModalityOptions

    @Argument(help: "The party the path starts from.")
    var from: String

    @Argument(help: "The party the path ends at.")
    var to: String

    @Option(name: .long, help: ArgumentHelp("Follow only relations of this kind (repeatable).", valueName: "kind"))
    var kind: [String] = []

    @Flag(name: .long, help: "List all simple paths up to --max-length instead of one shortest path.")
    var all = false

    @Option(name: .long, help: ArgumentHelp("With --all: the longest path, in relations.", valueName: "n"))
    var maxLength = 4

    @Option(name: .long, help: ArgumentHelp("With --all: stop after this many paths.", valueName: "n"))
    var limit = 100

    func validate() throws {
        if maxLength < 1 { throw ValidationError("--max-length must be at least 1") }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let graph = try options.loadGraph()
        let start = try options.resolve(from, in: graph)
        let goal = try options.resolve(to, in: graph)
        let filter = RelationFilter(
            kinds: kind.isEmpty ? nil : Set(kind.map { RelationKind($0) }), includeHedged: modality.hedged)
        let paths: [Path]
        if all {
            paths = Array(try graph.simplePaths(from: start.id, to: goal.id, maxLength: maxLength, filter: filter).prefix(limit))
        } else {
            paths = try graph.shortestPath(from: start.id, to: goal.id, filter: filter).map { [$0] } ?? []
        }
        switch options.format {
        case .json:
            try Output.printJSON(paths.map { PathRecord(parties: $0.parties, hedged: $0.isHedged, relations: $0.relations) })
        case .text:
            let between = "from \(GraphOptions.label(start)) to \(GraphOptions.label(goal))"
            guard !paths.isEmpty else {
                print("No path \(between) (\(modality.scope)).")
                return
            }
            if all {
                let capped = paths.count == limit ? " (stopped at --limit \(limit))" : ""
                print("\(paths.count) path\(paths.count == 1 ? "" : "s") \(between), at most \(maxLength) links\(capped):")
            } else {
                print("Shortest path \(between), \(paths[0].length) link\(paths[0].length == 1 ? "" : "s"):")
            }
            for (number, path) in paths.enumerated() {
                print(all ? "\(number + 1). \(path.parties.map(\.rawValue).joined(separator: " → "))" : path.parties.map(\.rawValue).joined(separator: " → "))
                for relation in path.relations {
                    print("  \(relation.source) → \(relation.target) via \(Output.kinds(of: [relation]))")
                    for line in Output.evidenceLines(of: [relation], indent: "      ") { print(line) }
                }
            }
        }
    }

    private struct PathRecord: Encodable {
        var parties: [PartyID]
        var hedged: Bool
        var relations: [Relation]
    }
}
