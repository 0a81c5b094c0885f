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
        storage.kinds[Int(storage.edgeKind[relation])]
    }

    /// The position of a relation's kind in ``kinds``, for per-kind arrays.
    ///
    /// - Precondition: `relation` is in `0..<relationCount`.
    /// - Complexity: O(1).
    public func kindNumber(ofRelation relation: Int) -> Int {
        Int(storage.edgeKind[relation])
    }

    /// Whether a relation is hedged, without materialising the relation.
    ///
    /// - Precondition: `relation` is in `0..<relationCount`.
    /// - Complexity: O(1).
    public func isHedged(relation: Int) -> Bool {
        storage.edgeHedged[relation]
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
        let detail = Int(storage.edgeDetail[relation])
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
    /// The position of each relation's kind in ``Graph/kinds``.
    public let kinds: [Int32]
    /// Whether each relation is hedged.
    public let hedged: [Bool]
}

extension Graph {
    /// The relations as columns (shared with the graph, not copied).
    ///
    /// - Complexity: O(1).
    public var relationColumns: RelationColumns {
        RelationColumns(sources: storage.edgeSource, targets: storage.edgeTarget, kinds: storage.edgeKind, hedged: storage.edgeHedged)
    }
}
