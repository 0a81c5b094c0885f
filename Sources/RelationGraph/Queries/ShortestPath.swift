/// Finds shortest directed paths by bidirectional breadth-first search,
/// reusing its scratch memory across queries.
///
/// The search grows a forward frontier from the start along outgoing edges
/// and a backward frontier from the goal along incoming edges, always
/// expanding the smaller one by a whole level, and stops at the first level
/// in which the two meet (Pohl, "Bi-directional search", *Machine
/// Intelligence* 6, 1971). Because every level is expanded completely, the
/// first meeting node found closes a path of the fewest relations.
///
/// Visited marks are stamps compared with a per-query counter, so a query
/// costs only what it explores, not O(*V*) to clear arrays; a finder is meant
/// to be created once and used for many queries on one graph.
///
/// Among several shortest paths the result is deterministic: frontiers are
/// expanded in insertion order of nodes and edges. The side to expand is the
/// one whose frontier has fewer edges to scan, which keeps searches through
/// high-degree hubs cheap.
///
/// - Complexity: Each query is O(*V* + *E*) time in the worst case, usually far
///   less; the finder holds O(*V*) scratch memory.
public struct ShortestPathFinder: Sendable {
    private let graph: Graph
    private let mask: EdgeMask
    /// Whether the filter excludes anything; if not, edges are not tested one by one.
    private let filtersEdges: Bool
    // The adjacency and endpoint arrays, held directly so the search indexes plain arrays.
    private let outOffsets: [Int32]
    private let outEdges: [Int32]
    private let inOffsets: [Int32]
    private let inEdges: [Int32]
    private let outNeighbors: [Int32]
    private let inNeighbors: [Int32]
    private let edgeSource: [Int32]
    private let edgeTarget: [Int32]
    private var forwardSeen: [UInt32]
    private var backwardSeen: [UInt32]
    private var forwardParent: [Int32]
    private var backwardParent: [Int32]
    private var stamp: UInt32 = 0

    /// Creates a finder for one graph and filter.
    ///
    /// - Complexity: O(*V* + *E*) on first use of a graph's adjacency, then O(*V*).
    public init(graph: Graph, filter: RelationFilter = .all) {
        self.graph = graph
        mask = EdgeMask(filter, storage: graph.storage)
        filtersEdges = filter != .all
        let adjacency = graph.storage.adjacency
        outOffsets = adjacency.outOffsets
        outEdges = adjacency.outEdges
        inOffsets = adjacency.inOffsets
        inEdges = adjacency.inEdges
        outNeighbors = adjacency.outNeighbors
        inNeighbors = adjacency.inNeighbors
        edgeSource = graph.storage.edgeSource
        edgeTarget = graph.storage.edgeTarget
        let nodes = graph.partyCount
        forwardSeen = [UInt32](repeating: 0, count: nodes)
        backwardSeen = [UInt32](repeating: 0, count: nodes)
        forwardParent = [Int32](repeating: -1, count: nodes)
        backwardParent = [Int32](repeating: -1, count: nodes)
    }

    /// A shortest path from `start` to `goal`, or `nil` when none exists.
    ///
    /// A party reaches itself by the empty path.
    ///
    /// - Throws: ``QueryError/unknownParty(_:)`` when either party is not in the graph.
    /// - Complexity: O(*V* + *E*) in the worst case.
    public mutating func path(from start: PartyID, to goal: PartyID) throws(QueryError) -> Path? {
        let source = try graph.requireNode(start)
        let target = try graph.requireNode(goal)
        return edges(from: source, to: target).map { graph.path(start: source, edges: $0) }
    }

    /// The dense edge indexes of a shortest path between two nodes.
    ///
    /// The search stops at the first node both sides have reached: while the
    /// two sides have explored depths *f* and *b* without meeting, every path
    /// is longer than *f* + *b*, so a meeting found while extending one side by
    /// one level closes a path of exactly the shortest length.
    mutating func edges(from source: Int, to target: Int) -> [Int]? {
        if source == target { return [] }
        nextStamp()
        forwardSeen[source] = stamp
        backwardSeen[target] = stamp
        var forwardFrontier = [source]
        var backwardFrontier = [target]
        var forwardCost = Int(outOffsets[source + 1] - outOffsets[source])
        var backwardCost = Int(inOffsets[target + 1] - inOffsets[target])
        var next: [Int] = []
        while !forwardFrontier.isEmpty && !backwardFrontier.isEmpty {
            next.removeAll(keepingCapacity: true)
            // Expand the side whose next level touches fewer edges: with skewed
            // degrees one hub can cost more than a thousand ordinary nodes.
            var cost = 0
            if forwardCost <= backwardCost {
                for node in forwardFrontier {
                    for slot in Int(outOffsets[node])..<Int(outOffsets[node + 1]) {
                        let neighbour = Int(outNeighbors[slot])
                        if forwardSeen[neighbour] == stamp { continue }
                        let edge = outEdges[slot]
                        if filtersEdges && !mask.allows(Int(edge)) { continue }
                        forwardSeen[neighbour] = stamp
                        forwardParent[neighbour] = edge
                        if backwardSeen[neighbour] == stamp { return stitch(source: source, target: target, meeting: neighbour) }
                        next.append(neighbour)
                        cost += Int(outOffsets[neighbour + 1] - outOffsets[neighbour])
                    }
                }
                swap(&forwardFrontier, &next)
                forwardCost = cost
            } else {
                for node in backwardFrontier {
                    for slot in Int(inOffsets[node])..<Int(inOffsets[node + 1]) {
                        let neighbour = Int(inNeighbors[slot])
                        if backwardSeen[neighbour] == stamp { continue }
                        let edge = inEdges[slot]
                        if filtersEdges && !mask.allows(Int(edge)) { continue }
                        backwardSeen[neighbour] = stamp
                        backwardParent[neighbour] = edge
                        if forwardSeen[neighbour] == stamp { return stitch(source: source, target: target, meeting: neighbour) }
                        next.append(neighbour)
                        cost += Int(inOffsets[neighbour + 1] - inOffsets[neighbour])
                    }
                }
                swap(&backwardFrontier, &next)
                backwardCost = cost
            }
        }
        return nil
    }

    private func stitch(source: Int, target: Int, meeting: Int) -> [Int] {
        var result: [Int] = []
        var node = meeting
        while node != source {
            let edge = Int(forwardParent[node])
            result.append(edge)
            node = Int(edgeSource[edge])
        }
        result.reverse()
        node = meeting
        while node != target {
            let edge = Int(backwardParent[node])
            result.append(edge)
            node = Int(edgeTarget[edge])
        }
        return result
    }

    private mutating func nextStamp() {
        if stamp == UInt32.max {
            for index in forwardSeen.indices {
                forwardSeen[index] = 0
                backwardSeen[index] = 0
            }
            stamp = 0
        }
        stamp += 1
    }
}

extension Graph {
    /// A shortest directed path from `start` to `goal` following only
    /// relations the filter allows, or `nil` when there is none.
    ///
    /// For many queries on one graph, create a ``ShortestPathFinder`` once
    /// and reuse it.
    ///
    /// - Throws: ``QueryError/unknownParty(_:)`` when either party is not in the graph.
    /// - Complexity: O(*V* + *E*) time and O(*V*) space in the worst case
    ///   (bidirectional BFS; see ``ShortestPathFinder``).
    public func shortestPath(from start: PartyID, to goal: PartyID, filter: RelationFilter = .all) throws(QueryError) -> Path? {
        var finder = ShortestPathFinder(graph: self, filter: filter)
        return try finder.path(from: start, to: goal)
    }
}
