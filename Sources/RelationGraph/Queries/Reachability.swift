extension Graph {
    /// Every party reachable from `party` along relations the filter allows,
    /// nearest first: level by level, and within a level in the order the
    /// parties were added to the graph (the party itself excluded).
    ///
    /// The search is direction-optimizing breadth-first search (Beamer,
    /// Asanović and Patterson, "Direction-Optimizing Breadth-First Search",
    /// SC 2012): a level is expanded top-down from the frontier while the
    /// frontier is small, and bottom-up — every party not yet reached looks
    /// for a parent in the frontier, reading the adjacency in address order —
    /// once the frontier's edges outnumber a fourteenth of those not yet
    /// explored, which on graphs with hubs saves most of the random reads.
    ///
    /// - Parameters:
    ///   - party: Where to start.
    ///   - direction: Follow relations forwards (``EdgeDirection/outgoing``),
    ///     backwards, or both ways.
    ///   - filter: The relations to follow.
    /// - Throws: ``QueryError/unknownParty(_:)`` when the party is not in the graph.
    /// - Complexity: O(*V* + *E*) time per level expanded bottom-up; the levels
    ///   expanded top-down cost O(*V* + *E*) in total, plus, to put a level of
    ///   *k* parties in order, O(min(*k* log *k*, *k* + *V*/64)); O(*V*) space.
    public func reachable(
        from party: PartyID, direction: EdgeDirection = .outgoing, filter: RelationFilter = .all
    ) throws(QueryError) -> [PartyID] {
        let start = try requireNode(party)
        let search = LevelSearch(graph: self, direction: direction, filter: filter)
        let reached = search.run(from: start)
        let parties = storage.parties
        return reached.map { parties[Int($0)].id }
    }
}

/// The state of one direction-optimizing breadth-first search.
private struct LevelSearch {
    /// One compressed row set: neighbours and edge ids by node.
    struct Rows {
        let offsets: [Int32]
        let neighbors: [Int32]
        let edges: [Int32]
        /// For a windowed filter, whether it allows each slot; else the mask decides.
        let allowed: [Bool]?

        @inline(__always)
        func allows(_ slot: Int, _ mask: EdgeMask) -> Bool {
            if let allowed { return allowed[slot] }
            return mask.allows(Int(edges[slot]))
        }
    }

    private let forward: [Rows]
    private let backward: [Rows]
    private let mask: EdgeMask
    private let checksMask: Bool
    private let nodeCount: Int

    init(graph: Graph, direction: EdgeDirection, filter: RelationFilter) {
        let adjacency = graph.storage.adjacency
        mask = EdgeMask(filter, storage: graph.storage)
        let out = Rows(
            offsets: adjacency.outOffsets, neighbors: adjacency.outNeighbors, edges: adjacency.outEdges,
            allowed: mask.window?.allowed.outSlots)
        let into = Rows(
            offsets: adjacency.inOffsets, neighbors: adjacency.inNeighbors, edges: adjacency.inEdges,
            allowed: mask.window?.allowed.inSlots)
        switch direction {
        case .outgoing: (forward, backward) = ([out], [into])
        case .incoming: (forward, backward) = ([into], [out])
        case .both: (forward, backward) = ([out, into], [into, out])
        }
        checksMask = filter != .all
        nodeCount = graph.partyCount
    }

