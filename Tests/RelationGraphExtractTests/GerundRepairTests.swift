import Testing
@testable import RelationGraphExtract

/// The rule stage after the parser: a gerund after a preposition, read as its noun's adjective, takes the noun as object.
@Suite struct GerundRepairTests {
    private static let tags = ["PROPN NNP", "AUX VBD", "VERB VBN", "ADP IN", "VERB VBG", "NOUN NNS", "PUNCT .", "ADJ JJ", "PART TO", "AUX VB",
                               "VERB VBD", "PUNCT ,", "CCONJ CC"]
    private static let labels = ["root", "nsubj:pass", "aux:pass", "case", "amod", "obl", "nmod", "obj", "mark", "advcl", "acl", "punct",
                                 "aux", "xcomp", "nsubj", "conj", "cc"]

    private func run(tags: [String], heads: [Int], labels: [String]) throws -> (heads: [Int], labels: [String]) {
        let repair = try #require(GerundRepair(tags: Self.tags, labels: Self.labels))
        return ParseRepairRunner(tagSet: Self.tags, labelSet: Self.labels).run(tags: tags, heads: heads, labels: labels) {
            repair.apply(&$0, &$1, tags: $2)
        }
    }

    /// "Iran was sanctioned for shipping missiles ." read as "for [shipping missiles]": `shipping` heads an
    /// adverbial clause of `sanctioned`, with `missiles` its object and `for` its mark.
    @Test func aGerundReadAsAnAdjectiveTakesItsObject() throws {
        let result = try run(
            tags: ["PROPN NNP", "AUX VBD", "VERB VBN", "ADP IN", "VERB VBG", "NOUN NNS", "PUNCT ."],
            heads: [3, 3, 0, 6, 6, 3, 3], labels: ["nsubj:pass", "aux:pass", "root", "case", "amod", "obl", "punct"])
        #expect(result.heads == [3, 3, 0, 5, 3, 5, 3])
        #expect(result.labels == ["nsubj:pass", "aux:pass", "root", "mark", "advcl", "obj", "punct"])
    }

    /// "Israel launched strikes across Lebanon , targeting positions ." with `targeting` a conjunct of `strikes`:
    /// an adverbial clause of `launched`; a gerund coordinated with a verb stays.
    @Test func aGerundCoordinatedWithANounAfterACommaIsAnAdverbialClause() throws {
        let tags = ["PROPN NNP", "VERB VBD", "NOUN NNS", "ADP IN", "PROPN NNP", "PUNCT ,", "VERB VBG", "NOUN NNS", "PUNCT ."]
        let result = try run(tags: tags, heads: [2, 0, 2, 5, 3, 7, 3, 7, 2],
                             labels: ["nsubj", "root", "obj", "case", "nmod", "punct", "conj", "obj", "punct"])
        #expect(result.heads == [2, 0, 2, 5, 3, 7, 2, 7, 2])
        #expect(result.labels == ["nsubj", "root", "obj", "case", "nmod", "punct", "advcl", "obj", "punct"])
        let onAVerb = ["PROPN NNP", "VERB VBD", "NOUN NNS", "PUNCT ,", "VERB VBG", "NOUN NNS"]
        let kept = try run(tags: onAVerb, heads: [2, 0, 2, 5, 2, 5], labels: ["nsubj", "root", "obj", "punct", "conj", "obj"])
        #expect(kept.heads == [2, 0, 2, 5, 2, 5])
        #expect(kept.labels == ["nsubj", "root", "obj", "punct", "conj", "obj"])
    }

    /// Inside a noun phrase the gerund clause is an `acl`: "reports of smuggling drones".
    @Test func insideANounPhraseTheClauseIsAnACL() throws {
        let result = try run(
            tags: ["NOUN NNS", "ADP IN", "VERB VBG", "NOUN NNS"],
            heads: [0, 4, 4, 1], labels: ["root", "case", "amod", "nmod"])
        #expect(result.heads == [0, 3, 1, 3])
        #expect(result.labels == ["root", "mark", "acl", "obj"])
    }

