import Testing
@testable import RelationGraphExtract

/// The rule stages between the tagger and the parser.
@Suite struct TagRepairTests {
    private func word(_ sentence: SyntaxSentence, _ form: String) -> SyntaxWord? {
        sentence.words.first { $0.form == form }
    }

    /// A participle right after the subject and right before its object is the finite verb.
    @Test func aParticipleBeforeAnObjectIsTheFiniteVerb() throws {
        let analyzer = try SyntaxAnalyzer()
        let sentence = try #require(analyzer.analyze("A Russian fighter jet bombed targets near the border on Friday.").first)
        let verb = try #require(word(sentence, "bombed"))
        #expect(verb.xpos == "VBD")
        #expect(verb.head == 0)
        #expect(word(sentence, "jet")?.label == "nsubj")
    }

    /// The rule on tag sequences of its own: only a `VBN` after a noun, before a noun phrase, with no
    /// finite verb or auxiliary before it, becomes `VBD`.
    @Test(arguments: [
        (["DET DT", "NOUN NN", "VERB VBN", "NOUN NNS"], ["DET DT", "NOUN NN", "VERB VBD", "NOUN NNS"]),
        (["PROPN NNP", "VERB VBN", "DET DT", "NOUN NN"], ["PROPN NNP", "VERB VBD", "DET DT", "NOUN NN"]),
        // an object opened by a participle as its adjective ("Australia imposed targeted sanctions")
        (["PROPN NNP", "VERB VBN", "VERB VBN", "NOUN NNS"], ["PROPN NNP", "VERB VBD", "VERB VBN", "NOUN NNS"]),
        // a finite verb before it: the clause has its verb
        (["NOUN NNS", "VERB VBD", "NOUN NNS", "VERB VBN", "NOUN NNS"], ["NOUN NNS", "VERB VBD", "NOUN NNS", "VERB VBN", "NOUN NNS"]),
        (["NOUN NNS", "AUX VBP", "VERB VBN", "NOUN NNS"], ["NOUN NNS", "AUX VBP", "VERB VBN", "NOUN NNS"]),
        // not after a noun
        (["PRON PRP", "VERB VBN", "NOUN NNS"], ["PRON PRP", "VERB VBN", "NOUN NNS"]),
        // after an aside that follows the subject ("The UK, alongside France, imposed sanctions")
        (["DET DT", "PROPN NNP", "PUNCT ,", "ADP IN", "PROPN NNP", "PUNCT ,", "VERB VBN", "NOUN NNS"],
         ["DET DT", "PROPN NNP", "PUNCT ,", "ADP IN", "PROPN NNP", "PUNCT ,", "VERB VBD", "NOUN NNS"]),
        // a participle right after the comma describes the noun ("The measures, imposed two years ago")
        (["DET DT", "NOUN NNS", "PUNCT ,", "VERB VBN", "NUM CD", "NOUN NNS"], ["DET DT", "NOUN NNS", "PUNCT ,", "VERB VBN", "NUM CD", "NOUN NNS"]),
        // an aside with a finite verb of its own ("The UK, which is …, imposed") keeps its tags
        (["DET DT", "PROPN NNP", "PUNCT ,", "PRON PRP", "AUX VBP", "NOUN NN", "PUNCT ,", "VERB VBN", "NOUN NNS"],
         ["DET DT", "PROPN NNP", "PUNCT ,", "PRON PRP", "AUX VBP", "NOUN NN", "PUNCT ,", "VERB VBN", "NOUN NNS"]),
        // a plural noun after a clause-opening name, before a noun phrase that does not start with a noun
        (["PROPN NNP", "NOUN NNS", "PROPN NNP"], ["PROPN NNP", "VERB VBZ", "PROPN NNP"]),
        (["DET DT", "PROPN NNP", "NOUN NNS", "DET DT", "NOUN NN"], ["DET DT", "PROPN NNP", "VERB VBZ", "DET DT", "NOUN NN"]),
        (["NOUN NNS", "PUNCT ,", "PROPN NNP", "PROPN NNP", "NOUN NNS", "PROPN NNP"],
         ["NOUN NNS", "PUNCT ,", "PROPN NNP", "PROPN NNP", "VERB VBZ", "PROPN NNP"]),
        // an approximated number starts the noun phrase too ("Poland hosts about 10,000 troops")
        (["PROPN NNP", "NOUN NNS", "ADP IN", "NUM CD", "NOUN NNS"], ["PROPN NNP", "VERB VBZ", "ADP IN", "NUM CD", "NOUN NNS"]),
        (["PROPN NNP", "NOUN NNS", "ADP IN", "DET DT", "NOUN NN"], ["PROPN NNP", "NOUN NNS", "ADP IN", "DET DT", "NOUN NN"]),
        // before a noun ("US arms sales"), after a name inside a phrase, or after a finite verb: a noun
        (["PROPN NNP", "NOUN NNS", "NOUN NNS"], ["PROPN NNP", "NOUN NNS", "NOUN NNS"]),
        (["DET DT", "NOUN NN", "ADP IN", "PROPN NNP", "NOUN NNS", "PROPN NNP"], ["DET DT", "NOUN NN", "ADP IN", "PROPN NNP", "NOUN NNS", "PROPN NNP"]),
        (["PROPN NNP", "VERB VBD", "PROPN NNP", "NOUN NNS", "DET DT"], ["PROPN NNP", "VERB VBD", "PROPN NNP", "NOUN NNS", "DET DT"]),
        // a relative pronoun opens a clause of its own ("a week in which the group fired missiles")
        (["NOUN NN", "VERB VBD", "DET DT", "NOUN NN", "ADP IN", "DET WDT", "DET DT", "NOUN NN", "VERB VBN", "NOUN NNS"],
         ["NOUN NN", "VERB VBD", "DET DT", "NOUN NN", "ADP IN", "DET WDT", "DET DT", "NOUN NN", "VERB VBD", "NOUN NNS"]),
    ] as [([String], [String])])
    func finiteVerbRule(input: [String], expected: [String]) throws {
        #expect(try finiteVerbRepair(input, words: nil) == expected)
    }

