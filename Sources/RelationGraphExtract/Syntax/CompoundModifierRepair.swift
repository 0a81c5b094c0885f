/// A rule stage after the parser: an adjective right before a proper noun
/// that is the compound of a common noun modifies the common noun
/// ("Iranian Shahed drones": `Iranian` is an `amod` of `drones`, not of
/// `Shahed`).
///
/// The greedy parser attaches an adjective to the word right after it when
/// that word is a noun, and keeps the attachment when the word turns out to
/// be a name modifying the noun after it. A name is not graded or described
/// by an adjective in front of a noun it modifies: "Russian Lancet drones"
/// are Russian drones of the Lancet kind, and UD English attaches the
/// adjective to the head noun. Names made of several words ("the American
/// Red Cross", all proper nouns) keep their parse: the head must be a
/// common noun right after the name. A capitalised adjective may be a word
/// of the name itself ("a senior Islamic Jihad official", "the United Way
/// link"), so one moves only when the caller knows it for a demonym.
///
/// - Complexity: O(*n*) time in the number of words, O(1) extra space.
struct CompoundModifierRepair: Sendable {
    private let adjectives: Set<UInt8>
    private let names: Set<UInt8>
    private let commonNouns: Set<UInt8>
    private let amod: UInt8
    /// Labels inside a name and of the name on its noun: `compound`, `flat`.
    private let nameParts: Set<UInt8>

    /// The stage for a tag set and label set, or nil when they lack the tags or labels it reads.
    ///
    /// - Complexity: O(*t* + *l*) in the numbers of tags and labels.
    init?(tags: [String], labels: [String]) {
        func index(_ label: String) -> UInt8? { labels.firstIndex(of: label).map(UInt8.init) }
        adjectives = tags.tagIndexes { upos, _ in upos == "ADJ" }
        names = tags.tagIndexes { upos, _ in upos == "PROPN" }
        commonNouns = tags.tagIndexes { upos, _ in upos == "NOUN" }
        guard !adjectives.isEmpty, !names.isEmpty, let amod = index("amod"), let compound = index("compound") else { return nil }
        self.amod = amod
        nameParts = Set([compound] + [index("flat")].compactMap { $0 })
    }

    /// Repairs a parse in place: `heads` 1-based with 0 for the root, `labels` indexes into the parser's labels,
    /// `tags` into the tagger's; `demonyms`, positions of words known to be demonyms.
    func apply(_ heads: inout [Int], _ labels: inout [UInt8], tags: [UInt8], lexemes: [Lexeme], demonyms: Set<Int>) {
        guard tags.count == heads.count, tags.count == lexemes.count, tags.count >= 3 else { return }
        for adjective in 0..<(tags.count - 2) where adjectives.contains(tags[adjective]) && labels[adjective] == amod
            && heads[adjective] == adjective + 2 && names.contains(tags[adjective + 1])
            && (!lexemes[adjective].startsUpperCase || demonyms.contains(adjective)) {
            // The name's words, right after the adjective, each a part of the name or of the noun after it.
            var last = adjective + 1
            while last + 1 < tags.count, names.contains(tags[last + 1]) { last += 1 }
            let noun = last + 1
            guard noun < tags.count, commonNouns.contains(tags[noun]),
                  (adjective + 1...last).allSatisfy({ nameParts.contains(labels[$0]) && heads[$0] - 1 > $0 && heads[$0] - 1 <= noun }),
                  heads[last] == noun + 1
            else { continue }
            heads[adjective] = noun + 1
        }
    }
}
