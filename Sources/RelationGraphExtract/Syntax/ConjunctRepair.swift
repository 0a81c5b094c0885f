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
/// - Complexity: O(*n*) time and space in the number of words.
struct ConjunctRepair: Sendable {
    private let conj: UInt8
    private let ccomp: UInt8
    private let auxiliaries: Set<UInt8>
    private let subjects: Set<UInt8>

    /// The stage for a label set, or nil when it lacks `conj`, `ccomp` or `aux`.
    ///
    /// - Complexity: O(*l*) in the number of labels.
    init?(labels: [String]) {
        func index(_ label: String) -> UInt8? { labels.firstIndex(of: label).map(UInt8.init) }
        guard let conj = index("conj"), let ccomp = index("ccomp"), index("aux") != nil else { return nil }
        self.conj = conj
        self.ccomp = ccomp
        auxiliaries = Set(["aux", "aux:pass"].compactMap(index))
        subjects = Set(["nsubj", "nsubj:pass", "csubj"].compactMap(index))
    }

    /// Repairs a parse in place: `heads` 1-based with 0 for the root, `labels` indexes into the parser's
    /// labels, `tags` the words' tags (an auxiliary is matched by its tag).
    func apply(_ heads: inout [Int], _ labels: inout [UInt8], tags: [UInt8]) {
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
}
