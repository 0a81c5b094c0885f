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
    private let outEdges: [Int32]
    private let inEdges: [Int32]
    private let outNeighbors: [Int32]
    private let inNeighbors: [Int32]
    private let edgeSource: [Int32]
    private let edgeTarget: [Int32]
    /// Per node, everything a step reads or writes about it, in one 32-byte
    /// record (half a cache line): the search is bound by memory latency, and
    /// reaching a node and later expanding it then costs one miss, not six.
    private struct Mark {
        var forwardStamp: UInt32 = 0
        var backwardStamp: UInt32 = 0
        var forwardParent: Int32 = -1
        var backwardParent: Int32 = -1
        let outStart: Int32
        let outDegree: Int32
        let inStart: Int32
        let inDegree: Int32
    }
    private var marks: [Mark]
    private var stamp: UInt32 = 0
    /// Frontier buffers kept between queries, so that a query allocates nothing
    /// once the buffers have grown to the graph's widest levels.
    private var buffers: [[Int32]] = [[], [], []]

    /// Creates a finder for one graph and filter.
    ///
    /// - Complexity: O(*V* + *E*) on first use of a graph's adjacency, then O(*V*).
    public init(graph: Graph, filter: RelationFilter = .all) {
        self.graph = graph
        mask = EdgeMask(filter, storage: graph.storage)
        filtersEdges = filter != .all
        let adjacency = graph.storage.adjacency
        outEdges = adjacency.outEdges
        inEdges = adjacency.inEdges
        outNeighbors = adjacency.outNeighbors
        inNeighbors = adjacency.inNeighbors
        edgeSource = graph.storage.edgeSource
        edgeTarget = graph.storage.edgeTarget
        let outOffsets = adjacency.outOffsets, inOffsets = adjacency.inOffsets
        marks = (0..<graph.partyCount).map { node in
            Mark(outStart: outOffsets[node], outDegree: outOffsets[node + 1] - outOffsets[node],
                 inStart: inOffsets[node], inDegree: inOffsets[node + 1] - inOffsets[node])
        }
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
        let stamp = stamp
        // The marks are written on every step; a raw buffer spares each write
        // the array's uniqueness check. They are moved out of `self` meanwhile,
        // so that the expansion may read the rest of it.
        var scratch: [Mark] = []
        swap(&scratch, &marks)
        var forward = Frontier(nodes: buffers[0], cost: 0)
        var backward = Frontier(nodes: buffers[1], cost: 0)
        var next = buffers[2]
        buffers = []
        defer {
            swap(&scratch, &marks)
            buffers = [forward.nodes, backward.nodes, next]
        }
        let meeting = scratch.withUnsafeMutableBufferPointer { marks -> Int? in
            marks[source].forwardStamp = stamp
            marks[target].backwardStamp = stamp
            forward.nodes.removeAll(keepingCapacity: true)
            forward.nodes.append(Int32(source))
            forward.cost = Int(marks[source].outDegree)
            backward.nodes.removeAll(keepingCapacity: true)
            backward.nodes.append(Int32(target))
            backward.cost = Int(marks[target].inDegree)
            while !forward.nodes.isEmpty && !backward.nodes.isEmpty {
                // Expand the side whose next level touches fewer edges: with skewed
                // degrees one hub can cost more than a thousand ordinary nodes.
                let meeting = forward.cost <= backward.cost
                    ? expand(&forward, next: &next, marks: marks, forward: true, stamp: stamp)
                    : expand(&backward, next: &next, marks: marks, forward: false, stamp: stamp)
                if let meeting { return meeting }
            }
            return nil
        }
        return meeting.map { stitch(source: source, target: target, meeting: $0, marks: scratch) }
    }

    /// The nodes one side reached last, and the edges its next level will scan.
    private struct Frontier {
        var nodes: [Int32]
        var cost: Int
    }

    /// Expands one side by a whole level, marking what it reaches; returns the
    /// first node the other side has reached, if any.
    @inline(__always)
    private func expand(
        _ frontier: inout Frontier, next: inout [Int32], marks: UnsafeMutableBufferPointer<Mark>, forward: Bool, stamp: UInt32
    ) -> Int? {
        next.removeAll(keepingCapacity: true)
        var cost = 0
        let meeting = (forward ? outNeighbors : inNeighbors).withUnsafeBufferPointer { neighbors in
            (forward ? outEdges : inEdges).withUnsafeBufferPointer { edges -> Int? in
                for node in frontier.nodes {
                    let mark = marks[Int(node)]
                    let start = Int(forward ? mark.outStart : mark.inStart)
                    for slot in start..<(start + Int(forward ? mark.outDegree : mark.inDegree)) {
                        let neighbour = Int(neighbors[slot])
                        if (forward ? marks[neighbour].forwardStamp : marks[neighbour].backwardStamp) == stamp { continue }
                        let edge = edges[slot]
                        if filtersEdges && !mask.allows(Int(edge)) { continue }
                        if forward {
                            marks[neighbour].forwardStamp = stamp
                            marks[neighbour].forwardParent = edge
                        } else {
                            marks[neighbour].backwardStamp = stamp
                            marks[neighbour].backwardParent = edge
                        }
                        if (forward ? marks[neighbour].backwardStamp : marks[neighbour].forwardStamp) == stamp { return neighbour }
                        next.append(Int32(neighbour))
                        cost += Int(forward ? marks[neighbour].outDegree : marks[neighbour].inDegree)
                    }
                }
                return nil
            }
        }
        if meeting != nil { return meeting }
        swap(&frontier.nodes, &next)
        frontier.cost = cost
        return nil
    }

    private func stitch(source: Int, target: Int, meeting: Int, marks: [Mark]) -> [Int] {
        var result: [Int] = []
        var node = meeting
        while node != source {
            let edge = Int(marks[node].forwardParent)
            result.append(edge)
            node = Int(edgeSource[edge])
        }
        result.reverse()
        node = meeting
        while node != target {
            let edge = Int(marks[node].backwardParent)
            result.append(edge)
            node = Int(edgeTarget[edge])
        }
        return result
    }

    private mutating func nextStamp() {
        if stamp == UInt32.max {
            for index in marks.indices {
                marks[index].forwardStamp = 0
                marks[index].backwardStamp = 0
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
