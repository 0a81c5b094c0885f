import Testing
@testable import RelationGraphExtract

/// The rule stage after the parser: an adjective opening a list of adjectives before a noun, parsed as an
/// argument of its own, is the noun's modifier and the list's first conjunct.
@Suite struct AdjectiveListRepairTests {
    private static let tags = ["VERB VB", "PROPN NNP", "ADP IN", "ADJ JJ", "PUNCT ,", "CCONJ CC", "NOUN NN", "PUNCT ."]
    private static let labels = ["root", "obj", "case", "obl", "amod", "conj", "cc", "punct", "obl:unmarked", "advcl"]

    private func run(tags: [String], heads: [Int], labels: [String]) throws -> (heads: [Int], labels: [String]) {
        let repair = try #require(AdjectiveListRepair(tags: Self.tags, labels: Self.labels))
        return ParseRepairRunner(tagSet: Self.tags, labelSet: Self.labels).run(tags: tags, heads: heads, labels: labels) {
            repair.apply(&$0, &$1, tags: $2)
        }
    }

    /// "provide Ukraine with military , financial and humanitarian support ." with `military` the object of
    /// "with" and `support` a bare phrase of the verb: `support` takes the phrase, the adjectives are its.
    @Test func aListOfAdjectivesModifiesTheNounAfterIt() throws {
        let tags = ["VERB VB", "PROPN NNP", "ADP IN", "ADJ JJ", "PUNCT ,", "ADJ JJ", "CCONJ CC", "ADJ JJ", "NOUN NN", "PUNCT ."]
        let result = try run(
            tags: tags, heads: [0, 1, 4, 1, 6, 9, 8, 6, 1, 1],
            labels: ["root", "obj", "case", "obl", "punct", "amod", "cc", "conj", "obl:unmarked", "punct"])
        #expect(result.heads == [0, 1, 9, 9, 6, 4, 8, 4, 1, 1])
        #expect(result.labels == ["root", "obj", "case", "amod", "punct", "conj", "cc", "conj", "obl", "punct"])
    }

    /// With a comma before the conjunction, the noun may hang inside the list; both separators go with the
    /// conjunct after them.
    @Test func aCommaBeforeTheConjunction() throws {
        let tags = ["VERB VB", "PROPN NNP", "ADP IN", "ADJ JJ", "PUNCT ,", "ADJ JJ", "PUNCT ,", "CCONJ CC", "ADJ JJ", "NOUN NN", "PUNCT ."]
        let result = try run(
            tags: tags, heads: [0, 1, 4, 1, 6, 1, 10, 10, 10, 6, 1],
            labels: ["root", "obj", "case", "obl", "punct", "advcl", "punct", "cc", "amod", "conj", "punct"])
        #expect(result.heads == [0, 1, 10, 10, 6, 4, 9, 9, 4, 1, 1])
        #expect(result.labels == ["root", "obj", "case", "amod", "punct", "conj", "punct", "cc", "conj", "obl", "punct"])
    }

    /// Without a conjunction ("military , financial support"), or with an adjective already a modifier, the
    /// parse stays.
    @Test func otherwiseTheParseStays() throws {
        let tags = ["VERB VB", "PROPN NNP", "ADP IN", "ADJ JJ", "PUNCT ,", "ADJ JJ", "NOUN NN", "PUNCT ."]
        let heads = [0, 1, 4, 1, 6, 7, 1, 1]
        let labels = ["root", "obj", "case", "obl", "punct", "amod", "obl:unmarked", "punct"]
        #expect(try run(tags: tags, heads: heads, labels: labels).heads == heads)
        let modifier = ["root", "obj", "case", "amod", "punct", "amod", "obl", "punct"]
        #expect(try run(tags: tags, heads: [0, 1, 7, 7, 6, 7, 1, 1], labels: modifier).heads == [0, 1, 7, 7, 6, 7, 1, 1])
    }

    @Test func aLabelSetWithoutTheLabelsHasNoRule() {
        #expect(AdjectiveListRepair(tags: Self.tags, labels: ["root", "obl"]) == nil)
    }
}
