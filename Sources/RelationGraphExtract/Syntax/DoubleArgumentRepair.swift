/// A rule stage after the parser: a word given two subjects (or two direct
/// objects) on the same side, the later one opened by a coordinating
/// conjunction of its own, has one coordinated argument: the later becomes a
/// conjunct (`conj`) of the earlier.
///
/// The greedy parser makes this error when a coordinated subject is long
/// enough that the first conjunct is attached before the conjunction is
/// seen ("Britain and the United States carried out strikes": `States`
/// a second `nsubj` of `carried`, its `and` hanging on it). UD allows one
/// subject and one direct object per predicate, and a second one carrying
/// its own `cc` before it is what a conjunct looks like. A later one opened
/// by a preposition of its own ("Venezuela's sanctions on the United States
/// remain": `States` a second subject with its `on`) is a modifier (`nmod`)
/// of the earlier: a subject takes no preposition. A subject after its verb
/// when the verb already has one before it, and no object, is its object
/// ("Britain has around 900 personnel based in Estonia"). A later subject
/// before the verb set off by commas on both sides ("The United States,
/// Taiwan's main arms supplier, urged …") is an apposition (`appos`) of
/// the earlier. A later subject right after a modifier (an adjective or a
/// name) that the parser hung on the earlier as its prepositional phrase
/// ("Hundreds of North Korean troops fought …": `Korean` an `nmod` of
/// `Hundreds`, `troops` a second subject) is that phrase's noun: the
/// modifier becomes its `amod` (a name its `compound`) and the noun takes
/// the modifier's place and preposition under the earlier. A later object
/// right after a verb coordinated with the head that has no object of its
/// own ("has mobilised reservists and moved tanks": `tanks` a second object
/// of `mobilised`) is that verb's object.
///
/// - Complexity: O(*n*) time and space in the number of words.
struct DoubleArgumentRepair: Sendable {
    /// The most words an aside between a subject and its verb is read as.
    static let maximumAside = 16
    private let arguments: Set<UInt8>
    private let cc: UInt8
    private let conj: UInt8
    private let nmod: UInt8?
    private let caseLabel: UInt8?
    private let subject: UInt8?
    private let object: UInt8?
    private let punct: UInt8?
    private let appos: UInt8?
    private let amod: UInt8?
    private let compound: UInt8?
    /// Tags of a word that modifies a noun before it: adjectives and names.
    private let modifiers: Set<UInt8>
    private let names: Set<UInt8>
    private let nouns: Set<UInt8>
    private let verbs: Set<UInt8>

    /// The stage for a label set, or nil when the labels lack `cc`, `conj` or `nsubj`; with the tagger's tags
    /// it also finds a subject split at its modifier.
    ///
    /// - Complexity: O(*t* + *l*) in the numbers of tags and labels.
    init?(labels: [String], tags: [String] = []) {
        func index(_ label: String) -> UInt8? { labels.firstIndex(of: label).map(UInt8.init) }
        guard let cc = index("cc"), let conj = index("conj"), index("nsubj") != nil else { return nil }
        self.cc = cc
        self.conj = conj
        nmod = index("nmod")
        caseLabel = index("case")
        subject = index("nsubj")
        object = index("obj")
        punct = index("punct")
        appos = index("appos")
        amod = index("amod")
        compound = index("compound")
        names = tags.tagIndexes { upos, _ in upos == "PROPN" }
        modifiers = names.union(tags.tagIndexes { upos, _ in upos == "ADJ" })
        nouns = tags.tagIndexes { upos, _ in upos == "NOUN" }
        verbs = tags.tagIndexes { upos, _ in upos == "VERB" }
        arguments = Set(["nsubj", "nsubj:pass", "obj"].compactMap(index))
    }

