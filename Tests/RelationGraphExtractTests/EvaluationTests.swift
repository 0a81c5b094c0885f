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

    /// `evaluate --explain` shows the sentence parsed as the extractor parses it: with the names, nouns,
    /// prepositions and adjectives it knows ("neighbouring" before a name is an adjective, not a gerund),
    /// and the tree path between the two parties.
    @Test func anExplanationShowsTheExtractorsParse() throws {
        let extractor = try Extractor()
        var text = "Algeria shipped fuel to neighbouring Niger.\n"
        let lines = text.withUTF8 { extractor.explanation(utf8: $0, source: "DZA", target: "NER", evidence: "Algeria shipped fuel") }
        #expect(lines.first == "sentence: Algeria shipped fuel to neighbouring Niger .")
        #expect(lines.contains { $0.hasPrefix("tree: ") && $0.contains("5:neighbouring/ADJ/amod→6") })
        #expect(lines.last == "path: Algeria —nsubj→ shipped ←obl— Niger")
        let missing = text.withUTF8 { extractor.explanation(utf8: $0, source: "DZA", target: "NER", evidence: "not in the text") }
        #expect(missing == ["(the quote is not in the text)"])
    }
}
