/// The stable identifier of a party in a graph.
///
/// States use ISO 3166-1 alpha-3 codes (`RUS`, `PRK`); blocs and organisations
/// short upper-case names (`UN`, `EU`, `NATO`, `G7`, `WEST`); armed groups a
/// short upper-case ID (`WAGNER`). Any non-empty string is accepted so that
/// users can bring their own schemes.
public struct PartyID: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    /// The identifier's text.
    public var rawValue: String

    /// Wraps an identifier.
    ///
    /// - Complexity: O(1).
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Wraps an identifier.
    ///
    /// - Complexity: O(1).
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// Wraps an identifier written as a literal.
    ///
    /// - Complexity: O(1).
    public init(stringLiteral value: String) { self.rawValue = value }

    /// Decodes an identifier from a plain JSON string.
    ///
    /// - Complexity: O(*n*) in the identifier's length.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the identifier as a plain JSON string.
    ///
    /// - Complexity: O(*n*) in the identifier's length.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The identifier's text.
    public var description: String { rawValue }

    /// Orders identifiers by their text.
    ///
    /// - Complexity: O(*n*) in the shorter identifier's length.
    public static func < (lhs: PartyID, rhs: PartyID) -> Bool { lhs.rawValue < rhs.rawValue }
}
