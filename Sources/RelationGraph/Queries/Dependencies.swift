/// One link of a dependency chain: every relation by which `supplier`
/// supports `recipient` that the query followed.
public struct SupportLink: Sendable, Hashable, Codable {
    /// The party giving support.
    public var supplier: PartyID
    /// The party receiving it.
    public var recipient: PartyID
    /// The parallel relations behind the link (for example both supply and troops), in insertion order.
    public var relations: [Relation]

    /// Creates a link.
    ///
    /// - Complexity: O(1).
    public init(supplier: PartyID, recipient: PartyID, relations: [Relation]) {
        self.supplier = supplier
        self.recipient = recipient
        self.relations = relations
    }

    /// Whether the link rests on hedged relations only.
    ///
    /// - Complexity: O(*k*) in the number of relations.
    public var isHedged: Bool { !relations.contains { $0.modality == .asserted } }
}

/// A party in a dependency closure, with the shortest chain that connects it.
public struct Dependency: Sendable, Hashable, Codable {
    /// The supplier (for ``Graph/dependencies(of:includeHedged:maxDepth:kinds:window:)``)
    /// or the dependent (for ``Graph/dependents(of:includeHedged:maxDepth:kinds:window:)``).
    public var party: PartyID
    /// The number of links between the queried party and this one; 1 is direct.
    public var depth: Int { chain.count }
    /// The links from the queried party outward.
    public var chain: [SupportLink]

    /// Creates a dependency.
    ///
    /// - Complexity: O(1).
    public init(party: PartyID, chain: [SupportLink]) {
        self.party = party
        self.chain = chain
    }

    /// Whether any link of the chain rests on hedged relations only.
    ///
    /// - Complexity: O(*d* · *k*) for *d* links of *k* relations.
    public var isHedged: Bool { chain.contains(where: \.isHedged) }
}

extension Graph {
    /// The parties that `party` depends on, directly or indirectly.
    ///
    /// A depends on B when B supplies A or sends troops to A; the closure
    /// follows this transitively. Each supplier comes with its shortest chain
    /// (fewest links; among those, fewest hedged links; then insertion order)
    /// and the relations and evidence of every link. Results are ordered by
    /// depth, then by discovery order.
    ///
    /// - Parameters:
    ///   - party: The dependent party.
    ///   - includeHedged: Whether hedged relations count; by default only asserted ones do.
    ///   - maxDepth: The longest chain to follow, or `nil` for no limit.
    ///   - kinds: The kinds through which support flows; supply and troops by default.
    ///   - window: The reporting period to answer for (see ``RelationFilter/window``), or `nil` for all evidence.
    /// - Throws: ``QueryError/unknownParty(_:)`` when the party is not in the graph.
    /// - Complexity: O(*V* + *E*) time and O(*V*) space for the breadth-first
    ///   search, plus O(*d* · Δ) per result to collect the parallel relations of
    ///   its *d* links. Every result carries its whole chain, so on a deep
    ///   graph (a long supply chain) the output grows with the sum of depths:
    ///   pass `maxDepth` there.
    public func dependencies(
        of party: PartyID, includeHedged: Bool = false, maxDepth: Int? = nil,
        kinds: Set<RelationKind> = RelationKind.support, window: ReportingWindow? = nil
    ) throws(QueryError) -> [Dependency] {
        let search = try supportSearch(
            from: party, towardSuppliers: true, includeHedged: includeHedged, maxDepth: maxDepth, kinds: kinds, window: window)
        return search.discovered.map { node in
            Dependency(party: storage.parties[node].id, chain: search.chain(to: node, in: self))
        }
    }

    /// The parties that depend on `party`, directly or indirectly: everyone
    /// it supplies or sends troops to, and everyone they support in turn.
    ///
    /// The reverse of ``dependencies(of:includeHedged:maxDepth:kinds:window:)``, with
    /// the same chain rules.
    ///
    /// - Throws: ``QueryError/unknownParty(_:)`` when the party is not in the graph.
    /// - Complexity: O(*V* + *E*) time and O(*V*) space, plus O(*d* · Δ) per result.
    public func dependents(
        of party: PartyID, includeHedged: Bool = false, maxDepth: Int? = nil,
        kinds: Set<RelationKind> = RelationKind.support, window: ReportingWindow? = nil
    ) throws(QueryError) -> [Dependency] {
        let search = try supportSearch(
            from: party, towardSuppliers: false, includeHedged: includeHedged, maxDepth: maxDepth, kinds: kinds, window: window)
        return search.discovered.map { node in
            Dependency(party: storage.parties[node].id, chain: search.chain(to: node, in: self))
        }
    }

