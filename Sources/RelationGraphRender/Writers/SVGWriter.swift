import RelationGraph

/// Writes a ``GraphLayout`` as a standalone SVG image for reports.
///
/// Well-formed XML with every text escaped, a `viewBox`, one arrowhead marker
/// per kind in the kind's colour, dashed hedged edges, `<title>` tooltips
/// carrying each relation's evidence and each party's ID, an optional
/// legend, and common sans-serif fonts. No scripts, no external references.
public struct SVGWriter: Sendable {
    /// What to add around the drawing.
    public struct Options: Sendable {
        /// Whether to draw a legend of the kinds present under the drawing.
        public var legend = true
        /// A title shown to screen readers and as the document title.
        public var title = "Relations"
        /// The font family list.
        public var fontFamily = "Helvetica, Arial, sans-serif"
        /// The label font size in points.
        public var fontSize = 12.0
        /// Styles that replace ``KindStyle/of(_:)`` for some kinds, for example your own.
        public var styles: [RelationKind: KindStyle] = [:]

        /// The style a kind is drawn with.
        ///
        /// - Complexity: O(1) expected.
        public func style(for kind: RelationKind) -> KindStyle { styles[kind] ?? KindStyle.of(kind) }

        /// The defaults: legend on.
        ///
        /// - Complexity: O(1).
        public init() {}
    }

    /// What to add around the drawing.
    public var options: Options
    /// For ``HTMLReportWriter``: no XML declaration, and every party and
    /// relation a focusable element numbered for the page's script, with a
    /// wide transparent stroke along each edge so thin links are easy to hit.
    var interactive = false

    /// Creates a writer.
    ///
    /// - Complexity: O(1).
    public init(options: Options = Options()) {
        self.options = options
    }

    /// The SVG text of a layout; `graph` supplies evidence for tooltips.
    ///
    /// - Complexity: O(*V* + *P*) for *P* route points, plus the evidence.
    public func svg(for layout: GraphLayout, graph: Graph? = nil) -> String {
        var text = ""
        write(layout, graph: graph, to: &text)
        return text
    }

