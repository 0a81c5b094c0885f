import Testing
@testable import RelationGraphExtract

/// The rule stage after the parser: `advcl:relcl` on a noun with no copula is `acl:relcl`.
@Suite struct RelativeLabelRepairTests {
    private static let tags = ["PROPN NNP", "PUNCT ,", "PRON WDT", "VERB VBD", "NOUN NNS", "AUX VBZ", "ADJ JJ"]
    private static let labels = ["root", "punct", "nsubj", "advcl:relcl", "acl:relcl", "obj", "cop"]

    private func run(tags: [String], heads: [Int], labels: [String]) throws -> [String] {
        let repair = try #require(RelativeLabelRepair(tags: Self.tags, labels: Self.labels))
        return ParseRepairRunner(tagSet: Self.tags, labelSet: Self.labels).run(tags: tags, heads: heads, labels: labels) {
            repair.apply(&$0, &$1, tags: $2)
        }.labels
    }

    /// "Arabia , which fought Houthis" with the clause an `advcl:relcl` of the noun root: an `acl:relcl`.
    @Test func aSententialRelativeOnANounIsARelativeClause() throws {
        let labels = try run(tags: ["PROPN NNP", "PUNCT ,", "PRON WDT", "VERB VBD", "NOUN NNS"], heads: [0, 4, 4, 1, 4],
                             labels: ["root", "punct", "nsubj", "advcl:relcl", "obj"])
        #expect(labels == ["root", "punct", "nsubj", "acl:relcl", "obj"])
    }

    /// On a verb, or on a noun with a copula (a predicate), the sentential relative stays.
    @Test func onAPredicateItStays() throws {
        let onVerb = ["root", "punct", "nsubj", "advcl:relcl"]
        #expect(try run(tags: ["VERB VBD", "PUNCT ,", "PRON WDT", "VERB VBD"], heads: [0, 4, 4, 1], labels: onVerb) == onVerb)
        let withCopula = ["cop", "root", "punct", "nsubj", "advcl:relcl"]
        #expect(try run(tags: ["AUX VBZ", "NOUN NNS", "PUNCT ,", "PRON WDT", "VERB VBD"], heads: [2, 0, 5, 5, 2], labels: withCopula)
            == withCopula)
    }

    @Test func aLabelSetWithoutTheLabelsHasNoRule() {
        #expect(RelativeLabelRepair(tags: Self.tags, labels: ["root", "acl:relcl"]) == nil)
    }
}
