import ArgumentParser
import RelationGraph

/// `relgraph parties`: the parties in the graph.
struct PartiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parties", abstract: "List the parties in the graph.")

    @OptionGroup var options: GraphOptions

    func run() throws {
        let graph = try options.loadGraph()
        switch options.format {
        case .json:
            try Output.printJSON(graph.parties)
        case .text:
            let width = graph.parties.map { $0.id.rawValue.count }.max() ?? 0
            for party in graph.parties {
                let id = party.id.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
                let aliases = party.aliases.isEmpty ? "" : "  (\(party.aliases.joined(separator: ", ")))"
                print("\(id)  \(party.name) [\(party.kind.rawValue)]\(aliases)")
            }
        }
    }
}
