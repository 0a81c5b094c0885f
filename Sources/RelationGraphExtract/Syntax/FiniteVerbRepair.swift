/// A rule stage after the tagger, in the manner of spaCy's attribute ruler:
/// a word that can only be the sentence's finite verb, tagged otherwise, is
/// retagged as one.
///
/// News sentences open with a subject and a finite verb, and the tagger,
/// trained on web text, misses two kinds of them:
///
/// - a past tense read as a participle modifying the noun before it ("A Thai
///   fighter jet bombed targets": `VBN`, as in "the jet bombed by …"). A
///   participle that modifies a noun is followed by its agent or a
///   preposition, not by a bare object; so a `VBN` right after a noun, right
///   before the start of a noun phrase (which may open with a participle as
///   its adjective: "Australia imposed targeted sanctions"), is the past
///   tense `VBD`;
/// - a present tense with a plural-noun reading, read as a noun after a
///   name ("Qatar hosts US troops", "China arms Pakistan": `NNS`). After a
///   proper name that opens the clause, a plural noun right before a
///   determiner, possessive, number, proper name or adjective is the verb
///   `VBZ`, and so is one the treebank saw as a verb (or never saw) right
///   before a gerund ("Rwanda denies arming the group"); before another
///   noun it is left alone ("US arms sales").
///
/// The first also applies after an aside set off by commas after the subject
/// ("The UK, alongside France, imposed sanctions"): the participle reading
/// needs the noun it modifies right before it, and a comma that closes an
/// aside is not one.
///
/// Either applies only when no finite verb or auxiliary comes before it in
/// its clause, and at most once per clause: the sentence, or a clause opened
/// by a subordinator or relative pronoun ("MEE reported that the UAE
/// orchestrated drone attacks", "a week in which the group fired
/// missiles"). There an `-ed` adjective counts as a participle when the
/// clause has no finite verb after it either and the treebank saw its form
/// as a verb or never saw it ("the Houthi armed forces attacked" keeps its
/// adjective).
///
/// A third repair is not about the finite verb: a participial clause after
/// a comma ("…, warning the North Koreans that …", "…, killing three
/// soldiers") whose `-ing` word was read as a singular noun. A singular
/// noun is not followed by a determiner, possessive, pronoun, number or
/// proper name that starts another noun phrase, so there it is the gerund
/// `VBG`. It applies anywhere in the sentence, to every such word. So does
/// a fourth: an `-ing` word read as an adjective or a singular noun after a
/// preposition that complements a participle, past tense or adjective
/// ("is accused of funnelling weapons", "capable of striking targets"),
/// right before the start of a noun phrase, is the gerund that takes it as
/// object; "of growing concern" (no such governor) keeps its adjective.
///
/// Before them all, an adjective the treebank also saw as a noun, after a
/// determiner, adjective or possessive and right before a past or present
/// tense, is a noun: the head of the subject ("The Turkish military said …",
/// "China's military staged …"), which an adjective cannot be.
///
/// In a sentence with no finite verb, a word the treebank saw only as a
/// verb, tagged as a preposition or singular noun right after a plural noun
/// and before a noun phrase, is the plural's present tense `VBP` ("North
/// Korea's launches threaten the security of Japan", `threaten` read as a
/// preposition); so is a word read as a preposition that the treebank
/// hardly saw, since prepositions are a closed class.
///
/// A fifth is for a sentence left with no finite verb at all: a singular
/// noun right after a noun and right before a determiner, possessive or
/// number (perhaps after a particle: "Pakistan shot down two jets"), whose
/// form the treebank also saw as a verb ("China's coast guard shot a water
/// cannon at …, injuring …", `shot` read as a noun), is the
/// past tense. Only with the words' ambiguity classes, and only when no word
/// of the sentence is a finite verb or auxiliary: "told the coast guard a
/// story" keeps its noun. In such a sentence, the first participle, right
/// after a noun and right before a preposition other than "by", is the past
/// tense too ("Russian troops crossed into Ukraine on 24 February"; "the jet
/// bombed by rebels" keeps its participle).
///
/// - Complexity: O(*n*) time in the number of words, O(1) extra space.
struct FiniteVerbRepair: Sendable {
    private let participle: UInt8
    private let pastTense: UInt8
    private let pluralNoun: UInt8
    private let presentTense: UInt8
    /// Tags a word before the participle may have: nouns.
    private let nouns: Set<UInt8>
    /// Tags that start a noun phrase after a participle: determiners, possessives, numbers, adjectives, nouns.
    private let objectStarts: Set<UInt8>
    /// Tags that start a noun phrase after a plural noun read as a verb: the same without nouns.
    private let objectStartsBeforeNoun: Set<UInt8>
    private let properNouns: Set<UInt8>
    /// Tags after which a clause starts: punctuation and conjunctions.
    private let clauseBreaks: Set<UInt8>
    private let determiners: Set<UInt8>
    /// The possessive ending and possessive pronouns (`POS`, `PRP$`).
    private let possessives: Set<UInt8>
    /// Tags that make a clause finite before it: past and present tenses, modals, auxiliaries.
    private let finite: Set<UInt8>
    private let singularNoun: UInt8
    private let gerund: UInt8
    private let comma: Set<UInt8>
    /// Adverbs and prepositions, which may come before a number ("about 10,000").
    private let approximators: Set<UInt8>
    private let numbers: Set<UInt8>
    /// Tags that start a noun phrase after a gerund read as a noun: determiners, possessives, pronouns, numbers, proper names.
    private let gerundObjects: Set<UInt8>
    private let adjectives: Set<UInt8>
    private let prepositions: Set<UInt8>
    /// Tags of words a preposition with a gerund complements: participles, past tenses, adjectives ("accused of", "capable of").
    private let governors: Set<UInt8>
    /// Tags that start a noun phrase after a verb read as a noun: determiners, possessives, numbers.
    private let nounPhraseOpeners: Set<UInt8>
    /// Particles and adverbs, which may stand between a verb and its object ("shot down").
    private let particles: Set<UInt8>
    /// The bits of `VERB` and `NOUN` in an ambiguity class.
    private let verbBit = UInt64(1) << UPOS.verb.index
    private let nounBit = UInt64(1) << UPOS.noun.index
    private let adpositionBit = UInt64(1) << UPOS.adp.index
    private let pluralPresent: UInt8?
    /// Past and present tenses of verbs.
    private let tenses: Set<UInt8>
    /// Subordinating conjunctions, which open a clause with a finite verb of its own.
    private let subordinators: Set<UInt8>
    /// Relative pronouns (`WDT`, `WP`), which open a relative clause.
    private let relativePronouns: Set<UInt8>
    /// The hash of "by", as ``Lexeme/lower`` holds it.
    private let by = Lexeme("by").lower
    /// The hash of the suffix "ed", as ``Lexeme/suffix2`` holds it.
    private let ed = Lexeme("ed").suffix2
    /// The hash of the suffix "ing", as ``Lexeme/suffix3`` holds it.
    private let ing = Lexeme("ing").suffix3

