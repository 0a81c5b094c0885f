import RelationGraph

/// A relation found in one sentence, before document-level merging.
struct Finding: Sendable {
    var source: Int32
    var kind: RelationKind
    var target: Int32
    var hedged: Bool
    /// The tokens that state it: from the first to the last of source, cue and target.
    var firstToken: Int
    var lastToken: Int
}

/// The relation rules, applied to one sentence at a time.
///
/// Each cue word (a verb or noun of supplying, sending troops, sanctioning,
/// threatening or attacking) has an argument frame: where its source and
/// target stand relative to it (subject, object, a preposition such as "to",
/// "on", "from", a passive "by" agent, a possessive or demonym before a noun).
/// Modality comes from hedges in the cue's clause, and a negation before the
/// cue in its clause drops the finding (guidelines: Types, Modality).
struct SentenceRules {
    let tokens: [Token]
    /// The lexicon roles of every token of the document, looked up once.
    let tokenRoles: [WordRoles]
    let mentions: [Mention]
    /// For each token, the index of the mention covering it, or -1.
    let mentionAt: [Int32]
    let range: Range<Int>
    private(set) var findings: [Finding] = []


    init(tokens: [Token], tokenRoles: [WordRoles], mentions: [Mention], mentionAt: [Int32], range: Range<Int>) {
        self.tokens = tokens
        self.tokenRoles = tokenRoles
        self.mentions = mentions
        self.mentionAt = mentionAt
        self.range = range
    }

    // MARK: - Token helpers

    @inline(__always)
    func roles(_ index: Int) -> WordRoles {
        range.contains(index) ? tokenRoles[index] : []
    }

    func isKey(_ index: Int, _ key: UInt64) -> Bool { range.contains(index) && tokens[index].key == key }

    func mention(at index: Int) -> Mention? {
        guard range.contains(index), mentionAt[index] >= 0 else { return nil }
        return mentions[Int(mentionAt[index])]
    }

    /// Punctuation that closes a clause for argument search.
    func isClauseBreak(_ index: Int) -> Bool {
        switch tokens[index].punctuation {
        case .semicolon, .colon, .dash, .openParen, .closeParen, .question, .exclamation, .period: true
        default: false
        }
    }

    /// The first token of the clause holding `index`, looking back at most ``reach`` tokens.
    func clauseStart(_ index: Int) -> Int {
        var cursor = index - 1
        let limit = max(range.lowerBound, index - Self.reach)
        while cursor >= limit, !isClauseBreak(cursor) { cursor -= 1 }
        return cursor + 1
    }

    /// One past the last token of the clause holding `index`, looking ahead at most ``reach`` tokens.
    func clauseEnd(_ index: Int) -> Int {
        var cursor = index + 1
        let limit = min(range.upperBound, index + Self.reach)
        while cursor < limit, !isClauseBreak(cursor) { cursor += 1 }
        return cursor
    }

    /// How far argument and hedge searches look from a cue, in tokens, so that
    /// a text without sentence breaks costs linear time.
    static let reach = 40

    /// The index past determiners and adjectives that may stand before a noun or name.
    func skipModifiers(from index: Int, limit: Int = 4) -> Int {
        var cursor = index
        while cursor < range.upperBound, cursor - index < limit, mentionAt[cursor] < 0,
            roles(cursor).contains(.determiner) || roles(cursor).contains(.aidQualifier)
                || tokens[cursor].punctuation == .hyphen
        {
            cursor += 1
        }
        return cursor
    }

    /// The mention starting at `index` and any coordinated with it ("Iran, Russia and North Korea").
    ///
    /// Items joined by a comma alone count only when a later "and"/"or"
    /// closes the list, so an appositive or a new clause ("Taiwan, the US
    /// will respond") is not taken for a list.
    func coordinated(from index: Int) -> [Mention] {
        guard let first = mention(at: index), first.first == index, !first.isQualifier else { return [] }
        var list = [first]
        var confirmed = 1
        var cursor = first.last + 1
        while cursor < range.upperBound {
            var next = cursor
            var comma = false, conjunction = false
            while next < range.upperBound, tokens[next].punctuation == .comma || roles(next).contains(.conjunction) {
                if roles(next).contains(.conjunction) { conjunction = true } else { comma = true }
                next += 1
            }
            guard comma || conjunction else { break }
            next = skipModifiers(from: next)
            guard let item = mention(at: next), item.first == next, !item.isQualifier else { break }
            list.append(item)
            if conjunction { confirmed = list.count }
            cursor = item.last + 1
        }
        return Array(list.prefix(confirmed))
    }

