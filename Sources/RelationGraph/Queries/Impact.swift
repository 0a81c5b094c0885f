/// A party that loses support when another party is removed.
public struct ImpactedParty: Sendable, Hashable, Codable {
    /// The party that loses support.
    public var party: PartyID
    /// The chain by which the removed party supported it, from the removed party outward.
    public var chain: [SupportLink]
    /// Its direct suppliers other than the removed party, in insertion order.
    ///
    /// Empty means that, once the removed party is gone, no one supports it
    /// directly any more (through the kinds and modalities the query followed).
    public var remainingSuppliers: [PartyID]

    /// Creates an impacted party.
    ///
    /// - Complexity: O(1).
    public init(party: PartyID, chain: [SupportLink], remainingSuppliers: [PartyID]) {
        self.party = party
        self.chain = chain
        self.remainingSuppliers = remainingSuppliers
    }

    /// Whether the removed party supported this one directly.
    public var isDirect: Bool { chain.count == 1 }
}

extension Graph {
    /// Who loses direct or indirect support if `party` is removed: for
    /// example, who is hit when strikes stop a supplier's factories.
    ///
    /// A party loses support exactly when it depends on the removed party:
    /// any other party's suppliers stay reachable without it. Each impacted
    /// party comes with the chain through which the removed party reached it
    /// (as in ``dependents(of:includeHedged:maxDepth:kinds:window:)``) and the
    /// direct suppliers it keeps.
    ///
    /// With a `window`, the question is asked of the relations as reported in that period.
    ///
    /// - Throws: ``QueryError/unknownParty(_:)`` when the party is not in the graph.
    /// - Complexity: O(*V* + *E*) time and O(*V*) space for the search, plus
    ///   O(*d* · Δ + Δ) per impacted party for its chain and remaining suppliers.
    public func impact(
        ofRemoving party: PartyID, includeHedged: Bool = false,
        kinds: Set<RelationKind> = RelationKind.support, window: ReportingWindow? = nil
    ) throws(QueryError) -> [ImpactedParty] {
        let search = try supportSearch(
            from: party, towardSuppliers: false, includeHedged: includeHedged, maxDepth: nil, kinds: kinds, window: window)
        let adjacency = storage.adjacency
        return search.discovered.map { node in
            var seen = Set<Int>()
            let remaining = adjacency.incoming(node)
                .filter { search.mask.allows(Int($0)) }
                .map { Int(storage.edgeSource[Int($0)]) }
                .filter { $0 != search.root && seen.insert($0).inserted }
                .map { storage.parties[$0].id }
            return ImpactedParty(
                party: storage.parties[node].id, chain: search.chain(to: node, in: self),
                remainingSuppliers: remaining)
        }
    }
}
