import Foundation
import RelationGraph

/// The party mentions of a document on its UD words, with pronouns: "we",
/// "our" for the issuing parties of a statement (guideline 3), and "it",
/// "they", "its", "their" resolved to the subject of their sentence before
/// them or of the last sentence that named a party.
struct DocumentMentions {
    private let words: [TextWord]
    private let cues: CueTable
    private let speakers: [Int32]
    /// Each gazetteer party's kind, for definite descriptions ("the group").
    private let partyKinds: [PartyKind]
    /// Each gazetteer mention with the UD words it covers, in text order.
    private let spans: [(mention: Mention, words: Range<Int>)]
    /// The UD words of each mention of an armed group outside the closed list, in text order.
    private let unlisted: [Range<Int>]

    /// Maps mentions found on the extractor's tokens onto UD words by byte offsets.
    ///
    /// - Complexity: O(*w* + *m*) for *w* words and *m* mentions.
    init(words: [TextWord], tokens: [Token], mentions: [Mention], cues: CueTable, speakers: [Int32], partyKinds: [PartyKind] = []) {
        self.words = words
        self.cues = cues
        self.speakers = speakers
        self.partyKinds = partyKinds
        var spans: [(Mention, Range<Int>)] = []
        var unlisted: [Range<Int>] = []
        var word = 0
        for mention in mentions {
            let start = Int(tokens[mention.first].start), end = Int(tokens[mention.last].end)
            while word < words.count, words[word].byteRange.upperBound <= start { word += 1 }
            var last = word
            while last < words.count, words[last].byteRange.lowerBound < end { last += 1 }
            guard last > word else { continue }
            if mention.isUnlisted { unlisted.append(word..<last) } else { spans.append((mention, word..<last)) }
        }
        self.spans = spans
        self.unlisted = unlisted
    }

    /// The mentions in a sentence (word ranges relative to its first word),
    /// pronouns included but not yet resolved, and whether it has a pronoun
    /// that may stand for a party.
    func mentions(in sentence: Range<Int>) -> (mentions: [WordMention], hasPronoun: Bool) {
        var result: [WordMention] = []
        var index = spanCount { $0.lowerBound < sentence.lowerBound }
        while index < spans.count, spans[index].words.lowerBound < sentence.upperBound {
            let (mention, range) = spans[index]
            let local = (range.lowerBound - sentence.lowerBound)..<(min(range.upperBound, sentence.upperBound) - sentence.lowerBound)
            result.append(WordMention(
                parties: mention.parties, words: local, isDemonym: mention.isDemonym, isQualifier: mention.isQualifier,
                isOrigin: mention.isOrigin, isPlace: mention.isPlace))
            index += 1
        }
        var hasPronoun = false
        for word in sentence where !result.contains(where: { $0.words.contains(word - sentence.lowerBound) }) {
            let local = (word - sentence.lowerBound)..<(word - sentence.lowerBound + 1)
            if let antecedent = definiteAntecedent(at: word, sentence: sentence) ?? issuingBody(at: word, sentence: sentence) {
                result.append(WordMention(parties: antecedent, words: local))
            } else if let (antecedent, name) = regionAntecedent(at: word, sentence: sentence) {
                result.append(WordMention(parties: antecedent, words: local, standIn: name))
            }
        }
        for word in sentence {
            // "US" and "IT" written in capitals are abbreviations, not the pronouns "us" and "it".
            let written = words[word].form
            guard written.count < 2 || written.contains(where: \.isLowercase) else { continue }
            let form = written.lowercased()
            if cues.firstPerson.contains(form), !speakers.isEmpty {
                result.append(WordMention(parties: speakers, words: (word - sentence.lowerBound)..<(word - sentence.lowerBound + 1), isPronoun: true))
                hasPronoun = true
            } else if cues.thirdPerson.contains(form) {
                result.append(WordMention(parties: [], words: (word - sentence.lowerBound)..<(word - sentence.lowerBound + 1), isPronoun: true))
                hasPronoun = true
            }
        }
        result.sort { $0.words.lowerBound < $1.words.lowerBound }
        return (result, hasPronoun)
    }

    /// The issuing parties, for "the Council", "the Government" and the like in a text whose header or
    /// speaker line names its issuer: a press release of the Council of the EU speaks of "the Council", one of a
    /// government of "the Government" (`issuerBodies`). Only the bare noun after "the", capitalised and not
    /// followed by "of" or another capitalised word ("the Council of Europe" is another body).
    ///
    /// - Complexity: O(1).
    private func issuingBody(at word: Int, sentence: Range<Int>) -> [Int32]? {
        guard !speakers.isEmpty, cues.issuerBodies.contains(words[word].form), isBareAfterThe(word, sentence: sentence) else { return nil }
        return speakers
    }