    /// The mention ending at `index` and any coordinated before it, leftmost first.
    ///
    /// The join nearest the mention must be "and"/"or" for the list to grow,
    /// and an item governed by a preposition ends it.
    func coordinatedBackward(endingAt index: Int) -> [Mention] {
        guard let last = mention(at: index) else { return [] }
        var list = [last]
        var cursor = last.first - 1
        var listed = false
        while cursor >= range.lowerBound {
            var previous = cursor
            var comma = false, conjunction = false
            while previous >= range.lowerBound,
                tokens[previous].punctuation == .comma || roles(previous).contains(.conjunction)
                    || roles(previous).contains(.determiner)
            {
                if roles(previous).contains(.conjunction) { conjunction = true }
                if tokens[previous].punctuation == .comma { comma = true }
                previous -= 1
            }
            guard conjunction || (comma && listed), let item = mention(at: previous), !item.isQualifier else { break }
            let before = wordBefore(item, notBefore: range.lowerBound)
            if before >= range.lowerBound, roles(before).contains(.preposition), !item.isPossessive { break }
            list.insert(item, at: 0)
            listed = true
            cursor = item.first - 1
        }
        return list
    }

    // MARK: - Arguments

    /// The index of the first token before `mention` that is not a determiner,
    /// looking no further back than `limit` (below it when there is none).
    func wordBefore(_ mention: Mention, notBefore limit: Int) -> Int {
        var before = mention.first - 1
        while before >= limit, roles(before).contains(.determiner) { before -= 1 }
        return before
    }

    /// The subject of a verb at `cue`: the nearest party mention before it in
    /// its clause that is not the object of a preposition, with its coordinated list.
    func subjects(before cue: Int) -> [Mention] {
        var cursor = cue - 1
        let start = clauseStart(cue)
        // "accused Beijing of supplying", "sanctioned Chinese firms for supplying":
        // a gerund after a preposition has the noun phrase just before it as agent.
        if cursor > start, roles(cursor).contains(.preposition), !isKey(cursor, Words.to) {
            var before = cursor - 1
            while before >= start, mention(at: before) == nil, tokens[before].isWord, before >= cursor - 4 { before -= 1 }
            if let found = mention(at: before) {
                return found.isQualifier ? [] : coordinatedBackward(endingAt: found.last)
            }
        }
        while cursor >= start {
            if let found = mention(at: cursor) {
                let before = wordBefore(found, notBefore: start)
                let governed = before >= start && roles(before).contains(.preposition) && !found.isPossessive
                // "allowed troops to use its territory": a possessive after a verb sits in an object.
                let inObject = found.isPossessive && before >= start && tokens[before].isWord
                    && roles(before).isDisjoint(with: [.conjunction, .subordinator, .determiner, .preposition])
                if !found.isQualifier && !governed && !inObject {
                    return coordinatedBackward(endingAt: found.last)
                }
                cursor = found.first - 1
                continue
            }
            cursor -= 1
        }
        return []
    }

    /// The direct object of a verb at `cue`: the first mention in the noun phrase after it.
    func objects(after cue: Int, throughIn: Bool = false) -> [Mention] {
        var cursor = cue + 1
        var passedNonState = false
        while cursor < range.upperBound, cursor - cue <= 8 {
            if let found = mention(at: cursor) {
                // A pronoun in an object ("retaliate against their nemesis") names the owner, not the target.
                if found.isQualifier || found.isPronoun {
                    cursor = found.last + (found.isQualifier ? 2 : 1)
                    continue
                }
                return coordinated(from: found.first)
            }
            if !tokens[cursor].isWord && tokens[cursor].punctuation != .hyphen && tokens[cursor].punctuation != .apostrophe {
                return []
            }
            let wordRoles = roles(cursor)
            if wordRoles.contains(.nonStateNoun) { passedNonState = true }
            if wordRoles.contains(.preposition) {
                guard throughIn, !passedNonState, isKey(cursor, Words.in) || isKey(cursor, Words.of) else { return [] }
            } else if !wordRoles.isDisjoint(with: WordRoles.anyVerb) && !wordRoles.contains(.determiner)
                && wordRoles.isDisjoint(with: [.materiel, .attackNoun, .personnel])
            {
                return []
            }
            cursor += 1
        }
        return []
    }

