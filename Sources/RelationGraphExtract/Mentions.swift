/// A reference to one or more parties in the text: a name, a demonym, a
/// leader, or a pronoun resolved to its antecedent.
struct Mention: Sendable {
    /// Gazetteer party indexes; several for "we" in a joint statement.
    var parties: [Int32]
    /// The first and last token of the mention.
    var first: Int
    var last: Int
    /// An adjective or people-noun ("Iranian drones", "North Koreans").
    var isDemonym = false
    /// Followed by 's or ': "Russia's".
    var isPossessive = false
    /// A pronoun standing for an earlier mention.
    var isPronoun = false
    /// Followed by "-backed", "-led": it only qualifies what follows (guideline 11).
    var isQualifier = false
    /// Followed by "-made", "-supplied": it names where materiel came from.
    var isOrigin = false
    /// A region or city of the party: where something happens, never who acts.
    var isPlace = false
    /// An armed group outside the closed list (no parties): its words are no listed party's, and "the group"
    /// after it is not one named before it.
    var isUnlisted = false
}

/// Finds party mentions by longest match against the gazetteer.
///
/// - Complexity: O(*n* · *k*) for *n* tokens and at most *k* names sharing a first word.
enum MentionFinder {
        static func find(_ tokens: [Token], gazetteer: Gazetteer, lexicon: Lexicon) -> [Mention] {
        var mentions: [Mention] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].isWord, let candidates = gazetteer.entries[tokens[index].key],
                let entry = candidates.first(where: { matches($0, tokens, at: index) })
            else {
                index += 1
                continue
            }
            guard !entry.isUnlisted else {
                var unlisted = Mention(parties: [], first: index, last: index + entry.keys.count - 1)
                unlisted.isUnlisted = true
                mentions.append(unlisted)
                index = unlisted.last + 1
                continue
            }
            var mention = Mention(parties: [entry.party], first: index, last: index + entry.keys.count - 1)
            mention.isDemonym = entry.isDemonym
            mention.isPlace = entry.isPlace
            mark(&mention, tokens: tokens, lexicon: lexicon, actsThroughMembers: gazetteer.parties[Int(entry.party)].kind != .organization)
            // "Afghan Taliban forces", "Lebanese Hezbollah": the demonym of its home state right before an armed
            // group's name says where the group is from; the group acts, not the state.
            if mention.parties.count == 1, let home = gazetteer.homes[mention.parties[0]],
               let previous = mentions.indices.last, mentions[previous].isDemonym, mentions[previous].parties == [home],
               mentions[previous].last + 1 == index {
                mentions[previous].isQualifier = true
            }
            mentions.append(mention)
            index = mention.last + 1
        }
        return mentions
    }

    private static func matches(_ entry: Gazetteer.Entry, _ tokens: [Token], at index: Int) -> Bool {
        guard index + entry.keys.count <= tokens.count else { return false }
        for (offset, key) in entry.keys.enumerated() {
            let token = tokens[index + offset]
            guard token.key == key else { return false }
            if entry.requiresCapitals && token.isWord && token.hasLowercase { return false }
        }
        return !entry.requiresCapitalized || tokens[index].isCapitalized
    }

    /// Marks possessives ("Russia's", "Iranians'"), hyphenated qualifiers
    /// ("Iran-backed", "Iranian-made") and names that only describe what
    /// follows ("Chinese companies", "NATO allies", "US officials").
    ///
    /// `actsThroughMembers` is false for blocs, whose "members" are their member states, not the bloc.
    static func mark(_ mention: inout Mention, tokens: [Token], lexicon: Lexicon, actsThroughMembers: Bool = false) {
        let next = mention.last + 1
        guard next < tokens.count else { return }
        if tokens[next].isWord, lexicon[tokens[next].key].contains(.describedNoun) {
            mention.isQualifier = !lexicon[tokens[next].key].contains(.memberNoun) || !actsThroughMembers
        }
        // "the Iran Aircraft Manufacturing Industrial Company": a name that opens a firm's capitalised name
        // is part of the firm's (guideline 10).
        var word = next
        while word < tokens.count, word - next < 5, tokens[word].isWord, tokens[word].isCapitalized {
            if lexicon[tokens[word].key].contains(.firmName) {
                mention.isQualifier = true
                break
            }
            word += 1
        }
        if tokens[next].punctuation == .apostrophe, !tokens[next].followsSpace {
            mention.isPossessive = next + 1 >= tokens.count || tokens[next + 1].key == Words.s
                || tokens[next + 1].followsSpace
        }
        if tokens[next].punctuation == .hyphen, !tokens[next].followsSpace, next + 1 < tokens.count,
            !tokens[next + 1].followsSpace
        {
            let roles = lexicon[tokens[next + 1].key]
            mention.isQualifier = roles.contains(.qualifierSuffix)
            mention.isOrigin = roles.contains(.originSuffix)
        }
    }
}
