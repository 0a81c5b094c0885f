/// The party mentions of a document on its UD words, with pronouns: "we",
/// "our" for the issuing parties of a statement (guideline 3), and "it",
/// "they", "its", "their" resolved to the subject of their sentence before
/// them or of the last sentence that named a party.
struct DocumentMentions {
    private let words: [TextWord]
    private let cues: CueTable
    private let speakers: [Int32]
    /// Each gazetteer mention with the UD words it covers, in text order.
    private let spans: [(mention: Mention, words: Range<Int>)]

    /// Maps mentions found on the extractor's tokens onto UD words by byte offsets.
    ///
    /// - Complexity: O(*w* + *m*) for *w* words and *m* mentions.
    init(words: [TextWord], tokens: [Token], mentions: [Mention], cues: CueTable, speakers: [Int32]) {
        self.words = words
        self.cues = cues
        self.speakers = speakers
        var spans: [(Mention, Range<Int>)] = []
        var word = 0
        for mention in mentions {
            let start = Int(tokens[mention.first].start), end = Int(tokens[mention.last].end)
            while word < words.count, words[word].byteRange.upperBound <= start { word += 1 }
            var last = word
            while last < words.count, words[last].byteRange.lowerBound < end { last += 1 }
            if last > word { spans.append((mention, word..<last)) }
        }
        self.spans = spans
    }

    /// The mentions in a sentence (word ranges relative to its first word),
    /// pronouns included but not yet resolved, and whether it has a pronoun
    /// that may stand for a party.
    func mentions(in sentence: Range<Int>) -> (mentions: [WordMention], hasPronoun: Bool) {
        var result: [WordMention] = []
        var lower = 0, upper = spans.count
        while lower < upper {
            let middle = (lower + upper) / 2
            if spans[middle].words.lowerBound < sentence.lowerBound { lower = middle + 1 } else { upper = middle }
        }
        var index = lower
        while index < spans.count, spans[index].words.lowerBound < sentence.upperBound {
            let (mention, range) = spans[index]
            let local = (range.lowerBound - sentence.lowerBound)..<(min(range.upperBound, sentence.upperBound) - sentence.lowerBound)
            result.append(WordMention(
                parties: mention.parties, words: local, isDemonym: mention.isDemonym, isQualifier: mention.isQualifier,
                isOrigin: mention.isOrigin))
            index += 1
        }
        var hasPronoun = false
        for word in sentence {
            let form = words[word].form.lowercased()
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
                let named = result.filter { candidate in
                    guard !candidate.isPronoun, !candidate.isQualifier else { return false }
                    return !candidate.words.contains { word in
                        word < sentence.words.count && (sentence.words[word].label == "obl:agent"
                            || (isObject && sentence.words[word].head == clause && sentence.words[word].label.hasPrefix("nsubj")))
                    }
                }
                let nearest = named.last?.parties
                let parties = (possessive || isObject ? nearest : nil) ?? subject ?? antecedents
                guard !parties.isEmpty else { continue }
                mention.parties = parties
                result.append(mention)
                continue
            }
            result.append(mention)
            guard !mention.isPronoun, !mention.isQualifier else { continue }
            if firstNamed == nil { firstNamed = mention.parties }
            if subject == nil, isSubject(mention, sentence) { subject = mention.parties }
        }
        if let named = subject ?? firstNamed { antecedents = named }
        return result
    }

    /// The mention is a clause's subject, or names the owner of one ("Iranian officials said").
    private func isSubject(_ mention: WordMention, _ sentence: SyntaxSentence) -> Bool {
        mention.words.contains { word in
            guard word < sentence.words.count else { return false }
            if sentence.words[word].label.hasPrefix("nsubj") { return true }
            let head = sentence.words[word].head - 1
            return ["amod", "compound", "nmod:poss"].contains(sentence.words[word].label)
                && sentence.words.indices.contains(head) && sentence.words[head].label.hasPrefix("nsubj")
        }
    }
}
