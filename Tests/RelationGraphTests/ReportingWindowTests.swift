import Foundation
import Testing
@testable import RelationGraph

/// Time windows over evidence: which statements a period keeps, and what
/// the queries answer for it.
@Suite struct ReportingWindowTests {
    static func evidence(_ document: String, _ date: String?, hedged: Bool = false) -> Evidence {
        Evidence(document: document, byteRange: 0..<1, quote: "q", modality: hedged ? .hedged : .asserted,
                 date: date.flatMap(CalendarDate.init))
    }

    /// IRN supplies RUS, reported in January (asserted) and March (hedged);
    /// PRK supplies RUS, undated; BLR supplies PRK with no evidence at all.
    static let graph = Graph(relations: [
        Relation(source: "IRN", kind: .supply, target: "RUS",
                 evidence: [evidence("a", "2024-01-31"), evidence("b", "2024-03-01", hedged: true)]),
        Relation(source: "PRK", kind: .supply, target: "RUS", evidence: [evidence("c", nil)]),
        Relation(source: "BLR", kind: .supply, target: "PRK"),
    ])

    static func triples(_ graph: Graph) -> [String] {
        graph.relations.map { "\($0.source) \($0.target) \($0.modality) \($0.evidence.map(\.document).joined())" }
    }

    @Test func boundariesAreInclusive() {
        let january = ReportingWindow(since: CalendarDate("2024-01-31"), until: CalendarDate("2024-01-31"))
        #expect(Self.triples(Self.graph.reported(in: january)) == ["IRN RUS asserted a", "PRK RUS asserted c", "BLR PRK asserted "])
        let march = ReportingWindow(since: CalendarDate("2024-02-01"), until: CalendarDate("2024-03-01"))
        // Only the hedged report is left: the relation is hedged in that period.
        #expect(Self.triples(Self.graph.reported(in: march)) == ["IRN RUS hedged b", "PRK RUS asserted c", "BLR PRK asserted "])
        let later = ReportingWindow(since: CalendarDate("2024-03-02"))
        #expect(Self.triples(Self.graph.reported(in: later)) == ["PRK RUS asserted c", "BLR PRK asserted "])
    }

    @Test func undatedEvidenceIsKeptUnlessDatedOnly() {
        let dated = ReportingWindow(until: CalendarDate("2024-12-31"), includesUndated: false)
        #expect(Self.triples(Self.graph.reported(in: dated)) == ["IRN RUS asserted ab"])
        #expect(Self.graph.reported(in: dated).partyCount == Self.graph.partyCount)
    }

    @Test func asOfADayTheChainsAreThoseReportedByThen() throws {
        let before = Self.graph.reported(in: ReportingWindow(until: CalendarDate("2024-01-30"), includesUndated: false))
        #expect(try before.dependencies(of: "RUS").isEmpty)
        let after = Self.graph.reported(in: ReportingWindow(until: CalendarDate("2024-01-31")))
        #expect(try after.dependencies(of: "RUS").map(\.party) == ["IRN", "PRK", "BLR"])
    }

    @Test func reportingSummary() {
        let summary = Self.graph.relations[0].reporting
        #expect(summary == ReportingSummary(documents: 2, hedgedDocuments: 1, first: CalendarDate("2024-01-31"), last: CalendarDate("2024-03-01")))
        #expect(Self.graph.relations[2].reporting == ReportingSummary(documents: 0, hedgedDocuments: 0, first: nil, last: nil))
    }

    @Test func datesAndSourcesRoundTripThroughJSONAndOldFilesStillRead() throws {
        var withSource = Self.graph
        withSource.add(Relation(source: "A", kind: .attack, target: "B", evidence: [
            Evidence(document: "d", byteRange: 1..<2, quote: "x", date: CalendarDate("2023-05-06"), source: "https://example.org/d"),
        ]))
        #expect(try Graph(json: withSource.jsonData()) == withSource)
        let old = #"{"relations": [{"source": "A", "kind": "supply", "target": "B", "evidence": [{"document": "d", "start": 0, "end": 1, "quote": "x"}]}]}"#
        #expect(try Graph(json: Data(old.utf8)).relations.first?.evidence.first?.date == nil)
    }
}
