import Testing
@testable import RelationGraphExtract

/// The rule stage after the parser: a form of "have" tagged as an auxiliary and made a head is its participle's
/// auxiliary.
@Suite struct PerfectRepairTests {
    private static let tags = ["PROPN NNP", "AUX VBZ", "NOUN NN", "VERB VBN", "NOUN NNS", "PUNCT .", "PRON PRP", "AUX VBP", "ADJ JJ"]
    private static let labels = ["root", "nsubj", "aux", "obl:unmarked", "xcomp", "obj", "punct", "amod"]

    private func run(_ words: String, tags: [String], heads: [Int], labels: [String]) throws -> (heads: [Int], labels: [String]) {
        let repair = try #require(PerfectRepair(tags: Self.tags, labels: Self.labels))
        let lexemes = words.split(separator: " ").map { Lexeme(String($0)) }
        return ParseRepairRunner(tagSet: Self.tags, labelSet: Self.labels).run(tags: tags, heads: heads, labels: labels) {
            repair.apply(&$0, &$1, tags: $2, lexemes: lexemes)
        }
    }

    /// "UK has today announced sanctions ." with `has` the root and `announced` its `xcomp`, or `announced` the
    /// adjective of `sanctions`: `announced` is the root, `has` its `aux`.
    @Test func aPerfectAuxiliaryMadeTheRootGoesUnderItsParticiple() throws {
        let tags = ["PROPN NNP", "AUX VBZ", "NOUN NN", "VERB VBN", "NOUN NNS", "PUNCT ."]
        let complement = try run("UK has today announced sanctions .", tags: tags, heads: [2, 0, 4, 2, 4, 2],
                                 labels: ["nsubj", "root", "obl:unmarked", "xcomp", "obj", "punct"])
        #expect(complement.heads == [4, 4, 4, 0, 4, 4])
        #expect(complement.labels == ["nsubj", "aux", "obl:unmarked", "root", "obj", "punct"])
        let adjective = try run("UK has today sanctioned officers .", tags: tags, heads: [2, 0, 4, 5, 2, 2],
                                labels: ["nsubj", "root", "obl:unmarked", "amod", "obj", "punct"])
        #expect(adjective.heads == [4, 4, 4, 0, 4, 4])
        #expect(adjective.labels == ["nsubj", "aux", "obl:unmarked", "root", "obj", "punct"])
    }

    /// "We have limited time ." keeps its adjective; a form of "be" is no perfect.
    @Test func otherwiseTheParseStays() throws {
        let tags = ["PRON PRP", "AUX VBP", "VERB VBN", "NOUN NN", "PUNCT ."]
        let heads = [2, 0, 4, 2, 2]
        let labels = ["nsubj", "root", "amod", "obj", "punct"]
        #expect(try run("We have limited time .", tags: tags, heads: heads, labels: labels).heads == heads)
        let be = ["PROPN NNP", "AUX VBZ", "VERB VBN", "PUNCT ."]
        #expect(try run("UK is pleased .", tags: be, heads: [2, 0, 2, 2], labels: ["nsubj", "root", "xcomp", "punct"]).heads == [2, 0, 2, 2])
    }

    /// "Germany has today announced sanctions ." with `Germany` a subject of `has` and `today` one of `announced`:
    /// `Germany` is the verb's subject and `today` a phrase of time.
    @Test func anAuxiliarysSubjectIsItsVerbs() throws {
        let tags = ["PROPN NNP", "AUX VBZ", "NOUN NN", "VERB VBN", "NOUN NNS", "PUNCT ."]
        let result = try run("Germany has today announced sanctions .", tags: tags, heads: [2, 4, 4, 0, 4, 4],
                             labels: ["nsubj", "aux", "nsubj", "root", "obj", "punct"])
        #expect(result.heads == [4, 4, 4, 0, 4, 4])
        #expect(result.labels == ["nsubj", "aux", "obl:unmarked", "root", "obj", "punct"])
    }

    @Test func aLabelSetWithoutTheLabelsHasNoRule() {
        #expect(PerfectRepair(tags: Self.tags, labels: ["root", "nsubj"]) == nil)
    }
}