    /// After a relative pronoun and the name that is its clause's subject, a plural noun is the clause's
    /// verb when no finite verb follows in the clause ("a move that Eritrea views as a threat"; "the deal
    /// that Iran sanctions made possible" keeps its noun), nor a past form read as a participle.
    @Test(arguments: [
        (["NOUN NN", "DET WDT", "PROPN NNP", "NOUN NNS", "ADP IN", "DET DT", "NOUN NN"],
         ["NOUN NN", "DET WDT", "PROPN NNP", "VERB VBZ", "ADP IN", "DET DT", "NOUN NN"]),
        (["NOUN NN", "DET WDT", "PROPN NNP", "NOUN NNS", "VERB VBD", "NOUN NN"], ["NOUN NN", "DET WDT", "PROPN NNP", "NOUN NNS", "VERB VBD", "NOUN NN"]),
        (["NOUN NN", "ADP IN", "PROPN NNP", "NOUN NNS", "ADP IN", "NOUN NN"], ["NOUN NN", "ADP IN", "PROPN NNP", "NOUN NNS", "ADP IN", "NOUN NN"]),
        // the clause's verb read as a participle after it ("in which Wagner fighters fought alongside …")
        (["PROPN NNP", "VERB VBD", "NOUN NN", "DET WDT", "PROPN NNP", "NOUN NNS", "VERB VBN", "ADP IN", "NOUN NN"],
         ["PROPN NNP", "VERB VBD", "NOUN NN", "DET WDT", "PROPN NNP", "NOUN NNS", "VERB VBN", "ADP IN", "NOUN NN"]),
    ] as [([String], [String])])
    func aRelativeClausesPluralNounIsItsVerb(input: [String], expected: [String]) throws {
        #expect(try finiteVerbRepair(input, words: nil, masks: input.map { _ in 0 }) == expected)
    }

    /// With no finite verb, a word read as a preposition that the treebank hardly saw, or one it saw only as a
    /// verb, right after a plural noun and before a noun phrase, is the plural's present tense; one it saw as a
    /// preposition stays ("missiles near the border").
    @Test func aVerbReadAsAPrepositionAfterAPluralSubject() throws {
        let tagSet = Self.tagSet + ["VERB VBP"]
        let repair = try #require(FiniteVerbRepair(tags: tagSet))
        func run(_ input: [String], _ masks: [UInt64]) -> [String] {
            var tags = input.compactMap { tag in tagSet.firstIndex(of: tag).map(UInt8.init) }
            repair.apply(&tags, lexemes: input.map { _ in Lexeme("word") }, masks: masks)
            return tags.map { tagSet[Int($0)] }
        }
        let input = ["NOUN NNS", "ADP IN", "PROPN NNP"]
        let verb = UInt64(1) << UInt64(UPOS.verb.index), adposition = UInt64(1) << UInt64(UPOS.adp.index)
        #expect(run(input, [0, 0, 0]) == ["NOUN NNS", "VERB VBP", "PROPN NNP"])
        #expect(run(input, [0, verb, 0]) == ["NOUN NNS", "VERB VBP", "PROPN NNP"])
        #expect(run(input, [0, adposition, 0]) == input)
        #expect(run(["NOUN NNS", "ADP IN", "PROPN NNP", "VERB VBD"], [0, 0, 0, 0]) == ["NOUN NNS", "ADP IN", "PROPN NNP", "VERB VBD"])
    }

    /// The tags after `FiniteVerbRepair`, for tags and words written out (each word "word" when `words` is nil).
    private func finiteVerbRepair(_ input: [String], words: String?, masks: [UInt64]? = nil) throws -> [String] {
        let repair = try #require(FiniteVerbRepair(tags: Self.tagSet))
        var tags = input.compactMap { tag in Self.tagSet.firstIndex(of: tag).map(UInt8.init) }
        let lexemes = words.map { $0.split(separator: " ").map { Lexeme(String($0)) } } ?? input.map { _ in Lexeme("word") }
        repair.apply(&tags, lexemes: lexemes, masks: masks)
        return tags.map { Self.tagSet[Int($0)] }
    }

    private static let tagSet = ["DET DT", "NOUN NN", "NOUN NNS", "PROPN NNP", "VERB VBN", "VERB VBD", "AUX VBP", "ADP IN",
                                 "PRON PRP", "VERB VBZ", "PUNCT ,", "VERB VBG", "NUM CD", "ADJ JJ", "SCONJ IN", "DET WDT"]

