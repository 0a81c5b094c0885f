/// A rule stage after the tagger for words the caller's lexicon knows as
/// nouns (materiel and soldiers: "drones", "mercenaries"): one tagged as a
/// verb is retagged as a noun, `NOUN NNS` for a verb in `-s` (`VBZ`), else
/// `NOUN NN`, unless the treebank saw its form as a verb; one tagged as an
/// adverb ("ally", for its "-ly") is `NOUN NN`.
///
/// After a name the tagger, trained on web text, reads a plural noun it
/// rarely or never saw as the clause's verb ("deployed Wagner mercenaries to
/// Libya", "sale of Bayraktar TB2 drones to Qatar": `VBZ`), and the parser
/// then builds a clause around it. A form the treebank tagged as a verb at
/// least once ("arms", "ships", "forces") keeps its tag: both readings are
/// real.
///
/// The stage runs inside the tagger's left-to-right pass, like ``NameTagging``.
///
/// - Complexity: O(1) per word.
struct KnownNounTagging: Sendable {
    private let singular: UInt8
    private let plural: UInt8
    private let presentTense: UInt8
    /// Tags whose UPOS is VERB.
    private let verbs: Set<UInt8>
    /// Tags whose UPOS is ADV: "ally" read as an adverb for its "-ly".
    private let adverbs: Set<UInt8>
    /// The ambiguity-class bit of VERB (``Tagger/masks(_:)``).
    private let verbBit = UInt64(1) << UInt64(UPOS.verb.index)

    /// The stage for a tag set, or nil when it has no `NOUN NN`, `NOUN NNS` and `VERB VBZ`.
    ///
    /// - Complexity: O(*t*) in the number of tags.
    init?(tags: [String]) {
        guard let singular = tags.firstIndex(of: "NOUN NN"), let plural = tags.firstIndex(of: "NOUN NNS"),
              let presentTense = tags.firstIndex(of: "VERB VBZ")
        else { return nil }
        self.singular = UInt8(singular)
        self.plural = UInt8(plural)
        self.presentTense = UInt8(presentTense)
        verbs = tags.tagIndexes { upos, _ in upos == "VERB" }
        adverbs = tags.tagIndexes { upos, _ in upos == "ADV" }
    }

    /// The tag of a known noun: the predicted one, or a noun's where it is a verb the treebank
    /// never saw the form as (`mask` is the form's ambiguity class, 0 when rare or unseen).
    ///
    /// - Complexity: O(1).
    @inline(__always)
    func adjusted(_ tag: UInt8, mask: UInt64) -> UInt8 {
        // A known noun is never an adverb ("Azerbaijan's closest ally").
        if adverbs.contains(tag) { return singular }
        guard verbs.contains(tag), mask & verbBit == 0 else { return tag }
        return tag == presentTense ? plural : singular
    }
}
