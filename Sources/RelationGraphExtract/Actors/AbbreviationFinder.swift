/// Abbreviations a text defines for a party, and the mentions they make
/// later in it: "members of the Rwandan Defence Forces (RDF)" makes every
/// later "RDF" a mention of Rwanda, as "the Sudanese Armed Forces (SAF)"
/// makes "SAF" one of Sudan.
///
/// A definition is a parenthesised word of two to six capital letters right
/// after a run of capitalised words whose initials spell it (short
/// lower-case words such as "of" and "the" skipped: "Islamic Revolutionary
/// Guard Corps (IRGC)"), among which one party is named, by its name or
/// demonym. An abbreviation the gazetteer already knows is left to it.
///
/// - Complexity: O(*n* + *d* log *m*) time for *n* tokens, *d* definitions
///   and *m* mentions (each definition's phrase is at most six capitalised
///   words, found among the mentions by binary search; each later token is
///   looked up once).
enum AbbreviationFinder {
    /// Function words an abbreviation's phrase may contain without an initial.
    private static let skipped: Set<UInt64> = Set(["of", "the", "and", "for", "de", "du", "al"].map(Tokenizer.key))

    /// The mentions the text's abbreviation definitions make after them, in token order.
    static func find(_ tokens: [Token], bytes: UnsafeBufferPointer<UInt8>, mentions: [Mention]) -> [Mention] {
        var covered = [Bool](repeating: false, count: tokens.count)
        for mention in mentions { for index in mention.first...mention.last where index < tokens.count { covered[index] = true } }
        // Each defined abbreviation's key, party and the token after its definition.
        var defined: [UInt64: (party: Int32, from: Int)] = [:]
        var index = 1
        while index + 2 < tokens.count {
            defer { index += 1 }
            guard tokens[index].punctuation == .openParen, tokens[index + 2].punctuation == .closeParen,
                  tokens[index + 1].isWord, tokens[index + 1].isAllCaps, !covered[index + 1], defined[tokens[index + 1].key] == nil
            else { continue }
            let letters = Array(bytes[Int(tokens[index + 1].start)..<Int(tokens[index + 1].end)])
            guard (2...6).contains(letters.count), letters.allSatisfy({ $0 >= 65 && $0 <= 90 }) else { continue }
            // The phrase before the parenthesis, read backwards: one capitalised word per letter.
            var initials: [UInt8] = [], first = index
            var word = index - 1
            while word >= 0, initials.count < letters.count, tokens[word].isWord {
                if tokens[word].isCapitalized, tokens[word].start < tokens[word].end {
                    initials.append(bytes[Int(tokens[word].start)])
                    first = word
                } else if !skipped.contains(tokens[word].key) {
                    break
                }
                word -= 1
            }
            guard initials.reversed() == letters else { continue }
            // The mentions inside the phrase: from the first that starts in it (mentions are in token order).
            var lower = 0, upper = mentions.count
            while lower < upper {
                let middle = (lower + upper) / 2
                if mentions[middle].first < first { lower = middle + 1 } else { upper = middle }
            }
            var parties: Set<Int32> = []
            while lower < mentions.count, mentions[lower].last < index {
                let mention = mentions[lower]
                if !mention.isQualifier, !mention.isOrigin, !mention.isPronoun { parties.formUnion(mention.parties) }
                lower += 1
            }
            guard parties.count == 1, let party = parties.first else { continue }
            defined[tokens[index + 1].key] = (party, index + 3)
        }
        guard !defined.isEmpty else { return [] }
        var result: [Mention] = []
        for (position, token) in tokens.enumerated() where token.isWord && token.isAllCaps && !covered[position] {
            guard let (party, from) = defined[token.key], position >= from else { continue }
            result.append(Mention(parties: [party], first: position, last: position))
        }
        return result
    }
}
