/// How firmly a source states a relation.
public enum Modality: String, Hashable, Comparable, Sendable, Codable, CaseIterable {
    /// Reported as having happened or happening.
    case asserted
    /// A possibility, plan, unconfirmed report, condition or question.
    case hedged

    /// Asserted sorts before hedged, so the strongest modality is the minimum.
    ///
    /// - Complexity: O(1).
    public static func < (lhs: Modality, rhs: Modality) -> Bool {
        lhs == .asserted && rhs == .hedged
    }
}