    func supportSearch(
        from party: PartyID, towardSuppliers: Bool, includeHedged: Bool, maxDepth: Int?,
        kinds: Set<RelationKind>, window: ReportingWindow?
    ) throws(QueryError) -> SupportSearch {
        let root = try requireNode(party)
        return SupportSearch(
            graph: self, root: root, towardSuppliers: towardSuppliers,
            mask: EdgeMask(RelationFilter(kinds: kinds, includeHedged: includeHedged, window: window), storage: storage),
            maxDepth: maxDepth ?? Int.max)
    }
}

/// A level-by-level breadth-first search along support relations that keeps,
/// for every party reached, a parent on a chain with the fewest links and,
/// among those, the fewest hedged links.
struct SupportSearch {
    let root: Int
    let towardSuppliers: Bool
    let mask: EdgeMask
    /// Reached nodes in order of depth, then discovery; the root excluded.
    private(set) var discovered: [Int] = []
    private var parent: [Int32]
    private var hedgedLinks: [Int32]

    init(graph: Graph, root: Int, towardSuppliers: Bool, mask: EdgeMask, maxDepth: Int) {
        self.root = root
        self.towardSuppliers = towardSuppliers
        self.mask = mask
        let storage = graph.storage
        let adjacency = storage.adjacency
        let far = towardSuppliers ? storage.edgeSource : storage.edgeTarget
        parent = [Int32](repeating: -1, count: graph.partyCount)
        hedgedLinks = [Int32](repeating: 0, count: graph.partyCount)
        var depth = [Int32](repeating: -1, count: graph.partyCount)
        depth[root] = 0
        var level = [root]
        var levelDepth: Int32 = 0
        while !level.isEmpty && Int(levelDepth) < maxDepth {
            var nextLevel: [Int] = []
            for node in level {
                let edges = towardSuppliers ? adjacency.incoming(node) : adjacency.outgoing(node)
                for edge in edges where mask.allows(Int(edge)) {
                    let neighbour = Int(far[Int(edge)])
                    let cost = hedgedLinks[node] + (mask.isHedged(Int(edge)) ? 1 : 0)
                    if depth[neighbour] < 0 {
                        depth[neighbour] = levelDepth + 1
                        parent[neighbour] = Int32(node)
                        hedgedLinks[neighbour] = cost
                        nextLevel.append(neighbour)
                    } else if depth[neighbour] == levelDepth + 1 && cost < hedgedLinks[neighbour] {
                        parent[neighbour] = Int32(node)
                        hedgedLinks[neighbour] = cost
                    }
                }
            }
            discovered.append(contentsOf: nextLevel)
            level = nextLevel
            levelDepth += 1
        }
    }

    /// The chain of links from the root out to `node`.
    func chain(to node: Int, in graph: Graph) -> [SupportLink] {
        var links: [SupportLink] = []
        var current = node
        while current != root {
            let previous = Int(parent[current])
            links.append(
                towardSuppliers
                    ? link(supplier: current, recipient: previous, in: graph)
                    : link(supplier: previous, recipient: current, in: graph))
            current = previous
        }
        return links.reversed()
    }

    private func link(supplier: Int, recipient: Int, in graph: Graph) -> SupportLink {
        let storage = graph.storage
        let edges = storage.adjacency.outgoing(supplier).lazy
            .map(Int.init)
            .filter { Int(storage.edgeTarget[$0]) == recipient && mask.allows($0) }
        return SupportLink(
            supplier: storage.parties[supplier].id, recipient: storage.parties[recipient].id,
            relations: edges.map { mask.relation(at: $0, in: graph) })
    }
}
