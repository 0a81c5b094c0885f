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
/// expanded in insertion order of nodes and edges.
///
/// - Complexity: Each query is O(*V* + *E*) time in the worst case, usually far
///   less; the finder holds O(*V*) scratch memory.
public struct ShortestPathFinder: Sendable {
    private let graph: Graph
    private let mask: EdgeMask
    private let adjacency: Adjacency
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
        adjacency = graph.storage.adjacency
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
    mutating func edges(from source: Int, to target: Int) -> [Int]? {
        if source == target { return [] }
        nextStamp()
        let edgeSource = graph.storage.edgeSource
        let edgeTarget = graph.storage.edgeTarget
        forwardSeen[source] = stamp
        backwardSeen[target] = stamp
        var forwardFrontier = [source]
        var backwardFrontier = [target]
        var next: [Int] = []
        while !forwardFrontier.isEmpty && !backwardFrontier.isEmpty {
            next.removeAll(keepingCapacity: true)
            let expandForward = forwardFrontier.count <= backwardFrontier.count
            var meeting = -1
            if expandForward {
                for node in forwardFrontier {
                    for edge in adjacency.outgoing(node) where mask.allows(Int(edge)) {
                        let neighbour = Int(edgeTarget[Int(edge)])
                        if forwardSeen[neighbour] == stamp { continue }
                        forwardSeen[neighbour] = stamp
                        forwardParent[neighbour] = edge
                        if backwardSeen[neighbour] == stamp && meeting < 0 { meeting = neighbour }
                        next.append(neighbour)
                    }
                }
                swap(&forwardFrontier, &next)
            } else {
                for node in backwardFrontier {
                    for edge in adjacency.incoming(node) where mask.allows(Int(edge)) {
                        let neighbour = Int(edgeSource[Int(edge)])
                        if backwardSeen[neighbour] == stamp { continue }
                        backwardSeen[neighbour] = stamp
                        backwardParent[neighbour] = edge
                        if forwardSeen[neighbour] == stamp && meeting < 0 { meeting = neighbour }
                        next.append(neighbour)
                    }
                }
                swap(&backwardFrontier, &next)
            }
            if meeting >= 0 {
                return stitch(source: source, target: target, meeting: meeting,
                    edgeSource: edgeSource, edgeTarget: edgeTarget)
            }
        }
        return nil
    }

    private func stitch(source: Int, target: Int, meeting: Int, edgeSource: [Int32], edgeTarget: [Int32]) -> [Int] {
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
