/// The payload of a relation that traversals never read: evidence, dates, attributes.
@usableFromInline
struct RelationDetail: Sendable, Hashable {
    @usableFromInline var evidence: [Evidence]
    @usableFromInline var validFrom: CalendarDate?
    @usableFromInline var validUntil: CalendarDate?
    @usableFromInline var attributes: [String: String]

    @usableFromInline var isEmpty: Bool {
        evidence.isEmpty && validFrom == nil && validUntil == nil && attributes.isEmpty
    }
}

/// The shared, copy-on-write buffers behind a ``Graph``.
///
/// Edges are stored as parallel arrays (structure of arrays) indexed by a
/// dense edge index, so that traversals touch only the few bytes they need and
/// never hash a string. Relation details live in a side table that most edges
/// of a large graph never use.
///
/// Mutation happens only through ``Graph``'s mutating methods, after
/// `isKnownUniquelyReferenced` has made the storage private to one value, so
/// sharing a storage between threads is safe; each lazily built index is
/// guarded by its own lock (`Locked`).
@usableFromInline
final class GraphStorage: @unchecked Sendable {
    @usableFromInline var parties: [Party]
    @usableFromInline var partyTable = PartyTable()
    /// Counts changes to parties, so that the lazily built name index knows when it is stale.
    @usableFromInline var partyVersion = 0
    @usableFromInline var kinds: [RelationKind]
    @usableFromInline var kindIndex: [RelationKind: Int32]
    @usableFromInline var edgeSource: [Int32]
    @usableFromInline var edgeTarget: [Int32]
    /// Each edge's kind number and modality in 16 bits: `kind << 1 | hedged`.
    @usableFromInline var edgeTag: [UInt16]
    /// Index into `details` for each edge, or -1 when the relation has no
    /// details; empty while no relation has any, so that large graphs without
    /// evidence do not pay 4 bytes a relation for it.
    @usableFromInline var edgeDetail: [Int32]
    @usableFromInline var details: [RelationDetail]
    /// Counts changes to existing relations' details, so that the evidence-date index knows when it is stale.
    @usableFromInline var detailVersion = 0
    private let adjacencyCache = Locked<Adjacency?>(nil)
    private let evidenceDatesCache = Locked<EvidenceDates?>(nil)
    private let windowCache = Locked<(window: ReportingWindow, edgeCount: Int, detailVersion: Int, seen: [UInt8])?>(nil)
    private let windowFilterCache = Locked<(filter: RelationFilter, edgeCount: Int, detailVersion: Int, allowed: WindowedEdges)?>(nil)
    private let nameIndexCache = Locked<(version: Int, index: [String: [Int32]])?>(nil)

    @usableFromInline
    init() {
        parties = []
        kinds = []
        kindIndex = [:]
        edgeSource = []
        edgeTarget = []
        edgeTag = []
        edgeDetail = []
        details = []
    }

    @usableFromInline
    init(copying other: GraphStorage) {
        parties = other.parties
        partyTable = other.partyTable
        partyVersion = other.partyVersion
        kinds = other.kinds
        kindIndex = other.kindIndex
        edgeSource = other.edgeSource
        edgeTarget = other.edgeTarget
        edgeTag = other.edgeTag
        edgeDetail = other.edgeDetail
        details = other.details
        detailVersion = other.detailVersion
    }

    /// The node of a party ID, adding a bare party when it is new.
    ///
    /// Only for a storage that is already private to one graph value.
    func node(for id: PartyID) -> Int32 {
        var text = id.rawValue
        return text.withUTF8 { bytes in
            let hash = PartyTable.hash(bytes)
            let (found, slot) = partyTable.find(bytes, hash: hash, in: parties)
            if let found { return found }
            let node = Int32(parties.count)
            parties.append(Party(id: id))
            partyTable.insert(node: node, hash: hash, at: slot)
            partyVersion += 1
            return node
        }
    }

    /// The node of a party ID, if the graph holds it.
    @usableFromInline
    func index(of id: PartyID) -> Int32? {
        partyTable.node(of: id, in: parties)
    }

    /// The number of a relation kind, registering it when it is new.
    ///
    /// Only for a storage that is already private to one graph value.
    func kindNumber(for kind: RelationKind) -> Int32 {
        if let number = kindIndex[kind] { return number }
        precondition(kinds.count < Graph.maximumKindCount, "a graph holds at most \(Graph.maximumKindCount) relation kinds")
        let number = Int32(kinds.count)
        kinds.append(kind)
        kindIndex[kind] = number
        return number
    }

    /// The tag of an edge of kind number `kind`.
    @inlinable
    static func tag(kind: Int, hedged: Bool) -> UInt16 {
        UInt16(truncatingIfNeeded: kind << 1) | (hedged ? 1 : 0)
    }

    /// The kind number of an edge.
    @inlinable
    func kindNumber(ofEdge edge: Int) -> Int { Int(edgeTag[edge] >> 1) }

    /// Whether an edge is hedged.
    @inlinable
    func isHedged(edge: Int) -> Bool { edgeTag[edge] & 1 != 0 }

    /// The position of an edge's details in `details`, or -1.
    @inlinable
    func detailIndex(ofEdge edge: Int) -> Int { edgeDetail.isEmpty ? -1 : Int(edgeDetail[edge]) }

