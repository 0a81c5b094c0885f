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

    /// The heads after a repair with tags of `tagSet` and the labels of `labelSet`.
    private func heads(
        _ tags: [String], _ heads: [Int], _ labels: [String], tagSet: [String], labelSet: [String] = Self.labels
    ) throws -> [Int] {
        let repair = try #require(ConjunctRepair(labels: labelSet, tags: tagSet))
        return ParseRepairRunner(tagSet: tagSet, labelSet: labelSet).run(tags: tags, heads: heads, labels: labels) {
            repair.apply(&$0, &$1, tags: $2)
        }.heads
    }

    /// "Kim has sent soldiers to fight and supplied shells ." with `supplied` a conjunct of `fight`: a conjunct of
    /// `sent`, whose tag it has; not when it is in the base form too, nor when `sent` has another tag.
    @Test func aConjunctInTheGovernorsTenseLeavesTheInfinitive() throws {
        let tags = ["PROPN NNP", "AUX VBZ", "VERB VBN", "NOUN NNS", "PART TO", "VERB VB", "CCONJ CC", "VERB VBN", "NOUN NNS", "PUNCT ."]
        let tagSet = Self.tags + ["AUX VBZ", "PART TO", "VERB VB", "VERB VBD"]
        let labels = Self.labels + ["xcomp"]
        let tree = [3, 3, 0, 3, 6, 3, 8, 6, 8, 3]
        let names = ["nsubj", "aux", "root", "obj", "mark", "xcomp", "cc", "conj", "obj", "punct"]
        var expected = tree
        expected[7] = 3
        #expect(try heads(tags, tree, names, tagSet: tagSet, labelSet: labels) == expected)
        var base = tags
        base[7] = "VERB VB"
        #expect(try heads(base, tree, names, tagSet: tagSet, labelSet: labels) == tree)
        var past = tags
        past[2] = "VERB VBD"
        #expect(try heads(past, tree, names, tagSet: tagSet, labelSet: labels) == tree)
    }

    /// "Officials said ports were used to receive arms and that Iran would pay ." with `pay` a conjunct of
    /// `receive`: its own "that" makes it a second complement of `said`, the conjunct of `used`; without the
    /// "that" the parse stays.
    @Test func aConjunctWithItsOwnSubordinatorJoinsTheComplement() throws {
        let tags = ["NOUN NNS", "VERB VBD", "NOUN NNS", "AUX VBD", "VERB VBN", "PART TO", "VERB VB", "NOUN NNS", "CCONJ CC",
                    "SCONJ IN", "PROPN NNP", "AUX MD", "VERB VB", "PUNCT ."]
        let tagSet = Self.tags + ["PART TO", "VERB VB"]
        let labels = Self.labels + ["xcomp", "nsubj:pass", "aux:pass"]
        let tree = [2, 0, 5, 5, 2, 7, 5, 7, 13, 13, 13, 13, 7, 2]
        let names = ["nsubj", "root", "nsubj:pass", "aux:pass", "ccomp", "mark", "xcomp", "obj", "cc", "mark", "nsubj", "aux", "conj",
                     "punct"]
        var expected = tree
        expected[12] = 5
        #expect(try heads(tags, tree, names, tagSet: tagSet, labelSet: labels) == expected)
        var withoutThat = tree
        withoutThat[9] = 11
        var withoutThatNames = names
        withoutThatNames[9] = "det"
        #expect(try heads(tags, withoutThat, withoutThatNames, tagSet: tagSet, labelSet: labels) == withoutThat)
    }

    /// "Eritrea moved troops and armour ." with `armour` a conjunct of `moved`: the conjunct of `troops`. And
    /// "Eritrea ordered mobilisation and moved troops ." with `moved` a conjunct of `mobilisation`: the conjunct of
    /// `ordered`.
    @Test func nounsAndVerbsAreCoordinatedWithTheirKind() throws {
        let tagSet = Self.tags + ["VERB VBZ"]
        let nounTags = ["PROPN NNP", "VERB VBD", "NOUN NNS", "CCONJ CC", "NOUN NN", "PUNCT ."]
        #expect(try heads(nounTags, [2, 0, 2, 5, 2, 2], ["nsubj", "root", "obj", "cc", "conj", "punct"], tagSet: tagSet) == [2, 0, 2, 5, 3, 2])
        let verbTags = ["PROPN NNP", "VERB VBD", "NOUN NN", "CCONJ CC", "VERB VBD", "NOUN NNS", "PUNCT ."]
        let verbHeads = [2, 0, 2, 5, 3, 5, 2]
        let verbNames = ["nsubj", "root", "obj", "cc", "conj", "obj", "punct"]
        #expect(try heads(verbTags, verbHeads, verbNames, tagSet: tagSet) == [2, 0, 2, 5, 2, 5, 2])
        // Without the conjunction, or with a noun that is no object: the parse stays.
        var noConjunction = verbNames
        noConjunction[3] = "punct"
        #expect(try heads(verbTags, verbHeads, noConjunction, tagSet: tagSet) == verbHeads)
        var subjectNoun = verbNames
        subjectNoun[2] = "nsubj"
        #expect(try heads(verbTags, verbHeads, subjectNoun, tagSet: tagSet) == verbHeads)
    }

    @Test func aLabelSetWithoutTheLabelsHasNoRule() {
        #expect(ConjunctRepair(labels: ["root", "conj"]) == nil)
    }
}
