import PropertyBased
import Testing
import TestSupport
@testable import RelationGraphExtract

@Suite struct DependencyParserTests {
    /// One root; every word one head inside the sentence; following heads from any word reaches the root.
    static func isTree(_ heads: [Int]) -> Bool {
        guard heads.filter({ $0 == 0 }).count == 1, heads.allSatisfy({ (0...heads.count).contains($0) }) else { return false }
        for start in heads.indices {
            var word = start + 1, steps = 0
            while word != 0 {
                guard steps <= heads.count else { return false }
                word = heads[word - 1]
                steps += 1
            }
        }
        return true
    }

    @Test func treeCheckCanFail() {
        #expect(Self.isTree([2, 0, 2]))
        #expect(!Self.isTree([2, 1, 0]))
        #expect(!Self.isTree([0, 0]))
        #expect(!Self.isTree([4]))
    }

    /// Random word sequences (words, punctuation, empty-looking and very long
    /// tokens), with the shipped model: the result is always one tree.
    @Test func alwaysReturnsATree() throws {
        let analyzer = try SyntaxAnalyzer()
        var rng = Xoshiro(seed: (11, 23, 5, 81))
        let vocabulary = ["Russia", "sent", "troops", "to", "Syria", ".", ",", "and", "the", "by", "was", "\"", "(", ")",
                          "not", "Iran", "'s", "which", "attacked", "x", "—", "123", "?", "WHO", "ünïcode", String(repeating: "a", count: 300)]
        let words = Gen.element(of: vocabulary).map { $0 ?? "x" }.array(of: 1...60)
        for _ in 0..<300 {
            let forms = words.run(using: &rng)
            let predicted = analyzer.predict(forms: forms)
            #expect(predicted.tags.count == forms.count)
            #expect(Self.isTree(predicted.heads), "\(forms) → \(predicted.heads)")
            #expect(predicted.labels.filter { $0 == "root" }.count == 1)
        }
    }

    /// 20,000 words without a sentence break parse in 2n transitions: this
    /// finishes in well under a second in a release build and is a tree.
    @Test func veryLongSentenceIsOneTree() throws {
        let analyzer = try SyntaxAnalyzer()
        let forms = (0..<20_000).map { ["Iran", "sent", "drones", "and", "Russia", "fired", "missiles", ","][$0 % 8] }
        let predicted = analyzer.predict(forms: forms)
        #expect(Self.isTree(predicted.heads))
    }

    @Test func analyzesTextWithByteRanges() throws {
        let analyzer = try SyntaxAnalyzer()
        let text = "Iran has supplied drones to Russia. The sanctions were imposed by the EU."
        // Iran(0) has(1) supplied(2) drones(3) to(4) Russia(5) .(6)
        let sentences = analyzer.analyze(text)
        #expect(sentences.count == 2)
        let first = try #require(sentences.first)
        let utf8 = Array(text.utf8)
        for word in first.words { #expect(String(decoding: utf8[word.byteRange], as: UTF8.self) == word.form) }
        let supplied = try #require(first.words.firstIndex { $0.form == "supplied" })
        #expect(first.words[supplied].upos == .verb)
        #expect(first.words[supplied].label == "root")
        #expect(first.words[0].head == supplied + 1 && first.words[0].label == "nsubj")
        #expect(first.words[3].head == supplied + 1 && first.words[3].label == "obj")
        #expect(first.words[5].head == supplied + 1 && first.words[5].label == "obl")
        let second = sentences[1]
        let eu = try #require(second.words.firstIndex { $0.form == "EU" })
        #expect(second.words[eu].label == "obl:agent" || second.words[eu].label == "obl")
        #expect(second.words[1].label == "nsubj:pass")
    }

    @Test func emptyAndBinaryInputGiveNoSentencesOrTrees() throws {
        let analyzer = try SyntaxAnalyzer()
        #expect(analyzer.analyze("").isEmpty)
        #expect(analyzer.analyze("   \n\n ").isEmpty)
        let binary = (0..<20_000).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }
        let sentences = binary.withUnsafeBufferPointer { analyzer.analyze(utf8: $0) }
        for sentence in sentences { #expect(Self.isTree(sentence.words.map(\.head))) }
    }

    /// The shipped model's accuracy on the EWT development set stays at what
    /// it reached (UPOS 94.97, UAS 84.73, LAS 81.57): a regression floor.
    /// Issue 15's bar (UPOS ≥ 95, UAS ≥ 86, LAS ≥ 82, on test) is met for
    /// UPOS and LAS on test but not for UAS; see `Training/README.md`.
    @Test(.needsShared("treebanks/en_ewt/dev.conllu")) func shippedModelKeepsItsAccuracyOnDev() throws {
        let text = try String(contentsOf: SharedData.url("treebanks/en_ewt/dev.conllu"), encoding: .utf8)
        let gold = try CoNLLUDocument(parsing: text, file: "dev.conllu").sentences.compactMap(TrainingSentence.init)
        let result = SyntaxEvaluation.evaluate(try SyntaxAnalyzer(), on: gold)
        #expect(result.words > 25_000)
        #expect(result.uposAccuracy >= 94.9, "UPOS \(result.uposAccuracy)")
        #expect(result.uas >= 84.6, "UAS \(result.uas)")
        #expect(result.las >= 81.5, "LAS \(result.las)")
    }
}