    /// Whether the word follows "the" in its sentence and is not followed by "of" or another capitalised word:
    /// a bare "the Council" or "the North", not part of a longer name ("the Council of Europe", "the North
    /// Atlantic").
    ///
    /// - Complexity: O(1).
    private func isBareAfterThe(_ word: Int, sentence: Range<Int>) -> Bool {
        guard word > sentence.lowerBound, words[word - 1].form.lowercased() == "the" else { return false }
        guard word + 1 < sentence.upperBound else { return true }
        let next = words[word + 1].form
        return next != "of" && next.first?.isUppercase != true
    }

    /// The party "the North" or "the South" stands for (`regionAnaphors`), with the last word of its name: the
    /// one party named before it whose name starts with that word ("North Korea", "North Korean troops"), when
    /// exactly one is. Only the bare capitalised word after "the", not followed by another capitalised word ("the
    /// North Atlantic") or "of".
    ///
    /// - Complexity: O(*m*) for *m* mentions before it.
    private func regionAntecedent(at word: Int, sentence: Range<Int>) -> (parties: [Int32], name: String)? {
        let form = words[word].form
        guard cues.regionAnaphors.contains(form), isBareAfterThe(word, sentence: sentence) else { return nil }
        var found: (parties: [Int32], name: String)?
        for (mention, range) in spans[..<spanCount(where: { $0.upperBound <= word })]
        where range.count > 1 && words[range.lowerBound].form == form && !mention.isQualifier && !mention.parties.isEmpty {
            if let named = found, named.parties != mention.parties { return nil }
            found = (mention.parties, words[range.upperBound - 1].form)
        }
        return found
    }

    /// A plural noun's singular by its regular ending ("countries" → "country", "nations" → "nation").
    ///
    /// - Complexity: O(*k*) in the length of the word.
    private static func singular(_ form: String) -> String {
        if form.hasSuffix("ies") { return form.dropLast(3) + "y" }
        return form.hasSuffix("s") ? String(form.dropLast()) : form
    }

    /// The party a definite description stands for: "the group" (or "the
    /// Iran-backed terror group") is the last armed group named before it,
    /// "the country" the last state, "our country" the issuing party; `nil`
    /// when the word is not the head of such a description or no party of
    /// the kind was named.
    ///
    /// - Complexity: O(log *m*) for *m* mentions in the document.
    private func definiteAntecedent(at word: Int, sentence: Range<Int>) -> [Int32]? {
        if let owner = bodyOwner(at: word, sentence: sentence) { return owner }
        if let counted = countedStates(at: word, sentence: sentence) { return counted }
        // A capitalised "Group" or "Republic" is part of a name ("the Lima Group"), not a description.
        let form = words[word].form
        // "a threat to our nation's security", "our alliance", "our countries will continue …": the issuing
        // parties, when they are of the kind.
        if word > sentence.lowerBound, cues.firstPerson.contains(words[word - 1].form.lowercased()), !speakers.isEmpty,
           let kind = cues.definiteAnaphors[form] ?? cues.definiteAnaphors[Self.singular(form)] {
            return speakers.allSatisfy({ Int($0) < partyKinds.count && partyKinds[Int($0)] == kind }) ? speakers : nil
        }
        guard let kind = cues.definiteAnaphors[form], form.first?.isLowercase == true else { return nil }
        // "the" within a few words before it, with only words (no punctuation but hyphens) in between.
        var start = word - 1
        while start >= sentence.lowerBound, word - start <= 5 {
            let form = words[start].form
            if form.lowercased() == "the" { break }
            guard form == "-" || form.unicodeScalars.allSatisfy({ CharacterSet.letters.contains($0) }) else { return nil }
            start -= 1
        }
        guard start >= sentence.lowerBound, word - start <= 5, words[start].form.lowercased() == "the" else { return nil }
        // The last mention before the description whose parties are all of the kind, outside a relative aside
        // ("Al-Shabaab, which is allied to al-Qaeda, … the group": Al-Shabaab) when there is one.
        let lower = spanCount { $0.upperBound <= word }
        var aside: [Int32]?
        var acting = Set<Int32>()
        // "… clashed with the Syrian Democratic Forces … unless the Kurdish-led group disarms": a group outside
        // the list named after every listed one is what "the group" stands for.
        let lastUnlisted = kind == .armedGroup ? unlisted.last(where: { $0.upperBound <= word }) : nil
        for index in stride(from: lower - 1, through: 0, by: -1) {
            let (mention, range) = spans[index]
            if let lastUnlisted, range.upperBound <= lastUnlisted.lowerBound { return aside }
            guard !mention.isQualifier, !mention.parties.isEmpty else { continue }
            // "will host American soldiers. U.S. troops are already stationed in the country": a demonym, or a
            // name right before a party noun in the description's own sentence ("U.S. troops", "Chinese
            // vessels"), describes that noun; the country is another. A group's name on its things is the
            // group all the same ("struck Hamas positions, hours after the group fired rockets").
            if mention.isDemonym { continue }
            if kind == .state, range.lowerBound >= sentence.lowerBound, range.upperBound < word, describesPartyNoun(before: range.upperBound) {
                continue
            }
            // "Iran fired missiles at the country": a party acting on the description is not what it stands for
            // (that would be "itself").
            // ("Washington has 1,000 troops in the country": nor is that party under another name, before the sentence.)
            if range.lowerBound >= sentence.lowerBound, isClauseSubject(range, before: word) || isAttributionTail(range) {
                acting.formUnion(mention.parties)
                continue
            }
            if acting.isSuperset(of: mention.parties) { continue }
            guard mention.parties.allSatisfy({ Int($0) < partyKinds.count && partyKinds[Int($0)] == kind }) else { continue }
            if isInRelativeAside(range, before: word) {
                if aside == nil { aside = mention.parties }
                continue
            }
            return mention.parties
        }
        return aside
    }

