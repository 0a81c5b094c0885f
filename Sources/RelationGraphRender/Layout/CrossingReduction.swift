/// Orders the nodes within each layer to reduce edge crossings.
///
/// The layer-by-layer sweep of Sugiyama et al. with the weighted median of
/// Gansner et al. ("A technique for drawing directed graphs", 1993, the
/// `wmedian` of Graphviz dot), alternating downward and upward sweeps, each
/// followed by the transpose heuristic (adjacent exchanges while they remove
/// crossings). Crossings between two layers are counted with the accumulator
/// tree of Barth, Jünger and Mutzel ("Simple and efficient bilayer cross
/// counting", *JGAA* 8(2), 2004), and the best ordering seen is kept. The
/// initial order is depth-first from the top layer, as in dot.
///
/// - Complexity: O((*V* + *E*) log *V*) per sweep for median sorting and
///   counting, plus O(Σ deg(u)·deg(v)) over adjacent pairs per transpose pass;
///   at most `iterations` sweeps and `transposePasses` passes per sweep.
struct CrossingReduction {
    var graph: ProperLayering
    private var position: [Int]
    let iterations: Int
    let transposePasses: Int
    /// Sifting runs only on layerings of at most this many nodes, dummies included.
    let siftingLimit = 6_000

    init(_ graph: ProperLayering, iterations: Int = 24, transposePasses: Int = 12) {
        self.graph = graph
        self.iterations = iterations
        self.transposePasses = transposePasses
        position = [Int](repeating: 0, count: graph.nodeCount)
        updatePositions()
    }

    /// Runs the sweeps from each starting order and returns the layering with
    /// the best order seen.
    mutating func run() -> ProperLayering {
        var best: [[Int]] = []
        var bestCrossings = Int.max
        for start in StartingOrder.allCases {
            initialOrder(start)
            var crossings = totalCrossings()
            if crossings < bestCrossings {
                bestCrossings = crossings
                best = graph.layers
            }
            var sinceImprovement = 0
            for iteration in 0..<iterations where crossings > 0 {
                sweep(downward: (iteration % 2 == 0) == (start != .fromBottom))
                transpose()
                crossings = totalCrossings()
                if crossings < bestCrossings {
                    bestCrossings = crossings
                    best = graph.layers
                    sinceImprovement = 0
                } else {
                    sinceImprovement += 1
                    if sinceImprovement >= 8 { break }
                }
            }
        }
        graph.layers = best
        updatePositions()
        if graph.nodeCount <= siftingLimit {
            for _ in 0..<3 {
                sift()
                let crossings = totalCrossings()
                guard crossings < bestCrossings else { break }
                bestCrossings = crossings
                best = graph.layers
            }
            graph.layers = best
            updatePositions()
        }
        return graph
    }

    /// Sifting (Matuszewski, Schönfeld and Molitor, "Using sifting for k-layer
    /// straightline crossing minimization", Graph Drawing 1999): each node in
    /// turn is taken out of its layer and put back at the position where it
    /// crosses least, counted against both neighbouring layers.
    private mutating func sift() {
        for layerIndex in graph.layers.indices {
            var layer = graph.layers[layerIndex]
            guard layer.count > 1 else { continue }
            let byDegree = layer.sorted { (graph.up[$0].count + graph.down[$0].count) > (graph.up[$1].count + graph.down[$1].count) }
            for node in byDegree {
                guard let current = layer.firstIndex(of: node) else { continue }
                layer.remove(at: current)
                var cost = 0, bestCost = 0, bestSlot = 0
                for (slot, other) in layer.enumerated() {
                    cost += pairCrossings(other, node) - pairCrossings(node, other)
                    if cost < bestCost {
                        bestCost = cost
                        bestSlot = slot + 1
                    }
                }
                layer.insert(node, at: bestSlot)
                for (index, member) in layer.enumerated() { position[member] = index }
            }
            graph.layers[layerIndex] = layer
        }
    }

    /// Where the first, depth-first ordering starts.
    enum StartingOrder: CaseIterable {
        /// From the nodes without predecessors, following edges down.
        case fromTop
        /// From the nodes without successors, following edges up.
        case fromBottom
    }

    /// A depth-first order from the top (or bottom) nodes, as in dot.
    private mutating func initialOrder(_ start: StartingOrder) {
        var visited = [Bool](repeating: false, count: graph.nodeCount)
        var layers = [[Int]](repeating: [], count: graph.layers.count)
        let forward = start == .fromTop
        let roots = (0..<graph.nodeCount)
            .filter { (forward ? graph.up[$0] : graph.down[$0]).isEmpty }
            .sorted { forward ? (graph.layer[$0], $0) < (graph.layer[$1], $1) : (-graph.layer[$0], $0) < (-graph.layer[$1], $1) }
        var stack: [Int] = []
        for root in roots where !visited[root] {
            stack.append(root)
            while let node = stack.popLast() {
                guard !visited[node] else { continue }
                visited[node] = true
                layers[graph.layer[node]].append(node)
                for next in (forward ? graph.down[node] : graph.up[node]).reversed() where !visited[next] { stack.append(next) }
            }
        }
        for node in 0..<graph.nodeCount where !visited[node] { layers[graph.layer[node]].append(node) }
        graph.layers = layers
        updatePositions()
    }

