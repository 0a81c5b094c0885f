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
/// Each side keeps its visited set as a bitmap (one bit per party: 12.5 KB
/// for 10⁵ parties, so the test every scanned relation makes stays in the
/// first-level cache), the party each party was reached from, and its nodes
/// in one queue whose levels follow each other; the relations of the one
/// path found are looked up at the end. After a query the bits it set
/// are cleared by walking the queues, so a query costs only what it
/// explores, not O(*V*) to clear; a finder is meant to be created once and
/// used for many queries on one graph.
///
/// Among several shortest paths the result is deterministic: frontiers are
/// expanded in insertion order of nodes and edges. The side to expand is the
/// one whose frontier has fewer edges to scan, which keeps searches through
/// high-degree hubs cheap.
///
/// - Complexity: Each query is O(*V* + *E*) time in the worst case, usually far
///   less; the finder holds about 16*V* bytes of scratch memory.
public struct ShortestPathFinder: Sendable {
    private let graph: Graph
    private let adjacency: Adjacency
    /// The filter's test, or `nil` when it allows every relation and edges
    /// need not be tested one by one.
    private let mask: EdgeMask?
    private var scratch: Scratch

    /// Creates a finder for one graph and filter.
    ///
    /// - Complexity: O(*V* + *E*) on first use of a graph's adjacency, then O(*V*).
    public init(graph: Graph, filter: RelationFilter = .all) {
        self.graph = graph
        adjacency = graph.storage.adjacency
        mask = filter == .all ? nil : EdgeMask(filter, storage: graph.storage)
        scratch = Scratch(nodeCount: graph.partyCount)
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
        return edges(from: source, to: target).map { graph.path(start: source, edges: $0, mask: mask) }
    }

    /// The dense edge indexes of a shortest path between two nodes.
    ///
    /// The search stops at the first node both sides have reached: while the
    /// two sides have explored depths *f* and *b* without meeting, every path
    /// is longer than *f* + *b*, so a meeting found while extending one side by
    /// one level closes a path of exactly the shortest length.
    mutating func edges(from source: Int, to target: Int) -> [Int]? {
        if source == target { return [] }
        // A copy of the finder shares the scratch; between queries the scratch
        // holds nothing worth copying, so the copy starts on fresh memory.
        if !isKnownUniquelyReferenced(&scratch) { scratch = Scratch(nodeCount: graph.partyCount) }
        let scratch = scratch, mask = mask
        var forward = scratch.side(0, start: source)
        var backward = scratch.side(1, start: target)
        // A windowed filter is read per adjacency slot, beside the neighbour, instead of through the edge id.
        let slots = mask?.window?.allowed
        let outSlots = slots?.outSlots ?? [], inSlots = slots?.inSlots ?? []
        let path = outSlots.withUnsafeBufferPointer { outAllowed in inSlots.withUnsafeBufferPointer { inAllowed in
        adjacency.withRows { outgoing, incoming -> [Int]? in
            forward.cost = outgoing.degree(source)
            backward.cost = incoming.degree(target)
            while forward.hasFrontier && backward.hasFrontier {
                // Expand the side whose next level touches fewer edges: with skewed
                // degrees one hub can cost more than a thousand ordinary nodes.
                let meeting = forward.cost <= backward.cost
                    ? forward.expand(along: outgoing, meeting: backward, mask: mask, allowed: slots == nil ? nil : outAllowed)
                    : backward.expand(along: incoming, meeting: forward, mask: mask, allowed: slots == nil ? nil : inAllowed)
                if let meeting {
                    // The forward side's parents lead from the meeting node back to
                    // the source, the backward side's on to the target.
                    var result = forward.edges(from: meeting, to: source, along: outgoing, mask: mask)
                    result.reverse()
                    result += backward.edges(from: meeting, to: target, along: incoming, mask: mask)
                    return result
                }
            }
            return nil
        } } }
        forward.clear()
        backward.clear()
        return path
    }

    /// One side of the search, as raw views into the scratch memory.
    private struct Side {
        /// One bit per node: reached by this side in the current query.
        let visited: UnsafeMutablePointer<UInt64>
        /// Per reached node, the node it was reached from. Nodes rather than
        /// edges, so that the search reads no edge ids (a second row of
        /// memory per node expanded); `edges(from:to:along:mask:)` finds the
        /// edges of the one path found.
        let parents: UnsafeMutablePointer<Int32>
        /// The nodes reached, level after level.
        let queue: UnsafeMutablePointer<Int32>
        /// The current frontier is `queue[levelStart..<levelEnd]`.
        var levelStart = 0
        var levelEnd = 1
        /// The number of edges the frontier's expansion will scan.
        var cost = 0

