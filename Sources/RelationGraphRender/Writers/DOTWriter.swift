import RelationGraph

/// Writes a graph in the Graphviz DOT language.
///
/// One node per party (label = display name, tooltip = ID and the kinds of
/// its relations) and one edge per relation, styled by kind (colour and
/// arrowhead, see ``KindStyle``), hedged relations dashed, evidence as edge
/// tooltips; an optional legend (`cluster_legend`) and optional clusters.
/// Data rides along for `Graph(dot:file:)`,
/// which reads the same parties and relations back: a `kind` attribute on
/// nodes (the party's kind, unless `PartyKind.other`) and edges, and the
/// relation's dates and its attributes whose names Graphviz does not use.
/// Every ID and label is escaped so that any string gives valid DOT. Output
/// is streamed and deterministic: the same graph gives the same bytes.
public struct DOTWriter: Sendable {
    /// What to draw and how.
    public struct Options: Sendable {
        /// Layer direction: `TB`, `LR`, `BT` or `RL`.
        public var rankdir = "LR"
        /// Extra graph attributes, written after the defaults (so they override them).
        public var graphAttributes: [String: String] = [:]
        /// Extra default node attributes.
        public var nodeAttributes: [String: String] = [:]
        /// Extra default edge attributes.
        public var edgeAttributes: [String: String] = [:]
        /// Only these kinds, or every kind when `nil`.
        public var kinds: Set<RelationKind>?
        /// Kinds to leave out.
        public var excludedKinds: Set<RelationKind> = []
        /// Whether hedged relations are drawn (dashed).
        public var includeHedged = true
        /// Whether to add a legend of the kinds drawn.
        public var legend = false
        /// Named groups of parties drawn as clusters, for example blocs.
        public var clusters: [(label: String, members: [PartyID])] = []
        /// Whether edges carry their evidence quotes as tooltips.
        public var evidenceTooltips = true
        /// Whether node labels are HTML-like (`<B>name</B>` over the ID) rather than plain strings.
        public var htmlLabels = false
        /// Styles that replace ``KindStyle/of(_:)`` for some kinds, for example your own.
        public var styles: [RelationKind: KindStyle] = [:]

        /// The style a kind is drawn with.
        ///
        /// - Complexity: O(1) expected.
        public func style(for kind: RelationKind) -> KindStyle { styles[kind] ?? KindStyle.of(kind) }

        /// The defaults: left to right, hedged included, no legend.
        ///
        /// - Complexity: O(1).
        public init() {}

        /// Whether a relation is drawn under these options.
        ///
        /// - Complexity: O(1) expected.
        public func draws(kind: RelationKind, hedged: Bool) -> Bool {
            (includeHedged || !hedged) && !excludedKinds.contains(kind) && (kinds?.contains(kind) ?? true)
        }
    }

    /// What to draw and how.
    public var options: Options

    /// Creates a writer.
    ///
    /// - Complexity: O(1).
    public init(options: Options = Options()) {
        self.options = options
    }

    /// The DOT text of a graph.
    ///
    /// - Complexity: O(*V* + *E*) plus the length of names and evidence.
    public func dot(for graph: Graph) -> String {
        var text = ""
        write(graph, to: &text)
        return text
    }