    /// Repairs a parse in place: `heads` 1-based with 0 for the root, `labels` indexes into the parser's labels,
    /// `tags` (when given) into the tagger's.
    func apply(_ heads: inout [Int], _ labels: inout [UInt8], tags: [UInt8] = []) {
        // The first dependent of each (head, label, side), by 1-based head.
        var first: [Int: Int] = [:]
        for index in heads.indices where arguments.contains(labels[index]) && heads[index] > 0 {
            let head = heads[index]
            let key = (head * 256 + Int(labels[index])) * 2 + (index + 1 < head ? 0 : 1)
            guard let earlier = first[key] else {
                first[key] = index
                continue
            }
            // The conjunction must hang on the later argument and stand between the two.
            let between = heads.indices.filter { heads[$0] == index + 1 && $0 > earlier && $0 < index }
            if labels[index] == object, index - 1 > earlier, verbs.contains(tags.count == heads.count ? tags[index - 1] : 0),
               heads[index - 1] == head, labels[index - 1] == conj,
               !heads.indices.contains(where: { heads[$0] == index && labels[$0] == object }) {
                // "mobilised reservists and moved tanks": a second object right after a conjunct verb with none is
                // that verb's.
                heads[index] = index
            } else if between.contains(where: { labels[$0] == cc }) {
                heads[index] = earlier + 1
                labels[index] = conj
            } else if let nmod, let caseLabel, between.contains(where: { labels[$0] == caseLabel })
                        || (index - 1 > earlier && labels[index - 1] == caseLabel && heads[index - 1] == head) {
                // "sanctions on the United States remain": a preposition of its own makes it a modifier (also
                // when the parser hung the preposition right before it on the verb: "the embargo on Libya remains").
                if labels[index - 1] == caseLabel { heads[index - 1] = index + 1 }
                heads[index] = earlier + 1
                labels[index] = nmod
            } else if let appos, index + 1 < head, isAside(index, after: earlier, before: head - 1, heads, labels) {
                // "The United States, Taiwan's main arms supplier, urged …": an aside names the earlier subject.
                heads[index] = earlier + 1
                labels[index] = appos
            } else if let amod, let compound, let nmod, let caseLabel, tags.count == heads.count, index + 1 < head,
                      nouns.contains(tags[index]), index - 1 > earlier, heads[index - 1] == earlier + 1,
                      labels[index - 1] == nmod, modifiers.contains(tags[index - 1]),
                      heads.indices.contains(where: { heads[$0] == index && labels[$0] == caseLabel && $0 < index - 1 }) {
                // "Hundreds of North Korean troops fought": the modifier is the noun's, which takes its place.
                let modifier = index - 1
                for word in heads.indices where heads[word] == modifier + 1 && labels[word] == caseLabel { heads[word] = index + 1 }
                heads[index] = earlier + 1
                labels[index] = nmod
                heads[modifier] = index + 1
                labels[modifier] = names.contains(tags[modifier]) ? compound : amod
            }
        }
        // "Britain has around 900 personnel based in Estonia" with `personnel` a second subject after the
        // verb: a verb with its subject before it and no object has its object there.
        guard let subject, let object else { return }
        var before = Set<Int>(), objects = Set<Int>()
        for index in heads.indices where heads[index] > 0 {
            if labels[index] == subject, index + 1 < heads[index] { before.insert(heads[index]) }
            if labels[index] == object { objects.insert(heads[index]) }
        }
        for index in heads.indices where labels[index] == subject && heads[index] > 0 && index + 1 > heads[index]
            && before.contains(heads[index]) && !objects.contains(heads[index]) {
            labels[index] = object
            objects.insert(heads[index])
        }
    }

    /// Whether the phrase of the word at `index` (0-based) lies between `earlier` and `verb` with a comma
    /// right before it and right after it. An aside is short: at most ``maximumAside`` words, each at most
    /// four levels below the word, so a long input costs constant time per subject.
    ///
    /// - Complexity: O(1).
    private func isAside(_ index: Int, after earlier: Int, before verb: Int, _ heads: [Int], _ labels: [UInt8]) -> Bool {
        guard let punct else { return false }
        func within(_ word: Int) -> Bool {
            var current = word
            for _ in 0..<5 {
                if current == index { return true }
                guard heads[current] > 0 else { return false }
                current = heads[current] - 1
            }
            return false
        }
        var start = index, end = index
        while start - 1 > earlier, index - start < Self.maximumAside, within(start - 1) { start -= 1 }
        while end + 1 < verb, end - start < Self.maximumAside, within(end + 1) { end += 1 }
        // The closing comma may hang on the phrase itself.
        if labels[end] == punct, end > index { end -= 1 }
        return start - 1 > earlier && labels[start - 1] == punct && end + 1 < verb && labels[end + 1] == punct
    }
}
