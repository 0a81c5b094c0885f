import RelationGraph

/// Writes an interactive report: one self-contained HTML page with the
/// diagram, the evidence behind every link, dependency highlighting, search,
/// filters, zoom and pan.
///
/// The diagram is ``SVGWriter``'s drawing of the layout, inline. The graph's
/// parties and relations travel as a JSON block (`<script type="application/json">`,
/// with `<`, `>`, `&`, U+2028 and U+2029 escaped) that the page's fixed
/// script reads and turns into text with `textContent`, so no string from the
/// graph is ever parsed as markup or run as script. A Content-Security-Policy
/// meta tag forbids every source except the page's own style sheet and
/// script (by digest): the page loads nothing, from anywhere, and works from
/// `file://` with no network.
///
/// In the page, a link (hover, click, or Tab and Enter) opens a panel with
/// its relations and each piece of evidence (quote, document, byte range,
/// date, modality and source address, a link only when `http:` or `https:`);
/// a party opens its relations in and out and highlights what it depends on
/// and what depends on it (asserted supply and troops relations, the closure
/// of `Graph.dependencies(of:)`); Escape closes the panel.
public struct HTMLReportWriter: Sendable {
    /// What the page shows around the diagram.
    public struct Options: Sendable {
        /// The page's title and heading.
        public var title = "Relations"
        /// Whether the drawing carries the legend of kinds under it.
        public var legend = true
        /// Styles that replace ``KindStyle/of(_:)`` for some kinds.
        public var styles: [RelationKind: KindStyle] = [:]

        /// The defaults: title "Relations", legend on.
        ///
        /// - Complexity: O(1).
        public init() {}
    }

    /// What the page shows around the diagram.
    public var options: Options

    /// Creates a writer.
    ///
    /// - Complexity: O(1).
    public init(options: Options = Options()) {
        self.options = options
    }

    /// The HTML text of a report.
    ///
    /// - Parameters:
    ///   - layout: A drawing of `graph` (from ``LayeredLayout`` or Graphviz).
    ///   - graph: The graph drawn, which supplies names, aliases and evidence.
    /// - Complexity: O(*V* + *E* + *P*) for *P* route points, plus the length of the names and evidence.
    public func html(for layout: GraphLayout, graph: Graph) -> String {
        var text = ""
        write(layout, graph: graph, to: &text)
        return text
    }

    /// Streams the HTML text of a report.
    ///
    /// - Parameters:
    ///   - layout: A drawing of `graph` (from ``LayeredLayout`` or Graphviz).
    ///   - graph: The graph drawn, which supplies names, aliases and evidence.
    ///   - output: Where the page goes.
    /// - Complexity: O(*V* + *E* + *P*) for *P* route points, plus the length of the names and evidence.
    public func write(_ layout: GraphLayout, graph: Graph, to output: inout some TextOutputStream) {
        let title = XMLText.escaped(options.title)
        output.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        output.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src '\(HTMLReportAssets.scriptDigest)'; style-src '\(HTMLReportAssets.styleDigest)'; img-src data:; base-uri 'none'; form-action 'none'\">\n")
        output.write("<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        output.write("<title>\(title)</title>\n<style>\(HTMLReportAssets.style)</style>\n</head>\n<body>\n<header>\n<h1>\(title)</h1>\n")
        output.write("<div id=\"find\" role=\"search\"><label for=\"search\">Find</label> <input id=\"search\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\" placeholder=\"ID, name or alias\"><ul id=\"results\"></ul></div>\n")
        writeFilters(layout, to: &output)
        output.write("<div id=\"zoom\"><button id=\"zoom-in\" type=\"button\" aria-label=\"Zoom in\">+</button> <button id=\"zoom-out\" type=\"button\" aria-label=\"Zoom out\">\u{2212}</button> <button id=\"zoom-fit\" type=\"button\">Fit</button></div>\n</header>\n")
        output.write("<main id=\"view\">\n")
        var svgOptions = SVGWriter.Options()
        svgOptions.legend = options.legend
        svgOptions.title = options.title
        svgOptions.styles = options.styles
        var svg = SVGWriter(options: svgOptions)
        svg.interactive = true
        svg.write(layout, graph: graph, to: &output)
        output.write("</main>\n<aside id=\"panel\" aria-live=\"polite\"><button id=\"close\" type=\"button\" aria-label=\"Close the panel\" hidden>\u{00D7}</button><p id=\"panel-hint\" class=\"note\">Click a link for its evidence, or a party for what it depends on. Tab moves through the drawing, Enter opens, Escape closes.</p><div id=\"panel-body\" hidden></div></aside>\n")
        output.write("<script type=\"application/json\" id=\"report-data\">")
        writeData(layout, graph: graph, to: &output)
        output.write("</script>\n<script>\(HTMLReportAssets.script)</script>\n</body>\n</html>\n")
    }