    /// The gerund rule on words and tags of its own: an `-ing` singular noun after a comma, before the
    /// start of another noun phrase, is `VBG`; not before a noun or an adjective, not after anything but a
    /// comma, not without "-ing".
    @Test(arguments: [
        ("responded , warning the Koreans", ["VERB VBD", "PUNCT ,", "NOUN NN", "DET DT", "PROPN NNP"],
         ["VERB VBD", "PUNCT ,", "VERB VBG", "DET DT", "PROPN NNP"]),
        ("shelled , killing 3 soldiers", ["VERB VBD", "PUNCT ,", "NOUN NN", "NUM CD", "NOUN NNS"],
         ["VERB VBD", "PUNCT ,", "VERB VBG", "NUM CD", "NOUN NNS"]),
        ("said , warning them", ["VERB VBD", "PUNCT ,", "NOUN NN", "PRON PRP"], ["VERB VBD", "PUNCT ,", "VERB VBG", "PRON PRP"]),
        ("fled , fighting units", ["VERB VBD", "PUNCT ,", "NOUN NN", "NOUN NNS"], ["VERB VBD", "PUNCT ,", "NOUN NN", "NOUN NNS"]),
        ("fled , fighting heavy", ["VERB VBD", "PUNCT ,", "NOUN NN", "ADJ JJ"], ["VERB VBD", "PUNCT ,", "NOUN NN", "ADJ JJ"]),
        ("the fighting the", ["DET DT", "NOUN NN", "DET DT"], ["DET DT", "NOUN NN", "DET DT"]),
        ("came , president the", ["VERB VBD", "PUNCT ,", "NOUN NN", "DET DT"], ["VERB VBD", "PUNCT ,", "NOUN NN", "DET DT"]),
    ] as [(String, [String], [String])])
    func gerundAfterACommaRule(words: String, input: [String], expected: [String]) throws {
        #expect(try finiteVerbRepair(input, words: words) == expected)
    }

    /// The gerund-after-a-preposition rule: an `-ing` adjective or singular noun after a preposition that
    /// complements a participle, past tense or adjective, before a noun phrase, is `VBG`; not after a noun
    /// ("of growing concern" after "matter"), not before a verb, not without "-ing".
    @Test(arguments: [
        ("accused of funnelling weapons", ["VERB VBN", "ADP IN", "ADJ JJ", "NOUN NNS"], ["VERB VBN", "ADP IN", "VERB VBG", "NOUN NNS"]),
        ("capable of striking the", ["ADJ JJ", "ADP IN", "NOUN NN", "DET DT"], ["ADJ JJ", "ADP IN", "VERB VBG", "DET DT"]),
        ("matter of growing concern", ["NOUN NN", "ADP IN", "ADJ JJ", "NOUN NN"], ["NOUN NN", "ADP IN", "ADJ JJ", "NOUN NN"]),
        ("accused of funnelling said", ["VERB VBN", "ADP IN", "ADJ JJ", "VERB VBD"], ["VERB VBN", "ADP IN", "ADJ JJ", "VERB VBD"]),
        ("accused of secret weapons", ["VERB VBN", "ADP IN", "ADJ JJ", "NOUN NNS"], ["VERB VBN", "ADP IN", "ADJ JJ", "NOUN NNS"]),
    ] as [(String, [String], [String])])
    func gerundAfterAPrepositionRule(words: String, input: [String], expected: [String]) throws {
        #expect(try finiteVerbRepair(input, words: words) == expected)
    }

    /// The noun-after-a-compound rule: an adjective the treebank also saw as a noun, after a determiner and a
    /// singular noun and before a preposition, is `NN` ("a ground offensive against"); not when its form was
    /// only ever an adjective, not before a noun.
    @Test(arguments: [
        (["DET DT", "NOUN NN", "ADJ JJ", "ADP IN", "PROPN NNP"], [0, 0, noun | adjective, 0, 0], ["DET DT", "NOUN NN", "NOUN NN", "ADP IN", "PROPN NNP"]),
        (["DET DT", "NOUN NN", "ADJ JJ", "ADP IN", "PROPN NNP"], [0, 0, adjective, 0, 0], ["DET DT", "NOUN NN", "ADJ JJ", "ADP IN", "PROPN NNP"]),
        (["DET DT", "NOUN NN", "ADJ JJ", "NOUN NN", "ADP IN"], [0, 0, noun | adjective, 0, 0], ["DET DT", "NOUN NN", "ADJ JJ", "NOUN NN", "ADP IN"]),
    ] as [([String], [UInt64], [String])])
    func nounAfterACompoundRule(input: [String], masks: [UInt64], expected: [String]) throws {
        #expect(try finiteVerbRepair(input, words: nil, masks: masks) == expected)
    }

