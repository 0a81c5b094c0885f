/// Assigns each node of a directed acyclic graph to a layer so that every
/// edge points from a lower layer to a higher one.
///
/// First the longest-path layering (every node as high as its longest chain
/// of predecessors allows; Sugiyama, Tagawa and Toda, "Methods for visual
/// understanding of hierarchical system structures", *IEEE SMC* 11, 1981),
/// then passes of node moves that shorten edges: the total edge span is linear
/// in a single node's layer, so each node moves to the end of its feasible
/// interval that its in- or out-edges favour. This is the single-node move of
/// network simplex (Gansner et al., "A technique for drawing directed
/// graphs", *IEEE TSE* 19, 1993) without the tree bookkeeping, and it cuts the
/// number of dummy nodes that long edges need.
///
/// - Complexity: O(*V* + *E*) per pass, with at most `passes` passes.
enum LayerAssignment {
    static func layers(nodeCount: Int, edges: [(source: Int, target: Int)], passes: Int = 30) -> [Int] {
        var successors = [[Int]](repeating: [], count: nodeCount)
        var predecessors = [[Int]](repeating: [], count: nodeCount)
        var inDegree = [Int](repeating: 0, count: nodeCount)
        for edge in edges where edge.source != edge.target {
            successors[edge.source].append(edge.target)
            predecessors[edge.target].append(edge.source)
            inDegree[edge.target] += 1
        }
        var layer = [Int](repeating: 0, count: nodeCount)
        var queue = (0..<nodeCount).filter { inDegree[$0] == 0 }
        var head = 0
        var topological: [Int] = []
        topological.reserveCapacity(nodeCount)
        while head < queue.count {
            let node = queue[head]
            head += 1
            topological.append(node)
            for next in successors[node] {
                layer[next] = max(layer[next], layer[node] + 1)
                inDegree[next] -= 1
                if inDegree[next] == 0 { queue.append(next) }
            }
        }
        for _ in 0..<passes {
            var moved = false
            for node in topological {
                let lowest = (predecessors[node].map { layer[$0] }.max() ?? Int.min) + 1
                let highest = (successors[node].map { layer[$0] }.min() ?? Int.max) - 1
                let balance = predecessors[node].count - successors[node].count
                var best = layer[node]
                if balance > 0, lowest > Int.min + 1 {
                    best = lowest
                } else if balance < 0, highest < Int.max - 1 {
                    best = highest
                }
                if best != layer[node] {
                    layer[node] = best
                    moved = true
                }
            }
            if !moved { break }
        }
        let minimum = layer.min() ?? 0
        return layer.map { $0 - minimum }
    }
}
