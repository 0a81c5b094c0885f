/// Assigns x coordinates to the ordered layers so that long edges run
/// straight and nodes sit near the median of their neighbours.
///
/// Brandes and Köpf, "Fast and simple horizontal coordinate assignment"
/// (Graph Drawing 2001, LNCS 2265): four vertical alignments (up/down ×
/// left/right) into blocks along median neighbours, avoiding type-1 conflicts
/// so that inner segments between dummy nodes stay vertical; each is compacted
/// horizontally with the minimum separation between neighbours; the four
/// results are aligned to the narrowest and balanced by the average of the two
/// median candidates. Follows the structure of dagre's well-known port.
///
/// - Complexity: O(*V* + *E*) time and space (up to sorting neighbour lists).
struct CoordinateAssignment {
    let graph: ProperLayering
    /// The gap between two real nodes.
    let nodeSeparation: Double
    /// The gap beside a dummy node (between edge bends).
    let edgeSeparation: Double

    func xCoordinates() -> [Double] {
        let count = graph.nodeCount
        guard count > 0 else { return [] }
        var basePosition = [Int](repeating: 0, count: count)
        for layer in graph.layers {
            for (index, node) in layer.enumerated() { basePosition[node] = index }
        }
        let conflicts = typeOneConflicts(position: basePosition)
        var results: [[Double]] = []
        for downward in [true, false] {
            for leftward in [true, false] {
                var layers = downward ? graph.layers : graph.layers.reversed()
                if !leftward { layers = layers.map { $0.reversed() } }
                var position = [Int](repeating: 0, count: count)
                for layer in layers {
                    for (index, node) in layer.enumerated() { position[node] = index }
                }
                let neighbours = downward ? graph.up : graph.down
                let (root, align) = verticalAlignment(layers, neighbours: neighbours, position: position, conflicts: conflicts)
                var xs = horizontalCompaction(layers, root: root, align: align)
                if !leftward { xs = xs.map { -$0 } }
                results.append(xs)
            }
        }
        return balance(results)
    }

    private func key(_ a: Int, _ b: Int) -> Int { min(a, b) &* 0x1_0000_0000 &+ max(a, b) }

    /// Edges that cross an inner segment (between two dummies) are marked so
    /// that alignment never follows them.
    private func typeOneConflicts(position: [Int]) -> Set<Int> {
        var conflicts = Set<Int>()
        guard graph.layers.count > 1 else { return conflicts }
        for layerIndex in 1..<graph.layers.count {
            let previousCount = graph.layers[layerIndex - 1].count
            let layer = graph.layers[layerIndex]
            var k0 = 0, scanStart = 0
            for (index, node) in layer.enumerated() {
                let inner = graph.isDummy(node) ? graph.up[node].first(where: graph.isDummy) : nil
                let k1 = inner.map { position[$0] } ?? previousCount
                guard inner != nil || index == layer.count - 1 else { continue }
                for scanned in layer[scanStart...index] {
                    for upper in graph.up[scanned] {
                        let upperPosition = position[upper]
                        if (upperPosition < k0 || k1 < upperPosition) && !(graph.isDummy(upper) && graph.isDummy(scanned)) {
                            conflicts.insert(key(upper, scanned))
                        }
                    }
                }
                scanStart = index + 1
                k0 = k1
            }
        }
        return conflicts
    }

    private func verticalAlignment(
        _ layers: [[Int]], neighbours: [[Int]], position: [Int], conflicts: Set<Int>
    ) -> (root: [Int], align: [Int]) {
        var root = Array(0..<graph.nodeCount)
        var align = root
        for layer in layers {
            var reach = -1
            for node in layer {
                let sorted = neighbours[node].sorted { position[$0] < position[$1] }
                guard !sorted.isEmpty else { continue }
                let middle = Double(sorted.count - 1) / 2
                for index in Int(middle.rounded(.down))...Int(middle.rounded(.up)) {
                    let neighbour = sorted[index]
                    if align[node] == node && reach < position[neighbour] && !conflicts.contains(key(node, neighbour)) {
                        align[neighbour] = node
                        root[node] = root[neighbour]
                        align[node] = root[node]
                        reach = position[neighbour]
                    }
                }
            }
        }
        return (root, align)
    }

    private func separation(_ left: Int, _ right: Int) -> Double {
        let gap = graph.isDummy(left) || graph.isDummy(right) ? edgeSeparation : nodeSeparation
        return (graph.width[left] + graph.width[right]) / 2 + gap
    }

    /// Places blocks left to right with the minimum separations, then pulls each
    /// block as far right as its right-hand neighbours allow.
    private func horizontalCompaction(_ layers: [[Int]], root: [Int], align: [Int]) -> [Double] {
        let count = graph.nodeCount
        var successors = [[(Int, Double)]](repeating: [], count: count)
        var predecessors = [[(Int, Double)]](repeating: [], count: count)
        var inDegree = [Int](repeating: 0, count: count)
        for layer in layers where layer.count > 1 {
            for index in 1..<layer.count {
                let left = root[layer[index - 1]], right = root[layer[index]]
                let gap = separation(layer[index - 1], layer[index])
                successors[left].append((right, gap))
                predecessors[right].append((left, gap))
                inDegree[right] += 1
            }
        }
        var order: [Int] = []
        var queue = (0..<count).filter { root[$0] == $0 && inDegree[$0] == 0 }
        var head = 0
        while head < queue.count {
            let block = queue[head]
            head += 1
            order.append(block)
            for (next, _) in successors[block] {
                inDegree[next] -= 1
                if inDegree[next] == 0 { queue.append(next) }
            }
        }
        var xs = [Double](repeating: 0, count: count)
        for block in order {
            xs[block] = predecessors[block].map { xs[$0.0] + $0.1 }.max() ?? 0
        }
        for block in order.reversed() {
            if let limit = successors[block].map({ xs[$0.0] - $0.1 }).min(), limit > xs[block] { xs[block] = limit }
        }
        return (0..<count).map { xs[root[$0]] }
    }

    /// Aligns the four candidates to the narrowest and averages the two middle values.
    private func balance(_ candidates: [[Double]]) -> [Double] {
        let count = graph.nodeCount
        func extent(_ xs: [Double]) -> (Double, Double) {
            var low = Double.infinity, high = -Double.infinity
            for node in 0..<count {
                low = min(low, xs[node] - graph.width[node] / 2)
                high = max(high, xs[node] + graph.width[node] / 2)
            }
            return (low, high)
        }
        let extents = candidates.map(extent)
        let narrowest = extents.indices.min { extents[$0].1 - extents[$0].0 < extents[$1].1 - extents[$1].0 } ?? 0
        let aligned = candidates.enumerated().map { index, xs -> [Double] in
            let leftward = index % 2 == 0
            let delta = leftward ? extents[narrowest].0 - extents[index].0 : extents[narrowest].1 - extents[index].1
            return xs.map { $0 + delta }
        }
        return (0..<count).map { node in
            let values = aligned.map { $0[node] }.sorted()
            return (values[1] + values[2]) / 2
        }
    }
}
