/// A rule stage around the parser for news text: a relative clause set off
/// by commas right after a noun ("Turkey, which is a NATO member, sold
/// drones to Ukraine") and followed by the main clause's verb is parsed
/// apart from the sentence around it and hung on that noun as `acl:relcl`.
///
/// The greedy parser, trained on web text where such asides between a
/// subject and its verb are rare, often lets the aside swallow the main
/// verb: "Moldova, which is not a NATO member, has received radars …" came
/// out with `received` a conjunct of `member`, and "Qatar, which hosts the
/// largest US base, bought jets from France" with the United States as the
/// buyer. Parsed alone, the sentence without the aside and the aside are
/// each the simple clause they are.
///
/// The aside: a comma after a noun or name, a relative pronoun (`WDT`, `WP`,
/// `WP$`: "which", "who", "whose") or a past participle (a reduced relative
/// clause, hung on the noun as `acl`: "The PKK, designated a terrorist
/// organisation by Turkey, the United States and the European Union, has
/// waged …" made the European Union wage it; it needs a "by" agent of its
/// own and may hold a list), at most ``RelativeAside/reach`` words
/// without another comma, then a comma and a past or present tense, a modal,
/// an auxiliary, a past participle or a base form (the main clause's verb,
/// which the tagger may read as either), perhaps after
/// an adverb ("…, now has"). At least one word comes before
/// the noun's comma or the noun is the sentence's first word, and the main
/// clause keeps at least two words after the aside.
///
/// - Complexity: O(*n*) time in the number of words, O(1) extra space.
struct RelativeAside: Sendable {
    private let nouns: Set<UInt8>
    private let relativePronouns: Set<UInt8>
    private let comma: Set<UInt8>
    /// What may open the main clause after the aside: tenses, modals and auxiliaries.
    private let verbs: Set<UInt8>
    /// Adverbs, which may stand before the main clause's verb ("…, now has").
    private let adverbs: Set<UInt8>
    private let relativeClause: UInt8
    private let punct: UInt8
    /// Past participles, which open a reduced relative aside ("The PKK, designated a terrorist organisation by
    /// Turkey, has waged …"), hung on the noun as `acl` where the label set has it.
    private let participles: Set<UInt8>
    private let participleClause: UInt8?
    private let by = Lexeme("by").lower

    /// The most words an aside may have between its commas.
    static let reach = 16

    /// The stage for a tag and label set, or nil when the labels lack `acl:relcl` or `punct`.
    ///
    /// - Complexity: O(*t* + *l*) in the numbers of tags and labels.
    init?(tags: [String], labels: [String]) {
        guard let relativeClause = labels.firstIndex(of: "acl:relcl"), let punct = labels.firstIndex(of: "punct") else { return nil }
        self.relativeClause = UInt8(relativeClause)
        self.punct = UInt8(punct)
        nouns = tags.tagIndexes { upos, _ in upos == "NOUN" || upos == "PROPN" }
        relativePronouns = tags.tagIndexes { _, xpos in ["WDT", "WP", "WP$"].contains(xpos) }
        comma = tags.tagIndexes { _, xpos in xpos == "," }
        // A past participle too: the tagger, which sees the aside before it, often reads the main clause's past
        // tense as one ("Qatar, which hosts …, bought jets"); and a base form its plural present tense
        // ("Russian mercenaries of the Africa Corps, which replaced …, fight alongside …").
        verbs = tags.tagIndexes { upos, xpos in
            upos == "AUX" || ["VBD", "VBZ", "VBP", "MD"].contains(xpos) || (upos == "VERB" && ["VBN", "VB"].contains(xpos))
        }
        adverbs = tags.tagIndexes { upos, _ in upos == "ADV" }
        // (A past tense too: the tagger reads "designated" after a comma as one as often.)
        participles = tags.tagIndexes { upos, xpos in upos == "VERB" && (xpos == "VBN" || xpos == "VBD") }
        participleClause = labels.firstIndex(of: "acl").map(UInt8.init)
    }

