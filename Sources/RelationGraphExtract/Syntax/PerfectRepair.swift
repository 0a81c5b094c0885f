/// A rule stage after the parser: a form of "have" tagged as an auxiliary
/// that the parser made the head of its clause, with a past participle
/// after it (past adverbs or a word of time only: "has today announced"),
/// is that participle's auxiliary; the participle heads the clause. A
/// participle right after "have" that modifies its object ("We have limited
/// time") keeps its parse. An auxiliary the parser gave a subject before it
/// ("Germany has today announced": `Germany` on `has`, `today` the subject
/// of `announced`) gives the subject to its verb, and a noun between the
/// two is a phrase of time (`obl:unmarked`).
///
/// The tagger reads "The UK has today announced 100 new sanctions" with
/// `has` an auxiliary and `announced` a participle, as ``AuxiliaryRepair``
/// makes sure, but the greedy parser, having attached "today" to nothing
/// yet, makes `has` the root with `announced` its `xcomp` (or the adjective
/// of the object: "has today sanctioned three officers"), so that the
/// sanctions are announced by nobody. An auxiliary heads nothing in UD: its
/// participle takes its head, its label and its dependents, and an object
/// the participle was hung on as an adjective becomes the participle's
/// object.
///
/// - Complexity: O(*n*) time in the number of words, O(1) extra space.
struct PerfectRepair: Sendable {
    private let auxiliaries: Set<UInt8>
    private let participle: UInt8
    /// Tags that may stand between the auxiliary and the participle: adverbs and nouns (of time).
    private let between: Set<UInt8>
    private let have = AuxiliaryRepair.haveForms
    private let aux: UInt8
    private let amod: UInt8
    private let nsubj: UInt8?
    private let unmarked: UInt8?

    /// The stage for a tag set and label set, or nil when they lack `VERB VBN`, the auxiliary tags, `aux` or `amod`.
    ///
    /// - Complexity: O(*t* + *l*) in the numbers of tags and labels.
    init?(tags: [String], labels: [String]) {
        guard let participle = tags.firstIndex(of: "VERB VBN"), let aux = labels.firstIndex(of: "aux"),
              let amod = labels.firstIndex(of: "amod") else { return nil }
        self.participle = UInt8(participle)
        self.aux = UInt8(aux)
        self.amod = UInt8(amod)
        nsubj = labels.firstIndex(of: "nsubj").map(UInt8.init)
        unmarked = labels.firstIndex(of: "obl:unmarked").map(UInt8.init)
        auxiliaries = tags.tagIndexes { upos, _ in upos == "AUX" }
        between = tags.tagIndexes { upos, _ in upos == "ADV" || upos == "NOUN" }
        guard !auxiliaries.isEmpty else { return nil }
    }

    /// Repairs a parse in place: `heads` 1-based with 0 for the root, `labels` indexes into the parser's labels,
    /// `tags` into the tagger's.
    func apply(_ heads: inout [Int], _ labels: inout [UInt8], tags: [UInt8], lexemes: [Lexeme]) {
        guard tags.count == heads.count, tags.count == lexemes.count else { return }
        for auxiliary in heads.indices where auxiliaries.contains(tags[auxiliary]) && labels[auxiliary] != aux
            && have.contains(lexemes[auxiliary].lower) {
            // The participle: the first word after the auxiliary that is not an adverb or a noun, at most two words on.
            var verb = auxiliary + 1
            while verb < tags.count, verb - auxiliary <= 3, between.contains(tags[verb]) { verb += 1 }
            guard verb < tags.count, verb - auxiliary <= 3, tags[verb] == participle else { continue }
            // Hung on the auxiliary, or as the adjective of a noun hung on it; the adjective only with a word between,
            // since right after "have" it may be one ("We have limited time").
            let onAuxiliary = heads[verb] == auxiliary + 1
            let object = heads[verb] - 1
            let onObject = !onAuxiliary && verb > auxiliary + 1 && labels[verb] == amod && object > verb && object < heads.count
                && heads[object] == auxiliary + 1
            guard onAuxiliary || onObject else { continue }
            heads[verb] = heads[auxiliary]
            labels[verb] = labels[auxiliary]
            for child in heads.indices where heads[child] == auxiliary + 1 { heads[child] = verb + 1 }
            heads[auxiliary] = verb + 1
            labels[auxiliary] = aux
        }
        subjectsOfAuxiliaries(&heads, &labels)
    }

    /// "Germany has today announced …" with `Germany` a subject of `has` and `today` one of `announced`: an
    /// auxiliary has no subject of its own, so its subject is its verb's, and a noun between the auxiliary and the
    /// verb is no subject but a phrase of time (`obl:unmarked`).
    private func subjectsOfAuxiliaries(_ heads: inout [Int], _ labels: inout [UInt8]) {
        guard let nsubj, let unmarked else { return }
        for auxiliary in heads.indices where labels[auxiliary] == aux && heads[auxiliary] > auxiliary + 1 {
            let verb = heads[auxiliary] - 1
            let subjects = heads.indices.filter { heads[$0] == auxiliary + 1 && labels[$0] == nsubj && $0 < auxiliary }
            guard !subjects.isEmpty else { continue }
            for subject in subjects { heads[subject] = verb + 1 }
            for word in (auxiliary + 1)..<verb where heads[word] == verb + 1 && labels[word] == nsubj { labels[word] = unmarked }
        }
    }
}
