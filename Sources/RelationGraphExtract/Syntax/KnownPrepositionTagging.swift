/// A rule stage after the tagger for words the caller's lexicon knows as
/// prepositions ("alongside", "amid"): one the treebank never or rarely saw
/// is tagged `ADP IN`, whatever the tagger guessed.
///
/// Prepositions are a closed class, so the tagger cannot guess one it has
/// not seen from its shape: UD English EWT has no "alongside", and the
/// tagger reads it as a proper noun or a noun ("The UK, alongside France,
/// imposed …"), which the parser then makes the head of a noun phrase. A
/// form with an ambiguity class (seen often enough in training) keeps the
/// tagger's reading.
///
/// The stage runs inside the tagger's left-to-right pass, like ``KnownNounTagging``.
///
/// - Complexity: O(1) per word.
struct KnownPrepositionTagging: Sendable {
    private let preposition: UInt8

    /// The stage for a tag set, or nil when it has no `ADP IN`.
    ///
    /// - Complexity: O(*t*) in the number of tags.
    init?(tags: [String]) {
        guard let preposition = tags.firstIndex(of: "ADP IN") else { return nil }
        self.preposition = UInt8(preposition)
    }

    /// The tag of a known preposition: the predicted one when the treebank saw the form often
    /// enough to give it an ambiguity class (`mask` non-zero), else `ADP IN`.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    func adjusted(_ tag: UInt8, mask: UInt64) -> UInt8 {
        mask == 0 ? preposition : tag
    }
}
