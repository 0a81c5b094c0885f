import RelationGraph

/// Writes the relations as a Kumu connections sheet: `From,To,Type,Modality`
/// with RFC 4180 quoting, for import into Kumu and spreadsheets.
public struct KumuCSVWriter: Sendable {
    /// Creates a writer.
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

    static func field(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || text.first?.isWhitespace == true || text.last?.isWhitespace == true
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}
