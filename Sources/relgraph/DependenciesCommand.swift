import ArgumentParser
import RelationGraph

/// `relgraph dependencies P`: whom P relies on, with the chain behind each.
struct DependenciesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dependencies",
        abstract: "List the parties a party depends on (who supplies it or sends it troops, transitively).")

    @OptionGroup var options: GraphOptions
    @OptionGroup var modality: ModalityOptions
    @OptionGroup var closure: ClosureOptions

    func run() throws {
        let graph = try options.loadGraph()
        let subject = try options.resolve(closure.party, in: graph)
        let result = try graph.dependencies(of: subject.id, includeHedged: modality.hedged, maxDepth: closure.depth)
        try DependencyReport(
            graph: graph, subject: subject, dependencies: result, towardSuppliers: true,
            modality: modality, format: options.format
        ).print()
    }
}

/// The shared printout of `dependencies` and `dependents`.
struct DependencyReport {
    let graph: Graph
    let subject: Party
    let dependencies: [Dependency]
    let towardSuppliers: Bool
    let modality: ModalityOptions
    let format: OutputFormat

    private struct Record: Encodable {
        var party: PartyID
        var includeHedged: Bool
        var dependencies: [DependencyRecord]?
        var dependents: [DependencyRecord]?
    }

    func print() throws(CLIError) {
        let records = dependencies.map { DependencyRecord($0, in: graph) }
        switch format {
        case .json:
            try Output.printJSON(Record(
                party: subject.id, includeHedged: modality.hedged,
                dependencies: towardSuppliers ? records : nil,
                dependents: towardSuppliers ? nil : records))
        case .text:
            let label = GraphOptions.label(subject)
            let count = dependencies.count == 1 ? "1 party" : "\(dependencies.count) parties"
            let verb = dependencies.count == 1 ? "depends" : "depend"
            Swift.print(towardSuppliers
                ? "\(label) depends on \(count) (\(modality.scope)):"
                : "\(count) \(verb) on \(label) (\(modality.scope)):")
            for dependency in dependencies {
                let party = graph.party(dependency.party).map(GraphOptions.label) ?? dependency.party.rawValue
                let kind = dependency.depth == 1 ? "direct" : "indirect, \(dependency.depth) links"
                Swift.print("\(party): \(kind)\(dependency.isHedged ? ", hedged" : "")")
                for line in Output.chainLines(dependency.chain, towardSuppliers: towardSuppliers, indent: "  ") {
                    Swift.print(line)
                }
            }
        }
    }
}
