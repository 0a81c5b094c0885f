import ArgumentParser
import Foundation
import RelationGraph
import RelationGraphRender

/// `relgraph report`: one self-contained HTML page with the diagram and the evidence behind every link.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write an interactive HTML report: the diagram, the evidence behind every link, dependencies, search and filters.",
        discussion: """
            The page is one file with its style sheet, script and data inline; it opens from file:// \
            with no network and loads nothing from anywhere.
            """)

    @Option(name: .long, help: ArgumentHelp("Graph file (.json, .tsv, .csv, .dot or .gv); the embedded seed graph when absent.", valueName: "file"))
    var graph: String?

    @Flag(name: .long, help: "For TSV and CSV graphs: skip bad rows, listing each on standard error.")
    var lenient = false

    @OptionGroup var window: WindowOptions

    @Option(name: .long, help: ArgumentHelp("Only relations of this kind (repeatable).", valueName: "kind"))
    var kind: [String] = []

    @Flag(inversion: .prefixedNo, help: "Include hedged relations (drawn dashed).")
    var hedged = true

    @Option(name: .long, help: "The page's title and heading.")
    var title = "Relations"

    @Option(name: .long, help: "Layer direction: LR or TB.")
    var rankdir: ExportCommand.Direction = .LR

    @Option(name: .long, help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let options = GraphOptions(graph: graph, lenient: lenient, window: window)
        let selected = ExportCommand.drawn(try options.loadGraph(), kinds: kind, hedged: hedged)
        var layoutOptions = LayeredLayout.Options()
        layoutOptions.direction = rankdir == .LR ? .leftToRight : .topToBottom
        let layout = LayeredLayout(options: layoutOptions).layout(selected)
        var reportOptions = HTMLReportWriter.Options()
        reportOptions.title = title
        let writer = HTMLReportWriter(options: reportOptions)
        if let output {
            try AtomicFile.write(to: output) { Data(writer.html(for: layout, graph: selected).utf8) }
        } else {
            var stream = StandardOutput()
            writer.write(layout, graph: selected, to: &stream)
            stream.flush()
        }
    }
}
