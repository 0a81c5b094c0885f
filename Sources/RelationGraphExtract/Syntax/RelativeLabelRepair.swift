/// A rule stage after the parser: a relative clause the parser labelled
/// `advcl:relcl` on a noun that is no predicate (it has no copula) is an
/// `acl:relcl`, the relative clause of that noun.
///
/// UD English keeps `advcl:relcl` for a sentential relative, whose "which"
/// stands for a whole clause and hangs on that clause's predicate ("It
/// rained, which was odd"). A noun with no copula is no predicate: a
/// relative clause on it describes it ("Saudi Arabia, which fought the
/// Houthis for seven years, …", parsed with `Arabia` as the root when the
/// main verb is lost further on), and the rules look for the antecedent of
/// "which" through `acl:relcl`.
///
/// - Complexity: O(*n*) time and space in the number of words.
struct RelativeLabelRepair: Sendable {
    private let nominal: Set<UInt8>
    private let sentential: UInt8
    private let relative: UInt8
    private let cop: UInt8?

    /// The stage for a tag set and label set, or nil when the labels lack `advcl:relcl` or `acl:relcl`.
    ///
    /// - Complexity: O(*t* + *l*) in the numbers of tags and labels.
    init?(tags: [String], labels: [String]) {
        guard let sentential = labels.firstIndex(of: "advcl:relcl"), let relative = labels.firstIndex(of: "acl:relcl") else { return nil }
        self.sentential = UInt8(sentential)
        self.relative = UInt8(relative)
        cop = labels.firstIndex(of: "cop").map(UInt8.init)
        nominal = tags.tagIndexes { upos, _ in upos == "NOUN" || upos == "PROPN" }
    }

    /// Repairs a parse in place: `heads` 1-based with 0 for the root, `labels` indexes into the parser's labels,
    /// `tags` into the tagger's.
    func apply(_ heads: inout [Int], _ labels: inout [UInt8], tags: [UInt8]) {
        guard tags.count == heads.count, labels.contains(sentential) else { return }
        var hasCopula = [Bool](repeating: false, count: heads.count)
        for index in heads.indices where labels[index] == cop && heads[index] > 0 && heads[index] <= heads.count {
            hasCopula[heads[index] - 1] = true
        }
        for index in heads.indices where labels[index] == sentential && heads[index] > 0 && heads[index] <= heads.count {
            let head = heads[index] - 1
            if nominal.contains(tags[head]), !hasCopula[head] { labels[index] = relative }
        }
    }
}
