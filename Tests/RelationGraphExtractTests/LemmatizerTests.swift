import Testing
@testable import RelationGraphExtract

@Suite struct LemmatizerTests {
    @Test(arguments: [
        // the treebank's table, then suffix rules for forms it never saw
        ("imposed", UPOS.verb, "impose"), ("sanctions", .noun, "sanction"), ("bombards", .verb, "bombard"),
        ("supplies", .verb, "supply"), ("shelled", .verb, "shell"),
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
}
