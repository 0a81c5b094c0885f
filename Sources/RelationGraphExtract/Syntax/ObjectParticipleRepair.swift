/// A rule stage after the parser: a passive participle with an agent right
/// after a verb's object, hung on the verb as its complement, describes the
/// object; a purpose clause after the agent is the verb's, also when the
/// parser hung the participle on the object itself.
///
/// "Ukraine has used missiles supplied by the United States to strike
/// targets inside Russia": the greedy parser makes `supplied` the
/// complement (`xcomp`) of `used`, as in "found them exhausted", and hangs
/// "to strike" on it, so the agent of the supply becomes the subject of the
/// strike. A complement of that kind predicates of the object and takes no
/// agent: a participle with a "by" phrase of its own right after the object
/// is a reduced relative clause (`acl`) of the object ("missiles [that were]
/// supplied by the United States"). An infinitive of purpose after the
/// agent goes with the main verb, whose object the participle describes
/// (`advcl`): who uses, fires or sends the thing does what it is for.
///
/// - Complexity: O(*n* · *h*) time in the number of words and the depth of the tree, O(1) extra space.
struct ObjectParticipleRepair: Sendable {
    private let participles: Set<UInt8>
    private let verbs: Set<UInt8>
    private let infinitives: Set<UInt8>
    private let xcomp: UInt8
    private let obj: UInt8
    private let acl: UInt8
    private let advcl: UInt8
    private let mark: UInt8
    /// Labels of a participle's agent: `obl:agent`, and `obl` (with "by") in label sets without it.
    private let agents: Set<UInt8>
    private let by = Lexeme("by").lower
    private let to = Lexeme("to").lower

    /// The stage for a tag set and label set, or nil when they lack `VERB VBN` or one of the labels.
    ///
    /// - Complexity: O(*t* + *l*) in the numbers of tags and labels.
    init?(tags: [String], labels: [String]) {
        func index(_ label: String) -> UInt8? { labels.firstIndex(of: label).map(UInt8.init) }
        participles = tags.tagIndexes { upos, xpos in upos == "VERB" && xpos == "VBN" }
        verbs = tags.tagIndexes { upos, _ in upos == "VERB" }
        infinitives = tags.tagIndexes { upos, xpos in upos == "VERB" && xpos == "VB" }
        guard !participles.isEmpty, let xcomp = index("xcomp"), let obj = index("obj"), let acl = index("acl"),
              let advcl = index("advcl"), let mark = index("mark") else { return nil }
        self.xcomp = xcomp
        self.obj = obj
        self.acl = acl
        self.advcl = advcl
        self.mark = mark
        agents = Set(["obl:agent", "obl"].compactMap(index))
    }

    /// Repairs a parse in place: `heads` 1-based with 0 for the root, `labels` indexes into the parser's labels,
    /// `tags` into the tagger's, `lexemes` the words.
    func apply(_ heads: inout [Int], _ labels: inout [UInt8], tags: [UInt8], lexemes: [Lexeme]) {
        guard tags.count == heads.count, lexemes.count == heads.count, tags.count >= 4 else { return }
        func descends(_ word: Int, from ancestor: Int) -> Bool {
            var node = word
            for _ in 0..<heads.count {
                if node == ancestor { return true }
                guard heads[node] > 0 else { return false }
                node = heads[node] - 1
            }
            return false
        }
        for participle in 1..<tags.count where participles.contains(tags[participle]) && [xcomp, acl].contains(labels[participle]) {
            // Hung on the verb, or already on the object (then only the purpose clause moves).
            let onObject = labels[participle] == acl
            let verb = onObject ? (heads[participle] > 0 ? heads[heads[participle] - 1] - 1 : -1) : heads[participle] - 1
            guard verb >= 0, verb < participle, verbs.contains(tags[verb]),
                  let object = heads.indices.last(where: { heads[$0] == verb + 1 && labels[$0] == obj && $0 < participle }),
                  !onObject || heads[participle] == object + 1,
                  ((object + 1)..<participle).allSatisfy({ descends($0, from: object) }),
                  let agent = heads.indices.first(where: { phrase in
                      heads[phrase] == participle + 1 && agents.contains(labels[phrase]) && phrase > participle
                          && heads.indices.contains { heads[$0] == phrase + 1 && lexemes[$0].lower == by }
                  })
            else { continue }
            heads[participle] = object + 1
            labels[participle] = acl
            for clause in heads.indices where heads[clause] == participle + 1 && clause > agent && infinitives.contains(tags[clause])
                && heads.indices.contains(where: { heads[$0] == clause + 1 && labels[$0] == mark && lexemes[$0].lower == to }) {
                heads[clause] = verb + 1
                labels[clause] = advcl
            }
        }
    }
}