    /// The gerund-after-a-subordinator rule: an `-ing` adjective or singular noun right after a preposition
    /// the tagger read as a subordinator, before a noun phrase, is `VBG` ("joined Britain in imposing new
    /// sanctions"); not after a preposition read as one ("homes in imposing buildings"), not before a verb.
    @Test(arguments: [
        ("joined Britain in imposing new sanctions", ["VERB VBD", "PROPN NNP", "SCONJ IN", "ADJ JJ", "ADJ JJ", "NOUN NNS"],
         ["VERB VBD", "PROPN NNP", "SCONJ IN", "VERB VBG", "ADJ JJ", "NOUN NNS"]),
        ("homes in imposing buildings", ["NOUN NNS", "ADP IN", "ADJ JJ", "NOUN NNS"], ["NOUN NNS", "ADP IN", "ADJ JJ", "NOUN NNS"]),
        ("after sweeping said", ["SCONJ IN", "ADJ JJ", "VERB VBD"], ["SCONJ IN", "ADJ JJ", "VERB VBD"]),
    ] as [(String, [String], [String])])
    func gerundAfterASubordinatorRule(words: String, input: [String], expected: [String]) throws {
        #expect(try finiteVerbRepair(input, words: words) == expected)
    }

    /// The relative-clause rule: a plural noun right after a relative pronoun that follows a comma or a noun,
    /// before a noun phrase, is `VBZ` when the treebank saw its form as a verb or never saw it ("Qatar, which
    /// hosts the base"), or, after a comma, when no finite verb follows in its clause ("Qatar, which hosts the
    /// base, closed", with "hosts" only ever a noun); not when it was only ever a noun and a finite verb follows
    /// ("which weapons the army used"), not after a verb ("asked which arms the army had"), not without
    /// ambiguity classes.
    @Test(arguments: [
        (["PROPN NNP", "PUNCT ,", "DET WDT", "NOUN NNS", "DET DT", "NOUN NN"], [0, 0, 0, verb, 0, 0], true,
         ["PROPN NNP", "PUNCT ,", "DET WDT", "VERB VBZ", "DET DT", "NOUN NN"]),
        (["PROPN NNP", "PUNCT ,", "DET WDT", "NOUN NNS", "DET DT", "NOUN NN", "PUNCT ,", "VERB VBD"], [0, 0, 0, noun, 0, 0, 0, 0], true,
         ["PROPN NNP", "PUNCT ,", "DET WDT", "VERB VBZ", "DET DT", "NOUN NN", "PUNCT ,", "VERB VBD"]),
        (["PROPN NNP", "PUNCT ,", "DET WDT", "NOUN NNS", "DET DT", "NOUN NN", "VERB VBD"], [0, 0, 0, noun, 0, 0, 0], true,
         ["PROPN NNP", "PUNCT ,", "DET WDT", "NOUN NNS", "DET DT", "NOUN NN", "VERB VBD"]),
        (["VERB VBD", "DET WDT", "NOUN NNS", "DET DT", "NOUN NN"], [0, 0, verb, 0, 0], true,
         ["VERB VBD", "DET WDT", "NOUN NNS", "DET DT", "NOUN NN"]),
        (["PROPN NNP", "PUNCT ,", "DET WDT", "NOUN NNS", "DET DT", "NOUN NN"], [0, 0, 0, verb, 0, 0], false,
         ["PROPN NNP", "PUNCT ,", "DET WDT", "NOUN NNS", "DET DT", "NOUN NN"]),
    ] as [([String], [UInt64], Bool, [String])])
    func relativeClauseVerbRule(input: [String], masks: [UInt64], withMasks: Bool, expected: [String]) throws {
        #expect(try finiteVerbRepair(input, words: nil, masks: withMasks ? masks : nil) == expected)
    }

    /// The verbless-sentence rule: with no finite verb anywhere, a singular noun the treebank also saw as a
    /// verb, after a noun and before a determiner, possessive or number, is `VBD`; not when the form was never a
    /// verb, not when the sentence has a finite verb, not before a noun, not without ambiguity classes.
    @Test(arguments: [
        (["PROPN NNP", "NOUN NN", "NOUN NN", "DET DT", "NOUN NN"], [0, 0, verb, 0, 0], true,
         ["PROPN NNP", "NOUN NN", "VERB VBD", "DET DT", "NOUN NN"]),
        (["PROPN NNP", "NOUN NN", "NOUN NN", "NUM CD", "NOUN NNS", "PUNCT ,", "VERB VBG"], [0, 0, verb, 0, 0, 0, 0], true,
         ["PROPN NNP", "NOUN NN", "VERB VBD", "NUM CD", "NOUN NNS", "PUNCT ,", "VERB VBG"]),
        (["PROPN NNP", "NOUN NN", "NOUN NN", "DET DT", "NOUN NN"], [0, 0, 0, 0, 0], true,
         ["PROPN NNP", "NOUN NN", "NOUN NN", "DET DT", "NOUN NN"]),
        (["PROPN NNP", "VERB VBD", "DET DT", "NOUN NN", "NOUN NN", "DET DT", "NOUN NN"], [0, 0, 0, 0, verb, 0, 0], true,
         ["PROPN NNP", "VERB VBD", "DET DT", "NOUN NN", "NOUN NN", "DET DT", "NOUN NN"]),
        (["PROPN NNP", "NOUN NN", "NOUN NN", "NOUN NN", "NOUN NN"], [0, 0, verb, 0, 0], true,
         ["PROPN NNP", "NOUN NN", "NOUN NN", "NOUN NN", "NOUN NN"]),
        (["PROPN NNP", "NOUN NN", "NOUN NN", "DET DT", "NOUN NN"], [0, 0, verb, 0, 0], false,
         ["PROPN NNP", "NOUN NN", "NOUN NN", "DET DT", "NOUN NN"]),
    ] as [([String], [UInt64], Bool, [String])])
    func verblessSentenceRule(input: [String], masks: [UInt64], withMasks: Bool, expected: [String]) throws {
        #expect(try finiteVerbRepair(input, words: nil, masks: withMasks ? masks : nil) == expected)
    }

