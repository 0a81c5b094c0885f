import Foundation
import Testing
@testable import RelationGraph

@Suite struct JSONFormatTests {
    @Test func roundTripsExactly() throws {
        let graph = Graph(
            parties: [Party(id: "PRK", name: "North Korea", kind: .state, aliases: ["Pyongyang", "DPRK"])],
            relations: [
                Relation(source: "PRK", kind: .troops, target: "RUS", modality: .hedged,
                         evidence: [Evidence(document: "d.txt", byteRange: 0..<51, quote: "troops \"joining\"")]),
                Relation(source: "PRK", kind: .troops, target: "RUS"),
                Relation(source: "X", kind: "finance", target: "Y", validFrom: CalendarDate("2020-01-01"),
                         attributes: ["k": "v"]),
            ])
        let data = try graph.jsonData()
        let decoded = try Graph(json: data)
        #expect(decoded == graph)
        #expect(try decoded.jsonData() == data)
    }

    @Test func randomGraphsRoundTrip() throws {
        for testCase in RandomGraphs.cases(count: 50) {
            let graph = testCase.graph
            #expect(try Graph(json: graph.jsonData()) == graph, "\(testCase)")
        }
    }

    @Test(arguments: [
        (#"{"relations": [}"#, "g.json:1:"),
        ("", "g.json: the file is empty"),
        (#"{"relations": [{"source": "A", "kind": "supply"}]}"#, #"g.json: relations[0]: missing "target""#),
        (#"{"relations": [{"source": "A", "kind": "supply", "target": "B", "modality": "maybe"}]}"#,
         #"g.json: relations[0].modality: unknown modality "maybe"; expected asserted or hedged"#),
        (#"{"parties": [{"id": "A"}, {"id": "A"}], "relations": []}"#, #"g.json: parties[1]: party "A" is listed twice"#),
        (#"{"relations": [{"source": "", "kind": "supply", "target": "B"}]}"#, "g.json: relations[0]: a party ID is empty"),
        (#"{"relations": [{"source": 3, "kind": "supply", "target": "B"}]}"#, "g.json: relations[0].source: expected a string"),
        ("[1, 2]", "g.json: expected an object"),
    ])
    func badInputIsALocatedError(input: String, expectedPrefix: String) {
        do {
            _ = try Graph(json: Data(input.utf8), file: "g.json")
            Issue.record("accepted \(input)")
        } catch {
            #expect(error.description.hasPrefix(expectedPrefix), "\(error.description)")
        }
    }

    @Test func syntaxErrorsCarryLineAndColumn() {
        let input = "{\n  \"relations\": [\n    {\"source\": \"A\",, }\n  ]\n}"
        #expect(throws: FormatError.self) { try Graph(json: Data(input.utf8), file: "g.json") }
        do {
            _ = try Graph(json: Data(input.utf8), file: "g.json")
        } catch {
            #expect(error.line == 3)
            #expect(error.column != nil)
        }
    }
}