    /// Whether an aside opening with this tag is a reduced relative clause (a past participle).
    ///
    /// - Complexity: O(1).
    func opensWithParticiple(_ tag: UInt8) -> Bool { participleClause != nil && participles.contains(tag) }

    /// The commas that open and close the sentence's first relative aside, or nil when it has none. A
    /// participle's aside needs the words (`lexemes`): it counts only with an agent ("by") of its own.
    ///
    /// - Complexity: O(*n*) in the number of words.
    func commas(in tags: [UInt8], lexemes: [Lexeme]? = nil) -> (open: Int, close: Int)? {
        guard tags.count > 6 else { return nil }
        for open in 1..<(tags.count - 4) where comma.contains(tags[open]) && nouns.contains(tags[open - 1]) {
            let participial = opensWithParticiple(tags[open + 1])
            guard relativePronouns.contains(tags[open + 1]) || participial else { continue }
            // ("…, now has 1,800 personnel": an adverb may come before the verb.)
            func closes(_ index: Int) -> Bool {
                comma.contains(tags[index])
                    && (verbs.contains(tags[index + 1]) || (adverbs.contains(tags[index + 1]) && verbs.contains(tags[index + 2])))
            }
            let within = (open + 2)..<min(tags.count - 3, open + Self.reach + 2)
            guard let first = within.first(where: { comma.contains(tags[$0]) }) else { continue }
            // A participle's aside may hold a list ("designated … by Turkey, the United States and the European
            // Union, has waged"): then the comma before the verb closes it.
            guard participial else {
                if closes(first) { return (open, first) }
                continue
            }
            guard let lexemes, lexemes.count == tags.count,
                  let close = within.first(where: { closes($0) }),
                  ((open + 2)..<first).contains(where: { lexemes[$0].lower == by }) else { continue }
            return (open, close)
        }
        return nil
    }

    /// The sentence's tree from the trees of its two parts, heads 1-based with 0 for the root: `main`, the
    /// words outside the commas at `open` and `close`, and `aside`, the noun before `open`, that comma and
    /// the words up to `close`, parsed together so that the relative clause has its antecedent. The noun keeps
    /// its place in the main clause's tree; what the aside hangs on it (or on its root or comma) hangs on the
    /// noun as `acl:relcl` whatever label the parser gave it (`parataxis`, `advcl:relcl`), and both commas
    /// hang on the clause's root.
    ///
    /// - Complexity: O(*n*) in the number of words.
    func joined(
        main: (heads: [Int], labels: [UInt8]), aside: (heads: [Int], labels: [UInt8]), open: Int, close: Int, participial: Bool = false
    ) -> (heads: [Int], labels: [UInt8]) {
        let clauseLabel = participial ? participleClause ?? relativeClause : relativeClause
        let count = main.heads.count + aside.heads.count
        // Main-clause word k stands at k, or past the aside and its commas.
        func mainPosition(_ index: Int) -> Int { index < open ? index : index + close - open + 1 }
        var heads = [Int](repeating: 0, count: count)
        var labels = [UInt8](repeating: punct, count: count)
        for (index, (head, label)) in zip(main.heads, main.labels).enumerated() {
            heads[mainPosition(index)] = head == 0 ? 0 : mainPosition(head - 1) + 1
            labels[mainPosition(index)] = label
        }
        // Aside word k (from 2) stands at open + k - 1; its words 1 and 2 are the noun and the comma.
        var attached: [Int] = []
        for index in 2..<aside.heads.count {
            let position = open + index - 1
            let head = aside.heads[index]
            if head <= 2 {
                heads[position] = open
                labels[position] = clauseLabel
                attached.append(position)
            } else {
                heads[position] = open + head - 1
                labels[position] = aside.labels[index]
            }
        }
        let root = attached.first ?? open + 1
        let clauseRoot = root + 1
        heads[open] = clauseRoot
        heads[close] = clauseRoot
        labels[open] = punct
        labels[close] = punct
        return (heads, labels)
    }
}
