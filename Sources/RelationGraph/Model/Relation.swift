/// A directed, typed relation between two parties, with the evidence behind it.
///
/// Parallel relations between the same pair are normal: North Korea may both
/// supply and send troops to Russia, and the same kind may be stated in two
/// documents.
public struct Relation: Hashable, Sendable, Codable {
    /// The acting party: the supplier, the sanctioner, the attacker.
    public var source: PartyID
    /// What the source does to the target.
    public var kind: RelationKind
    /// The party acted upon: the recipient, the sanctioned, the attacked.
    public var target: PartyID
    /// Whether the relation is reported as fact or as a possibility.
    public var modality: Modality
    /// Where the relation is stated; possibly empty for hand-made graphs.
    public var evidence: [Evidence]
    /// The first day the relation holds, when known.
    public var validFrom: CalendarDate?
    /// The last day the relation holds, when known.
    public var validUntil: CalendarDate?
    /// Free-form attributes carried along unchanged (for example the materiel supplied).
    public var attributes: [String: String]

    /// Creates a relation.
    ///
    /// - Complexity: O(1).
    public init(
        source: PartyID, kind: RelationKind, target: PartyID, modality: Modality = .asserted,
        evidence: [Evidence] = [], validFrom: CalendarDate? = nil, validUntil: CalendarDate? = nil,
        attributes: [String: String] = [:]
    ) {
        self.source = source
        self.kind = kind
        self.target = target
        self.modality = modality
        self.evidence = evidence
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.attributes = attributes
    }

    private enum CodingKeys: String, CodingKey {
        case source, kind, target, modality, evidence, validFrom, validUntil, attributes
    }

    /// Decodes a relation; `source`, `kind` and `target` are required, the rest optional.
    ///
    /// - Complexity: O(*n*) in the size of the encoded relation.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        source = try container.decode(PartyID.self, forKey: .source)
        kind = try container.decode(RelationKind.self, forKey: .kind)
        target = try container.decode(PartyID.self, forKey: .target)
        if let text = try container.decodeIfPresent(String.self, forKey: .modality) {
            guard let value = Modality(rawValue: text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .modality, in: container,
                    debugDescription: "unknown modality \"\(text)\"; expected asserted or hedged")
            }
            modality = value
        } else {
            modality = .asserted
        }
        evidence = try container.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
        validFrom = try container.decodeIfPresent(CalendarDate.self, forKey: .validFrom)
        validUntil = try container.decodeIfPresent(CalendarDate.self, forKey: .validUntil)
        attributes = try container.decodeIfPresent([String: String].self, forKey: .attributes) ?? [:]
    }

    /// Encodes the relation, leaving out empty optional fields.
    ///
    /// - Complexity: O(*n*) in the size of the relation.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source, forKey: .source)
        try container.encode(kind, forKey: .kind)
        try container.encode(target, forKey: .target)
        try container.encode(modality, forKey: .modality)
        if !evidence.isEmpty { try container.encode(evidence, forKey: .evidence) }
        try container.encodeIfPresent(validFrom, forKey: .validFrom)
        try container.encodeIfPresent(validUntil, forKey: .validUntil)
        if !attributes.isEmpty { try container.encode(attributes, forKey: .attributes) }
    }
}
