/// A rule stage after the parser: two nouns coordinated before a plural
/// noun ("missile and drone attacks", "oil and gas exports") modify it
/// together; when the parser made the plural noun a conjunct of a verb
/// before them, the first noun is its modifier, not a phrase of its own.
///
/// The greedy parser attaches the first noun ("against Russian missile")
/// as a phrase and closes it before it sees the conjunction; the plural
/// noun, whose second modifier it did see (`drone` its compound), is then
/// left to coordinate with the verb, which a noun cannot. The plural noun
/// takes the first noun's place (its head, label, preposition, determiner
/// and adjectives before it), the first noun becomes its `compound`, and
/// the second noun the first's conjunct with the conjunction, as UD
/// coordinates modifiers. Only a singular first noun with no determiner
/// of its own qualifies: "a missile and drone attacks" are two things.
///
/// - Complexity: O(*n*) time in the number of words, O(1) extra space.
struct CoordinatedModifierRepair: Sendable {
    private let singularNouns: Set<UInt8>
    private let pluralNouns: Set<UInt8>
    private let verbs: Set<UInt8>
    private let conjunctions: Set<UInt8>
    /// Labels of the first noun's own words that go with the phrase's head: `case`, `det`, `amod`, `nmod:poss`.
    private let phraseLabels: Set<UInt8>
    private let determiner: UInt8
    private let compound: UInt8
    private let conj: UInt8
    private let cc: UInt8

    /// The stage for a tag set and label set, or nil when they lack the tags or labels it reads.
    ///
    /// - Complexity: O(*t* + *l*) in the numbers of tags and labels.
    init?(tags: [String], labels: [String]) {
        func index(_ label: String) -> UInt8? { labels.firstIndex(of: label).map(UInt8.init) }
        singularNouns = tags.tagIndexes { upos, xpos in upos == "NOUN" && xpos == "NN" }
        pluralNouns = tags.tagIndexes { upos, xpos in upos == "NOUN" && xpos == "NNS" }
        verbs = tags.tagIndexes { upos, _ in upos == "VERB" }
        conjunctions = tags.tagIndexes { upos, _ in upos == "CCONJ" }
        guard !singularNouns.isEmpty, !pluralNouns.isEmpty, !conjunctions.isEmpty, let determiner = index("det"),
              let compound = index("compound"), let conj = index("conj"), let cc = index("cc") else { return nil }
        self.determiner = determiner
        self.compound = compound
        self.conj = conj
        self.cc = cc
        phraseLabels = Set(["case", "det", "amod", "nmod:poss"].compactMap(index))
    }

    /// Repairs a parse in place: `heads` 1-based with 0 for the root, `labels` indexes into the parser's labels,
    /// `tags` into the tagger's.
    func apply(_ heads: inout [Int], _ labels: inout [UInt8], tags: [UInt8]) {
        guard tags.count == heads.count, tags.count >= 4 else { return }
        for first in 0..<(tags.count - 3) {
            let (conjunction, second, noun) = (first + 1, first + 2, first + 3)
            guard singularNouns.contains(tags[first]), conjunctions.contains(tags[conjunction]),
                  singularNouns.contains(tags[second]), pluralNouns.contains(tags[noun]),
                  heads[second] == noun + 1, labels[noun] == conj,
                  case let verb = heads[noun] - 1, verb >= 0, verb < first, verbs.contains(tags[verb]),
                  heads[first] != noun + 1,
                  !heads.indices.contains(where: { heads[$0] == first + 1 && labels[$0] == determiner })
            else { continue }
            heads[noun] = heads[first]
            labels[noun] = labels[first]
            for child in heads.indices where child < first && heads[child] == first + 1 && phraseLabels.contains(labels[child]) {
                heads[child] = noun + 1
            }
            heads[first] = noun + 1
            labels[first] = compound
            heads[second] = first + 1
            labels[second] = conj
            heads[conjunction] = second + 1
            labels[conjunction] = cc
        }
    }
}