    /// Whether the words lie in a relative clause set off by commas (", which is allied to al-Qaeda,") that
    /// closes before `limit`: a comma and a relative pronoun at most ``DocumentMentions/asideReach`` words
    /// before, a comma at most as far after, and no sentence end in between.
    ///
    /// - Complexity: O(1).
    private func isInRelativeAside(_ range: Range<Int>, before limit: Int) -> Bool {
        func ends(_ index: Int) -> Bool { [".", "!", "?"].contains(words[index].form) }
        var opens = false
        var index = range.lowerBound - 1
        while index > 0, range.lowerBound - index <= Self.asideReach, !ends(index) {
            if words[index].form == ",", cues.relativePronouns.contains(words[index + 1].form.lowercased()) { opens = true; break }
            index -= 1
        }
        guard opens else { return false }
        index = range.upperBound
        while index < min(limit, words.count), index - range.upperBound <= Self.asideReach, !ends(index) {
            if words[index].form == "," { return true }
            index += 1
        }
        return false
    }

    /// The states a counted plural stands for ("all three countries", "both nations"): the last list of
    /// exactly that many states named together before it ("Niger, Mali and Burkina Faso"), its names apart
    /// only by `listJoiners` (commas, "and", "or", "the"); `nil` when there is none.
    ///
    /// - Complexity: O(*m*) for *m* mentions before the word.
    private func countedStates(at word: Int, sentence: Range<Int>) -> [Int32]? {
        guard word > sentence.lowerBound, cues.stateNouns.contains(words[word].form.lowercased()),
              let count = cues.countedStates[words[word - 1].form.lowercased()] else { return nil }
        func isState(_ mention: Mention) -> Bool {
            !mention.isQualifier && !mention.isDemonym && !mention.isOrigin && mention.parties.count == 1
                && Int(mention.parties[0]) < partyKinds.count && partyKinds[Int(mention.parties[0])] == .state
        }
        func joins(_ gap: Range<Int>) -> Bool { gap.allSatisfy { cues.listJoiners.contains(words[$0].form.lowercased()) } }
        var index = spanCount { $0.upperBound <= word } - 1
        while index >= 0 {
            guard isState(spans[index].mention) else {
                index -= 1
                continue
            }
            // The list ending at this mention, read backwards.
            var list = [spans[index]]
            var previous = index - 1
            while previous >= 0, isState(spans[previous].mention), joins(spans[previous].words.upperBound..<list[list.count - 1].words.lowerBound) {
                list.append(spans[previous])
                previous -= 1
            }
            let parties = list.reversed().map { $0.mention.parties[0] }
            if parties.count == count, Set(parties).count == count { return parties }
            index = previous
        }
        return nil
    }

