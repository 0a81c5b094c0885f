/// A rule stage after the tagger, in the manner of spaCy's attribute ruler:
/// a past participle that can only be the sentence's finite verb is retagged
/// as a past tense.
///
/// News sentences open with a subject and a past tense: "A Thai fighter jet
/// bombed targets in Cambodia". The tagger, trained on web text, often reads
/// the verb after a noun as a participle modifying it (`VBN`, as in "the jet
/// bombed by …"), and the parser then hangs the whole clause on the noun.
/// A participle that modifies a noun is followed by its agent or a
/// preposition, not by a bare object; so a `VBN` right after a noun, right
/// before the start of a noun phrase, with no finite verb or auxiliary
/// before it in the sentence, is the finite verb.
///
/// - Complexity: O(*n*) time in the number of words, O(1) extra space.
struct FiniteVerbRepair: Sendable {
    private let participle: UInt8
    private let pastTense: UInt8
    /// Tags a word before the participle may have: nouns.
    private let nouns: Set<UInt8>
    /// Tags that start a noun phrase after it: determiners, possessives, numbers, adjectives, nouns.
    private let objectStarts: Set<UInt8>
    /// Tags that make a clause finite before it: past and present tenses, modals, auxiliaries.
    private let finite: Set<UInt8>

    /// The stage for a tag set, or nil when the tag set has no `VERB VBN` and `VERB VBD`.
    ///
    /// - Complexity: O(*t*) in the number of tags.
    init?(tags: [String]) {
        func indexes(_ wanted: (String, String) -> Bool) -> Set<UInt8> {
            Set(tags.indices.filter { index in
                let parts = tags[index].split(separator: " ").map(String.init)
                return parts.count == 2 && wanted(parts[0], parts[1])
            }.map { UInt8($0) })
        }
        guard let participle = tags.firstIndex(of: "VERB VBN"), let pastTense = tags.firstIndex(of: "VERB VBD") else { return nil }
        self.participle = UInt8(participle)
        self.pastTense = UInt8(pastTense)
        nouns = indexes { upos, _ in upos == "NOUN" || upos == "PROPN" }
        objectStarts = indexes { upos, xpos in
            upos == "NOUN" || upos == "PROPN" || upos == "ADJ" || upos == "NUM" || xpos == "DT" || xpos == "PRP$"
        }
        finite = indexes { upos, xpos in upos == "AUX" || xpos == "VBD" || xpos == "VBZ" || xpos == "VBP" || xpos == "MD" }
    }

    /// The tags with the repair applied.
    func apply(_ tags: inout [UInt8]) {
        guard tags.count >= 3, !finite.contains(tags[0]) else { return }
        for index in 1..<(tags.count - 1) {
            if finite.contains(tags[index]) { return }
            if tags[index] == participle, nouns.contains(tags[index - 1]), objectStarts.contains(tags[index + 1]) {
                tags[index] = pastTense
                return
            }
        }
    }
}
