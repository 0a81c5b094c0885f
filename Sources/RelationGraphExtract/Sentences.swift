/// Finds sentence boundaries among tokens.
///
/// A sentence ends at `.`, `?`, `!` or `…` followed by white space and a
/// capitalised word, or a quote, unless the period closes an
/// abbreviation ("U.S.", "Gen.", "Jan.") or a single initial; a closing quote
/// or bracket after the mark stays with its sentence. A blank line always ends
/// a sentence, and so does a line break after a line without closing
/// punctuation when the next line starts with a capital (a headline).
///
/// - Complexity: O(*n*) in the number of tokens.
enum Sentences {
    private static let abbreviations: Set<UInt64> = Set([
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "sgt", "capt", "adm", "sen", "rep", "gov", "pres",
        "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs",
        "inc", "corp", "ltd", "co", "jr", "sr", "prof", "rev", "mt", "ft", "fig", "approx", "dept", "est", "gov't",
        "cmdr", "brig", "cpl", "pvt", "amb", "hon", "messrs",
    ].map(Tokenizer.key))

    /// Half-open token ranges, one per sentence, covering every token.
    static func split(_ tokens: [Token]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        var index = 0
        var lineStart = 0
        while index < tokens.count {
            let token = tokens[index]
            let lineLength = index - lineStart
            if token.followsLineBreak { lineStart = index }
            if index > start && (token.followsBlankLine || startsHeadlineBreak(tokens, index, lineLength: lineLength)) {
                sentences.append(start..<index)
                start = index
            }
            if isTerminal(token.punctuation) {
                var end = index + 1
                while end < tokens.count, !tokens[end].followsSpace,
                    [.quote, .closeParen, .apostrophe].contains(tokens[end].punctuation)
                    || isTerminal(tokens[end].punctuation)
                {
                    end += 1
                }
                if end >= tokens.count || (opensSentence(tokens[end]) && !isAbbreviation(tokens, index)) {
                    sentences.append(start..<end)
                    start = end
                    index = end
                    continue
                }
            }
            index += 1
        }
        if start < tokens.count { sentences.append(start..<tokens.count) }
        return sentences
    }

    private static func isTerminal(_ mark: Punctuation) -> Bool {
        mark == .period || mark == .question || mark == .exclamation || mark == .ellipsis
    }

    private static func opensSentence(_ token: Token) -> Bool {
        guard token.followsSpace else { return false }
        if token.isWord { return token.isCapitalized }
        return token.punctuation == .quote || token.punctuation == .openParen || token.punctuation == .apostrophe
    }

    private static func isAbbreviation(_ tokens: [Token], _ period: Int) -> Bool {
        guard tokens[period].punctuation == .period, period > 0 else { return false }
        let previous = tokens[period - 1]
        guard previous.isWord, !tokens[period].followsSpace else { return false }
        if previous.end - previous.start == 1 && previous.isCapitalized { return true }
        return abbreviations.contains(previous.key)
    }

    /// A line break ends a sentence after a line that does not run on (no
    /// comma, hyphen or colon at its end) when the next line starts with a
    /// capital or a quote, or when the line was short, like a headline or byline.
    private static func startsHeadlineBreak(_ tokens: [Token], _ index: Int, lineLength: Int) -> Bool {
        let token = tokens[index]
        guard token.followsLineBreak, token.isWord || token.punctuation == .quote, index > 0 else { return false }
        let previous = tokens[index - 1]
        let continues: Set<Punctuation> = [.comma, .hyphen, .dash, .openParen, .semicolon, .colon]
        if continues.contains(previous.punctuation) { return false }
        return token.isCapitalized || token.punctuation == .quote || lineLength <= 8
    }
}
