import Testing
@testable import RelationGraphExtract

/// The rule stage after the parser: a number given a direct object is the count of that object.
@Suite struct NumberRepairTests {
    private static let tags = ["PROPN NNP", "AUX VBZ", "VERB VBN", "ADJ JJR", "ADP IN", "NUM CD", "NOUN NNS", "ADP IN", "PUNCT ."]
    private static let labels = ["root", "nsubj", "aux", "advmod", "fixed", "xcomp", "obj", "nummod", "case", "nmod", "punct"]

    private func run(tags: [String], heads: [Int], labels: [String]) throws -> (heads: [Int], labels: [String]) {
        let repair = try #require(NumberRepair(tags: Self.tags, labels: Self.labels))
        return ParseRepairRunner(tagSet: Self.tags, labelSet: Self.labels).run(tags: tags, heads: heads, labels: labels) {
            repair.apply(&$0, &$1, tags: $2)
        }
    }

    /// "Korea has shipped more than 12 shells to Russia ." with `12` a complement of `shipped` and `shells` its
    /// object: `shells` is the verb's object, and `12` counts them, keeping its "more than".
    @Test func aNumbersObjectIsWhatItCounts() throws {
        let tags = ["PROPN NNP", "AUX VBZ", "VERB VBN", "ADJ JJR", "ADP IN", "NUM CD", "NOUN NNS", "ADP IN", "PROPN NNP", "PUNCT ."]
        let heads = [3, 3, 0, 6, 4, 3, 6, 9, 7, 3]
        let labels = ["nsubj", "aux", "root", "advmod", "fixed", "xcomp", "obj", "case", "nmod", "punct"]
        let result = try run(tags: tags, heads: heads, labels: labels)
        #expect(result.heads == [3, 3, 0, 6, 4, 7, 3, 9, 7, 3])
        #expect(result.labels == ["nsubj", "aux", "root", "advmod", "fixed", "nummod", "obj", "case", "nmod", "punct"])
    }

    /// A verb with an object of its own keeps it, and the counted noun takes the number's label; a verb's own
    /// object stays.
    @Test func aVerbKeepsItsObject() throws {
        // "Korea shipped shells ; 12 arms ." read with `arms` the object of `12`, a complement of `shipped`.
        let tags = ["PROPN NNP", "VERB VBN", "NOUN NNS", "PUNCT .", "NUM CD", "NOUN NNS", "PUNCT ."]
        let heads = [2, 0, 2, 5, 2, 5, 2]
        let labels = ["nsubj", "root", "obj", "punct", "xcomp", "obj", "punct"]
        let result = try run(tags: tags, heads: heads, labels: labels)
        #expect(result.heads == [2, 0, 2, 5, 6, 2, 2])
        #expect(result.labels == ["nsubj", "root", "obj", "punct", "nummod", "xcomp", "punct"])
        let verbObject = try run(tags: ["PROPN NNP", "VERB VBN", "NOUN NNS"], heads: [2, 0, 2], labels: ["nsubj", "root", "obj"])
        #expect(verbObject.heads == [2, 0, 2])
    }

    @Test func aLabelSetWithoutTheLabelsHasNoRule() {
        #expect(NumberRepair(tags: Self.tags, labels: ["root", "obj"]) == nil)
    }
}
