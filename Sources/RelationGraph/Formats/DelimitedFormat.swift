/// The flat relation-per-line formats: `source, kind, target[, modality]`.
public enum DelimitedFormat: String, Sendable, Hashable, CaseIterable {
    /// Tab-separated values, no quoting.
    case tsv
    /// Comma-separated values with RFC 4180 quoting.
    case csv

    var separator: UInt8 { self == .tsv ? UInt8(ascii: "\t") : UInt8(ascii: ",") }
}

extension Graph {
    /// Reads relations from TSV or CSV, skipping bad rows instead of stopping
    /// at the first: the graph of every good row, and one error per bad row
    /// in file order.
    ///
    /// An unterminated quote in CSV still ends the read, since the rest of the
    /// file cannot be split into rows.
    ///
    /// - Complexity: O(*n*) in the size of the input.
    public static func lenient(
        delimited bytes: [UInt8], format: DelimitedFormat, file: String? = nil
    ) -> (graph: Graph, skipped: [FormatError]) {
        var graph = Graph()
        var skipped: [FormatError] = []
        var reader = DelimitedReader(bytes: bytes, format: format, file: file)
        var checkedHeader = false
        while true {
            let record: DelimitedReader.Record?
            do {
                record = try reader.nextRecord()
            } catch {
                skipped.append(error)
                break
            }
            guard let record else { break }
            if record.fields.count == 1 && record.fields[0].bytes.allSatisfy(Self.isBlank) { continue }
            if !checkedHeader {
                checkedHeader = true
                if Self.isHeader(record) { continue }
            }
            do {
                try graph.addRecord(record, reader: reader)
            } catch {
                skipped.append(error)
            }
        }
        return (graph, skipped)
    }

    /// Reads relations from TSV or CSV: one `source, kind, target[, modality]`
    /// per line.
    ///
    /// A header line (`source, kind, target[, modality]`, `type` accepted for
    /// `kind`) is skipped, as are blank lines, a UTF-8 byte-order mark and the
    /// `\r` of CRLF line ends. CSV fields may be quoted, with `""` for a quote
    /// and line breaks inside quotes. The modality defaults to asserted.
    /// Parties are created from the IDs, with the ID as name.
    ///
    /// - Parameters:
    ///   - bytes: The file's bytes.
    ///   - format: TSV or CSV.
    ///   - file: The file name to put in errors.
    /// - Throws: ``FormatError`` with the line and byte column of the first bad
    ///   field: a wrong number of fields, an empty field, an unknown modality,
    ///   invalid UTF-8 or an unterminated quote.
    /// - Complexity: O(*n*) in the size of the input, one pass over its bytes
    ///   (TSV through a specialised byte-level loader).
    public init(delimited bytes: [UInt8], format: DelimitedFormat, file: String? = nil) throws(FormatError) {
        self.init()
        if format == .tsv {
            var graph = Graph()
            try bytes.withUnsafeBufferPointer { (buffer) throws(FormatError) in
                try TSVLoader(file: file).load(buffer, into: &graph)
            }
            // Built now, so that the first query does not pay for it.
            _ = graph.storage.adjacency
            self = graph
            return
        }
        reserveCapacity(relations: bytes.count / 24)
        var reader = DelimitedReader(bytes: bytes, format: format, file: file)
        var checkedHeader = false
        while let record = try reader.nextRecord() {
            if record.fields.count == 1 && record.fields[0].bytes.allSatisfy(Self.isBlank) { continue }
            if !checkedHeader {
                checkedHeader = true
                if Self.isHeader(record) { continue }
            }
            try addRecord(record, reader: reader)
        }
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    private static func isHeader(_ record: DelimitedReader.Record) -> Bool {
        let names = record.fields.map { String(decoding: $0.bytes, as: UTF8.self).lowercased() }
        guard names.count == 3 || names.count == 4 else { return false }
        return names[0] == "source" && (names[1] == "kind" || names[1] == "type") && names[2] == "target"
            && (names.count == 3 || names[3] == "modality")
    }

    private mutating func addRecord(_ record: DelimitedReader.Record, reader: DelimitedReader) throws(FormatError) {
        let fields = record.fields
        guard fields.count == 3 || fields.count == 4 else {
            let column = fields.count > 4 ? fields[4].column : record.endColumn
            throw reader.error(
                line: record.line, column: column,
                "expected 3 or 4 fields (source, kind, target[, modality]), found \(fields.count)")
        }
        let names = ["source", "kind", "target"]
        var text: [String] = []
        for (position, field) in fields.enumerated() {
            guard let value = String(validating: field.bytes, as: UTF8.self) else {
                throw reader.error(line: field.line, column: field.column, "invalid UTF-8")
            }
            if position < 3 && value.isEmpty {
                throw reader.error(line: field.line, column: field.column, "empty \(names[position])")
            }
            text.append(value)
        }
        var hedged = false
        if fields.count == 4 {
            switch text[3] {
            case "asserted", "": hedged = false
            case "hedged": hedged = true
            default:
                throw reader.error(
                    line: fields[3].line, column: fields[3].column,
                    "unknown modality \"\(text[3])\"; expected asserted or hedged")
            }
        }
        guard canHold(kind: RelationKind(text[1])) else {
            throw reader.error(line: fields[1].line, column: fields[1].column, "more than \(Graph.maximumKindCount) relation kinds")
        }
        appendEdge(
            source: node(for: PartyID(text[0])), kind: kindNumber(for: RelationKind(text[1])),
            target: node(for: PartyID(text[2])), hedged: hedged, detail: nil)
    }

    /// Writes the relations as TSV or CSV with a header line, one relation per
    /// line, in insertion order. Evidence and party names are not part of
    /// these formats; use JSON to keep them.
    ///
    /// - Throws: ``FormatError`` when a TSV field would contain a tab or a
    ///   line break, which TSV cannot represent.
    /// - Complexity: O(*E*) plus the length of the IDs.
    public func writeDelimited(format: DelimitedFormat, to output: inout some TextOutputStream) throws(FormatError) {
        output.write("source\(format == .tsv ? "\t" : ",")kind\(format == .tsv ? "\t" : ",")target")
        output.write(format == .tsv ? "\tmodality\n" : ",modality\n")
        let storage = storage
        let separator = format == .tsv ? "\t" : ","
        for edge in 0..<relationCount {
            let fields = [
                storage.parties[Int(storage.edgeSource[edge])].id.rawValue,
                storage.kinds[storage.kindNumber(ofEdge: edge)].rawValue,
                storage.parties[Int(storage.edgeTarget[edge])].id.rawValue,
                storage.isHedged(edge: edge) ? "hedged" : "asserted",
            ]
            var line = ""
            for (position, field) in fields.enumerated() {
                if position > 0 { line += separator }
                line += try Self.delimitedField(field, format: format, relation: edge)
            }
            line += "\n"
            output.write(line)
        }
    }

    private static func delimitedField(_ field: String, format: DelimitedFormat, relation: Int) throws(FormatError) -> String {
        let special = field.utf8.contains { $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        switch format {
        case .tsv:
            if special {
                throw FormatError(message: "relation \(relation): \"\(field)\" holds a tab or line break, which TSV cannot carry; use CSV or JSON")
            }
            return field
        case .csv:
            let needsQuotes = special || field.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") }
                || field.unicodeScalars.first?.properties.isWhitespace == true
                || field.unicodeScalars.last?.properties.isWhitespace == true
            return needsQuotes ? "\"" + doubledQuotes(field) + "\"" : field
        }
    }
}

/// Every `"` doubled, scalar by scalar: a quote followed by a combining mark
/// is one `Character` in Swift, which `replacingOccurrences` would miss.
func doubledQuotes(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
        result.append(scalar)
        if scalar == "\"" { result.append(scalar) }
    }
    return String(result)
}

/// A single-pass reader of TSV or CSV records over UTF-8 bytes that keeps
/// track of lines and byte columns for error messages.
struct DelimitedReader {
    struct Field {
        var bytes: [UInt8]
        var line: Int
        var column: Int
    }

