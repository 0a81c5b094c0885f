/// Which relations a query may follow: by kind and by modality.
public struct RelationFilter: Sendable, Hashable {
    /// The kinds to follow, or `nil` for every kind.
    public var kinds: Set<RelationKind>?
    /// The modalities to follow.
    public var modalities: Set<Modality>

    /// Creates a filter.
    ///
    /// - Parameters:
    ///   - kinds: The kinds to follow, or `nil` for every kind.
    ///   - modalities: The modalities to follow; both by default.
    /// - Complexity: O(1).
    public init(kinds: Set<RelationKind>? = nil, modalities: Set<Modality> = [.asserted, .hedged]) {
        self.kinds = kinds
        self.modalities = modalities
    }

    /// Creates a filter that follows hedged relations only when asked to.
    ///
    /// - Complexity: O(1).
    public init(kinds: Set<RelationKind>? = nil, includeHedged: Bool) {
        self.init(kinds: kinds, modalities: includeHedged ? [.asserted, .hedged] : [.asserted])
    }

    /// Every relation.
    public static let all = RelationFilter()
    /// Asserted relations of every kind.
    public static let asserted = RelationFilter(modalities: [.asserted])

    /// Whether a relation passes the filter.
    ///
    /// - Complexity: O(1) expected.
    public func allows(_ relation: Relation) -> Bool {
        modalities.contains(relation.modality) && (kinds?.contains(relation.kind) ?? true)
    }
}

/// A ``RelationFilter`` compiled against one graph's kind numbers, so that
/// traversals test an edge with two array reads and no hashing.
@usableFromInline
struct EdgeMask: Sendable {
    /// Whether each tag (kind number and modality, see `GraphStorage.edgeTag`) passes.
    @usableFromInline let allowedTags: [Bool]
    @usableFromInline let edgeTag: [UInt16]

    @usableFromInline
    init(_ filter: RelationFilter, storage: GraphStorage) {
        let allowAsserted = filter.modalities.contains(.asserted)
        let allowHedged = filter.modalities.contains(.hedged)
        allowedTags = storage.kinds.flatMap { kind -> [Bool] in
            let kindAllowed = filter.kinds?.contains(kind) ?? true
            return [kindAllowed && allowAsserted, kindAllowed && allowHedged]
        }
        edgeTag = storage.edgeTag
    }

    @inlinable
    func allows(_ edge: Int) -> Bool {
        allowedTags[Int(edgeTag[edge])]
    }

    @inlinable
    func isHedged(_ edge: Int) -> Bool {
        edgeTag[edge] & 1 != 0
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
