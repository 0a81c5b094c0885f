import ArgumentParser
import RelationGraph

/// `relgraph relations`: the relations, with their evidence.
struct RelationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relations", abstract: "List relations with their evidence.")

    @OptionGroup var options: GraphOptions

    @Option(name: .long, help: ArgumentHelp("Only relations of this kind (repeatable).", valueName: "kind"))
    var kind: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only relations with this party as source or target.", valueName: "party"))
    var party: String?

    func run() throws {
        let graph = try options.loadGraph()
        let partyID = try party.map { name throws(CLIError) in try options.resolve(name, in: graph).id }
        let kinds = Set(kind.map { RelationKind($0) })
        let selected = graph.relations.filter { relation in
            (kinds.isEmpty || kinds.contains(relation.kind))
                && (partyID == nil || relation.source == partyID || relation.target == partyID)
        }
        switch options.format {
        case .json:
            try Output.printJSON(selected)
        case .text:
            for relation in selected {
                print("\(relation.source) → \(relation.target)  \(relation.kind) (\(relation.modality))\(Output.reporting(relation))")
                for line in Output.evidenceLines(of: [relation], indent: "    ") { print(line) }
            }
        }
    }
}
