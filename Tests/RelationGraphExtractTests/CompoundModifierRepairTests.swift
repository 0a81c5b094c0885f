import Testing
@testable import RelationGraphExtract

/// The rule stage after the parser: an adjective right before a proper noun that is the compound of a common
/// noun modifies the common noun.
@Suite struct CompoundModifierRepairTests {
    private static let tags = ["ADJ JJ", "PROPN NNP", "NOUN NNS", "VERB VBD", "PUNCT ."]
    private static let labels = ["root", "nsubj", "amod", "compound", "flat", "obj", "punct"]

    private func run(_ words: String, tags: [String], heads: [Int], labels: [String], demonyms: Set<Int> = []) throws -> [Int] {
        let repair = try #require(CompoundModifierRepair(tags: Self.tags, labels: Self.labels))
        let lexemes = words.split(separator: " ").map { Lexeme(String($0)) }
        return ParseRepairRunner(tagSet: Self.tags, labelSet: Self.labels).run(tags: tags, heads: heads, labels: labels) {
            repair.apply(&$0, &$1, tags: $2, lexemes: lexemes, demonyms: demonyms)
        }.heads
    }

    /// "Iranian Shahed drones hit ." with `Iranian` on `Shahed`: on `drones` when `Iranian` is a known demonym,
    /// also through a name of two words ("Storm Shadow"); a lower-case adjective moves without being known.
    @Test func anAdjectiveBeforeANameModifiesTheNounAfterIt() throws {
        let tags = ["ADJ JJ", "PROPN NNP", "NOUN NNS", "VERB VBD", "PUNCT ."]
        let labels = ["amod", "compound", "nsubj", "root", "punct"]
        #expect(try run("Iranian Shahed drones hit .", tags: tags, heads: [2, 3, 4, 0, 4], labels: labels, demonyms: [0]) == [3, 3, 4, 0, 4])
        #expect(try run("new Shahed drones hit .", tags: tags, heads: [2, 3, 4, 0, 4], labels: labels) == [3, 3, 4, 0, 4])
        let twoWords = ["ADJ JJ", "PROPN NNP", "PROPN NNP", "NOUN NNS", "VERB VBD", "PUNCT ."]
        let twoLabels = ["amod", "compound", "compound", "nsubj", "root", "punct"]
        #expect(try run("British Storm Shadow missiles hit .", tags: twoWords, heads: [2, 3, 4, 5, 0, 5], labels: twoLabels, demonyms: [0])
            == [4, 3, 4, 5, 0, 5])
    }

    /// A capitalised adjective not known as a demonym may be a word of the name ("Islamic Jihad official"); a
    /// name not on a common noun ("the American Red Cross" before a verb) keeps its parse.
    @Test func otherwiseTheParseStays() throws {
        let tags = ["ADJ JJ", "PROPN NNP", "NOUN NNS", "VERB VBD", "PUNCT ."]
        let labels = ["amod", "compound", "nsubj", "root", "punct"]
        #expect(try run("Islamic Jihad officials hit .", tags: tags, heads: [2, 3, 4, 0, 4], labels: labels) == [2, 3, 4, 0, 4])
        let name = ["ADJ JJ", "PROPN NNP", "PROPN NNP", "VERB VBD", "PUNCT ."]
        let nameLabels = ["amod", "compound", "nsubj", "root", "punct"]
        #expect(try run("American Red Cross helped .", tags: name, heads: [2, 3, 4, 0, 4], labels: nameLabels, demonyms: [0])
            == [2, 3, 4, 0, 4])
    }

    @Test func aLabelSetWithoutTheLabelsHasNoRule() {
        #expect(CompoundModifierRepair(tags: Self.tags, labels: ["root", "nsubj"]) == nil)
    }
}