    struct Record {
        var fields: [Field]
        var line: Int
        var endColumn: Int
    }

    private let bytes: [UInt8]
    private let format: DelimitedFormat
    private let file: String?
    private var position: Int
    private var line = 1
    private var lineStart: Int

    init(bytes: [UInt8], format: DelimitedFormat, file: String?) {
        self.bytes = bytes
        self.format = format
        self.file = file
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        position = bytes.starts(with: bom) ? 3 : 0
        lineStart = 0
    }

    func error(line: Int, column: Int, _ message: String) -> FormatError {
        FormatError(file: file, line: line, column: column, message: message)
    }

    /// The next record, or `nil` at the end of the input.
    mutating func nextRecord() throws(FormatError) -> Record? {
        guard position < bytes.count else { return nil }
        let separator = format.separator
        let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r"), quote = UInt8(ascii: "\"")
        let recordLine = line
        var fields: [Field] = []
        var field: [UInt8] = []
        var fieldLine = line
        var fieldColumn = position - lineStart + 1
        var quoted = false
        var quoteOpen = (line: 0, column: 0)
        while position < bytes.count {
            let byte = bytes[position]
            if quoted {
                position += 1
                if byte == quote {
                    if position < bytes.count && bytes[position] == quote {
                        field.append(quote)
                        position += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if byte == newline {
                        line += 1
                        lineStart = position
                    }
                    field.append(byte)
                }
                continue
            }
            if byte == newline {
                position += 1
                let endColumn = position - lineStart
                if field.last == carriageReturn { field.removeLast() }
                fields.append(Field(bytes: field, line: fieldLine, column: fieldColumn))
                line += 1
                lineStart = position
                return Record(fields: fields, line: recordLine, endColumn: endColumn)
            }
            if byte == separator {
                fields.append(Field(bytes: field, line: fieldLine, column: fieldColumn))
                field.removeAll(keepingCapacity: true)
                position += 1
                fieldLine = line
                fieldColumn = position - lineStart + 1
                continue
            }
            if format == .csv && byte == quote && field.isEmpty {
                quoted = true
                quoteOpen = (line, position - lineStart + 1)
                position += 1
                continue
            }
            field.append(byte)
            position += 1
        }
        if quoted {
            throw error(line: quoteOpen.line, column: quoteOpen.column, "unterminated quoted field")
        }
        if field.last == carriageReturn { field.removeLast() }
        fields.append(Field(bytes: field, line: fieldLine, column: fieldColumn))
        return Record(fields: fields, line: recordLine, endColumn: position - lineStart + 1)
    }
}
