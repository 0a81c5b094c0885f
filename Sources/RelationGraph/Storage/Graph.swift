/// A typed, directed multigraph of parties and the relations between them.
///
/// `Graph` is a value type with copy-on-write storage: copies are cheap, and a
/// copy that is mutated leaves the original untouched. Parties and relations
/// are kept in insertion order, and every query visits them in that order, so
/// every output is reproducible byte for byte.
///
/// Internally each party has a dense node index and each relation a dense
/// edge index; adjacency is stored as integer arrays, so queries never hash a
/// string in their inner loops.
///
/// ```swift
/// var graph = Graph()
/// graph.addParty(Party(id: "PRK", name: "North Korea", kind: .state, aliases: ["Pyongyang"]))
/// graph.add(Relation(source: "PRK", kind: .supply, target: "RUS"))
/// let suppliers = graph.dependencies(of: "RUS")
/// ```
public struct Graph: Sendable {
    @usableFromInline var storage: GraphStorage

    /// Creates an empty graph.
    ///
    /// - Complexity: O(1).
    public init() {
        storage = GraphStorage()
    }

    /// Creates a graph from parties and relations.
    ///
    /// Relations may name parties that are not listed; those are added with
    /// their ID as name. Relations are added as they come, without merging
    /// parallel ones (use `merge(_:)` for that).
    ///
    /// - Complexity: O(*V* + *E*) expected.
    public init(parties: some Sequence<Party> = [Party](), relations: some Sequence<Relation>) {
        self.init()
        for party in parties { addParty(party) }
        for relation in relations { add(relation) }
    }

    /// Makes the storage private to this value before a mutation.
    @inlinable
    mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) {
            storage = GraphStorage(copying: storage)
        }
    }

    /// The number of parties.
    ///
    /// - Complexity: O(1).
    public var partyCount: Int { storage.parties.count }

    /// The number of relations, counting parallel ones separately.
    ///
    /// - Complexity: O(1).
    public var relationCount: Int { storage.edgeSource.count }

    /// The parties in insertion order.
    ///
    /// - Complexity: O(1).
    public var parties: [Party] { storage.parties }

    /// The relation kinds that occur in the graph, in order of first use.
    ///
    /// - Complexity: O(1).
    public var kinds: [RelationKind] { storage.kinds }

    /// The relations in insertion order, as a random-access view.
    ///
    /// - Complexity: O(1); reading one element is O(1) plus the size of its evidence.
    public var relations: Relations { Relations(storage: storage) }

    /// The party with this ID, if any.
    ///
    /// - Complexity: O(1) expected.
    public func party(_ id: PartyID) -> Party? {
        storage.index(of: id).map { storage.parties[Int($0)] }
    }

    /// Whether the graph has a party with this ID.
    ///
    /// - Complexity: O(1) expected.
    public func contains(_ id: PartyID) -> Bool { storage.index(of: id) != nil }

    /// The relation at a dense edge index.
    ///
    /// - Precondition: `index` is in `0..<relationCount`.
    /// - Complexity: O(1) plus the size of the relation's evidence.
    public func relation(at index: Int) -> Relation {
        let storage = storage
        var relation = Relation(
            source: storage.parties[Int(storage.edgeSource[index])].id,
            kind: storage.kinds[storage.kindNumber(ofEdge: index)],
            target: storage.parties[Int(storage.edgeTarget[index])].id,
            modality: storage.isHedged(edge: index) ? .hedged : .asserted)
        let detailIndex = storage.detailIndex(ofEdge: index)
        if detailIndex >= 0 {
            let detail = storage.details[detailIndex]
            relation.evidence = detail.evidence
            relation.validFrom = detail.validFrom
            relation.validUntil = detail.validUntil
            relation.attributes = detail.attributes
        }
        return relation
    }

    /// The dense node index of a party.
    ///
    /// - Complexity: O(1) expected.
    @inlinable
    func nodeIndex(of id: PartyID) -> Int? {
        storage.index(of: id).map(Int.init)
    }

    /// The relations in insertion order.
    public struct Relations: RandomAccessCollection, Sendable {
        @usableFromInline let storage: GraphStorage

        @usableFromInline
        init(storage: GraphStorage) { self.storage = storage }

        /// The index of the first relation (always 0).
        public var startIndex: Int { 0 }
        /// One past the index of the last relation.
        public var endIndex: Int { storage.edgeSource.count }

        /// The relation at a dense edge index.
        ///
        /// - Complexity: O(1) plus the size of the relation's evidence.
        public subscript(position: Int) -> Relation {
            Graph(storage: storage).relation(at: position)
        }
    }

    @usableFromInline
    init(storage: GraphStorage) { self.storage = storage }
}

extension Graph: Equatable {
    /// Two graphs are equal when they hold the same parties and the same
    /// relations in the same order.
    ///
    /// - Complexity: O(*V* + *E*).
    public static func == (lhs: Graph, rhs: Graph) -> Bool {
        if lhs.storage === rhs.storage { return true }
        return lhs.parties == rhs.parties && lhs.relations.elementsEqual(rhs.relations)
    }
}
