import Foundation

/// Writes a ``GraphLayout`` as JSON for tools that compare layouts:
/// `{"nodes": {"ID": {"x", "y", "width", "height"}}, "edges": [{"source",
/// "target", "kind", "points": [[x, y], ...]}], "curve": "polyline"}`, in
/// points with y growing downwards, node positions at box centres and each
/// edge's polyline from tail to head. `../shared/bench/layout/count_crossings.py`
/// reads it.
public struct LayoutJSONWriter: Sendable {
    /// Creates a writer.
    ///
    /// - Complexity: O(1).
    public init() {}

    /// Streams the layout as JSON, nodes in graph order and keys sorted, so
    /// the same layout always gives the same bytes.
    ///
    /// - Complexity: O(*V* + *P*) for *P* route points.
    public func write(_ layout: GraphLayout, to output: inout some TextOutputStream) {
        output.write("{\"curve\": \"polyline\", \"height\": \(number(layout.height)), \"width\": \(number(layout.width)),\n\"nodes\": {")
        for (index, node) in layout.nodes.enumerated() {
            output.write(index == 0 ? "\n" : ",\n")
            output.write("  \(JSONText.string(node.id.rawValue)): {\"height\": \(number(node.height)), \"width\": \(number(node.width)), \"x\": \(number(node.center.x)), \"y\": \(number(node.center.y))}")
        }
        output.write("\n},\n\"edges\": [")
        for (index, edge) in layout.edges.enumerated() {
            output.write(index == 0 ? "\n" : ",\n")
            let points = edge.points.map { "[\(number($0.x)), \(number($0.y))]" }.joined(separator: ", ")
            output.write("  {\"hedged\": \(edge.isHedged), \"kind\": \(JSONText.string(edge.kind.rawValue)), \"points\": [\(points)], \"source\": \(JSONText.string(edge.source.rawValue)), \"target\": \(JSONText.string(edge.target.rawValue))}")
        }
        output.write("\n]}\n")
    }

    private func number(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}

/// JSON string literals, escaped per RFC 8259.
enum JSONText {
    /// A JSON string literal; with `forHTML`, also `<`, `>` and `&` as
    /// `\u` escapes, so the literal can sit inside an HTML `<script>` element
    /// without ever closing it or starting markup.
    static func string(_ text: String) -> String { string(text, forHTML: false) }

    static func string(_ text: String, forHTML: Bool) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<" where forHTML: result += "\\u003c"
            case ">" where forHTML: result += "\\u003e"
            case "&" where forHTML: result += "\\u0026"
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                result += String(format: "\\u%04x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
