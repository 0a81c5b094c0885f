import RelationGraph

/// The argument frames of the cue words, one method per frame.
extension SentenceRules {

    /// Applies every frame whose cue word occurs in the sentence.
    mutating func apply() {
        for cue in range where tokens[cue].isWord {
            let wordRoles = roles(cue)
            guard !wordRoles.isEmpty else { continue }
            let verb = isVerbUse(cue)
            if verb && !wordRoles.isDisjoint(with: [.giveVerb, .troopsVerb]) { giveFrame(cue, wordRoles) }
            if verb && wordRoles.contains(.receiveVerb) { receiveFrame(cue) }
            if wordRoles.contains(.useVerb) { useFrame(cue) }
            if wordRoles.contains(.joinVerb) || wordRoles.contains(.fightVerb) { joinFrame(cue, fight: wordRoles.contains(.fightVerb)) }
            if verb && wordRoles.contains(.sanctionVerb) { sanctionVerbFrame(cue, wordRoles) }
            if wordRoles.contains(.imposeVerb) { imposeFrame(cue, wordRoles) }
            if verb && wordRoles.contains(.threatenVerb) { threatenFrame(cue, wordRoles) }
            if wordRoles.contains(.warnVerb) { warnFrame(cue) }
            if wordRoles.contains(.threatNoun) { threatNounFrame(cue) }
            if verb && wordRoles.contains(.attackVerb) { attackVerbFrame(cue, wordRoles) }
            if wordRoles.contains(.launchVerb) || wordRoles.contains(.wageVerb) { launchFrame(cue) }
            if wordRoles.contains(.fireVerb) { fireFrame(cue) }
            if wordRoles.contains(.exchangeVerb) { exchangeFrame(cue) }
            if !verb && wordRoles.contains(.attackNoun) { attackNounFrame(cue) }
            if !verb && wordRoles.contains(.sanctionNoun) { sanctionNounFrame(cue) }
            if !verb && (wordRoles.contains(.supplyNoun) || wordRoles.contains(.aidNoun)) { supplyNounFrame(cue, wordRoles) }
            if wordRoles.contains(.deploymentNoun) { deploymentFrame(cue) }
        }
    }

    /// "X supplies Y with Z", "X ships Z to Y", "X gives Y Z", "X sends troops to Y",
    /// "Y is supplied by X", "troops deploying to Y".
    private mutating func giveFrame(_ cue: Int, _ wordRoles: WordRoles) {
        let content = objectContent(after: cue)
        let subjectSide = subjects(before: cue)
        let personnelBefore = window(cue - 3, cue, has: .personnel)
        var kind: RelationKind?
        if wordRoles.contains(.troopsVerb) && (content.personnel || (personnelBefore && !content.materiel)) {
            kind = .troops
        } else if wordRoles.contains(.giveVerb) && (content.materiel || wordRoles.contains(.supplyVerb)) {
            kind = .supply
        }
        guard let kind else { return }
        let passive = roles(cue).contains(.participle) ? agent(after: cue) : []
        var sources = passive.isEmpty ? subjectSide : passive
        if kind == .troops, let personnel = (max(range.lowerBound, cue - 3)..<cue).last(where: { roles($0).contains(.personnel) }) {
            let owner = modifier(before: personnel, limit: 4)
            if !owner.isEmpty { sources = owner }
        }
        var targets = prepositionalObject(after: cue, [Words.to])
        if targets.isEmpty {
            let afterVerb = skipModifiers(from: cue + 1)
            if let direct = mention(at: afterVerb), direct.first == afterVerb, !direct.isQualifier, !direct.isDemonym {
                let next = direct.last + 1 + (direct.isPossessive ? 2 : 0)
                let materielFollows = roles(next).contains(.materiel) || roles(next + 1).contains(.materiel)
                if isKey(next, Words.with) || materielFollows || wordRoles.contains(.supplyVerb) {
                    targets = coordinated(from: afterVerb)
                }
            }
        }
        if targets.isEmpty && !passive.isEmpty && wordRoles.contains(.supplyVerb) { targets = subjectSide }
        if targets.isEmpty && kind == .supply && content.materiel { targets = laterMention(after: cue) }
        emitMeasure(kind, sources: sources, targets: targets, cue: cue, start: hedgeStart(cue, subjects: sources))
    }

    /// The recipient of materiel named later in the sentence as the armed
    /// forces they serve: "shipping shells, enough for the Russian army's needs".
    /// Only a party that owns a force noun qualifies, never a place.
    private func laterMention(after cue: Int) -> [Mention] {
        var cursor = cue + 1
        while cursor < min(range.upperBound, cue + Self.reach) {
            if let found = mention(at: cursor) {
                let before = wordBefore(found, notBefore: cue + 1)
                let governed = before > cue && roles(before).contains(.preposition) && !isKey(before, Words.of)
                let head = found.last + 1 + (found.isPossessive ? 2 : 0)
                if !found.isQualifier && !governed && roles(head).contains(.force) { return [found] }
                cursor = found.last + 1
                continue
            }
            cursor += 1
        }
        return []
    }

