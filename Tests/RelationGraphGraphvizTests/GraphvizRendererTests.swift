import Foundation
import RelationGraphRender
import Testing
@testable import RelationGraphGraphviz

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Tests that need Graphviz. Locally they skip when it is missing; under
/// `CI=true` a missing Graphviz fails them, because CI installs it.
@Suite struct GraphvizRendererTests {
    private static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// The subprocess backend, or `nil` (an issue under CI) when `dot` is missing.
    private func subprocess() throws -> GraphvizRenderer? {
        guard let dot = DotProcess.find() else {
            if Self.isCI { Issue.record("dot is required under CI=true") }
            return nil
        }
        return try GraphvizRenderer(backend: .subprocess(dot))
    }

    private func isWellFormedXML(_ data: Data) -> Bool {
        XMLParser(data: data).parse()
    }

    @Test func subprocessRendersSVGAndReportsErrors() throws {
        guard let renderer = try subprocess() else { return }
        let svg = try renderer.render(try Graph.seed(), format: .svg)
        #expect(isWellFormedXML(svg))
        #expect(String(decoding: svg, as: UTF8.self).contains("Russia"))
        #expect(throws: GraphvizError.self) { try renderer.render(dot: "digraph { a -> }") }
        do {
            _ = try renderer.render(dot: "digraph { a -> }")
        } catch {
            #expect(error.code == .invalidGraph)
            #expect(error.message.contains("syntax error"))
        }
        #expect(!(try renderer.render(dot: "digraph { a -> b }", engine: .neato, format: .plain)).isEmpty)
    }

    @Test func subprocessTimesOut() throws {
        guard var renderer = try subprocess() else { return }
        renderer.timeout = 0.3
        var edges = ""
        for a in 0..<60 { for b in 0..<60 where a != b { edges += "n\(a) -> n\(b);" } }
        do {
            _ = try renderer.render(dot: "digraph { \(edges) }")
            Issue.record("a layout that takes seconds finished within the timeout")
        } catch {
            #expect(error.code == .timedOut)
        }
    }

    @Test func layoutFromGraphvizFitsTheSharedLayoutType() throws {
        guard let renderer = try subprocess() else { return }
        let graph = try Graph.seed()
        let layout = try renderer.layout(graph)
        #expect(layout.nodes.map(\.id) == graph.parties.map(\.id))
        #expect(layout.edges.map(\.relation) == Array(0..<graph.relationCount))
        #expect(layout.edges.allSatisfy { $0.points.count >= 2 })
        let svg = SVGWriter().svg(for: layout, graph: graph)
        #expect(isWellFormedXML(Data(svg.utf8)))
    }

    @Test func backendChoiceMatchesTheBuild() throws {
        if GraphvizRenderer.hasInProcessGraphviz {
            #expect(try GraphvizRenderer().backend == .inProcess)
        } else {
            #expect(throws: GraphvizError.self) { try GraphvizRenderer(backend: .inProcess) }
        }
        #expect(GraphvizError.notInstalled.message.contains("--traits Graphviz"))
        #expect(GraphvizError.notInstalled.message.contains("dot"))
    }

    @Test func plainFieldsAndSplines() {
        #expect(PlainLayoutReader.fields(#"node "a b" 1.5 2 0.75 0.5 "say \"hi\"" solid"#)
            == ["node", "a b", "1.5", "2", "0.75", "0.5", "say \"hi\"", "solid"])
        let points = PlainLayoutReader.flatten([Point(x: 0, y: 0), Point(x: 1, y: 0), Point(x: 2, y: 0), Point(x: 3, y: 0)])
        #expect(points.count == 9 && points.last == Point(x: 3, y: 0))
    }
}
