import Foundation
import RelationGraph
import Testing
@testable import RelationGraphExtract

@Suite struct EvaluationTests {
    @Test func countsTriplesAndModalitySeparately() throws {
        let gold = try JSONDecoder().decode(GoldDocument.self, from: Data("""
            {"doc": "d.txt", "relations": [
              {"source": "A", "type": "supply", "target": "B", "modality": "asserted", "evidence": "x"},
              {"source": "A", "type": "attack", "target": "C", "modality": "hedged", "evidence": "y"},
              {"source": "A", "type": "attack", "target": "C", "modality": "asserted", "evidence": "z"},
              {"source": "D", "type": "threat", "target": "B", "modality": "hedged", "evidence": "w"}
            ]}
            """.utf8))
        let extracted = [
            Relation(source: "A", kind: .supply, target: "B", modality: .hedged),
            Relation(source: "A", kind: .attack, target: "C"),
            Relation(source: "E", kind: .sanction, target: "B"),
        ]
        let result = Evaluation(gold: [gold], extracted: ["d.txt": extracted])
        #expect(result.triples.truePositives == 2 && result.triples.falsePositives == 1 && result.triples.falseNegatives == 1)
        #expect(result.triplesWithModality.truePositives == 1)
        #expect(result.triplesWithModality.falsePositives == 2)
        #expect(result.triplesWithModality.falseNegatives == 2)
        #expect(abs(result.triples.f1 - 2.0 / 3.0) < 1e-9)
        #expect(result.misses.map(\.kind) == ["supply", "threat"])
        #expect(result.falseAlarms.map(\.kind) == ["supply", "sanction"])
        #expect(result.triplesByKind["sanction"]?.precision == 0)
    }
}
