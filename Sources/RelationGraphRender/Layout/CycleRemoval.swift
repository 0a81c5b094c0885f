/// Makes a directed graph acyclic by reversing a small set of edges.
///
/// The greedy heuristic of Eades, Lin and Smyth ("A fast and effective
/// heuristic for the feedback arc set problem", *Information Processing
/// Letters* 47, 1993): repeatedly take out sinks (to the right end of an
/// ordering) and sources (to the left end), and otherwise the node with the
/// largest out-degree minus in-degree; edges that point left in the final
/// ordering are reversed, never dropped.
///
/// - Complexity: O((*V* + *E*) log *V*) time with a lazy heap, O(*V* + *E*) space.
enum CycleRemoval {
    /// For each edge, whether it must be reversed; self-loops are never reversed.
    static func reversedEdges(nodeCount: Int, edges: [(source: Int, target: Int)]) -> [Bool] {
        var outgoing = [[Int]](repeating: [], count: nodeCount)
        var incoming = [[Int]](repeating: [], count: nodeCount)
        for (index, edge) in edges.enumerated() where edge.source != edge.target {
            outgoing[edge.source].append(index)
            incoming[edge.target].append(index)
        }
        var outDegree = outgoing.map(\.count)
        var inDegree = incoming.map(\.count)
        var removed = [Bool](repeating: false, count: nodeCount)
        var order = [Int](repeating: 0, count: nodeCount)
        var left = 0, right = nodeCount - 1
        var sinks = (0..<nodeCount).filter { outDegree[$0] == 0 }
        var sources = (0..<nodeCount).filter { outDegree[$0] != 0 && inDegree[$0] == 0 }
        var heap = Heap()
        for node in 0..<nodeCount { heap.push(priority: outDegree[node] - inDegree[node], node: node) }

        func remove(_ node: Int) {
            removed[node] = true
            for edge in outgoing[node] {
                let other = edges[edge].target
                guard !removed[other] else { continue }
                inDegree[other] -= 1
                if inDegree[other] == 0 && outDegree[other] > 0 { sources.append(other) }
                heap.push(priority: outDegree[other] - inDegree[other], node: other)
            }
            for edge in incoming[node] {
                let other = edges[edge].source
                guard !removed[other] else { continue }
                outDegree[other] -= 1
                if outDegree[other] == 0 { sinks.append(other) }
                heap.push(priority: outDegree[other] - inDegree[other], node: other)
            }
        }

        while left <= right {
            if let sink = sinks.popLast() {
                guard !removed[sink] else { continue }
                order[sink] = right
                right -= 1
                remove(sink)
            } else if let source = sources.popLast() {
                guard !removed[source] else { continue }
                order[source] = left
                left += 1
                remove(source)
            } else if let (priority, node) = heap.pop() {
                guard !removed[node], priority == outDegree[node] - inDegree[node] else { continue }
                order[node] = left
                left += 1
                remove(node)
            } else {
                break
            }
        }
        return edges.map { $0.source != $0.target && order[$0.source] > order[$0.target] }
    }

    /// A binary max-heap of (priority, node) with ties broken by the smaller node.
    private struct Heap {
        private var items: [(priority: Int, node: Int)] = []

        private func above(_ a: (priority: Int, node: Int), _ b: (priority: Int, node: Int)) -> Bool {
            a.priority > b.priority || (a.priority == b.priority && a.node < b.node)
        }

        mutating func push(priority: Int, node: Int) {
            items.append((priority, node))
            var child = items.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard above(items[child], items[parent]) else { break }
                items.swapAt(child, parent)
                child = parent
            }
        }

        mutating func pop() -> (Int, Int)? {
            guard let top = items.first else { return nil }
            let last = items.removeLast()
            if !items.isEmpty {
                items[0] = last
                var parent = 0
                while true {
                    let leftChild = 2 * parent + 1, rightChild = leftChild + 1
                    var best = parent
                    if leftChild < items.count && above(items[leftChild], items[best]) { best = leftChild }
                    if rightChild < items.count && above(items[rightChild], items[best]) { best = rightChild }
                    if best == parent { break }
                    items.swapAt(parent, best)
                    parent = best
                }
            }
            return (top.priority, top.node)
        }
    }
}