    /// Whether a name before a description in its sentence reads as the subject of the description's clause:
    /// a word in lower case follows the name, and only words, numbers and hyphens (no other punctuation, no
    /// conjunction or relative pronoun) stand between them and the description.
    ///
    /// - Complexity: O(*k*) for the *k* words between them.
    private func isClauseSubject(_ range: Range<Int>, before limit: Int) -> Bool {
        guard range.upperBound < limit, words[range.upperBound].form.first?.isLowercase == true else { return false }
        return words[range.upperBound..<limit].allSatisfy { word in
            let form = word.form.lowercased()
            return (form.first?.isLetter == true || form.first?.isNumber == true || form == "-")
                && !cues.clauseBoundaries.contains(form) && !cues.relativePronouns.contains(form)
        }
    }

    /// Whether a name is the sayer of an attribution set off by a comma ("…, the Pentagon said on Monday"):
    /// the source of what is reported, not a party a later description in the sentence stands for.
    ///
    /// - Complexity: O(1).
    private func isAttributionTail(_ range: Range<Int>) -> Bool {
        guard range.upperBound < words.count, cues.sayingForms.contains(words[range.upperBound].form.lowercased()) else { return false }
        var before = range.lowerBound - 1
        if before >= 0, words[before].form.lowercased() == "the" { before -= 1 }
        return before >= 0 && words[before].form == ","
    }

    /// How far a relative aside reaches on either side of a mention in it, in words.
    static let asideReach = 12

    /// Whether the word at `next` is a noun that stands for its owner ("troops", "forces", "officials"), as
    /// written or without a plural "s": the name before it is its owner, not a party of its own.
    private func describesPartyNoun(before next: Int) -> Bool {
        let form = words[next].form.lowercased()
        let singular = form.hasSuffix("s") ? String(form.dropLast()) : form
        return [form, singular].contains { cues.personnel.contains($0) || cues.proxyNouns.contains($0) }
    }

    /// How many of the spans, in text order, have word ranges that `before` holds for: the spans are
    /// sorted, so those come first and are found by binary search.
    ///
    /// - Complexity: O(log *m*) for *m* mentions.
    private func spanCount(where before: (Range<Int>) -> Bool) -> Int {
        var lower = 0, upper = spans.count
        while lower < upper {
            let middle = (lower + upper) / 2
            if before(spans[middle].words) { lower = middle + 1 } else { upper = middle }
        }
        return lower
    }

    /// The party a party's body after "the" stands for ("the army", "the junta"): the last party named as
    /// the owner of that body before it ("Sudan's army", "the Sudanese army", "the Malian junta"), else, for a
    /// state's body, the one state the document has named before it by name or place ("Drones struck Port
    /// Sudan … the army"); `nil` when the word is no such body right after "the", or neither is found.
    ///
    /// - Complexity: O(*m*) for *m* mentions before the word.
    private func bodyOwner(at word: Int, sentence: Range<Int>) -> [Int32]? {
        let form = words[word].form
        guard cues.bodyAnaphors.contains(form), word > sentence.lowerBound, words[word - 1].form.lowercased() == "the" else { return nil }
        let lower = spanCount { $0.upperBound <= word - 1 }
        for index in stride(from: lower - 1, through: 0, by: -1) {
            let (mention, range) = spans[index]
            guard !mention.parties.isEmpty, !mention.isQualifier, !mention.isOrigin else { continue }
            var after = range.upperBound
            if after < words.count, ["'s", "’s"].contains(words[after].form) { after += 1 }
            if after < words.count, after < word - 1, words[after].form.lowercased() == form { return mention.parties }
        }
        guard cues.stateBodyAnaphors.contains(form) else { return nil }
        var state: Int32?
        for (mention, _) in spans[..<lower] where !mention.isDemonym && !mention.isQualifier && !mention.isOrigin {
            for party in mention.parties where Int(party) < partyKinds.count && partyKinds[Int(party)] == .state {
                if let named = state, named != party { return nil }
                state = party
            }
        }
        return state.map { [$0] }
    }