    /// The stage for a tag set, or nil when the tag set lacks one of `VERB VBN`, `VERB VBD`, `NOUN NNS`,
    /// `VERB VBZ`, `NOUN NN`, `VERB VBG`.
    ///
    /// - Complexity: O(*t*) in the number of tags.
    init?(tags: [String]) {
        guard let participle = tags.firstIndex(of: "VERB VBN"), let pastTense = tags.firstIndex(of: "VERB VBD"),
              let pluralNoun = tags.firstIndex(of: "NOUN NNS"), let presentTense = tags.firstIndex(of: "VERB VBZ"),
              let singularNoun = tags.firstIndex(of: "NOUN NN"), let gerund = tags.firstIndex(of: "VERB VBG")
        else { return nil }
        self.singularNoun = UInt8(singularNoun)
        self.gerund = UInt8(gerund)
        self.participle = UInt8(participle)
        self.pastTense = UInt8(pastTense)
        self.pluralNoun = UInt8(pluralNoun)
        self.presentTense = UInt8(presentTense)
        pluralPresent = tags.firstIndex(of: "VERB VBP").map(UInt8.init)
        nouns = tags.tagIndexes { upos, _ in upos == "NOUN" || upos == "PROPN" }
        objectStartsBeforeNoun = tags.tagIndexes { upos, xpos in
            upos == "PROPN" || upos == "ADJ" || upos == "NUM" || xpos == "DT" || xpos == "PRP$"
        }
        // A participle may open the object as its adjective: "Australia imposed targeted sanctions".
        objectStarts = objectStartsBeforeNoun.union(tags.tagIndexes { upos, xpos in upos == "NOUN" || xpos == "VBN" })
        properNouns = tags.tagIndexes { upos, _ in upos == "PROPN" }
        clauseBreaks = tags.tagIndexes { upos, _ in upos == "PUNCT" || upos == "CCONJ" || upos == "SCONJ" }
        determiners = tags.tagIndexes { _, xpos in xpos == "DT" }
        possessives = tags.tagIndexes { _, xpos in xpos == "POS" || xpos == "PRP$" }
        finite = tags.tagIndexes { upos, xpos in upos == "AUX" || xpos == "VBD" || xpos == "VBZ" || xpos == "VBP" || xpos == "MD" }
        comma = tags.tagIndexes { _, xpos in xpos == "," }
        approximators = tags.tagIndexes { upos, _ in upos == "ADV" || upos == "ADP" }
        numbers = tags.tagIndexes { upos, _ in upos == "NUM" }
        adjectives = tags.tagIndexes { upos, _ in upos == "ADJ" }
        prepositions = tags.tagIndexes { _, xpos in xpos == "IN" }
        governors = tags.tagIndexes { upos, xpos in xpos == "VBN" || xpos == "VBD" || upos == "ADJ" }
        subordinators = tags.tagIndexes { upos, _ in upos == "SCONJ" }
        relativePronouns = tags.tagIndexes { _, xpos in xpos == "WDT" || xpos == "WP" }
        tenses = tags.tagIndexes { upos, xpos in upos == "VERB" && (xpos == "VBD" || xpos == "VBZ" || xpos == "VBP") }
        nounPhraseOpeners = tags.tagIndexes { upos, xpos in upos == "NUM" || xpos == "DT" || xpos == "PRP$" }
        particles = tags.tagIndexes { _, xpos in xpos == "RP" || xpos == "RB" }
        gerundObjects = tags.tagIndexes { upos, xpos in
            upos == "PROPN" || upos == "NUM" || xpos == "DT" || xpos == "PRP$" || xpos == "PRP"
        }
    }

