import Foundation
import SnapshotTesting
import Testing
@testable import RelationGraphRender

@Suite struct DOTWriterTests {
    @Test func seedGraphSnapshot() throws {
        var options = DOTWriter.Options()
        options.legend = true
        assertSnapshot(of: DOTWriter(options: options).dot(for: try Graph.seed()), as: .lines)
    }

    @Test func identifiersAreBareOnlyWhenDOTAllowsIt() {
        #expect(DOTEscaping.id("RUS") == "RUS")
        #expect(DOTEscaping.id("_a1") == "_a1")
        #expect(DOTEscaping.id("中国") == "\"中国\"")
        #expect(DOTEscaping.id("\u{FEFF}") == "\"\u{FEFF}\"")
        #expect(DOTEscaping.id("a\u{0}b") == "\"a\u{FFFD}b\"")
        #expect(DOTEscaping.id("a\u{0}\u{301}") == "\"a\u{FFFD}\u{301}\"")
        #expect(DOTEscaping.id("%3") == "\"\u{2060}%3\"")
        #expect(DOTEscaping.id("\n") == "\"\u{2060}\n\"")
        #expect(DOTEscaping.id("a\"\n") == "\"a\\\"\u{2060}\n\"")
        #expect(DOTEscaping.id("a\n\n") == "\"a\n\n\"")
        #expect(DOTEscaping.id("a\\\"b") == "<a\\\"b>")
        #expect(DOTEscaping.id("<a\\\"b\\") == "\"<a\\\u{2060}\\\"b\\\u{2060}\"")
        #expect(DOTEscaping.id("<a\\\\\"b") == "\"<a\\\\\\\"b\"")
        #expect(DOTEscaping.html("a\r\u{301}b<\r\nc&\t") == "a<BR/>\u{301}b&lt;<BR/>c&amp; ")
        #expect(DOTEscaping.id("-3.5") == "-3.5")
        #expect(DOTEscaping.id("node") == "\"node\"")
        #expect(DOTEscaping.id("Strict") == "\"Strict\"")
        #expect(DOTEscaping.id("1st") == "\"1st\"")
        #expect(DOTEscaping.id("") == "\"\"")
        #expect(DOTEscaping.id("a b") == "\"a b\"")
        #expect(DOTEscaping.id("say \"hi\" \\o/") == "\"say \\\"hi\\\" \\o/\"")
        #expect(DOTEscaping.id("ends\\") == "<ends\\>")
        #expect(DOTEscaping.quoted("say \"hi\"\\\nnow\r\n\u{7}") == "\"say \\\"hi\\\"\\\\\\nnow\\n\"")
    }

    @Test func filtersKindsAndHedged() throws {
        var options = DOTWriter.Options()
        options.kinds = [.supply]
        options.includeHedged = false
        let text = DOTWriter(options: options).dot(for: try Graph.seed())
        #expect(text.contains("IRN -> RUS"))
        #expect(!text.contains("style=dashed"))
        #expect(!text.contains("#d62728"))
    }

    /// Graphviz itself must accept any name and give back the same nodes, edges and labels.
    @Test func graphvizAcceptsTroublesomeNames() throws {
        guard let dot = ExternalTools.require("dot") else { return }
        let graph = TroublesomeNames.graph()
        var options = DOTWriter.Options()
        options.legend = true
        options.clusters = [(label: "bloc \"one\"", members: Array(graph.parties.prefix(3).map(\.id)))]
        let text = DOTWriter(options: options).dot(for: graph)
        let canon = try ExternalTools.run(dot, ["-Tcanon"], input: Data(text.utf8))
        #expect(canon.status == 0, "\(canon.errors)")
        let json = try ExternalTools.run(dot, ["-Tjson"], input: Data(text.utf8))
        #expect(json.status == 0, "\(json.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: json.output) as? [String: Any])
        let objects = object["objects"] as? [[String: Any]] ?? []
        let nodes = objects.filter { $0["nodes"] == nil && $0["subgraphs"] == nil && !(($0["name"] as? String) ?? "").hasPrefix("legend ") }
        #expect(Set(nodes.compactMap { $0["name"] as? String }) == Set(graph.parties.map(\.id.rawValue)))
        for node in nodes {
            let party = try #require(graph.parties.first { $0.id.rawValue == node["name"] as? String })
            #expect(Self.unescape(node["label"] as? String ?? "") == Self.expectedLabel(party.name), "\(party.name)")
        }
        let edges = (object["edges"] as? [[String: Any]] ?? []).filter { ($0["class"] as? String) != nil }
        #expect(edges.count == graph.relationCount)
    }

    /// What a label reads as after DOT's escapes: `\\` is a backslash, `\n` a line break, `\"` a quote.
    /// Scalar by scalar, because `\n` followed by a combining mark is one `Character`.
    static func unescape(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var escaping = false
        for scalar in text.unicodeScalars {
            if escaping {
                result.append(scalar == "n" ? "\n" : scalar)
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Line breaks of any style become `\n`; other control characters are dropped.
    /// Scalar by scalar: Foundation's search does not split `\r` from a combining mark after it.
    static func expectedLabel(_ name: String) -> String {
        var result = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in name.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            if scalar == "\r" || (scalar == "\n" && !previousWasCR) {
                result.append("\n")
            } else if scalar.value >= 0x20 && scalar.value != 0x7F {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
