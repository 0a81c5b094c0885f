/// A Graphviz layout engine.
public enum GraphvizEngine: String, Sendable, CaseIterable {
    /// Layered drawings of directed graphs.
    case dot
    /// Spring model (stress majorisation).
    case neato
    /// Force-directed placement.
    case fdp
    /// Multiscale force-directed placement for large graphs.
    case sfdp
    /// Circular layout.
    case circo
}

/// An output format Graphviz renders to.
public enum GraphvizFormat: String, Sendable, CaseIterable {
    /// Scalable vector graphics.
    case svg
    /// A PNG bitmap (needs Graphviz's cairo plugin).
    case png
    /// A PDF document (needs Graphviz's cairo plugin).
    case pdf
    /// Graphviz's plain-text layout description.
    case plain
    /// Graphviz's JSON description of the laid-out graph.
    case json
}

/// Why Graphviz could not render a graph, with Graphviz's own message.
public struct GraphvizError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Code: Hashable, Sendable {
        /// Neither in-process Graphviz nor a `dot` executable is available.
        case unavailable
        /// Graphviz rejected the graph or one of its attributes.
        case invalidGraph
        /// The layout engine failed.
        case layoutFailed
        /// Rendering to the format failed.
        case renderFailed
        /// The `dot` subprocess did not finish in time.
        case timedOut
        /// Graphviz's output could not be read back.
        case unreadableOutput
    }

    /// What went wrong.
    public var code: Code
    /// A one-line explanation, with Graphviz's message when it gave one.
    public var message: String

    /// Creates an error.
    ///
    /// - Complexity: O(1).
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }

    /// The error when no Graphviz can be found, saying how to get one.
    static let notInstalled = GraphvizError(
        .unavailable,
        "Graphviz is not available: build with `--traits Graphviz` (needs libgraphviz-dev) or install Graphviz so that `dot` is on PATH")
}
