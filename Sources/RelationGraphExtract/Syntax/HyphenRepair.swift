/// A rule stage after the tagger: the second part of a hyphenated
/// modifier, written without spaces ("dual-use goods", "long-range
/// missiles"), tagged as a verb's base form, is a noun.
///
/// UD tokenisation splits "dual-use" into `dual` `-` `use`, and the tagger,
/// reading `use` without the hyphen's context, makes it the verb whose
/// object is the noun after it ("banned exports of dual-[use goods]"); the
/// parser then builds a clause there. A base-form verb is not the second
/// part of a modifier before a noun: in UD English such parts are nouns,
/// adjectives or participles. Only text with its spacing known gets the
/// stage (the treebank's gold tokenisation has none).
///
/// - Complexity: O(*n*) time in the number of words, O(1) extra space.
struct HyphenRepair: Sendable {
    private let base: UInt8
    private let noun: UInt8
    /// Tags a modifier may stand before: nouns and adjectives.
    private let modified: Set<UInt8>
    private let hyphen = Lexeme("-").form

    /// The stage for a tag set, or nil when it lacks `VERB VB` or `NOUN NN`.
    ///
    /// - Complexity: O(*t*) in the number of tags.
    init?(tags: [String]) {
        guard let base = tags.firstIndex(of: "VERB VB"), let noun = tags.firstIndex(of: "NOUN NN") else { return nil }
        self.base = UInt8(base)
        self.noun = UInt8(noun)
        modified = tags.tagIndexes { upos, _ in upos == "NOUN" || upos == "PROPN" || upos == "ADJ" }
    }

    /// Retags in place: `spaceAfter[i]` tells whether white space follows word `i`.
    func apply(_ tags: inout [UInt8], lexemes: [Lexeme], spaceAfter: [Bool]) {
        guard tags.count >= 4 else { return }
        for index in 2..<(tags.count - 1) where tags[index] == base && lexemes[index - 1].form == hyphen
            && !spaceAfter[index - 2] && !spaceAfter[index - 1] && modified.contains(tags[index + 1]) {
            tags[index] = noun
        }
    }
}
