/// A rule stage after the parser: a common noun the parser made a verb's
/// object (or a phrase with no preposition of its own), right after a
/// prepositional phrase of that word (or below it) that ends in a name, is
/// the head of that phrase with the name as its compound.
///
/// The greedy parser closes a noun phrase at a name it knows and takes the
/// noun after it for a new argument: in "acted after the reimposition of
/// United Nations sanctions on Iran" it makes `sanctions` the object of
/// `acted`, so that the sanctions are nobody's ("following the reimposition
/// of United Nations sanctions", with `sanctions` a second phrase of
/// `reimposition` with no preposition, likewise). A prepositional phrase is no
/// place for an object to start right after, with no punctuation between:
/// the noun right after a name ending such a phrase is the name's head
/// noun ("United Nations sanctions", "European Union measures"). The noun
/// takes the name's place and preposition; the name becomes its
/// `compound`.
///
/// - Complexity: O(*n*) time and space in the number of words.
struct NameCompoundRepair: Sendable {
    private let names: Set<UInt8>
    private let commonNouns: Set<UInt8>
    private let obj: UInt8
    private let compound: UInt8
    private let caseLabel: UInt8
    /// Labels inside a name ("United Nations"): its head is found through them.
    private let nameParts: Set<UInt8>
    private let phrases: Set<UInt8>

    /// The stage for a tag set and label set, or nil when they lack names or the labels it reads.
    ///
    /// - Complexity: O(*t* + *l*) in the numbers of tags and labels.
    init?(tags: [String], labels: [String]) {
        func index(_ label: String) -> UInt8? { labels.firstIndex(of: label).map(UInt8.init) }
        names = tags.tagIndexes { upos, _ in upos == "PROPN" }
        commonNouns = tags.tagIndexes { upos, _ in upos == "NOUN" }
        guard !names.isEmpty, let obj = index("obj"), let compound = index("compound"), let caseLabel = index("case") else { return nil }
        self.obj = obj
        self.compound = compound
        self.caseLabel = caseLabel
        nameParts = Set(["flat", "compound", "amod"].compactMap(index))
        phrases = Set(["obl", "nmod"].compactMap(index))
    }

    /// Repairs a parse in place: `heads` 1-based with 0 for the root, `labels` indexes into the parser's labels,
    /// `tags` into the tagger's.
    func apply(_ heads: inout [Int], _ labels: inout [UInt8], tags: [UInt8]) {
        guard tags.count == heads.count else { return }
        var hasCase = [Bool](repeating: false, count: heads.count)
        for index in heads.indices where labels[index] == caseLabel && heads[index] > 0 && heads[index] <= heads.count {
            hasCase[heads[index] - 1] = true
        }
        for noun in heads.indices.dropFirst() where commonNouns.contains(tags[noun]) && names.contains(tags[noun - 1])
            && (labels[noun] == obj || (phrases.contains(labels[noun]) && !hasCase[noun])) {
            let verb = heads[noun] - 1
            guard verb >= 0, verb < noun else { continue }
            // The head of the name before the noun, through the words inside the name.
            var name = noun - 1
            for _ in 0..<4 where nameParts.contains(labels[name]) && heads[name] - 1 > name && heads[name] - 1 < noun
                && names.contains(tags[heads[name] - 1]) {
                name = heads[name] - 1
            }
            guard phrases.contains(labels[name]), heads[name] - 1 >= verb,
                  let preposition = heads.indices.first(where: { heads[$0] == name + 1 && labels[$0] == caseLabel && $0 < name })
            else { continue }
            // The phrase must end at the name: nothing of it after the name, so that the tree stays projective.
            guard !heads.indices.contains(where: { $0 > name && $0 < noun && heads[$0] == name + 1 }) else { continue }
            heads[noun] = heads[name]
            labels[noun] = labels[name]
            heads[preposition] = noun + 1
            heads[name] = noun + 1
            labels[name] = compound
        }
    }
}
