import Foundation
import Testing
@testable import RelationGraph

@Suite struct ModelTests {
    @Test func partyIsCompactAndKeepsValueSemantics() {
        #expect(MemoryLayout<Party>.stride == 32)
        var party = Party(id: "RUS")
        #expect(party.name == "RUS" && party.aliases.isEmpty)
        #expect(party == Party(id: "RUS", name: "RUS"))
        party.id = "RU"
        #expect(party.name == "RUS")
        var copy = party
        copy.aliases = ["Moscow"]
        copy.name = "Russia"
        #expect(party.aliases.isEmpty && party.name == "RUS")
        #expect(copy.name == "Russia" && copy.aliases == ["Moscow"])
        #expect(copy != party)
        #expect(Set([copy, party, copy]).count == 2)
    }

    @Test func relationRoundTripsThroughJSON() throws {
        let relation = Relation(
            source: "PRK", kind: "finance", target: "RUS", modality: .hedged,
            evidence: [Evidence(document: "a.txt", byteRange: 10..<42, quote: "“quoted” ünïcode")],
            validFrom: CalendarDate("2024-02-29"), validUntil: CalendarDate("2025-12-31"),
            attributes: ["materiel": "shells"])
        let data = try JSONEncoder().encode(relation)
        #expect(try JSONDecoder().decode(Relation.self, from: data) == relation)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"start\":10") && text.contains("\"end\":42"))
    }

    @Test func relationDefaultsAndRejectsUnknownModality() throws {
        let plain = try JSONDecoder().decode(Relation.self, from: Data(#"{"source":"A","kind":"supply","target":"B"}"#.utf8))
        #expect(plain == Relation(source: "A", kind: .supply, target: "B"))
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Relation.self, from: Data(#"{"source":"A","kind":"supply","target":"B","modality":"maybe"}"#.utf8))
        }
    }

    @Test func evidenceRejectsInvertedRanges() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Evidence.self, from: Data(#"{"document":"a","start":9,"end":3,"quote":""}"#.utf8))
        }
    }

    @Test func calendarDatesValidateAndOrder() {
        #expect(CalendarDate("2023-02-29") == nil)
        #expect(CalendarDate("2024-02-29")?.description == "2024-02-29")
        #expect(CalendarDate("2024-13-01") == nil)
        #expect(CalendarDate("24-01-01") == nil)
        #expect(CalendarDate("2024-01-02")! > CalendarDate("2023-12-31")!)
    }

    @Test func modalityOrdersAssertedFirst() {
        #expect(Modality.asserted < .hedged)
        #expect([Modality.hedged, .asserted].min() == .asserted)
    }
}