    /// Points an edge at new details, giving every edge a slot the first time any has details.
    func setDetailIndex(_ index: Int, ofEdge edge: Int) {
        if edgeDetail.isEmpty { edgeDetail = [Int32](repeating: -1, count: edgeSource.count) }
        edgeDetail[edge] = Int32(index)
    }

    /// Normalised names and aliases to nodes, built on first use after parties
    /// changed: bulk loads that never look a name up never pay for it.
    func nameIndex(normalize: (String) -> String) -> [String: [Int32]] {
        nameIndexCache.withLock { cache in
            if let cache, cache.version == partyVersion { return cache.index }
            var index: [String: [Int32]] = [:]
            for (node, party) in parties.enumerated() {
                let keys = Set(([party.id.rawValue, party.name] + party.aliases).map(normalize).filter { !$0.isEmpty })
                for key in keys { index[key, default: []].append(Int32(node)) }
            }
            cache = (partyVersion, index)
            return index
        }
    }

    /// The out- and in-adjacency, built on first use after nodes or edges were added.
    ///
    /// Nodes and edges are only ever appended, so a cached adjacency is current
    /// exactly when it covers as many of each as the storage holds.
    @usableFromInline
    var adjacency: Adjacency {
        adjacencyCache.withLock { cache in
            if let cache, cache.nodeCount == parties.count, cache.edgeCount == edgeSource.count {
                return cache
            }
            let built = Adjacency(
                nodeCount: parties.count, edgeSource: edgeSource, edgeTarget: edgeTarget)
            cache = built
            return built
        }
    }
}

extension GraphStorage {
    /// The evidence dates of every edge, built on first use after edges were
    /// added or evidence changed, for windowed queries.
    @usableFromInline
    var evidenceDates: EvidenceDates {
        evidenceDatesCache.withLock { cache in
            if let cache, cache.edgeCount == edgeSource.count, cache.detailVersion == detailVersion { return cache }
            let built = EvidenceDates(storage: self)
            cache = built
            return built
        }
    }

    /// How each edge looks in a window: 0 when none of its evidence is in
    /// it, 1 asserted, 2 hedged. The last window asked for is kept, since a
    /// session (a command, a report, a finder's many queries) asks the same
    /// one again and again; then a windowed traversal reads one byte more
    /// per edge than an undated one.
    ///
    /// - Complexity: O(*E*) the first time for a window, plus the index's
    ///   O(*E* + *e* log *e*) the first time for the graph; then O(1).
    func seen(in window: ReportingWindow) -> [UInt8] {
        if let cache = windowCache.withLock({ $0 }), cache.window == window, cache.edgeCount == edgeSource.count,
            cache.detailVersion == detailVersion
        {
            return cache.seen
        }
        let dates = evidenceDates
        let since = window.since.map(EvidenceDates.dayNumber) ?? .min
        let until = window.until.map(EvidenceDates.dayNumber) ?? .max
        let seen = (0..<edgeSource.count).map { edge -> UInt8 in
            switch dates.isHedged(
                edge: edge, since: since, until: until, includesUndated: window.includesUndated,
                hedgedWithoutEvidence: isHedged(edge: edge))
            {
            case nil: 0
            case false?: 1
            case true?: 2
            }
        }
        windowCache.withLock { $0 = (window, edgeSource.count, detailVersion, seen) }
        return seen
    }

    /// Whether a windowed filter allows each edge, by edge and by adjacency
    /// slot, kept for the last such filter like ``seen(in:)``: a traversal
    /// reads one byte per slot beside the neighbour, where an undated
    /// filter reads the edge's id and then its tag.
    ///
    /// - Complexity: O(*E*) the first time for a filter, then O(1).
    func allowed(by filter: RelationFilter, seen: [UInt8], allowedTags: [Bool]) -> WindowedEdges {
        if let cache = windowFilterCache.withLock({ $0 }), cache.filter == filter, cache.edgeCount == edgeSource.count,
            cache.detailVersion == detailVersion
        {
            return cache.allowed
        }
        let byEdge = seen.indices.map { edge in
            seen[edge] != 0 && allowedTags[Int(edgeTag[edge] & ~1) | Int(seen[edge] - 1)]
        }
        let rows = adjacency
        let allowed = WindowedEdges(
            byEdge: byEdge, outSlots: rows.outEdges.map { byEdge[Int($0)] }, inSlots: rows.inEdges.map { byEdge[Int($0)] })
        windowFilterCache.withLock { $0 = (filter, edgeSource.count, detailVersion, allowed) }
        return allowed
    }
}

/// What a windowed filter allows: per edge, and per slot of the out- and in-adjacency.
@usableFromInline
struct WindowedEdges: Sendable {
    @usableFromInline let byEdge: [Bool]
    @usableFromInline let outSlots: [Bool]
    @usableFromInline let inSlots: [Bool]
}

extension Array {
    /// The same elements in a buffer with at most 1/64 spare capacity: a bulk
    /// load's estimate may overshoot, but a copy for a few spare slots (or
    /// the allocator's rounding) would cost more than it saves.
    ///
    /// - Complexity: O(*n*) when there is more spare capacity, else O(1).
    func trimmed() -> [Element] {
        capacity - count <= count / 64 ? self : withUnsafeBufferPointer { Array(UnsafeBufferPointer(rebasing: $0[...])) }
    }
}
