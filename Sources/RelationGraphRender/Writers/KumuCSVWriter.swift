import RelationGraph

/// Writes the relations as a Kumu connections sheet: `From,To,Type,Modality`
/// with RFC 4180 quoting, for import into Kumu and spreadsheets.
public struct KumuCSVWriter: Sendable {
    /// Creates a writer.
    ///
    /// - Complexity: O(1).
    public init() {}

    /// Streams the CSV.
    ///
    /// - Complexity: O(*E*) plus the length of the IDs.
    public func write(_ graph: Graph, to output: inout some TextOutputStream) {
        output.write("From,To,Type,Modality\n")
        for index in 0..<graph.relationCount {
            let (source, target) = graph.endpoints(ofRelation: index)
            let fields = [
                graph.parties[source].id.rawValue, graph.parties[target].id.rawValue,
                graph.kind(ofRelation: index).rawValue, graph.isHedged(relation: index) ? "hedged" : "asserted",
            ]
            output.write(fields.map(Self.field).joined(separator: ",") + "\n")
        }
    }

    /// A CSV field (RFC 4180), quoted when needed; checked and escaped scalar
    /// by scalar, since a quote followed by a combining mark is a single `Character`.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    public static func field(_ text: String) -> String {
        let scalars = text.unicodeScalars
        let needsQuotes = scalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || scalars.first?.properties.isWhitespace == true || scalars.last?.properties.isWhitespace == true
        guard needsQuotes else { return text }
        var result = String.UnicodeScalarView()
        for scalar in scalars {
            result.append(scalar)
            if scalar == "\"" { result.append(scalar) }
        }
        return "\"" + String(result) + "\""
    }
}
