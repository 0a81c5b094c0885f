import Foundation
import Testing
import TestSupport
@testable import RelationGraph

@Suite struct SeedGraphTests {
    /// The gold triples of the seed articles, committed without their evidence text.
    private static func goldTriples() throws -> [(document: String, key: String, modality: Modality)] {
        let text = try String(contentsOf: SharedData.inRepository("Tests/Fixtures/seed-gold.tsv"), encoding: .utf8)
        return try text.split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst().map { line in
            let fields = line.split(separator: "\t").map(String.init)
            try #require(fields.count == 5, "\(line)")
            return (fields[0], "\(fields[1]) \(fields[2]) \(fields[3])", try #require(Modality(rawValue: fields[4])))
        }
    }

    /// The embedded graph is what the extractor finds, so it need not hold
    /// every gold triple; what it holds of them cites the gold's document,
    /// and it holds at least as many as the extractor reached when the graph
    /// was made (9 of the 13; see `Docs/ExtractingRelations.md`).
    @Test func coversTheGoldRelationsItFoundWithTheirDocuments() throws {
        let graph = try Graph.seed()
        let gold = try Self.goldTriples()
        try #require(gold.count >= 13)
        var found: Set<String> = []
        for item in gold {
            guard let relation = graph.relations.first(where: { "\($0.source) \($0.kind) \($0.target)" == item.key }) else { continue }
            found.insert(item.key)
            #expect(relation.evidence.contains { $0.document == item.document } || gold.contains { $0.key == item.key && $0.document != item.document },
                    "\(item.key) cites no \(item.document)")
        }
        #expect(found.count >= 9, "gold triples in the seed graph: \(found.sorted())")
    }

    /// Without the articles: each quote is a short phrase that fits its byte
    /// range (whole when the range is short, cut with "…" when it is long).
    @Test func quotesAgreeWithTheirByteRanges() throws {
        let graph = try Graph.seed()
        for relation in graph.relations {
            for evidence in relation.evidence {
                let length = evidence.byteRange.count
                #expect(length > 0 && evidence.quote.utf8.count <= 104, "\(evidence.quote)")
                if evidence.quote.hasSuffix("…") {
                    #expect(length > 100 && evidence.quote.utf8.count - 3 <= 100, "\(evidence.quote)")
                } else {
                    // Folding white space only shortens the span.
                    #expect(evidence.quote.utf8.count <= length && length <= 100, "\(evidence.quote)")
                }
            }
        }
    }

    @Test(.needsShared("seeds")) func evidenceIsAShortPhraseAtItsByteRange() throws {
        let graph = try Graph.seed()
        var texts: [String: Data] = [:]
        for relation in graph.relations {
            for evidence in relation.evidence {
                let text = try texts[evidence.document] ?? Data(contentsOf: SharedData.url("seeds/\(evidence.document)"))
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
