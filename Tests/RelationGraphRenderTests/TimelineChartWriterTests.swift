import Foundation
import SnapshotTesting
import Testing
@testable import RelationGraphRender

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct TimelineChartWriterTests {
    static func evidence(_ date: String, hedged: Bool = false) -> Evidence {
        Evidence(document: date, byteRange: 0..<1, quote: "q", modality: hedged ? .hedged : .asserted, date: CalendarDate(date))
    }

    static let graph = Graph(relations: [
        Relation(source: "IRN", kind: .supply, target: "RUS", evidence: [evidence("2024-01-31"), evidence("2024-04-01")]),
        Relation(source: "PRK", kind: .troops, target: "RUS", modality: .hedged, evidence: [evidence("2024-05-02", hedged: true)]),
        Relation(source: "EU", kind: .sanction, target: "IRN", evidence: [evidence("2024-05-03")]),
    ])

    @Test func quartersSnapshot() {
        assertSnapshot(of: TimelineChartWriter().svg(for: Self.graph.timeline(by: .quarter)), as: .lines)
    }

    @Test func barsAreAsTallAsTheirCounts() {
        let svg = TimelineChartWriter().svg(for: Self.graph.timeline(by: .quarter))
        // Q2 holds three relations, the tallest bar: 200 points; Q1 one: a third of it.
        #expect(svg.contains("<title>2024-Q2: 3 relations</title>"))
        #expect(svg.contains("height=\"66.67\" fill=\"#1f77b4\"><title>supply: 1</title>"))
        #expect(svg.contains("<title>troops (hedged): 1</title>"))
        #expect(TimelineChartWriter().svg(for: []).hasSuffix("</svg>\n"))
    }

    @Test func kindAndPeriodNamesAreText() throws {
        var graph = Graph()
        for name in TroublesomeNames.names where !name.isEmpty {
            graph.add(Relation(source: "A", kind: RelationKind(name), target: "B", evidence: [Self.evidence("2024-01-01")]))
        }
        let svg = TimelineChartWriter().svg(for: graph.timeline(by: .month))
        let collector = SVGWriterTests.Collector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        #expect(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
        #expect(collector.elements["script"] == nil)
    }
}
