/// A rule stage after the tagger: the verb of a perfect or progressive
/// whose auxiliary is set apart from it by an adverb, or whose `-ing` form
/// has an adjective reading, is retagged.
///
/// The tagger, trained on web text, reads "The UK has today sanctioned
/// three officers" with `has` as the main verb (possession) and
/// `sanctioned` as an adjective, and "Australia is imposing sanctions" with
/// `imposing` as the adjective of "an imposing building". Two patterns are
/// retagged:
///
/// - a form of "have" followed by one or two adverbs of time or report
///   ("today", "also", "recently", "reportedly", or a floating "both" or
///   "all", then retagged as an adverb; not degree adverbs, which
///   modify adjectives: "had very mixed feelings") and then an `-ed` or `-en`
///   word tagged as a past tense, participle or adjective, or followed
///   right away by such a word tagged as a verb while "have" is tagged as
///   one ("Russia has threatened Moldova" read as possession of a
///   threatened Moldova): "have" is an auxiliary and the word a past
///   participle (`VBN`);
/// - a form of "be" (with such adverbs between) followed by an `-ing`
///   word tagged as an adjective, right before the start of
///   a noun phrase (determiner, possessive, number, adjective or noun): the
///   word is a gerund-participle (`VBG`); a participle counts as an
///   adjective there ("targeted sanctions"). An adjective is not followed by
///   the noun phrase that would be its object ("is imposing targeted
///   sanctions"), while "is interesting" or "an imposing building" keep
///   theirs. So is one tagged as a singular noun right before a name,
///   number, determiner or possessive ("has been bombing Houthi targets");
///   "the problem is funding shortages" keeps its noun.
///
/// - a form of "have" tagged as an auxiliary after a noun or pronoun and
///   right before a number, determiner or possessive ("which has 4,000
///   troops", "Russia has a base") is the main verb of possession: an
///   auxiliary is followed by its verb.
///
/// - a form of "be" (with such adverbs between) followed by an `-ed` word
///   tagged as an adjective and then by "by", right away or after a
///   coordinated participle ("Hezbollah is armed and financed by Iran"): the
///   word is the passive's participle (`VBN`); an adjective takes no agent.
///
/// - Complexity: O(*n*) time in the number of words, O(1) extra space.
struct AuxiliaryRepair: Sendable {
    private let have: Set<UInt64>
    /// The forms of "have" that make a perfect, as ``Lexeme/lower`` holds them.
    static let haveForms = Set(["has", "have", "had", "'ve"].map { Lexeme($0).lower })
    private let be: Set<UInt64>
    /// Singular nouns, which an `-ing` form after "be" may be read as ("has been bombing …").
    private let nounIngForms: Set<UInt8>
    /// Words that open a noun phrase and cannot go on one begun by a noun: names, numbers, determiners, possessives.
    private let nameStarts: Set<UInt8>
    /// Adverbs of time and report that stand between an auxiliary and its verb; not degree adverbs,
    /// which modify adjectives ("had very mixed feelings").
    private let interveners: Set<UInt64>
    private let ed = Lexeme("ed").suffix2
    private let en = Lexeme("en").suffix2
    private let ing = Lexeme("ing").suffix3
    private let quantifiers: Set<UInt64>
    private let adverb: UInt8?
    private let pastForms: Set<UInt8>
    private let verbPastForms: Set<UInt8>
    private let mainHave: Set<UInt8>
    private let ingForms: Set<UInt8>
    private let conjunctions: Set<UInt8>
    private let by = Lexeme("by").lower
    private let phraseStarts: Set<UInt8>
    private let participle: UInt8
    private let gerund: UInt8
    /// The auxiliary tag for each form of "have", by lower-cased form hash.
    private let haveTags: [UInt64: UInt8]
    /// The main verb's tag for "has", "have" and "had", by lower-cased form hash.
    private let possessionTags: [UInt64: UInt8]
    /// Words that open a noun phrase right after possession's "have": numbers, determiners, possessives.
    private let possessedStarts: Set<UInt8>
    /// Tags of a subject right before "have": nouns, names, pronouns, relative pronouns.
    private let subjects: Set<UInt8>