    /// Resolves third-person pronouns: to the first named subject before them
    /// in the sentence, else to the subject carried over from earlier
    /// sentences; unresolved pronouns are dropped. Updates the carried-over
    /// subject to this sentence's first named subject (or first named party).
    func resolvePronouns(
        _ mentions: [WordMention], in sentence: SyntaxSentence, lemmas: [String], antecedents: inout [Int32]
    ) -> [WordMention] {
        var result: [WordMention] = []
        var subject: [Int32]?
        var firstNamed: [Int32]?
        let relativeClauses = relativeClauses(sentence)
        for var mention in mentions {
            if mention.isPronoun, mention.parties.isEmpty {
                // A possessive ("its invasion") most often refers to the party named just before it;
                // a subject pronoun to the subject before it, or of the last sentence that named one.
                let possessive = mention.words.lowerBound < sentence.words.count
                    && sentence.words[mention.words.lowerBound].label == "nmod:poss"
                // The nearest party named before it, but not one in a "by" phrase, and for an object
                // pronoun not the subject of its own clause ("China, which helps it").
                let pronoun = mention.words.lowerBound
                let clause = pronoun < sentence.words.count ? sentence.words[pronoun].head : 0
                let isObject = pronoun < sentence.words.count && ["obj", "iobj"].contains(sentence.words[pronoun].label)
                let isPluralPronoun = pronoun < sentence.words.count && cues.pluralPronouns.contains(sentence.words[pronoun].form.lowercased())
                // In a relative clause ("China, which helps it"), the antecedent is the clause's subject too:
                // the name just before the relative pronoun.
                var relativeAntecedent: Range<Int>?
                if isObject, clause > 0, sentence.words[clause - 1].label.hasSuffix("relcl"),
                   let relative = sentence.words.indices.first(where: {
                       sentence.words[$0].head == clause && sentence.words[$0].label.hasPrefix("nsubj")
                           && cues.relativePronouns.contains(sentence.words[$0].form.lowercased())
                   }) {
                    relativeAntecedent = result.last { !$0.isPronoun && $0.words.upperBound <= relative }?.words
                }
                let named = result.filter { candidate in
                    guard !candidate.isPronoun, !candidate.isQualifier, !candidate.isPlace else { return false }
                    return !candidate.words.contains { word in
                        guard word < sentence.words.count else { return false }
                        let item = sentence.words[word]
                        return (item.label == "obl:agent" && hasNamedPassiveSubject(item.head, result, sentence))
                            || (isObject && item.head == clause && item.label.hasPrefix("nsubj"))
                            || relativeAntecedent == candidate.words
                            // "North Korean missiles": a name describing a thing is not what "its" refers to.
                            || (possessive && describesAThing(word, sentence, lemmas))
                            // "Russia, which kept Assad in power, … to keep its naval base", "Serbia, which does not
                            // recognise Kosovo's independence, is supported by Russia, which has supplied it": nor a
                            // name inside a relative clause closed before the pronoun.
                            || ((possessive || isObject) && inClosedRelative(word, before: pronoun, sentence, relativeClauses))
                    }
                }
                let nearest = named.last?.parties
                var parties = (possessive || isObject ? nearest : nil) ?? subject ?? antecedents
                // "Germany has sent Patriot systems to it": a pronoun in a phrase of its own verb is not that verb's
                // subject, nor a name listed with it ("Denmark, France and Germany have committed jets to it").
                // (The parser may hang the phrase on the object: "committed jets | to it".)
                if !possessive, !isObject, pronoun < sentence.words.count, ["obl", "nmod"].contains(sentence.words[pronoun].label),
                   let own = subject, let verb = governingVerb(pronoun, in: sentence), result.contains(where: { candidate in
                       !candidate.isPronoun && candidate.parties == own
                           && candidate.words.contains { subjectOrItsConjunct($0, of: verb, in: sentence) }
                   }) {
                    parties = antecedents == own ? [] : antecedents
                }
                // "Norway said it would donate tanks, while Lithuania confirmed it had sent drones": the subject of
                // a complement clause is most often the subject of the verb that governs it.
                if !possessive, !isObject, pronoun < sentence.words.count, sentence.words[pronoun].label.hasPrefix("nsubj"),
                   clause > 0, clause <= sentence.words.count, sentence.words[clause - 1].label == "ccomp",
                   case let governor = sentence.words[clause - 1].head, governor > 0,
                   let sayer = result.last(where: {
                       !$0.isPronoun && !$0.isQualifier && !$0.isPlace && names(subjectOf: governor, $0, in: sentence, orItsOwner: true)
                   }) {
                    // ("France, Germany and the United Kingdom announced that they will …": a plural pronoun, all of them.)
                    parties = isPluralPronoun ? coordinated(sayer, in: sentence, among: result) : sayer.parties
                }
                // "Russia is testing NATO's readiness, and its actions pose a threat": a possessive on the subject of
                // a second clause goes with the first clause's named subject, not with a party named in between.
                if possessive, case let owner = sentence.words[pronoun].head, owner > 0, owner <= sentence.words.count,
                   sentence.words[owner - 1].label.hasPrefix("nsubj"), case let verb = sentence.words[owner - 1].head,
                   verb > 0, verb <= sentence.words.count, sentence.words[verb - 1].label == "conj",
                   case let first = sentence.words[verb - 1].head, first > 0,
                   let firstSubject = result.first(where: {
                       !$0.isPronoun && !$0.isQualifier && !$0.isPlace && names(subjectOf: first, $0, in: sentence)
                   }) {
                    parties = firstSubject.parties
                }
                // "The Pentagon said Ukrainian troops could use the weapons provided to them": a plural
                // pronoun goes to the nearest plural name when there is one.
                if isPluralPronoun {
                    if let plural = named.last(where: { isPlural($0, sentence, lemmas) }) {
                        parties = plural.parties
                    } else if possessive, let last = named.last,
                              (last.words.upperBound..<pronoun).contains(where: { isUnnamedPlural($0, sentence, lemmas, among: result) }) {
                        // "sanctions on 12 individuals and entities for their role in …": people or bodies that are
                        // no party, named nearer than any party, are what the possessive stands for ("reports about
                        // their troops" are not).
                        parties = []
                    } else if possessive, let last = named.last {
                        // "Poland and Lithuania moved troops to their borders": else the names coordinated with
                        // the nearest one, all of them.
                        let all = coordinated(last, in: sentence, among: result)
                        if all.count > 1 { parties = all }
                    }
                }
                if possessive, let accuser = accuser(of: clause, in: sentence, lemmas: lemmas, named: result)
                    ?? sayer(of: clause, in: sentence, lemmas: lemmas, named: result, besides: parties) {
                    // "Armenia accused Azerbaijan of firing on its positions": what the accused is said to have
                    // done to "its" things was done to the accuser's.
                    parties = accuser
                }
                guard !parties.isEmpty else { continue }
                mention.parties = parties
                result.append(mention)
                continue
            }
            result.append(mention)
            // A place ("Kharkiv") is where things happen, not what "it" stands for.
            guard !mention.isPronoun, !mention.isQualifier, !mention.isPlace else { continue }
            // "The strikes were supported by Australia …. They followed …": a passive's "by" phrase is not
            // what a later pronoun stands for; its subject is, named or not.
            // (Or one listed after it: "by Australia, Bahrain and Canada".)
            let isAgent = mention.words.contains { word in
                let index = firstConjunct(of: word, in: sentence)
                return index < sentence.words.count && sentence.words[index].label == "obl:agent"
            }
            if firstNamed == nil, !isAgent { firstNamed = mention.parties }
            if subject == nil, isSubject(mention, sentence, among: mentions) { subject = mention.parties }
        }
        if let named = subject ?? firstNamed { antecedents = named }
        return result
    }

