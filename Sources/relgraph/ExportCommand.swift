import ArgumentParser
import Foundation
import RelationGraph
import RelationGraphGraphviz
import RelationGraphRender

/// `relgraph export`: the graph as a diagram or a file for other tools.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the graph as DOT, SVG, PNG, PDF, Mermaid, GraphML, node-link JSON, CSV, layout JSON, JSON or TSV.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case dot, svg, png, pdf, mermaid, graphml
        case nodeLink = "node-link"
        case csv
        case layoutJSON = "layout-json"
        case json, tsv
    }

    enum Direction: String, ExpressibleByArgument, CaseIterable {
        case LR, TB
    }

    enum Engine: String, ExpressibleByArgument, CaseIterable {
        /// The package's own layered layout.
        case swift
        /// Graphviz in-process (a build with `--traits Graphviz`).
        case graphviz
        /// Graphviz's `dot` executable on PATH.
        case dot
    }

    @Option(name: .long, help: ArgumentHelp("Graph file (.json, .tsv, .csv, .dot or .gv); the embedded seed graph when absent.", valueName: "file"))
    var graph: String?

    @Flag(name: .long, help: "For TSV and CSV graphs: skip bad rows, listing each on standard error.")
    var lenient = false

    @OptionGroup var window: WindowOptions

    @Option(name: .long, help: "dot, svg, png, pdf, mermaid, graphml, node-link, csv (Kumu), layout-json, json or tsv.")
    var format: Format = .dot

    @Option(name: .long, help: "Who draws svg: swift (default, no Graphviz needed), graphviz (in-process) or dot (subprocess). png and pdf always need Graphviz.")
    var engine: Engine = .swift

    @Option(name: .long, help: ArgumentHelp("Only relations of this kind (repeatable).", valueName: "kind"))
    var kind: [String] = []

    @Flag(inversion: .prefixedNo, help: "Include hedged relations (drawn dashed).")
    var hedged = true

    @Flag(inversion: .prefixedNo, help: "Add a legend of the kinds drawn (default: on for svg, off for dot).")
    var legend: Bool?

    @Option(name: .long, help: "Layer direction for dot, svg, mermaid and layout-json: LR or TB.")
    var rankdir: Direction = .LR

    @Option(name: .long, help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let options = GraphOptions(graph: graph, lenient: lenient, window: window)
        let selected = Self.drawn(try options.loadGraph(), kinds: kind, hedged: hedged)
        if format == .png || format == .pdf || (format == .svg && engine != .swift) {
            let image = try graphviz(selected)
            if let output {
                try AtomicFile.write(to: output) { image }
            } else {
                FileHandle.standardOutput.write(image)
            }
            return
        }
        if let output {
            try AtomicFile.write(to: output) {
                var text = ""
                try render(selected, into: &text)
                return Data(text.utf8)
            }
        } else {
            var stream = StandardOutput()
            try render(selected, into: &stream)
            stream.flush()
        }
    }

    /// Draws with Graphviz: the requested engine, or for png and pdf whatever Graphviz there is.
    private func graphviz(_ graph: Graph) throws(CLIError) -> Data {
        let renderer: GraphvizRenderer
        do throws(GraphvizError) {
            switch engine {
            case .graphviz: renderer = try GraphvizRenderer(backend: .inProcess)
            case .dot:
                guard let dot = GraphvizRenderer.dotOnPath() else {
                    throw GraphvizError(.unavailable, "--engine dot needs Graphviz's dot on PATH")
                }
                renderer = try GraphvizRenderer(backend: .subprocess(dot))
            case .swift: renderer = try GraphvizRenderer()
            }
            var options = DOTWriter.Options()
            options.rankdir = rankdir.rawValue
            options.legend = legend ?? false
            let imageFormat: GraphvizFormat = format == .png ? .png : format == .pdf ? .pdf : .svg
            return try renderer.render(graph, format: imageFormat, options: options)
        } catch {
            let need = format == .svg ? "--engine \(engine.rawValue)" : "--format \(format.rawValue)"
            throw .runtime("\(need): \(error.message)")
        }
    }

    private func render(_ graph: Graph, into stream: inout some TextOutputStream) throws {
        switch format {
        case .dot:
            var dotOptions = DOTWriter.Options()
            dotOptions.rankdir = rankdir.rawValue
            dotOptions.legend = legend ?? false
            DOTWriter(options: dotOptions).write(graph, to: &stream)
        case .png, .pdf:
            throw CLIError.runtime("--format \(format.rawValue) is binary and drawn by Graphviz")
        case .svg:
            var svgOptions = SVGWriter.Options()
            svgOptions.legend = legend ?? true
            SVGWriter(options: svgOptions).write(layout(graph), graph: graph, to: &stream)
        case .mermaid:
            MermaidWriter(direction: rankdir.rawValue).write(graph, to: &stream)
        case .graphml:
            GraphMLWriter().write(graph, to: &stream)
        case .nodeLink:
            NodeLinkWriter().write(graph, to: &stream)
        case .csv:
            KumuCSVWriter().write(graph, to: &stream)
        case .layoutJSON:
            LayoutJSONWriter().write(layout(graph), to: &stream)
        case .json:
            do { stream.write(String(decoding: try graph.jsonData(), as: UTF8.self) + "\n") } catch {
                throw CLIError.runtime("cannot encode the graph: \(error)")
            }
        case .tsv:
            do { try graph.writeDelimited(format: .tsv, to: &stream) } catch { throw CLIError.runtime(error.description) }
        }
    }

    /// The relations a drawing shows; a filtered drawing shows only the parties its relations connect.
    static func drawn(_ full: Graph, kinds: [String], hedged: Bool) -> Graph {
        let filter = RelationFilter(kinds: kinds.isEmpty ? nil : Set(kinds.map { RelationKind($0) }), includeHedged: hedged)
        let selected = full.subgraph(filter: filter)
        guard !kinds.isEmpty || !hedged else { return selected }
        return selected.subgraph(parties: Set(selected.relations.flatMap { [$0.source, $0.target] }))
    }

    private func layout(_ graph: Graph) -> GraphLayout {
        var layoutOptions = LayeredLayout.Options()
        layoutOptions.direction = rankdir == .LR ? .leftToRight : .topToBottom
        return LayeredLayout(options: layoutOptions).layout(graph)
    }
}

/// Standard output as a buffered text stream, so large exports are written
/// in blocks rather than built as one string.
struct StandardOutput: TextOutputStream {
    private var buffer: [UInt8] = []

    mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
