/// A word of a text in the tokenisation of Universal Dependencies (as in
/// UD English EWT), with its UTF-8 byte range in the text.
///
/// Punctuation is split from words; clitics become words of their own
/// ("Russia's" → `Russia` `'s`, "don't" → `do` `n't`, "cannot" → `can` `not`);
/// hyphens and slashes between word characters are split out
/// ("U.S.-owned" → `U.S.` `-` `owned`); abbreviations with periods, numbers
/// with decimal points or separators, times, URLs and e-mail addresses stay whole.
public struct TextWord: Sendable, Hashable {
    /// The word as written.
    public var form: String
    /// Its UTF-8 byte range in the text.
    public var byteRange: Range<Int>
    /// White space (or the end of the text) follows it.
    public var spaceAfter: Bool
    /// A line break comes before it; `2` or more: a blank line.
    public var lineBreaksBefore: Int
}

/// Splits text into UD words and sentences.
///
/// - Complexity: O(*n*) time and space in the length of the text.
public enum WordTokenizer {
    /// The words of UTF-8 text from byte `start` on; invalid UTF-8 becomes
    /// U+FFFD in the forms (byte ranges still cover the original bytes).
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    public static func words(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> [TextWord] {
        var words: [TextWord] = []
        var index = max(0, min(start, bytes.count))
        var lineBreaks = 0
        var scalars: [(Unicode.Scalar, Int)] = []
        while index < bytes.count {
            let (scalar, length) = decode(bytes, index)
            if isSpace(scalar) {
                if scalar == "\n" { lineBreaks += 1 }
                index += length
                continue
            }
            scalars.removeAll(keepingCapacity: true)
            while index < bytes.count {
                let (next, width) = decode(bytes, index)
                if isSpace(next) { break }
                scalars.append((next, index))
                index += width
            }
            let first = words.count
            split(scalars, end: index, into: &words)
            if words.count > first {
                words[first].lineBreaksBefore = lineBreaks
                words[words.count - 1].spaceAfter = true
            }
            lineBreaks = 0
        }
        return words
    }

    /// The words of a string.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    public static func words(_ text: String) -> [TextWord] {
        var text = text
        return text.withUTF8 { words($0) }
    }

    /// Sentence boundaries over words: after `.`, `!`, `?` (and closing
    /// quotes or brackets after them) when the next word starts with an
    /// upper-case letter, a digit or an opening quote; at every blank line;
    /// and at a line break after a line that ends without punctuation (a
    /// headline or a list item) when the next line starts upper-case.
    ///
    /// - Complexity: O(*n*) in the number of words.
    public static func sentences(_ words: [TextWord]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        for index in words.indices.dropFirst() {
            let next = words[index]
            let previous = words[index - 1].form
            let startsUpper = next.form.unicodeScalars.first.map {
                $0.properties.isUppercase || ("0"..."9").contains($0) || "\"“‘'(".unicodeScalars.contains($0)
            } ?? false
            var boundary = next.lineBreaksBefore >= 2
            if !boundary {
                var back = index - 1
                while back > start, closing.contains(words[back].form) { back -= 1 }
                let terminal = ["." , "!", "?", "...", "…"].contains(words[back].form)
                // A quote or bracket right after the stop, with no space, closes it and belongs to this sentence.
                let attached = !words[index - 1].spaceAfter && closing.contains(next.form)
                boundary = terminal && startsUpper && back < index && !attached
            }
            if !boundary, next.lineBreaksBefore == 1, startsUpper,
               let last = previous.unicodeScalars.last, !continuing.contains(last), !previous.isEmpty {
                boundary = !isPunctuation(last) || closing.contains(previous)
            }
            if boundary {
                sentences.append(start..<index)
                start = index
            }
        }
        if start < words.count { sentences.append(start..<words.count) }
        return sentences
    }

    private static let closing: Set<String> = ["\"", "”", "’", "'", ")", "]", "}", "»"]
    private static let continuing: Set<Unicode.Scalar> = [",", ":", ";", "-", "–", "—", "(", "/"]

    // MARK: Splitting one whitespace-delimited chunk

