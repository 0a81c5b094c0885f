import Testing
@testable import RelationGraphExtract

/// The rule stage after the parser: a second subject or object opened by its own conjunction is a conjunct.
@Suite struct DoubleArgumentRepairTests {
    private static let labels = ["root", "nsubj", "conj", "cc", "obj", "punct", "det", "nsubj:pass", "aux:pass", "case", "nmod"]

    private func run(heads: [Int], labels: [String]) throws -> (heads: [Int], labels: [String]) {
        let repair = try #require(DoubleArgumentRepair(labels: Self.labels))
        var heads = heads
        var indexes = labels.compactMap { label in Self.labels.firstIndex(of: label).map(UInt8.init) }
        repair.apply(&heads, &indexes)
        return (heads, indexes.map { Self.labels[Int($0)] })
    }

    /// "Britain and the States struck targets ." with `States` a second `nsubj` of `struck`.
    @Test func aSecondSubjectWithItsConjunctionIsAConjunct() throws {
        let result = try run(heads: [5, 4, 4, 5, 0, 5, 5], labels: ["nsubj", "cc", "det", "nsubj", "root", "obj", "punct"])
        #expect(result.heads == [5, 4, 4, 1, 0, 5, 5])
        #expect(result.labels == ["nsubj", "cc", "det", "conj", "root", "obj", "punct"])
    }

    /// "sent tanks and jets" with `jets` a second `obj`; a passive subject likewise.
    @Test func aSecondObjectOrPassiveSubjectLikewise() throws {
        let objects = try run(heads: [0, 1, 4, 1], labels: ["root", "obj", "cc", "obj"])
        #expect(objects.heads == [0, 1, 4, 2])
        #expect(objects.labels == ["root", "obj", "cc", "conj"])
        let passive = try run(heads: [5, 3, 5, 5, 0], labels: ["nsubj:pass", "cc", "nsubj:pass", "aux:pass", "root"])
        #expect(passive.heads == [5, 3, 1, 5, 0])
        #expect(passive.labels == ["nsubj:pass", "cc", "conj", "aux:pass", "root"])
    }

    /// "sanctions on States remain ." with `States`, opened by its own preposition, a second subject: a modifier
    /// of the first.
    @Test func aSecondSubjectWithAPrepositionIsAModifier() throws {
        let result = try run(heads: [4, 3, 4, 0, 4], labels: ["nsubj", "case", "nsubj", "root", "punct"])
        #expect(result.heads == [4, 3, 1, 0, 4])
        #expect(result.labels == ["nsubj", "case", "nmod", "root", "punct"])
    }

    /// "Britain has personnel ." with `personnel` a second subject after the verb: its object.
    @Test func aSecondSubjectAfterTheVerbIsItsObject() throws {
        let result = try run(heads: [2, 0, 2, 2], labels: ["nsubj", "root", "nsubj", "punct"])
        #expect(result.heads == [2, 0, 2, 2])
        #expect(result.labels == ["nsubj", "root", "obj", "punct"])
    }

    /// Left alone: a subject and an object, two subjects without a conjunction between them (an error of
    /// another kind), a conjunction hung elsewhere, arguments on both sides of their head.
    @Test(arguments: [
        ([2, 0, 2], ["nsubj", "root", "obj"]),
        ([3, 3, 0], ["nsubj", "nsubj", "root"]),
        // an inverted subject with none before the verb ("…, said the minister"), or one after a verb with an object
        ([0, 1], ["root", "nsubj"]),
        ([2, 0, 2, 2], ["nsubj", "root", "obj", "nsubj"]),
        ([4, 1, 4, 0], ["nsubj", "cc", "nsubj", "root"]),
        ([2, 0, 4, 2], ["obj", "root", "cc", "obj"]),
    ] as [([Int], [String])])
    func otherTreesAreLeftAlone(heads: [Int], labels: [String]) throws {
        let result = try run(heads: heads, labels: labels)
        #expect(result.heads == heads)
        #expect(result.labels == labels)
    }

    @Test func aLabelSetWithoutTheLabelsHasNoRule() {
        #expect(DoubleArgumentRepair(labels: ["root", "nsubj"]) == nil)
    }

    /// On a real sentence, through the analyzer: the shipped model gives `carried` two subjects.
    @Test func aCoordinatedSubjectKeepsBothConjuncts() throws {
        let analyzer = try SyntaxAnalyzer()
        let sentence = try #require(analyzer.analyze("Britain and the United States carried out joint strikes on Houthi targets.").first)
        let states = try #require(sentence.words.firstIndex { $0.form == "States" })
        #expect(sentence.words[states].label == "conj")
        #expect(sentence.words[states].head == 1)
    }

