import Foundation
import SnapshotTesting
import TestSupport
import Testing
@testable import RelationGraphRender

@Suite struct HTMLReportWriterTests {
    static func report(_ graph: Graph, title: String = "Relations") -> String {
        var options = HTMLReportWriter.Options()
        options.title = title
        return HTMLReportWriter(options: options).html(for: LayeredLayout().layout(graph), graph: graph)
    }

    /// The troublesome names and the hostile ones in one graph.
    static func hostileGraph() throws -> Graph {
        var graph = try Graph(json: HostileText.graphJSON())
        for party in TroublesomeNames.graph().parties where graph.party(party.id) == nil { graph.addParty(party) }
        for relation in TroublesomeNames.graph().relations { graph.add(relation) }
        return graph
    }

    /// The page's JSON data block, as written.
    static func dataBlock(of page: String) throws -> Substring {
        let open = "<script type=\"application/json\" id=\"report-data\">"
        let start = try #require(page.range(of: open)).upperBound
        let end = try #require(page[start...].range(of: "</script>")).lowerBound
        return page[start..<end]
    }

    @Test func seedReportSnapshot() throws {
        assertSnapshot(of: Self.report(try Graph.seed(), title: "Seed graph"), as: .lines)
    }

    @Test func bytesAreDeterministic() throws {
        let graph = try Self.hostileGraph()
        #expect(Self.report(graph) == Self.report(graph))
    }

    @Test func everyPartyAndRelationIsDrawnAndNumbered() throws {
        let graph = try Graph.seed()
        let page = Self.report(graph)
        #expect(page.components(separatedBy: "<g class=\"node\" data-party=").count - 1 == graph.partyCount)
        #expect(page.components(separatedBy: "<g class=\"edge\" data-relation=").count - 1 == graph.relationCount)
        for kind in Set(graph.relations.map(\.kind)) {
            #expect(page.contains("data-kind=\"\(kind.rawValue)\""), "no filter for \(kind)")
        }
        #expect(page.contains("id=\"hedged\""))
    }

    @Test func pageLoadsNothingFromAnywhere() throws {
        let page = Self.report(try Graph.seed())
        #expect(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src '\(HTMLReportAssets.scriptDigest)'; style-src '\(HTMLReportAssets.styleDigest)';"))
        for external in ["src=\"", "href=\"http", "@import", "url(http", "fetch(", "XMLHttpRequest", "<link"] {
            #expect(!page.contains(external), "the page contains \(external)")
        }
    }

    /// The policy allows the style sheet and script by digest, so a digest
    /// that does not match its text would switch the page off in every browser.
    @Test func policyDigestsMatchTheAssets() throws {
        guard let python = ExternalTools.require("python3") else { return }
        for (text, digest) in [(HTMLReportAssets.style, HTMLReportAssets.styleDigest), (HTMLReportAssets.script, HTMLReportAssets.scriptDigest)] {
            let result = try ExternalTools.run(python, [
                "-c", "import sys, hashlib, base64; print('sha256-' + base64.b64encode(hashlib.sha256(sys.stdin.buffer.read()).digest()).decode())",
            ], input: Data(text.utf8))
            #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == digest)
        }
    }

    @Test func hostileStringsReachThePageOnlyAsData() throws {
        let graph = try Self.hostileGraph()
        let page = Self.report(graph, title: "</title><script>alert(1)</script>")
        let data = try Self.dataBlock(of: page)
        for forbidden in ["<", ">", "&", "\u{2028}", "\u{2029}"] {
            #expect(!data.contains(forbidden), "the data block contains \(forbidden.debugDescription)")
        }
        // Only the page's own two script elements, and no markup from the graph.
        #expect(page.components(separatedBy: "<script").count - 1 == 2)
        #expect(page.components(separatedBy: "</script>").count - 1 == 2)
        for markup in ["<img", "<svg onload", "<a href", "<!-- -->", "<b>html</b>", "</title><script>"] {
            #expect(!page.contains(markup), "the page contains \(markup)")
        }
        // The data decodes to exactly the graph's strings.
        let decoded = try #require(JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any])
        let parties = try #require(decoded["parties"] as? [[String: Any]])
        #expect(Set(parties.compactMap { $0["name"] as? String }) == Set(graph.parties.map(\.name)))
        let relations = try #require(decoded["relations"] as? [[String: Any]])
        #expect(relations.count == graph.relationCount)
        let quotes = relations.flatMap { ($0["evidence"] as? [[String: Any]] ?? []).compactMap { $0["quote"] as? String } }
        #expect(quotes == graph.relations.flatMap { $0.evidence.map(\.quote) })
        let sources = relations.flatMap { ($0["evidence"] as? [[String: Any]] ?? []).compactMap { $0["source"] as? String } }
        #expect(Set(sources) == Set(graph.relations.flatMap { $0.evidence.compactMap(\.source) }))
    }

    /// A layout of only some parties (another engine's, or an edited one) still gives every party and
    /// relation to the page, numbered after the drawn ones, so each relation has both ends.
    @Test func partiesLeftOutOfTheLayoutStayInTheData() throws {
        let graph = try Graph.seed()
        var layout = LayeredLayout().layout(graph)
        let dropped = layout.nodes.removeFirst()
        let page = HTMLReportWriter().html(for: layout, graph: graph)
        let decoded = try #require(JSONSerialization.jsonObject(with: Data(try Self.dataBlock(of: page).utf8)) as? [String: Any])
        let parties = try #require(decoded["parties"] as? [[String: Any]])
        #expect(parties.count == graph.partyCount)
        #expect(parties.last?["id"] as? String == dropped.id.rawValue)
        let relations = try #require(decoded["relations"] as? [[String: Any]])
        for relation in relations {
            let ends = [relation["s"] as? Int, relation["t"] as? Int].compactMap { $0 }
            #expect(ends.count == 2 && ends.allSatisfy { (0..<parties.count).contains($0) })
        }
    }

    @Test func emptyGraphGivesAPageWithoutFilters() {
        let page = Self.report(Graph())
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(!page.contains("id=\"filters\""))
        #expect(page.hasSuffix("</html>\n"))
    }
}
