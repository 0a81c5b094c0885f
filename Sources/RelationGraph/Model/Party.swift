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
    public var id: PartyID
    /// The name shown to people.
    public var name: String
    /// What sort of actor this is.
    public var kind: PartyKind
    /// Other names the party goes by: capitals, leaders, demonyms, short forms.
    ///
    /// Lookups by name accept any of them, ignoring case and diacritics.
    public var aliases: [String]

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
        self.name = name ?? id.rawValue
        self.kind = kind
        self.aliases = aliases
    }

    private enum CodingKeys: String, CodingKey { case id, name, kind, aliases }

    /// Decodes a party; only `id` is required.
    ///
    /// - Complexity: O(*n*) in the size of the encoded party.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(PartyID.self, forKey: .id)
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? id.rawValue
        kind = try container.decodeIfPresent(PartyKind.self, forKey: .kind) ?? .other
        aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
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