    /// The nodes reached from `start`, level by level, each level in node order.
    ///
    /// Visited and frontier sets are bitmaps: for 10⁵ parties they take 12 KB
    /// each and stay in the first-level cache, where the random probes of
    /// both step kinds land.
    func run(from start: Int) -> [Int32] {
        var visited = Bitmap(count: nodeCount)
        var inFrontier = Bitmap(count: nodeCount)
        var inLevel = Bitmap(count: nodeCount)
        visited.insert(start)
        var reached: [Int32] = []
        var frontier: [Int32] = [Int32(start)]
        // The row sets are taken out of their array once, not once per party.
        let first = forward[0], second = forward.count > 1 ? forward[1] : nil
        func degree(_ node: Int) -> Int {
            Int(first.offsets[node + 1] - first.offsets[node]) + (second.map { Int($0.offsets[node + 1] - $0.offsets[node]) } ?? 0)
        }
        var unexploredEdges = forward.reduce(0) { $0 + $1.neighbors.count } - degree(start)
        var bottomUp = false
        while !frontier.isEmpty {
            let frontierEdges = frontier.reduce(0) { $0 + degree(Int($1)) }
            // Beamer's switching rule with his constants α = 14 and β = 24.
            if !bottomUp && frontierEdges > unexploredEdges / 14 {
                bottomUp = true
            } else if bottomUp && frontier.count < nodeCount / 24 {
                bottomUp = false
            }
            var next: [Int32] = []
            if bottomUp {
                for node in frontier { inFrontier.insert(Int(node)) }
                let back = backward[0], backSecond = backward.count > 1 ? backward[1] : nil
                for node in 0..<nodeCount where !visited.contains(node) {
                    if hasParent(node, rows: back, in: inFrontier) || backSecond.map({ hasParent(node, rows: $0, in: inFrontier) }) == true {
                        next.append(Int32(node))
                    }
                }
                for node in frontier { inFrontier.remove(Int(node)) }
                for node in next { visited.insert(Int(node)) }
            } else {
                for rows in forward {
                    for node in frontier {
                        for slot in Int(rows.offsets[Int(node)])..<Int(rows.offsets[Int(node) + 1]) {
                            let neighbor = Int(rows.neighbors[slot])
                            if !visited.contains(neighbor) && (!checksMask || rows.allows(slot, mask)) {
                                visited.insert(neighbor)
                                next.append(Int32(neighbor))
                            }
                        }
                    }
                }
                Self.putInOrder(&next, using: &inLevel)
            }
            for node in next { unexploredEdges -= degree(Int(node)) }
            reached += next
            frontier = next
        }
        return reached
    }

    /// Sorts a level of *k* nodes spanning *w* node numbers the cheaper way:
    /// by comparison, O(*k* log *k*), or through the bitmap, O(*k* + *w*/64).
    /// The bitmap won on a wide level of the benchmark graph, where sorting
    /// took most of the level's time; sorting wins on deep, narrow graphs
    /// (a chain has a million levels of one node).
    private static func putInOrder(_ level: inout [Int32], using bitmap: inout Bitmap) {
        guard let first = level.first else { return }
        var low = first, high = first
        for node in level {
            low = min(low, node)
            high = max(high, node)
        }
        let wordSpan = Int(high >> 6) - Int(low >> 6) + 1
        let comparisons = level.count * (Int.bitWidth - level.count.leadingZeroBitCount)
        guard wordSpan < comparisons else {
            level.sort()
            return
        }
        for node in level { bitmap.insert(Int(node)) }
        level.removeAll(keepingCapacity: true)
        bitmap.removeAll(words: Int(low >> 6)...Int(high >> 6), appendingTo: &level)
    }

    /// Whether an allowed relation in `rows` joins `node` to a frontier node.
    @inline(__always)
    private func hasParent(_ node: Int, rows: Rows, in inFrontier: Bitmap) -> Bool {
        for slot in Int(rows.offsets[node])..<Int(rows.offsets[node + 1])
        where inFrontier.contains(Int(rows.neighbors[slot])) && (!checksMask || rows.allows(slot, mask)) {
            return true
        }
        return false
    }
}

/// A set of node indexes as one bit each.
private struct Bitmap {
    private var words: [UInt64]

    init(count: Int) {
        words = [UInt64](repeating: 0, count: (count + 63) / 64)
    }

    @inline(__always)
    func contains(_ index: Int) -> Bool {
        words[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    @inline(__always)
    mutating func insert(_ index: Int) {
        words[index >> 6] |= 1 << UInt64(index & 63)
    }

    @inline(__always)
    mutating func remove(_ index: Int) {
        words[index >> 6] &= ~(1 << UInt64(index & 63))
    }

    /// Appends the members in increasing order and empties the set, which
    /// must have none outside the given words.
    mutating func removeAll(words range: ClosedRange<Int>, appendingTo members: inout [Int32]) {
        for index in range where words[index] != 0 {
            var word = words[index]
            while word != 0 {
                members.append(Int32(truncatingIfNeeded: index << 6 | word.trailingZeroBitCount))
                word &= word &- 1
            }
            words[index] = 0
        }
    }
}