    /// "India is believed to have supplied missiles" with `supplied` (and its "to have") an adjective of
    /// `missiles`, the object of `believed`: `supplied` is the complement, `missiles` its object.
    @Test func aVerbWithAnAuxiliaryIsNoAdjective() throws {
        let result = try run(
            tags: ["PROPN NNP", "AUX VBD", "VERB VBN", "PART TO", "AUX VB", "VERB VBN", "NOUN NNS"],
            heads: [3, 3, 0, 6, 6, 7, 3], labels: ["nsubj:pass", "aux:pass", "root", "mark", "aux", "amod", "obj"])
        #expect(result.heads == [3, 3, 0, 6, 6, 3, 6])
        #expect(result.labels == ["nsubj:pass", "aux:pass", "root", "mark", "aux", "xcomp", "obj"])
    }

    /// Left alone: an adjective, a gerund not right before its noun, no preposition before it, or a
    /// preposition that is not the noun's.
    @Test(arguments: [
        (["ADP IN", "ADJ JJ", "NOUN NNS"], [3, 3, 0], ["case", "amod", "root"]),
        (["ADP IN", "VERB VBG", "ADJ JJ", "NOUN NNS"], [4, 4, 4, 0], ["case", "amod", "amod", "root"]),
        (["PROPN NNP", "VERB VBG", "NOUN NNS"], [3, 3, 0], ["nsubj:pass", "amod", "root"]),
        (["NOUN NNS", "ADP IN", "VERB VBG", "NOUN NNS"], [0, 1, 4, 1], ["root", "case", "amod", "obj"]),
    ] as [([String], [Int], [String])])
    func otherTreesAreLeftAlone(tags: [String], heads: [Int], labels: [String]) throws {
        let result = try run(tags: tags, heads: heads, labels: labels)
        #expect(result.heads == heads)
        #expect(result.labels == labels)
    }

    /// "troops in Somalia fighting al-Shabaab ." with `fighting` the head of the "in" phrase and `Somalia` its
    /// compound: `Somalia` heads the phrase, `fighting` is a clause on `troops`; without an object it stays ("for
    /// US standing with Iraqis", where "standing" is a noun).
    @Test func aGerundAfterANameInAPhraseDescribesThePhrasesHead() throws {
        let tagSet = Self.tags + ["NOUN NN"]
        let labelSet = Self.labels + ["compound"]
        let repair = try #require(GerundRepair(tags: tagSet, labels: labelSet))
        let runner = ParseRepairRunner(tagSet: tagSet, labelSet: labelSet)
        let tags = ["NOUN NNS", "ADP IN", "PROPN NNP", "VERB VBG", "PROPN NNP", "PUNCT ."]
        let result = runner.run(tags: tags, heads: [0, 4, 4, 1, 4, 1], labels: ["root", "case", "compound", "nmod", "obj", "punct"]) {
            repair.apply(&$0, &$1, tags: $2)
        }
        #expect(result.heads == [0, 3, 1, 1, 4, 1])
        #expect(result.labels == ["root", "case", "nmod", "acl", "obj", "punct"])
        let noObject = runner.run(tags: tags, heads: [0, 4, 4, 1, 4, 1], labels: ["root", "case", "compound", "nmod", "obl", "punct"]) {
            repair.apply(&$0, &$1, tags: $2)
        }
        #expect(noObject.heads == [0, 4, 4, 1, 4, 1])
    }

    @Test func aLabelSetWithoutTheLabelsHasNoRule() {
        #expect(GerundRepair(tags: Self.tags, labels: ["root", "amod", "obj"]) == nil)
    }

    /// Through the analyzer, on a sentence the shipped parser gets wrong without the stage.
    @Test func theShippedParserIsRepaired() throws {
        let analyzer = try SyntaxAnalyzer()
        let sentence = try #require(analyzer.analyze("Iran was sanctioned for shipping missiles to Russia.").first)
        let gerund = try #require(sentence.words.firstIndex { $0.form == "shipping" })
        let missiles = try #require(sentence.words.firstIndex { $0.form == "missiles" })
        #expect(sentence.words[missiles].head == gerund + 1)
        #expect(sentence.words[missiles].label == "obj")
    }
}
