import Foundation
import PropertyBased
import Testing
@testable import RelationGraphRender

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Property tests: graphs whose IDs, names, kinds and evidence are random
/// strings — any Unicode scalar mixed with fragments that break naive
/// writers — come back out of every writer's output, read by a real parser,
/// with the same names.
@Suite struct RandomNamesTests {
    /// Fragments of DOT, Mermaid, XML, HTML and CSV syntax, keywords and awkward scalars.
    static let fragments = [
        "\"", "\\", "\n", "\r\n", "\r", "\t", "\u{0}", "\u{7}", "\u{7F}", "\u{85}", "\u{2028}", "\u{FEFF}", "\u{FFFE}",
        "\u{0301}", "\u{200D}", "<script>", "</script>", "]]>", "<![CDATA[", "-->", "<!--", "->", "--", "{", "}",
        "[", "]", "(", ")", ";", ",", "=", "|", "#", "&", "&amp;", "&#34;", "#quot;", "%", "`", "'", "<", ">",
        "node", "edge", "graph", "digraph", "subgraph", "strict", "end", "flowchart", "classDef", "style",
        "click", "0", "-1.5", " ", "🇺🇦", "中国",
    ]

    /// A name of 0 to 10 pieces, each a fragment or any Unicode scalar.
    static func randomName(using rng: inout Xoshiro) -> String {
        let pieceCount = Gen.int(in: 0...10).run(using: &rng)
        var text = ""
        for _ in 0..<pieceCount {
            if Gen.bool().run(using: &rng) {
                text += Gen.element(of: fragments).run(using: &rng) ?? ""
            } else {
                let value = UInt32(Gen.int(in: 0...0x10FFFF).run(using: &rng))
                text.unicodeScalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            }
        }
        return text
    }

    /// Six to ten parties with distinct random IDs and random names, and
    /// relations between them with random kinds, modalities and evidence.
    static func randomGraph(using rng: inout Xoshiro) -> Graph {
        var graph = Graph()
        let partyCount = Gen.int(in: 6...10).run(using: &rng)
        while graph.partyCount < partyCount {
            let id = PartyID(randomName(using: &rng))
            guard !graph.contains(id) else { continue }
            graph.addParty(Party(id: id, name: randomName(using: &rng)))
        }
        let ids = graph.parties.map(\.id)
        for _ in 0..<Gen.int(in: 5...15).run(using: &rng) {
            let source = ids[Gen.int(in: 0..<ids.count).run(using: &rng)]
            let target = ids[Gen.int(in: 0..<ids.count).run(using: &rng)]
            let kind = Gen.bool().run(using: &rng) ? RelationKind.supply : RelationKind("k" + randomName(using: &rng))
            let evidence = Evidence(document: randomName(using: &rng), byteRange: 0..<1, quote: randomName(using: &rng))
            graph.add(Relation(source: source, kind: kind, target: target,
                               modality: Gen.bool().run(using: &rng) ? .hedged : .asserted, evidence: [evidence]))
        }
        return graph
    }

    static func graphs(count: Int, seed: UInt64) -> [Graph] {
        var rng = Xoshiro(seed: (seed, 0x9E37_79B9_7F4A_7C15, seed &* 31, 0xD1B5_4A32_D192_ED03))
        return (0..<count).map { _ in randomGraph(using: &rng) }
    }

    // MARK: DOT, read back by Graphviz

