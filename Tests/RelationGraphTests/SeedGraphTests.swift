import Foundation
import Testing
@testable import RelationGraph

@Suite struct SeedGraphTests {
    private struct Gold: Decodable {
        struct Item: Decodable {
            var source: String
            var type: String
            var target: String
            var modality: String
            var evidence: String
        }
        var doc: String
        var relations: [Item]
    }

    /// The shared seed folder beside the repository, as on CI and the developers' machines.
    private static let seeds = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/seeds")

    @Test func coversEveryGoldRelationWithItsStrongestModality() throws {
        let graph = try Graph.seed()
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.seeds.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        try #require(!files.isEmpty, "no gold files in \(Self.seeds.path)")
        var strongest: [String: Modality] = [:]
        for file in files {
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: Self.seeds.appendingPathComponent(file)))
            for item in gold.relations {
                let key = "\(item.source) \(item.type) \(item.target)"
                let modality = try #require(Modality(rawValue: item.modality))
                strongest[key] = min(strongest[key] ?? modality, modality)
                let relation = try #require(
                    graph.relations.first { "\($0.source) \($0.kind) \($0.target)" == key }, "missing \(key)")
                #expect(relation.evidence.contains { $0.document == gold.doc }, "\(key) cites no \(gold.doc)")
            }
        }
        for (key, modality) in strongest {
            #expect(graph.relations.first { "\($0.source) \($0.kind) \($0.target)" == key }?.modality == modality, "\(key)")
        }
    }

    @Test func evidenceIsAShortPhraseAtItsByteRange() throws {
        let graph = try Graph.seed()
        var texts: [String: Data] = [:]
        for relation in graph.relations {
            for evidence in relation.evidence {
                let text = try texts[evidence.document] ?? Data(contentsOf: Self.seeds.appendingPathComponent(evidence.document))
                texts[evidence.document] = text
                #expect(evidence.quote.utf8.count <= 104, "\(evidence.quote)")
                try #require(evidence.byteRange.upperBound <= text.count)
                let span = String(decoding: text[evidence.byteRange], as: UTF8.self)
                let phrase = evidence.quote.hasSuffix("…") ? String(evidence.quote.dropLast()) : evidence.quote
                #expect(span.split(whereSeparator: \.isWhitespace).joined(separator: " ").hasPrefix(phrase), "\(span)")
            }
        }
    }

    @Test func namesPartiesByAlias() throws {
        let graph = try Graph.seed()
        for alias in ["Russia", "moscow", "the kremlin", "Putin", "Pyongyang", "DPRK", "Kyiv", "Tehran"] {
            guard case .found = graph.lookup(alias) else {
                Issue.record("\(alias) is not found")
                continue
            }
        }
    }
}