    /// The stage for a tag set, or nil when it lacks `VERB VBN`, `VERB VBG` or the auxiliary tags of "have".
    ///
    /// - Complexity: O(*t*) in the number of tags.
    init?(tags: [String]) {
        guard let participle = tags.firstIndex(of: "VERB VBN"), let gerund = tags.firstIndex(of: "VERB VBG"),
              let has = tags.firstIndex(of: "AUX VBZ"), let haveTag = tags.firstIndex(of: "AUX VBP"),
              let had = tags.firstIndex(of: "AUX VBD"), let bare = tags.firstIndex(of: "AUX VB")
        else { return nil }
        self.participle = UInt8(participle)
        self.gerund = UInt8(gerund)
        haveTags = [
            Lexeme("has").lower: UInt8(has), Lexeme("have").lower: UInt8(haveTag), Lexeme("had").lower: UInt8(had),
            Lexeme("'ve").lower: UInt8(haveTag), Lexeme("'s").lower: UInt8(has), Lexeme("having").lower: UInt8(bare),
        ]
        var possessionTags: [UInt64: UInt8] = [:]
        for (form, tag) in [("has", "VERB VBZ"), ("have", "VERB VBP"), ("had", "VERB VBD")] {
            if let index = tags.firstIndex(of: tag) { possessionTags[Lexeme(form).lower] = UInt8(index) }
        }
        self.possessionTags = possessionTags
        possessedStarts = tags.tagIndexes { upos, xpos in upos == "NUM" || xpos == "DT" || xpos == "PRP$" }
        subjects = tags.tagIndexes { upos, xpos in upos == "NOUN" || upos == "PROPN" || upos == "PRON" || xpos == "WDT" || xpos == "WP" }
        have = Self.haveForms
        be = Set(["is", "are", "was", "were", "be", "been", "'s", "'re", "am"].map { Lexeme($0).lower })
        interveners = Set([
            "today", "yesterday", "tonight", "now", "also", "already", "recently", "just", "previously", "repeatedly",
            "reportedly", "allegedly", "again", "jointly", "officially", "formally", "finally", "since", "twice", "once",
        ].map { Lexeme($0).lower })
        // Floating quantifiers of a coordinated subject ("Egypt and Turkey have both sent drones"), which the
        // parser, given them as determiners, hangs on the object: retagged as adverbs.
        quantifiers = Set(["both", "all", "each"].map { Lexeme($0).lower })
        adverb = tags.firstIndex(of: "ADV RB").map(UInt8.init)
        pastForms = tags.tagIndexes { upos, xpos in xpos == "VBD" || xpos == "VBN" || upos == "ADJ" }
        verbPastForms = tags.tagIndexes { upos, xpos in upos == "VERB" && (xpos == "VBD" || xpos == "VBN") }
        mainHave = tags.tagIndexes { upos, _ in upos == "VERB" }
        ingForms = tags.tagIndexes { upos, _ in upos == "ADJ" }
        conjunctions = tags.tagIndexes { upos, _ in upos == "CCONJ" }
        phraseStarts = tags.tagIndexes { upos, xpos in
            upos == "NOUN" || upos == "PROPN" || upos == "ADJ" || upos == "NUM" || xpos == "DT" || xpos == "PRP$" || xpos == "VBN"
        }
        nounIngForms = tags.tagIndexes { _, xpos in xpos == "NN" }
        nameStarts = tags.tagIndexes { upos, xpos in upos == "PROPN" || upos == "NUM" || xpos == "DT" || xpos == "PRP$" }
    }

    /// Whether "by" follows the word, right away or after a conjunction and an `-ed` word ("armed and financed by").
    private func hasAgent(after word: Int, _ tags: [UInt8], _ lexemes: [Lexeme]) -> Bool {
        if word + 1 < tags.count, lexemes[word + 1].lower == by { return true }
        return word + 3 < tags.count && conjunctions.contains(tags[word + 1]) && lexemes[word + 2].suffix2 == ed
            && lexemes[word + 3].lower == by
    }

    /// The tags of a sentence's words with the repairs applied.
    func apply(_ tags: inout [UInt8], lexemes: [Lexeme]) {
        guard tags.count >= 3 else { return }
        for index in 0..<(tags.count - 2) {
            let lower = lexemes[index].lower
            let isHave = have.contains(lower), isBe = be.contains(lower)
            guard isHave || isBe else { continue }
            if isHave, index > 0, subjects.contains(tags[index - 1]), !mainHave.contains(tags[index]), possessedStarts.contains(tags[index + 1]),
               !quantifiers.contains(lexemes[index + 1].lower), let main = possessionTags[lower] {
                // "which has 4,000 troops in …", "Russia has a base": an auxiliary is followed by its verb, not by a
                // noun phrase; this "have" is possession. Only after its subject: a question's "Has that gone …"
                // puts the auxiliary first; a floating quantifier ("have both sent") is no determiner.
                tags[index] = main
                continue
            }
            // Skip one or two adverbs ("has today", "is also", "have now already").
            var next = index + 1
            while next < tags.count, next - index <= 2, interveners.contains(lexemes[next].lower) || quantifiers.contains(lexemes[next].lower) {
                next += 1
            }
            guard next < tags.count else { continue }
            let word = lexemes[next]
            // "has also been sanctioned": "been" is an auxiliary of its own, tagged as the treebank tags it.
            // After a floating quantifier, an irregular past form read as a verb counts too ("have both sent").
            let floated = (index + 1..<next).contains { quantifiers.contains(lexemes[$0].lower) } && verbPastForms.contains(tags[next])
            if isHave, next > index + 1, pastForms.contains(tags[next]), word.suffix2 == ed || word.suffix2 == en || floated,
               !be.contains(word.lower) {
                if let auxiliary = haveTags[lower] { tags[index] = auxiliary }
                tags[next] = participle
                if let adverb {
                    for between in (index + 1)..<next where quantifiers.contains(lexemes[between].lower) { tags[between] = adverb }
                }
            } else if isHave, next == index + 1, mainHave.contains(tags[index]), verbPastForms.contains(tags[next]),
                      word.suffix2 == ed || word.suffix2 == en, !be.contains(word.lower) {
                // "Russia has threatened Moldova": with the next word read as a verb's past form, "have" is its
                // auxiliary, not possession of something "threatened".
                if let auxiliary = haveTags[lower] { tags[index] = auxiliary }
                tags[next] = participle
            } else if isBe, ingForms.contains(tags[next]), word.suffix3 == ing, next + 1 < tags.count,
                      phraseStarts.contains(tags[next + 1]) {
                tags[next] = gerund
            } else if isBe, nounIngForms.contains(tags[next]), word.suffix3 == ing, next + 1 < tags.count,
                      nameStarts.contains(tags[next + 1]) {
                // "has been bombing Houthi targets": a noun in -ing is not followed by a name or determiner.
                tags[next] = gerund
            } else if isBe, ingForms.contains(tags[next]), word.suffix2 == ed, hasAgent(after: next, tags, lexemes) {
                tags[next] = participle
            }
        }
    }
}
