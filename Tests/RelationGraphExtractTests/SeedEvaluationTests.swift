import Foundation
import RelationGraph
import Testing
@testable import RelationGraphExtract

@Suite struct SeedEvaluationTests {
    private func evaluation() throws -> Evaluation {
        let gold = try Seeds.gold()
        try #require(!gold.isEmpty, "no gold files in \(Seeds.folder.path)")
        var extracted: [String: [Relation]] = [:]
        for document in gold {
            extracted[document.doc] = sharedExtractor.extract(try Seeds.text(document.doc), document: document.doc)
        }
        return Evaluation(gold: gold, extracted: extracted)
    }

    /// The development-set bar: every gold relation found, with its modality,
    /// and at most one false alarm in ten.
    @Test func seedsMeetTheBar() throws {
        let result = try evaluation()
        #expect(result.triplesWithModality.recall == 1.0, "misses: \(result.misses)")
        #expect(result.triplesWithModality.precision >= 0.9, "false alarms: \(result.falseAlarms)")
    }

    @Test func embeddedSeedGraphIsTheExtractorsOutput() throws {
        let documents = try Seeds.gold().map { (document: $0.doc, text: try Seeds.text($0.doc)) }
        let regenerated = sharedExtractor.graph(from: documents)
        #expect(regenerated == (try Graph.seed()), "run scripts/make-seed-graph.sh")
    }
}
