/// A word, number or punctuation mark of a text, by UTF-8 byte offsets.
///
/// Tokens carry a hash of their case-folded bytes, so that lexicon and
/// gazetteer lookups compare integers and no `String` is made per token.
struct Token: Sendable {
    /// The byte offset where the token starts.
    var start: Int32
    /// The byte offset just past the token.
    var end: Int32
    /// FNV-1a hash of the ASCII-lowercased bytes; for punctuation, of its ``Punctuation`` code.
    var key: UInt64
    /// For punctuation, which mark; `.none` for words and numbers.
    var punctuation: Punctuation
    /// The first character is an upper-case ASCII letter, or a non-ASCII character.
    var isCapitalized: Bool
    /// Every ASCII letter is upper case and there are at least two.
    var isAllCaps: Bool
    /// Some letter is a lower-case ASCII letter.
    var hasLowercase: Bool
    /// A line break came between this token and the previous one.
    var followsLineBreak: Bool
    /// A blank line came between this token and the previous one.
    var followsBlankLine: Bool
    /// White space came between this token and the previous one.
    var followsSpace: Bool

    var isWord: Bool { punctuation == .none }
}

/// The punctuation marks the rules look at; typographic variants fold into one.
enum Punctuation: UInt8, Sendable {
    case none = 0
    case period, comma, semicolon, colon, question, exclamation, apostrophe, quote, hyphen, dash
    case openParen, closeParen, slash, ellipsis, other
}

/// Splits UTF-8 text into tokens in one pass over its bytes.
///
/// Letters, digits and all non-ASCII bytes other than the typographic marks
/// below make up words; `’` counts as an apostrophe, `“ ”` as quotes, `– —` as
/// dashes, `…` as an ellipsis, and a no-break space as space.
///
/// - Complexity: O(*n*) time in the number of bytes.
enum Tokenizer {
    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3

    /// The hash of a lexicon word, computed as for tokens.
    static func key(_ word: String) -> UInt64 {
        var hash = fnvOffset
        for byte in word.utf8 {
            hash = (hash ^ UInt64(lowercased(byte))) &* fnvPrime
        }
        return hash
    }

    static func key(_ punctuation: Punctuation) -> UInt64 {
        (fnvOffset ^ UInt64(punctuation.rawValue)) &* fnvPrime &* fnvPrime
    }

    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte | 0x20 : byte
    }

    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57) || byte >= 0x80
    }

    /// The typographic mark (and its length) that starts at `index`, if any.
    @inline(__always)
    private static func typographic(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (Punctuation, Int)? {
        let byte = bytes[index]
        if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 { return (.none, 2) }
        guard byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return nil }
        switch bytes[index + 2] {
        case 0x98, 0x99: return (.apostrophe, 3)
        case 0x9C, 0x9D: return (.quote, 3)
        case 0x93, 0x94: return (.dash, 3)
        case 0xA6: return (.ellipsis, 3)
        case 0x8B, 0xAF: return (.none, 3)
        default: return nil
        }
    }

    private static func punctuation(of byte: UInt8) -> Punctuation? {
        switch byte {
        case UInt8(ascii: "."): .period
        case UInt8(ascii: ","): .comma
        case UInt8(ascii: ";"): .semicolon
        case UInt8(ascii: ":"): .colon
        case UInt8(ascii: "?"): .question
        case UInt8(ascii: "!"): .exclamation
        case UInt8(ascii: "'"), UInt8(ascii: "`"): .apostrophe
        case UInt8(ascii: "\""): .quote
        case UInt8(ascii: "-"): .hyphen
        case UInt8(ascii: "("), UInt8(ascii: "["): .openParen
        case UInt8(ascii: ")"), UInt8(ascii: "]"): .closeParen
        case UInt8(ascii: "/"): .slash
        case 0...32, 127: nil
        default: .other
        }
    }

    /// The tokens of a text from byte offset `start` on (the bytes before it,
    /// such as header lines, are not read), with offsets into the whole text.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(max(0, bytes.count - start) / 5)
        var index = max(0, min(start, bytes.count))
        var space = false, lineBreaks = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                lineBreaks += 1
                space = true
                index += 1
                continue
            }
            if byte <= 32 || byte == 127 {
                space = true
                index += 1
                continue
            }
            if let (mark, length) = typographic(bytes, index) {
                if mark == .none {
                    space = true
                } else {
                    tokens.append(punctuationToken(mark, start: index, length: length, space: space, lineBreaks: lineBreaks))
                    space = false
                    lineBreaks = 0
                }
                index += length
                continue
            }
            if isWordByte(byte) {
                let start = index
                var hash = fnvOffset
                var upper = 0, lower = 0
                while index < bytes.count, isWordByte(bytes[index]), typographic(bytes, index) == nil {
                    let current = bytes[index]
                    if current >= 65 && current <= 90 { upper += 1 } else if current >= 97 && current <= 122 { lower += 1 }
                    hash = (hash ^ UInt64(lowercased(current))) &* fnvPrime
                    index += 1
                }
                let first = bytes[start]
                tokens.append(Token(
                    start: Int32(start), end: Int32(index), key: hash, punctuation: .none,
                    isCapitalized: (first >= 65 && first <= 90) || first >= 0x80,
                    isAllCaps: upper >= 2 && lower == 0, hasLowercase: lower > 0,
                    followsLineBreak: lineBreaks > 0, followsBlankLine: lineBreaks > 1, followsSpace: space))
            } else {
                let mark = punctuation(of: byte) ?? .other
                tokens.append(punctuationToken(mark, start: index, length: 1, space: space, lineBreaks: lineBreaks))
                index += 1
            }
            space = false
            lineBreaks = 0
        }
        return tokens
    }

    private static func punctuationToken(_ mark: Punctuation, start: Int, length: Int, space: Bool, lineBreaks: Int) -> Token {
        Token(
            start: Int32(start), end: Int32(start + length), key: key(mark), punctuation: mark,
            isCapitalized: false, isAllCaps: false, hasLowercase: false, followsLineBreak: lineBreaks > 0,
            followsBlankLine: lineBreaks > 1, followsSpace: space)
    }
}