    /// "Eritrea mobilised reservists and moved tanks" with `tanks` a second object of `mobilised`: the object of
    /// `moved`, the conjunct right before it with no object; not when that conjunct has one.
    @Test func aSecondObjectAfterAConjunctVerbIsItsObject() throws {
        let tagSet = ["PROPN NNP", "VERB VBD", "NOUN NNS", "CCONJ CC", "PUNCT ."]
        let repair = try #require(DoubleArgumentRepair(labels: Self.labels, tags: tagSet))
        let runner = ParseRepairRunner(tagSet: tagSet, labelSet: Self.labels)
        let tags = ["PROPN NNP", "VERB VBD", "NOUN NNS", "CCONJ CC", "VERB VBD", "NOUN NNS", "PUNCT ."]
        let result = runner.run(tags: tags, heads: [2, 0, 2, 5, 2, 2, 2], labels: ["nsubj", "root", "obj", "cc", "conj", "obj", "punct"]) {
            repair.apply(&$0, &$1, tags: $2)
        }
        #expect(result.heads == [2, 0, 2, 5, 2, 5, 2])
        #expect(result.labels == ["nsubj", "root", "obj", "cc", "conj", "obj", "punct"])
        let withObject = ["PROPN NNP", "VERB VBD", "NOUN NNS", "CCONJ CC", "VERB VBD", "NOUN NNS", "NOUN NNS", "PUNCT ."]
        let kept = runner.run(tags: withObject, heads: [2, 0, 2, 5, 2, 5, 2, 2],
                              labels: ["nsubj", "root", "obj", "cc", "conj", "obj", "obj", "punct"]) { repair.apply(&$0, &$1, tags: $2) }
        #expect(kept.heads[6] != 6)
    }

    /// "Hundreds of Korean troops fought ." with `Korean` a phrase on `Hundreds` and `troops` a second subject:
    /// `troops` is that phrase's noun, with `Korean` its adjective (a name its compound); without tags, or with a
    /// noun where the modifier was, the parse stays.
    @Test func aSubjectSplitAtItsModifierIsJoined() throws {
        let tagSet = ["NOUN NNS", "ADP IN", "ADJ JJ", "PROPN NNP", "VERB VBD", "PUNCT ."]
        let labels = Self.labels + ["amod", "compound"]
        let repair = try #require(DoubleArgumentRepair(labels: labels, tags: tagSet))
        let runner = ParseRepairRunner(tagSet: tagSet, labelSet: labels)
        let tags = ["NOUN NNS", "ADP IN", "ADJ JJ", "NOUN NNS", "VERB VBD", "PUNCT ."]
        let heads = [5, 3, 1, 5, 0, 5]
        let names = ["nsubj", "case", "nmod", "nsubj", "root", "punct"]
        let result = runner.run(tags: tags, heads: heads, labels: names) { repair.apply(&$0, &$1, tags: $2) }
        #expect(result.heads == [5, 4, 4, 1, 0, 5])
        #expect(result.labels == ["nsubj", "case", "amod", "nmod", "root", "punct"])
        var name = tags
        name[2] = "PROPN NNP"
        #expect(runner.run(tags: name, heads: heads, labels: names) { repair.apply(&$0, &$1, tags: $2) }.labels[2] == "compound")
        var noun = tags
        noun[2] = "NOUN NNS"
        #expect(runner.run(tags: noun, heads: heads, labels: names) { repair.apply(&$0, &$1, tags: $2) }.heads == heads)
        #expect(runner.run(tags: tags, heads: heads, labels: names) { heads, labels, _ in repair.apply(&heads, &labels) }.heads == heads)
    }

    /// "The States , Taiwan 's supplier , urged China" with `supplier` a second `nsubj` of `urged`: an aside
    /// between commas before the verb is an apposition of the first subject; without its closing comma it stays.
    @Test func aSecondSubjectBetweenCommasIsAnApposition() throws {
        let labels = Self.labels + ["nmod:poss", "appos"]
        let repair = try #require(DoubleArgumentRepair(labels: labels))
        func run(_ heads: [Int], _ names: [String]) -> (heads: [Int], labels: [String]) {
            var heads = heads
            var indexes = names.compactMap { name in labels.firstIndex(of: name).map(UInt8.init) }
            repair.apply(&heads, &indexes)
            return (heads, indexes.map { labels[Int($0)] })
        }
        let names = ["det", "nsubj", "punct", "nmod:poss", "case", "nsubj", "punct", "root", "obj"]
        let result = run([2, 8, 2, 6, 4, 8, 8, 0, 8], names)
        #expect(result.heads == [2, 8, 2, 6, 4, 2, 8, 0, 8])
        #expect(result.labels == ["det", "nsubj", "punct", "nmod:poss", "case", "appos", "punct", "root", "obj"])
        // "The States , Taiwan 's supplier urged China": no closing comma, no aside.
        let open = run([2, 7, 2, 6, 4, 7, 0, 7], ["det", "nsubj", "punct", "nmod:poss", "case", "nsubj", "root", "obj"])
        #expect(open.labels[5] == "nsubj")
    }

    /// "The embargo on Libya remains" with `Libya` a second `nsubj` of `remains` and its "on" hung on the verb:
    /// a modifier of the first subject, with its preposition.
    @Test func aSecondSubjectAfterAPrepositionOnTheVerbIsAModifier() throws {
        let result = try run(heads: [2, 5, 5, 5, 0], labels: ["det", "nsubj", "case", "nsubj", "root"])
        #expect(result.heads == [2, 5, 4, 2, 0])
        #expect(result.labels == ["det", "nsubj", "case", "nmod", "root"])
    }
}
