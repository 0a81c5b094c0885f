/// Turns node positions and dummy chains into edge routes.
///
/// Each edge is a polyline through the positions of its dummy nodes, its ends
/// clipped to the borders of its nodes' boxes; reversed edges are turned back
/// to point from source to target. Parallel edges between two adjacent layers
/// bow apart through offset midpoints and attach at spread points, and a
/// self-loop is drawn as a small rectangle on the node's right side (as
/// Graphviz does).
///
/// - Complexity: O(*E* + *D*) for *D* dummy nodes.
struct EdgeRouting {
    let graph: ProperLayering
    let center: [Point]
    /// The horizontal gap between parallel edges.
    let spread: Double

    func routes(edges: [(source: Int, target: Int)], reversed: [Bool]) -> [[Point]] {
        var parallel: [Int: [Int]] = [:]
        for (index, chain) in graph.chains.enumerated() where chain.count == 2 {
            parallel[pairKey(chain[0], chain[1]), default: []].append(index)
        }
        var rank = [Int](repeating: 0, count: edges.count)
        var groupSize = [Int](repeating: 1, count: edges.count)
        for group in parallel.values where group.count > 1 {
            for (position, edge) in group.enumerated() {
                rank[edge] = position
                groupSize[edge] = group.count
            }
        }
        var routes: [[Point]] = []
        routes.reserveCapacity(edges.count)
        for (index, edge) in edges.enumerated() {
            let chain = graph.chains[index]
            guard !chain.isEmpty else {
                routes.append(selfLoop(edge.source, nesting: selfLoopNesting(index, edges: edges)))
                continue
            }
            var points = chain.map { center[$0] }
            if groupSize[index] > 1 {
                let offset = (Double(rank[index]) - Double(groupSize[index] - 1) / 2) * spread
                let start = points[0], end = points[1]
                points = [
                    Point(x: start.x + offset / 2, y: start.y),
                    Point(x: (start.x + end.x) / 2 + offset, y: (start.y + end.y) / 2),
                    Point(x: end.x + offset / 2, y: end.y),
                ]
            }
            points[0] = clip(from: points[1], to: points[0], node: chain[0])
            points[points.count - 1] = clip(from: points[points.count - 2], to: points[points.count - 1], node: chain[chain.count - 1])
            routes.append(reversed[index] ? points.reversed() : points)
        }
        return routes
    }

    private func pairKey(_ a: Int, _ b: Int) -> Int { min(a, b) &* 0x1_0000_0000 &+ max(a, b) }

    private func selfLoopNesting(_ index: Int, edges: [(source: Int, target: Int)]) -> Int {
        edges[..<index].filter { $0.source == edges[index].source && $0.target == edges[index].source }.count
    }

    /// Where the segment from `inside` (a point in `node`'s box, its centre
    /// or an attachment point beside it) towards `outside` leaves the box.
    private func clip(from outside: Point, to inside: Point, node: Int) -> Point {
        let halfWidth = graph.width[node] / 2, halfHeight = graph.height[node] / 2
        guard halfWidth > 0 || halfHeight > 0 else { return inside }
        let box = center[node]
        let dx = outside.x - inside.x, dy = outside.y - inside.y
        guard dx != 0 || dy != 0 else { return inside }
        let exitX = dx > 0 ? (box.x + halfWidth - inside.x) / dx : dx < 0 ? (box.x - halfWidth - inside.x) / dx : Double.infinity
        let exitY = dy > 0 ? (box.y + halfHeight - inside.y) / dy : dy < 0 ? (box.y - halfHeight - inside.y) / dy : Double.infinity
        let scale = max(0, min(exitX, exitY, 1))
        return Point(x: inside.x + dx * scale, y: inside.y + dy * scale)
    }

    private func selfLoop(_ node: Int, nesting: Int) -> [Point] {
        let middle = center[node]
        let right = middle.x + graph.width[node] / 2
        let reach = 14 + Double(nesting) * 8
        let rise = graph.height[node] / 4
        return [
            Point(x: right, y: middle.y - rise), Point(x: right + reach, y: middle.y - rise),
            Point(x: right + reach, y: middle.y + rise), Point(x: right, y: middle.y + rise),
        ]
    }
}
