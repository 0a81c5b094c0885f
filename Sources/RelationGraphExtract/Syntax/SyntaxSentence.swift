/// A Universal Dependencies part-of-speech tag (UPOS).
///
/// The seventeen universal tags of UD v2, in the order of the UD
/// documentation; the raw value is the tag as CoNLL-U writes it.
public enum UPOS: String, Sendable, Hashable, CaseIterable, Codable {
    /// Adjective.
    case adj = "ADJ"
    /// Adposition (preposition or postposition).
    case adp = "ADP"
    /// Adverb.
    case adv = "ADV"
    /// Auxiliary.
    case aux = "AUX"
    /// Coordinating conjunction.
    case cconj = "CCONJ"
    /// Determiner.
    case det = "DET"
    /// Interjection.
    case intj = "INTJ"
    /// Noun.
    case noun = "NOUN"
    /// Numeral.
    case num = "NUM"
    /// Particle.
    case part = "PART"
    /// Pronoun.
    case pron = "PRON"
    /// Proper noun.
    case propn = "PROPN"
    /// Punctuation.
    case punct = "PUNCT"
    /// Subordinating conjunction.
    case sconj = "SCONJ"
    /// Symbol.
    case sym = "SYM"
    /// Verb.
    case verb = "VERB"
    /// Other.
    case x = "X"

    /// The tag's position in ``allCases``, as the models store it.
    var index: Int { UPOS.indexOf[self] ?? 0 }

    private static let indexOf: [UPOS: Int] = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })
}

/// One syntactic word of a parsed sentence: its form, where it is in the
/// text, its tag, and its arc in the dependency tree.
public struct SyntaxWord: Sendable, Hashable {
    /// The word as written (for split clitics such as `'s` and `n't`, the part
    /// of the written token that is this word).
    public var form: String
    /// The word's UTF-8 byte range in the analysed text.
    public var byteRange: Range<Int>
    /// The predicted part-of-speech tag.
    public var upos: UPOS
    /// The predicted treebank-specific tag (Penn Treebank's for English: `VBD`,
    /// `VBN`, `NNP`), predicted with the UPOS; `_` when there is none.
    public var xpos: String
    /// The head's 1-based position in the sentence; 0 for the root.
    public var head: Int
    /// The dependency relation to the head: a UD label such as `nsubj`,
    /// `obl:agent` or `nmod:poss` (`root` for the root).
    public var label: String
    /// White space follows the word in the text.
    public var spaceAfter: Bool

    /// A word with its analysis.
    ///
    /// - Complexity: O(1).
    public init(
        form: String, byteRange: Range<Int>, upos: UPOS, xpos: String = "_", head: Int, label: String, spaceAfter: Bool = true
    ) {
        self.form = form
        self.byteRange = byteRange
        self.upos = upos
        self.xpos = xpos
        self.head = head
        self.label = label
        self.spaceAfter = spaceAfter
    }

    /// The universal part of the label: `nsubj` for `nsubj:pass`.
    ///
    /// - Complexity: O(*k*) in the label's length.
    public var universalLabel: Substring { label.prefix { $0 != ":" } }
}

/// A sentence of a text with its words tagged and parsed into one
/// dependency tree (one root; every word has one head; no cycles).
public struct SyntaxSentence: Sendable, Hashable {
    /// The words in text order; `words[i]` is the word at position `i + 1`.
    public var words: [SyntaxWord]

    /// A sentence of analysed words.
    ///
    /// - Complexity: O(1).
    public init(words: [SyntaxWord]) {
        self.words = words
    }

    /// The sentence's UTF-8 byte range in the analysed text (empty at 0 for no words).
    ///
    /// - Complexity: O(1).
    public var byteRange: Range<Int> {
        guard let first = words.first, let last = words.last else { return 0..<0 }
        return first.byteRange.lowerBound..<last.byteRange.upperBound
    }

    /// The 0-based indexes of the words whose head is the word at 0-based `index`.
    ///
    /// - Complexity: O(*n*) in the number of words.
    public func dependents(of index: Int) -> [Int] {
        words.indices.filter { words[$0].head == index + 1 }
    }
}
