/// All simple directed paths between two parties, produced lazily.
///
/// An iterative depth-first search with an explicit stack of edge cursors
/// (the path enumeration of Read and Tarjan, "Bounds on backtrack algorithms
/// for listing cycles, paths, and spanning trees", *Networks* 5, 1975, bounded
/// by a maximum length). No party repeats on a path; parallel relations give
/// distinct paths. Paths come in depth-first order of insertion, so the
/// sequence is deterministic; take a prefix to cap the number of results.
///
/// - Complexity: Memory is O(*V* + *L*) for a maximum length *L*, however many
///   paths there are. Producing the next path costs O(*b*^*L*) time in the
///   worst case for branching factor *b*, as the number of paths itself can be.
public struct SimplePaths: Sequence, Sendable {
    let graph: Graph
    let source: Int
    let target: Int
    let maxLength: Int
    let mask: EdgeMask

    /// Iterates over the paths.
    ///
    /// - Complexity: O(*V*) to set up.
    public func makeIterator() -> Iterator {
        Iterator(paths: self)
    }

    /// Produces the paths one at a time.
    public struct Iterator: IteratorProtocol {
        private let paths: SimplePaths
        private let adjacency: Adjacency
        private var onPath: [Bool]
        /// The edges of the current path, parallel to `cursors` past the first entry.
        private var pathEdges: [Int] = []
        /// For each node on the path, the next position to try in its out-edge list.
        private var cursors: [Int]
        private var nodes: [Int]
        private var finished = false

        init(paths: SimplePaths) {
            self.paths = paths
            adjacency = paths.graph.storage.adjacency
            onPath = [Bool](repeating: false, count: paths.graph.partyCount)
            onPath[paths.source] = true
            nodes = [paths.source]
            cursors = [Int(adjacency.outOffsets[paths.source])]
        }

        /// The next path, or `nil` when all have been produced.
        ///
        /// - Complexity: See ``SimplePaths``.
        public mutating func next() -> Path? {
            guard !finished, paths.maxLength >= 1, paths.source != paths.target else { return nil }
            let edgeTarget = paths.graph.storage.edgeTarget
            while let node = nodes.last {
                let end = Int(adjacency.outOffsets[node + 1])
                let cursor = cursors[cursors.count - 1]
                if cursor == end || pathEdges.count == paths.maxLength {
                    onPath[node] = false
                    nodes.removeLast()
                    cursors.removeLast()
                    if !pathEdges.isEmpty { pathEdges.removeLast() }
                    continue
                }
                cursors[cursors.count - 1] = cursor + 1
                let edge = Int(adjacency.outEdges[cursor])
                guard paths.mask.allows(edge) else { continue }
                let neighbour = Int(edgeTarget[edge])
                if neighbour == paths.target {
                    return paths.graph.path(start: paths.source, edges: pathEdges + [edge], mask: paths.mask)
                }
                if onPath[neighbour] { continue }
                onPath[neighbour] = true
                nodes.append(neighbour)
                cursors.append(Int(adjacency.outOffsets[neighbour]))
                pathEdges.append(edge)
            }
            finished = true
            return nil
        }
    }
}

extension Graph {
    /// All simple directed paths from `start` to `goal` of at most `maxLength`
    /// relations, following only relations the filter allows.
    ///
    /// The sequence is lazy: `paths.prefix(100)` stops after a hundred paths.
    /// A path from a party to itself is not produced (a simple path has no
    /// repeated party).
    ///
    /// - Throws: ``QueryError/unknownParty(_:)`` when either party is not in the graph.
    /// - Complexity: O(*V* + *L*) memory; see ``SimplePaths`` for time.
    public func simplePaths(
        from start: PartyID, to goal: PartyID, maxLength: Int, filter: RelationFilter = .all
    ) throws(QueryError) -> SimplePaths {
        let source = try requireNode(start)
        let target = try requireNode(goal)
        return SimplePaths(
            graph: self, source: source, target: target, maxLength: max(0, maxLength),
            mask: EdgeMask(filter, storage: storage))
    }
}
