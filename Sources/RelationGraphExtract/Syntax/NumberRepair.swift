/// A rule stage after the parser: a number given a direct object is the
/// count of that object, which takes the number's place.
///
/// The greedy parser reads "has shipped more than 12 million artillery
/// shells to Russia" with `12` as a complement of `shipped` and `shells` as
/// the object of `12`, so that the verb has no object and the shells are
/// nobody's. A number takes no object in English: the noun after it is what
/// it counts. The noun becomes the verb's object (a verb that has one already
/// keeps it, and the noun keeps the number's label), and the number its
/// `nummod`, keeping its own dependents ("more than").
///
/// - Complexity: O(*n*) time and space in the number of words.
struct NumberRepair: Sendable {
    private let numbers: Set<UInt8>
    private let nouns: Set<UInt8>
    private let verbs: Set<UInt8>
    private let obj: UInt8
    private let nummod: UInt8

    /// The stage for a tag set and label set, or nil when they lack numbers, `obj` or `nummod`.
    ///
    /// - Complexity: O(*t* + *l*) in the numbers of tags and labels.
    init?(tags: [String], labels: [String]) {
        func index(_ label: String) -> UInt8? { labels.firstIndex(of: label).map(UInt8.init) }
        numbers = tags.tagIndexes { upos, _ in upos == "NUM" }
        nouns = tags.tagIndexes { upos, _ in upos == "NOUN" || upos == "PROPN" }
        verbs = tags.tagIndexes { upos, _ in upos == "VERB" }
        guard !numbers.isEmpty, let obj = index("obj"), let nummod = index("nummod") else { return nil }
        self.obj = obj
        self.nummod = nummod
    }

    /// Repairs a parse in place: `heads` 1-based with 0 for the root, `labels` indexes into the parser's labels,
    /// `tags` into the tagger's.
    func apply(_ heads: inout [Int], _ labels: inout [UInt8], tags: [UInt8]) {
        guard tags.count == heads.count else { return }
        for noun in heads.indices where labels[noun] == obj && nouns.contains(tags[noun]) && heads[noun] > 0 && heads[noun] <= noun {
            let number = heads[noun] - 1
            guard numbers.contains(tags[number]), heads[number] > 0 else { continue }
            let governor = heads[number]
            let taken = heads.indices.contains { $0 != number && heads[$0] == governor && labels[$0] == obj }
            heads[noun] = governor
            labels[noun] = verbs.contains(tags[governor - 1]) && !taken ? obj : labels[number]
            heads[number] = noun + 1
            labels[number] = nummod
        }
    }
}
