import Foundation
import RelationGraph

/// A hand-annotated document: the relations an annotator found in it.
///
/// The file layout of `../shared/seeds/*.json`:
/// `{"doc": "NN.txt", "relations": [{"source", "type", "target", "modality", "evidence"}]}`.
public struct GoldDocument: Sendable, Decodable {
    /// One annotated relation.
    public struct Item: Sendable, Decodable, Hashable {
        /// The acting party's ID.
        public var source: String
        /// The relation kind.
        public var type: String
        /// The party acted upon.
        public var target: String
        /// `asserted` or `hedged`.
        public var modality: String
        /// The annotator's evidence phrase.
        public var evidence: String?
    }

    /// The document's file name.
    public var doc: String
    /// The annotated relations.
    public var relations: [Item]

    /// Reads a gold file.
    ///
    /// - Throws: `FormatError` naming the file when it is unreadable or malformed.
    /// - Complexity: O(*n*) in the size of the file.
    public init(contentsOf url: URL) throws(FormatError) {
        do {
            self = try JSONDecoder().decode(GoldDocument.self, from: Data(contentsOf: url))
        } catch {
            throw FormatError(file: url.lastPathComponent, message: "not a gold file: \(error)")
        }
    }
}

/// Precision, recall and F1 of extracted relations against gold annotations,
/// on (source, kind, target) triples and on triples with modality.
public struct Evaluation: Sendable {
    /// Counts and scores for one slice.
    public struct Score: Sendable, Hashable, Codable {
        /// An empty score.
        ///
        /// - Complexity: O(1).
        public init() {}

        /// Extracted and in the gold.
        public var truePositives = 0
        /// Extracted, not in the gold.
        public var falsePositives = 0
        /// In the gold, not extracted.
        public var falseNegatives = 0

        /// TP / (TP + FP); 1 when nothing was extracted.
        public var precision: Double {
            truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        }
        /// TP / (TP + FN); 1 when the gold is empty.
        public var recall: Double {
            truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
        }
        /// The harmonic mean of precision and recall.
        public var f1: Double {
            precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }
    }

    /// A relation that was missed or wrongly found.
    public struct Difference: Sendable, Hashable, Codable {
        /// The document's file name.
        public var document: String
        /// The acting party's ID.
        public var source: String
        /// The relation kind.
        public var kind: String
        /// The party acted upon.
        public var target: String
        /// `asserted` or `hedged`.
        public var modality: String
        /// The gold evidence for a miss, the extracted quote for a false alarm.
        public var evidence: String
    }

    /// Scores on triples, overall.
    public var triples = Score()
    /// Scores on triples with modality, overall.
    public var triplesWithModality = Score()
    /// Scores on triples, per kind.
    public var triplesByKind: [String: Score] = [:]
    /// Scores on triples with modality, per kind.
    public var triplesWithModalityByKind: [String: Score] = [:]
    /// Gold relations not extracted (compared with modality).
    public var misses: [Difference] = []
    /// Extracted relations not in the gold (compared with modality).
    public var falseAlarms: [Difference] = []

    /// Compares extracted relations with gold documents, document by document.
    ///
    /// - Parameters:
    ///   - gold: The annotated documents.
    ///   - extracted: The relations extracted from each document, by file name.
    /// - Complexity: O(*g* + *e*) expected for *g* gold and *e* extracted relations.
    public init(gold: [GoldDocument], extracted: [String: [Relation]]) {
        for document in gold {
            var goldSet: [String: GoldDocument.Item] = [:]
            for item in document.relations {
                let key = "\(item.source)\t\(item.type)\t\(item.target)"
                if let existing = goldSet[key], existing.modality == "asserted" { continue }
                goldSet[key] = item
            }
            var found: [String: Relation] = [:]
            for relation in extracted[document.doc] ?? [] {
                found["\(relation.source)\t\(relation.kind)\t\(relation.target)"] = relation
            }
            for (key, item) in goldSet.sorted(by: { $0.key < $1.key }) {
                let extractedRelation = found[key]
                count(kind: item.type, triple: extractedRelation != nil,
                      modality: extractedRelation?.modality.rawValue == item.modality, gold: true)
                if extractedRelation?.modality.rawValue != item.modality {
                    misses.append(Difference(
                        document: document.doc, source: item.source, kind: item.type, target: item.target,
                        modality: item.modality, evidence: item.evidence ?? ""))
                }
            }
            for (key, relation) in found.sorted(by: { $0.key < $1.key }) {
                let goldItem = goldSet[key]
                if goldItem == nil { count(kind: relation.kind.rawValue, triple: false, modality: false, gold: false) }
                if goldItem?.modality != relation.modality.rawValue {
                    if goldItem != nil { countModalityMismatch(kind: relation.kind.rawValue) }
                    falseAlarms.append(Difference(
                        document: document.doc, source: relation.source.rawValue, kind: relation.kind.rawValue,
                        target: relation.target.rawValue, modality: relation.modality.rawValue,
                        evidence: relation.evidence.first?.quote ?? ""))
                }
            }
        }
    }

    private mutating func count(kind: String, triple: Bool, modality: Bool, gold: Bool) {
        func update(_ score: inout Score, hit: Bool) {
            if gold {
                if hit { score.truePositives += 1 } else { score.falseNegatives += 1 }
            } else {
                score.falsePositives += 1
            }
        }
        update(&triples, hit: triple)
        update(&triplesByKind[kind, default: Score()], hit: triple)
        update(&triplesWithModality, hit: modality)
        update(&triplesWithModalityByKind[kind, default: Score()], hit: modality)
    }

    /// A triple found with the wrong modality is a false positive when modality counts.
    private mutating func countModalityMismatch(kind: String) {
        triplesWithModality.falsePositives += 1
        triplesWithModalityByKind[kind, default: Score()].falsePositives += 1
    }
}
