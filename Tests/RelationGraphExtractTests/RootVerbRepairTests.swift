import Testing
@testable import RelationGraphExtract

/// The rule stage after the parser: a finite verb under a nominal root becomes the root.
@Suite struct RootVerbRepairTests {
    private static let tags = ["PROPN NNP", "CCONJ CC", "NOUN NNS", "VERB VBD", "VERB VBN", "PUNCT .", "AUX VBZ", "ADP IN", "VERB VB",
                               "DET DT", "ADV RB", "NUM CD", "ADJ JJ"]
    private static let labels = ["root", "nsubj", "conj", "cc", "acl", "obj", "punct", "cop", "nmod", "case", "parataxis", "amod", "compound",
                                 "csubj", "advmod", "nummod", "det", "obl:agent", "xcomp"]

    private func run(tags: [String], heads: [Int], labels: [String]) throws -> (heads: [Int], labels: [String]) {
        let repair = try #require(RootVerbRepair(tags: Self.tags, labels: Self.labels))
        return ParseRepairRunner(tagSet: Self.tags, labelSet: Self.labels).run(tags: tags, heads: heads, labels: labels) {
            repair.apply(&$0, &$1, tags: $2)
        }
    }

    /// "The States has roughly 2,500 troops in Iraq ." with `has` (an auxiliary with an object) a clausal subject
    /// after the root `States`: `has` is the root, `States` its subject, the object and the stop stay its own.
    @Test func aFiniteVerbAsAClausalSubjectAfterTheRootBecomesTheRoot() throws {
        let result = try run(
            tags: ["DET DT", "PROPN NNP", "AUX VBZ", "ADV RB", "NUM CD", "NOUN NNS", "ADP IN", "PROPN NNP", "PUNCT ."],
            heads: [2, 0, 2, 5, 6, 3, 8, 6, 3], labels: ["det", "root", "csubj", "advmod", "nummod", "obj", "case", "nmod", "punct"])
        #expect(result.heads == [2, 3, 0, 5, 6, 3, 8, 6, 3])
        #expect(result.labels == ["det", "nsubj", "root", "advmod", "nummod", "obj", "case", "nmod", "punct"])
    }

    /// A clausal subject with no object of its own, or before the root, is left alone.
    @Test func aClausalSubjectWithoutAnObjectStays() throws {
        let result = try run(
            tags: ["PROPN NNP", "VERB VBD", "ADJ JJ", "PUNCT ."],
            heads: [0, 1, 2, 1], labels: ["root", "csubj", "advmod", "punct"])
        #expect(result.heads == [0, 1, 2, 1])
        #expect(result.labels == ["root", "csubj", "advmod", "punct"])
    }

    /// "Sweden and allies sent tanks ." with `sent` an `acl` of the conjunct `allies`: `sent` is the root,
    /// `Sweden` its subject, the final stop its dependent; the conjunct and the object stay where they were.
    @Test func aFiniteVerbUnderAConjunctOfTheRootBecomesTheRoot() throws {
        let result = try run(
            tags: ["PROPN NNP", "CCONJ CC", "NOUN NNS", "VERB VBD", "NOUN NNS", "PUNCT ."],
            heads: [0, 3, 1, 3, 4, 1], labels: ["root", "cc", "conj", "acl", "obj", "punct"])
        #expect(result.heads == [4, 3, 1, 0, 4, 4])
        #expect(result.labels == ["nsubj", "cc", "conj", "root", "obj", "punct"])
    }

    /// "Britain , with France , imposed sanctions ." with `France` a conjunct of `Britain` and `imposed` one
    /// of `France`: `imposed` is the root, `Britain` its subject; the companion phrase stays on `Britain`.
    @Test func aFiniteVerbCoordinatedWithTheSubjectBecomesTheRoot() throws {
        let result = try run(
            tags: ["PROPN NNP", "PUNCT .", "ADP IN", "PROPN NNP", "PUNCT .", "VERB VBD", "NOUN NNS", "PUNCT ."],
            heads: [0, 4, 4, 1, 6, 4, 6, 1], labels: ["root", "punct", "case", "conj", "punct", "conj", "obj", "punct"])
        #expect(result.heads == [6, 4, 4, 1, 6, 0, 6, 6])
        #expect(result.labels == ["nsubj", "punct", "case", "conj", "punct", "root", "obj", "punct"])
    }

    /// "Strikes , carried out by forces , hit sites ." with `hit` (read as a base form) a `parataxis` of the
    /// subject after the aside that describes it: `hit` is the root, `Strikes` its subject.
    @Test func aVerbAfterAnAsideOfTheSubjectBecomesTheRoot() throws {
        let result = try run(
            tags: ["NOUN NNS", "PUNCT .", "VERB VBN", "NOUN NNS", "PUNCT .", "VERB VB", "NOUN NNS", "PUNCT ."],
            heads: [0, 3, 1, 3, 6, 1, 6, 1], labels: ["root", "punct", "acl", "obj", "punct", "parataxis", "obj", "punct"])
        #expect(result.heads == [6, 3, 1, 3, 6, 0, 6, 6])
        #expect(result.labels == ["nsubj", "punct", "acl", "obj", "punct", "root", "obj", "punct"])
    }

