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
        (outOffsets, outEdges) = Adjacency.rows(nodeCount: nodeCount, keys: edgeSource)
        (inOffsets, inEdges) = Adjacency.rows(nodeCount: nodeCount, keys: edgeTarget)
        outNeighbors = outEdges.map { edgeTarget[Int($0)] }
        inNeighbors = inEdges.map { edgeSource[Int($0)] }
    }

    private static func rows(nodeCount: Int, keys: [Int32]) -> ([Int32], [Int32]) {
        var offsets = [Int32](repeating: 0, count: nodeCount + 1)
        for key in keys { offsets[Int(key) + 1] &+= 1 }
        for node in 0..<nodeCount { offsets[node + 1] &+= offsets[node] }
        var cursor = offsets
        let edges = [Int32](unsafeUninitializedCapacity: keys.count) { buffer, count in
            for (edge, key) in keys.enumerated() {
                let slot = Int(cursor[Int(key)])
                buffer[slot] = Int32(truncatingIfNeeded: edge)
                cursor[Int(key)] = Int32(slot + 1)
            }
            count = keys.count
        }
        return (offsets, edges)
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
