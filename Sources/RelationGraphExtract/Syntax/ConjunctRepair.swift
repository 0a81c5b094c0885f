/// A rule stage after the parser: a verb conjunct with an auxiliary of its
/// own and no subject, hung on a verb with no auxiliary, is coordinated
/// with the complement clause before it whose verb has the same
/// auxiliary.
///
/// The greedy parser attaches a conjunct after a long complement clause
/// to the clause's governor: in "The report found that Rwanda had deployed
/// weapons, and had provided them with training" it makes `provided` a
/// conjunct of `found`, which leaves `provided` with the report as its
/// subject. A conjunct shares its head's subject and auxiliaries; one that
/// repeats an auxiliary ("had") its head lacks and the complement's verb
/// has is the complement's second verb.
///
/// A proper noun after "and" that the parser coordinated with a common noun
/// before a nearer proper noun is that proper noun's conjunct: in "the
/// strikes conducted by the United States and the United Kingdom against
/// Houthi targets" it makes `Kingdom` a conjunct of `strikes`, so the United
/// Kingdom conducts nothing. Names are coordinated with names.
///
/// A verb conjunct with no subject, hung on an infinitive complement
/// (`xcomp` or `advcl` in the base form) whose governor has the conjunct's
/// own tag, is the governor's conjunct: in "has sent soldiers to fight for
/// Russia and supplied Moscow with shells" the parser makes `supplied` a
/// conjunct of `fight`, where "to fight … and supplied" cannot be
/// coordinated; "sent … and supplied" can.
///
/// A noun the parser made a conjunct of a verb, right after the verb's
/// object and its conjunction, is the object's conjunct: in "has moved
/// troops and armour towards its border" the parser makes `armour` a
/// conjunct of `moved`; a verb is not coordinated with a noun. So, the other
/// way round, a verb with a conjunction of its own that the parser made a
/// conjunct of a verb's object is that verb's conjunct ("has ordered a
/// mobilisation of reservists and moved troops …", `moved` a conjunct of
/// `mobilisation`).
///
/// A verb conjunct opened by a subordinator of its own ("and that the
/// group would continue …") hung inside a complement clause, on a verb
/// that is no complement and has no subordinator, is a second complement:
/// the conjunct of the nearest complement clause (`ccomp`) above it. In
/// "said the targets were used by the Houthis to receive weapons and that
/// the group would pay" the parser makes `pay`'s clause a conjunct of
/// `receive`.
///
/// - Complexity: O(*n*) time and space in the number of words.
struct ConjunctRepair: Sendable {
    private let conj: UInt8
    private let ccomp: UInt8
    private let cc: UInt8?
    private let auxiliaries: Set<UInt8>
    private let subjects: Set<UInt8>
    /// Labels inside a name ("United States"): a name's head is found through them.
    private let nameParts: Set<UInt8>
    private let properNouns: Set<UInt8>
    private let commonNouns: Set<UInt8>
    private let complements: Set<UInt8>
    private let mark: UInt8?
    private let obj: UInt8?
    private let verbTags: Set<UInt8>
    /// Tags of a verb's finite forms and participles, which a noun cannot be coordinated with.
    private let finiteOrParticiple: Set<UInt8>
    private let subordinators: Set<UInt8>
    /// Tags of a verb's base form ("to fight").
    private let baseForms: Set<UInt8>
    /// Tags of a verb's other forms.
    private let inflected: Set<UInt8>

    /// The stage for a label set, or nil when it lacks `conj`, `ccomp` or `aux`; with no tag set (or one
    /// without nouns) only the auxiliary case applies.
    ///
    /// - Complexity: O(*t* + *l*) in the number of tags and labels.
    init?(labels: [String], tags: [String] = []) {
        func index(_ label: String) -> UInt8? { labels.firstIndex(of: label).map(UInt8.init) }
        guard let conj = index("conj"), let ccomp = index("ccomp"), index("aux") != nil else { return nil }
        self.conj = conj
        self.ccomp = ccomp
        cc = index("cc")
        auxiliaries = Set(["aux", "aux:pass"].compactMap(index))
        subjects = Set(["nsubj", "nsubj:pass", "csubj"].compactMap(index))
        nameParts = Set(["flat", "compound", "amod", "det"].compactMap(index))
        properNouns = tags.tagIndexes { upos, _ in upos == "PROPN" }
        commonNouns = tags.tagIndexes { upos, _ in upos == "NOUN" }
        complements = Set(["xcomp", "advcl"].compactMap(index))
        mark = index("mark")
        obj = index("obj")
        verbTags = tags.tagIndexes { upos, _ in upos == "VERB" }
        finiteOrParticiple = tags.tagIndexes { upos, xpos in upos == "VERB" && ["VBD", "VBN", "VBZ", "VBP"].contains(xpos) }
        subordinators = tags.tagIndexes { upos, _ in upos == "SCONJ" }
        baseForms = tags.tagIndexes { upos, xpos in upos == "VERB" && xpos == "VB" }
        inflected = tags.tagIndexes { upos, xpos in upos == "VERB" && xpos.hasPrefix("VB") && xpos != "VB" }
    }

