extension Graph {
    /// The dense node index of a party: its position in ``parties``.
    ///
    /// Renderers and other tools that keep per-party arrays use it to avoid
    /// hashing IDs in their loops.
    ///
    /// - Complexity: O(1) expected.
    public func index(of id: PartyID) -> Int? { nodeIndex(of: id) }

    /// The node indexes of a relation's source and target.
    ///
    /// - Precondition: `relation` is in `0..<relationCount`.
    /// - Complexity: O(1).
    public func endpoints(ofRelation relation: Int) -> (source: Int, target: Int) {
        (Int(storage.edgeSource[relation]), Int(storage.edgeTarget[relation]))
    }

    /// A relation's kind, without materialising the relation.
    ///
    /// - Precondition: `relation` is in `0..<relationCount`.
    /// - Complexity: O(1).
    public func kind(ofRelation relation: Int) -> RelationKind {
        storage.kinds[storage.kindNumber(ofEdge: relation)]
    }

    /// The position of a relation's kind in ``kinds``, for per-kind arrays.
    ///
    /// - Precondition: `relation` is in `0..<relationCount`.
    /// - Complexity: O(1).
    public func kindNumber(ofRelation relation: Int) -> Int {
        storage.kindNumber(ofEdge: relation)
    }

    /// Whether a relation is hedged, without materialising the relation.
    ///
    /// - Precondition: `relation` is in `0..<relationCount`.
    /// - Complexity: O(1).
    public func isHedged(relation: Int) -> Bool {
        storage.isHedged(edge: relation)
    }
}

extension Graph {
    /// Whether any relation carries evidence, dates or attributes; when none
    /// does, tools that process every relation can skip asking for them.
    ///
    /// - Complexity: O(1).
    public var hasRelationDetails: Bool { !storage.details.isEmpty }

    /// A relation's evidence, without materialising the rest of it; empty for
    /// relations without details, at no cost.
    ///
    /// - Precondition: `relation` is in `0..<relationCount`.
    /// - Complexity: O(1).
    public func evidence(ofRelation relation: Int) -> [Evidence] {
        let detail = storage.detailIndex(ofEdge: relation)
        return detail < 0 ? [] : storage.details[detail].evidence
    }
}

/// The relations as columns of dense indexes, for tools that process every
/// relation and want plain arrays in their loops.
public struct RelationColumns: Sendable {
    /// The node index of each relation's source.
    public let sources: [Int32]
    /// The node index of each relation's target.
    public let targets: [Int32]
    /// Each relation's kind number and modality, packed as the storage keeps them.
    @usableFromInline let tags: [UInt16]

    @usableFromInline
    init(sources: [Int32], targets: [Int32], tags: [UInt16]) {
        self.sources = sources
        self.targets = targets
        self.tags = tags
    }

    /// The position of a relation's kind in ``Graph/kinds``.
    ///
    /// - Complexity: O(1).
    @inlinable
    public func kindNumber(of relation: Int) -> Int { Int(tags[relation] >> 1) }

    /// Whether a relation is hedged.
    ///
    /// - Complexity: O(1).
    @inlinable
    public func isHedged(_ relation: Int) -> Bool { tags[relation] & 1 != 0 }
}

extension Graph {
    /// The relations as columns (shared with the graph, not copied).
    ///
    /// - Complexity: O(1).
    public var relationColumns: RelationColumns {
        RelationColumns(sources: storage.edgeSource, targets: storage.edgeTarget, tags: storage.edgeTag)
    }

    /// The most relation kinds a graph can hold: kind numbers are stored in
    /// 15 bits beside the modality, which keeps a relation within 32 bytes.
    /// The importers report a file with more as a ``FormatError``.
    public static let maximumKindCount = 1 << 15
}
