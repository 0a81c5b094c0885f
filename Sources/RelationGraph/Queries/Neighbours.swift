/// Which way along a relation a query looks.
public enum EdgeDirection: String, Sendable, Hashable, CaseIterable, Codable {
    /// From source to target: whom a party acts on.
    case outgoing
    /// From target to source: who acts on a party.
    case incoming
    /// Both ways.
    case both
}

extension Graph {
    /// The parties directly connected to `party` by relations the filter allows.
    ///
    /// Each neighbour appears once, in order of its first connecting relation:
    /// outgoing relations first, then incoming ones for ``EdgeDirection/both``.
    /// A self-relation makes a party its own neighbour.
    ///
    /// - Throws: ``QueryError/unknownParty(_:)`` when the party is not in the graph.
    /// - Complexity: O(Δ) time and space for the party's degree Δ.
    public func neighbours(
        of party: PartyID, direction: EdgeDirection = .both, filter: RelationFilter = .all
    ) throws(QueryError) -> [PartyID] {
        let node = try requireNode(party)
        let mask = EdgeMask(filter, storage: storage)
        let adjacency = storage.adjacency
        var seen = Set<Int32>()
        var result: [PartyID] = []
        if direction != .incoming {
            for edge in adjacency.outgoing(node) where mask.allows(Int(edge)) {
                let other = storage.edgeTarget[Int(edge)]
                if seen.insert(other).inserted { result.append(storage.parties[Int(other)].id) }
            }
        }
        if direction != .outgoing {
            for edge in adjacency.incoming(node) where mask.allows(Int(edge)) {
                let other = storage.edgeSource[Int(edge)]
                if seen.insert(other).inserted { result.append(storage.parties[Int(other)].id) }
            }
        }
        return result
    }
}
