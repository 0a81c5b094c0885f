import Foundation
import RelationGraph
import RelationGraphRender

/// Renders graphs with Graphviz: in-process through libgvc when the package
/// is built with the `Graphviz` trait, otherwise through a `dot` executable on
/// PATH, with the same API either way.
///
/// ```swift
/// let renderer = try GraphvizRenderer()
/// let png = try renderer.render(try Graph.seed(), engine: .dot, format: .png)
/// ```
public struct GraphvizRenderer: Sendable {
    /// How Graphviz is reached.
    public enum Backend: Sendable, Hashable {
        /// libgvc in this process (only with the `Graphviz` trait).
        case inProcess
        /// A `dot` executable run as a subprocess.
        case subprocess(URL)
    }

    /// The backend in use.
    public let backend: Backend
    /// How long a `dot` subprocess may run.
    public var timeout: TimeInterval = 120

    /// Whether this build has in-process Graphviz (the `Graphviz` trait).
    public static var hasInProcessGraphviz: Bool {
        #if Graphviz
        true
        #else
        false
        #endif
    }

    /// Picks in-process Graphviz when built with the trait, else `dot` on PATH.
    ///
    /// - Throws: ``GraphvizError/Code/unavailable`` with how to enable either.
    /// - Complexity: O(*p*) in the number of PATH entries.
    public init() throws(GraphvizError) {
        if Self.hasInProcessGraphviz {
            backend = .inProcess
        } else if let dot = DotProcess.find() {
            backend = .subprocess(dot)
        } else {
            throw GraphvizError.notInstalled
        }
    }

    /// The first `dot` executable on PATH, for the subprocess backend.
    ///
    /// - Complexity: O(*p*) in the number of PATH entries.
    public static func dotOnPath() -> URL? { DotProcess.find() }

    /// Uses the given backend.
    ///
    /// - Throws: ``GraphvizError/Code/unavailable`` when asking for in-process
    ///   Graphviz in a build without the trait.
    /// - Complexity: O(1).
    public init(backend: Backend) throws(GraphvizError) {
        if backend == .inProcess && !Self.hasInProcessGraphviz {
            throw GraphvizError(.unavailable, "this build has no in-process Graphviz: build with `--traits Graphviz`")
        }
        self.backend = backend
    }

    /// Renders a graph, written by `DOTWriter` with the given options.
    ///
    /// - Throws: ``GraphvizError`` with Graphviz's message.
    /// - Complexity: Graphviz's own; `dot` is super-linear in the graph size.
    public func render(
        _ graph: Graph, engine: GraphvizEngine = .dot, format: GraphvizFormat = .svg,
        options: DOTWriter.Options = DOTWriter.Options()
    ) throws(GraphvizError) -> Data {
        try render(dot: DOTWriter(options: options).dot(for: graph), engine: engine, format: format)
    }

    /// Renders DOT text.
    ///
    /// - Throws: ``GraphvizError`` with Graphviz's message.
    /// - Complexity: Graphviz's own.
    public func render(dot: String, engine: GraphvizEngine = .dot, format: GraphvizFormat = .svg) throws(GraphvizError) -> Data {
        switch backend {
        case .inProcess:
            #if Graphviz
            return try InProcessGraphviz.shared.render(dot: dot, engine: engine, format: format)
            #else
            throw GraphvizError.notInstalled
            #endif
        case .subprocess(let executable):
            return try DotProcess(executable: executable, timeout: timeout).render(dot: dot, engine: engine, format: format)
        }
    }

    /// Lays a graph out with a Graphviz engine into the same `GraphLayout`
    /// the pure-Swift layout produces, so `SVGWriter` and layout
    /// comparisons work on either. Edge splines are flattened to polylines.
    ///
    /// - Throws: ``GraphvizError`` with Graphviz's message.
    /// - Complexity: Graphviz's own, plus O(*V* + *E*) to read the result.
    public func layout(_ graph: Graph, engine: GraphvizEngine = .dot, rankdir: String = "LR") throws(GraphvizError) -> GraphLayout {
        var options = DOTWriter.Options()
        options.rankdir = rankdir
        options.evidenceTooltips = false
        let plain = try render(graph, engine: engine, format: .plain, options: options)
        return try PlainLayoutReader(graph: graph).read(String(decoding: plain, as: UTF8.self))
    }
}
