/// A file that could not be read as a graph: where, and why, in one line.
///
/// Its description reads like a compiler diagnostic,
/// `relations.tsv:17:9: unknown modality "maybe"; expected asserted or hedged`,
/// leaving out whatever position is unknown.
public struct FormatError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file's name, when the input came from a file.
    public var file: String?
    /// The 1-based line, when known.
    public var line: Int?
    /// The 1-based column, counted in UTF-8 bytes, when known.
    public var column: Int?
    /// What is wrong, in one line.
    public var message: String

    /// Creates an error.
    ///
    /// - Complexity: O(1).
    public init(file: String? = nil, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`, leaving out the unknown parts.
    public var description: String {
        let position = [file, line.map(String.init), column.map(String.init)].compactMap { $0 }
        return position.isEmpty ? message : position.joined(separator: ":") + ": " + message
    }
}