    private mutating func updatePositions() {
        for layer in graph.layers {
            for (index, node) in layer.enumerated() { position[node] = index }
        }
    }

    /// One sweep: each layer is sorted by the weighted median of its
    /// neighbours in the layer it follows; nodes without such neighbours keep
    /// their place.
    private mutating func sweep(downward: Bool) {
        let order = downward ? Array(1..<max(1, graph.layers.count)) : Array((0..<max(0, graph.layers.count - 1)).reversed())
        var values: [Double] = []
        for layerIndex in order {
            let layer = graph.layers[layerIndex]
            values.removeAll(keepingCapacity: true)
            for node in layer {
                values.append(median(of: downward ? graph.up[node] : graph.down[node]))
            }
            var movable = layer.indices.filter { values[$0] >= 0 }
            movable.sort { (values[$0], $0) < (values[$1], $1) }
            var result = layer
            var next = 0
            for slot in layer.indices where values[slot] >= 0 {
                result[slot] = layer[movable[next]]
                next += 1
            }
            graph.layers[layerIndex] = result
            for (index, node) in result.enumerated() { position[node] = index }
        }
    }

    /// Graphviz's weighted median of neighbour positions; -1 for no neighbours.
    private func median(of neighbours: [Int]) -> Double {
        guard !neighbours.isEmpty else { return -1 }
        let sorted = neighbours.map { Double(position[$0]) }.sorted()
        let middle = sorted.count / 2
        if sorted.count % 2 == 1 { return sorted[middle] }
        if sorted.count == 2 { return (sorted[0] + sorted[1]) / 2 }
        let left = sorted[middle - 1] - sorted[0]
        let right = sorted[sorted.count - 1] - sorted[middle]
        if left + right == 0 { return (sorted[middle - 1] + sorted[middle]) / 2 }
        return (sorted[middle - 1] * right + sorted[middle] * left) / (left + right)
    }

    /// Swaps adjacent nodes while that removes crossings with both neighbouring layers.
    private mutating func transpose() {
        for _ in 0..<transposePasses {
            var improved = false
            for layerIndex in graph.layers.indices {
                var layer = graph.layers[layerIndex]
                guard layer.count > 1 else { continue }
                for index in 0..<(layer.count - 1) {
                    let left = layer[index], right = layer[index + 1]
                    let now = pairCrossings(left, right)
                    let swapped = pairCrossings(right, left)
                    if swapped < now {
                        layer.swapAt(index, index + 1)
                        position[left] = index + 1
                        position[right] = index
                        improved = true
                    }
                }
                graph.layers[layerIndex] = layer
            }
            if !improved { break }
        }
    }

    /// Crossings between the edges of `left` and `right` if `left` stands first.
    private func pairCrossings(_ left: Int, _ right: Int) -> Int {
        inversions(graph.up[left], graph.up[right]) + inversions(graph.down[left], graph.down[right])
    }

    /// Pairs (a of `first`, b of `second`) with a to the right of b.
    private func inversions(_ first: [Int], _ second: [Int]) -> Int {
        guard !first.isEmpty, !second.isEmpty else { return 0 }
        if first.count * second.count <= 64 {
            var count = 0
            for a in first {
                for b in second where position[a] > position[b] { count += 1 }
            }
            return count
        }
        let a = first.map { position[$0] }.sorted()
        let b = second.map { position[$0] }.sorted()
        var count = 0, j = 0
        for value in a {
            while j < b.count && b[j] < value { j += 1 }
            count += j
        }
        return count
    }

    /// All crossings, summed over pairs of adjacent layers.
    func totalCrossings() -> Int {
        var total = 0
        for layerIndex in 0..<max(0, graph.layers.count - 1) {
            total += bilayerCrossings(upper: graph.layers[layerIndex], lowerCount: graph.layers[layerIndex + 1].count)
        }
        return total
    }

    /// Barth–Jünger–Mutzel accumulator-tree count for one pair of layers.
    private func bilayerCrossings(upper: [Int], lowerCount: Int) -> Int {
        guard lowerCount > 1 else { return 0 }
        var targets: [Int] = []
        for node in upper {
            let start = targets.count
            for next in graph.down[node] { targets.append(position[next]) }
            targets[start...].sort()
        }
        var firstIndex = 1
        while firstIndex < lowerCount { firstIndex *= 2 }
        var tree = [Int](repeating: 0, count: 2 * firstIndex - 1)
        firstIndex -= 1
        var crossings = 0
        for target in targets {
            var index = target + firstIndex
            tree[index] += 1
            while index > 0 {
                if index % 2 == 1 { crossings += tree[index + 1] }
                index = (index - 1) / 2
                tree[index] += 1
            }
        }
        return crossings
    }
}