    /// The subject of an accusation verb whose charge (a clause with "of" or "for" on the verb or its object:
    /// "accused Azerbaijan of firing on its positions") holds the word at 1-based `clause`, when it is named.
    ///
    /// - Complexity: O(*m* + *n*) in the mentions and words of the sentence.
    private func accuser(of clause: Int, in sentence: SyntaxSentence, lemmas: [String], named: [WordMention]) -> [Int32]? {
        var node = clause
        for _ in 0..<3 {
            guard node > 0, node <= sentence.words.count else { return nil }
            let word = sentence.words[node - 1]
            let marked = sentence.words.contains { $0.head == node && $0.label == "mark" && ["of", "for"].contains($0.form.lowercased()) }
            if marked, ["acl", "advcl"].contains(word.label) {
                var verb = word.head
                if verb > 0, sentence.words[verb - 1].label == "obj" { verb = sentence.words[verb - 1].head }
                guard verb > 0, verb <= lemmas.count, cues.accusationVerbs.contains(lemmas[verb - 1]) else { return nil }
                return named.first { !$0.isPronoun && names(subjectOf: verb, $0, in: sentence) }?.parties
            }
            node = word.head
        }
        return nil
    }

    /// The party that reports an attack on "its" things by another ("Azerbaijan's defence ministry said
    /// Armenian forces had shelled its positions"), when the nearest name (`besides`) is the attacker's: a party
    /// does not shell its own positions. The attack verb's clause is the complement of a reporting verb whose
    /// subject names the party, or is a body the party owns.
    ///
    /// - Complexity: O(*m* + *n*) in the mentions and words of the sentence.
    private func sayer(of word: Int, in sentence: SyntaxSentence, lemmas: [String], named: [WordMention], besides: [Int32]) -> [Int32]? {
        var verb = word
        for _ in 0..<3 where verb > 0 && verb <= sentence.words.count && sentence.words[verb - 1].upos != .verb {
            verb = sentence.words[verb - 1].head
        }
        guard verb > 0, verb <= lemmas.count, sentence.words[verb - 1].label == "ccomp",
              cues.verbs[lemmas[verb - 1]]?.contains(where: { $0.kind == "attack" }) == true else { return nil }
        let say = sentence.words[verb - 1].head
        guard say > 0, say <= lemmas.count, cues.assertingGovernors.contains(lemmas[say - 1]) else { return nil }
        // The attacker is the attack clause's subject or what it names: only then is the nearest name wrong.
        guard named.contains(where: { $0.parties == besides && names(subjectOf: verb, $0, in: sentence, orItsOwner: true) }) else { return nil }
        return named.first { !$0.isPronoun && names(subjectOf: say, $0, in: sentence, orItsOwner: true) }?.parties
    }