    /// The object of the first of `prepositions` after `cue` in its clause.
    func prepositionalObject(after cue: Int, _ prepositions: [UInt64], window: Int = 14) -> [Mention] {
        let end = min(clauseEnd(cue), cue + window)
        var cursor = cue + 1
        while cursor < end {
            if tokens[cursor].isWord, prepositions.contains(tokens[cursor].key) {
                let start = skipModifiers(from: cursor + 1)
                if let found = mention(at: start), found.first == start, !found.isPronoun {
                    return coordinated(from: start).filter { !$0.isQualifier }
                }
            }
            cursor += 1
        }
        return []
    }

    /// The agent of a passive participle: "sanctioned by the West".
    func agent(after cue: Int) -> [Mention] {
        var cursor = cue + 1
        while cursor < range.upperBound, cursor - cue <= 3 {
            if isKey(cursor, Words.by) {
                let start = skipModifiers(from: cursor + 1)
                return coordinated(from: start)
            }
            guard tokens[cursor].isWord, mentionAt[cursor] < 0 else { return [] }
            cursor += 1
        }
        return []
    }

    /// A possessive, demonym or origin mention directly before a noun at `noun`
    /// ("Russia's invasion", "Iranian drones", "its attacks").
    func modifier(before noun: Int, limit: Int = 5) -> [Mention] {
        var cursor = noun - 1
        while cursor >= range.lowerBound, noun - cursor <= limit {
            if let found = mention(at: cursor) {
                guard found.isPossessive || found.isDemonym || found.isOrigin || (!found.isPronoun && found.last == noun - 1)
                else { return [] }
                return found.isQualifier ? [] : coordinatedBackward(endingAt: found.last)
            }
            let wordRoles = roles(cursor)
            let modifierLike = wordRoles.contains(.determiner) || wordRoles.contains(.aidQualifier)
                || wordRoles.contains(.materiel) || wordRoles.contains(.personnel) || wordRoles.contains(.attackNoun)
                || tokens[cursor].punctuation == .hyphen || tokens[cursor].punctuation == .apostrophe
                || isKey(cursor, Words.s)
            guard modifierLike || (tokens[cursor].isWord && wordRoles.isEmpty) else { return [] }
            cursor -= 1
        }
        return []
    }

    /// Whether the words from `start` to `end` (exclusive) hold a word with one of `wanted`.
    func window(_ start: Int, _ end: Int, has wanted: WordRoles) -> Bool {
        var cursor = max(start, range.lowerBound)
        while cursor < min(end, range.upperBound) {
            if !roles(cursor).isDisjoint(with: wanted) { return true }
            cursor += 1
        }
        return false
    }

    /// What the object noun phrase of a verb at `cue` is about: materiel, personnel or qualified aid.
    func objectContent(after cue: Int) -> (materiel: Bool, personnel: Bool) {
        var materiel = false, personnel = false
        var cursor = cue + 1
        let end = min(clauseEnd(cue), cue + 10)
        while cursor < end {
            if isKey(cursor, Words.to) || isKey(cursor, Words.from) { break }
            let wordRoles = roles(cursor)
            if wordRoles.contains(.materiel) { materiel = true }
            if wordRoles.contains(.personnel) { personnel = true }
            if wordRoles.contains(.aidNoun), cursor > cue + 1, roles(cursor - 1).contains(.aidQualifier) { materiel = true }
            cursor += 1
        }
        return (materiel, personnel)
    }

    /// Whether a word that can be a noun or a verb is used as a verb here.
    ///
    /// A word with only noun roles is a noun; one with only verb roles a verb.
    /// An ambiguous word ("arms", "strikes", "sanctions", "supplies") is a verb
    /// after a party that is its subject and not followed by a preposition
    /// ("Iran arms Russia", not "US sanctions on Russia"), or after an
    /// auxiliary, adverb or relative word ("has shelled", "which supplies").
    func isVerbUse(_ cue: Int) -> Bool {
        let wordRoles = roles(cue)
        guard !wordRoles.isDisjoint(with: WordRoles.anyVerb) else { return false }
        let nounRoles: WordRoles = [.materiel, .attackNoun, .sanctionNoun, .supplyNoun, .personnel, .threatNoun]
        guard !wordRoles.isDisjoint(with: nounRoles) else { return true }
        let previous = cue - 1
        guard previous >= range.lowerBound else { return false }
        if let found = mention(at: previous) {
            if found.isDemonym || found.isPossessive || found.isOrigin { return false }
            return !roles(cue + 1).contains(.preposition)
        }
        return roles(previous).contains(.verbMarker)
    }

