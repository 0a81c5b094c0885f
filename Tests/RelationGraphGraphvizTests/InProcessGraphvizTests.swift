#if Graphviz
import Foundation
import RelationGraphRender
import Testing
@testable import RelationGraphGraphviz

#if canImport(FoundationXML)
import FoundationXML
#endif

/// In-process libgvc, built only with `--traits Graphviz`.
@Suite(.serialized) struct InProcessGraphvizTests {
    private let renderer: GraphvizRenderer

    init() throws {
        renderer = try GraphvizRenderer(backend: .inProcess)
    }

    @Test func rendersSVGAndPNG() throws {
        let graph = try Graph.seed()
        let svg = try renderer.render(graph, format: .svg)
        #expect(XMLParser(data: svg).parse())
        let png = try renderer.render(graph, format: .png)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(png.count > 2_000)
        for engine in GraphvizEngine.allCases {
            #expect(!(try renderer.render(graph, engine: engine, format: .plain)).isEmpty, "\(engine)")
        }
    }

    @Test func errorsAreTypedAndNotSticky() throws {
        #expect(throws: GraphvizError.self) { try renderer.render(dot: "digraph { a -> }") }
        let badLabel = #"digraph { a [label=<<B>bold</I>>]; a -> b }"#
        do {
            _ = try renderer.render(dot: badLabel)
            Issue.record("an invalid HTML label was accepted")
        } catch {
            #expect(error.code == .invalidGraph)
            #expect(!error.message.isEmpty)
        }
        #expect(!(try renderer.render(dot: "digraph { a -> b }")).isEmpty)
    }

    /// 1000 renders must not grow the resident set: every call frees what it made.
    ///
    /// The resident set is the whole process's, which tests running at the same
    /// time also move, so the renders come in two batches of 500 and the
    /// smaller growth counts: a leak grows every batch, noise rarely both.
    /// CI runs these tests with `--no-parallel`.
    @Test func repeatedRendersDoNotLeak() throws {
        let dot = try DOTWriter().dot(for: Graph.seed())
        for _ in 0..<50 { _ = try renderer.render(dot: dot) }
        var growths: [Int] = []
        for _ in 0..<2 {
            let before = Self.residentBytes()
            for _ in 0..<500 { _ = try renderer.render(dot: dot) }
            growths.append(Self.residentBytes() - before)
        }
        #expect((growths.min() ?? 0) < 4 << 20, "resident set grew by \(growths) bytes over two batches of 500 renders")
    }

    private static func residentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
            let pages = text.split(separator: " ").dropFirst().first.flatMap({ Int($0) })
        else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
#endif
