import RelationGraph

/// How relations of one kind are drawn: a colour and an arrowhead.
///
/// The built-in kinds have fixed, distinct styles; any other kind gets a
/// colour picked from its name, so the same custom kind always looks the same.
public struct KindStyle: Hashable, Sendable {
    /// The colour as `#rrggbb`.
    public var color: String
    /// The Graphviz arrowhead name (`normal`, `diamond`, `tee`, `vee`, `normalnormal`, `dot`).
    public var arrowhead: String
    /// The stroke width in points.
    public var penWidth: Double

    /// Creates a style.
    ///
    /// - Complexity: O(1).
    public init(color: String, arrowhead: String, penWidth: Double = 1.4) {
        self.color = color
        self.arrowhead = arrowhead
        self.penWidth = penWidth
    }

    /// The style of a kind.
    ///
    /// - Complexity: O(*n*) in the length of a custom kind's name.
    public static func of(_ kind: RelationKind) -> KindStyle {
        switch kind {
        case .supply: KindStyle(color: "#1f77b4", arrowhead: "normal")
        case .troops: KindStyle(color: "#2ca02c", arrowhead: "diamond")
        case .sanction: KindStyle(color: "#9467bd", arrowhead: "tee")
        case .threat: KindStyle(color: "#ff7f0e", arrowhead: "vee")
        case .attack: KindStyle(color: "#d62728", arrowhead: "normalnormal", penWidth: 2)
        default:
            KindStyle(color: palette[Int(stableHash(kind.rawValue) % UInt64(palette.count))], arrowhead: "dot")
        }
    }

    /// Colours for custom kinds, distinct from the built-ins' and readable on white.
    private static let palette = [
        "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939", "#8c6d31",
        "#843c39", "#7b4173", "#3182bd", "#e6550d",
    ]

    /// FNV-1a, stable across runs and platforms (unlike `Hasher`).
    private static func stableHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }
}