    /// "Y receives Z from X", "Y bought Iranian drones".
    private mutating func receiveFrame(_ cue: Int) {
        let content = objectContent(after: cue)
        guard content.materiel else { return }
        let recipients = subjects(before: cue)
        var suppliers = prepositionalObject(after: cue, [Words.from], window: 24)
        if suppliers.isEmpty { suppliers = originInObject(after: cue) }
        emitMeasure(.supply, sources: suppliers, targets: recipients, cue: cue, start: hedgeStart(cue, subjects: recipients))
    }

    /// A demonym, possessive or "-made" mention modifying materiel in the object of `cue`.
    private func originInObject(after cue: Int) -> [Mention] {
        var cursor = cue + 1
        while cursor < range.upperBound, cursor - cue <= 5 {
            if let found = mention(at: cursor) {
                let next = found.last + 1 + (found.isPossessive ? 2 : 0) + (found.isOrigin ? 2 : 0)
                if (found.isDemonym || found.isPossessive || found.isOrigin) && roles(skipModifiers(from: next)).contains(.materiel) {
                    return [found]
                }
                return []
            }
            if !tokens[cursor].isWord && tokens[cursor].punctuation != .hyphen { return [] }
            cursor += 1
        }
        return []
    }

    /// "Russia uses Iranian drones", "Iranian drones used by Russia".
    private mutating func useFrame(_ cue: Int) {
        if roles(cue).contains(.participle), !agent(after: cue).isEmpty {
            let recipients = agent(after: cue)
            var cursor = cue - 1
            while cursor >= range.lowerBound, cue - cursor <= 3, !roles(cursor).contains(.materiel) { cursor -= 1 }
            guard cursor >= range.lowerBound, roles(cursor).contains(.materiel) else { return }
            let suppliers = modifier(before: cursor)
            emitMeasure(.supply, sources: suppliers, targets: recipients, cue: cue, start: cursor - 3)
            return
        }
        guard isVerbUse(cue) else { return }
        let recipients = subjects(before: cue)
        let suppliers = originInObject(after: cue)
        emitMeasure(.supply, sources: suppliers, targets: recipients, cue: cue, start: hedgeStart(cue, subjects: recipients))
    }

    /// "North Korean troops joining the Russian army", "soldiers fighting for Russia",
    /// "fighting alongside Russian forces", "on Russia's side".
    private mutating func joinFrame(_ cue: Int, fight: Bool) {
        var personnel = cue - 1
        while personnel >= range.lowerBound, cue - personnel <= 3, !roles(personnel).contains(.personnel) { personnel -= 1 }
        guard personnel >= range.lowerBound, roles(personnel).contains(.personnel) else { return }
        var sources = modifier(before: personnel, limit: 4)
        if sources.isEmpty { sources = subjects(before: personnel + 1) }
        var targets: [Mention] = []
        if fight {
            targets = prepositionalObject(after: cue, [Words.for, Words.alongside, Words.with], window: 4)
        } else {
            let start = skipModifiers(from: cue + 1)
            if let found = mention(at: start), found.first == start, !found.isQualifier {
                let head = skipModifiers(from: found.last + 1 + (found.isPossessive ? 2 : 0))
                if roles(head).contains(.force) { targets = [found] }
            }
        }
        if targets.isEmpty { targets = sideOf(after: cue) }
        emitMeasure(.troops, sources: sources, targets: targets, cue: cue, start: hedgeStart(cue, subjects: sources))
    }

    /// "on Russia's side", "on the side of Russia".
    private func sideOf(after cue: Int) -> [Mention] {
        var cursor = cue + 1
        let end = min(clauseEnd(cue), cue + 8)
        while cursor < end {
            if isKey(cursor, Words.side) {
                if let owner = mention(at: cursor - 1) ?? mention(at: cursor - 3), owner.isPossessive || owner.isDemonym {
                    return [owner]
                }
                if isKey(cursor + 1, Words.of) {
                    let start = skipModifiers(from: cursor + 2)
                    if let found = mention(at: start), found.first == start { return [found] }
                }
            }
            cursor += 1
        }
        return []
    }

    /// "X sanctioned Y", "Y was sanctioned by X".
    private mutating func sanctionVerbFrame(_ cue: Int, _ wordRoles: WordRoles) {
        if wordRoles.contains(.participle), case let agents = agent(after: cue), !agents.isEmpty {
            let patients = subjects(before: cue)
            emitMeasure(.sanction, sources: agents, targets: patients, cue: cue, start: hedgeStart(cue, subjects: patients))
            return
        }
        let sources = subjects(before: cue)
        emitMeasure(.sanction, sources: sources, targets: objects(after: cue), cue: cue, start: hedgeStart(cue, subjects: sources))
    }