    /// Streams the SVG text of a layout.
    ///
    /// - Complexity: O(*V* + *P*) for *P* route points, plus the evidence.
    public func write(_ layout: GraphLayout, graph: Graph? = nil, to output: inout some TextOutputStream) {
        var kinds: [RelationKind] = []
        var hasHedged = false
        for edge in layout.edges {
            if !kinds.contains(edge.kind) { kinds.append(edge.kind) }
            hasHedged = hasHedged || edge.isHedged
        }
        let legendRows = options.legend ? kinds.count + (hasHedged ? 1 : 0) : 0
        let legendHeight = legendRows > 0 ? Double(legendRows) * 18 + 24 : 0
        let width = max(layout.width, legendRows > 0 ? 160 : 0)
        let height = layout.height + legendHeight
        if !interactive { output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") }
        output.write("<svg\(interactive ? " id=\"diagram\"" : "") xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(width))\" height=\"\(n(height))\" viewBox=\"0 0 \(n(width)) \(n(height))\" font-family=\"\(XMLText.escaped(options.fontFamily))\" font-size=\"\(n(options.fontSize))\">\n")
        output.write("<title>\(XMLText.escaped(options.title))</title>\n")
        output.write("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n<defs>\n")
        for (number, kind) in kinds.enumerated() { output.write(marker(number, options.style(for: kind))) }
        output.write("</defs>\n<g class=\"edges\">\n")
        for edge in layout.edges {
            let number = kinds.firstIndex(of: edge.kind) ?? 0
            let style = options.style(for: edge.kind)
            let path = edge.points.enumerated().map { "\($0.offset == 0 ? "M" : "L")\(n($0.element.x)),\(n($0.element.y))" }.joined(separator: " ")
            let edgeAttributes = interactive
                ? " data-relation=\"\(edge.relation)\" tabindex=\"0\" role=\"button\" aria-label=\"\(XMLText.escaped("\(edge.source) \(edge.kind) \(edge.target)"))\""
                : ""
            output.write("<g class=\"edge\"\(edgeAttributes)><title>\(XMLText.escaped(tooltip(edge, graph)))</title>")
            output.write("<path d=\"\(path)\" fill=\"none\" stroke=\"\(style.color)\" stroke-width=\"\(n(style.penWidth))\"\(edge.isHedged ? " stroke-dasharray=\"6 4\"" : "") stroke-linejoin=\"round\" marker-end=\"url(#arrow\(number))\"/>")
            if interactive { output.write("<path class=\"hit\" d=\"\(path)\" fill=\"none\" stroke=\"transparent\" stroke-width=\"12\"/>") }
            output.write("</g>\n")
        }
        output.write("</g>\n<g class=\"nodes\">\n")
        for (index, node) in layout.nodes.enumerated() {
            let x = node.center.x - node.width / 2, y = node.center.y - node.height / 2
            let nodeAttributes = interactive
                ? " data-party=\"\(index)\" tabindex=\"0\" role=\"button\" aria-label=\"\(XMLText.escaped(node.label))\""
                : ""
            output.write("<g class=\"node\"\(nodeAttributes)><title>\(XMLText.escaped(node.id.rawValue == node.label ? node.label : "\(node.id.rawValue): \(node.label)"))</title>")
            output.write("<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(node.width))\" height=\"\(n(node.height))\" rx=\"6\" fill=\"#f7f7f7\" stroke=\"#444444\"/>")
            // A baseline 0.35 em below the centre centres capitals without relying on dominant-baseline support.
            output.write("<text x=\"\(n(node.center.x))\" y=\"\(n(node.center.y + options.fontSize * 0.35))\" text-anchor=\"middle\" fill=\"#111111\">\(XMLText.escaped(node.label))</text></g>\n")
        }
        output.write("</g>\n")
        if legendRows > 0 {
            var y = layout.height + 16
            output.write("<g class=\"legend\" font-size=\"11\"><text x=\"16\" y=\"\(n(y))\" font-weight=\"bold\">Legend</text>\n")
            for (number, kind) in kinds.enumerated() {
                y += 18
                let style = options.style(for: kind)
                output.write("<path d=\"M16,\(n(y - 4)) L56,\(n(y - 4))\" stroke=\"\(style.color)\" stroke-width=\"\(n(style.penWidth))\" marker-end=\"url(#arrow\(number))\"/><text x=\"66\" y=\"\(n(y))\">\(XMLText.escaped(kind.rawValue))</text>\n")
            }
            if hasHedged {
                y += 18
                output.write("<path d=\"M16,\(n(y - 4)) L56,\(n(y - 4))\" stroke=\"#666666\" stroke-width=\"1.4\" stroke-dasharray=\"6 4\"/><text x=\"66\" y=\"\(n(y))\">hedged (possible, planned or unconfirmed)</text>\n")
            }
            output.write("</g>\n")
        }
        output.write("</svg>\n")
    }

    private func tooltip(_ edge: EdgeRoute, _ graph: Graph?) -> String {
        var text = "\(edge.source) \(edge.kind) \(edge.target) (\(edge.isHedged ? "hedged" : "asserted"))"
        if let graph, edge.relation < graph.relationCount {
            for evidence in graph.relation(at: edge.relation).evidence.prefix(3) {
                text += "\n\(evidence.document) [\(evidence.byteRange.lowerBound)-\(evidence.byteRange.upperBound)]: \(evidence.quote)"
            }
        }
        return text
    }

    /// An arrowhead in the kind's colour and shape.
    private func marker(_ number: Int, _ style: KindStyle) -> String {
        let shape: String
        switch style.arrowhead {
        case "diamond": shape = "<path d=\"M0,5 L5,0 L10,5 L5,10 z\" fill=\"\(style.color)\"/>"
        case "tee": shape = "<path d=\"M7,0 L10,0 L10,10 L7,10 z\" fill=\"\(style.color)\"/>"
        case "vee": shape = "<path d=\"M0,0 L10,5 L0,10 L4,5 z\" fill=\"\(style.color)\"/>"
        case "normalnormal": shape = "<path d=\"M0,0 L5,5 L0,10 z M5,0 L10,5 L5,10 z\" fill=\"\(style.color)\"/>"
        case "dot": shape = "<circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"\(style.color)\"/>"
        default: shape = "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"\(style.color)\"/>"
        }
        return "<marker id=\"arrow\(number)\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">\(shape)</marker>\n"
    }

    private func n(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
