#if Graphviz
import CGraphviz
import Foundation

/// Graphviz called in-process through libgvc.
///
/// Graphviz keeps global state (its error buffer, its plugin registry) and is
/// not thread-safe, so every call in the process goes through one lock and
/// one `GVC_t` context. Each call reads the graph with `agmemread`, lays it out
/// with `gvLayout`, renders with `gvRenderData`, and on every path, errors
/// included, frees what it made (`gvFreeRenderData`, `gvFreeLayout`,
/// `agclose`). Messages are not printed: `agseterr(AGMAX)` routes them to
/// Graphviz's buffer, from which `aglasterr` reads the last one, and
/// `agreseterrors` clears the error level before each call so that an error is
/// never sticky.
final class InProcessGraphviz: @unchecked Sendable {
    static let shared = InProcessGraphviz()

    private let lock = NSLock()
    private let context: OpaquePointer?

    private init() {
        context = gvContext()
        _ = agseterr(AGMAX)
    }

    deinit {
        if let context { gvFreeContext(context) }
    }

    func render(dot: String, engine: GraphvizEngine, format: GraphvizFormat) throws(GraphvizError) -> Data {
        lock.lock()
        defer { lock.unlock() }
        guard let context else { throw GraphvizError(.unavailable, "Graphviz could not create its context") }
        _ = agreseterrors()
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw GraphvizError(.invalidGraph, "Graphviz rejected the graph: \(lastMessage() ?? "syntax error")")
        }
        defer { agclose(graph) }
        guard gvLayout(context, graph, engine.rawValue) == 0 else {
            throw GraphvizError(.layoutFailed, "Graphviz \(engine.rawValue) layout failed: \(lastMessage() ?? "no message")")
        }
        defer { gvFreeLayout(context, graph) }
        if agerrors() >= Int32(AGERR.rawValue) {
            throw GraphvizError(.invalidGraph, "Graphviz: \(lastMessage() ?? "error in the graph")")
        }
        var buffer: UnsafeMutablePointer<CChar>?
        var length = 0
        let status = relationgraph_render_data(context, graph, format.rawValue, &buffer, &length)
        defer { if let buffer { gvFreeRenderData(buffer) } }
        guard status == 0, let buffer else {
            throw GraphvizError(.renderFailed, "Graphviz could not render \(format.rawValue): \(lastMessage() ?? "no renderer for the format")")
        }
        if agerrors() >= Int32(AGERR.rawValue) {
            throw GraphvizError(.renderFailed, "Graphviz: \(lastMessage() ?? "error while rendering")")
        }
        return Data(bytes: buffer, count: length)
    }

    /// The last message Graphviz buffered, on one line.
    private func lastMessage() -> String? {
        guard let text = aglasterr() else { return nil }
        defer { free(text) }
        let message = String(cString: text).split(whereSeparator: \.isNewline).joined(separator: " ")
            .trimmingCharacters(in: .whitespaces)
        return message.isEmpty ? nil : message
    }
}
#endif
