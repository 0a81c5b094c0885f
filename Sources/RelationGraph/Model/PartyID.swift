/// The stable identifier of a party in a graph.
///
/// States use ISO 3166-1 alpha-3 codes (`RUS`, `PRK`); blocs and organisations
/// short upper-case names (`UN`, `EU`, `NATO`, `G7`, `WEST`); armed groups a
/// short upper-case ID (`WAGNER`). Any string is accepted so that users can
/// bring their own schemes.
public struct PartyID: StringIdentifier {
    /// The identifier's text.
    public var rawValue: String

    /// Wraps an identifier.
    ///
    /// - Complexity: O(1).
    public init(rawValue: String) { self.rawValue = rawValue }
}