    /// Streams the DOT text of a graph, a statement at a time.
    ///
    /// Relations are written in groups of one kind and modality, each group in
    /// an anonymous subgraph whose `edge [...]` statement gives the style its
    /// edges inherit, so an edge line holds only its endpoints (and its
    /// evidence tooltip). Within a group, relations keep the graph's order.
    ///
    /// - Complexity: O(*V* + *E*) plus the length of names and evidence.
    public func write(_ graph: Graph, to output: inout some TextOutputStream) {
        var text = ByteText()
        // Per-kind decisions are made once per kind number, not once per relation.
        let kindList = graph.kinds
        let drawsAsserted = kindList.map { options.draws(kind: $0, hedged: false) }
        let drawsHedged = kindList.map { options.draws(kind: $0, hedged: true) }
        let columns = graph.relationColumns
        // Style groups (kind × modality), counted then filled in the graph's order.
        let groupCount = 2 * kindList.count
        var groupStart = [Int](repeating: 0, count: groupCount + 1)
        // Which kinds touch each party, for its tooltip: one bit per kind.
        let words = (kindList.count + 63) / 64
        var kindBits = [UInt64](repeating: 0, count: graph.partyCount * words)
        for relation in 0..<graph.relationCount {
            let number = columns.kindNumber(of: relation)
            let hedged = columns.isHedged(relation)
            guard hedged ? drawsHedged[number] : drawsAsserted[number] else { continue }
            groupStart[2 * number + (hedged ? 1 : 0) + 1] += 1
            let bit = UInt64(1) << UInt64(number % 64)
            kindBits[Int(columns.sources[relation]) * words + number / 64] |= bit
            kindBits[Int(columns.targets[relation]) * words + number / 64] |= bit
        }
        for group in 0..<groupCount { groupStart[group + 1] += groupStart[group] }
        var cursor = groupStart
        var grouped = [Int32](repeating: 0, count: groupStart[groupCount])
        for relation in 0..<graph.relationCount {
            let number = columns.kindNumber(of: relation)
            let hedged = columns.isHedged(relation)
            guard hedged ? drawsHedged[number] : drawsAsserted[number] else { continue }
            let group = 2 * number + (hedged ? 1 : 0)
            grouped[cursor[group]] = Int32(relation)
            cursor[group] += 1
        }
        let kindsDrawn = kindList.indices
            .filter { groupStart[2 * $0 + 2] > groupStart[2 * $0] }.map { kindList[$0] }

        text.append("digraph relations {\n")
        var graphAttributes = ["rankdir": options.rankdir, "fontname": "Helvetica", "bgcolor": "white"]
        graphAttributes.merge(options.graphAttributes) { _, new in new }
        text.append("  graph \(DOTEscaping.attributes(graphAttributes));\n")
        var nodeAttributes = ["shape": "box", "style": "rounded,filled", "fillcolor": "#f7f7f7", "color": "#444444", "fontname": "Helvetica", "fontsize": "12"]
        nodeAttributes.merge(options.nodeAttributes) { _, new in new }
        text.append("  node \(DOTEscaping.attributes(nodeAttributes));\n")
        var edgeAttributes = ["fontname": "Helvetica", "fontsize": "10"]
        edgeAttributes.merge(options.edgeAttributes) { _, new in new }
        text.append("  edge \(DOTEscaping.attributes(edgeAttributes));\n")

        let indent = Array("    ".utf8), arrow = Array(" -> ".utf8), end = Array(";\n".utf8)
        let partyIndent = Array("  ".utf8), labelOpen = Array(" [label=".utf8), tooltipOpen = Array(", tooltip=".utf8), kindOpen = Array(", kind=".utf8), partyClose = Array("];\n".utf8)
        // IDs are escaped once per party and reused by every edge line; a party's
        // tooltip names the kinds of its drawn relations, and the few distinct
        // sets of kinds are escaped once each.
        let escapedIDs = ByteStrings(graph.parties.lazy.map { DOTEscaping.id($0.id.rawValue) })
        // With up to 64 kinds (nearly always) a set is one word, found by a short scan.
        var recentSets: [(bits: ArraySlice<UInt64>, text: [UInt8])] = []
        var kindSetTexts: [ArraySlice<UInt64>: [UInt8]] = [:]
        let quote = UInt8(ascii: "\"")
        for (index, party) in graph.parties.enumerated() {
            let bits = kindBits[(index * words)..<((index + 1) * words)]
            text.append(partyIndent)
            escapedIDs.append(index, to: &text)
            text.append(labelOpen)
            if options.htmlLabels {
                text.append(Self.htmlLabel(party))
            } else {
                DOTEscaping.appendQuoted(party.name, to: &text)
            }
            text.append(tooltipOpen)
            DOTEscaping.appendQuoted(party.id.rawValue, to: &text, closing: false)
            if bits.contains(where: { $0 != 0 }) {
                if let recent = recentSets.first(where: { $0.bits == bits }) {
                    text.append(recent.text)
                } else {
                    let setText = kindSetTexts[bits] ?? {
                        let names = kindList.indices.filter { bits[bits.startIndex + $0 / 64] & (UInt64(1) << UInt64($0 % 64)) != 0 }
                            .map { kindList[$0].rawValue }.joined(separator: ", ")
                        return Array(DOTEscaping.quoted(": " + names).utf8.dropFirst())
                    }()
                    kindSetTexts[bits] = setText
                    if recentSets.count < 8 { recentSets.append((bits, setText)) }
                    text.append(setText)
                }
            } else {
                text.append(byte: quote)
            }
            if party.kind != .other {
                text.append(kindOpen)
                text.append(party.kind.rawValue)
            }
            text.append(partyClose)
            text.flush(to: &output)
        }
        for (number, cluster) in options.clusters.enumerated() {
            text.append("  subgraph \(DOTEscaping.id("cluster_\(number)")) {\n    label=\(DOTEscaping.quoted(cluster.label)); style=\"rounded,dashed\"; color=\"#888888\";\n")
            for member in cluster.members where graph.contains(member) {
                text.append("    \(DOTEscaping.id(member.rawValue));\n")
            }
            text.append("  }\n")
        }
        let tooltips = options.evidenceTooltips && graph.hasRelationDetails
        for group in 0..<groupCount where groupStart[group + 1] > groupStart[group] {
            let kind = kindList[group / 2], hedged = group % 2 == 1
            let style = options.style(for: kind)
            text.append("  subgraph {\n    edge [color=\"\(style.color)\", arrowhead=\(style.arrowhead), penwidth=\(style.penWidth)")
            let kindText = DOTEscaping.quoted(kind.rawValue)
            text.append("\(hedged ? ", style=dashed" : ""), class=\(kindText), kind=\(kindText)];\n")
            for relation in grouped[groupStart[group]..<groupStart[group + 1]] {
                let source = Int(columns.sources[Int(relation)]), target = Int(columns.targets[Int(relation)])
                text.append(indent)
                escapedIDs.append(source, to: &text)
                text.append(arrow)
                escapedIDs.append(target, to: &text)
                if graph.hasRelationDetails {
                    var items: [String] = []
                    let evidence = graph.evidence(ofRelation: Int(relation))
                    if tooltips && !evidence.isEmpty {
                        var tooltip = "\(graph.parties[source].id) \(kind) \(graph.parties[target].id) (\(hedged ? "hedged" : "asserted"))"
                        for item in evidence.prefix(3) { tooltip += "\n\(item.document): \(item.quote)" }
                        items.append("tooltip=\(DOTEscaping.quoted(tooltip))")
                    }
                    items += Self.dataAttributes(of: graph.relations[Int(relation)])
                    if !items.isEmpty { text.append(" [\(items.joined(separator: ", "))]") }
                }
                text.append(end)
                text.flush(to: &output)
            }
            text.append("  }\n")
        }
        text.flush(to: &output, force: true)
        if options.legend && !kindsDrawn.isEmpty {
            output.write("  subgraph cluster_legend {\n    label=\"Legend\"; style=\"rounded\"; color=\"#bbbbbb\"; fontsize=10;\n    node [shape=plaintext, style=\"\", label=\"\", width=0.1, height=0.1];\n")
            for (number, kind) in kindsDrawn.enumerated() {
                let style = options.style(for: kind)
                output.write("    \"legend \(number) from\" -> \"legend \(number) to\" [label=\(DOTEscaping.quoted(kind.rawValue)), color=\"\(style.color)\", arrowhead=\(style.arrowhead), penwidth=\(style.penWidth)];\n")
            }
            if options.includeHedged {
                output.write("    \"legend hedged from\" -> \"legend hedged to\" [label=\"hedged\", style=dashed, color=\"#666666\"];\n")
            }
            output.write("  }\n")
        }
        output.write("}\n")
    }
}

