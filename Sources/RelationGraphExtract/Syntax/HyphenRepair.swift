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
/// A present tense in "-s" right after such a modifier ("of large-scale
/// exercises around Taiwan"), inside a noun phrase opened before the
/// modifier and closed by a preposition or punctuation after the word, is
/// the phrase's plural noun.
///
/// - Complexity: O(*n*) time in the number of words, O(1) extra space.
struct HyphenRepair: Sendable {
    private let base: UInt8
    private let noun: UInt8
    /// Tags a modifier may stand before: nouns and adjectives.
    private let modified: Set<UInt8>
    private let hyphen = Lexeme("-").form
    private let pluralNoun: UInt8?
    /// Present tenses, which a plural noun after a hyphenated modifier may be read as.
    private let presentTenses: Set<UInt8>
    /// Tags before a modifier that opens or continues a noun phrase, and after a noun phrase that ends an
    /// argument: determiners, possessives, numbers, adjectives, prepositions, verbs (before); prepositions,
    /// punctuation (after).
    private let phraseOpeners: Set<UInt8>
    private let phraseClosers: Set<UInt8>
    private let s = Lexeme("s").suffix1

    /// The stage for a tag set, or nil when it lacks `VERB VB` or `NOUN NN`.
    ///
    /// - Complexity: O(*t*) in the number of tags.
    init?(tags: [String]) {
        guard let base = tags.firstIndex(of: "VERB VB"), let noun = tags.firstIndex(of: "NOUN NN") else { return nil }
        self.base = UInt8(base)
        self.noun = UInt8(noun)
        modified = tags.tagIndexes { upos, _ in upos == "NOUN" || upos == "PROPN" || upos == "ADJ" }
        pluralNoun = tags.firstIndex(of: "NOUN NNS").map(UInt8.init)
        presentTenses = tags.tagIndexes { upos, xpos in upos == "VERB" && (xpos == "VBZ" || xpos == "VBP") }
        phraseOpeners = tags.tagIndexes { upos, xpos in
            upos == "DET" || upos == "NUM" || upos == "ADJ" || upos == "VERB" || xpos == "PRP$" || xpos == "IN"
        }
        phraseClosers = tags.tagIndexes { upos, xpos in upos == "PUNCT" || xpos == "IN" }
    }

    /// Retags in place: `spaceAfter[i]` tells whether white space follows word `i`.
    func apply(_ tags: inout [UInt8], lexemes: [Lexeme], spaceAfter: [Bool]) {
        guard tags.count >= 4 else { return }
        for index in 2..<(tags.count - 1) where tags[index] == base && lexemes[index - 1].form == hyphen
            && !spaceAfter[index - 2] && !spaceAfter[index - 1] && modified.contains(tags[index + 1]) {
            tags[index] = noun
        }
        // "of large-scale exercises around Taiwan": a present tense in "-s" right after a hyphenated modifier that
        // a noun phrase opens, and before a preposition or punctuation, is the phrase's plural noun ("The
        // drone-maker supplies the army" keeps its verb, with an object after it).
        guard let pluralNoun, tags.count >= 5 else { return }
        for index in 3..<(tags.count - 1) where presentTenses.contains(tags[index]) && lexemes[index].suffix1 == s
            && lexemes[index - 2].form == hyphen && !spaceAfter[index - 3] && !spaceAfter[index - 2]
            && modified.contains(tags[index - 1]) && phraseClosers.contains(tags[index + 1])
            && (index == 3 || phraseOpeners.contains(tags[index - 4])) {
            tags[index] = pluralNoun
        }
    }
}
