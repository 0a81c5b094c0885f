import ArgumentParser
import RelationGraph

/// `relgraph impact P`: who loses support if P is taken out.
struct ImpactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "impact",
        abstract: "List the parties that lose direct or indirect support if a party is removed.")

    @OptionGroup var options: GraphOptions
    @OptionGroup var modality: ModalityOptions

    @Argument(help: "The party to remove, by ID or name.")
    var party: String

    private struct Record: Encodable {
        var removed: PartyID
        var includeHedged: Bool
        var impacted: [Entry]

        struct Entry: Encodable {
            var party: PartyID
            var name: String
            var depth: Int
            var hedged: Bool
            var remainingSuppliers: [PartyID]
            var chain: [SupportLink]
        }
    }

    func run() throws {
        let graph = try options.loadGraph()
        let removed = try options.resolve(party, in: graph)
        let impacted = try graph.impact(ofRemoving: removed.id, includeHedged: modality.hedged)
        switch options.format {
        case .json:
            try Output.printJSON(Record(
                removed: removed.id, includeHedged: modality.hedged,
                impacted: impacted.map { entry in
                    Record.Entry(
                        party: entry.party, name: graph.party(entry.party)?.name ?? entry.party.rawValue,
                        depth: entry.chain.count, hedged: entry.chain.contains(where: \.isHedged),
                        remainingSuppliers: entry.remainingSuppliers, chain: entry.chain)
                }))
        case .text:
            let count = impacted.count == 1 ? "1 party" : "\(impacted.count) parties"
            print("Removing \(GraphOptions.label(removed)) cuts support to \(count) (\(modality.scope)):")
            for entry in impacted {
                let label = graph.party(entry.party).map(GraphOptions.label) ?? entry.party.rawValue
                let reach = entry.isDirect ? "direct" : "indirect, \(entry.chain.count) links"
                let rest = entry.remainingSuppliers.isEmpty
                    ? "no other direct supplier"
                    : "still supplied by \(entry.remainingSuppliers.map(\.rawValue).joined(separator: ", "))"
                print("\(label): \(reach); \(rest)")
                for line in Output.chainLines(entry.chain, towardSuppliers: false, indent: "  ") { print(line) }
            }
        }
    }
}
