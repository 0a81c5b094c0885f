import Foundation
import SnapshotTesting
import Testing
@testable import RelationGraphRender

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct SVGWriterTests {
    @Test func seedGraphSnapshot() throws {
        let graph = try Graph.seed()
        assertSnapshot(of: SVGWriter().svg(for: LayeredLayout().layout(graph), graph: graph), as: .lines)
    }

    /// Counts elements and collects texts with Foundation's XML parser.
    final class Collector: NSObject, XMLParserDelegate {
        var elements: [String: Int] = [:]
        var texts: [String] = []
        private var current = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            elements[name, default: 0] += 1
            current = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "text" || name == "title" { texts.append(current) }
            current = ""
        }
    }

    @Test func troublesomeNamesGiveWellFormedSVG() throws {
        let graph = TroublesomeNames.graph()
        let svg = SVGWriter().svg(for: LayeredLayout().layout(graph), graph: graph)
        let collector = Collector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(collector.elements["rect"] == graph.partyCount + 1)
        #expect(collector.elements["script"] == nil)
        for party in graph.parties where !party.name.contains("\r") && !party.name.contains("\t") {
            #expect(collector.texts.contains(party.name), "\(party.name)")
        }
        if let xmllint = ExternalTools.require("xmllint") {
            let result = try ExternalTools.run(xmllint, ["--noout", "-"], input: Data(svg.utf8))
            #expect(result.status == 0, "\(result.errors)")
        }
    }
}
