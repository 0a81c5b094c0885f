/// A period of reporting: evidence from documents dated `since` through
/// `until`, both days included, and, unless asked otherwise, evidence whose
/// document has no date.
public struct ReportingWindow: Sendable, Hashable {
    /// The first day in the window, or `nil` for no lower bound.
    public var since: CalendarDate?
    /// The last day in the window, or `nil` for no upper bound.
    public var until: CalendarDate?
    /// Whether undated evidence (and relations with no evidence at all) is kept.
    public var includesUndated: Bool

    /// Creates a window.
    ///
    /// - Complexity: O(1).
    public init(since: CalendarDate? = nil, until: CalendarDate? = nil, includesUndated: Bool = true) {
        self.since = since
        self.until = until
        self.includesUndated = includesUndated
    }

    /// Whether a statement was reported in the window.
    ///
    /// - Complexity: O(1).
    public func contains(_ evidence: Evidence) -> Bool {
        guard let date = evidence.date else { return includesUndated }
        return (since.map { date >= $0 } ?? true) && (until.map { date <= $0 } ?? true)
    }
}

extension Graph {
    /// The graph as it was reported within a window.
    ///
    /// Each relation keeps only its evidence from the window and is asserted
    /// when some of that evidence asserts it, hedged otherwise; a relation
    /// with no evidence left is left out. A relation with no evidence at all
    /// (drawn by hand, read from TSV) counts as undated. Every party stays, so
    /// queries about a party that was not reported in the window still find
    /// it, with nothing around it. Its result answers every query of the
    /// package for that period.
    ///
    /// - Complexity: O(*V* + *E* + *e*) for *e* pieces of evidence.
    public func reported(in window: ReportingWindow) -> Graph {
        var result = Graph(parties: parties, relations: [Relation]())
        result.reserveCapacity(relations: relationCount)
        for relation in relations {
            if let seen = window.restrict(relation) { result.add(seen) }
        }
        return result
    }
}

extension ReportingWindow {
    /// A relation as it was reported in the window: only its evidence from
    /// the window, asserted when some of that evidence asserts it, hedged
    /// otherwise; `nil` when no evidence is left. A relation with no
    /// evidence at all counts as undated and keeps its modality.
    ///
    /// - Complexity: O(*e*) in the relation's evidence.
    public func restrict(_ relation: Relation) -> Relation? {
        if relation.evidence.isEmpty { return includesUndated ? relation : nil }
        var seen = relation
        seen.evidence = relation.evidence.filter(contains)
        guard !seen.evidence.isEmpty else { return nil }
        seen.modality = Modality(strongestOf: seen.evidence)
        return seen
    }
}

extension Modality {
    /// A relation's modality given the statements of it that count: asserted
    /// when any of them asserts it, hedged otherwise.
    init(strongestOf evidence: [Evidence]) {
        self = evidence.contains { $0.modality == .asserted } ? .asserted : .hedged
    }
}

/// How often and when a relation was reported, from its evidence.
public struct ReportingSummary: Sendable, Hashable {
    /// The documents that state the relation.
    public var documents: Int
    /// Of those, the documents that only hedge it.
    public var hedgedDocuments: Int
    /// The earliest date of a document that states it, when any is dated.
    public var first: CalendarDate?
    /// The latest date of a document that states it, when any is dated.
    public var last: CalendarDate?
}

extension Relation {
    /// How often and when the relation was reported: its documents, those
    /// that only hedge it, and the first and last dates among them.
    ///
    /// - Complexity: O(*e*) in the relation's evidence.
    public var reporting: ReportingSummary {
        var asserting: Set<String> = [], all: Set<String> = []
        var first: CalendarDate?, last: CalendarDate?
        for evidence in evidence {
            all.insert(evidence.document)
            if evidence.modality == .asserted { asserting.insert(evidence.document) }
            if let date = evidence.date {
                first = min(first ?? date, date)
                last = max(last ?? date, date)
            }
        }
        return ReportingSummary(documents: all.count, hedgedDocuments: all.count - asserting.count, first: first, last: last)
    }
}
