/// A malformed CoNLL-U line, located by line and column (both 1-based).
public struct CoNLLUError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file's name as the caller gave it (empty when unknown).
    public var file: String
    /// The 1-based line of the problem.
    public var line: Int
    /// The 1-based column (in bytes) of the problem.
    public var column: Int
    /// What is wrong.
    public var message: String

    /// `file:line:column: message`.
    public var description: String { "\(file.isEmpty ? "" : "\(file):")\(line):\(column): \(message)" }
}

/// Sentences in the CoNLL-U format of Universal Dependencies.
///
/// Reading keeps everything a writer needs to give the same text back:
/// comments, multiword-token lines (`3-4`) and empty nodes (`8.1`) stay in
/// place as written; only word lines (integer IDs) are parsed into fields.
/// See <https://universaldependencies.org/format.html>.
public struct CoNLLUDocument: Sendable, Hashable {
    /// One line of a sentence block.
    public enum Line: Sendable, Hashable {
        /// A `# …` comment, without the leading `#`.
        case comment(String)
        /// A syntactic word: the ten fields of a line with an integer ID.
        case word([String])
        /// A multiword-token line (`3-4\tdon't\t…`), as written.
        case multiword(String)
        /// An empty node of the enhanced graph (`8.1\t…`), as written.
        case emptyNode(String)
    }

    /// One sentence: its lines in order.
    public struct Sentence: Sendable, Hashable {
        /// The sentence's lines, comments first as in the file.
        public var lines: [Line]

        /// A sentence of lines.
        ///
        /// - Complexity: O(1).
        public init(lines: [Line]) { self.lines = lines }

        /// The ten fields of each word line, in order.
        ///
        /// - Complexity: O(*n*) in the number of lines.
        public var words: [[String]] {
            lines.compactMap { if case .word(let fields) = $0 { fields } else { nil } }
        }

        /// The value of a `# key = value` comment.
        ///
        /// - Complexity: O(*n*) in the number of lines.
        public func comment(_ key: String) -> String? {
            for case .comment(let text) in lines {
                let trimmed = text.drop { $0 == " " }
                guard trimmed.hasPrefix(key) else { continue }
                let rest = trimmed.dropFirst(key.count).drop { $0 == " " }
                if rest.first == "=" { return String(rest.dropFirst().drop { $0 == " " }) }
            }
            return nil
        }
    }

    /// The sentences in file order.
    public var sentences: [Sentence]

    /// A document of sentences.
    ///
    /// - Complexity: O(1).
    public init(sentences: [Sentence]) { self.sentences = sentences }

    /// Column indexes of the ten fields.
    public enum Field {
        /// ID, FORM, LEMMA, UPOS, XPOS, FEATS, HEAD, DEPREL, DEPS, MISC.
        public static let id = 0, form = 1, lemma = 2, upos = 3, xpos = 4, feats = 5, head = 6, deprel = 7, deps = 8,
            misc = 9
    }

    /// Reads CoNLL-U text.
    ///
    /// Word IDs must count 1, 2, 3 … in each sentence; HEAD must be `_` or a
    /// word of the sentence (0 for the root); every line has ten tab-separated
    /// fields. Windows line ends are accepted.
    ///
    /// - Parameters:
    ///   - text: The file's contents.
    ///   - file: The name used in error messages.
    /// - Throws: ``CoNLLUError`` at the first malformed line.
    /// - Complexity: O(*n*) in the length of the text.
    public init(parsing text: String, file: String = "") throws(CoNLLUError) {
        var sentences: [Sentence] = []
        var lines: [Line] = []
        var lineNumber = 0
        var nextID = 1
        var heads: [(head: Int, line: Int, column: Int)] = []
        func finish() throws(CoNLLUError) {
            guard !lines.isEmpty else { return }
            for head in heads where head.head > nextID - 1 {
                throw CoNLLUError(file: file, line: head.line, column: head.column,
                                  message: "HEAD \(head.head) is not a word of the sentence (it has \(nextID - 1))")
            }
            if nextID == 1 {
                throw CoNLLUError(file: file, line: lineNumber, column: 1, message: "a sentence without words")
            }
            sentences.append(Sentence(lines: lines))
            lines = []
            heads = []
            nextID = 1
        }
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty {
                try finish()
                continue
            }
            if line.hasPrefix("#") {
                lines.append(.comment(String(line.dropFirst())))
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 10 else {
                let column = fields.count > 10 ? fields.prefix(10).reduce(0) { $0 + $1.utf8.count + 1 } : line.utf8.count + 1
                throw CoNLLUError(file: file, line: lineNumber, column: column,
                                  message: "expected 10 tab-separated fields, found \(fields.count)")
            }
            let id = fields[0]
            if id.contains("-") {
                lines.append(.multiword(String(line)))
                continue
            }
            if id.contains(".") {
                lines.append(.emptyNode(String(line)))
                continue
            }
            guard let number = Int(id), number == nextID else {
                throw CoNLLUError(file: file, line: lineNumber, column: 1,
                                  message: "expected word ID \(nextID), found \"\(id)\"")
            }
            let headColumn = fields.prefix(6).reduce(1) { $0 + $1.utf8.count + 1 }
            if fields[6] != "_" {
                guard let head = Int(fields[6]), head >= 0, head != number else {
                    throw CoNLLUError(file: file, line: lineNumber, column: headColumn,
                                      message: "HEAD must be 0, another word's ID or _, found \"\(fields[6])\"")
                }
                heads.append((head, lineNumber, headColumn))
            }
            if fields[1].isEmpty {
                throw CoNLLUError(file: file, line: lineNumber, column: fields[0].utf8.count + 2, message: "empty FORM")
            }
            lines.append(.word(fields.map(String.init)))
            nextID += 1
        }
        try finish()
        self.sentences = sentences
    }

    /// The document as CoNLL-U text: each sentence's lines, then a blank line.
    ///
    /// - Complexity: O(*n*) in the size of the output.
    public var text: String {
        var output = ""
        for sentence in sentences {
            for line in sentence.lines {
                switch line {
                case .comment(let text): output += "#" + text
                case .word(let fields): output += fields.joined(separator: "\t")
                case .multiword(let text), .emptyNode(let text): output += text
                }
                output += "\n"
            }
            output += "\n"
        }
        return output
    }
}