    @Test func graphvizReadsBackRandomNames() throws {
        guard let dot = ExternalTools.require("dot") else { return }
        for graph in Self.graphs(count: 40, seed: 21) {
            let text = DOTWriter().dot(for: graph)
            let json = try ExternalTools.run(dot, ["-Tjson0"], input: Data(text.utf8))
            try #require(json.status == 0, "\(json.errors)\n\(text.debugDescription)")
            let object = try #require(
                try JSONSerialization.jsonObject(with: Self.escapingStrings(json.output)) as? [String: Any])
            let nodes = (object["objects"] as? [[String: Any]] ?? []).filter { $0["nodes"] == nil }
            let names = nodes.compactMap { $0["name"] as? String }
            #expect(names == graph.parties.map { Self.nameGraphvizReads(ofID: $0.id.rawValue) })
            let labels = nodes.map { DOTWriterTests.unescape($0["label"] as? String ?? "") }
            #expect(labels == graph.parties.map { DOTWriterTests.expectedLabel($0.name) })
            let edges = object["edges"] as? [[String: Any]] ?? []
            #expect(edges.count == graph.relationCount)
            var htmlOptions = DOTWriter.Options()
            htmlOptions.htmlLabels = true
            let html = try ExternalTools.run(dot, ["-Tcanon"], input: Data(DOTWriter(options: htmlOptions).dot(for: graph).utf8))
            #expect(html.status == 0, "HTML-like labels: \(html.errors)")
            // Graphviz lists edges grouped by tail node, not in file order.
            let kinds = edges.map { DOTWriterTests.unescape($0["class"] as? String ?? "") }
            #expect(kinds.sorted() == graph.relations.map { DOTWriterTests.expectedLabel($0.kind.rawValue) }.sorted())
        }
    }

    /// Graphviz 2.43's JSON writer leaves control characters raw inside
    /// strings, which JSON forbids, and Foundation's parser drops U+FEFF;
    /// this escapes both inside strings so the parser sees what Graphviz meant.
    static func escapingStrings(_ json: Data) -> Data {
        var result = Data()
        var inString = false, escaped = false
        let bytes = Array(json)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            defer { index += 1 }
            if inString && !escaped && byte < 0x20 {
                let hex = String(byte, radix: 16)
                result.append(contentsOf: Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8))
                continue
            }
            if inString && byte == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF {
                result.append(contentsOf: Array("\\ufeff".utf8))
                index += 2
                continue
            }
            result.append(byte)
            if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = inString } else if byte == UInt8(ascii: "\"") { inString.toggle() }
        }
        return result
    }

    /// The documented changes (see `DOTEscaping.id(_:)`): NUL becomes U+FFFD,
    /// a leading `%` gets a word joiner in front, and, unless the name goes
    /// into an HTML-like string, a lone line feed gets one in front and an odd
    /// run of backslashes before a quote, a line feed or the end one after.
    static func nameGraphvizReads(ofID id: String) -> String {
        var scalars = id.unicodeScalars.map { $0 == "\u{0}" ? "\u{FFFD}" : $0 }
        if scalars.first == "%" { scalars.insert("\u{2060}", at: 0) }
        let name = String(String.UnicodeScalarView(scalars))
        if DOTEscaping.id(name).unicodeScalars.first == "<" { return name }
        var result = String.UnicodeScalarView()
        var run = 0
        for (index, scalar) in scalars.enumerated() {
            let before = index == 0 ? nil : scalars[index - 1]
            let after = index + 1 < scalars.count ? scalars[index + 1] : nil
            let lone = scalar == "\n" && [nil, "\"", "\\"].contains(before) && [nil, "\"", "\\"].contains(after)
            if (run % 2 == 1 && (scalar == "\"" || scalar == "\n")) || lone { result.append("\u{2060}") }
            result.append(scalar)
            run = scalar == "\\" ? run + 1 : 0
        }
        if run % 2 == 1 { result.append("\u{2060}") }
        return String(result)
    }

    // MARK: SVG and GraphML, read back by an XML parser

    /// What an XML parser gives back for a name: characters XML 1.0 cannot
    /// carry are U+FFFD, everything else is exact.
    static func expectedXMLText(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            let value = scalar.value
            let allowed = value == 0x9 || value == 0xA || value == 0xD || (value >= 0x20 && value != 0xFFFE && value != 0xFFFF)
            return allowed ? scalar : "\u{FFFD}"
        }))
    }

    @Test func svgCarriesRandomNamesExactly() throws {
        for graph in Self.graphs(count: 60, seed: 22) {
            let svg = SVGWriter().svg(for: LayeredLayout().layout(graph), graph: graph)
            let collector = SVGWriterTests.Collector()
            let parser = XMLParser(data: Data(svg.utf8))
            parser.delegate = collector
            try #require(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
            #expect(collector.elements["script"] == nil)
            for party in graph.parties {
                #expect(collector.texts.contains(Self.expectedXMLText(party.name)), "\(party.name.debugDescription)")
            }
        }
    }

    @Test func graphMLCarriesRandomNamesExactly() throws {
        for graph in Self.graphs(count: 60, seed: 23) {
            var output = ""
            GraphMLWriter().write(graph, to: &output)
            let reader = GraphMLReader()
            let parser = XMLParser(data: Data(output.utf8))
            parser.delegate = reader
            try #require(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
            #expect(reader.nodeIDs == graph.parties.map { Self.expectedXMLText($0.id.rawValue) })
            #expect(reader.data["name"] == graph.parties.map { Self.expectedXMLText($0.name) })
            #expect(reader.data["kind"] == graph.relations.map { Self.expectedXMLText($0.kind.rawValue) })
        }
    }

    /// Node IDs (an attribute) and `<data>` values by key, in document order.
    final class GraphMLReader: NSObject, XMLParserDelegate {
        var nodeIDs: [String] = []
        var data: [String: [String]] = [:]
        private var key: String?
        private var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            if name == "node", let id = attributes["id"] { nodeIDs.append(id) }
            if name == "data" { key = attributes["key"]; text = "" }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "data", let key { data[key, default: []].append(text) }
            key = nil
        }
    }

    // MARK: Mermaid, by its label grammar

    /// Splits at every `"` scalar, as Mermaid's parser does: a quote followed
    /// by a combining mark is one `Character` in Swift but still a quote.
    static func splitOnQuotes(_ line: Substring) -> [Substring] {
        var pieces: [Substring] = []
        var start = line.startIndex
        for index in line.unicodeScalars.indices where line.unicodeScalars[index] == "\"" {
            pieces.append(Substring(line.unicodeScalars[start..<index]))
            start = line.unicodeScalars.index(after: index)
        }
        pieces.append(Substring(line.unicodeScalars[start...]))
        return pieces
    }

    /// Decodes Mermaid's entity codes (`#quot;`, `#35;`).
    static func decodeMermaid(_ label: Substring) -> String {
        var result = String.UnicodeScalarView()
        let scalars = Array(label.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "#", let end = scalars[index...].firstIndex(of: ";") {
                let code = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
                result.append(code == "quot" ? "\"" : Unicode.Scalar(UInt32(code) ?? 0xFFFD) ?? "\u{FFFD}")
                index = end + 1
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// Mermaid labels cannot hold control characters; the writer makes them spaces.
    static func controlsAsSpaces(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
    }

    @Test func mermaidLabelsAreSafeAndDecodeToTheNames() {
        for graph in Self.graphs(count: 100, seed: 24) {
            var output = ""
            MermaidWriter().write(graph, to: &output)
            let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.count == 1 + graph.partyCount + graph.relationCount + graph.kinds.count)
            let nodeLines = lines.dropFirst().prefix(graph.partyCount)
            for (line, party) in zip(nodeLines, graph.parties) {
                let pieces = Self.splitOnQuotes(line)
                guard pieces.count == 3 else {
                    Issue.record("a node line must hold one quoted label: \(line.debugDescription)")
                    continue
                }
                #expect(OtherWritersTests.isSafeMermaidLabel(pieces[1]), "\(pieces[1].debugDescription)")
                #expect(Self.decodeMermaid(pieces[1]) == Self.controlsAsSpaces(party.name), "\(party.name.debugDescription)")
            }
            let linkLines = lines.dropFirst(1 + graph.partyCount).prefix(graph.relationCount)
            for (line, relation) in zip(linkLines, graph.relations) {
                let pieces = Self.splitOnQuotes(line)
                #expect(pieces.count == 3 && OtherWritersTests.isSafeMermaidLabel(pieces[1]), "\(line.debugDescription)")
                #expect(pieces.count == 3 && Self.decodeMermaid(pieces[1]) == Self.controlsAsSpaces(relation.kind.rawValue))
            }
        }
    }
}