    /// Whether a noun phrase starts right after `index`: a tag of `starts`, or an adverb or preposition
    /// before a number ("hosts about 10,000 troops", "bombed some 20 targets").
    private func startsPhrase(after index: Int, in tags: [UInt8], _ starts: Set<UInt8>) -> Bool {
        guard index + 1 < tags.count else { return false }
        if starts.contains(tags[index + 1]) { return true }
        return index + 2 < tags.count && approximators.contains(tags[index + 1]) && numbers.contains(tags[index + 2])
    }

    /// The tags of a sentence's words with the repairs applied; `masks`, the words' ambiguity classes, when known.
    func apply(_ tags: inout [UInt8], lexemes: [Lexeme], masks: [UInt64]? = nil) {
        if let masks, tags.count >= 3 {
            // "The Turkish military said", "China's military staged": an adjective the treebank also saw as a noun,
            // after a determiner, adjective or possessive and right before a past or present tense, is the subject's
            // noun.
            for index in 1..<(tags.count - 1) where adjectives.contains(tags[index]) && masks[index] & nounBit != 0
                && (determiners.contains(tags[index - 1]) || adjectives.contains(tags[index - 1]) || possessives.contains(tags[index - 1]))
                && tenses.contains(tags[index + 1]) {
                tags[index] = singularNoun
            }
            // "a ground offensive against Hezbollah": the same after a determiner and a noun, before a preposition.
            if tags.count >= 4 {
                for index in 2..<(tags.count - 1) where adjectives.contains(tags[index]) && masks[index] & nounBit != 0
                    && tags[index - 1] == singularNoun && determiners.contains(tags[index - 2]) && prepositions.contains(tags[index + 1]) {
                    tags[index] = singularNoun
                }
            }
        }
        if tags.count >= 3, !tags.contains(where: finite.contains) {
            if let masks, tags.count >= 4, let index = (1..<(tags.count - 1)).first(where: { index in
                tags[index] == singularNoun && masks[index] & verbBit != 0 && nouns.contains(tags[index - 1])
                    && (nounPhraseOpeners.contains(tags[index + 1])
                        // "Pakistan shot down two Indian jets": or past the verb's particle.
                        || (particles.contains(tags[index + 1]) && index + 2 < tags.count && nounPhraseOpeners.contains(tags[index + 2])))
            }) {
                tags[index] = pastTense
            } else if let index = (1..<(tags.count - 1)).first(where: { tags[$0] == participle }),
                      nouns.contains(tags[index - 1]), prepositions.contains(tags[index + 1]), lexemes[index + 1].lower != by {
                // "Russian troops crossed into Ukraine": the sentence's first participle, after a noun and
                // before a preposition other than its agent's "by", is its verb.
                tags[index] = pastTense
            }
        }
        if let masks, let pluralPresent, tags.count >= 3, !tags.contains(where: finite.contains),
           let index = (1..<(tags.count - 1)).first(where: { index in
               let verbOnly = masks[index] & verbBit != 0 && masks[index] & (adpositionBit | nounBit) == 0
               // Prepositions are a closed class: one the treebank never (or rarely) saw is no preposition.
               let unknownPreposition = prepositions.contains(tags[index]) && masks[index] == 0
               return tags[index - 1] == pluralNoun && (prepositions.contains(tags[index]) || tags[index] == singularNoun)
                   && (verbOnly || unknownPreposition) && startsPhrase(after: index, in: tags, objectStarts)
           }) {
            // "North Korea's launches threaten the security of Japan": with no finite verb in the sentence, a word
            // the treebank saw only as a verb (or, read as a preposition, hardly saw at all), right after a plural
            // noun and before a noun phrase, is its verb.
            tags[index] = pluralPresent
        }
        if tags.count >= 3 {
            for index in 1..<(tags.count - 1) where tags[index] == singularNoun && lexemes[index].suffix3 == ing
                && comma.contains(tags[index - 1]) && gerundObjects.contains(tags[index + 1]) {
                tags[index] = gerund
            }
        }
        if tags.count >= 4 {
            for index in 2..<(tags.count - 1) where (tags[index] == singularNoun || adjectives.contains(tags[index]))
                && lexemes[index].suffix3 == ing && prepositions.contains(tags[index - 1]) && governors.contains(tags[index - 2])
                && startsPhrase(after: index, in: tags, objectStarts) {
                tags[index] = gerund
            }
            // "joined the United States in imposing new sanctions": a preposition read as the subordinator of a
            // clause opens a gerund, not an adjective ("an imposing building").
            for index in 1..<(tags.count - 1) where (tags[index] == singularNoun || adjectives.contains(tags[index]))
                && lexemes[index].suffix3 == ing && subordinators.contains(tags[index - 1])
                && startsPhrase(after: index, in: tags, objectStarts) {
                tags[index] = gerund
            }
        }
        if let masks, tags.count >= 4 {
            // Whether a finite verb follows each word before the next clause break; only computed for a sentence
            // with a plural noun where one of the rules below looks.
            var finiteFollows: [Bool]?
            func followedByFinite(_ index: Int) -> Bool {
                if finiteFollows == nil { finiteFollows = finiteFollowing(tags) }
                return finiteFollows?[index] ?? false
            }
            // "Qatar, which hosts the largest US base": a plural noun right after a relative pronoun that follows
            // its antecedent, before a noun phrase, is the relative clause's verb when the treebank saw its form
            // as a verb or never saw it ("which weapons the army used" keeps its noun), when a name that closes
            // the clause follows ("Iran, which arms Hezbollah, warned …": the clause would have no verb), or, after
            // a comma, when no finite verb follows in the clause ("Qatar, which hosts the largest US military base
            // in the region, closed …", with "hosts" a noun only in the treebank).
            for index in 2..<(tags.count - 1) where tags[index] == pluralNoun && relativePronouns.contains(tags[index - 1])
                && (comma.contains(tags[index - 2]) || nouns.contains(tags[index - 2]))
                && startsPhrase(after: index, in: tags, objectStartsBeforeNoun)
                && (masks[index] == 0 || masks[index] & verbBit != 0 || nameClosesClause(after: index, in: tags)
                    || (comma.contains(tags[index - 2]) && !followedByFinite(index))) {
                tags[index] = presentTense
                finiteFollows = nil
            }
            // "remarks that Eritrea views as a threat": after a relative pronoun and the name that is the clause's
            // subject, a plural noun is its verb when no finite verb follows in the clause, nor a past form that
            // is the verb the tagger read as a participle ("in which Wagner fighters fought alongside …").
            for index in 3..<tags.count where tags[index] == pluralNoun
                && !(index + 1 < tags.count && (tags[index + 1] == participle || tags[index + 1] == pastTense)) {
                var first = index - 1
                while first > 0, properNouns.contains(tags[first]), index - first <= 3 { first -= 1 }
                guard first < index - 1, relativePronouns.contains(tags[first]), properNouns.contains(tags[first + 1]) else { continue }
                if !followedByFinite(index) { tags[index] = presentTense }
            }
        }
        guard tags.count >= 3 else { return }
        // Whether the current clause (the sentence, or one opened by a subordinator) has its finite verb.
        var hasFinite = finite.contains(tags[0])
        // The comma after a noun that opens an aside, when there is one before `index`.
        var asideStart: Int?
        for index in 1..<(tags.count - 1) {
            if subordinators.contains(tags[index]) || relativePronouns.contains(tags[index]) {
                // "reported that the UAE orchestrated attacks", "a week in which the group fired missiles": a
                // clause of its own, with a finite verb of its own.
                hasFinite = false
                asideStart = nil
                continue
            }
            if finite.contains(tags[index]) { hasFinite = true }
            guard !hasFinite else { continue }
            let closesAside = comma.contains(tags[index - 1]) && asideStart.map { $0 < index - 2 } == true
            if tags[index] == participle || isPastAdjective(index, tags, lexemes, masks),
               nouns.contains(tags[index - 1]) || closesAside, startsPhrase(after: index, in: tags, objectStarts) {
                tags[index] = pastTense
                hasFinite = true
                continue
            }
            if asideStart == nil, comma.contains(tags[index]), nouns.contains(tags[index - 1]) { asideStart = index }
            // "Rwanda denies arming the group": before a gerund only a form the treebank saw as a verb or never
            // saw.
            let takesGerund = tags[index + 1] == gerund && masks.map { $0[index] == 0 || $0[index] & verbBit != 0 } == true
            if tags[index] == pluralNoun, takesGerund || startsPhrase(after: index, in: tags, objectStartsBeforeNoun),
               opensClause(name: index - 1, in: tags) {
                tags[index] = presentTense
                hasFinite = true
            }
        }
    }

