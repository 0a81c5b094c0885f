/// A value that is a string with a meaning: party IDs and relation kinds.
///
/// Conforming types get initialisers from a string and a literal, a plain
/// JSON string encoding, ordering by text, and the text as description.
public protocol StringIdentifier: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible where RawValue == String
{
    /// Wraps a text.
    ///
    /// - Complexity: O(1); the text is stored as given.
    init(rawValue: String)
}

extension StringIdentifier {
    /// Wraps a text.
    ///
    /// - Complexity: O(1).
    public init(_ rawValue: String) { self.init(rawValue: rawValue) }

    /// Wraps a text written as a literal.
    ///
    /// - Complexity: O(1).
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    /// Decodes from a plain JSON string.
    ///
    /// - Complexity: O(*n*) in the text's length.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes as a plain JSON string.
    ///
    /// - Complexity: O(*n*) in the text's length.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The text.
    public var description: String { rawValue }

    /// Orders by text.
    ///
    /// - Complexity: O(*n*) in the shorter text's length.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
