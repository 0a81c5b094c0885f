import Foundation

/// Turning DOT's strings into text: character sets, attribute escapes,
/// HTML-like labels, and the word joiners `DOTEscaping` adds.
enum DOTText {
    private static let wordJoiner: [UInt8] = [0xE2, 0x81, 0xA0]

    /// Whether the bytes hold U+2060 WORD JOINER.
    static func containsWordJoiner(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.count >= 3 else { return false }
        for index in 0..<(text.count - 2) where text[index] == 0xE2 && text[index + 1] == 0x81 && text[index + 2] == 0xA0 {
            return true
        }
        return false
    }

    /// Copies an ID's bytes to `output` without the word joiners that
    /// `DOTEscaping.id(_:)` adds, and returns how many bytes it wrote.
    ///
    /// A run of word joiners loses one joiner when it stands at the start
    /// before `%`, or (in quoted IDs) before a line feed, or after an odd
    /// run of backslashes and before a quote or the end. The writer adds a
    /// joiner at exactly those places, also where the name already had one,
    /// so reading undoes writing for every name.
    ///
    /// - Complexity: O(*n*) in the length of the ID.
    static func undoWordJoiners(_ text: UnsafeBufferPointer<UInt8>, into output: UnsafeMutablePointer<UInt8>, html: Bool) -> Int {
        var written = 0, index = 0
        let count = text.count
        while index < count {
            let isJoiner = index + 2 < count && text[index] == 0xE2 && text[index + 1] == 0x81 && text[index + 2] == 0xA0
            guard isJoiner else {
                output[written] = text[index]
                written += 1
                index += 1
                continue
            }
            let runStart = index
            var joiners = 0
            while index + 2 < count && text[index] == 0xE2 && text[index + 1] == 0x81 && text[index + 2] == 0xA0 {
                joiners += 1
                index += 3
            }
            let next: UInt8? = index < count ? text[index] : nil
            var backslashes = 0
            while runStart - backslashes > 0 && text[runStart - backslashes - 1] == UInt8(ascii: "\\") { backslashes += 1 }
            let protects = (runStart == 0 && next == UInt8(ascii: "%"))
                || (!html && next == 0x0A)
                || (!html && backslashes % 2 == 1 && (next == nil || next == UInt8(ascii: "\"")))
            for _ in 0..<(protects ? joiners - 1 : joiners) {
                for byte in wordJoiner {
                    output[written] = byte
                    written += 1
                }
            }
        }
        return written
    }

    /// Whether a `charset` value names Latin-1, by the names Graphviz accepts.
    static func isLatin1(charset: UnsafeBufferPointer<UInt8>) -> Bool {
        let name = String(decoding: charset, as: UTF8.self).lowercased()
        return ["latin1", "latin-1", "l1", "iso-8859-1", "iso_8859-1", "iso8859-1", "iso-ir-100", "isolatin1", "latin_1"].contains(name)
    }

    /// Text from bytes: Latin-1 when the graph says so, else UTF-8, and
    /// Latin-1 for bytes that are not UTF-8 (as Graphviz, which warns).
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    static func string(_ bytes: some Collection<UInt8>, latin1: Bool) -> String {
        if !latin1, let text = String(validating: bytes, as: UTF8.self) { return text }
        return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }

    /// An attribute value's text with Graphviz's escapes resolved: `\\` is a
    /// backslash, `\n`, `\l` and `\r` end a line, and, in a node's label,
    /// `\N` is the node's ID; other backslashes stay.
    ///
    /// - Complexity: O(*n*) in the length of the value.
    static func resolvingEscapes(_ text: String, nodeID: String? = nil) -> String {
        guard text.utf8.contains(UInt8(ascii: "\\")) else { return text }
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\\" else {
                result.append(scalar)
                continue
            }
            guard let escaped = scalars.next() else {
                result.append(scalar)
                break
            }
            switch escaped {
            case "\\": result.append("\\")
            case "n", "l", "r": result.append("\n")
            case "N" where nodeID != nil: result.append(contentsOf: nodeID?.unicodeScalars ?? "".unicodeScalars)
            default:
                result.append(scalar)
                result.append(escaped)
            }
        }
        return String(result)
    }

    /// The text an HTML-like label shows: tags removed, `<BR/>` a line
    /// break, character references resolved.
    ///
    /// - Complexity: O(*n*) in the length of the label.
    static func htmlText(_ html: String) -> String {
        var result = ""
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            if character == "<", let close = html[index...].firstIndex(of: ">") {
                let tag = html[html.index(after: index)..<close].trimmingPrefix("/").prefix(while: { $0.isLetter }).lowercased()
                if tag == "br" { result.append("\n") }
                index = html.index(after: close)
            } else if character == "&", let end = html[index...].prefix(12).firstIndex(of: ";"),
                      let resolved = reference(html[html.index(after: index)..<end]) {
                result.unicodeScalars.append(resolved)
                index = html.index(after: end)
            } else {
                result.append(character)
                index = html.index(after: index)
            }
        }
        return result.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static let namedReferences: [Substring: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
    ]

    private static func reference(_ name: Substring) -> Unicode.Scalar? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") { return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
        if name.hasPrefix("#") { return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) }
        return namedReferences[name]
    }
}
