import RelationGraph

/// Writes a graph as GraphML, readable by yEd, Gephi and NetworkX.
///
/// Typed keys: node `name`, `kind`, `aliases`; edge `kind`, `modality`,
/// `evidence` (one line per piece: document, byte range, quote). Parallel
/// relations are separate edges with IDs `e0`, `e1`, ….
public struct GraphMLWriter: Sendable {
    /// Creates a writer.
    ///
    /// - Complexity: O(1).
    public init() {}

    /// Streams the GraphML document.
    ///
    /// - Complexity: O(*V* + *E*) plus the length of names and evidence.
    public func write(_ graph: Graph, to output: inout some TextOutputStream) {
        output.write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
              <key id="name" for="node" attr.name="name" attr.type="string"/>
              <key id="partyKind" for="node" attr.name="kind" attr.type="string"/>
              <key id="aliases" for="node" attr.name="aliases" attr.type="string"/>
              <key id="kind" for="edge" attr.name="kind" attr.type="string"/>
              <key id="modality" for="edge" attr.name="modality" attr.type="string"/>
              <key id="evidence" for="edge" attr.name="evidence" attr.type="string"/>
              <graph id="relations" edgedefault="directed">

            """)
        for party in graph.parties {
            output.write("    <node id=\"\(XMLText.escaped(party.id.rawValue))\">")
            output.write("<data key=\"name\">\(XMLText.escaped(party.name))</data>")
            output.write("<data key=\"partyKind\">\(party.kind.rawValue)</data>")
            if !party.aliases.isEmpty { output.write("<data key=\"aliases\">\(XMLText.escaped(party.aliases.joined(separator: "; ")))</data>") }
            output.write("</node>\n")
        }
        for index in 0..<graph.relationCount {
            let relation = graph.relation(at: index)
            output.write("    <edge id=\"e\(index)\" source=\"\(XMLText.escaped(relation.source.rawValue))\" target=\"\(XMLText.escaped(relation.target.rawValue))\">")
            output.write("<data key=\"kind\">\(XMLText.escaped(relation.kind.rawValue))</data>")
            output.write("<data key=\"modality\">\(relation.modality.rawValue)</data>")
            if !relation.evidence.isEmpty {
                let lines = relation.evidence.map { "\($0.document) [\($0.byteRange.lowerBound)-\($0.byteRange.upperBound)] \($0.quote)" }
                output.write("<data key=\"evidence\">\(XMLText.escaped(lines.joined(separator: "\n")))</data>")
            }
            output.write("</edge>\n")
        }
        output.write("  </graph>\n</graphml>\n")
    }
}
