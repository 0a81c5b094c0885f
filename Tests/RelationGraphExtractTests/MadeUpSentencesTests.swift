import Foundation
import Testing
import TestSupport
@testable import RelationGraphExtract

/// Made-up news sentences with the relations the guidelines give them (`Tests/Fixtures/made-up/`), each
/// extracted as a document of its own: regression floors at the scores reached (triples F1), so that a rule
/// written for one construction does not quietly undo another. No third-party text.
@Suite struct MadeUpSentencesTests {
    /// Triples F1 of the extractor on a fixture file.
    private func score(_ file: String) throws -> (f1: Double, sentences: Int) {
        let text = try String(contentsOf: SharedData.inRepository("Tests/Fixtures/made-up/\(file)"), encoding: .utf8)
        var truePositives = 0, falsePositives = 0, falseNegatives = 0, sentences = 0
        // A comment is a line opening with "#" and no tab; a passage may open with its "# source:" header.
        for line in text.split(separator: "\n") where !(line.hasPrefix("#") && !line.contains("\t")) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard let sentence = fields.first, !sentence.isEmpty else { continue }
            sentences += 1
            let expected = Set((fields.count > 1 ? fields[1] : "").split(separator: ";").map { item in
                item.split(separator: " ").prefix(3).joined(separator: " ")
            }.filter { !$0.isEmpty })
            // A passage with header lines writes its line breaks as "\n".
            let text = sentence.replacingOccurrences(of: "\\n", with: "\n")
            let found = Set(sharedExtractor.extract(text, document: "t.txt").map { "\($0.source) \($0.kind) \($0.target)" })
            truePositives += found.intersection(expected).count
            falsePositives += found.subtracting(expected).count
            falseNegatives += expected.subtracting(found).count
        }
        let f1 = Double(2 * truePositives) / Double(max(1, 2 * truePositives + falsePositives + falseNegatives))
        return (f1, sentences)
    }

    @Test(arguments: [
        ("development.tsv", 191, 0.89), ("held-apart.tsv", 50, 0.86), ("templates.tsv", 400, 0.96), ("unseen-2026-12-07.tsv", 80, 0.88),
        ("unseen-2026-12-07b.tsv", 80, 0.83), ("unseen-2026-12-07c.tsv", 40, 0.85),
        ("unseen-2026-12-07d.tsv", 20, 0.85), ("unseen-2026-12-07e.tsv", 25, 0.84),
        ("unseen-2026-12-07f.tsv", 36, 0.91), ("unseen-2026-12-07g.tsv", 7, 0.94), ("unseen-2026-12-07h.tsv", 8, 0.83), ("unseen-2026-12-07i.tsv", 7, 0.84), ("unseen-2026-12-07j.tsv", 7, 0.83), ("unseen-2026-12-07k.tsv", 6, 0.70), ("unseen-2026-12-07l.tsv", 18, 0.96), ("unseen-2026-12-07m.tsv", 13, 0.91),
        ("unseen-2026-12-07n.tsv", 6, 0.88), ("unseen-2026-12-07o.tsv", 7, 0.87), ("unseen-2026-12-07p.tsv", 6, 0.82), ("unseen-2026-12-07q.tsv", 6, 0.75), ("unseen-2026-12-07r.tsv", 6, 0.82), ("unseen-2026-12-07s.tsv", 6, 0.70), ("unseen-2026-12-07t.tsv", 6, 0.92), ("unseen-2026-12-07u.tsv", 6, 0.80), ("unseen-2026-12-07v.tsv", 6, 0.72), ("unseen-2026-12-07w.tsv", 6, 0.64), ("unseen-2026-12-07x.tsv", 6, 0.66), ("unseen-2026-12-07y.tsv", 6, 0.68), ("unseen-2026-12-07z.tsv", 7, 0.94), ("unseen-2026-12-07aa.tsv", 7, 0.92), ("unseen-2026-12-07ab.tsv", 7, 0.74), ("unseen-2026-12-07ac.tsv", 7, 0.73), ("unseen-2026-12-07ad.tsv", 7, 0.83), ("unseen-2026-12-07ae.tsv", 7, 0.72), ("unseen-2026-12-07af.tsv", 7, 0.90), ("unseen-2026-12-07ag.tsv", 7, 0.87), ("unseen-2026-12-07ah.tsv", 7, 0.79), ("unseen-2026-12-07ai.tsv", 7, 0.81), ("unseen-2026-12-07aj.tsv", 7, 0.88), ("unseen-2026-12-07ak.tsv", 5, 0.80), ("unseen-2026-12-07al.tsv", 5, 0.92), ("unseen-2026-12-07am.tsv", 5, 0.85), ("unseen-2026-12-07an.tsv", 5, 0.73), ("unseen-2026-12-07ao.tsv", 5, 0.85), ("unseen-2026-12-07ap.tsv", 5, 0.73), ("unseen-2026-12-07aq.tsv", 5, 0.75), ("unseen-2026-12-07ar.tsv", 5, 0.70), ("unseen-2026-12-07as.tsv", 5, 0.63), ("unseen-2026-12-07at.tsv", 5, 0.66), ("unseen-2026-12-07au.tsv", 5, 0.93), ("unseen-2026-12-07av.tsv", 5, 0.85), ("unseen-2026-12-07aw.tsv", 5, 0.70), ("unseen-2026-12-07ax.tsv", 5, 0.68), ("unseen-2026-12-07ay.tsv", 5, 0.66), ("unseen-2026-12-07az.tsv", 5, 0.79), ("unseen-2026-12-07ba.tsv", 5, 0.63), ("unseen-2026-12-08bb.tsv", 5, 0.89), ("unseen-2026-12-08bc.tsv", 5, 0.90), ("unseen-2026-12-08bd.tsv", 5, 0.89), ("unseen-2026-12-08be.tsv", 5, 0.66), ("unseen-2026-12-08bf.tsv", 5, 0.83), ("unseen-2026-12-08bg.tsv", 5, 0.75), ("unseen-2026-12-08bh.tsv", 5, 0.55), ("unseen-2026-12-08bi.tsv", 5, 0.66),
    ])
    func madeUpSentencesStayAboveTheirFloor(file: String, sentences: Int, floor: Double) throws {
        let result = try score(file)
        #expect(result.sentences == sentences)
        #expect(result.f1 >= floor, "\(file): triples F1 \(result.f1) under \(floor)")
    }
}
