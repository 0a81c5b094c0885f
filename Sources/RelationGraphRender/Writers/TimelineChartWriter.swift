import RelationGraph

/// Draws a timeline (`Graph.timeline(by:filter:parties:)`)
/// as a stacked bar chart in SVG: one bar per period, one segment per kind,
/// as tall as the number of relations of that kind reported in the period,
/// coloured as the kind is in the diagrams (``KindStyle``), hedged segments
/// hatched lighter; a legend of the kinds drawn. Output is deterministic.
public struct TimelineChartWriter: Sendable {
    /// Styles that replace ``KindStyle/of(_:)`` for some kinds.
    public var styles: [RelationKind: KindStyle]

    /// Creates a writer.
    ///
    /// - Complexity: O(1).
    public init(styles: [RelationKind: KindStyle] = [:]) {
        self.styles = styles
    }

    /// The chart as SVG text.
    ///
    /// - Complexity: O(*p* · *k* + *r*) for *p* periods, *k* kinds and *r* relations reported.
    public func svg(for timeline: [TimelineEntry]) -> String {
        var text = ""
        write(timeline, to: &text)
        return text
    }

    /// Streams the chart as SVG.
    ///
    /// - Complexity: O(*p* · *k* + *r*) for *p* periods, *k* kinds and *r* relations reported.
    public func write(_ timeline: [TimelineEntry], to output: inout some TextOutputStream) {
        var kinds: [RelationKind] = []
        for entry in timeline {
            for reported in entry.relations where !kinds.contains(reported.relation.kind) { kinds.append(reported.relation.kind) }
        }
        // counts[period][kind] = (asserted, hedged)
        let counts = timeline.map { entry in
            kinds.map { kind in
                let of = entry.relations.filter { $0.relation.kind == kind }
                return (of.filter { $0.relation.modality == .asserted }.count, of.filter { $0.relation.modality == .hedged }.count)
            }
        }
        let tallest = max(1, counts.map { $0.reduce(0) { $0 + $1.0 + $1.1 } }.max() ?? 0)
        let bar = 28.0, gap = 12.0, left = 48.0, top = 20.0, plot = 200.0, unit = plot / Double(tallest)
        let width = left + Double(timeline.count) * (bar + gap) + 160, height = top + plot + 70
        output.write("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\">\n")
        output.write("  <defs><pattern id=\"hedged\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"white\" fill-opacity=\"0.45\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"white\" stroke-width=\"2\"/></pattern></defs>\n")
        output.write("  <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n")
        // The axis: zero, the tallest bar, and the baseline.
        let base = top + plot
        output.write("  <line x1=\"\(Self.number(left - 4))\" y1=\"\(Self.number(base))\" x2=\"\(Self.number(left + Double(timeline.count) * (bar + gap)))\" y2=\"\(Self.number(base))\" stroke=\"#444444\"/>\n")
        for value in Set([0, tallest]).sorted() {
            let y = base - Double(value) * unit
            output.write("  <text x=\"\(Self.number(left - 8))\" y=\"\(Self.number(y + 4))\" text-anchor=\"end\">\(value)</text>\n")
        }
        for (index, entry) in timeline.enumerated() {
            let x = left + Double(index) * (bar + gap)
            var y = base
            output.write("  <g class=\"period\"><title>\(XMLText.escaped(entry.period)): \(entry.relations.count) relation\(entry.relations.count == 1 ? "" : "s")</title>\n")
            for (number, kind) in kinds.enumerated() {
                let color = (styles[kind] ?? KindStyle.of(kind)).color
                for (count, hedged) in [(counts[index][number].0, false), (counts[index][number].1, true)] where count > 0 {
                    let h = Double(count) * unit
                    y -= h
                    let label = "\(XMLText.escaped(kind.rawValue))\(hedged ? " (hedged)" : ""): \(count)"
                    output.write("    <rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(bar))\" height=\"\(Self.number(h))\" fill=\"\(color)\"><title>\(label)</title></rect>\n")
                    if hedged {
                        output.write("    <rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(bar))\" height=\"\(Self.number(h))\" fill=\"url(#hedged)\"/>\n")
                    }
                }
            }
            output.write("    <text x=\"\(Self.number(x + bar / 2))\" y=\"\(Self.number(base + 14))\" text-anchor=\"end\" transform=\"rotate(-45 \(Self.number(x + bar / 2)) \(Self.number(base + 14)))\">\(XMLText.escaped(entry.period))</text>\n  </g>\n")
        }
        let legendX = left + Double(timeline.count) * (bar + gap) + 16
        for (number, kind) in kinds.enumerated() {
            let y = top + Double(number) * 18
            let color = (styles[kind] ?? KindStyle.of(kind)).color
            output.write("  <rect x=\"\(Self.number(legendX))\" y=\"\(Self.number(y))\" width=\"12\" height=\"12\" fill=\"\(color)\"/>\n")
            output.write("  <text x=\"\(Self.number(legendX + 18))\" y=\"\(Self.number(y + 10))\">\(XMLText.escaped(kind.rawValue))</text>\n")
        }
        if !kinds.isEmpty {
            let y = top + Double(kinds.count) * 18
            output.write("  <rect x=\"\(Self.number(legendX))\" y=\"\(Self.number(y))\" width=\"12\" height=\"12\" fill=\"#888888\"/><rect x=\"\(Self.number(legendX))\" y=\"\(Self.number(y))\" width=\"12\" height=\"12\" fill=\"url(#hedged)\"/>\n")
            output.write("  <text x=\"\(Self.number(legendX + 18))\" y=\"\(Self.number(y + 10))\">hedged</text>\n")
        }
        output.write("</svg>\n")
    }

    /// A coordinate with at most two decimals and no trailing zeros, the same on every platform.
    private static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100, fraction = abs(hundredths % 100)
        if fraction == 0 { return String(whole) }
        let digits = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction)
        return (hundredths < 0 && whole == 0 ? "-" : "") + String(whole) + "." + digits
    }
}
