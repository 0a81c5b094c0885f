import Dispatch

/// Out- and in-adjacency in compressed sparse row (CSR) form.
///
/// `outEdges[outOffsets[v]..<outOffsets[v + 1]]` are the indexes of the edges
/// leaving node `v`, in insertion order, and `outNeighbors` at the same slots
/// their targets; likewise for `in`. Keeping the neighbour beside the edge
/// saves searches a dependent memory read per edge scanned. Built by a stable
/// counting sort, so each node's edge list keeps the order in which the
/// relations were added and every traversal is deterministic.
///
/// - Complexity: Building is O(*V* + *E*) time and 4(2*V* + 4*E*) bytes.
@usableFromInline
final class Adjacency: Sendable {
    @usableFromInline let outOffsets: [Int32]
    @usableFromInline let outEdges: [Int32]
    @usableFromInline let inOffsets: [Int32]
    @usableFromInline let inEdges: [Int32]
    @usableFromInline let outNeighbors: [Int32]
    @usableFromInline let inNeighbors: [Int32]

    /// The number of nodes covered.
    var nodeCount: Int { outOffsets.count - 1 }
    /// The number of edges covered.
    var edgeCount: Int { outEdges.count }

    @usableFromInline
    init(nodeCount: Int, edgeSource: [Int32], edgeTarget: [Int32]) {
        // The two directions are independent sorts; on large graphs they run
        // on two cores at once.
        let results = RowResults()
        let build = { @Sendable (incoming: Bool) in
            let rows = incoming
                ? Adjacency.rows(nodeCount: nodeCount, keys: edgeTarget, values: edgeSource)
                : Adjacency.rows(nodeCount: nodeCount, keys: edgeSource, values: edgeTarget)
            results.store(rows, incoming: incoming)
        }
        if edgeSource.count >= 1 << 16 {
            DispatchQueue.concurrentPerform(iterations: 2) { build($0 == 1) }
        } else {
            build(false)
            build(true)
        }
        (outOffsets, outEdges, outNeighbors) = results.outgoing
        (inOffsets, inEdges, inNeighbors) = results.incoming
    }

    /// Where the two sorts leave their rows; each slot is written by one sort
    /// before `concurrentPerform` returns and read only after.
    private final class RowResults: @unchecked Sendable {
        var outgoing: ([Int32], [Int32], [Int32]) = ([], [], [])
        var incoming: ([Int32], [Int32], [Int32]) = ([], [], [])

        func store(_ rows: ([Int32], [Int32], [Int32]), incoming isIncoming: Bool) {
            if isIncoming { incoming = rows } else { outgoing = rows }
        }
    }

    /// A stable counting sort of the edges by `keys`: row offsets, the edge
    /// in each slot and, written in the same pass, its other end from `values`.
    private static func rows(nodeCount: Int, keys: [Int32], values: [Int32]) -> ([Int32], [Int32], [Int32]) {
        var offsets = [Int32](repeating: 0, count: nodeCount + 1)
        for key in keys { offsets[Int(key) + 1] &+= 1 }
        for node in 0..<nodeCount { offsets[node + 1] &+= offsets[node] }
        // `Array(unsafeUninitializedCapacity: 0)` writes its count into the one empty-array storage every
        // empty array shares, which the thread sanitizer reports as a race with any thread reading an empty
        // array (seen under Swift 6.3.1; swiftlang/swift#27808 silenced the same race on other paths).
        guard !keys.isEmpty else { return (offsets, [], []) }
        var cursor = offsets
        var neighbors = [Int32](repeating: 0, count: keys.count)
        let edges = [Int32](unsafeUninitializedCapacity: keys.count) { buffer, count in
            neighbors.withUnsafeMutableBufferPointer { neighbors in
                for (edge, key) in keys.enumerated() {
                    let slot = Int(cursor[Int(key)])
                    buffer[slot] = Int32(truncatingIfNeeded: edge)
                    neighbors[slot] = values[edge]
                    cursor[Int(key)] = Int32(slot + 1)
                }
            }
            count = keys.count
        }
        return (offsets, edges, neighbors)
    }

    /// One direction's rows as raw buffers, for search loops that must not
    /// pay a bounds check or a reference count per edge scanned.
    struct RawRows {
        let offsets: UnsafeBufferPointer<Int32>
        let neighbors: UnsafeBufferPointer<Int32>
        let edges: UnsafeBufferPointer<Int32>

        /// The number of edges in `node`'s row.
        @inline(__always)
        func degree(_ node: Int) -> Int {
            Int(offsets[node + 1] &- offsets[node])
        }
    }

    /// Calls `body` with the outgoing and the incoming rows; the pointers are
    /// valid only inside `body`.
    func withRows<Result>(_ body: (_ outgoing: RawRows, _ incoming: RawRows) throws -> Result) rethrows -> Result {
        try outOffsets.withUnsafeBufferPointer { outOffsets in
            try outNeighbors.withUnsafeBufferPointer { outNeighbors in
                try outEdges.withUnsafeBufferPointer { outEdges in
                    try inOffsets.withUnsafeBufferPointer { inOffsets in
                        try inNeighbors.withUnsafeBufferPointer { inNeighbors in
                            try inEdges.withUnsafeBufferPointer { inEdges in
                                try body(RawRows(offsets: outOffsets, neighbors: outNeighbors, edges: outEdges),
                                         RawRows(offsets: inOffsets, neighbors: inNeighbors, edges: inEdges))
                            }
                        }
                    }
                }
            }
        }
    }

    /// The edges leaving `node`.
    @inlinable
    func outgoing(_ node: Int) -> ArraySlice<Int32> {
        outEdges[Int(outOffsets[node])..<Int(outOffsets[node + 1])]
    }

    /// The edges entering `node`.
    @inlinable
    func incoming(_ node: Int) -> ArraySlice<Int32> {
        inEdges[Int(inOffsets[node])..<Int(inOffsets[node + 1])]
    }
}
