import ArgumentParser
import RelationGraph

/// `relgraph dependents P`: who relies on P.
struct DependentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dependents",
        abstract: "List the parties that depend on a party (that it supplies or sends troops to, transitively).")

    @OptionGroup var options: GraphOptions
    @OptionGroup var modality: ModalityOptions

    @Argument(help: "The supplying party, by ID or name.")
    var party: String

    @Option(name: .long, help: ArgumentHelp("Follow chains of at most this many links.", valueName: "n"))
    var depth: Int?

    func validate() throws {
        if let depth, depth < 1 { throw ValidationError("--depth must be at least 1") }
    }

    func run() throws {
        let graph = try options.loadGraph()
        let subject = try options.resolve(party, in: graph)
        let result = try graph.dependents(of: subject.id, includeHedged: modality.hedged, maxDepth: depth)
        try DependencyReport(
            graph: graph, subject: subject, dependencies: result, towardSuppliers: false,
            modality: modality, format: options.format
        ).print()
    }
}
