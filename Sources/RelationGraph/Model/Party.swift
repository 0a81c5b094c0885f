/// What sort of actor a party is.
public enum PartyKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// A sovereign state, identified by its ISO 3166-1 alpha-3 code.
    case state
    /// A bloc or international organisation (UN, EU, NATO, G7, the West).
    case organization
    /// A named non-state armed group.
    case armedGroup
    /// Anything else, and parties whose kind the source did not say.
    case other
}

/// An actor that relations connect: a state, a bloc, an organisation or an armed group.
public struct Party: Hashable, Sendable, Codable, Identifiable {
    /// The party's stable identifier.
    public var id: PartyID {
        didSet {
            // The name stays what it was, also when it was the old identifier's text.
            if extras?.name == nil && oldValue != id { extras = Extras(name: oldValue.rawValue, aliases: aliases) }
        }
    }
    /// What sort of actor this is.
    public var kind: PartyKind
    /// A display name that differs from the ID, and aliases: most parties of
    /// a large graph have neither, and then a party is 32 bytes, not 48.
    private var extras: Extras?

    private final class Extras: Sendable {
        let name: String?
        let aliases: [String]

        init(name: String?, aliases: [String]) {
            self.name = name
            self.aliases = aliases
        }
    }

    /// The name shown to people.
    public var name: String {
        get { extras?.name ?? id.rawValue }
        set { setExtras(name: newValue, aliases: aliases) }
    }

    /// Other names the party goes by: capitals, leaders, demonyms, short forms.
    ///
    /// Lookups by name accept any of them, ignoring case and diacritics.
    public var aliases: [String] {
        get { extras?.aliases ?? [] }
        set { setExtras(name: name, aliases: newValue) }
    }

    private mutating func setExtras(name: String, aliases: [String]) {
        let distinctName = name == id.rawValue ? nil : name
        extras = distinctName == nil && aliases.isEmpty ? nil : Extras(name: distinctName, aliases: aliases)
    }

    /// Heap bytes beyond the party's 32 inline ones: the extras box and any
    /// strings too long to be stored inline (more than 15 UTF-8 bytes).
    var heapBytes: Int {
        let heap = String.heapBytes(of:)
        var total = heap(id.rawValue)
        if let extras {
            total += 48 + (extras.name.map(heap) ?? 0)
            if !extras.aliases.isEmpty {
                total += 32 + extras.aliases.count * MemoryLayout<String>.stride + extras.aliases.reduce(0) { $0 + heap($1) }
            }
        }
        return total
    }

    /// Creates a party.
    ///
    /// - Parameters:
    ///   - id: The stable identifier.
    ///   - name: The display name; defaults to the identifier's text.
    ///   - kind: What sort of actor this is.
    ///   - aliases: Other names the party goes by.
    /// - Complexity: O(1).
    public init(id: PartyID, name: String? = nil, kind: PartyKind = .other, aliases: [String] = []) {
        self.id = id
        self.kind = kind
        setExtras(name: name ?? id.rawValue, aliases: aliases)
    }

    /// Whether two parties have the same ID, name, kind and aliases.
    ///
    /// - Complexity: O(*n*) in the length of the names.
    public static func == (lhs: Party, rhs: Party) -> Bool {
        lhs.id == rhs.id && lhs.kind == rhs.kind && lhs.name == rhs.name && lhs.aliases == rhs.aliases
    }

    /// Hashes the ID, name, kind and aliases.
    ///
    /// - Complexity: O(*n*) in the length of the names.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(kind)
        hasher.combine(name)
        hasher.combine(aliases)
    }

    private enum CodingKeys: String, CodingKey { case id, name, kind, aliases }

    /// Decodes a party; only `id` is required.
    ///
    /// - Complexity: O(*n*) in the size of the encoded party.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(PartyID.self, forKey: .id)
        self.init(
            id: id, name: try container.decodeIfPresent(String.self, forKey: .name),
            kind: try container.decodeIfPresent(PartyKind.self, forKey: .kind) ?? .other,
            aliases: try container.decodeIfPresent([String].self, forKey: .aliases) ?? [])
    }

    /// Encodes the party, leaving out empty alias lists.
    ///
    /// - Complexity: O(*n*) in the size of the party.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(kind, forKey: .kind)
        if !aliases.isEmpty { try container.encode(aliases, forKey: .aliases) }
    }
}