    /// Repairs a parse in place: `heads` 1-based with 0 for the root, `labels` indexes into the parser's
    /// labels, `tags` the words' tags (an auxiliary is matched by its tag).
    func apply(_ heads: inout [Int], _ labels: inout [UInt8], tags: [UInt8]) {
        coordinateNames(&heads, labels, tags: tags)
        coordinateWithGovernor(&heads, labels, tags: tags)
        coordinateComplements(&heads, labels, tags: tags)
        coordinateObjects(&heads, labels, tags: tags)
        // Most sentences have no conjunct with an auxiliary of its own: then there is nothing to read.
        guard heads.indices.contains(where: { index in
            auxiliaries.contains(labels[index]) && heads[index] > 0 && heads[index] <= heads.count && labels[heads[index] - 1] == conj
        }) else { return }
        var children = [[Int]](repeating: [], count: heads.count)
        for index in heads.indices where heads[index] > 0 && heads[index] <= heads.count {
            children[heads[index] - 1].append(index)
        }
        func auxiliary(_ word: Int) -> Int? { children[word].first { auxiliaries.contains(labels[$0]) } }
        for verb in heads.indices where labels[verb] == conj && heads[verb] > 0 {
            let head = heads[verb] - 1
            guard let own = auxiliary(verb), auxiliary(head) == nil,
                  !children[verb].contains(where: { subjects.contains(labels[$0]) }),
                  let clause = children[head].last(where: { labels[$0] == ccomp && $0 > head && $0 < verb }),
                  let theirs = auxiliary(clause), tags[theirs] == tags[own]
            else { continue }
            heads[verb] = clause + 1
        }
    }

    /// The infinitive case: a conjunct in an inflected form under a base-form complement becomes a conjunct
    /// of the complement's governor when that has the same tag.
    private func coordinateWithGovernor(_ heads: inout [Int], _ labels: [UInt8], tags: [UInt8]) {
        guard !baseForms.isEmpty, tags.count == heads.count else { return }
        func governor(_ verb: Int) -> Int? {
            guard labels[verb] == conj, inflected.contains(tags[verb]), heads[verb] > 0 else { return nil }
            let head = heads[verb] - 1
            guard head < verb, baseForms.contains(tags[head]), complements.contains(labels[head]), heads[head] > 0 else { return nil }
            let above = heads[head] - 1
            return tags[above] == tags[verb] && above < head ? above : nil
        }
        // Most sentences have no such conjunct: then nothing is allocated.
        let candidates = heads.indices.filter { governor($0) != nil }
        guard !candidates.isEmpty else { return }
        var hasSubject = [Bool](repeating: false, count: heads.count)
        for index in heads.indices where subjects.contains(labels[index]) && heads[index] > 0 && heads[index] <= heads.count {
            hasSubject[heads[index] - 1] = true
        }
        for verb in candidates where !hasSubject[verb] {
            if let above = governor(verb) { heads[verb] = above + 1 }
        }
    }

