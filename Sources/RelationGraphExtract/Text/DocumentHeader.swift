/// The header lines a text file may start with (`# source: <address>`,
/// `# date: YYYY-MM-DD`, `# title: <text>`), ended by a blank line.
///
/// Header lines are provenance, not passage: the extractor reads no relations
/// from them, and byte offsets of evidence stay offsets into the whole file.
/// A file that does not start with a known header line has no header, so an
/// ordinary text whose first line happens to start with `#` is read whole.
public struct DocumentHeader: Sendable, Hashable {
    /// The `# source:` address, when given.
    public var source: String?
    /// The `# date:` value as written, when given.
    public var date: String?
    /// Where the `# date:` value starts: its 1-based line and byte column, for errors.
    public var dateLine: Int?
    /// See ``dateLine``.
    public var dateColumn: Int?
    /// The `# title:` text, when given.
    public var title: String?
    /// The byte offset where the passage starts: just past the header and the
    /// blank line that ends it, or 0 when there is no header.
    public var bodyStart: Int

    /// The header field names this reader knows.
    static let fields: [[UInt8]] = [Array("source".utf8), Array("date".utf8), Array("title".utf8)]

    /// An empty header: no fields, the passage starts at byte 0.
    ///
    /// - Complexity: O(1).
    public init() {
        bodyStart = 0
    }

    /// Reads the header lines at the start of UTF-8 text.
    ///
    /// Header lines are read while each is `# name: value` with a known name;
    /// the header ends at the first other line, which must be blank to be
    /// skipped (a missing blank line leaves the next line in the passage).
    ///
    /// - Complexity: O(*h*) in the length of the header.
    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.init()
        var lineStart = 0, line = 1
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            let next = min(lineEnd + 1, bytes.count)
            guard let (field, value, column) = Self.field(bytes, lineStart, lineEnd) else {
                if lineStart > 0, Self.isBlank(bytes, lineStart, lineEnd) { bodyStart = next }
                return
            }
            switch field {
            case 0: source = value
            case 1:
                date = value
                (dateLine, dateColumn) = (line, column)
            default: title = value
            }
            bodyStart = next
            lineStart = next
            line += 1
        }
    }

    /// Reads the header lines at the start of a text.
    ///
    /// - Complexity: O(*h*) in the length of the header.
    public init(_ text: String) {
        var text = text
        self = text.withUTF8 { DocumentHeader($0) }
    }

    private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        (start..<end).allSatisfy { bytes[$0] == 0x20 || bytes[$0] == 0x09 || bytes[$0] == 0x0D }
    }

    /// The field index, trimmed value and the value's 1-based column of a `# name: value` line.
    private static func field(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Int, String, Int)? {
        guard end - start >= 2, bytes[start] == UInt8(ascii: "#"), bytes[start + 1] == 0x20 else { return nil }
        for (index, name) in fields.enumerated() {
            let nameEnd = start + 2 + name.count
            guard nameEnd < end, bytes[nameEnd] == UInt8(ascii: ":") else { continue }
            guard zip(name, bytes[(start + 2)..<nameEnd]).allSatisfy({ $0 == Tokenizer.lowercased($1) }) else { continue }
            var valueStart = nameEnd + 1, valueEnd = end
            while valueStart < valueEnd, bytes[valueStart] == 0x20 || bytes[valueStart] == 0x09 { valueStart += 1 }
            while valueEnd > valueStart, [0x20, 0x09, 0x0D].contains(bytes[valueEnd - 1]) { valueEnd -= 1 }
            return (index, String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self), valueStart - start + 1)
        }
        return nil
    }
}
