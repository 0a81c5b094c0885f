extension Graph {
    /// Adds a party, or updates the party with the same ID.
    ///
    /// An update replaces the name and kind and adds any new aliases, so that
    /// a party first created implicitly by a relation can be described later.
    ///
    /// - Returns: The party's dense node index.
    /// - Complexity: O(1) expected, plus O(*a*) for *a* names and aliases.
    @discardableResult
    public mutating func addParty(_ party: Party) -> Int {
        makeUnique()
        let storage = storage
        storage.partyVersion += 1
        let node = Int(storage.node(for: party.id))
        let old = storage.parties[node]
        var merged = party
        merged.aliases = old.aliases + party.aliases.filter { !old.aliases.contains($0) }
        storage.parties[node] = merged
        return node
    }

    /// Adds a relation as a new edge, even when a parallel one exists.
    ///
    /// Parties the relation names that are not yet in the graph are added with
    /// their ID as name.
    ///
    /// - Returns: The relation's dense edge index.
    /// - Precondition: The graph knows the relation's kind or holds fewer than
    ///   ``maximumKindCount`` kinds.
    /// - Complexity: O(1) amortised and expected.
    @discardableResult
    public mutating func add(_ relation: Relation) -> Int {
        let source = node(for: relation.source)
        let target = node(for: relation.target)
        let detail = RelationDetail(
            evidence: relation.evidence, validFrom: relation.validFrom,
            validUntil: relation.validUntil, attributes: relation.attributes)
        return appendEdge(
            source: source, kind: kindNumber(for: relation.kind), target: target,
            hedged: relation.modality == .hedged, detail: detail)
    }

    /// Merges relations into the graph, one edge per (source, kind, target).
    ///
    /// A relation whose (source, kind, target) is already in the graph adds its
    /// evidence to that edge (skipping evidence already there) and strengthens
    /// its modality: asserted wins over hedged, and the evidence of the
    /// asserted statement then comes first. Validity dates widen to cover
    /// both; attributes of the incoming relation fill in missing keys.
    /// Relations are otherwise added in order.
    ///
    /// - Complexity: O(*E* + *k*) expected for *k* incoming relations, plus their evidence.
    public mutating func merge(_ relations: some Sequence<Relation>) {
        makeUnique()
        var existing: [EdgeKey: Int] = [:]
        for edge in 0..<relationCount {
            let key = EdgeKey(
                source: storage.edgeSource[edge], kind: Int32(storage.kindNumber(ofEdge: edge)),
                target: storage.edgeTarget[edge])
            if existing[key] == nil { existing[key] = edge }
        }
        // Each strengthened edge's evidence as a set, built once per merge: a relation stated in
        // thousands of merged documents would otherwise rehash all its evidence for each one.
        var known: [Int: Set<Evidence>] = [:]
        for relation in relations {
            let key = EdgeKey(
                source: Int32(node(for: relation.source)), kind: Int32(kindNumber(for: relation.kind)),
                target: Int32(node(for: relation.target)))
            if let edge = existing[key] {
                strengthen(edge: edge, with: relation, known: &known)
            } else {
                existing[key] = add(relation)
            }
        }
    }

    /// Merges another graph into this one: its parties and its relations
    /// (merged as the sequence overload of `merge(_:)` does).
    ///
    /// A party in both graphs keeps this graph's name and kind unless those
    /// are bare (the name is the ID and the kind ``PartyKind/other``), in
    /// which case the other graph's description is taken; aliases are united.
    ///
    /// - Complexity: O(*V* + *E*) expected in the size of both graphs.
    public mutating func merge(_ other: Graph) {
        for party in other.parties {
            guard let current = self.party(party.id) else {
                addParty(party)
                continue
            }
            let isBare = current.name == current.id.rawValue && current.kind == .other
            var merged = isBare ? party : current
            merged.aliases = party.aliases
            addParty(merged)
        }
        merge(other.relations)
    }

    private struct EdgeKey: Hashable {
        var source: Int32
        var kind: Int32
        var target: Int32
    }

    private mutating func strengthen(edge: Int, with relation: Relation, known: inout [Int: Set<Evidence>]) {
        makeUnique()
        let storage = storage
        let strengthens = relation.modality == .asserted && storage.isHedged(edge: edge)
        if relation.modality == .asserted { storage.edgeTag[edge] &= ~1 }
        let detailIndex = storage.detailIndex(ofEdge: edge)
        var detail = RelationDetail(evidence: [], validFrom: nil, validUntil: nil, attributes: [:])
        if detailIndex >= 0 {
            detail = storage.details[detailIndex]
            // Taken out of the storage, so that appending below does not copy the whole array.
            storage.details[detailIndex].evidence = []
        }
        if known[edge] == nil { known[edge] = Set(detail.evidence) }
        var incoming: [Evidence] = []
        for evidence in relation.evidence where known[edge, default: []].insert(evidence).inserted { incoming.append(evidence) }
        // The statement with the strongest modality is cited first.
        if strengthens { detail.evidence.insert(contentsOf: incoming, at: 0) } else { detail.evidence.append(contentsOf: incoming) }
        if let from = relation.validFrom { detail.validFrom = min(detail.validFrom ?? from, from) }
        if let until = relation.validUntil { detail.validUntil = max(detail.validUntil ?? until, until) }
        detail.attributes.merge(relation.attributes) { current, _ in current }
        if detail.isEmpty { return }
        storage.detailVersion += 1
        if detailIndex >= 0 {
            storage.details[detailIndex] = detail
        } else {
            storage.setDetailIndex(storage.details.count, ofEdge: edge)
            storage.details.append(detail)
        }
    }

    /// The node index of a party, adding a bare party when it is new.
    @usableFromInline
    mutating func node(for id: PartyID) -> Int {
        if let node = storage.index(of: id) { return Int(node) }
        makeUnique()
        return Int(storage.node(for: id))
    }

    /// Whether the graph has room for relations of `kind`: it knows the kind
    /// already or holds fewer than ``maximumKindCount`` kinds.
    func canHold(kind: RelationKind) -> Bool {
        storage.kindIndex[kind] != nil || storage.kinds.count < Graph.maximumKindCount
    }

    /// The number of a relation kind, registering it when it is new.
    @usableFromInline
    mutating func kindNumber(for kind: RelationKind) -> Int {
        if let number = storage.kindIndex[kind] { return Int(number) }
        makeUnique()
        return Int(storage.kindNumber(for: kind))
    }

    /// Appends an edge between known nodes; the importers' fast path.
    @usableFromInline
    @discardableResult
    mutating func appendEdge(source: Int, kind: Int, target: Int, hedged: Bool, detail: RelationDetail?) -> Int {
        makeUnique()
        let storage = storage
        let edge = storage.edgeSource.count
        storage.edgeSource.append(Int32(source))
        storage.edgeTarget.append(Int32(target))
        storage.edgeTag.append(GraphStorage.tag(kind: kind, hedged: hedged))
        if !storage.edgeDetail.isEmpty { storage.edgeDetail.append(-1) }
        if let detail, !detail.isEmpty {
            storage.setDetailIndex(storage.details.count, ofEdge: edge)
            storage.details.append(detail)
        }
        return edge
    }

    /// Reserves room for `relations` more edges, so that bulk loads do not reallocate.
    ///
    /// - Complexity: O(*E*) when the buffers grow.
    public mutating func reserveCapacity(relations: Int) {
        makeUnique()
        let total = relationCount + relations
        storage.edgeSource.reserveCapacity(total)
        storage.edgeTarget.reserveCapacity(total)
        storage.edgeTag.reserveCapacity(total)
    }
}
