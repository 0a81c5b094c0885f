import RelationGraph

/// A point in a drawing, in points (1/72 inch), with y growing downwards.
public struct Point: Hashable, Sendable, Codable {
    /// The horizontal coordinate.
    public var x: Double
    /// The vertical coordinate, growing downwards.
    public var y: Double

    /// Creates a point.
    ///
    /// - Complexity: O(1).
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// Where a party's box stands in a drawing.
public struct NodePlacement: Hashable, Sendable {
    /// The party.
    public var id: PartyID
    /// The label drawn in the box.
    public var label: String
    /// The centre of the box.
    public var center: Point
    /// The box's width.
    public var width: Double
    /// The box's height.
    public var height: Double

    /// Creates a placement.
    ///
    /// - Complexity: O(1).
    public init(id: PartyID, label: String, center: Point, width: Double, height: Double) {
        self.id = id
        self.label = label
        self.center = center
        self.width = width
        self.height = height
    }
}

/// How a relation is drawn: its route from the source's border to the target's.
public struct EdgeRoute: Hashable, Sendable {
    /// The index of the relation in the graph.
    public var relation: Int
    /// The acting party.
    public var source: PartyID
    /// The party acted upon.
    public var target: PartyID
    /// The relation's kind.
    public var kind: RelationKind
    /// Whether the relation is hedged (drawn dashed).
    public var isHedged: Bool
    /// The polyline from tail to head, both ends on the node borders.
    public var points: [Point]

    /// Creates a route.
    ///
    /// - Complexity: O(1).
    public init(relation: Int, source: PartyID, target: PartyID, kind: RelationKind, isHedged: Bool, points: [Point]) {
        self.relation = relation
        self.source = source
        self.target = target
        self.kind = kind
        self.isHedged = isHedged
        self.points = points
    }
}

/// A finished drawing: boxes for parties, routes for relations, and the overall size.
///
/// Both the pure-Swift ``LayeredLayout`` and the Graphviz engines produce this
/// type, so the SVG writer and layout comparisons work on either.
public struct GraphLayout: Sendable {
    /// One box per party, in the graph's order.
    public var nodes: [NodePlacement]
    /// One route per relation drawn, in the graph's order.
    public var edges: [EdgeRoute]
    /// The width of the drawing, margins included.
    public var width: Double
    /// The height of the drawing, margins included.
    public var height: Double

    /// Creates a layout.
    ///
    /// - Complexity: O(1).
    public init(nodes: [NodePlacement], edges: [EdgeRoute], width: Double, height: Double) {
        self.nodes = nodes
        self.edges = edges
        self.width = width
        self.height = height
    }
}
