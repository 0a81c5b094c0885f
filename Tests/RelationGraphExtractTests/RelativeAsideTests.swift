import Testing
@testable import RelationGraphExtract

/// The stage around the parser that parses a relative aside after a noun ("Turkey, which is a NATO member,
/// sold …") apart from the sentence around it.
@Suite struct RelativeAsideTests {
    private static let tags = ["PROPN NNP", "PUNCT ,", "PRON WDT", "AUX VBZ", "DET DT", "NOUN NN", "VERB VBD", "NOUN NNS",
                               "ADP IN", "PUNCT .", "VERB VBN", "ADJ JJ", "PRON PRP"]
    private static let labels = ["root", "acl:relcl", "punct", "nsubj", "obj", "parataxis"]

    private func commas(_ tags: [String]) throws -> (open: Int, close: Int)? {
        let stage = try #require(RelativeAside(tags: Self.tags, labels: Self.labels))
        return stage.commas(in: tags.compactMap { tag in Self.tags.firstIndex(of: tag).map(UInt8.init) })
    }

    /// An aside is a comma after a noun, a relative pronoun, words up to the next comma, then the main clause's
    /// verb; not one the main verb does not follow, not a comma before anything but a relative pronoun.
    @Test(arguments: [
        // "Turkey , which is a member , sold drones to Ukraine ."
        (["PROPN NNP", "PUNCT ,", "PRON WDT", "AUX VBZ", "DET DT", "NOUN NN", "PUNCT ,", "VERB VBD", "NOUN NNS", "ADP IN", "PROPN NNP", "PUNCT ."], 1, 6),
        // "Qatar , which hosts a base , bought jets from France ." with the past tense read as a participle
        (["PROPN NNP", "PUNCT ,", "PRON WDT", "VERB VBD", "DET DT", "NOUN NN", "PUNCT ,", "VERB VBN", "NOUN NNS", "ADP IN", "PROPN NNP", "PUNCT ."], 1, 6),
        // "Turkey , which is a member , and Greece sold drones ." : no verb after the aside
        (["PROPN NNP", "PUNCT ,", "PRON WDT", "AUX VBZ", "DET DT", "NOUN NN", "PUNCT ,", "PROPN NNP", "VERB VBD", "NOUN NNS", "PUNCT ."], nil, nil),
        // "Turkey , a member , sold drones to Ukraine ." : no relative pronoun
        (["PROPN NNP", "PUNCT ,", "DET DT", "NOUN NN", "PUNCT ,", "VERB VBD", "NOUN NNS", "ADP IN", "PROPN NNP", "PUNCT ."], nil, nil),
        // "Turkey , which is a member ." : no second comma
        (["PROPN NNP", "PUNCT ,", "PRON WDT", "AUX VBZ", "DET DT", "NOUN NN", "ADP IN", "PROPN NNP", "PUNCT ."], nil, nil),
    ] as [([String], Int?, Int?)])
    func findsTheAside(tags: [String], open: Int?, close: Int?) throws {
        let found = try commas(tags)
        #expect(found?.open == open)
        #expect(found?.close == close)
    }

    /// A past participle's aside counts with an agent of its own, also holding a list: "The PKK , designated a
    /// group by Turkey , the US and the EU , has waged war ." Without "by" ("Turkey , designated a group , …")
    /// or without the words, it does not.
    @Test func aParticiplesAsideWithAnAgent() throws {
        let stage = try #require(RelativeAside(tags: Self.tags + ["CCONJ CC", "AUX VBZ"], labels: Self.labels + ["acl"]))
        let tagSet = Self.tags + ["CCONJ CC", "AUX VBZ"]
        let words = "The PKK , designated a group by Turkey , the US and the EU , has waged war ."
        let tags = ["DET DT", "PROPN NNP", "PUNCT ,", "VERB VBD", "DET DT", "NOUN NN", "ADP IN", "PROPN NNP", "PUNCT ,", "DET DT",
                    "PROPN NNP", "CCONJ CC", "DET DT", "PROPN NNP", "PUNCT ,", "AUX VBZ", "VERB VBN", "NOUN NN", "PUNCT ."]
            .compactMap { tag in tagSet.firstIndex(of: tag).map(UInt8.init) }
        let lexemes = words.split(separator: " ").map { Lexeme(String($0)) }
        let found = stage.commas(in: tags, lexemes: lexemes)
        #expect(found?.open == 2)
        #expect(found?.close == 14)
        #expect(stage.commas(in: tags) == nil)
        let unmarked = "The PKK , designated a group in Turkey , the US and the EU , has waged war ."
        #expect(stage.commas(in: tags, lexemes: unmarked.split(separator: " ").map { Lexeme(String($0)) }) == nil)
    }

    /// "Turkey , which is big , sold drones ." from the main clause "Turkey sold drones ." (rooted at `sold`) and
    /// the aside parsed with its noun, "Turkey , which is big" (rooted at `Turkey`, `big` hung on it as
    /// `parataxis`): one tree, the aside's root an `acl:relcl` of the noun, both commas on it.
    @Test func thePartsJoinIntoOneTree() throws {
        let stage = try #require(RelativeAside(tags: Self.tags, labels: Self.labels))
        let root = UInt8(0), relative = UInt8(1), punct = UInt8(2), nsubj = UInt8(3), obj = UInt8(4), parataxis = UInt8(5)
        let joined = stage.joined(
            main: (heads: [2, 0, 2, 2], labels: [nsubj, root, obj, punct]),
            aside: (heads: [0, 5, 5, 5, 1], labels: [root, punct, nsubj, root, parataxis]), open: 1, close: 5)
        // Turkey , which is big , sold drones .
        #expect(joined.heads == [7, 5, 5, 5, 1, 5, 0, 7, 7])
        #expect(joined.labels == [nsubj, punct, nsubj, root, relative, punct, root, obj, punct])
    }

    /// On a real sentence: the main clause keeps its verb, the aside hangs on its noun.
    @Test func theMainClauseKeepsItsVerb() throws {
        let analyzer = try SyntaxAnalyzer()
        let sentence = try #require(analyzer.analyze("Moldova, which is not a NATO member, has received radars from the European Union.").first)
        let words = sentence.words
        let verb = try #require(words.firstIndex { $0.form == "received" })
        let member = try #require(words.firstIndex { $0.form == "member" })
        #expect(words[verb].head == 0)
        #expect(words.first?.head == verb + 1)
        #expect(words[member].head == 1)
        #expect(words[member].label == "acl:relcl")
        #expect(words.first { $0.form == "radars" }?.head == verb + 1)
    }
}
