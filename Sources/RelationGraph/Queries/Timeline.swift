/// A length of reporting period for a ``Graph/timeline(by:filter:parties:)``.
public enum TimelinePeriod: String, Sendable, Hashable, CaseIterable {
    /// Calendar months, `2024-02`.
    case month
    /// Calendar quarters, `2024-Q1`.
    case quarter
    /// Calendar years, `2024`.
    case year

    /// The period a day falls in, as text that sorts in time order:
    /// `2024-02`, `2024-Q1`, `2024`.
    ///
    /// - Complexity: O(1).
    public func label(of date: CalendarDate) -> String {
        let year = String(date.year)
        switch self {
        case .month: return year + "-" + (date.month < 10 ? "0" : "") + String(date.month)
        case .quarter: return year + "-Q" + String((date.month - 1) / 3 + 1)
        case .year: return year
        }
    }
}

/// One period of a timeline: the relations reported in it.
public struct TimelineEntry: Sendable, Hashable {
    /// One relation as reported in the period.
    public struct Reported: Sendable, Hashable {
        /// The relation, with its evidence from this period only and the
        /// modality that evidence gives it.
        public var relation: Relation
        /// The documents of the period that state it.
        public var documents: Int
        /// Whether the relation is first reported in this period.
        public var isNew: Bool
    }

    /// The period's label (see ``TimelinePeriod/label(of:)``).
    public var period: String
    /// The relations reported in the period, in the graph's order.
    public var relations: [Reported]
}

extension Graph {
    /// The relations reported in each period, from the dates of their
    /// evidence, earliest period first; a relation is new in the first period
    /// that reports it. Undated evidence belongs to no period.
    ///
    /// - Parameters:
    ///   - period: Months, quarters or years.
    ///   - filter: The relations to count.
    ///   - parties: When not empty, only relations with one of these as source or target.
    /// - Complexity: O(*E* + *e* log *e*) for *e* pieces of dated evidence.
    public func timeline(by period: TimelinePeriod, filter: RelationFilter = .all, parties: Set<PartyID> = []) -> [TimelineEntry] {
        var byPeriod: [String: [TimelineEntry.Reported]] = [:]
        for relation in relations where filter.allows(relation) {
            guard parties.isEmpty || parties.contains(relation.source) || parties.contains(relation.target) else { continue }
            var pieces: [String: [Evidence]] = [:]
            for evidence in relation.evidence {
                if let date = evidence.date { pieces[period.label(of: date), default: []].append(evidence) }
            }
            let first = pieces.keys.min()
            for (label, evidence) in pieces {
                var reported = relation
                reported.evidence = evidence
                reported.modality = Modality(strongestOf: evidence)
                byPeriod[label, default: []].append(TimelineEntry.Reported(
                    relation: reported, documents: Set(evidence.map(\.document)).count, isNew: label == first))
            }
        }
        return byPeriod.keys.sorted().map { TimelineEntry(period: $0, relations: byPeriod[$0] ?? []) }
    }
}