    /// An `-ed` adjective in a clause with no finite verb, whose form the treebank saw as a verb or never
    /// saw: a past tense the tagger read as an adjective ("reported that the UAE orchestrated drone
    /// attacks"). Only when the words' ambiguity classes are known; "the Houthi armed forces attacked"
    /// has its finite verb later in the clause and keeps its adjective.
    private func isPastAdjective(_ index: Int, _ tags: [UInt8], _ lexemes: [Lexeme], _ masks: [UInt64]?) -> Bool {
        guard let masks, adjectives.contains(tags[index]), lexemes[index].suffix2 == ed,
              masks[index] == 0 || masks[index] & verbBit != 0 else { return false }
        for later in (index + 1)..<tags.count {
            if subordinators.contains(tags[later]) { break }
            if finite.contains(tags[later]) { return false }
        }
        return true
    }

    /// Whether the words after `index` are a proper name and then a clause break (punctuation or a
    /// conjunction) or the sentence's end.
    /// For each word, whether a finite verb follows it before the next clause break, computed from right to left.
    ///
    /// - Complexity: O(*n*) in the number of words.
    private func finiteFollowing(_ tags: [UInt8]) -> [Bool] {
        var follows = [Bool](repeating: false, count: tags.count)
        for later in stride(from: tags.count - 2, through: 0, by: -1) where !clauseBreaks.contains(tags[later + 1]) {
            follows[later] = finite.contains(tags[later + 1]) || follows[later + 1]
        }
        return follows
    }

    private func nameClosesClause(after index: Int, in tags: [UInt8]) -> Bool {
        var next = index + 1
        guard next < tags.count, properNouns.contains(tags[next]) else { return false }
        while next < tags.count, properNouns.contains(tags[next]) { next += 1 }
        return next == tags.count || clauseBreaks.contains(tags[next])
    }

    /// Whether the proper name ending at `last` starts its clause: at the sentence's start, after
    /// punctuation or a conjunction, or after a sentence-initial determiner ("The US …").
    private func opensClause(name last: Int, in tags: [UInt8]) -> Bool {
        guard properNouns.contains(tags[last]) else { return false }
        var first = last
        while first > 0, properNouns.contains(tags[first - 1]) { first -= 1 }
        if first == 0 { return true }
        if clauseBreaks.contains(tags[first - 1]) { return true }
        return first == 1 && determiners.contains(tags[0])
    }
}