    /// A check box per kind drawn, and one for hedged relations when there are any.
    private func writeFilters(_ layout: GraphLayout, to output: inout some TextOutputStream) {
        var kinds: [RelationKind] = []
        var hasHedged = false
        for edge in layout.edges {
            if !kinds.contains(edge.kind) { kinds.append(edge.kind) }
            hasHedged = hasHedged || edge.isHedged
        }
        guard !kinds.isEmpty else { return }
        output.write("<fieldset id=\"filters\"><legend>Show</legend>\n")
        for kind in kinds {
            let name = XMLText.escaped(kind.rawValue)
            let style = options.styles[kind] ?? KindStyle.of(kind)
            output.write("<label><input type=\"checkbox\" data-kind=\"\(name)\" checked> \(swatch(color: style.color, dashed: false))\(name)</label>\n")
        }
        if hasHedged {
            output.write("<label><input type=\"checkbox\" id=\"hedged\" checked> \(swatch(color: "#666666", dashed: true))hedged</label>\n")
        }
        output.write("</fieldset>\n")
    }

    /// A short line in the kind's colour, drawn with SVG attributes because
    /// the page's policy allows no inline `style` attribute.
    private func swatch(color: String, dashed: Bool) -> String {
        "<svg width=\"26\" height=\"8\" aria-hidden=\"true\"><line x1=\"1\" y1=\"4\" x2=\"25\" y2=\"4\" stroke=\"\(color)\" stroke-width=\"3\"\(dashed ? " stroke-dasharray=\"5 3\"" : "")/></svg> "
    }

    /// The parties in the layout's order (the numbers the drawing's
    /// `data-party` attributes use), then the relations in the graph's order.
    private func writeData(_ layout: GraphLayout, graph: Graph, to output: inout some TextOutputStream) {
        func string(_ text: String) -> String { JSONText.string(text, forHTML: true) }
        var number: [PartyID: Int] = [:]
        var ids: [PartyID] = []
        for node in layout.nodes where number[node.id] == nil {
            number[node.id] = ids.count
            ids.append(node.id)
        }
        // Parties the layout left out are listed (undrawn) so every relation has both ends.
        for party in graph.parties where number[party.id] == nil {
            number[party.id] = ids.count
            ids.append(party.id)
        }
        let support = RelationKind.support.map(\.rawValue).sorted().map(string).joined(separator: ",")
        output.write("{\"title\":\(string(options.title)),\"support\":[\(support)],\n\"parties\":[")
        for (index, id) in ids.enumerated() {
            let party = graph.party(id) ?? Party(id: id)
            let aliases = party.aliases.map(string).joined(separator: ",")
            output.write("\(index == 0 ? "\n" : ",\n"){\"id\":\(string(id.rawValue)),\"name\":\(string(party.name)),\"kind\":\"\(party.kind.rawValue)\",\"aliases\":[\(aliases)]}")
        }
        output.write("],\n\"relations\":[")
        for index in 0..<graph.relationCount {
            let relation = graph.relation(at: index)
            var text = index == 0 ? "\n" : ",\n"
            text += "{\"s\":\(number[relation.source] ?? 0),\"t\":\(number[relation.target] ?? 0),\"kind\":\(string(relation.kind.rawValue)),\"modality\":\"\(relation.modality.rawValue)\""
            if let from = relation.validFrom { text += ",\"validFrom\":\"\(from)\"" }
            if let until = relation.validUntil { text += ",\"validUntil\":\"\(until)\"" }
            text += ",\"evidence\":["
            for (position, evidence) in relation.evidence.enumerated() {
                if position > 0 { text += "," }
                text += "{\"quote\":\(string(evidence.quote)),\"document\":\(string(evidence.document)),\"start\":\(evidence.byteRange.lowerBound),\"end\":\(evidence.byteRange.upperBound),\"modality\":\"\(evidence.modality.rawValue)\""
                if let hedge = evidence.hedge { text += ",\"hedge\":\(string(hedge))" }
                if let date = evidence.date { text += ",\"date\":\"\(date)\"" }
                if let source = evidence.source { text += ",\"source\":\(string(source))" }
                text += "}"
            }
            text += "]}"
            output.write(text)
        }
        output.write("\n]}")
    }
}
