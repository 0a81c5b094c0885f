import Testing
@testable import RelationGraphExtract

/// The rule stage after the parser: "after", "before" or "until" read as the case of a noun that a finite verb
/// with no subject follows (or with the measure of time before the preposition as its subject) opens that
/// verb's clause.
@Suite struct SubordinatorRepairTests {
    private static let tags = ["DET DT", "NOUN NN", "VERB VBD", "NOUN NNS", "ADP IN", "PROPN NNP", "VERB VBN", "PUNCT .", "PUNCT ,"]
    private static let labels = ["root", "det", "nsubj", "obj", "case", "mark", "nmod", "advcl", "punct", "conj", "obl:unmarked"]

    private func run(words: [String], tags: [String], heads: [Int], labels: [String]) throws -> (heads: [Int], labels: [String]) {
        let repair = try #require(SubordinatorRepair(tags: Self.tags, labels: Self.labels))
        let lexemes = words.map { Lexeme($0) }
        return ParseRepairRunner(tagSet: Self.tags, labelSet: Self.labels).run(tags: tags, heads: heads, labels: labels) {
            repair.apply(&$0, &$1, tags: $2, lexemes: lexemes)
        }
    }

    private static let words = ["The", "incident", "came", "days", "after", "Japan", "agreed", "."]
    private static let sentenceTags = ["DET DT", "NOUN NN", "VERB VBD", "NOUN NNS", "ADP IN", "PROPN NNP", "VERB VBD", "PUNCT ."]
    private static let heads = [2, 3, 0, 3, 6, 4, 3, 3]
    private static let sentenceLabels = ["det", "nsubj", "root", "obj", "case", "nmod", "advcl", "punct"]

    /// "The incident came days after Japan agreed ." with "after Japan" a phrase on `days`: `Japan` is the
    /// subject of `agreed`, and "after" its mark.
    @Test func aPrepositionOfTimeBeforeANameAndItsVerbOpensTheClause() throws {
        let result = try run(words: Self.words, tags: Self.sentenceTags, heads: Self.heads, labels: Self.sentenceLabels)
        var heads = Self.heads, labels = Self.sentenceLabels
        heads[4] = 7
        labels[4] = "mark"
        heads[5] = 7
        labels[5] = "nsubj"
        #expect(result.heads == heads)
        #expect(result.labels == labels)
    }

    /// Another preposition ("from Japan"), a verb with a subject of its own, or a participle after the noun:
    /// the parse stays.
    @Test func otherwiseTheParseStays() throws {
        var from = Self.words
        from[4] = "from"
        #expect(try run(words: from, tags: Self.sentenceTags, heads: Self.heads, labels: Self.sentenceLabels).heads == Self.heads)
        var participle = Self.sentenceTags
        participle[6] = "VERB VBN"
        #expect(try run(words: Self.words, tags: participle, heads: Self.heads, labels: Self.sentenceLabels).heads == Self.heads)
        // "The incident came after Japan agreed ." with the parser's "incident" as the subject of `agreed`.
        var subjectHeads = Self.heads
        subjectHeads[1] = 7
        let result = try run(words: Self.words, tags: Self.sentenceTags, heads: subjectHeads, labels: Self.sentenceLabels)
        #expect(result.heads == subjectHeads)
    }

    /// "Jets struck depots , hours after the group fired ." with `hours` read as the subject of `fired` and
    /// "after the group" a phrase on it: `hours` measures the clause, and `group` is its subject.
    @Test func aMeasureOfTimeBeforeThePrepositionIsNoSubject() throws {
        let words = ["Jets", "struck", "depots", ",", "hours", "after", "the", "group", "fired", "."]
        let tags = ["NOUN NNS", "VERB VBD", "NOUN NNS", "PUNCT ,", "NOUN NNS", "ADP IN", "DET DT", "NOUN NN", "VERB VBD", "PUNCT ."]
        let heads = [2, 0, 2, 9, 9, 8, 8, 5, 2, 2]
        let labels = ["nsubj", "root", "obj", "punct", "nsubj", "case", "det", "nmod", "conj", "punct"]
        let result = try run(words: words, tags: tags, heads: heads, labels: labels)
        var expectedHeads = heads, expectedLabels = labels
        expectedLabels[4] = "obl:unmarked"
        (expectedHeads[5], expectedLabels[5]) = (9, "mark")
        (expectedHeads[7], expectedLabels[7]) = (9, "nsubj")
        #expect(result.heads == expectedHeads)
        #expect(result.labels == expectedLabels)
    }

    /// "Jets struck depots , hours after the group fired missiles ." with `fired` a participle, `hours` its
    /// subject and `fired` the adjective of `missiles`: `group` is its subject, and the clause takes the place of
    /// `missiles`, its object; with an auxiliary on the participle the parse stays.
    @Test func aParticipleWithTheMeasureAsSubjectIsThePastTense() throws {
        let labels = Self.labels + ["amod", "obl", "aux"]
        let tagSet = Self.tags + ["AUX VBD"]
        let repair = try #require(SubordinatorRepair(tags: tagSet, labels: labels))
        let runner = ParseRepairRunner(tagSet: tagSet, labelSet: labels)
        let words = ["Jets", "struck", "depots", ",", "hours", "after", "the", "group", "fired", "missiles", "."]
        let tags = ["NOUN NNS", "VERB VBD", "NOUN NNS", "PUNCT ,", "NOUN NNS", "ADP IN", "DET DT", "NOUN NN", "VERB VBN", "NOUN NNS",
                    "PUNCT ."]
        let heads = [2, 0, 2, 9, 9, 8, 8, 5, 10, 2, 2]
        let names = ["nsubj", "root", "obj", "punct", "nsubj", "case", "det", "nmod", "amod", "obl", "punct"]
        let lexemes = words.map { Lexeme($0) }
        let result = runner.run(tags: tags, heads: heads, labels: names) { repair.apply(&$0, &$1, tags: $2, lexemes: lexemes) }
        #expect(result.heads == [2, 0, 2, 9, 9, 9, 8, 9, 2, 9, 2])
        #expect(result.labels == ["nsubj", "root", "obj", "punct", "obl:unmarked", "mark", "det", "nsubj", "advcl", "obj", "punct"])
        // "Jets struck depots , hours after the group had fired missiles .": a participle with an auxiliary stays.
        let auxiliaryWords = ["Jets", "struck", "depots", ",", "hours", "after", "the", "group", "had", "fired", "missiles", "."]
        let auxiliaryTags = ["NOUN NNS", "VERB VBD", "NOUN NNS", "PUNCT ,", "NOUN NNS", "ADP IN", "DET DT", "NOUN NN", "AUX VBD",
                             "VERB VBN", "NOUN NNS", "PUNCT ."]
        let auxiliaryHeads = [2, 0, 2, 10, 10, 8, 8, 5, 10, 11, 2, 2]
        let auxiliaryNames = ["nsubj", "root", "obj", "punct", "nsubj", "case", "det", "nmod", "aux", "amod", "obl", "punct"]
        let auxiliaryLexemes = auxiliaryWords.map { Lexeme($0) }
        let kept = runner.run(tags: auxiliaryTags, heads: auxiliaryHeads, labels: auxiliaryNames) {
            repair.apply(&$0, &$1, tags: $2, lexemes: auxiliaryLexemes)
        }
        #expect(kept.heads == auxiliaryHeads)
    }

    @Test func aLabelSetWithoutTheLabelsHasNoRule() {
        #expect(SubordinatorRepair(tags: Self.tags, labels: ["root", "case"]) == nil)
    }
}