    // MARK: - Modality

    struct Modality {
        var modal = false
        var evidential = false
        var future = false
        var conditional = false
        var negated = false
    }

    /// Hedges and negations in the clause before the cue, from `start`.
    func modality(cue: Int, from start: Int) -> Modality {
        var result = Modality()
        let clause = clauseStart(cue)
        var cursor = max(min(start, cue), clause)
        // A cue that is itself a promise ("pledged", "offered") is a measure not yet taken.
        if roles(cue).contains(.futureHedge) { result.future = true }
        while cursor < cue {
            let wordRoles = roles(cursor)
            if wordRoles.contains(.modalHedge) { result.modal = true }
            if wordRoles.contains(.evidentialHedge) { result.evidential = true }
            if wordRoles.contains(.futureHedge) { result.future = true }
            if wordRoles.contains(.conditional) { result.conditional = true }
            if wordRoles.contains(.hypothetical) { result.modal = true }
            if wordRoles.contains(.negation) && !isKey(cursor + 1, Words.only) && cue - cursor <= 8 {
                result.negated = true
            }
            if tokens[cursor].punctuation == .apostrophe, isKey(cursor + 1, Words.t), cue - cursor <= 8 {
                result.negated = true
            }
            cursor += 1
        }
        if let firstWord = (range.lowerBound..<min(range.lowerBound + 2, range.upperBound)).first(where: { tokens[$0].isWord }),
            roles(firstWord).contains(.hypothetical)
        {
            result.modal = true
        }
        let end = clauseEnd(cue)
        if end < range.upperBound, tokens[end].punctuation == .question { result.modal = true }
        var after = cue + 1
        while after < end {
            if roles(after).contains(.evidentialHedge), tokens[after - 1].punctuation == .comma { result.evidential = true }
            after += 1
        }
        return result
    }

    // MARK: - Emitting

    mutating func emit(
        _ kind: RelationKind, sources: [Mention], targets: [Mention], cue: Int, hedged: Bool
    ) {
        for source in sources {
            for target in targets {
                let tokens = [source.first, source.last, target.first, target.last, cue]
                for sourceParty in source.parties {
                    for targetParty in target.parties where sourceParty != targetParty {
                        findings.append(Finding(
                            source: sourceParty, kind: kind, target: targetParty, hedged: hedged,
                            firstToken: tokens.min() ?? cue, lastToken: tokens.max() ?? cue))
                    }
                }
            }
        }
    }

    /// The hedge start for a cue: a few words before its subject, or before the cue.
    func hedgeStart(_ cue: Int, subjects: [Mention]) -> Int {
        (subjects.map(\.first).min() ?? cue) - 3
    }

    /// Emits a measure (supply, troops, sanction): hedged under any hedge; dropped when negated.
    mutating func emitMeasure(_ kind: RelationKind, sources: [Mention], targets: [Mention], cue: Int, start: Int) {
        let modality = modality(cue: cue, from: start)
        guard !modality.negated, !sources.isEmpty, !targets.isEmpty else { return }
        let hedged = modality.modal || modality.evidential || modality.future || modality.conditional
        emit(kind, sources: sources, targets: targets, cue: cue, hedged: hedged)
    }

    /// Emits a threat: warnings are asserted even when conditional (guideline 4).
    mutating func emitThreat(sources: [Mention], targets: [Mention], cue: Int, start: Int) {
        let modality = modality(cue: cue, from: start)
        guard !modality.negated, !sources.isEmpty, !targets.isEmpty else { return }
        emit(.threat, sources: sources, targets: targets, cue: cue, hedged: modality.modal || modality.evidential)
    }

    /// Emits an attack: a possibility or plan to strike is a threat (guideline 6).
    mutating func emitAttack(sources: [Mention], targets: [Mention], cue: Int, start: Int) {
        let modality = modality(cue: cue, from: start)
        guard !modality.negated, !sources.isEmpty, !targets.isEmpty else { return }
        if modality.modal || modality.conditional {
            emit(.threat, sources: sources, targets: targets, cue: cue, hedged: true)
        } else if modality.future {
            emit(.threat, sources: sources, targets: targets, cue: cue, hedged: modality.evidential)
        } else {
            emit(.attack, sources: sources, targets: targets, cue: cue, hedged: modality.evidential)
        }
    }
}
