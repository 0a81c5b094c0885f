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
        let outOffsets = adjacency.outOffsets, outNeighbors = adjacency.outNeighbors, outEdges = adjacency.outEdges
        let inOffsets = adjacency.inOffsets, inNeighbors = adjacency.inNeighbors, inEdges = adjacency.inEdges
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
                for slot in Int(outOffsets[node])..<Int(outOffsets[node + 1]) {
                    let next = Int(outNeighbors[slot])
                    if !visited[next] && (!checksMask || mask.allows(Int(outEdges[slot]))) {
                        visited[next] = true
                        queue.append(next)
                    }
                }
            }
            if direction != .outgoing {
                for slot in Int(inOffsets[node])..<Int(inOffsets[node + 1]) {
                    let next = Int(inNeighbors[slot])
                    if !visited[next] && (!checksMask || mask.allows(Int(inEdges[slot]))) {
                        visited[next] = true
                        queue.append(next)
                    }
                }
            }
        }
        return queue.dropFirst().map { storage.parties[$0].id }
    }
}
