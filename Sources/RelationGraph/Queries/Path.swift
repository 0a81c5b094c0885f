/// A walk through the graph: a start party and the relations followed from it.
public struct Path: Sendable, Hashable {
    /// The party the path starts from.
    public var start: PartyID
    /// The relations followed, in order; each one's source is the previous one's target.
    public var relations: [Relation]

    /// Creates a path.
    ///
    /// - Complexity: O(1).
    public init(start: PartyID, relations: [Relation]) {
        self.start = start
        self.relations = relations
    }

    /// The parties visited, from the start to the end.
    ///
    /// - Complexity: O(*n*) in the path's length.
    public var parties: [PartyID] { [start] + relations.map(\.target) }

    /// The number of relations followed.
    public var length: Int { relations.count }

    /// Whether any relation on the path is hedged.
    ///
    /// - Complexity: O(*n*) in the path's length.
    public var isHedged: Bool { relations.contains { $0.modality == .hedged } }
}

extension Graph {
    /// Materialises a path from a start node and dense edge indexes, each
    /// relation as the mask sees it (with only its window's evidence).
    func path(start: Int, edges: [Int], mask: EdgeMask?) -> Path {
        Path(start: storage.parties[start].id, relations: edges.map { mask?.relation(at: $0, in: self) ?? relation(at: $0) })
    }
}