    /// The parties of a mention and of the mentions coordinated with it ("Poland and Lithuania"), in order.
    ///
    /// - Complexity: O(*m* + *n*) in the mentions and words of the sentence.
    private func coordinated(_ mention: WordMention, in sentence: SyntaxSentence, among mentions: [WordMention]) -> [Int32] {
        let last = mention.words.upperBound - 1
        guard last < sentence.words.count else { return mention.parties }
        // The first conjunct, then every word that is its conjunct.
        var first = last
        while sentence.words[first].label == "conj", sentence.words[first].head > 0 { first = sentence.words[first].head - 1 }
        let members = Set([first] + sentence.words.indices.filter { sentence.words[$0].label == "conj" && sentence.words[$0].head == first + 1 })
        var parties: [Int32] = []
        for other in mentions where !other.isPronoun && other.words.contains(where: members.contains) {
            for party in other.parties where !parties.contains(party) { parties.append(party) }
        }
        return parties.isEmpty ? mention.parties : parties
    }

    /// Whether a mention is the subject of the verb at 1-based `verb`, or with `orItsOwner` names the owner of
    /// that subject ("Armenian forces", "Azerbaijan's defence ministry"; the parser may hang such an owner on the
    /// verb itself).
    private func names(subjectOf verb: Int, _ mention: WordMention, in sentence: SyntaxSentence, orItsOwner: Bool = false) -> Bool {
        mention.words.contains { index in
            guard index < sentence.words.count else { return false }
            let item = sentence.words[index]
            if item.head == verb && item.label == "nsubj" { return true }
            guard orItsOwner else { return false }
            if item.head == verb && item.label == "nmod:poss" { return true }
            return item.head > 0 && item.head <= sentence.words.count && sentence.words[item.head - 1].head == verb
                && sentence.words[item.head - 1].label == "nsubj"
        }
    }

    /// The 1-based verb whose clause holds the phrase of the word at 0-based `index`: its head, or the verb
    /// above the nouns it modifies (an object or a phrase of the verb, and their conjuncts).
    ///
    /// - Complexity: O(1): at most four nouns are climbed.
    private func governingVerb(_ index: Int, in sentence: SyntaxSentence) -> Int? {
        var word = index
        for _ in 0..<4 {
            let head = sentence.words[word].head
            guard head > 0, head <= sentence.words.count else { return nil }
            let above = sentence.words[head - 1]
            if above.upos == .verb { return head }
            guard above.upos == .noun || above.upos == .propn, ["obj", "obl", "nmod", "conj"].contains(above.label) else { return nil }
            word = head - 1
        }
        return nil
    }

    /// The first of the conjuncts the word at 0-based `index` is listed with (the word itself when it is no
    /// conjunct), 0-based.
    ///
    /// - Complexity: O(1): at most eight conjuncts are followed.
    private func firstConjunct(of index: Int, in sentence: SyntaxSentence) -> Int {
        var word = index
        for _ in 0..<8 where word < sentence.words.count && sentence.words[word].label == "conj" && sentence.words[word].head > 0 {
            word = sentence.words[word].head - 1
        }
        return word
    }

    /// Whether the word at 0-based `index` is the subject of the word at 1-based `verb`, or a name listed after it.
    ///
    /// - Complexity: O(1): at most eight conjuncts are followed.
    private func subjectOrItsConjunct(_ index: Int, of verb: Int, in sentence: SyntaxSentence) -> Bool {
        let word = firstConjunct(of: index, in: sentence)
        return word < sentence.words.count && sentence.words[word].head == verb && sentence.words[word].label.hasPrefix("nsubj")
    }

    /// Whether the word at `index` is a plural noun of people or bodies a measure can name (`sanctionProxies`:
    /// "individuals", "entities", "firms") outside every mention.
    ///
    /// - Complexity: O(*m*) in the sentence's mentions.
    private func isUnnamedPlural(_ index: Int, _ sentence: SyntaxSentence, _ lemmas: [String], among mentions: [WordMention]) -> Bool {
        guard index < sentence.words.count, index < lemmas.count, sentence.words[index].xpos == "NNS",
              cues.sanctionProxies.contains(lemmas[index]) else { return false }
        return !mentions.contains { $0.words.contains(index) }
    }

