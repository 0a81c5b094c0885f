import Testing
@testable import RelationGraph

/// The timeline: which period each statement falls in, what is new, and
/// what undated evidence does.
@Suite struct TimelineTests {
    static func evidence(_ document: String, _ date: String?, hedged: Bool = false) -> Evidence {
        Evidence(document: document, byteRange: 0..<1, quote: "q", modality: hedged ? .hedged : .asserted,
                 date: date.flatMap(CalendarDate.init))
    }

    static let graph = Graph(relations: [
        Relation(source: "IRN", kind: .supply, target: "RUS", evidence: [
            evidence("a", "2024-01-31"), evidence("b", "2024-03-01", hedged: true), evidence("c", "2024-03-20"), evidence("d", "2024-03-21"),
        ]),
        Relation(source: "PRK", kind: .troops, target: "RUS", modality: .hedged, evidence: [evidence("e", "2024-03-02", hedged: true), evidence("f", nil)]),
        Relation(source: "EU", kind: .sanction, target: "IRN", evidence: [evidence("g", nil)]),
    ])

    static func rows(_ timeline: [TimelineEntry]) -> [String] {
        timeline.flatMap { entry in
            entry.relations.map { "\(entry.period) \($0.isNew ? "+" : " ")\($0.relation.source) \($0.relation.kind) \($0.relation.modality) \($0.documents)" }
        }
    }

    @Test func monthsMarkWhatIsNew() {
        #expect(Self.rows(Self.graph.timeline(by: .month)) == [
            "2024-01 +IRN supply asserted 1",
            "2024-03  IRN supply asserted 3",
            "2024-03 +PRK troops hedged 1",
        ])
    }

    @Test func quartersAndYearsGatherTheMonths() {
        #expect(Self.rows(Self.graph.timeline(by: .quarter)) == ["2024-Q1 +IRN supply asserted 4", "2024-Q1 +PRK troops hedged 1"])
        #expect(Self.rows(Self.graph.timeline(by: .year)) == ["2024 +IRN supply asserted 4", "2024 +PRK troops hedged 1"])
        #expect(TimelinePeriod.quarter.label(of: CalendarDate(year: 2023, month: 10, day: 1)!) == "2023-Q4")
        #expect(TimelinePeriod.month.label(of: CalendarDate(year: 2023, month: 10, day: 1)!) == "2023-10")
    }

    @Test func filtersByKindAndParty() {
        #expect(Self.rows(Self.graph.timeline(by: .year, filter: RelationFilter(kinds: [.troops]))) == ["2024 +PRK troops hedged 1"])
        #expect(Self.rows(Self.graph.timeline(by: .year, parties: ["IRN"])) == ["2024 +IRN supply asserted 4"])
        #expect(Graph().timeline(by: .month).isEmpty)
    }
}
