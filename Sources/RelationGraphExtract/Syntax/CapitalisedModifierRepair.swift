/// A rule stage after the tagger: a capitalised word inside a noun phrase,
/// between a determiner or adjective and a noun, tagged as a participle or
/// past tense, is a proper noun: a name used as a modifier ("Iranian Shahed
/// drones").
///
/// The tagger reads an unknown word by its suffix, and names of weapons,
/// firms and places ending in "-ed" look like participles to it; the parser
/// then hangs the adjective before the name on it ("Iranian" modifying
/// "Shahed" instead of "drones") and the noun phrase loses its modifier. A
/// participle modifying a noun is written in lower case inside a sentence;
/// a capitalised one after a determiner or adjective is part of a name (in
/// UD English a `PROPN` compound: "the Armed Forces" has proper nouns too).
/// The sentence's first word, capitalised for its position, is left alone.
///
/// - Complexity: O(*n*) time in the number of words, O(1) extra space.
struct CapitalisedModifierRepair: Sendable {
    private let properNoun: UInt8
    /// Past forms of verbs: `VBN`, `VBD`.
    private let pastForms: Set<UInt8>
    /// Tags of the word before: determiners and adjectives, which open or continue a noun phrase.
    private let openers: Set<UInt8>
    /// Tags of the word after: nouns and proper nouns, the phrase's head.
    private let heads: Set<UInt8>

    /// The stage for a tag set, or nil when it has no `PROPN NNP`.
    ///
    /// - Complexity: O(*t*) in the number of tags.
    init?(tags: [String]) {
        guard let properNoun = tags.firstIndex(of: "PROPN NNP") else { return nil }
        self.properNoun = UInt8(properNoun)
        pastForms = tags.tagIndexes { _, xpos in xpos == "VBN" || xpos == "VBD" }
        openers = tags.tagIndexes { upos, xpos in upos == "ADJ" || xpos == "DT" }
        heads = tags.tagIndexes { upos, _ in upos == "NOUN" || upos == "PROPN" }
    }

    /// Retags in place.
    func apply(_ tags: inout [UInt8], lexemes: [Lexeme]) {
        guard tags.count >= 3 else { return }
        for index in 1..<(tags.count - 1) where pastForms.contains(tags[index]) && lexemes[index].startsUpperCase
            && openers.contains(tags[index - 1]) && heads.contains(tags[index + 1]) {
            tags[index] = properNoun
        }
    }
}
