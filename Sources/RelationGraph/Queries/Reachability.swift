extension Graph {
    /// Every party reachable from `party` along relations the filter allows,
    /// in breadth-first order (the party itself excluded).
    ///
    /// - Parameters:
    ///   - party: Where to start.
    ///   - direction: Follow relations forwards (``EdgeDirection/outgoing``),
    ///     backwards, or both ways.
    ///   - filter: The relations to follow.
    /// - Throws: ``QueryError/unknownParty(_:)`` when the party is not in the graph.
    /// - Complexity: O(*V* + *E*) time, O(*V*) space (breadth-first search over
    ///   the CSR adjacency with a visited array).
    public func reachable(
        from party: PartyID, direction: EdgeDirection = .outgoing, filter: RelationFilter = .all
    ) throws(QueryError) -> [PartyID] {
        let start = try requireNode(party)
        let mask = EdgeMask(filter, storage: storage)
        let adjacency = storage.adjacency
        let edgeSource = storage.edgeSource, edgeTarget = storage.edgeTarget
        let checksMask = filter != .all
        var visited = [Bool](repeating: false, count: partyCount)
        visited[start] = true
        var queue = [start]
        queue.reserveCapacity(partyCount)
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            if direction != .incoming {
                for edge in adjacency.outgoing(node) where !checksMask || mask.allows(Int(edge)) {
                    let next = Int(edgeTarget[Int(edge)])
                    if !visited[next] {
                        visited[next] = true
                        queue.append(next)
                    }
                }
            }
            if direction != .outgoing {
                for edge in adjacency.incoming(node) where !checksMask || mask.allows(Int(edge)) {
                    let next = Int(edgeSource[Int(edge)])
                    if !visited[next] {
                        visited[next] = true
                        queue.append(next)
                    }
                }
            }
        }
        return queue.dropFirst().map { storage.parties[$0].id }
    }
}