    /// "X imposed sanctions on Y", "sanctions imposed by X on Y", "Y is under sanctions imposed by X".
    private mutating func imposeFrame(_ cue: Int, _ wordRoles: WordRoles) {
        let lookback = max(range.lowerBound, cue - 6)
        let nounBefore = window(lookback, cue, has: .sanctionNoun)
        let nounAfter = window(cue + 1, min(range.upperBound, cue + 6), has: .sanctionNoun)
        guard nounBefore || nounAfter else { return }
        let targetsAfter = prepositionalObject(after: cue, [Words.on, Words.against, Words.upon])
        if wordRoles.contains(.participle), nounBefore, case let agents = agent(after: cue), !agents.isEmpty {
            let targets = targetsAfter.isEmpty ? subjects(before: lookback + 1) : targetsAfter
            emitMeasure(.sanction, sources: agents, targets: targets, cue: cue, start: lookback - 4)
            return
        }
        guard nounAfter else { return }
        let sources = subjects(before: cue)
        emitMeasure(.sanction, sources: sources, targets: targetsAfter, cue: cue, start: hedgeStart(cue, subjects: sources))
    }

    /// "X threatened Y", "X threatened to strike Y", "deter/confront Y", "Y is threatened by X".
    private mutating func threatenFrame(_ cue: Int, _ wordRoles: WordRoles) {
        if wordRoles.contains(.participle), case let agents = agent(after: cue), !agents.isEmpty {
            let patients = subjects(before: cue)
            emitThreat(sources: agents, targets: patients, cue: cue, start: hedgeStart(cue, subjects: patients))
            return
        }
        let sources = subjects(before: cue)
        var targets = objects(after: cue)
        if targets.isEmpty, isKey(cue + 1, Words.to), roles(cue + 2).contains(.attackVerb) {
            targets = objects(after: cue + 2, throughIn: true)
        }
        emitThreat(sources: sources, targets: targets, cue: cue, start: hedgeStart(cue, subjects: sources))
    }

    /// "X warned Y (of consequences)", "X vowed to retaliate against Y".
    private mutating func warnFrame(_ cue: Int) {
        let sources = subjects(before: cue)
        let start = skipModifiers(from: cue + 1, limit: 1)
        var targets: [Mention] = []
        if let found = mention(at: start), found.first == start, !found.isQualifier, !found.isPossessive {
            targets = coordinated(from: start)
        }
        emitThreat(sources: sources, targets: targets, cue: cue, start: hedgeStart(cue, subjects: sources))
    }

    /// "X poses a threat to Y", "the X threat to Y", "a threat to Y from X".
    private mutating func threatNounFrame(_ cue: Int) {
        let targets = prepositionalObject(after: cue, [Words.to, Words.against], window: 4)
        guard !targets.isEmpty else { return }
        var sources = modifier(before: cue)
        if sources.isEmpty { sources = prepositionalObject(after: cue, [Words.from], window: 8) }
        if sources.isEmpty, window(cue - 4, cue, has: .poseVerb) { sources = subjects(before: cue) }
        if sources.isEmpty, cue - 3 >= range.lowerBound, roles(cue - 1).contains(.determiner) {
            sources = subjects(before: cue)
        }
        emitThreat(sources: sources, targets: targets, cue: cue, start: hedgeStart(cue, subjects: sources))
    }

    /// "X attacked Y", "X could target Y's facilities", "Y was invaded by X".
    private mutating func attackVerbFrame(_ cue: Int, _ wordRoles: WordRoles) {
        if wordRoles.contains(.participle), case let agents = agent(after: cue), !agents.isEmpty {
            let patients = subjects(before: cue)
            emitAttack(sources: agents, targets: patients, cue: cue, start: hedgeStart(cue, subjects: patients))
            return
        }
        let sources = subjects(before: cue)
        var targets = objects(after: cue, throughIn: true)
        if targets.isEmpty {
            targets = prepositionalObject(after: cue, [Words.against, Words.on, Words.at], window: 8)
        }
        emitAttack(sources: sources, targets: targets, cue: cue, start: hedgeStart(cue, subjects: sources))
    }

    /// "X launched strikes on Y", "began its invasion of Y", "waged war against Y".
    private mutating func launchFrame(_ cue: Int) {
        var noun = cue + 1
        while noun < range.upperBound, noun - cue <= 5, !roles(noun).contains(.attackNoun) {
            if mention(at: noun) != nil || roles(noun).contains(.preposition) { return }
            noun += 1
        }
        guard noun < range.upperBound, roles(noun).contains(.attackNoun) else { return }
        let sources = subjects(before: cue)
        let targets = prepositionalObject(after: noun, [Words.on, Words.against, Words.at, Words.of, Words.upon], window: 5)
        emitAttack(sources: sources, targets: targets, cue: cue, start: hedgeStart(cue, subjects: sources))
    }