extension DOTWriter {
    /// A relation's dates and its attributes that are not Graphviz's, as
    /// `key="value"` items, keys sorted, so that the DOT reader gets them back.
    static func dataAttributes(of relation: Relation) -> [String] {
        var items: [String] = []
        if let from = relation.validFrom { items.append("validFrom=\"\(from)\"") }
        if let until = relation.validUntil { items.append("validUntil=\"\(until)\"") }
        for (key, value) in relation.attributes.sorted(by: { $0.key < $1.key }) where GraphvizAttributes.isData(key) {
            items.append("\(DOTEscaping.id(key))=\(DOTEscaping.quoted(value))")
        }
        return items
    }

    /// The name in bold over the ID in small type. Graphviz rejects empty
    /// elements and an empty label, so empty parts are left out and a label
    /// with neither is a space.
    static func htmlLabel(_ party: Party) -> String {
        var parts: [String] = []
        if !party.name.isEmpty { parts.append("<B>\(DOTEscaping.html(party.name))</B>") }
        if !party.id.rawValue.isEmpty { parts.append("<FONT POINT-SIZE=\"9\">\(DOTEscaping.html(party.id.rawValue))</FONT>") }
        return "<" + (parts.isEmpty ? " " : parts.joined(separator: "<BR/>")) + ">"
    }
}

