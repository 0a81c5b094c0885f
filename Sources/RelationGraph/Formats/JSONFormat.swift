import Foundation

/// The native file layout: `{"parties": [...], "relations": [...]}`.
struct GraphDocument: Codable {
    var parties: [Party]
    var relations: [Relation]

    init(parties: [Party], relations: [Relation]) {
        self.parties = parties
        self.relations = relations
    }

    private enum CodingKeys: String, CodingKey { case parties, relations }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        parties = try container.decodeIfPresent([Party].self, forKey: .parties) ?? []
        relations = try container.decode([Relation].self, forKey: .relations)
    }
}

extension Graph {
    /// Reads a graph from its native JSON form.
    ///
    /// `parties` is optional; relations may name parties it does not list,
    /// which are then added with their ID as name. A party listed twice is an
    /// error. Reading what ``jsonData()`` wrote gives back an equal graph.
    ///
    /// - Parameters:
    ///   - data: The JSON text.
    ///   - file: The file name to put in errors.
    /// - Throws: ``FormatError`` naming the position (for syntax errors) or the
    ///   JSON path (for errors in content), never a crash.
    /// - Complexity: O(*n*) in the size of the input.
    public init(json data: Data, file: String? = nil) throws(FormatError) {
        let document: GraphDocument
        do {
            document = try JSONDecoder().decode(GraphDocument.self, from: data)
        } catch {
            throw Self.formatError(error, data: data, file: file)
        }
        self.init()
        for (position, party) in document.parties.enumerated() {
            guard !contains(party.id) else {
                throw FormatError(file: file, message: "parties[\(position)]: party \"\(party.id)\" is listed twice")
            }
            addParty(party)
        }
        for (position, relation) in document.relations.enumerated() {
            for end in [relation.source, relation.target] where end.rawValue.isEmpty {
                throw FormatError(file: file, message: "relations[\(position)]: a party ID is empty")
            }
            guard !relation.kind.rawValue.isEmpty else {
                throw FormatError(file: file, message: "relations[\(position)]: the kind is empty")
            }
            guard canHold(kind: relation.kind) else {
                throw FormatError(file: file, message: "relations[\(position)]: more than \(Graph.maximumKindCount) relation kinds")
            }
            add(relation)
        }
    }

    /// The graph in its native JSON form, with keys sorted so that the same
    /// graph always gives the same bytes.
    ///
    /// - Complexity: O(*V* + *E*) plus the size of the evidence.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(GraphDocument(parties: parties, relations: Array(relations)))
    }

    private static func formatError(_ error: any Error, data: Data, file: String?) -> FormatError {
        guard let error = error as? DecodingError else {
            return FormatError(file: file, message: "\(error)")
        }
        func path(_ codingPath: [any CodingKey]) -> String {
            codingPath.reduce(into: "") { text, key in
                if let index = key.intValue {
                    text += "[\(index)]"
                } else {
                    text += (text.isEmpty ? "" : ".") + key.stringValue
                }
            }
        }
        func located(_ codingPath: [any CodingKey], _ message: String) -> FormatError {
            let where_ = path(codingPath)
            return FormatError(file: file, message: where_.isEmpty ? message : "\(where_): \(message)")
        }
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return syntaxError(in: data, file: file)
        case .dataCorrupted(let context):
            return located(context.codingPath, context.debugDescription)
        case .keyNotFound(let key, let context):
            return located(context.codingPath, "missing \"\(key.stringValue)\"")
        case .typeMismatch(let type, let context):
            return located(context.codingPath, "expected \(Self.jsonTypeName(type))")
        case .valueNotFound(let type, let context):
            return located(context.codingPath, "expected \(Self.jsonTypeName(type)), found null")
        @unknown default:
            return FormatError(file: file, message: "\(error)")
        }
    }

    private static func jsonTypeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is [Any].Type: "an array"
        default: "an object"
        }
    }

    /// Locates a JSON syntax error; Foundation reports it as a character offset.
    private static func syntaxError(in data: Data, file: String?) -> FormatError {
        guard !data.isEmpty else { return FormatError(file: file, message: "the file is empty") }
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            if let offset = Self.characterOffset(in: detail) {
                let (line, column) = Self.position(ofByte: offset, in: data)
                return FormatError(file: file, line: line, column: column, message: "invalid JSON: \(detail)")
            }
            return FormatError(file: file, message: "invalid JSON: \(detail)")
        }
        return FormatError(file: file, message: "invalid JSON: expected an object with \"relations\"")
    }

    private static func characterOffset(in detail: String) -> Int? {
        guard let range = detail.range(of: "character ") else { return nil }
        return Int(detail[range.upperBound...].prefix { $0.isNumber })
    }

    /// The 1-based line and byte column of a byte offset.
    static func position(ofByte offset: Int, in data: Data) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for (index, byte) in data.prefix(offset).enumerated() where byte == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }
}
