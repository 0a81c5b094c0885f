/// Every relation's evidence dates in flat arrays, so that a traversal can
/// ask whether a relation was reported in a ``ReportingWindow`` without
/// materialising its evidence.
///
/// Built once per graph on the first windowed query (O(*E* + *e* log *e*)
/// for *e* pieces of evidence) and kept like the adjacency. Each edge has one
/// 20-byte summary — its first and last dated day, where its sorted dated
/// evidence starts in `days`, and flags for undated evidence — so a window
/// that contains or misses all of an edge's dates is decided with one read;
/// only a window that cuts through an edge's dates looks at them.
@usableFromInline
struct EvidenceDates: Sendable {
    @usableFromInline
    struct Summary: Sendable {
        /// The earliest and latest dated evidence, as ``EvidenceDates/dayNumber(_:)``.
        @usableFromInline var first: Int32
        @usableFromInline var last: Int32
        /// The first of the edge's entries in `days` and `asserted`.
        @usableFromInline var start: Int32
        @usableFromInline var count: UInt32
        @usableFromInline var flags: UInt8
    }

    /// The edge has no evidence at all: it counts as undated, with its own modality.
    @usableFromInline static let noEvidence: UInt8 = 1
    /// Some undated evidence asserts the relation.
    @usableFromInline static let undatedAsserted: UInt8 = 2
    /// Some undated evidence hedges it.
    @usableFromInline static let undatedHedged: UInt8 = 4
    /// Some dated evidence asserts it.
    @usableFromInline static let datedAsserted: UInt8 = 8

    @usableFromInline let summaries: [Summary]
    /// Dated evidence, ascending by day within each edge.
    @usableFromInline let days: [Int32]
    @usableFromInline let asserted: [Bool]
    /// The storage's edge count and details version when built, to know when it is stale.
    let edgeCount: Int
    let detailVersion: Int

    /// A day as an integer that orders as dates do (not a day count: months are 31 days apart).
    @inlinable
    static func dayNumber(_ date: CalendarDate) -> Int32 {
        Int32(clamping: date.year * 372 + (date.month - 1) * 31 + (date.day - 1))
    }

    init(storage: GraphStorage) {
        let edgeCount = storage.edgeSource.count
        var summaries = [Summary](
            repeating: Summary(first: 0, last: 0, start: 0, count: 0, flags: Self.noEvidence), count: edgeCount)
        var days: [Int32] = []
        var asserted: [Bool] = []
        var dated: [(day: Int32, asserted: Bool)] = []
        for edge in 0..<edgeCount {
            let detail = storage.detailIndex(ofEdge: edge)
            guard detail >= 0, !storage.details[detail].evidence.isEmpty else { continue }
            var flags: UInt8 = 0
            dated.removeAll(keepingCapacity: true)
            for evidence in storage.details[detail].evidence {
                let asserts = evidence.modality == .asserted
                if let date = evidence.date {
                    dated.append((Self.dayNumber(date), asserts))
                    if asserts { flags |= Self.datedAsserted }
                } else {
                    flags |= asserts ? Self.undatedAsserted : Self.undatedHedged
                }
            }
            dated.sort { $0.day < $1.day }
            summaries[edge] = Summary(
                first: dated.first?.day ?? 0, last: dated.last?.day ?? 0, start: Int32(days.count),
                count: UInt32(dated.count), flags: flags)
            for entry in dated {
                days.append(entry.day)
                asserted.append(entry.asserted)
            }
        }
        self.summaries = summaries
        self.days = days
        self.asserted = asserted
        self.edgeCount = edgeCount
        self.detailVersion = storage.detailVersion
    }

    /// What a window leaves of an edge: `nil` when no evidence of it is in
    /// the window, else whether what is left hedges it.
    ///
    /// - Complexity: O(1) when the window contains or misses all of the
    ///   edge's dates, else O(log *k* + *m*) for *k* dated pieces of evidence,
    ///   *m* of them in the window.
    @inlinable
    func isHedged(edge: Int, since: Int32, until: Int32, includesUndated: Bool, hedgedWithoutEvidence: Bool) -> Bool? {
        let summary = summaries[edge]
        if summary.flags & Self.noEvidence != 0 { return includesUndated ? hedgedWithoutEvidence : nil }
        var present = false
        if includesUndated && summary.flags & (Self.undatedAsserted | Self.undatedHedged) != 0 {
            if summary.flags & Self.undatedAsserted != 0 { return false }
            present = true
        }
        guard summary.count > 0, summary.last >= since, summary.first <= until else { return present ? true : nil }
        if summary.first >= since && summary.last <= until {
            return summary.flags & Self.datedAsserted == 0
        }
        // The window cuts through the edge's dates: find its first day in the window.
        var low = Int(summary.start), high = Int(summary.start) + Int(summary.count)
        let end = high
        while low < high {
            let middle = (low + high) / 2
            if days[middle] < since { low = middle + 1 } else { high = middle }
        }
        var index = low
        while index < end && days[index] <= until {
            if asserted[index] { return false }
            present = true
            index += 1
        }
        return present ? true : nil
    }
}