/// Escaping for the DOT language, correct for any string.
public enum DOTEscaping {
    private static let keywords: Set<String> = ["node", "edge", "graph", "digraph", "subgraph", "strict"]

    /// An identifier: bare when it matches DOT's ID grammar (an ASCII name or
    /// a numeral) and is not a keyword in any case, quoted otherwise.
    /// Graphviz reads back the same name, except that NUL becomes U+FFFD, a
    /// name that starts with `%` gains a leading U+2060 WORD JOINER (Graphviz
    /// would renumber it as an anonymous node), a line feed with a quote, a
    /// backslash or an end of the name on both sides gains a word joiner in
    /// front (Graphviz 2.43 would drop it), and, in a name that also holds `<`
    /// or `>`, a backslash that would escape the next character (an odd run of
    /// them before a quote, a line feed or the end) is followed by a word
    /// joiner. Where the name already has word joiners at such a place, one
    /// more is added, so that `Graph(dot:file:)`,
    /// which removes one there, reads back exactly the name written.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    public static func id(_ text: String) -> String {
        if isBareName(text) || isNumeral(text) { return text }
        // Graphviz reads C strings: a NUL would end the input, so it becomes U+FFFD.
        // Scalar by scalar: Foundation's replacingOccurrences misses a NUL followed by a combining mark.
        if text.utf8.contains(0) {
            return id(String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\u{0}" ? "\u{FFFD}" : $0 })))
        }
        let joiner: Unicode.Scalar = "\u{2060}"
        let scalars = Array(text.unicodeScalars)
        // Graphviz takes a name starting with `%` for an anonymous node and renumbers it.
        let leadingJoiners = scalars.prefix(while: { $0 == joiner }).count
        let protectsPercent = leadingJoiners < scalars.count && scalars[leadingJoiners] == "%"
        // Inside quotes DOT's scanner reads backslashes in pairs (each pair kept as it is),
        // then `\"` as a quote and backslash-newline as nothing. A name where an odd run of
        // backslashes meets a quote, a line feed or the end cannot be quoted exactly, so it
        // goes into an HTML-like string, which DOT keeps verbatim unless it holds `<` or `>`.
        if hasEscapingBackslash(text) && !text.contains("<") && !text.contains(">") {
            return "<" + (protectsPercent ? "\u{2060}" : "") + text + ">"
        }
        var result = String.UnicodeScalarView()
        result.append("\"")
        if protectsPercent { result.append(joiner) }
        // Backslashes just before the current run of word joiners, and that run's length.
        var backslashRun = 0, joinerRun = 0
        for (index, scalar) in scalars.enumerated() {
            if scalar == joiner {
                joinerRun += 1
                result.append(scalar)
                continue
            }
            if scalar == "\n" && (joinerRun > 0 || backslashRun % 2 == 1 || isLoneLineFeed(scalars, at: index)) {
                // An escaping backslash, or the scanner dropping a line feed between escapes or quotes.
                result.append(joiner)
            } else if scalar == "\"" && backslashRun % 2 == 1 {
                result.append(joiner)
            }
            if scalar == "\"" { result.append("\\") }
            result.append(scalar)
            backslashRun = scalar == "\\" ? (joinerRun > 0 ? 1 : backslashRun + 1) : 0
            joinerRun = 0
        }
        if backslashRun % 2 == 1 { result.append(joiner) }
        result.append("\"")
        return String(result)
    }

