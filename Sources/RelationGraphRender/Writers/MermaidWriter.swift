import RelationGraph

/// Writes a graph as a Mermaid `flowchart`.
///
/// Node IDs are generated (`p0`, `p1`, …) so they never collide with Mermaid
/// keywords such as `end`; names go into quoted labels with every character
/// that Mermaid could read as syntax written as an entity code (`#quot;`,
/// `#35;`). Each relation is a link labelled with its kind (dotted when
/// hedged), and one `linkStyle` per kind gives its colour.
public struct MermaidWriter: Sendable {
    /// Layer direction: `LR`, `TB`, `RL` or `BT`.
    public var direction: String
    /// Whether hedged relations are drawn.
    public var includeHedged: Bool
    /// Only these kinds, or every kind when `nil`.
    public var kinds: Set<RelationKind>?

    /// Creates a writer.
    ///
    /// - Complexity: O(1).
    public init(direction: String = "LR", includeHedged: Bool = true, kinds: Set<RelationKind>? = nil) {
        self.direction = direction
        self.includeHedged = includeHedged
        self.kinds = kinds
    }

    /// Streams the flowchart.
    ///
    /// - Complexity: O(*V* + *E*) plus the length of names.
    public func write(_ graph: Graph, to output: inout some TextOutputStream) {
        output.write("flowchart \(["LR", "TB", "TD", "RL", "BT"].contains(direction) ? direction : "LR")\n")
        for (index, party) in graph.parties.enumerated() {
            output.write("  p\(index)[\"\(Self.label(party.name))\"]\n")
        }
        var linksByKind: [(RelationKind, [Int])] = []
        var link = 0
        for relation in 0..<graph.relationCount {
            let kind = graph.kind(ofRelation: relation)
            let hedged = graph.isHedged(relation: relation)
            guard (includeHedged || !hedged), kinds?.contains(kind) ?? true else { continue }
            let (source, target) = graph.endpoints(ofRelation: relation)
            let arrow = hedged ? "-.->" : "-->"
            output.write("  p\(source) \(arrow)|\"\(Self.label(kind.rawValue))\"| p\(target)\n")
            if let slot = linksByKind.firstIndex(where: { $0.0 == kind }) {
                linksByKind[slot].1.append(link)
            } else {
                linksByKind.append((kind, [link]))
            }
            link += 1
        }
        for (kind, links) in linksByKind {
            let style = KindStyle.of(kind)
            output.write("  linkStyle \(links.map(String.init).joined(separator: ",")) stroke:\(style.color),stroke-width:\(style.penWidth)px\n")
        }
    }

    /// Label text inside double quotes: letters, digits and a few safe marks
    /// as they are, everything else as a Mermaid entity code.
    static func label(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let safe = (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
                || " .,-_:()'/".unicodeScalars.contains(scalar) || value >= 0xA0
            if safe {
                result.unicodeScalars.append(scalar)
            } else if scalar == "\"" {
                result += "#quot;"
            } else if value < 0x20 || value == 0x7F {
                result += " "
            } else {
                result += "#\(value);"
            }
        }
        return result
    }
}
