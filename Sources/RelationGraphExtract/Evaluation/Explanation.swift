import RelationGraph

extension Extractor {
    /// Why a relation was missed or found: the sentence that holds the
    /// evidence, the cue words in it, its dependency tree, and the tree path
    /// between the two parties' mentions — what `relgraph evaluate --explain` prints.
    ///
    /// - Parameters:
    ///   - bytes: The document's UTF-8 text.
    ///   - source: The source party's ID.
    ///   - target: The target party's ID.
    ///   - evidence: A quote from the sentence (the gold evidence or the extractor's).
    /// - Returns: Indented lines, or a line saying the quote was not found.
    /// - Complexity: O(*n*) in the length of the text.
    public func explanation(utf8 bytes: UnsafeBufferPointer<UInt8>, source: String, target: String, evidence: String) -> [String] {
        let header = DocumentHeader(bytes)
        let words = WordTokenizer.words(bytes, from: header.bodyStart)
        let needle = WordTokenizer.words(evidence).prefix(6).map(\.form)
        guard !needle.isEmpty, let start = (0..<max(0, words.count - needle.count + 1)).first(where: { index in
            needle.indices.allSatisfy { words[index + $0].form == needle[$0] }
        }) else { return ["(the quote is not in the text)"] }
        // The sentence as the rules read it, parsed as they parse it.
        guard let sentence = Self.clauses(WordTokenizer.sentences(words), words: words).first(where: { $0.contains(start) }) else { return [] }
        let tokens = Tokenizer.tokenize(bytes, from: header.bodyStart)
        let mentions = MentionFinder.find(tokens, gazetteer: gazetteer, lexicon: lexicon)
        let document = DocumentMentions(
            words: words, tokens: tokens, mentions: mentions, cues: cues, speakers: [], partyKinds: gazetteer.parties.map(\.kind))
        let local = document.mentions(in: sentence).mentions.filter { !$0.isPronoun }
        let parsed = analyze(
            sentence, words: words, lemmas: sentence.map { analyzer.model.lemmatizer.lemma(words[$0].form, vocabulary: cues.cueLemmas) },
            mentions: local)
        let lemmas = parsed.words.map { analyzer.model.lemmatizer.lemma($0.form, upos: $0.upos, vocabulary: cues.cueLemmas) }
        var lines = ["sentence: " + parsed.words.map(\.form).joined(separator: " ")]
        let cueWords = parsed.words.indices.filter { cues.verbs[lemmas[$0]] != nil || cues.nouns[lemmas[$0]] != nil }
        lines.append("cues: " + (cueWords.isEmpty ? "none" : cueWords.map { "\(parsed.words[$0].form) (\(lemmas[$0]))" }.joined(separator: ", ")))
        lines.append("tree: " + parsed.words.enumerated().map { index, word in
            "\(index + 1):\(word.form)/\(word.upos.rawValue)/\(word.label)→\(word.head)"
        }.joined(separator: " "))
        func headWord(_ id: String) -> Int? {
            guard let party = gazetteer.parties.firstIndex(where: { $0.id.rawValue == id }) else { return nil }
            guard let mention = local.first(where: { $0.parties.contains(Int32(party)) }) else { return nil }
            return mention.words.first { word in
                let head = parsed.words[word].head - 1
                return head < mention.words.lowerBound || head >= mention.words.upperBound
            } ?? mention.words.lowerBound
        }
        guard let from = headWord(source), let to = headWord(target) else {
            lines.append("path: \(headWord(source) == nil ? source : target) has no mention in this sentence")
            return lines
        }
        func ancestors(_ word: Int) -> [Int] {
            var chain = [word], current = word
            while parsed.words[current].head > 0, chain.count <= parsed.words.count {
                current = parsed.words[current].head - 1
                chain.append(current)
            }
            return chain
        }
        let up = ancestors(from), down = ancestors(to)
        guard let meeting = up.first(where: down.contains) else { return lines }
        let rising = up.prefix { $0 != meeting }.map { "\(parsed.words[$0].form) —\(parsed.words[$0].label)→" }
        let falling = down.prefix { $0 != meeting }.reversed().map { "←\(parsed.words[$0].label)— \(parsed.words[$0].form)" }
        lines.append("path: " + (rising + [parsed.words[meeting].form] + falling).joined(separator: " "))
        return lines
    }
}