    /// A clause opened by a subordinator needs its own finite verb: a participle or an unseen (or verb-seen)
    /// `-ed` adjective there, after a noun and before a noun phrase, is `VBD`; an `-ed` adjective keeps its tag
    /// when the clause has a finite verb later ("the Houthi armed forces attacked"), when its form was seen
    /// but never as a verb, and without ambiguity classes.
    @Test(arguments: [
        ("MEE reported that UAE orchestrated the attacks", ["PROPN NNP", "VERB VBD", "SCONJ IN", "PROPN NNP", "ADJ JJ", "DET DT", "NOUN NNS"],
         [0, 0, 0, 0, 0, 0, 0], true, ["PROPN NNP", "VERB VBD", "SCONJ IN", "PROPN NNP", "VERB VBD", "DET DT", "NOUN NNS"]),
        ("MEE reported that UAE bombed the port", ["PROPN NNP", "VERB VBD", "SCONJ IN", "PROPN NNP", "VERB VBN", "DET DT", "NOUN NN"],
         [0, 0, 0, 0, 0, 0, 0], false, ["PROPN NNP", "VERB VBD", "SCONJ IN", "PROPN NNP", "VERB VBD", "DET DT", "NOUN NN"]),
        ("the Houthi armed forces attacked", ["DET DT", "PROPN NNP", "ADJ JJ", "NOUN NNS", "VERB VBD"], [0, 0, verb, 0, 0], true,
         ["DET DT", "PROPN NNP", "ADJ JJ", "NOUN NNS", "VERB VBD"]),
        ("the Houthi red sea ships", ["DET DT", "PROPN NNP", "ADJ JJ", "NOUN NN", "NOUN NNS"], [0, 0, adjective, 0, 0], true,
         ["DET DT", "PROPN NNP", "ADJ JJ", "NOUN NN", "NOUN NNS"]),
        ("the UAE orchestrated drone attacks", ["DET DT", "PROPN NNP", "ADJ JJ", "NOUN NN", "NOUN NNS"], [0, 0, 0, 0, 0], false,
         ["DET DT", "PROPN NNP", "ADJ JJ", "NOUN NN", "NOUN NNS"]),
    ] as [(String, [String], [UInt64], Bool, [String])])
    func finiteVerbInASubordinateClause(words: String, input: [String], masks: [UInt64], withMasks: Bool, expected: [String]) throws {
        #expect(try finiteVerbRepair(input, words: words, masks: withMasks ? masks : nil) == expected)
    }

    /// An ambiguity class holding only `ADJ`.
    private static let adjective = UInt64(1) << UPOS.adj.index

    /// In a sentence with no finite verb, the first participle after a noun and before a preposition is
    /// `VBD`; followed by its agent's "by" it is a participle modifying the noun; with a finite verb in the
    /// sentence it is left alone.
    @Test(arguments: [
        ("Russian troops crossed into Ukraine", ["ADJ JJ", "NOUN NNS", "VERB VBN", "ADP IN", "PROPN NNP"],
         ["ADJ JJ", "NOUN NNS", "VERB VBD", "ADP IN", "PROPN NNP"]),
        ("the jet bombed by rebels", ["DET DT", "NOUN NN", "VERB VBN", "ADP IN", "NOUN NNS"],
         ["DET DT", "NOUN NN", "VERB VBN", "ADP IN", "NOUN NNS"]),
        ("troops stationed in Poland arrived", ["NOUN NNS", "VERB VBN", "ADP IN", "PROPN NNP", "VERB VBD"],
         ["NOUN NNS", "VERB VBN", "ADP IN", "PROPN NNP", "VERB VBD"]),
    ] as [(String, [String], [String])])
    func participleInAVerblessSentence(words: String, input: [String], expected: [String]) throws {
        #expect(try finiteVerbRepair(input, words: words) == expected)
    }

    /// An adjective also seen as a noun, after a determiner or adjective and before a tense, is the subject's
    /// noun; not one never seen as a noun, not before a noun.
    @Test(arguments: [
        (["DET DT", "ADJ JJ", "ADJ JJ", "VERB VBD"], [0, 0, noun | adjective, 0], ["DET DT", "ADJ JJ", "NOUN NN", "VERB VBD"]),
        (["DET DT", "ADJ JJ", "ADJ JJ", "VERB VBD"], [0, 0, adjective, 0], ["DET DT", "ADJ JJ", "ADJ JJ", "VERB VBD"]),
        (["DET DT", "ADJ JJ", "NOUN NN", "VERB VBD"], [0, noun | adjective, 0, 0], ["DET DT", "ADJ JJ", "NOUN NN", "VERB VBD"]),
    ] as [([String], [UInt64], [String])])
    func anAdjectiveBeforeATenseIsANoun(input: [String], masks: [UInt64], expected: [String]) throws {
        #expect(try finiteVerbRepair(input, words: nil, masks: masks) == expected)
    }