    /// "The RSF received shells ." rooted at `shells` with `received` (a past tense with its own subject) as its
    /// adjective: `received` is the root and `shells` its object; the final stop moves to the verb.
    @Test func aPastTenseWithASubjectBeforeANominalRootBecomesTheRoot() throws {
        let result = try run(
            tags: ["PROPN NNP", "VERB VBD", "NOUN NNS", "PUNCT ."],
            heads: [2, 3, 0, 3], labels: ["nsubj", "amod", "root", "punct"])
        #expect(result.heads == [2, 0, 2, 2])
        #expect(result.labels == ["nsubj", "root", "obj", "punct"])
    }

    /// "Drones launched by Russia struck depots ." rooted at `Drones`, with `struck` (a past tense with no subject)
    /// the adjective of `depots`, itself hung on the agent, or a complement (`xcomp`) of the participle that
    /// describes the root: `struck` is the root, `Drones` its subject, `depots` its object, and the stop moves
    /// to the verb.
    @Test(arguments: [
        ([0, 1, 4, 2, 6, 4, 1], ["root", "acl", "case", "obl:agent", "amod", "nmod", "punct"]),
        ([0, 1, 4, 2, 2, 5, 1], ["root", "acl", "case", "obl:agent", "xcomp", "obj", "punct"]),
    ])
    func aPastTenseMisplacedAfterANominalRootBecomesTheRoot(heads: [Int], labels: [String]) throws {
        let result = try run(tags: ["NOUN NNS", "VERB VBN", "ADP IN", "PROPN NNP", "VERB VBD", "NOUN NNS", "PUNCT ."], heads: heads, labels: labels)
        #expect(result.heads == [5, 1, 4, 2, 0, 5, 5])
        #expect(result.labels == ["nsubj", "acl", "case", "obl:agent", "root", "obj", "punct"])
    }

    /// Not repaired: a participle ("troops sent to …" is a reduced relative), a root with its own subject or
    /// copula, a verb before the root, a verb with a subject of its own, a parataxis right after the subject.
    @Test(arguments: [
        (["NOUN NNS", "VERB VBN", "NOUN NNS"], [0, 1, 2], ["root", "acl", "obj"]),
        (["NOUN NNS", "AUX VBZ", "NOUN NNS", "VERB VBD", "NOUN NNS"], [3, 3, 0, 3, 4], ["nsubj", "cop", "root", "acl", "obj"]),
        (["NOUN NNS", "NOUN NNS", "VERB VBD", "NOUN NNS"], [0, 1, 1, 3], ["root", "nsubj", "acl", "obj"]),
        (["VERB VBD", "NOUN NNS"], [2, 0], ["acl", "root"]),
        (["NOUN NNS", "CCONJ CC", "NOUN NNS"], [0, 3, 1], ["root", "cc", "conj"]),
        (["NOUN NNS", "CCONJ CC", "VERB VBN", "NOUN NNS"], [0, 3, 1, 3], ["root", "cc", "conj", "obj"]),
        (["NOUN NNS", "NOUN NNS", "VERB VBD"], [0, 3, 1], ["root", "nsubj", "acl"]),
        // a participle as adjective before the root, or a past tense with no subject of its own
        (["VERB VBN", "NOUN NNS"], [2, 0], ["amod", "root"]),
        (["PROPN NNP", "VERB VBD", "NOUN NNS"], [3, 3, 0], ["compound", "amod", "root"]),
        // "Food , loved it": a parataxis with no aside before it has its subject elided
        (["NOUN NNS", "PUNCT .", "VERB VBD", "NOUN NNS"], [0, 1, 1, 3], ["root", "punct", "parataxis", "obj"]),
    ] as [([String], [Int], [String])])
    func otherTreesAreLeftAlone(tags: [String], heads: [Int], labels: [String]) throws {
        let result = try run(tags: tags, heads: heads, labels: labels)
        #expect(result.heads == heads)
        #expect(result.labels == labels)
    }

    @Test func aLabelSetWithoutTheLabelsHasNoRule() {
        #expect(RootVerbRepair(tags: Self.tags, labels: ["root", "nsubj", "conj"]) == nil)
    }

    /// On a real sentence, through the analyzer: the shipped model roots this one at "Sweden".
    @Test func aLongCoordinatedSubjectKeepsItsVerb() throws {
        let analyzer = try SyntaxAnalyzer()
        let sentence = try #require(analyzer.analyze("Sweden and its NATO allies sent tanks to Ukraine.").first)
        let verb = try #require(sentence.words.firstIndex { $0.form == "sent" })
        #expect(sentence.words[verb].head == 0)
        #expect(sentence.words[0].head == verb + 1)
        #expect(sentence.words[0].label == "nsubj")
        #expect(sentence.words.filter { $0.head == 0 }.count == 1)
    }
}
