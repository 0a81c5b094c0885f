/// A rule stage after the tagger: "that" tagged as a determiner before a
/// noun phrase whose head is plural ("… and that Rwandan troops were
/// fighting") opens a clause: it is the subordinator (`SCONJ IN`).
///
/// The demonstrative determiner agrees with its noun: a plural takes
/// "those", never "that" ("that troops" is not a phrase of English). The
/// tagger, deciding on "that" before it sees the noun's number, reads the
/// subordinator after "and" as the determiner; the parser then makes the
/// clause's subject a conjunct of the noun before it, and its verb loses
/// its subject. In UD English EWT, "that" before adjectives and nouns that
/// end in a plural is the subordinator 59 times, the relative pronoun 10
/// (after a noun: "the issues that vendors may have") and a determiner once
/// (a typo): the stage leaves "that" after a noun alone.
///
/// - Complexity: O(*n*) time in the number of words, O(1) extra space.
struct DemonstrativeRepair: Sendable {
    private let that = Lexeme("that").lower
    private let determiners: Set<UInt8>
    private let subordinator: UInt8
    private let adjectives: Set<UInt8>
    /// Common and proper nouns, singular or plural, and the plural ones among them.
    private let nouns: Set<UInt8>
    private let pluralNouns: Set<UInt8>

    /// The stage for a tag set, or nil when it lacks `SCONJ IN` or `DET DT`.
    ///
    /// - Complexity: O(*t*) in the number of tags.
    init?(tags: [String]) {
        guard let subordinator = tags.firstIndex(of: "SCONJ IN") else { return nil }
        self.subordinator = UInt8(subordinator)
        determiners = tags.tagIndexes { upos, _ in upos == "DET" }
        adjectives = tags.tagIndexes { upos, _ in upos == "ADJ" }
        nouns = tags.tagIndexes { upos, _ in upos == "NOUN" || upos == "PROPN" }
        pluralNouns = tags.tagIndexes { upos, xpos in (upos == "NOUN" || upos == "PROPN") && (xpos == "NNS" || xpos == "NNPS") }
        guard !determiners.isEmpty else { return nil }
    }

    /// Retags in place: `tags` index into the tagger's tags.
    func apply(_ tags: inout [UInt8], lexemes: [Lexeme]) {
        guard tags.count == lexemes.count else { return }
        for index in tags.indices where lexemes[index].lower == that && determiners.contains(tags[index]) {
            guard index == 0 || !nouns.contains(tags[index - 1]) else { continue }
            var next = index + 1
            while next < tags.count, adjectives.contains(tags[next]) { next += 1 }
            var last = next
            while last < tags.count, nouns.contains(tags[last]) { last += 1 }
            guard last > next, pluralNouns.contains(tags[last - 1]) else { continue }
            tags[index] = subordinator
        }
    }
}
