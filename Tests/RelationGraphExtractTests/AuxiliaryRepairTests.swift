import Testing
@testable import RelationGraphExtract

/// The tag stage for perfects and progressives the tagger reads as possession or adjectives.
@Suite struct AuxiliaryRepairTests {
    private static let tags = [
        "AUX VBZ", "AUX VBP", "AUX VBD", "AUX VB", "VERB VBZ", "VERB VBN", "VERB VBG", "VERB VBD", "ADJ JJ",
        "NOUN NN", "NOUN NNS", "NUM CD", "DET DT", "ADV RB", "PROPN NNP", "AUX VBN", "ADP IN", "CCONJ CC",
    ]

    private func run(_ forms: [String], _ tags: [String]) throws -> [String] {
        let repair = try #require(AuxiliaryRepair(tags: Self.tags))
        var indexes = tags.compactMap { tag in Self.tags.firstIndex(of: tag).map(UInt8.init) }
        repair.apply(&indexes, lexemes: forms.map(Lexeme.init))
        return indexes.map { Self.tags[Int($0)] }
    }

    @Test(arguments: [
        // "UK has today sanctioned three officers": an auxiliary and a participle
        (["UK", "has", "today", "sanctioned", "three", "officers"],
         ["PROPN NNP", "VERB VBZ", "NOUN NN", "ADJ JJ", "NUM CD", "NOUN NNS"],
         ["PROPN NNP", "AUX VBZ", "NOUN NN", "VERB VBN", "NUM CD", "NOUN NNS"]),
        (["they", "have", "also", "attacked", "ships"],
         ["PROPN NNP", "VERB VBZ", "ADV RB", "VERB VBD", "NOUN NNS"],
         ["PROPN NNP", "AUX VBP", "ADV RB", "VERB VBN", "NOUN NNS"]),
        // "Russia has threatened Moldova": a verb's past form right after "have" read as possession
        (["Russia", "has", "threatened", "Moldova"],
         ["PROPN NNP", "VERB VBZ", "VERB VBN", "PROPN NNP"],
         ["PROPN NNP", "AUX VBZ", "VERB VBN", "PROPN NNP"]),
        // "Egypt and Turkey have both sent drones": a floating quantifier is an adverb, an irregular form counts
        (["they", "have", "both", "sent", "drones"],
         ["PROPN NNP", "AUX VBP", "DET DT", "VERB VBN", "NOUN NNS"],
         ["PROPN NNP", "AUX VBP", "ADV RB", "VERB VBN", "NOUN NNS"]),
        // "Australia is imposing targeted sanctions": a progressive, not "an imposing building"
        (["Australia", "is", "imposing", "targeted", "sanctions"],
         ["PROPN NNP", "AUX VBZ", "ADJ JJ", "VERB VBN", "NOUN NNS"],
         ["PROPN NNP", "AUX VBZ", "VERB VBG", "VERB VBN", "NOUN NNS"]),
        // "Hezbollah is armed by Iran", "is armed and financed by Iran": an adjective takes no agent
        (["Hezbollah", "is", "armed", "by", "Iran"],
         ["PROPN NNP", "AUX VBZ", "ADJ JJ", "ADP IN", "PROPN NNP"],
         ["PROPN NNP", "AUX VBZ", "VERB VBN", "ADP IN", "PROPN NNP"]),
        (["Hezbollah", "is", "armed", "and", "financed", "by", "Iran"],
         ["PROPN NNP", "AUX VBZ", "ADJ JJ", "CCONJ CC", "VERB VBN", "ADP IN", "PROPN NNP"],
         ["PROPN NNP", "AUX VBZ", "VERB VBN", "CCONJ CC", "VERB VBN", "ADP IN", "PROPN NNP"]),
        // "has been bombing Houthi targets": an -ing noun before a name is the progressive's verb
        (["it", "has", "been", "bombing", "Houthi", "targets"],
         ["PROPN NNP", "AUX VBZ", "AUX VBN", "NOUN NN", "PROPN NNP", "NOUN NNS"],
         ["PROPN NNP", "AUX VBZ", "AUX VBN", "VERB VBG", "PROPN NNP", "NOUN NNS"]),
        // "which has 4,000 troops": "have" read as an auxiliary before a number, determiner or possessive is possession
        (["which", "has", "4,000", "troops"], ["PROPN NNP", "AUX VBZ", "NUM CD", "NOUN NNS"], ["PROPN NNP", "VERB VBZ", "NUM CD", "NOUN NNS"]),
        (["they", "had", "a", "base"], ["PROPN NNP", "AUX VBD", "DET DT", "NOUN NN"], ["PROPN NNP", "VERB VBD", "DET DT", "NOUN NN"]),
    ] as [([String], [String], [String])])
    func auxiliariesGetTheirVerb(forms: [String], tags: [String], expected: [String]) throws {
        #expect(try run(forms, tags) == expected)
    }

