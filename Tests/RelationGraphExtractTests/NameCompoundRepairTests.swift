import Testing
@testable import RelationGraphExtract

/// The rule stage after the parser: a common noun read as an object right after a phrase that ends in a name is
/// that name's head noun.
@Suite struct NameCompoundRepairTests {
    private static let tags = ["PROPN NNP", "VERB VBD", "ADP IN", "DET DT", "NOUN NN", "ADJ JJ", "NOUN NNS", "PUNCT .", "PUNCT ,"]
    private static let labels = ["root", "nsubj", "case", "det", "obl", "amod", "nmod", "obj", "compound", "punct"]

    private func run(tags: [String], heads: [Int], labels: [String]) throws -> (heads: [Int], labels: [String]) {
        let repair = try #require(NameCompoundRepair(tags: Self.tags, labels: Self.labels))
        return ParseRepairRunner(tagSet: Self.tags, labelSet: Self.labels).run(tags: tags, heads: heads, labels: labels) {
            repair.apply(&$0, &$1, tags: $2)
        }
    }

    private static let sentenceTags = ["PROPN NNP", "VERB VBD", "ADP IN", "DET DT", "NOUN NN", "ADP IN", "ADJ JJ", "PROPN NNP",
                                       "NOUN NNS", "ADP IN", "PROPN NNP", "PUNCT ."]
    private static let heads = [2, 0, 5, 5, 2, 8, 8, 5, 2, 11, 9, 2]

    /// "UK acted after the reimposition of United Nations sanctions on Iran ." with `sanctions` the object of
    /// `acted`, or a second phrase of `reimposition` with no preposition: the head of the "of" phrase, with
    /// `Nations` its compound.
    @Test(arguments: ["obj", "nmod"])
    func aNounAfterANameEndingAPhraseIsItsHead(label: String) throws {
        var heads = Self.heads
        if label == "nmod" { heads[8] = 5 }
        let labels = ["nsubj", "root", "case", "det", "obl", "case", "amod", "nmod", label, "case", "nmod", "punct"]
        let result = try run(tags: Self.sentenceTags, heads: heads, labels: labels)
        #expect(result.heads == [2, 0, 5, 5, 2, 9, 8, 9, 5, 11, 9, 2])
        #expect(result.labels == ["nsubj", "root", "case", "det", "obl", "case", "amod", "compound", "nmod", "case", "nmod", "punct"])
    }

    /// With a comma between the name and the noun, or a common noun ending the phrase, the parse stays.
    @Test func otherwiseTheParseStays() throws {
        let labels = ["nsubj", "root", "case", "det", "obl", "case", "amod", "nmod", "obj", "case", "nmod", "punct"]
        var comma = Self.sentenceTags
        comma[7] = "PUNCT ,"
        var commaLabels = labels
        commaLabels[7] = "punct"
        #expect(try run(tags: comma, heads: Self.heads, labels: commaLabels).heads == Self.heads)
        var common = Self.sentenceTags
        common[7] = "NOUN NNS"
        #expect(try run(tags: common, heads: Self.heads, labels: labels).heads == Self.heads)
    }

    @Test func aLabelSetWithoutTheLabelsHasNoRule() {
        #expect(NameCompoundRepair(tags: Self.tags, labels: ["root", "obj"]) == nil)
    }
}