    /// "X fired missiles at Y".
    private mutating func fireFrame(_ cue: Int) {
        guard isVerbUse(cue), objectContent(after: cue).materiel else { return }
        let sources = subjects(before: cue)
        let targets = prepositionalObject(
            after: cue, [Words.at, Words.on, Words.into, Words.toward, Words.towards, Words.against], window: 8)
        emitAttack(sources: sources, targets: targets, cue: cue, start: hedgeStart(cue, subjects: sources))
    }

    /// "A and B exchanged fire": both directions (guideline 7).
    private mutating func exchangeFrame(_ cue: Int) {
        guard window(cue + 1, cue + 4, has: .attackNoun) else { return }
        var sides = subjects(before: cue)
        sides += prepositionalObject(after: cue, [Words.with], window: 6)
        guard sides.count >= 2 else { return }
        for source in sides {
            emitAttack(sources: [source], targets: sides.filter { $0.first != source.first }, cue: cue,
                       start: hedgeStart(cue, subjects: sides))
        }
    }

    /// "Russia's invasion of Ukraine", "its attacks on Y", "Israeli strikes on Iran",
    /// "invasion of Y by X", "the Russia-Ukraine war".
    private mutating func attackNounFrame(_ cue: Int) {
        if isKey(cue, Words.war) || isKey(cue, Words.conflict), let compound = hyphenPair(before: cue) {
            emitAttack(sources: [compound.0], targets: [compound.1], cue: cue, start: cue - 6)
            return
        }
        let targets = prepositionalObject(after: cue, [Words.of, Words.on, Words.against, Words.at, Words.upon], window: 4)
        guard !targets.isEmpty else { return }
        var sources = modifier(before: cue)
        if sources.isEmpty, let last = targets.last { sources = agent(after: last.last) }
        emitAttack(sources: sources, targets: targets, cue: cue, start: cue - 6)
    }

    /// The two parties of "A-B war", "A–B conflict".
    private func hyphenPair(before cue: Int) -> (Mention, Mention)? {
        guard let second = mention(at: cue - 1), second.last == cue - 1 else { return nil }
        let dash = second.first - 1
        guard dash > range.lowerBound, tokens[dash].punctuation == .hyphen || tokens[dash].punctuation == .dash,
            let first = mention(at: dash - 1)
        else { return nil }
        return (first, second)
    }

    /// "US sanctions on Russia", "the EU's embargo against Iran".
    private mutating func sanctionNounFrame(_ cue: Int) {
        let targets = prepositionalObject(after: cue, [Words.on, Words.against, Words.upon], window: 4)
        guard !targets.isEmpty else { return }
        var sources = modifier(before: cue)
        var start = cue - 6
        if sources.isEmpty, window(cue - 6, cue, has: [.imposeVerb, .modalHedge, .futureHedge]) {
            sources = subjects(before: cue)
            start = hedgeStart(cue, subjects: sources)
        }
        emitMeasure(.sanction, sources: sources, targets: targets, cue: cue, start: start)
    }

    /// "Iranian arms deliveries to Russia", "US military aid to Ukraine",
    /// "the transfer of technology from Russia to North Korea".
    private mutating func supplyNounFrame(_ cue: Int, _ wordRoles: WordRoles) {
        if !wordRoles.contains(.supplyNoun) {
            guard cue - 1 >= range.lowerBound, roles(cue - 1).contains(.aidQualifier) else { return }
        }
        let targets = prepositionalObject(after: cue, [Words.to], window: 8)
        guard !targets.isEmpty else { return }
        var sources = modifier(before: cue)
        if sources.isEmpty, roles(cue - 1).contains(.aidQualifier) { sources = modifier(before: cue - 1) }
        if sources.isEmpty { sources = prepositionalObject(after: cue, [Words.from], window: 8) }
        emitMeasure(.supply, sources: sources, targets: targets, cue: cue, start: cue - 6)
    }

    /// "the deployment of North Korean troops to Russia", "Pyongyang's deployment to Russia".
    private mutating func deploymentFrame(_ cue: Int) {
        let targets = prepositionalObject(after: cue, [Words.to], window: 8)
        guard !targets.isEmpty else { return }
        var sources = modifier(before: cue)
        if sources.isEmpty, isKey(cue + 1, Words.of) {
            let start = skipModifiers(from: cue + 2)
            if let found = mention(at: start), found.first == start { sources = [found] }
        }
        emitMeasure(.troops, sources: sources, targets: targets, cue: cue, start: cue - 6)
    }
}
