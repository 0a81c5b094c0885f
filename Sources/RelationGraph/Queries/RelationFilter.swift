/// Which relations a query may follow: by kind, by modality, and by when they were reported.
///
/// With a ``window``, a query sees each relation as it was reported in that
/// period (see ``ReportingWindow/restrict(_:)``): a relation none of whose
/// evidence falls in the window is not followed, one whose evidence there
/// only hedges it counts as hedged, and the relations a query returns carry
/// only the evidence from the window. Every query that takes a filter, and
/// the dependency queries through their `window` parameter, answer for the
/// period without copying the graph.
public struct RelationFilter: Sendable, Hashable {
    /// The kinds to follow, or `nil` for every kind.
    public var kinds: Set<RelationKind>?
    /// The modalities to follow, as seen in the window when there is one.
    public var modalities: Set<Modality>
    /// The reporting period to see relations in, or `nil` for all of their evidence.
    public var window: ReportingWindow?

    /// Creates a filter.
    ///
    /// - Parameters:
    ///   - kinds: The kinds to follow, or `nil` for every kind.
    ///   - modalities: The modalities to follow; both by default.
    ///   - window: The reporting period, or `nil` for all evidence.
    /// - Complexity: O(1).
    public init(kinds: Set<RelationKind>? = nil, modalities: Set<Modality> = [.asserted, .hedged], window: ReportingWindow? = nil) {
        self.kinds = kinds
        self.modalities = modalities
        self.window = window
    }

    /// Creates a filter that follows hedged relations only when asked to.
    ///
    /// - Complexity: O(1).
    public init(kinds: Set<RelationKind>? = nil, includeHedged: Bool, window: ReportingWindow? = nil) {
        self.init(kinds: kinds, modalities: includeHedged ? [.asserted, .hedged] : [.asserted], window: window)
    }

    /// Every relation.
    public static let all = RelationFilter()
    /// Asserted relations of every kind.
    public static let asserted = RelationFilter(modalities: [.asserted])

    /// Whether a relation passes the filter, as seen in its window.
    ///
    /// - Complexity: O(1) expected without a window, O(*e*) in the relation's evidence with one.
    public func allows(_ relation: Relation) -> Bool {
        guard kinds?.contains(relation.kind) ?? true else { return false }
        guard let window else { return modalities.contains(relation.modality) }
        return window.restrict(relation).map { modalities.contains($0.modality) } ?? false
    }
}

/// A ``RelationFilter`` compiled against one graph's kind numbers, so that
/// traversals test an edge with two array reads and no hashing.
@usableFromInline
struct EdgeMask: Sendable {
    /// Whether each tag (kind number and modality, see `GraphStorage.edgeTag`) passes.
    @usableFromInline let allowedTags: [Bool]
    @usableFromInline let edgeTag: [UInt16]
    /// The window and how each edge looks in it; `nil` without a window.
    @usableFromInline let window: Window?

    @usableFromInline
    struct Window: Sendable {
        @usableFromInline let period: ReportingWindow
        /// Per edge: 0 not reported in the window, 1 asserted there, 2 hedged there.
        @usableFromInline let seen: [UInt8]
        /// Whether the whole filter allows each edge and each adjacency slot.
        @usableFromInline let allowed: WindowedEdges
    }

    @usableFromInline
    init(_ filter: RelationFilter, storage: GraphStorage) {
        let allowAsserted = filter.modalities.contains(.asserted)
        let allowHedged = filter.modalities.contains(.hedged)
        allowedTags = storage.kinds.flatMap { kind -> [Bool] in
            let kindAllowed = filter.kinds?.contains(kind) ?? true
            return [kindAllowed && allowAsserted, kindAllowed && allowHedged]
        }
        edgeTag = storage.edgeTag
        window = filter.window.map { [allowedTags] period in
            let seen = storage.seen(in: period)
            return Window(period: period, seen: seen, allowed: storage.allowed(by: filter, seen: seen, allowedTags: allowedTags))
        }
    }

    /// Whether the filter lets a traversal follow an edge.
    @inlinable
    func allows(_ edge: Int) -> Bool {
        guard let window else { return allowedTags[Int(edgeTag[edge])] }
        return window.allowed.byEdge[edge]
    }

    /// Whether an edge the filter allows is hedged, as seen in the window.
    @inlinable
    func isHedged(_ edge: Int) -> Bool {
        guard let window else { return edgeTag[edge] & 1 != 0 }
        return window.seen[edge] != 1
    }

    /// A relation as the filter sees it: with only the evidence from its window.
    func relation(at edge: Int, in graph: Graph) -> Relation {
        let relation = graph.relation(at: edge)
        return window?.period.restrict(relation) ?? relation
    }
}


/// The error a query throws when it is asked about a party the graph does not hold.
public enum QueryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No party has this ID.
    case unknownParty(PartyID)

    /// A one-line description for people.
    public var description: String {
        switch self {
        case .unknownParty(let id): "unknown party \"\(id)\""
        }
    }
}

extension Graph {
    /// The node index of a party, or a ``QueryError`` naming it.
    @usableFromInline
    func requireNode(_ id: PartyID) throws(QueryError) -> Int {
        guard let node = nodeIndex(of: id) else { throw .unknownParty(id) }
        return node
    }
}
