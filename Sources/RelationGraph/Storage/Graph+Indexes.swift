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

    /// Whether a relation is hedged, without materialising the relation.
    ///
    /// - Precondition: `relation` is in `0..<relationCount`.
    /// - Complexity: O(1).
    public func isHedged(relation: Int) -> Bool {
        storage.edgeHedged[relation]
    }
}

extension Graph {
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