    /// Left alone: degree adverbs before an adjective ("had very mixed feelings"), "have" right before its
    /// object, an `-ing` adjective with no noun phrase after it ("is interesting"), or one not after "be".
    @Test(arguments: [
        (["we", "had", "very", "mixed", "feelings"], ["PROPN NNP", "VERB VBD", "ADV RB", "ADJ JJ", "NOUN NNS"]),
        (["they", "have", "armed", "drones"], ["PROPN NNP", "VERB VBZ", "ADJ JJ", "NOUN NNS"]),
        // "has also been sanctioned": "been" keeps its auxiliary tag
        (["it", "has", "also", "been", "sanctioned"], ["PROPN NNP", "AUX VBZ", "ADV RB", "AUX VBN", "VERB VBN"]),
        // a question's "Has that gone …": no subject before the auxiliary
        (["Has", "that", "gone", "anywhere"], ["AUX VBZ", "DET DT", "VERB VBN", "ADV RB"]),
        (["it", "is", "interesting", "too"], ["PROPN NNP", "AUX VBZ", "ADJ JJ", "ADV RB"]),
        // an "-ed" adjective with no agent after it ("is armed and dangerous")
        (["he", "is", "armed", "and", "dangerous"], ["PROPN NNP", "AUX VBZ", "ADJ JJ", "CCONJ CC", "ADJ JJ"]),
        (["an", "imposing", "building", "stood"], ["DET DT", "ADJ JJ", "NOUN NN", "VERB VBD"]),
        // an -ing noun before another noun: "the problem is funding shortages"
        (["it", "is", "funding", "shortages"], ["PROPN NNP", "AUX VBZ", "NOUN NN", "NOUN NNS"]),
    ] as [([String], [String])])
    func otherTagsAreLeftAlone(forms: [String], tags: [String]) throws {
        #expect(try run(forms, tags) == tags)
    }

    @Test func aTagSetWithoutTheTagsHasNoRule() {
        #expect(AuxiliaryRepair(tags: ["VERB VBN", "VERB VBG"]) == nil)
    }

    /// Through the analyzer, on sentences the shipped tagger gets wrong without the stage.
    @Test func theShippedTaggerIsRepaired() throws {
        let analyzer = try SyntaxAnalyzer()
        let perfect = try #require(analyzer.analyze("The UK has today sanctioned three Russian military intelligence officers.").first)
        #expect(perfect.words.first { $0.form == "sanctioned" }?.xpos == "VBN")
        #expect(perfect.words.first { $0.form == "has" }?.upos == .aux)
        let adjacent = try #require(analyzer.analyze("Russia has threatened Moldova with an energy cutoff.").first)
        #expect(adjacent.words.first { $0.form == "has" }?.upos == .aux)
        let progressive = try #require(analyzer.analyze("Australia is imposing targeted financial sanctions on Iran.").first)
        #expect(progressive.words.first { $0.form == "imposing" }?.upos == .verb)
    }
}