    private static let leading: Set<Unicode.Scalar> = ["\"", "'", "(", "[", "{", "“", "‘", "«", "¿", "¡", "*"]
    private static let trailing: Set<Unicode.Scalar> = [".", ",", ";", ":", "!", "?", "\"", "'", ")", "]", "}", "”", "’", "»", "…", "*"]
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "ltd", "co", "corp", "gen", "col", "lt", "sgt", "capt", "maj",
        "adm", "rep", "sen", "gov", "prof", "vs", "etc", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov",
        "dec", "no", "nos", "vol", "fig", "approx", "dept", "est", "mt", "ft", "pres", "rev", "u.s", "u.k", "u.n",
    ]

    private static func split(_ chunk: [(Unicode.Scalar, Int)], end: Int, into words: inout [TextWord]) {
        var low = 0, high = chunk.count
        var before: [Range<Int>] = [], after: [Range<Int>] = []
        while low < high, leading.contains(chunk[low].0), high - low > 1 {
            before.append(low..<(low + 1))
            low += 1
        }
        while high > low + 1 {
            let last = chunk[high - 1].0
            if last == ".", high - low >= 3, chunk[high - 2].0 == ".", chunk[high - 3].0 == "." {
                var dots = high - 3
                while dots > low, chunk[dots - 1].0 == "." { dots -= 1 }
                guard dots > low else { break }
                after.append(dots..<high)
                high = dots
                continue
            }
            guard trailing.contains(last) else { break }
            if last == ".", isAbbreviation(chunk, low, high) { break }
            after.append((high - 1)..<high)
            high -= 1
        }
        for range in before { emit(chunk, range, end: end, into: &words) }
        if isWhole(chunk, low, high) {
            clitics(chunk, low..<high, end: end, into: &words)
        } else {
            var pieceStart = low
            var position = low
            while position < high {
                let scalar = chunk[position].0
                let splits = isInnerBreak(chunk, position, low, high)
                if splits {
                    if pieceStart < position { clitics(chunk, pieceStart..<position, end: end, into: &words) }
                    emit(chunk, position..<(position + 1), end: end, into: &words)
                    pieceStart = position + 1
                } else if scalar == "." && position + 1 < high && pieceStart < position
                            && isLetter(chunk[position + 1].0) && chunk[position + 1].0.properties.isUppercase
                            && !isAbbreviation(chunk, pieceStart, position + 1) && position - pieceStart > 2 {
                    // "end.Next" run together: a full stop between two words.
                    clitics(chunk, pieceStart..<position, end: end, into: &words)
                    emit(chunk, position..<(position + 1), end: end, into: &words)
                    pieceStart = position + 1
                }
                position += 1
            }
            if pieceStart < high { clitics(chunk, pieceStart..<high, end: end, into: &words) }
        }
        for range in after.reversed() { emit(chunk, range, end: end, into: &words) }
    }

    /// URLs, e-mail addresses and handles stay one word.
    private static func isWhole(_ chunk: [(Unicode.Scalar, Int)], _ low: Int, _ high: Int) -> Bool {
        let text = String(String.UnicodeScalarView(chunk[low..<high].map(\.0))).lowercased()
        return text.contains("://") || text.hasPrefix("www.") || (text.contains("@") && text.contains("."))
    }

    /// A hyphen, slash or dash between two word characters, or a dash anywhere.
    private static func isInnerBreak(_ chunk: [(Unicode.Scalar, Int)], _ position: Int, _ low: Int, _ high: Int) -> Bool {
        let scalar = chunk[position].0
        if scalar == "—" || scalar == "–" || scalar == "(" || scalar == ")" || scalar == "\"" || scalar == "“" || scalar == "”" { return true }
        guard scalar == "-" || scalar == "/" || scalar == "," || scalar == ";" || scalar == ":" || scalar == "!" || scalar == "?" else { return false }
        guard position > low, position + 1 < high else { return true }
        let previous = chunk[position - 1].0, next = chunk[position + 1].0
        switch scalar {
        case ",", ":":
            // 1,000 and 10:30 stay whole.
            return !(isDigit(previous) && isDigit(next))
        case "-", "/":
            return (isLetter(previous) || isDigit(previous) || previous == ".") && (isLetter(next) || isDigit(next))
                && !(scalar == "/" && isDigit(previous) && isDigit(next))
        default:
            return true
        }
    }

    private static func isAbbreviation(_ chunk: [(Unicode.Scalar, Int)], _ low: Int, _ high: Int) -> Bool {
        // Letters separated by periods: U.S., e.g., a.m.
        var alternating = high - low >= 2
        for (offset, item) in chunk[low..<high].enumerated() {
            let expectLetter = offset % 2 == 0
            if expectLetter ? !isLetter(item.0) : item.0 != "." { alternating = false; break }
        }
        if alternating && (high - low) % 2 == 0 { return true }
        let stem = String(String.UnicodeScalarView(chunk[low..<(high - 1)].map(\.0))).lowercased()
        return abbreviations.contains(stem) || (stem.count == 1 && stem.unicodeScalars.allSatisfy { $0.properties.isUppercase || isLetter($0) } && chunk[low].0.properties.isUppercase)
    }

    /// Splits clitics off the end of a word: n't, 's, 're, 've, 'll, 'd, 'm (straight or curly apostrophe), and "cannot".
    private static func clitics(_ chunk: [(Unicode.Scalar, Int)], _ range: Range<Int>, end: Int, into words: inout [TextWord]) {
        let count = range.count
        func lower(_ offset: Int) -> Unicode.Scalar {
            let scalar = chunk[range.upperBound - offset].0
            return scalar.properties.isUppercase ? (scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar) : scalar
        }
        func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "’" }
        if count >= 4, lower(1) == "t", isApostrophe(lower(2)), lower(3) == "n" {
            emit(chunk, range.lowerBound..<(range.upperBound - 3), end: end, into: &words)
            emit(chunk, (range.upperBound - 3)..<range.upperBound, end: end, into: &words)
            return
        }
        if count >= 3, isApostrophe(lower(2)), ["s", "d", "m"].contains(lower(1)) {
            emit(chunk, range.lowerBound..<(range.upperBound - 2), end: end, into: &words)
            emit(chunk, (range.upperBound - 2)..<range.upperBound, end: end, into: &words)
            return
        }
        if count >= 4, isApostrophe(lower(3)), (lower(2) == "r" && lower(1) == "e") || (lower(2) == "v" && lower(1) == "e")
            || (lower(2) == "l" && lower(1) == "l") {
            emit(chunk, range.lowerBound..<(range.upperBound - 3), end: end, into: &words)
            emit(chunk, (range.upperBound - 3)..<range.upperBound, end: end, into: &words)
            return
        }
        if count == 6, (0..<6).map({ lower(6 - $0) }) == ["c", "a", "n", "n", "o", "t"] {
            emit(chunk, range.lowerBound..<(range.lowerBound + 3), end: end, into: &words)
            emit(chunk, (range.lowerBound + 3)..<range.upperBound, end: end, into: &words)
            return
        }
        emit(chunk, range, end: end, into: &words)
    }

    private static func emit(_ chunk: [(Unicode.Scalar, Int)], _ range: Range<Int>, end: Int, into words: inout [TextWord]) {
        let startByte = chunk[range.lowerBound].1
        let endByte = range.upperBound < chunk.count ? chunk[range.upperBound].1 : end
        let form = String(String.UnicodeScalarView(chunk[range].map(\.0)))
        words.append(TextWord(form: form, byteRange: startByte..<endByte, spaceAfter: false, lineBreaksBefore: 0))
    }

    // MARK: Characters

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (Unicode.Scalar, Int) {
        let first = bytes[index]
        if first < 0x80 { return (Unicode.Scalar(first), 1) }
        let length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(first) & (0xFF >> UInt32(length + 1))
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return ("\u{FFFD}", length) }
        return (scalar, length)
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value <= 32 || scalar.value == 127 || scalar == "\u{A0}" || scalar == "\u{200B}" || scalar == "\u{202F}"
            || scalar == "\u{FEFF}" || scalar.properties.isWhitespace
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic }
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }
    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.properties.isAlphabetic && !isDigit(scalar)
    }
}
