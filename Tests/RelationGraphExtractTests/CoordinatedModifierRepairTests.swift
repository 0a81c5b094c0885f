import Testing
@testable import RelationGraphExtract

/// The rule stage after the parser: two nouns coordinated before a plural noun, with the plural noun made a
/// conjunct of a verb before them, modify the plural noun together.
@Suite struct CoordinatedModifierRepairTests {
    private static let tags = ["VERB VBG", "ADP IN", "ADJ JJ", "NOUN NN", "CCONJ CC", "NOUN NNS", "DET DT", "PUNCT ."]
    private static let labels = ["root", "case", "amod", "obl", "nmod", "cc", "compound", "conj", "det", "punct"]

    private func run(tags: [String], heads: [Int], labels: [String]) throws -> (heads: [Int], labels: [String]) {
        let repair = try #require(CoordinatedModifierRepair(tags: Self.tags, labels: Self.labels))
        return ParseRepairRunner(tagSet: Self.tags, labelSet: Self.labels).run(tags: tags, heads: heads, labels: labels) {
            repair.apply(&$0, &$1, tags: $2)
        }
    }

    /// "defending against Russian missile and drone attacks ." with `missile` the phrase and `attacks` a conjunct
    /// of the verb: `attacks` takes the phrase with its preposition and adjective, `missile` is its compound and
    /// `drone` the compound's conjunct.
    @Test func twoNounsBeforeAPluralNounModifyIt() throws {
        let tags = ["VERB VBG", "ADP IN", "ADJ JJ", "NOUN NN", "CCONJ CC", "NOUN NN", "NOUN NNS", "PUNCT ."]
        let result = try run(
            tags: tags, heads: [0, 4, 4, 1, 7, 7, 1, 1],
            labels: ["root", "case", "amod", "obl", "cc", "compound", "conj", "punct"])
        #expect(result.heads == [0, 7, 7, 7, 6, 4, 1, 1])
        #expect(result.labels == ["root", "case", "amod", "compound", "cc", "conj", "obl", "punct"])
    }

    /// With a determiner on the first noun ("against a missile and drone attacks") the nouns are two things, and
    /// with the plural noun coordinated with the first noun the parse already says so: the parse stays.
    @Test func otherwiseTheParseStays() throws {
        let tags = ["VERB VBG", "ADP IN", "DET DT", "NOUN NN", "CCONJ CC", "NOUN NN", "NOUN NNS", "PUNCT ."]
        let heads = [0, 4, 4, 1, 7, 7, 1, 1]
        let labels = ["root", "case", "det", "obl", "cc", "compound", "conj", "punct"]
        #expect(try run(tags: tags, heads: heads, labels: labels).heads == heads)
        let coordinated = ["VERB VBG", "ADP IN", "ADJ JJ", "NOUN NN", "CCONJ CC", "NOUN NN", "NOUN NNS", "PUNCT ."]
        let conjunct = [0, 4, 4, 1, 7, 7, 4, 1]
        #expect(try run(tags: coordinated, heads: conjunct, labels: ["root", "case", "amod", "obl", "cc", "compound", "conj", "punct"]).heads == conjunct)
    }

    @Test func aLabelSetWithoutTheLabelsHasNoRule() {
        #expect(CoordinatedModifierRepair(tags: Self.tags, labels: ["root", "obl"]) == nil)
    }
}
