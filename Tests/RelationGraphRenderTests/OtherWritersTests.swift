import Foundation
import SnapshotTesting
import Testing
@testable import RelationGraphRender

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct OtherWritersTests {
    private func text(_ write: (inout String) -> Void) -> String {
        var output = ""
        write(&output)
        return output
    }

    @Test func mermaidSnapshot() throws {
        let graph = try Graph.seed()
        assertSnapshot(of: text { MermaidWriter().write(graph, to: &$0) }, as: .lines)
    }

    /// Inside a quoted Mermaid label only letters, digits, safe marks and entity codes may appear.
    @Test func mermaidLabelsNeverBreakTheSyntax() {
        let graph = TroublesomeNames.graph()
        let output = text { MermaidWriter().write(graph, to: &$0) }
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 1 + graph.partyCount + graph.relationCount + graph.kinds.count)
        for line in lines.dropFirst().prefix(graph.partyCount + graph.relationCount) {
            let quoted = line.split(separator: "\"", omittingEmptySubsequences: false)
            #expect(quoted.count == 3 || quoted.count == 5, "\(line)")
            for (index, piece) in quoted.enumerated() where index % 2 == 1 {
                #expect(Self.isSafeMermaidLabel(piece), "\(piece)")
            }
        }
        #expect(!output.contains("p0[\"end\"]") || output.contains("p"))
        #expect(MermaidWriter.label("a \"b\" #c") == "a #quot;b#quot; #35;c")
    }

    /// Scalar by scalar (a combining mark after `;` would hide it from a
    /// Character-based check): `#` only opens an entity code, and no syntax
    /// character appears outside one.
    static func isSafeMermaidLabel(_ label: Substring) -> Bool {
        let scalars = Array(label.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "#" {
                var end = index + 1
                while end < scalars.count && scalars[end] != ";" { end += 1 }
                let code = String(String.UnicodeScalarView(scalars[(index + 1)..<min(end, scalars.count)]))
                guard end < scalars.count, code == "quot" || (!code.isEmpty && code.allSatisfy(\.isNumber)) else { return false }
                index = end + 1
                continue
            }
            if "[]{}|<>`;&\\\n\"".unicodeScalars.contains(scalar) { return false }
            index += 1
        }
        return true
    }

    @Test func graphMLParsesWithTypedKeys() throws {
        let graph = TroublesomeNames.graph()
        let output = text { GraphMLWriter().write(graph, to: &$0) }
        let collector = SVGWriterTests.Collector()
        let parser = XMLParser(data: Data(output.utf8))
        parser.delegate = collector
        #expect(parser.parse())
        #expect(collector.elements["node"] == graph.partyCount)
        #expect(collector.elements["edge"] == graph.relationCount)
        #expect(collector.elements["key"] == 6)
    }

    @Test func graphMLAndNodeLinkReadInNetworkX() throws {
        guard let python = ExternalTools.path(of: "python3") else { return }
        let probe = try ExternalTools.run(python, ["-c", "import networkx"], input: Data())
        guard probe.status == 0 else { return }
        let graph = try Graph.seed()
        let graphML = text { GraphMLWriter().write(graph, to: &$0) }
        let nodeLink = text { NodeLinkWriter().write(graph, to: &$0) }
        let script = """
            import json, sys, networkx as nx, io
            data = sys.stdin.read().split("\\u0000")
            g = nx.read_graphml(io.BytesIO(data[0].encode()))
            h = nx.node_link_graph(json.loads(data[1]), edges="edges")
            print(g.number_of_nodes(), g.number_of_edges(), h.number_of_nodes(), h.number_of_edges(), g.nodes["RUS"]["name"])
            """
        let result = try ExternalTools.run(python, ["-c", script], input: Data((graphML + "\u{0}" + nodeLink).utf8))
        #expect(result.status == 0, "\(result.errors)")
        let expected = "\(graph.partyCount) \(graph.relationCount) \(graph.partyCount) \(graph.relationCount) Russia\n"
        #expect(String(decoding: result.output, as: UTF8.self) == expected)
    }

    @Test func nodeLinkAndLayoutJSONParse() throws {
        let graph = TroublesomeNames.graph()
        let nodeLink = text { NodeLinkWriter().write(graph, to: &$0) }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(nodeLink.utf8)) as? [String: Any])
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        #expect(nodes.compactMap { $0["name"] as? String } == graph.parties.map(\.name))
        #expect((object["edges"] as? [Any])?.count == graph.relationCount)
        let layout = text { LayoutJSONWriter().write(LayeredLayout().layout(graph), to: &$0) }
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(layout.utf8)) as? [String: Any])
        #expect((parsed["nodes"] as? [String: Any])?.count == graph.partyCount)
    }

    @Test func kumuCSVQuotes() {
        let graph = Graph(relations: [Relation(source: "A,1", kind: .supply, target: "B \"2\"", modality: .hedged)])
        #expect(text { KumuCSVWriter().write(graph, to: &$0) } == "From,To,Type,Modality\n\"A,1\",\"B \"\"2\"\"\",supply,hedged\n")
    }

    @Test func customKindsGetAStableStyle() {
        let style = KindStyle.of("finance")
        #expect(style == KindStyle.of(RelationKind("finance")))
        #expect(style.arrowhead == "dot")
        #expect(Set(RelationKind.builtIn.map { KindStyle.of($0).color }).count == 5)
        #expect(Set(RelationKind.builtIn.map { KindStyle.of($0).arrowhead }).count == 5)
    }
}
