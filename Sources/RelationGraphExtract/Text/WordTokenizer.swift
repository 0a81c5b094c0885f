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
        var cuts: [Int] = []
        words.reserveCapacity(bytes.count / 6)
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
            split(scalars, end: index, bytes: bytes, cuts: &cuts, into: &words)
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
                isUppercase($0) || isDigit($0) || opening.contains($0)
            } ?? false
            var boundary = next.lineBreaksBefore >= 2
            if !boundary {
                var back = index - 1
                while back > start, closing.contains(words[back].form) { back -= 1 }
                let terminal = terminals.contains(words[back].form)
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
    private static let terminals: Set<String> = [".", "!", "?", "...", "…"]
    private static let opening: Set<Unicode.Scalar> = ["\"", "“", "‘", "'", "("]

    // MARK: Splitting one whitespace-delimited chunk

    private static let leading: Set<Unicode.Scalar> = ["\"", "'", "(", "[", "{", "“", "‘", "«", "¿", "¡", "*"]
    private static let currency: Set<Unicode.Scalar> = ["$", "€", "£", "¥", "₹", "₽"]
    private static let trailing: Set<Unicode.Scalar> = [".", ",", ";", ":", "!", "?", "\"", "'", ")", "]", "}", "”", "’", "»", "…", "*"]
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "ltd", "co", "corp", "gen", "col", "lt", "sgt", "capt", "maj",
        "adm", "rep", "sen", "gov", "prof", "vs", "etc", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov",
        "dec", "no", "nos", "vol", "fig", "approx", "dept", "est", "mt", "ft", "pres", "rev", "u.s", "u.k", "u.n",
    ]

    /// A chunk of the text between white space: its scalars with their byte
    /// offsets, where it ends, and the text itself (forms of ASCII words are
    /// made from the bytes, without decoding).
    private struct Chunk {
        let scalars: [(Unicode.Scalar, Int)]
        let end: Int
        let bytes: UnsafeBufferPointer<UInt8>

        subscript(_ position: Int) -> Unicode.Scalar { scalars[position].0 }
    }

    private static func split(
        _ scalars: [(Unicode.Scalar, Int)], end: Int, bytes: UnsafeBufferPointer<UInt8>, cuts: inout [Int],
        into words: inout [TextWord]
    ) {
        let chunk = Chunk(scalars: scalars, end: end, bytes: bytes)
        var low = 0, high = scalars.count
        // "$2", "€40": a currency sign before a number is a word of its own, as in UD English EWT.
        while high - low > 1, leading.contains(chunk[low]) || (currency.contains(chunk[low]) && isDigit(chunk[low + 1])) {
            low += 1
        }
        // Trailing marks come off from the end; `cuts` keeps where each begins,
        // last first (a run of three or more periods is one mark).
        cuts.removeAll(keepingCapacity: true)
        while high > low + 1 {
            let last = chunk[high - 1]
            if last == ".", high - low >= 3, chunk[high - 2] == ".", chunk[high - 3] == "." {
                var dots = high - 3
                while dots > low, chunk[dots - 1] == "." { dots -= 1 }
                guard dots > low else { break }
                cuts.append(dots)
                high = dots
                continue
            }
            guard trailing.contains(last) else { break }
            if last == ".", isAbbreviation(chunk, low, high) { break }
            cuts.append(high - 1)
            high -= 1
        }
        for position in 0..<low { emit(chunk, position..<(position + 1), into: &words) }
        if isWhole(chunk, low, high) {
            clitics(chunk, low..<high, into: &words)
        } else {
            var pieceStart = low
            var position = low
            while position < high {
                let scalar = chunk[position]
                let splits = isInnerBreak(chunk, position, low, high)
                if splits {
                    if pieceStart < position { clitics(chunk, pieceStart..<position, into: &words) }
                    emit(chunk, position..<(position + 1), into: &words)
                    pieceStart = position + 1
                } else if scalar == "." && position + 1 < high && pieceStart < position
                            && isLetter(chunk[position + 1]) && isUppercase(chunk[position + 1])
                            && !isAbbreviation(chunk, pieceStart, position + 1) && position - pieceStart > 2 {
                    // "end.Next" run together: a full stop between two words.
                    clitics(chunk, pieceStart..<position, into: &words)
                    emit(chunk, position..<(position + 1), into: &words)
                    pieceStart = position + 1
                }
                position += 1
            }
            if pieceStart < high { clitics(chunk, pieceStart..<high, into: &words) }
        }
        for index in cuts.indices.reversed() {
            emit(chunk, cuts[index]..<(index == 0 ? scalars.count : cuts[index - 1]), into: &words)
        }
    }

    /// URLs, e-mail addresses and handles stay one word.
    private static func isWhole(_ chunk: Chunk, _ low: Int, _ high: Int) -> Bool {
        var at = false, period = false
        for position in low..<high {
            switch chunk[position] {
            case "@": at = true
            case ".": period = true
            case ":" where position + 2 < high && chunk[position + 1] == "/" && chunk[position + 2] == "/": return true
            default: break
            }
        }
        if at && period { return true }
        guard high - low >= 4 else { return false }
        return lowered(chunk[low]) == "w" && lowered(chunk[low + 1]) == "w" && lowered(chunk[low + 2]) == "w"
            && chunk[low + 3] == "."
    }

    /// A hyphen, slash or dash between two word characters, or a dash anywhere.
    private static func isInnerBreak(_ chunk: Chunk, _ position: Int, _ low: Int, _ high: Int) -> Bool {
        let scalar = chunk[position]
        if scalar == "—" || scalar == "–" || scalar == "(" || scalar == ")" || scalar == "\"" || scalar == "“" || scalar == "”" { return true }
        guard scalar == "-" || scalar == "/" || scalar == "," || scalar == ";" || scalar == ":" || scalar == "!" || scalar == "?" else { return false }
        guard position > low, position + 1 < high else { return true }
        let previous = chunk[position - 1], next = chunk[position + 1]
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

    /// The longest stem in ``abbreviations``.
    private static let longestAbbreviation = abbreviations.map(\.unicodeScalars.count).max() ?? 0

    private static func isAbbreviation(_ chunk: Chunk, _ low: Int, _ high: Int) -> Bool {
        // Letters separated by periods: U.S., e.g., a.m.
        var alternating = high - low >= 2
        for offset in 0..<(high - low) {
            let scalar = chunk[low + offset]
            if offset % 2 == 0 ? !isLetter(scalar) : scalar != "." { alternating = false; break }
        }
        if alternating && (high - low) % 2 == 0 { return true }
        let stemLength = high - 1 - low
        if stemLength == 1 { return isLetter(chunk[low]) && isUppercase(chunk[low]) }
        // Lower-casing never shortens these stems, so a longer one cannot be listed.
        guard stemLength > 0, stemLength <= longestAbbreviation else { return false }
        var stem = String.UnicodeScalarView()
        for position in low..<(high - 1) { stem.append(chunk[position]) }
        return abbreviations.contains(String(stem).lowercased())
    }

    /// Splits clitics off the end of a word: n't, 's, 're, 've, 'll, 'd, 'm (straight or curly apostrophe), and "cannot".
    private static func clitics(_ chunk: Chunk, _ range: Range<Int>, into words: inout [TextWord]) {
        let count = range.count
        func lower(_ offset: Int) -> Unicode.Scalar { lowered(chunk[range.upperBound - offset]) }
        func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "’" }
        if count >= 4, lower(1) == "t", isApostrophe(lower(2)), lower(3) == "n" {
            emit(chunk, range.lowerBound..<(range.upperBound - 3), into: &words)
            emit(chunk, (range.upperBound - 3)..<range.upperBound, into: &words)
            return
        }
        if count >= 3, isApostrophe(lower(2)), lower(1) == "s" || lower(1) == "d" || lower(1) == "m" {
            emit(chunk, range.lowerBound..<(range.upperBound - 2), into: &words)
            emit(chunk, (range.upperBound - 2)..<range.upperBound, into: &words)
            return
        }
        if count >= 4, isApostrophe(lower(3)), (lower(2) == "r" && lower(1) == "e") || (lower(2) == "v" && lower(1) == "e")
            || (lower(2) == "l" && lower(1) == "l") {
            emit(chunk, range.lowerBound..<(range.upperBound - 3), into: &words)
            emit(chunk, (range.upperBound - 3)..<range.upperBound, into: &words)
            return
        }
        if count == 6, lower(6) == "c", lower(5) == "a", lower(4) == "n", lower(3) == "n", lower(2) == "o", lower(1) == "t" {
            emit(chunk, range.lowerBound..<(range.lowerBound + 3), into: &words)
            emit(chunk, (range.lowerBound + 3)..<range.upperBound, into: &words)
            return
        }
        emit(chunk, range, into: &words)
    }

    private static func emit(_ chunk: Chunk, _ range: Range<Int>, into words: inout [TextWord]) {
        let startByte = chunk.scalars[range.lowerBound].1
        let endByte = range.upperBound < chunk.scalars.count ? chunk.scalars[range.upperBound].1 : chunk.end
        let form: String
        // ASCII scalars, one byte each: the form is a copy of the bytes. (A byte the decoder could not read is
        // a U+FFFD of its own, which Swift's decoding of the bytes would not always make.)
        var ascii = endByte - startByte == range.count
        for position in range where ascii && !chunk[position].isASCII { ascii = false }
        if ascii {
            form = String(decoding: UnsafeBufferPointer(rebasing: chunk.bytes[startByte..<endByte]), as: UTF8.self)
        } else {
            var scalars = String.UnicodeScalarView()
            for position in range { scalars.append(chunk[position]) }
            form = String(scalars)
        }
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
        if scalar.isASCII { return scalar.value <= 32 || scalar.value == 127 }
        return scalar == "\u{A0}" || scalar == "\u{200B}" || scalar == "\u{202F}" || scalar == "\u{FEFF}"
            || scalar.properties.isWhitespace
    }

    // The ASCII cases first: the Unicode property tables are far slower to ask.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (scalar.value | 0x20) &- 97 < 26 : scalar.properties.isAlphabetic
    }

    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar.value &- 65 < 26 : scalar.properties.isUppercase
    }

    /// The scalar's lower-case form when that is one scalar; otherwise itself.
    private static func lowered(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII { return scalar.value &- 65 < 26 ? Unicode.Scalar(UInt8(scalar.value | 0x20)) : scalar }
        return scalar.properties.isUppercase ? (scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar) : scalar
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }
    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        !isLetter(scalar) && !isDigit(scalar)
    }
}