    /// An ambiguity class holding only `NOUN`.
    private static let noun = UInt64(1) << UPOS.noun.index

    /// An ambiguity class holding `VERB`.
    private static let verb = UInt64(1) << UPOS.verb.index

    /// On a real sentence: the participial clause's verb is a verb, with its object.
    @Test func aGerundAfterACommaIsAVerb() throws {
        let analyzer = try SyntaxAnalyzer()
        let sentence = try #require(analyzer.analyze("The United States responded to the test on Wednesday, warning the North Koreans that it is ready.").first)
        let verb = try #require(word(sentence, "warning"))
        #expect(verb.upos == .verb)
        #expect(word(sentence, "Koreans")?.label == "obj")
    }

    /// Which predicted tags a name keeps, on a tag set of its own.
    @Test func nameTagsOnATagSet() throws {
        let tagSet = ["PROPN NNP", "ADJ JJ", "ADV RB", "NOUN NN", "VERB VBZ"]
        let naming = try #require(NameTagging(tags: tagSet))
        func tag(_ name: String) -> UInt8 { UInt8(tagSet.firstIndex(of: name) ?? 0) }
        let forms = ["Qatar", "United", "States", "Russian", "Kremlin", "hosts"]
        let marks = try #require(naming.marks(forms: forms, names: [
            KnownName(words: 0..<1), KnownName(words: 1..<3), KnownName(words: 3..<4, isDemonym: true), KnownName(words: 4..<5),
        ]))
        #expect(naming.adjusted(tag("ADJ JJ"), at: 0, marks: marks) == tag("PROPN NNP"))
        #expect(naming.adjusted(tag("ADV RB"), at: 0, marks: marks) == tag("PROPN NNP"))
        #expect(naming.adjusted(tag("ADJ JJ"), at: 1, marks: marks) == tag("ADJ JJ"))
        #expect(naming.adjusted(tag("ADV RB"), at: 3, marks: marks) == tag("ADJ JJ"))
        #expect(naming.adjusted(tag("NOUN NN"), at: 4, marks: marks) == tag("NOUN NN"))
        // A word outside every name keeps its tag.
        #expect(naming.adjusted(tag("VERB VBZ"), at: 5, marks: marks) == tag("VERB VBZ"))
        #expect(naming.marks(forms: ["us"], names: [KnownName(words: 0..<1)]) == nil)
    }

    /// A one-word name opening a clause is no common noun ("Mali faces sanctions"); elsewhere ("the West") it
    /// keeps a noun tag.
    @Test func aOneWordNameOpeningAClauseIsAProperNoun() throws {
        let tagSet = ["PROPN NNP", "ADJ JJ", "NOUN NN", "PUNCT ,"]
        let naming = try #require(NameTagging(tags: tagSet))
        func tag(_ name: String) -> UInt8 { UInt8(tagSet.firstIndex(of: name) ?? 0) }
        let forms = ["Mali", "faces", ",", "Chad", "and", "West"]
        let marks = try #require(naming.marks(forms: forms, names: [
            KnownName(words: 0..<1), KnownName(words: 3..<4), KnownName(words: 5..<6),
        ]))
        #expect(naming.adjusted(tag("NOUN NN"), at: 0, marks: marks) == tag("PROPN NNP"))
        #expect(naming.adjusted(tag("NOUN NN"), at: 3, marks: marks) == tag("PROPN NNP"))
        #expect(naming.adjusted(tag("NOUN NN"), at: 5, marks: marks) == tag("NOUN NN"))
        #expect(naming.adjusted(tag("ADJ JJ"), at: 5, marks: marks) == tag("PROPN NNP"))
    }

    /// The second part of a hyphenated modifier written without spaces, read as a base-form verb before a
    /// noun, is a noun; not with spaces around the hyphen, not before a verb or determiner.
    @Test(arguments: [
        ("dual - use goods", [false, false, true, true], ["ADJ JJ", "PUNCT HYPH", "VERB VB", "NOUN NNS"], ["ADJ JJ", "PUNCT HYPH", "NOUN NN", "NOUN NNS"]),
        ("dual - use goods", [true, true, true, true], ["ADJ JJ", "PUNCT HYPH", "VERB VB", "NOUN NNS"], ["ADJ JJ", "PUNCT HYPH", "VERB VB", "NOUN NNS"]),
        ("co - operate the", [false, false, true, true], ["NOUN NN", "PUNCT HYPH", "VERB VB", "DET DT"], ["NOUN NN", "PUNCT HYPH", "VERB VB", "DET DT"]),
        // a present tense in -s after a modifier a phrase opens, before a preposition, is the plural noun
        ("of large - scale exercises around", [true, false, false, true, true, true], ["ADP IN", "ADJ JJ", "PUNCT HYPH", "NOUN NN", "VERB VBZ", "ADP IN"],
         ["ADP IN", "ADJ JJ", "PUNCT HYPH", "NOUN NN", "NOUN NNS", "ADP IN"]),
        // before an object it stays the verb ("The drone-maker supplies the army")
        ("The drone - maker supplies the", [true, false, false, true, true, true], ["DET DT", "NOUN NN", "PUNCT HYPH", "NOUN NN", "VERB VBZ", "DET DT"],
         ["DET DT", "NOUN NN", "PUNCT HYPH", "NOUN NN", "VERB VBZ", "DET DT"]),
    ] as [(String, [Bool], [String], [String])])
    func hyphenatedModifierRule(words: String, spaceAfter: [Bool], input: [String], expected: [String]) throws {
        let tagSet = ["ADJ JJ", "PUNCT HYPH", "VERB VB", "NOUN NNS", "NOUN NN", "DET DT", "ADP IN", "VERB VBZ"]
        let repair = try #require(HyphenRepair(tags: tagSet))
        var tags = input.compactMap { tag in tagSet.firstIndex(of: tag).map(UInt8.init) }
        repair.apply(&tags, lexemes: words.split(separator: " ").map { Lexeme(String($0)) }, spaceAfter: spaceAfter)
        #expect(tags.map { tagSet[Int($0)] } == expected)
    }

    /// A capitalised past form between a determiner or adjective and a noun is a proper noun; not in lower
    /// case, not as the sentence's first word, not before a determiner.
    @Test(arguments: [
        ("Iranian Shahed drones", ["ADJ JJ", "VERB VBN", "NOUN NNS"], ["ADJ JJ", "PROPN NNP", "NOUN NNS"]),
        ("the Armed Forces", ["DET DT", "VERB VBD", "PROPN NNPS"], ["DET DT", "PROPN NNP", "PROPN NNPS"]),
        ("the armed forces", ["DET DT", "VERB VBN", "NOUN NNS"], ["DET DT", "VERB VBN", "NOUN NNS"]),
        ("Armed forces", ["VERB VBN", "NOUN NNS"], ["VERB VBN", "NOUN NNS"]),
        ("Iranian Shahed the", ["ADJ JJ", "VERB VBN", "DET DT"], ["ADJ JJ", "VERB VBN", "DET DT"]),
        ("Russia Deployed Troops", ["PROPN NNP", "VERB VBD", "NOUN NNS"], ["PROPN NNP", "VERB VBD", "NOUN NNS"]),
    ] as [(String, [String], [String])])
    func capitalisedModifierRule(words: String, input: [String], expected: [String]) throws {
        let tagSet = ["ADJ JJ", "VERB VBN", "VERB VBD", "NOUN NNS", "PROPN NNP", "PROPN NNPS", "DET DT"]
        let repair = try #require(CapitalisedModifierRepair(tags: tagSet))
        var tags = input.compactMap { tag in tagSet.firstIndex(of: tag).map(UInt8.init) }
        repair.apply(&tags, lexemes: words.split(separator: " ").map { Lexeme(String($0)) })
        #expect(tags.map { tagSet[Int($0)] } == expected)
    }

    /// "that" tagged as a determiner before adjectives and nouns ending in a plural opens a clause; not after a
    /// noun (a relative pronoun), not before a singular.
    @Test(arguments: [
        ("and that Rwandan troops were", ["CCONJ CC", "DET DT", "ADJ JJ", "NOUN NNS", "AUX VBD"], ["CCONJ CC", "SCONJ IN", "ADJ JJ", "NOUN NNS", "AUX VBD"]),
        ("said that Houthi fighters had", ["VERB VBD", "DET DT", "PROPN NNP", "NOUN NNS", "AUX VBD"], ["VERB VBD", "SCONJ IN", "PROPN NNP", "NOUN NNS", "AUX VBD"]),
        ("and that arms deal was", ["CCONJ CC", "DET DT", "NOUN NNS", "NOUN NN", "AUX VBD"], ["CCONJ CC", "DET DT", "NOUN NNS", "NOUN NN", "AUX VBD"]),
        ("issues that vendors have", ["NOUN NNS", "DET DT", "NOUN NNS", "AUX VBD"], ["NOUN NNS", "DET DT", "NOUN NNS", "AUX VBD"]),
        ("and that was", ["CCONJ CC", "DET DT", "AUX VBD"], ["CCONJ CC", "DET DT", "AUX VBD"]),
    ] as [(String, [String], [String])])
    func demonstrativeBeforeAPluralRule(words: String, input: [String], expected: [String]) throws {
        let tagSet = ["CCONJ CC", "DET DT", "SCONJ IN", "ADJ JJ", "NOUN NNS", "NOUN NN", "PROPN NNP", "AUX VBD", "VERB VBD"]
        let repair = try #require(DemonstrativeRepair(tags: tagSet))
        var tags = input.compactMap { tag in tagSet.firstIndex(of: tag).map(UInt8.init) }
        repair.apply(&tags, lexemes: words.split(separator: " ").map { Lexeme(String($0)) })
        #expect(tags.map { tagSet[Int($0)] } == expected)
    }

    /// A known noun tagged as a verb is a noun unless the treebank saw its form as a verb; one tagged as an
    /// adverb ("ally") is a noun; other tags stay.
    @Test func knownNounsOnATagSet() throws {
        let tagSet = ["NOUN NN", "NOUN NNS", "VERB VBZ", "VERB VBD", "PROPN NNP", "ADV RB"]
        let stage = try #require(KnownNounTagging(tags: tagSet))
        func tag(_ name: String) -> UInt8 { UInt8(tagSet.firstIndex(of: name) ?? 0) }
        let verb = UInt64(1) << UInt64(UPOS.verb.index), noun = UInt64(1) << UInt64(UPOS.noun.index)
        #expect(stage.adjusted(tag("VERB VBZ"), mask: 0) == tag("NOUN NNS"))
        #expect(stage.adjusted(tag("VERB VBZ"), mask: noun) == tag("NOUN NNS"))
        #expect(stage.adjusted(tag("VERB VBD"), mask: 0) == tag("NOUN NN"))
        #expect(stage.adjusted(tag("VERB VBZ"), mask: noun | verb) == tag("VERB VBZ"))
        #expect(stage.adjusted(tag("PROPN NNP"), mask: 0) == tag("PROPN NNP"))
        #expect(stage.adjusted(tag("ADV RB"), mask: 0) == tag("NOUN NN"))
        #expect(KnownNounTagging(tags: ["NOUN NN", "VERB VBZ"]) == nil)
    }

    /// On a real sentence: "mercenaries" after a name is the object, not a verb.
    @Test func knownNounsAfterANameAreNouns() throws {
        let analyzer = try SyntaxAnalyzer()
        let words = WordTokenizer.words("Russia has deployed Wagner mercenaries to Libya.")
        let sentence = analyzer.analyze(words, nouns: [4])
        #expect(sentence.words[4].upos == .noun)
        #expect(sentence.words[4].label == "obj")
    }

    /// A known preposition is `ADP IN` when the treebank gave its form no ambiguity class, or when a noun
    /// phrase follows it: a capitalised word or number, or a word seen only as a determiner, pronoun or number.
    @Test func knownPrepositionsOnATagSet() throws {
        let tagSet = ["PROPN NNP", "ADP IN", "ADV RB"]
        let stage = try #require(KnownPrepositionTagging(tags: tagSet))
        let adverb = UInt64(1) << UInt64(UPOS.adv.index)
        let determiner = UInt64(1) << UInt64(UPOS.det.index)
        let conjunction = UInt64(1) << UInt64(UPOS.cconj.index)
        #expect(stage.adjusted(0, mask: 0, next: nil) == 1)
        #expect(stage.adjusted(2, mask: adverb, next: nil) == 2)
        #expect(stage.adjusted(2, mask: adverb, next: (Lexeme("M23"), 0)) == 1)
        #expect(stage.adjusted(2, mask: adverb, next: (Lexeme("the"), determiner)) == 1)
        #expect(stage.adjusted(2, mask: adverb, next: (Lexeme("and"), conjunction)) == 2)
        #expect(stage.adjusted(2, mask: adverb, next: (Lexeme("and"), conjunction | determiner)) == 2)
        #expect(KnownPrepositionTagging(tags: ["NOUN NN"]) == nil)
    }

    /// An adjective the caller knows stays one through the tag repairs: "to neighbouring Niger" is no
    /// gerund after a subordinator.
    @Test func callersAdjectivesAreKept() throws {
        let analyzer = try SyntaxAnalyzer()
        let words = WordTokenizer.words("Algeria shipped fuel to neighbouring Niger.")
        #expect(analyzer.analyze(words).words[4].upos != .adj)
        let sentence = analyzer.analyze(words, adjectives: [4])
        #expect(sentence.words[4].upos == .adj)
        #expect(sentence.words[4].head == 6)
    }

    /// On a real sentence: "alongside", never seen in training, heads no noun phrase; "France" is its object.
    @Test func knownPrepositionsAreCaseWords() throws {
        let analyzer = try SyntaxAnalyzer()
        let words = WordTokenizer.words("The UK, alongside France, imposed sanctions on Iran.")
        let sentence = analyzer.analyze(words, prepositions: [3])
        #expect(sentence.words[3].upos == .adp)
        #expect(sentence.words[3].label == "case")
        #expect(sentence.words[3].head == 5)
    }

    @Test func aTagSetWithoutTheTagsHasNoRule() {
        #expect(FiniteVerbRepair(tags: ["NOUN NN", "VERB VB"]) == nil)
        #expect(FiniteVerbRepair(tags: ["VERB VBN", "VERB VBD", "NOUN NNS", "VERB VBZ"]) == nil)
        #expect(NameTagging(tags: ["NOUN NN"]) == nil)
    }

    /// A known name the tagger reads as neither noun nor adjective becomes a proper noun, and the words
    /// after it are tagged with that.
    @Test func knownNamesAreNouns() throws {
        let analyzer = try SyntaxAnalyzer()
        let words = WordTokenizer.words("Italy committed 1,000 troops to the force.")
        let sentence = analyzer.analyze(words, names: [KnownName(words: 0..<1)])
        #expect(sentence.words[0].upos == .propn)
        #expect(sentence.words[1].upos == .verb)
        #expect(sentence.words[0].label == "nsubj")
        // Nouns, adjectives and numbers are readings a name can have: they are kept.
        let demonym = analyzer.analyze(WordTokenizer.words("Russian drones hit Kyiv."), names: [KnownName(words: 0..<1, isDemonym: true)])
        #expect(demonym.words[0].upos == .adj)
    }
}
