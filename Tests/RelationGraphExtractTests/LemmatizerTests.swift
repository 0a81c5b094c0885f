import Testing
@testable import RelationGraphExtract

@Suite struct LemmatizerTests {
    @Test(arguments: [
        // the treebank's table, then suffix rules for forms it never saw
        ("imposed", UPOS.verb, "impose"), ("sanctions", .noun, "sanction"), ("bombards", .verb, "bombard"),
        ("supplies", .verb, "supply"), ("shelled", .verb, "shell"),
        // the treebank's one "buys" is a misspelled "busy" (Typo=Yes), which does not teach its lemma
        ("buys", .verb, "buy"),
        // irregular verbs the treebank never saw; not for a noun of the same form
        ("froze", .verb, "freeze"), ("sank", .verb, "sink"), ("overran", .verb, "overrun"), ("wound", .noun, "wound"),
        // nouns in -ing are nouns of their own
        ("shelling", .noun, "shelling"), ("fighting", .noun, "fighting"),
        // words of other classes do not inflect: "during" is not a form of "dur"
        ("during", .adp, "during"), ("this", .det, "this"), ("towards", .adp, "towards"), ("Houthis", .propn, "houthis"),
        ("always", .adv, "always"), ("notwithstanding", .sconj, "notwithstanding"),
    ] as [(String, UPOS, String)])
    func lemmas(form: String, upos: UPOS, lemma: String) throws {
        #expect(try SyntaxModel.standard().lemmatizer.lemma(form, upos: upos) == lemma)
    }

    /// A regular lemma the caller's vocabulary knows comes before the treebank's: "bases" of "base", not "basis".
    @Test func theVocabularysRegularLemmaComesFirst() throws {
        let lemmatizer = try SyntaxModel.standard().lemmatizer
        #expect(lemmatizer.lemma("bases", upos: .noun) == "basis")
        #expect(lemmatizer.lemma("bases", upos: .noun, vocabulary: ["base"]) == "base")
        // A treebank lemma the vocabulary knows stays.
        #expect(lemmatizer.lemma("bases", upos: .noun, vocabulary: ["base", "basis"]) == "basis")
    }

    /// A word the treebank marks as misspelled gives no lemma of its own form: its lemma is the intended word's.
    @Test func misspelledWordsTeachNoLemma() throws {
        let text = """
        1\tbuys\tbusy\tADJ\tJJ\tDegree=Pos|Typo=Yes\t0\troot\t_\t_
        2\tsent\tsend\tVERB\tVBD\t_\t1\tacl\t_\t_

        """
        let sentences = try CoNLLUDocument(parsing: text).sentences.compactMap(TrainingSentence.init)
        #expect(sentences.first?.lemmas == ["_", "send"])
        let lemmatizer = Lemmatizer(training: sentences)
        #expect(lemmatizer.lemma("buys", upos: .verb) == "buy")
        #expect(lemmatizer.lemma("sent", upos: .verb) == "send")
    }
}
