import ArgumentParser
import RelationGraph

/// `relgraph dependents P`: who relies on P.
struct DependentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dependents",
        abstract: "List the parties that depend on a party (that it supplies or sends troops to, transitively).")

    @OptionGroup var options: GraphOptions
    @OptionGroup var modality: ModalityOptions
    @OptionGroup var closure: ClosureOptions

    func run() throws {
        let graph = try options.loadGraph()
        let subject = try options.resolve(closure.party, in: graph)
        let result = try graph.dependents(of: subject.id, includeHedged: modality.hedged, maxDepth: closure.depth)
        try DependencyReport(
            graph: graph, subject: subject, dependencies: result, towardSuppliers: false,
            modality: modality, format: options.format
        ).print()
    }
}
