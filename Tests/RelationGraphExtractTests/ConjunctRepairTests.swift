import Testing
@testable import RelationGraphExtract

/// The rule stage after the parser: a conjunct with an auxiliary its head lacks belongs with the complement
/// clause whose verb has that auxiliary.
@Suite struct ConjunctRepairTests {
    private static let tags = ["DET DT", "NOUN NN", "VERB VBD", "SCONJ IN", "PROPN NNP", "AUX VBD", "VERB VBN", "NOUN NNS",
                               "PUNCT ,", "CCONJ CC", "AUX MD", "PUNCT ."]
    private static let labels = ["root", "det", "nsubj", "mark", "aux", "ccomp", "obj", "punct", "cc", "conj"]

    private func run(tags: [String], heads: [Int], labels: [String]) throws -> (heads: [Int], labels: [String]) {
        let repair = try #require(ConjunctRepair(labels: Self.labels))
        return ParseRepairRunner(tagSet: Self.tags, labelSet: Self.labels).run(tags: tags, heads: heads, labels: labels) {
            repair.apply(&$0, &$1, tags: $2)
        }
    }

    /// "The report found that Iran had sent drones , and had supplied missiles ." with `supplied` a conjunct of
    /// `found`: a conjunct of `sent`, which has the same "had".
    @Test func aConjunctWithTheComplementsAuxiliaryJoinsTheComplement() throws {
        let tags = ["DET DT", "NOUN NN", "VERB VBD", "SCONJ IN", "PROPN NNP", "AUX VBD", "VERB VBN", "NOUN NNS",
                    "PUNCT ,", "CCONJ CC", "AUX VBD", "VERB VBN", "NOUN NNS", "PUNCT ."]
        let heads = [2, 3, 0, 7, 7, 7, 3, 7, 12, 12, 12, 3, 12, 3]
        let labels = ["det", "nsubj", "root", "mark", "nsubj", "aux", "ccomp", "obj", "punct", "cc", "aux", "conj", "obj", "punct"]
        let result = try run(tags: tags, heads: heads, labels: labels)
        var expected = heads
        expected[11] = 7
        #expect(result.heads == expected)
        #expect(result.labels == labels)
    }

    /// The same with another auxiliary on the conjunct ("and would supply missiles"), or with the conjunct's own
    /// subject, or with an auxiliary on the head: the parse stays.
    @Test func otherwiseTheParseStays() throws {
        let tags = ["DET DT", "NOUN NN", "VERB VBD", "SCONJ IN", "PROPN NNP", "AUX VBD", "VERB VBN", "NOUN NNS",
                    "PUNCT ,", "CCONJ CC", "AUX MD", "VERB VBN", "NOUN NNS", "PUNCT ."]
        let heads = [2, 3, 0, 7, 7, 7, 3, 7, 12, 12, 12, 3, 12, 3]
        let labels = ["det", "nsubj", "root", "mark", "nsubj", "aux", "ccomp", "obj", "punct", "cc", "aux", "conj", "obj", "punct"]
        #expect(try run(tags: tags, heads: heads, labels: labels).heads == heads)
        var sameAuxiliary = tags
        sameAuxiliary[10] = "AUX VBD"
        var ownSubject = labels
        ownSubject[12] = "nsubj"
        #expect(try run(tags: sameAuxiliary, heads: heads, labels: ownSubject).heads == heads)
        var auxiliaryOnHead = heads
        auxiliaryOnHead[0] = 3
        var headLabels = labels
        headLabels[0] = "aux"
        #expect(try run(tags: sameAuxiliary, heads: auxiliaryOnHead, labels: headLabels).heads == auxiliaryOnHead)
    }

    /// "strikes by the United States and the United Kingdom" with `Kingdom` a conjunct of `strikes`: a conjunct
    /// of `States`, the name before "and"; not when the word before "and" is no name ("strikes by planes and
    /// Britain"), nor without tags.
    @Test func aNameAfterAndJoinsTheNameBeforeIt() throws {
        let tags = ["NOUN NNS", "ADP IN", "DET DT", "ADJ JJ", "PROPN NNP", "CCONJ CC", "DET DT", "ADJ JJ", "PROPN NNP"]
        let heads = [0, 5, 5, 5, 1, 9, 9, 9, 1]
        let labels = ["root", "mark", "det", "obj", "obj", "cc", "det", "obj", "conj"]
        let repair = try #require(ConjunctRepair(labels: Self.labels, tags: tags))
        let runner = ParseRepairRunner(tagSet: tags, labelSet: Self.labels)
        let result = runner.run(tags: tags, heads: heads, labels: labels) { repair.apply(&$0, &$1, tags: $2) }
        var expected = heads
        expected[8] = 5
        #expect(result.heads == expected)
        var noName = tags
        noName[4] = "NOUN NNS"
        let unchanged = runner.run(tags: noName, heads: heads, labels: labels) { repair.apply(&$0, &$1, tags: $2) }
        #expect(unchanged.heads == heads)
        let withoutTags = try #require(ConjunctRepair(labels: Self.labels))
        #expect(runner.run(tags: tags, heads: heads, labels: labels) { withoutTags.apply(&$0, &$1, tags: $2) }.heads == heads)
    }

    @Test func aLabelSetWithoutTheLabelsHasNoRule() {
        #expect(ConjunctRepair(labels: ["root", "conj"]) == nil)
    }
}
