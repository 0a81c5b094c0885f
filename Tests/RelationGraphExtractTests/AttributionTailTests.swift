import Testing
@testable import RelationGraphExtract

/// The stage around the parser that parses a closing attribution ("…, Blinken said.") apart from the clause it attributes.
@Suite struct AttributionTailTests {
    private static let tags = ["PROPN NNP", "AUX VBZ", "VERB VBN", "NOUN NNS", "ADP IN", "PUNCT ,", "VERB VBD", "PUNCT .",
                               "DET DT", "NOUN NN", "PRON WDT", "VERB VBZ", "PRON PRP", "ADJ JJ", "VERB VB", "SCONJ IN"]
    private static let labels = ["root", "parataxis", "punct"]

    private func comma(_ tags: [String]) throws -> Int? {
        let stage = try #require(AttributionTail(tags: Self.tags, labels: Self.labels))
        return stage.comma(in: tags.compactMap { tag in Self.tags.firstIndex(of: tag).map(UInt8.init) })
    }

    /// A tail is a noun phrase and a tense after the last comma, optionally followed by a short phrase
    /// opened by a preposition or by one or two nouns, or the same after an earlier comma with a comma and a
    /// subordinate clause after it; not a relative clause, not a tail with a verb of its
    /// own after the tense or with another kind of word after it, not after a clause of under three words.
    @Test(arguments: [
        // "Iran has transferred missiles to Russia , Blinken said ."
        (["PROPN NNP", "AUX VBZ", "VERB VBN", "NOUN NNS", "ADP IN", "PROPN NNP", "PUNCT ,", "PROPN NNP", "VERB VBD", "PUNCT ."], 6),
        // "… , the ministry said in a statement ."
        (["PROPN NNP", "VERB VBD", "NOUN NNS", "PUNCT ,", "DET DT", "NOUN NN", "VERB VBD", "ADP IN", "DET DT", "NOUN NN", "PUNCT ."], 3),
        // "… , officials said Friday ."
        (["PROPN NNP", "VERB VBD", "NOUN NNS", "PUNCT ,", "NOUN NNS", "VERB VBD", "PROPN NNP", "PUNCT ."], 3),
        // "… , which helps it wage war ."
        (["PROPN NNP", "VERB VBD", "PROPN NNP", "PUNCT ,", "PRON WDT", "VERB VBZ", "PRON PRP", "ADJ JJ", "NOUN NN", "PUNCT ."], nil),
        // "… , officials said it wage war ."
        (["PROPN NNP", "VERB VBD", "PROPN NNP", "PUNCT ,", "NOUN NNS", "VERB VBD", "PRON PRP", "VERB VB", "NOUN NN", "PUNCT ."], nil),
        // "… , it was great ."
        (["PROPN NNP", "VERB VBD", "PROPN NNP", "PUNCT ,", "PRON PRP", "VERB VBD", "ADJ JJ", "PUNCT ."], nil),
        // "… , officials said on Friday , as Iran deepens ties ." : an attribution a subordinate clause goes on from
        (["PROPN NNP", "VERB VBD", "NOUN NNS", "PUNCT ,", "NOUN NNS", "VERB VBD", "ADP IN", "PROPN NNP", "PUNCT ,",
          "SCONJ IN", "PROPN NNP", "VERB VBZ", "NOUN NNS", "PUNCT ."], 3),
        // "… , officials said on Friday , Iran deepens the ties with Moscow ." : not when the clause after it is
        // no subordinate one
        (["PROPN NNP", "VERB VBD", "NOUN NNS", "PUNCT ,", "NOUN NNS", "VERB VBD", "ADP IN", "PROPN NNP", "PUNCT ,",
          "PROPN NNP", "VERB VBZ", "DET DT", "NOUN NNS", "ADP IN", "PROPN NNP", "PUNCT ."], nil),
        // "Yes , he said ." : too short a clause; "Iran attacked Israel , Blinken said" without final punctuation
        (["NOUN NN", "PUNCT ,", "PRON PRP", "VERB VBD", "PUNCT ."], nil),
        (["PROPN NNP", "VERB VBD", "PROPN NNP", "PUNCT ,", "PROPN NNP", "VERB VBD"], nil),
    ] as [([String], Int?)])
    func findsTheTail(tags: [String], expected: Int?) throws {
        #expect(try comma(tags) == expected)
    }

    /// "Iran attacked Israel , Blinken said ." from the clause "Iran attacked Israel ." (rooted at `attacked`) and
    /// the tail "Blinken said" (rooted at `said`): one tree, the tail's root a `parataxis` of the clause's, the
    /// comma on the tail's root, the final stop where the clause had it.
    @Test func thePartsJoinIntoOneTree() throws {
        let stage = try #require(AttributionTail(tags: Self.tags, labels: Self.labels))
        let parataxis = UInt8(1), punct = UInt8(2), root = UInt8(0)
        let joined = stage.joined(clause: (heads: [2, 0, 2, 2], labels: [root, root, root, punct]),
                                  tail: (heads: [2, 0], labels: [root, root]), comma: 3)
        #expect(joined.heads == [2, 0, 2, 6, 6, 2, 2])
        #expect(joined.labels == [root, root, root, punct, root, parataxis, punct])
    }

    /// On a real sentence: the tail no longer takes the object away from the clause's verb.
    @Test func theClauseKeepsItsObject() throws {
        let analyzer = try SyntaxAnalyzer()
        let sentence = try #require(analyzer.analyze("Iran has transferred short-range ballistic missiles to Russia, Blinken said.").first)
        let words = sentence.words
        let verb = try #require(words.firstIndex { $0.form == "transferred" })
        let said = try #require(words.firstIndex { $0.form == "said" })
        #expect(words[verb].head == 0)
        #expect(words.first { $0.form == "missiles" }?.label == "obj")
        #expect(words.first { $0.form == "missiles" }?.head == verb + 1)
        #expect(words[said].head == verb + 1)
        #expect(words[said].label == "parataxis")
        #expect(words.first { $0.form == "Blinken" }?.head == said + 1)
        #expect(words.first { $0.form == "," }?.head == said + 1)
        #expect(words.last?.head == verb + 1)
    }
}
