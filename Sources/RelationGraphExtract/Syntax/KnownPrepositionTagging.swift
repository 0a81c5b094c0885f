/// A rule stage after the tagger for words the caller's lexicon knows as
/// prepositions ("alongside", "amid"): one the treebank never or rarely saw
/// is tagged `ADP IN`, whatever the tagger guessed.
///
/// Prepositions are a closed class, so the tagger cannot guess one it has
/// not seen from its shape: UD English EWT has no "alongside", and the
/// tagger reads it as a proper noun or a noun ("The UK, alongside France,
/// imposed …"), which the parser then makes the head of a noun phrase. A
/// form with an ambiguity class (seen often enough in training) keeps the
/// tagger's reading, unless a noun phrase follows it: a word that opens
/// one (a determiner, pronoun or number only, in training) or a capitalised
/// word ("operating in eastern Congo alongside M23 rebels", where the
/// tagger read "alongside" as a noun of a compound). The adverb it also is
/// ("fought alongside") takes no object.
///
/// The stage runs inside the tagger's left-to-right pass, like ``KnownNounTagging``.
///
/// - Complexity: O(1) per word.
struct KnownPrepositionTagging: Sendable {
    private let preposition: UInt8
    /// The parts of speech a word that opens a noun phrase may have had in training, and nothing else.
    private static let opensNounPhrase = [UPOS.det, .pron, .num].reduce(UInt64(0)) { $0 | UInt64(1) << $1.index }

    /// The stage for a tag set, or nil when it has no `ADP IN`.
    ///
    /// - Complexity: O(*t*) in the number of tags.
    init?(tags: [String]) {
        guard let preposition = tags.firstIndex(of: "ADP IN") else { return nil }
        self.preposition = UInt8(preposition)
    }

    /// The tag of a known preposition: the predicted one when the treebank saw the form often
    /// enough to give it an ambiguity class (`mask` non-zero) and no noun phrase follows, else `ADP IN`.
    ///
    /// - Parameters:
    ///   - next: The next word, if any, with its ambiguity class.
    /// - Complexity: O(1).
    @inline(__always)
    func adjusted(_ tag: UInt8, mask: UInt64, next: (lexeme: Lexeme, mask: UInt64)?) -> UInt8 {
        guard mask != 0, let next else { return mask == 0 ? preposition : tag }
        let opener = next.mask != 0 && next.mask & ~Self.opensNounPhrase == 0
        // (Flag bits of ``Lexeme``: 0, a digit; 2, an upper-case start.)
        let capitalised = next.lexeme.flags & 0b101 != 0
        return opener || capitalised ? preposition : tag
    }
}