    /// Whether the line feed at `index` has a quote, a backslash or an end of the string on both sides.
    private static func isLoneLineFeed(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let delimits = { (neighbour: Int) in
            !scalars.indices.contains(neighbour) || scalars[neighbour] == "\"" || scalars[neighbour] == "\\"
        }
        return delimits(index - 1) && delimits(index + 1)
    }

    /// Whether an odd run of backslashes meets a quote, a line feed or the end.
    private static func hasEscapingBackslash(_ text: String) -> Bool {
        var backslashRun = 0
        for scalar in text.unicodeScalars {
            if backslashRun % 2 == 1 && (scalar == "\"" || scalar == "\n") { return true }
            backslashRun = scalar == "\\" ? backslashRun + 1 : 0
        }
        return backslashRun % 2 == 1
    }

    private static func isBareName(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first else { return false }
        // Keywords are 4 to 8 letters starting with n, e, g, d or s; only such
        // names need the case-folded check.
        if (4...8).contains(utf8.count) && "negds".utf8.contains(first | 0x20) && keywords.contains(text.lowercased()) {
            return false
        }
        // DOT's grammar lets bytes ≥ 0x80 into bare names, but Graphviz's scanner treats
        // some (a byte order mark) specially, so only ASCII names stay bare.
        let isLetter = { (byte: UInt8) in
            (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte == 95
        }
        guard isLetter(first) else { return false }
        return text.utf8.allSatisfy { isLetter($0) || ($0 >= 48 && $0 <= 57) }
    }

    private static func isNumeral(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "-" { body = body.dropFirst() }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { return false }
        let dots = body.filter { $0 == "." }.count
        return dots == 0 || (dots == 1 && body.count > 1)
    }

    /// A double-quoted label or other escString value: backslashes doubled,
    /// quotes escaped, line breaks as `\n` (a centred line break), control
    /// characters dropped.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    public static func quoted(_ text: String) -> String {
        if !text.utf8.contains(where: needsEscaping) { return "\"" + text + "\"" }
        var result = "\""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\r": result += "\\n"
            case "\n": if !previousWasCR { result += "\\n" }
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Whether a byte of a quoted string's UTF-8 needs `quoted(_:)`'s slow
    /// path: a control character, a backslash or a quote.
    @inline(__always)
    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\"")
    }

    /// Appends `quoted(text)` to a byte buffer, copying the bytes straight
    /// across when nothing in them needs escaping; without the closing quote
    /// when `closing` is false, for a caller that appends more inside it.
    static func appendQuoted(_ text: String, to output: inout ByteText, closing: Bool = true) {
        var text = text
        let plain = text.withUTF8 { bytes in
            if bytes.contains(where: needsEscaping) { return false }
            output.append(byte: UInt8(ascii: "\""))
            output.append(bytes)
            if closing { output.append(byte: UInt8(ascii: "\"")) }
            return true
        }
        if !plain {
            var escaped = Array(quoted(text).utf8)
            if !closing { escaped.removeLast() }
            output.append(escaped)
        }
    }

    /// Text for inside an HTML-like label: `& < > " '` as entities, line
    /// breaks of any style as `<BR/>`, tabs as spaces, `]` as `&#93;`.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    public static func html(_ text: String) -> String {
        // Split scalar by scalar: Foundation's search misses `\r` before a combining mark.
        var lines: [String] = []
        var line = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            if scalar == "\n" && previousWasCR { continue }
            if scalar == "\r" || scalar == "\n" {
                lines.append(String(line))
                line = String.UnicodeScalarView()
            } else {
                // Graphviz's HTML-like labels reject the character reference for a tab.
                line.append(scalar == "\t" ? " " : scalar)
            }
        }
        lines.append(String(line))
        // Graphviz's HTML lexer rejects text that is only `]` characters; a reference is always read.
        return lines.map { XMLText.escaped($0).replacingOccurrences(of: "]", with: "&#93;") }.joined(separator: "<BR/>")
    }

    /// `[key="value", …]` with keys sorted, so output is deterministic.
    static func attributes(_ attributes: [String: String]) -> String {
        "[" + attributes.sorted { $0.key < $1.key }.map { "\(id($0.key))=\(quoted($0.value))" }.joined(separator: ", ") + "]"
    }
}
