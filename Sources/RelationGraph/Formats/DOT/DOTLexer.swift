/// One token of the DOT language.
struct DOTToken {
    enum Kind: UInt8 {
        case end, name, numeral, quoted, html
        case strict, graph, digraph, subgraph, node, edge
        case leftBrace, rightBrace, leftBracket, rightBracket
        case equals, semicolon, comma, colon, plus, directedEdge, undirectedEdge
        /// A byte that starts no token (a control character, a lone `-`, …).
        case other
    }

    var kind: Kind
    /// Where the token starts in the input, for error positions.
    var start: Int
    /// The token's text: its bytes in the input, or, when `inArena`, in the
    /// lexer's arena (a quoted string whose escapes were resolved).
    var contentStart: Int
    var contentEnd: Int
    var inArena = false

    /// Whether the token is an ID: a name, a numeral, a quoted or an HTML string.
    var isID: Bool { kind == .name || kind == .numeral || kind == .quoted || kind == .html }
}

/// The scanner of Graphviz's DOT grammar over UTF-8 (or Latin-1) bytes.
///
/// It follows Graphviz's own scanner (`lib/cgraph/scan.l`): names are ASCII
/// letters, digits, `_` and every byte ≥ 0x80; numerals `-?(digits(.digits*)?|.digits)`
/// end where the pattern ends (Graphviz warns and splits `0n` the same way);
/// inside quotes `\"` is a quote, a backslash before a line feed joins the
/// lines and every other backslash is kept for the attribute's own escapes;
/// HTML strings nest `<` `>` and keep everything verbatim; `/* */`, `//` and
/// `#` (to the end of the line) are comments; byte order marks are skipped;
/// `@` ends the input, as in Graphviz. Keywords are matched ignoring case, as
/// the language's documentation says.
///
/// - Complexity: O(*n*) in the input's length; the arena holds at most three
///   times the input (resolved escapes, concatenations, undone word joiners).
struct DOTLexer: ~Copyable {
    let base: UnsafePointer<UInt8>
    let count: Int
    var position = 0
    let file: String?
    /// Resolved token texts, allocated once so that pointers into it stay valid.
    let arena: UnsafeMutablePointer<UInt8>
    let arenaCapacity: Int
    var arenaCount = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, file: String?) {
        count = bytes.count
        self.file = file
        arenaCapacity = 3 * bytes.count + 16
        arena = .allocate(capacity: arenaCapacity)
        // An empty buffer may have no address; the arena stands in, so every pointer is valid.
        base = bytes.baseAddress ?? UnsafePointer(arena)
    }

    deinit { arena.deallocate() }

    /// The bytes of a token's text.
    func content(_ token: DOTToken) -> UnsafeBufferPointer<UInt8> {
        let start = token.inArena ? UnsafePointer(arena) : base
        return UnsafeBufferPointer(start: start + token.contentStart, count: token.contentEnd - token.contentStart)
    }

    /// The address up to which a token's bytes may be read a word at a time.
    func readableLimit(_ token: DOTToken) -> UnsafePointer<UInt8> {
        token.inArena ? UnsafePointer(arena + arenaCapacity) : base + count
    }

    /// `file:line:column: message` for a byte offset; lines and columns from 1, columns in bytes.
    func error(at offset: Int, _ message: String) -> FormatError {
        var line = 1, lineStart = 0
        for index in 0..<min(offset, count) where base[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return FormatError(file: file, line: line, column: offset - lineStart + 1, message: message)
    }

    @inline(__always)
    static func isNameByte(_ byte: UInt8) -> Bool {
        // ASCII letters and `_` (case folded by `| 0x20`), digits, and every byte ≥ 0x80.
        let folded = byte | 0x20
        return (folded >= 0x61 && folded <= 0x7A) || byte == 0x5F || byte >= 0x80 || (byte >= 0x30 && byte <= 0x39)
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Skips white space and comments.
    private mutating func skipSpace() throws(FormatError) {
        while position < count {
            let byte = base[position]
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D:
                position += 1
                while position < count && base[position] == 0x20 { position += 1 }
            case UInt8(ascii: "#"):
                skipLine()
            case UInt8(ascii: "/") where position + 1 < count && base[position + 1] == UInt8(ascii: "/"):
                skipLine()
            case UInt8(ascii: "/") where position + 1 < count && base[position + 1] == UInt8(ascii: "*"):
                let start = position
                position += 2
                while true {
                    guard position + 1 < count else {
                        throw error(at: start, "expected '*/' to end the comment that starts here, found end of input")
                    }
                    if base[position] == UInt8(ascii: "*") && base[position + 1] == UInt8(ascii: "/") { break }
                    position += 1
                }
                position += 2
            case 0xEF where position + 2 < count && base[position + 1] == 0xBB && base[position + 2] == 0xBF:
                position += 3
            default:
                return
            }
        }
    }

    private mutating func skipLine() {
        while position < count && base[position] != 0x0A { position += 1 }
    }

    /// The next token.
    mutating func next() throws(FormatError) -> DOTToken {
        try skipSpace()
        let start = position
        guard position < count else { return DOTToken(kind: .end, start: start, contentStart: start, contentEnd: start) }
        let byte = base[position]
        if Self.isNameByte(byte) && !Self.isDigit(byte) {
            position += 1
            while position < count && Self.isNameByte(base[position]) { position += 1 }
            return DOTToken(kind: keyword(start, position) ?? .name, start: start, contentStart: start, contentEnd: position)
        }
        let next = position + 1 < count ? base[position + 1] : 0
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."):
            if byte == UInt8(ascii: ".") && !Self.isDigit(next) { break }
            scanNumeral()
            return DOTToken(kind: .numeral, start: start, contentStart: start, contentEnd: position)
        case UInt8(ascii: "-"):
            if next == UInt8(ascii: ">") || next == UInt8(ascii: "-") {
                position += 2
                return DOTToken(kind: next == UInt8(ascii: ">") ? .directedEdge : .undirectedEdge, start: start, contentStart: start, contentEnd: position)
            }
            let afterNext = position + 2 < count ? base[position + 2] : 0
            if Self.isDigit(next) || (next == UInt8(ascii: ".") && Self.isDigit(afterNext)) {
                position += 1
                scanNumeral()
                return DOTToken(kind: .numeral, start: start, contentStart: start, contentEnd: position)
            }
        case UInt8(ascii: "\""):
            return try scanQuoted()
        case UInt8(ascii: "<"):
            return try scanHTML()
        case UInt8(ascii: "@"):
            // Graphviz's scanner takes `@` for the end of the input.
            position = count
            return DOTToken(kind: .end, start: start, contentStart: start, contentEnd: start)
        default:
            if let kind = Self.punctuation[Int(byte)] {
                position += 1
                return DOTToken(kind: kind, start: start, contentStart: start, contentEnd: position)
            }
        }
        position += 1
        return DOTToken(kind: .other, start: start, contentStart: start, contentEnd: position)
    }

    private static let punctuation: [DOTToken.Kind?] = (0..<256).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "{"): .leftBrace
        case UInt8(ascii: "}"): .rightBrace
        case UInt8(ascii: "["): .leftBracket
        case UInt8(ascii: "]"): .rightBracket
        case UInt8(ascii: "="): .equals
        case UInt8(ascii: ";"): .semicolon
        case UInt8(ascii: ","): .comma
        case UInt8(ascii: ":"): .colon
        case UInt8(ascii: "+"): .plus
        default: nil
        }
    }

    private mutating func scanNumeral() {
        while position < count && Self.isDigit(base[position]) { position += 1 }
        if position < count && base[position] == UInt8(ascii: ".") {
            position += 1
            while position < count && Self.isDigit(base[position]) { position += 1 }
        }
    }

    private static let keywords: [(text: [UInt8], kind: DOTToken.Kind)] = [
        (Array("strict".utf8), .strict), (Array("graph".utf8), .graph), (Array("digraph".utf8), .digraph),
        (Array("subgraph".utf8), .subgraph), (Array("node".utf8), .node), (Array("edge".utf8), .edge),
    ]

    /// The keyword a name spells in any case, if any.
    private func keyword(_ start: Int, _ end: Int) -> DOTToken.Kind? {
        let length = end - start
        guard length >= 4 && length <= 8 else { return nil }
        // Keywords start with s, g, d, n or e: most names are rejected by their first byte.
        switch base[start] | 0x20 {
        case UInt8(ascii: "s"), UInt8(ascii: "g"), UInt8(ascii: "d"), UInt8(ascii: "n"), UInt8(ascii: "e"): break
        default: return nil
        }
        outer: for (text, kind) in Self.keywords where text.count == length {
            for index in 0..<length where base[start + index] | 0x20 != text[index] { continue outer }
            return kind
        }
        return nil
    }

    private mutating func scanQuoted() throws(FormatError) -> DOTToken {
        let start = position
        position += 1
        let contentStart = position
        var needsResolving = false
        while true {
            guard position < count else {
                throw error(at: start, "expected '\"' to end the quoted string that starts here, found end of input")
            }
            let byte = base[position]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") && position + 1 < count {
                let escaped = base[position + 1]
                if escaped == UInt8(ascii: "\"") || escaped == 0x0A { needsResolving = true }
                position += 2
                continue
            }
            position += 1
        }
        let contentEnd = position
        position += 1
        guard needsResolving else {
            return DOTToken(kind: .quoted, start: start, contentStart: contentStart, contentEnd: contentEnd)
        }
        // `\"` is a quote and backslash-newline is nothing; other backslashes stay.
        let resolvedStart = arenaCount
        var index = contentStart
        while index < contentEnd {
            let byte = base[index]
            if byte == UInt8(ascii: "\\") && index + 1 < contentEnd {
                let escaped = base[index + 1]
                if escaped == 0x0A {
                    index += 2
                    continue
                }
                if escaped == UInt8(ascii: "\"") {
                    appendToArena(escaped)
                    index += 2
                    continue
                }
                appendToArena(byte)
                appendToArena(escaped)
                index += 2
                continue
            }
            appendToArena(byte)
            index += 1
        }
        return DOTToken(kind: .quoted, start: start, contentStart: resolvedStart, contentEnd: arenaCount, inArena: true)
    }

    private mutating func scanHTML() throws(FormatError) -> DOTToken {
        let start = position
        position += 1
        var depth = 1
        while true {
            guard position < count else {
                throw error(at: start, "expected '>' to end the HTML string that starts here, found end of input")
            }
            let byte = base[position]
            if byte == UInt8(ascii: "<") {
                depth += 1
            } else if byte == UInt8(ascii: ">") {
                depth -= 1
                if depth == 0 { break }
            }
            position += 1
        }
        position += 1
        return DOTToken(kind: .html, start: start, contentStart: start + 1, contentEnd: position - 1)
    }

    @inline(__always)
    mutating func appendToArena(_ byte: UInt8) {
        arena[arenaCount] = byte
        arenaCount += 1
    }

    /// Copies a token's text to the end of the arena (for concatenations and rewrites).
    mutating func appendToArena(_ token: DOTToken) {
        let text = content(token)
        guard let source = text.baseAddress, !text.isEmpty else { return }
        (arena + arenaCount).update(from: source, count: text.count)
        arenaCount += text.count
    }
}
