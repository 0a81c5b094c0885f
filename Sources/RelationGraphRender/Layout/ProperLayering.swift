/// A layered graph in which every edge joins adjacent layers: each edge that
/// spans several layers is replaced by a chain of dummy nodes, one per layer
/// it crosses, so that later phases can order and place its bends
/// (Sugiyama, Tagawa and Toda, 1981).
///
/// - Complexity: O(*V* + *E* + *D*) for *D* dummy nodes (the total span of the edges).
struct ProperLayering {
    /// The layer of each node; real nodes come first, dummies after them.
    var layer: [Int]
    /// The width of each node (0 for dummies).
    var width: [Double]
    /// The height of each node (0 for dummies).
    var height: [Double]
    /// The number of real nodes; indexes from `realCount` on are dummies.
    let realCount: Int
    /// Neighbours in the layer above (`up`) and below (`down`), one entry per edge.
    var up: [[Int]]
    var down: [[Int]]
    /// The nodes of each layer, in their current order.
    var layers: [[Int]]
    /// For each input edge, its chain of nodes from the upper end to the lower end,
    /// or an empty chain for a self-loop.
    var chains: [[Int]]

    init(layer realLayer: [Int], width realWidth: [Double], height realHeight: [Double],
         edges: [(source: Int, target: Int)], reversed: [Bool]) {
        realCount = realLayer.count
        layer = realLayer
        width = realWidth
        height = realHeight
        up = [[Int]](repeating: [], count: realCount)
        down = [[Int]](repeating: [], count: realCount)
        chains = []
        chains.reserveCapacity(edges.count)
        for (index, edge) in edges.enumerated() {
            guard edge.source != edge.target else {
                chains.append([])
                continue
            }
            let (upper, lower) = reversed[index] ? (edge.target, edge.source) : (edge.source, edge.target)
            var chain = [upper]
            var previous = upper
            if realLayer[lower] - realLayer[upper] > 1 {
                for dummyLayer in (realLayer[upper] + 1)..<realLayer[lower] {
                    let dummy = layer.count
                    layer.append(dummyLayer)
                    width.append(0)
                    height.append(0)
                    up.append([previous])
                    down.append([])
                    down[previous].append(dummy)
                    chain.append(dummy)
                    previous = dummy
                }
            }
            down[previous].append(lower)
            up[lower].append(previous)
            chain.append(lower)
            chains.append(chain)
        }
        let layerCount = (layer.max() ?? -1) + 1
        layers = [[Int]](repeating: [], count: layerCount)
    }

    var nodeCount: Int { layer.count }

    func isDummy(_ node: Int) -> Bool { node >= realCount }
}
