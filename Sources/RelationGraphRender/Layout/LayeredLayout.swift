import RelationGraph

/// A pure-Swift layered (Sugiyama) layout of a relation graph.
///
/// The phases, one per file: `CycleRemoval` (Eades–Lin–Smyth), layer
/// assignment (longest path with span-reducing moves), dummy nodes for long
/// edges (`ProperLayering`), crossing reduction (weighted-median sweeps with
/// transpose), coordinate assignment (Brandes–Köpf) and edge routing. Node
/// boxes are sized from their labels' text width.
///
/// ```swift
/// let layout = LayeredLayout().layout(try Graph.seed())
/// let svg = SVGWriter().svg(for: layout)
/// ```
///
/// - Complexity: O((*V* + *E* + *D*) log(*V* + *E* + *D*)) per sweep for *D*
///   dummy nodes, with a bounded number of sweeps.
public struct LayeredLayout: Sendable {
    /// Which way layers run.
    public enum Direction: String, Sendable, CaseIterable {
        /// Sources at the top, edges pointing down.
        case topToBottom = "TB"
        /// Sources at the left, edges pointing right.
        case leftToRight = "LR"
    }

    /// Sizes and spacing, in points.
    public struct Options: Sendable {
        /// The label font size.
        public var fontSize: Double = 12
        /// Horizontal padding inside a node box, each side.
        public var nodePadding: Double = 9
        /// The height of a node box.
        public var nodeHeight: Double = 28
        /// The gap between neighbouring nodes in a layer.
        public var nodeSeparation: Double = 18
        /// The gap beside an edge bend.
        public var edgeSeparation: Double = 8
        /// The gap between layers.
        public var layerSeparation: Double = 56
        /// The blank border around the drawing.
        public var margin: Double = 16
        /// Which way layers run.
        public var direction: Direction = .topToBottom
        /// The most crossing-reduction sweeps.
        public var crossingIterations = 24

        /// Default sizes.
        ///
        /// - Complexity: O(1).
        public init() {}
    }

    /// The sizes and spacing used.
    public var options: Options

    /// Creates a layout engine.
    ///
    /// - Complexity: O(1).
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Lays out the parties and the relations the filter allows.
    ///
    /// - Complexity: See ``LayeredLayout``.
    public func layout(_ graph: Graph, filter: RelationFilter = .all) -> GraphLayout {
        let labels = graph.parties.map(\.name)
        var widths = labels.map { max(TextMetrics.width(of: $0, fontSize: options.fontSize) + 2 * options.nodePadding, options.nodeHeight) }
        var heights = [Double](repeating: options.nodeHeight, count: labels.count)
        let vertical = options.direction == .topToBottom
        if !vertical { swap(&widths, &heights) }
        var relations: [Int] = []
        var edges: [(source: Int, target: Int)] = []
        for index in 0..<graph.relationCount {
            let kind = graph.kind(ofRelation: index)
            let modality: Modality = graph.isHedged(relation: index) ? .hedged : .asserted
            guard filter.modalities.contains(modality), filter.kinds?.contains(kind) ?? true else { continue }
            relations.append(index)
            edges.append(graph.endpoints(ofRelation: index))
        }

        let reversed = CycleRemoval.reversedEdges(nodeCount: labels.count, edges: edges)
        let oriented = zip(edges, reversed).map { edge, flip in flip ? (source: edge.target, target: edge.source) : edge }
        let layer = LayerAssignment.layers(nodeCount: labels.count, edges: oriented)
        var reduction = CrossingReduction(
            ProperLayering(layer: layer, width: widths, height: heights, edges: edges, reversed: reversed),
            iterations: options.crossingIterations)
        let proper = reduction.run()
        let xs = CoordinateAssignment(
            graph: proper, nodeSeparation: options.nodeSeparation, edgeSeparation: options.edgeSeparation
        ).xCoordinates()

        var layerTop: [Double] = []
        var layerHeight: [Double] = []
        var cursor = 0.0
        for nodes in proper.layers {
            let height = nodes.map { proper.height[$0] }.max() ?? 0
            layerTop.append(cursor)
            layerHeight.append(height)
            cursor += height + options.layerSeparation
        }
        let minX = (0..<proper.nodeCount).map { xs[$0] - proper.width[$0] / 2 }.min() ?? 0
        var centers = (0..<proper.nodeCount).map { node in
            Point(x: xs[node] - minX + options.margin,
                  y: layerTop[proper.layer[node]] + layerHeight[proper.layer[node]] / 2 + options.margin)
        }
        let routing = EdgeRouting(graph: proper, center: centers, spread: options.edgeSeparation + 4)
        var routes = routing.routes(edges: edges, reversed: reversed)
        var extentX = (0..<labels.count).map { centers[$0].x + proper.width[$0] / 2 }.max() ?? 0
        var extentY = (0..<labels.count).map { centers[$0].y + proper.height[$0] / 2 }.max() ?? 0
        for point in routes.joined() {
            extentX = max(extentX, point.x)
            extentY = max(extentY, point.y)
        }
        if !vertical {
            centers = centers.map { Point(x: $0.y, y: $0.x) }
            routes = routes.map { $0.map { Point(x: $0.y, y: $0.x) } }
            swap(&extentX, &extentY)
            swap(&widths, &heights)
        }
        let nodes = graph.parties.enumerated().map { index, party in
            NodePlacement(id: party.id, label: party.name, center: centers[index], width: widths[index], height: heights[index])
        }
        let edgeRoutes = relations.enumerated().map { position, relation in
            EdgeRoute(
                relation: relation, source: graph.parties[edges[position].source].id,
                target: graph.parties[edges[position].target].id, kind: graph.kind(ofRelation: relation),
                isHedged: graph.isHedged(relation: relation), points: routes[position])
        }
        return GraphLayout(nodes: nodes, edges: edgeRoutes, width: extentX + options.margin, height: extentY + options.margin)
    }
}
