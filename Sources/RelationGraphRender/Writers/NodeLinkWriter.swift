import RelationGraph

/// Writes a graph as node-link JSON in the layout NetworkX's
/// `node_link_data` uses (`directed`, `multigraph`, `graph`, `nodes`,
/// `edges`), so `networkx.node_link_graph(data, edges="edges")` reads it.
public struct NodeLinkWriter: Sendable {
    /// Creates a writer.
    ///
    /// - Complexity: O(1).
    public init() {}

    /// Streams the JSON.
    ///
    /// - Complexity: O(*V* + *E*) plus the length of names and evidence.
    public func write(_ graph: Graph, to output: inout some TextOutputStream) {
        output.write("{\"directed\": true, \"multigraph\": true, \"graph\": {}, \"nodes\": [")
        for (index, party) in graph.parties.enumerated() {
            output.write(index == 0 ? "\n  " : ",\n  ")
            let aliases = party.aliases.map(JSONText.string).joined(separator: ", ")
            output.write("{\"id\": \(JSONText.string(party.id.rawValue)), \"name\": \(JSONText.string(party.name)), \"kind\": \"\(party.kind.rawValue)\", \"aliases\": [\(aliases)]}")
        }
        output.write("\n], \"edges\": [")
        for index in 0..<graph.relationCount {
            let relation = graph.relation(at: index)
            output.write(index == 0 ? "\n  " : ",\n  ")
            let evidence = relation.evidence.map {
                "{\"document\": \(JSONText.string($0.document)), \"start\": \($0.byteRange.lowerBound), \"end\": \($0.byteRange.upperBound), \"quote\": \(JSONText.string($0.quote))}"
            }.joined(separator: ", ")
            output.write("{\"source\": \(JSONText.string(relation.source.rawValue)), \"target\": \(JSONText.string(relation.target.rawValue)), \"key\": \(index), \"kind\": \(JSONText.string(relation.kind.rawValue)), \"modality\": \"\(relation.modality.rawValue)\", \"evidence\": [\(evidence)]}")
        }
        output.write("\n]}\n")
    }
}
