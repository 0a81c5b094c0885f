import Foundation
import RelationGraph
import Testing
import TestSupport
@testable import RelationGraphExtract

/// The development corpus (40 real texts, `../shared/corpus/dev`): a
/// regression floor at the scores reached (triples 0.854, with modality
/// 0.846; issue 16's targets are 0.85 and 0.75).
@Suite(.needsShared("corpus/dev")) struct CorpusEvaluationTests {
    static let tripleFloor = 0.85
    static let modalityFloor = 0.84

    @Test func developmentCorpusStaysAboveItsFloor() throws {
        let folder = SharedData.url("corpus/dev")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        try #require(names.count == 40)
        var gold: [GoldDocument] = []
        var extracted: [String: [Relation]] = [:]
        for name in names {
            let document = try GoldDocument(contentsOf: folder.appendingPathComponent(name))
            gold.append(document)
            let text = try String(contentsOf: folder.appendingPathComponent(document.doc), encoding: .utf8)
            extracted[document.doc] = sharedExtractor.extract(text, document: document.doc)
        }
        let result = Evaluation(gold: gold, extracted: extracted)
        #expect(result.triples.f1 >= Self.tripleFloor, "triples F1 \(result.triples.f1)")
        #expect(result.triplesWithModality.f1 >= Self.modalityFloor, "with modality F1 \(result.triplesWithModality.f1)")
    }
}
