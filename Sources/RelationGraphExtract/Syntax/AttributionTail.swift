/// A rule stage around the parser for news text: a closing attribution after
/// the sentence's last comma ("…, Blinken said.", "…, officials said on
/// Friday.", "…, the ministry said in a statement.") is parsed apart from the
/// clause it attributes and hung on that clause's root as `parataxis`, UD
/// English's reading of a reporting clause that follows the report.
///
/// The parser, trained on web text where such tails are rare, lets the tail
/// reshape the clause before it: "Iran has transferred short-range ballistic
/// missiles to Russia, Blinken said" came out with the missiles as the
/// subject of "said" and no object for "transferred". Parsed alone, each part
/// is the simple sentence it is.
///
/// The tail: after a comma, a noun phrase of one to five words
/// (determiners, possessives, adjectives, nouns, names, pronouns other than
/// relative ones, numbers), a past or present tense, then nothing, a phrase
/// of at most five words opened by a preposition ("on Friday", "in a
/// statement") or one or two nouns ("Friday"), with no verb or auxiliary,
/// then the sentence's final punctuation, or a comma and a subordinate
/// clause that goes on from the attribution ("…, Seoul said on Wednesday,
/// as Pyongyang deepens its support for Moscow"), which the tail keeps. The
/// clause before it has at least three words.
///
/// - Complexity: O(*n*) time in the number of words, O(1) extra space.
struct AttributionTail: Sendable {
    /// Tags a tail's noun phrase is made of.
    private let nounPhrase: Set<UInt8>
    /// Past and present tenses.
    private let tenses: Set<UInt8>
    /// Verbs and auxiliaries of every form.
    private let verbs: Set<UInt8>
    private let comma: Set<UInt8>
    /// What may follow the verb: a prepositional phrase ("on Friday", "in a statement") or one or two nouns ("Friday").
    private let prepositions: Set<UInt8>
    private let names: Set<UInt8>
    private let finalPunctuation: Set<UInt8>
    /// Subordinating conjunctions, which may open a clause that goes on from the attribution.
    private let subordinators: Set<UInt8>
    /// The labels the tail is hung with.
    private let parataxis: UInt8
    private let punct: UInt8

    /// The stage for a tag and label set, or nil when the labels lack `parataxis` or `punct`.
    ///
    /// - Complexity: O(*t* + *l*) in the numbers of tags and labels.
    init?(tags: [String], labels: [String]) {
        guard let parataxis = labels.firstIndex(of: "parataxis"), let punct = labels.firstIndex(of: "punct") else { return nil }
        self.parataxis = UInt8(parataxis)
        self.punct = UInt8(punct)
        // Not a relative pronoun: ", which helps it wage war" is a relative clause, no attribution.
        nounPhrase = tags.tagIndexes { upos, xpos in
            (["DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"].contains(upos) || xpos == "POS") && !xpos.hasPrefix("W")
        }
        prepositions = tags.tagIndexes { _, xpos in xpos == "IN" }
        names = tags.tagIndexes { upos, _ in upos == "NOUN" || upos == "PROPN" }
        tenses = tags.tagIndexes { _, xpos in xpos == "VBD" || xpos == "VBZ" || xpos == "VBP" }
        verbs = tags.tagIndexes { upos, _ in upos == "VERB" || upos == "AUX" }
        comma = tags.tagIndexes { _, xpos in xpos == "," }
        finalPunctuation = tags.tagIndexes { _, xpos in xpos == "." }
        subordinators = tags.tagIndexes { upos, _ in upos == "SCONJ" }
    }

    /// The sentence's tree from the trees of its two parts, heads 1-based with 0 for the root: `clause`, the
    /// words before the comma at `comma` and the final punctuation, and `tail`, the words between them. The
    /// tail's root hangs on the clause's root as `parataxis`, the comma on the tail's root as `punct`.
    ///
    /// - Complexity: O(*n*) in the number of words.
    func joined(clause: (heads: [Int], labels: [UInt8]), tail: (heads: [Int], labels: [UInt8]), comma: Int) -> (heads: [Int], labels: [UInt8]) {
        let last = comma + tail.heads.count + 1
        // The clause's last word is the sentence's final punctuation, at `last`.
        func inSentence(_ head: Int) -> Int { head == comma + 1 ? last + 1 : head }
        let clauseRoot = inSentence((clause.heads.firstIndex(of: 0) ?? 0) + 1)
        var heads = clause.heads.prefix(comma).map(inSentence)
        var labels = Array(clause.labels.prefix(comma))
        heads.append((tail.heads.firstIndex(of: 0) ?? 0) + comma + 2)
        labels.append(punct)
        for (head, label) in zip(tail.heads, tail.labels) {
            heads.append(head == 0 ? clauseRoot : head + comma + 1)
            labels.append(head == 0 ? parataxis : label)
        }
        heads.append(inSentence(clause.heads[comma]))
        labels.append(clause.labels[comma])
        return (heads, labels)
    }

    /// The index of the comma that opens the sentence's attribution tail, or nil when it has none.
    ///
    /// - Complexity: O(*n*) in the number of words.
    func comma(in tags: [UInt8]) -> Int? {
        guard let last = tags.indices.last, finalPunctuation.contains(tags[last]), last > 4 else { return nil }
        // The last comma, or an earlier one whose attribution goes on with an adverbial clause of its own.
        for opening in stride(from: last - 1, through: 3, by: -1) where comma.contains(tags[opening]) {
            guard let end = attributionEnd(after: opening, last: last, tags) else { continue }
            if end == last || subordinators.contains(tags[end + 1]) { return opening }
        }
        return nil
    }

    /// Where the attribution that starts after the comma at `opening` ends: at the final punctuation `last`,
    /// or at the next comma ("…, officials said on Friday, as …"); nil when no attribution starts there.
    private func attributionEnd(after opening: Int, last: Int, _ tags: [UInt8]) -> Int? {
        var index = opening + 1
        while index < last, index - opening <= 5, nounPhrase.contains(tags[index]) { index += 1 }
        guard index > opening + 1, index < last, tenses.contains(tags[index]) else { return nil }
        let end = ((index + 1)..<last).first { comma.contains(tags[$0]) } ?? last
        guard end == last || end + 1 < last else { return nil }
        let rest = (index + 1)..<end
        guard rest.count <= 5, !rest.contains(where: { verbs.contains(tags[$0]) }) else { return nil }
        guard let first = rest.first else { return end }
        let adverbial = prepositions.contains(tags[first]) || (rest.count <= 2 && rest.allSatisfy { names.contains(tags[$0]) })
        return adverbial ? end : nil
    }
}