        var hasFrontier: Bool { levelStart < levelEnd }

        /// Expands the frontier by a whole level, marking what it reaches;
        /// returns the first node the other side has reached, if any.
        @inline(__always)
        mutating func expand(
            along rows: Adjacency.RawRows, meeting other: Side, mask: EdgeMask?, allowed: UnsafeBufferPointer<Bool>?
        ) -> Int? {
            // Locals, so that the stores below cannot make the compiler reload them.
            let visited = visited, parents = parents, queue = queue, otherVisited = other.visited
            let offsets = rows.offsets, neighbors = rows.neighbors, edges = rows.edges
            var end = levelEnd
            for index in levelStart..<levelEnd {
                let node = Int(queue[index])
                for slot in Int(offsets[node])..<Int(offsets[node + 1]) {
                    let neighbour = Int(neighbors[slot])
                    let word = neighbour >> 6, bit: UInt64 = 1 << UInt64(neighbour & 63)
                    if visited[word] & bit != 0 { continue }
                    if let allowed {
                        if !allowed[slot] { continue }
                    } else if let mask, !mask.allows(Int(edges[slot])) {
                        continue
                    }
                    visited[word] |= bit
                    parents[neighbour] = Int32(truncatingIfNeeded: node)
                    // Queued even when it is the meeting node, so that `clear` finds its bit.
                    queue[end] = Int32(truncatingIfNeeded: neighbour)
                    end &+= 1
                    if otherVisited[word] & bit != 0 {
                        levelEnd = end
                        return neighbour
                    }
                }
            }
            levelStart = levelEnd
            levelEnd = end
            // Summed once the level is complete, not as nodes are found: the
            // search usually ends inside a level, whose degrees are then never
            // needed, and these independent reads overlap in a tight loop.
            var nextCost = 0
            for index in levelStart..<levelEnd {
                nextCost &+= rows.degree(Int(queue[index]))
            }
            cost = nextCost
            return nil
        }

        /// The edges by which this side reached `node` from its start, walking
        /// parents back from `node`.
        ///
        /// Each step takes the first allowed edge in the parent's row that leads
        /// to the child: the one the expansion followed, since it scans rows in
        /// order and marks a node at the first edge that reaches it.
        func edges(from node: Int, to start: Int, along rows: Adjacency.RawRows, mask: EdgeMask?) -> [Int] {
            var result: [Int] = []
            var child = node
            while child != start {
                let parent = Int(parents[child])
                for slot in Int(rows.offsets[parent])..<Int(rows.offsets[parent + 1])
                where Int(rows.neighbors[slot]) == child && mask?.allows(Int(rows.edges[slot])) != false {
                    result.append(Int(rows.edges[slot]))
                    break
                }
                child = parent
            }
            return result
        }

        /// Leaves the bitmap all zero for the next query: every bit set is a
        /// queued node's, so zeroing the words of the queued nodes suffices.
        func clear() {
            for index in 0..<levelEnd {
                visited[Int(queue[index]) >> 6] = 0
            }
        }
    }

    /// The memory a finder reuses across queries: per side a visited bitmap,
    /// parents and a queue.
    ///
    /// Between queries both bitmaps are all zero. It is written only through
    /// a finder that holds the sole reference (checked before every query),
    /// which makes sharing it between threads safe.
    private final class Scratch: @unchecked Sendable {
        private let nodeCount: Int
        private let wordCount: Int
        private let visited: UnsafeMutablePointer<UInt64>
        private let parents: UnsafeMutablePointer<Int32>
        private let queue: UnsafeMutablePointer<Int32>

        init(nodeCount: Int) {
            self.nodeCount = nodeCount
            wordCount = (nodeCount + 63) / 64
            visited = .allocate(capacity: 2 * wordCount)
            visited.initialize(repeating: 0, count: 2 * wordCount)
            parents = .allocate(capacity: 2 * nodeCount)
            queue = .allocate(capacity: 2 * nodeCount)
        }

        deinit {
            visited.deallocate()
            parents.deallocate()
            queue.deallocate()
        }

        /// Side 0 or 1, with `start` reached and queued as its only frontier.
        func side(_ number: Int, start: Int) -> Side {
            let side = Side(visited: visited + number * wordCount, parents: parents + number * nodeCount,
                            queue: queue + number * nodeCount)
            side.queue[0] = Int32(truncatingIfNeeded: start)
            side.visited[start >> 6] |= 1 << UInt64(start & 63)
            return side
        }
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
