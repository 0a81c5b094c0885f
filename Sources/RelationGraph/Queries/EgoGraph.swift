extension Graph {
    /// The neighbourhood of `party`: every party within `radius` relations of
    /// it, and the relations among them that the filter allows.
    ///
    /// Distance is counted along relations the filter allows, in the given
    /// direction (both ways by default). Radius 0 gives the party alone.
    ///
    /// - Throws: ``QueryError/unknownParty(_:)`` when the party is not in the graph.
    /// - Complexity: O(*V* + *E*) time and space (breadth-first search, then
    ///   the induced subgraph).
    public func egoGraph(
        of party: PartyID, radius: Int, direction: EdgeDirection = .both, filter: RelationFilter = .all
    ) throws(QueryError) -> Graph {
        let center = try requireNode(party)
        let mask = EdgeMask(filter, storage: storage)
        let adjacency = storage.adjacency
        var keep = [Bool](repeating: false, count: partyCount)
        keep[center] = true
        var level = [center]
        var distance = 0
        while !level.isEmpty && distance < radius {
            var nextLevel: [Int] = []
            for node in level {
                if direction != .incoming {
                    for edge in adjacency.outgoing(node) where mask.allows(Int(edge)) {
                        let other = Int(storage.edgeTarget[Int(edge)])
                        if !keep[other] { keep[other] = true; nextLevel.append(other) }
                    }
                }
                if direction != .outgoing {
                    for edge in adjacency.incoming(node) where mask.allows(Int(edge)) {
                        let other = Int(storage.edgeSource[Int(edge)])
                        if !keep[other] { keep[other] = true; nextLevel.append(other) }
                    }
                }
            }
            level = nextLevel
            distance += 1
        }
        return induced(keeping: keep, mask: mask)
    }
}