    /// The object case: a noun conjunct of a verb whose object ends right before the noun's conjunction becomes
    /// the object's conjunct, and a verb conjunct of a verb's object, with its own conjunction, the verb's.
    private func coordinateObjects(_ heads: inout [Int], _ labels: [UInt8], tags: [UInt8]) {
        guard let cc, let obj, !verbTags.isEmpty, tags.count == heads.count else { return }
        for noun in heads.indices.dropFirst(2) where labels[noun] == conj && commonNouns.contains(tags[noun]) && heads[noun] > 0 {
            let verb = heads[noun] - 1
            // The conjunction right before the noun, and the verb's object right before the conjunction.
            guard verb < noun, verbTags.contains(tags[verb]), labels[noun - 1] == cc, heads[noun - 1] == noun + 1,
                  labels[noun - 2] == obj, heads[noun - 2] == verb + 1, commonNouns.contains(tags[noun - 2]) else { continue }
            heads[noun] = noun - 1
        }
        // Most sentences have no verb conjunct in a finite form or participle: then nothing is allocated.
        guard heads.indices.contains(where: { labels[$0] == conj && finiteOrParticiple.contains(tags[$0]) }) else { return }
        var hasConjunction = [Bool](repeating: false, count: heads.count)
        for index in heads.indices where labels[index] == cc && heads[index] > index + 1 && heads[index] <= heads.count {
            hasConjunction[heads[index] - 1] = true
        }
        for verb in heads.indices where labels[verb] == conj && finiteOrParticiple.contains(tags[verb]) && hasConjunction[verb] && heads[verb] > 0 {
            let object = heads[verb] - 1
            guard object < verb, commonNouns.contains(tags[object]), labels[object] == obj, heads[object] > 0,
                  heads[object] - 1 < object, verbTags.contains(tags[heads[object] - 1]) else { continue }
            heads[verb] = heads[object]
        }
    }

    /// The complement case: a conjunct with a subordinator of its own, under a verb that is no complement and has
    /// none, becomes a conjunct of the nearest complement clause above that verb.
    private func coordinateComplements(_ heads: inout [Int], _ labels: [UInt8], tags: [UInt8]) {
        guard let mark, !subordinators.isEmpty, tags.count == heads.count else { return }
        // Most sentences have no conjunct with a subordinator of its own: then nothing is allocated.
        guard heads.indices.contains(where: { index in
            labels[index] == mark && subordinators.contains(tags[index]) && heads[index] > index + 1 && heads[index] <= heads.count
                && labels[heads[index] - 1] == conj
        }) else { return }
        var marked = [Bool](repeating: false, count: heads.count)
        // ("to receive weapons … and that the group would pay": an infinitive's "to" is no subordinator.)
        for index in heads.indices where labels[index] == mark && subordinators.contains(tags[index]) && heads[index] > 0
            && heads[index] <= heads.count {
            marked[heads[index] - 1] = true
        }
        for verb in heads.indices where labels[verb] == conj && marked[verb] && heads[verb] > 0 {
            let head = heads[verb] - 1
            guard head < verb, labels[head] != ccomp, labels[head] != conj, !marked[head] else { continue }
            // The nearest complement above, within a few steps.
            var above = head
            for _ in 0..<4 where labels[above] != ccomp && heads[above] > 0 { above = heads[above] - 1 }
            guard labels[above] == ccomp, above < head else { continue }
            heads[verb] = above + 1
        }
    }

    /// The name case: a proper noun conjunct of a common noun, whose "and" follows a proper noun inside the
    /// common noun's phrase, becomes a conjunct of that name's head.
    private func coordinateNames(_ heads: inout [Int], _ labels: [UInt8], tags: [UInt8]) {
        guard let cc, !properNouns.isEmpty else { return }
        func isCandidate(_ name: Int) -> Bool {
            labels[name] == conj && properNouns.contains(tags[name]) && heads[name] > 0 && heads[name] - 1 < name
                && commonNouns.contains(tags[heads[name] - 1])
        }
        // Most sentences have no such name: then nothing is allocated.
        guard heads.indices.contains(where: isCandidate) else { return }
        // Each word's last "and" before it, found in one pass so that the stage stays linear.
        var lastAnd = [Int?](repeating: nil, count: heads.count)
        for index in heads.indices where labels[index] == cc && heads[index] > 0 && heads[index] <= heads.count && index < heads[index] - 1 {
            lastAnd[heads[index] - 1] = index
        }
        for name in heads.indices where isCandidate(name) {
            let head = heads[name] - 1
            guard let and = lastAnd[name], and > 0, properNouns.contains(tags[and - 1]) else { continue }
            // The head of the name before "and", found through the words inside the name.
            var nearer = and - 1
            while nameParts.contains(labels[nearer]), heads[nearer] > 0, properNouns.contains(tags[heads[nearer] - 1]) {
                nearer = heads[nearer] - 1
            }
            // It must lie inside the common noun's phrase, so that the tree stays projective.
            var above = nearer
            var steps = 0
            while above != head, heads[above] > 0, steps < heads.count {
                above = heads[above] - 1
                steps += 1
            }
            guard above == head, nearer != head, nearer < name else { continue }
            heads[name] = nearer + 1
        }
    }
}
