import Testing
@testable import RelationGraphExtract

/// The rule stage after the parser: a passive participle with an agent right after a verb's object describes
/// the object, and a purpose clause after the agent is the verb's.
@Suite struct ObjectParticipleRepairTests {
    private static let tags = ["PROPN NNP", "VERB VBD", "NOUN NNS", "VERB VBN", "ADP IN", "PART TO", "VERB VB", "PUNCT ."]
    private static let labels = ["root", "nsubj", "obj", "xcomp", "acl", "case", "obl:agent", "mark", "advcl", "punct"]

    private func run(words: String, tags: [String], heads: [Int], labels: [String]) throws -> (heads: [Int], labels: [String]) {
        let repair = try #require(ObjectParticipleRepair(tags: Self.tags, labels: Self.labels))
        let lexemes = words.split(separator: " ").map { Lexeme(String($0)) }
        return ParseRepairRunner(tagSet: Self.tags, labelSet: Self.labels).run(tags: tags, heads: heads, labels: labels) {
            repair.apply(&$0, &$1, tags: $2, lexemes: lexemes)
        }
    }

    private let tags = ["PROPN NNP", "VERB VBD", "NOUN NNS", "VERB VBN", "ADP IN", "PROPN NNP", "PART TO", "VERB VB", "NOUN NNS", "PUNCT ."]

    /// "Ukraine used missiles supplied by Washington to strike targets ." with `supplied` the complement of `used`
    /// (or already on the object, when only the purpose clause moves) and `strike` the complement of `supplied`:
    /// `supplied` describes the object, `strike` is the purpose of `used`.
    @Test(arguments: [
        ([2, 0, 2, 2, 6, 4, 8, 4, 8, 2], ["nsubj", "root", "obj", "xcomp", "case", "obl:agent", "mark", "xcomp", "obj", "punct"]),
        ([2, 0, 2, 3, 6, 4, 8, 4, 8, 2], ["nsubj", "root", "obj", "acl", "case", "obl:agent", "mark", "xcomp", "obj", "punct"]),
    ] as [([Int], [String])])
    func aParticipleWithAnAgentDescribesTheObject(heads: [Int], labels: [String]) throws {
        let result = try run(words: "Ukraine used missiles supplied by Washington to strike targets .", tags: tags, heads: heads, labels: labels)
        #expect(result.heads == [2, 0, 2, 3, 6, 4, 8, 2, 8, 2])
        #expect(result.labels == ["nsubj", "root", "obj", "acl", "case", "obl:agent", "mark", "advcl", "obj", "punct"])
    }

    /// Without an agent ("found the troops exhausted to …") the complement stays.
    @Test func withoutAnAgentTheParseStays() throws {
        let tags = ["PROPN NNP", "VERB VBD", "NOUN NNS", "VERB VBN", "PUNCT ."]
        let heads = [2, 0, 2, 2, 2]
        let labels = ["nsubj", "root", "obj", "xcomp", "punct"]
        let result = try run(words: "Kyiv found troops exhausted .", tags: tags, heads: heads, labels: labels)
        #expect(result.heads == heads)
        #expect(result.labels == labels)
    }

    @Test func aLabelSetWithoutTheLabelsHasNoRule() {
        #expect(ObjectParticipleRepair(tags: Self.tags, labels: ["root", "obl"]) == nil)
    }
}