    /// A mention of a plural party: its own word is a plural noun ("the Houthis"), or it names the
    /// owner of plural party nouns ("Ukrainian troops"; not "American weapons", which are things).
    private func isPlural(_ mention: WordMention, _ sentence: SyntaxSentence, _ lemmas: [String]) -> Bool {
        func plural(_ word: SyntaxWord) -> Bool { word.xpos == "NNS" || word.xpos == "NNPS" }
        return mention.words.contains { index in
            guard index < sentence.words.count else { return false }
            let word = sentence.words[index]
            if plural(word) { return true }
            let head = word.head - 1
            guard ["amod", "compound", "nmod:poss"].contains(word.label), head >= 0, head < sentence.words.count,
                  head < lemmas.count, cues.proxyNouns.contains(lemmas[head]) else { return false }
            return plural(sentence.words[head])
        }
    }

    /// A passive verb's subject names a party: then its "by" phrase is not what a later pronoun means
    /// ("Russia was supplied by Iran for its war"), though it is when the subject is a thing
    /// ("the drones were used by the Kremlin for its war").
    private func hasNamedPassiveSubject(_ verb: Int, _ mentions: [WordMention], _ sentence: SyntaxSentence) -> Bool {
        mentions.contains { mention in
            !mention.isPronoun && mention.words.contains { word in
                // The parser does not always mark a passive subject as such: any subject of a verb with an agent is one.
                word < sentence.words.count && sentence.words[word].head == verb && sentence.words[word].label.hasPrefix("nsubj")
            }
        }
    }

    /// The clauses whose subject or object is a relative pronoun, whatever the parser labels them.
    ///
    /// - Complexity: O(*n*) in the sentence's words.
    private func relativeClauses(_ sentence: SyntaxSentence) -> Set<Int> {
        Set(sentence.words.indices.filter { index in
            sentence.words[index].head > 0 && ["nsubj", "obj"].contains(sentence.words[index].label)
                && cues.relativePronouns.contains(sentence.words[index].form.lowercased())
        }.map { sentence.words[$0].head - 1 })
    }

    /// Whether the word lies inside one of the relative clauses that ends before `pronoun`.
    ///
    /// - Complexity: O(*h*) in the depths of the word and the pronoun (at most eight levels up from the word).
    private func inClosedRelative(_ word: Int, before pronoun: Int, _ sentence: SyntaxSentence, _ relatives: Set<Int>) -> Bool {
        var node = word
        for _ in 0..<8 {
            guard node < sentence.words.count, sentence.words[node].head > 0 else { return false }
            if relatives.contains(node) { return !subtree(of: node, in: sentence, contains: pronoun) }
            node = sentence.words[node].head - 1
        }
        return false
    }

    private func subtree(of root: Int, in sentence: SyntaxSentence, contains word: Int) -> Bool {
        var node = word
        for _ in 0..<sentence.words.count {
            if node == root { return true }
            guard node < sentence.words.count, sentence.words[node].head > 0 else { return false }
            node = sentence.words[node].head - 1
        }
        return false
    }

    /// A name that modifies a noun which is not a party itself: "North Korean missiles", "Russian oil".
    private func describesAThing(_ word: Int, _ sentence: SyntaxSentence, _ lemmas: [String]) -> Bool {
        let item = sentence.words[word]
        guard item.label == "amod" || item.label == "compound", item.head > 0, item.head - 1 < lemmas.count else { return false }
        let noun = item.head - 1
        return sentence.words[noun].upos == .noun && !cues.proxyNouns.contains(lemmas[noun])
    }

    /// The mention is a clause's subject, or names the owner of one ("Iranian officials said") that is no
    /// party of its own ("Yemen's Houthi movement said": the movement, not Yemen).
    private func isSubject(_ mention: WordMention, _ sentence: SyntaxSentence, among mentions: [WordMention]) -> Bool {
        mention.words.contains { word in
            guard word < sentence.words.count else { return false }
            if sentence.words[word].label.hasPrefix("nsubj") { return true }
            let head = sentence.words[word].head - 1
            return ["amod", "compound", "nmod:poss"].contains(sentence.words[word].label)
                && sentence.words.indices.contains(head) && sentence.words[head].label.hasPrefix("nsubj")
                && !mentions.contains { !$0.isPronoun && !$0.isQualifier && $0.words.contains(head) }
        }
    }
}
