import FuzzSupport
import RelationGraph
import RelationGraphRender

/// Any bytes: a graph, or an error with a line and a column; never a crash,
/// a hang or unbounded recursion. A graph read is written out and read back
/// (the writer drops control characters from labels, so this first trip may
/// change names and merge kinds); from then on a trip keeps the parties and
/// the relations, and, once the writer's grouping by kind has settled, the
/// text too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDOT(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    do {
        let graph = try Graph(dot: Array(UnsafeBufferPointer(start: data, count: size)), file: "input.dot")
        let written = try trip(graph)
        let again = try trip(written)
        precondition(again.parties == written.parties, "a DOT round trip changed the parties")
        precondition(relations(again) == relations(written), "a DOT round trip changed the relations")
        let settled = try trip(again)
        precondition(DOTWriter().dot(for: settled) == DOTWriter().dot(for: again), "a DOT round trip changed the text")
    } catch {
        precondition(error.line != nil && error.column != nil, "a DOT error without a position: \(error)")
    }
    return 0
}

private func trip(_ graph: Graph) throws(FormatError) -> Graph {
    try Graph(dot: DOTWriter().dot(for: graph), file: "written.dot")
}

/// The relations in an order that does not depend on the writer's grouping.
private func relations(_ graph: Graph) -> [String] {
    graph.relations.map { "\($0.source.rawValue.debugDescription) \($0.kind.rawValue.debugDescription) \($0.target.rawValue.debugDescription) \($0.modality) \($0.validFrom.map { "\($0)" } ?? "") \($0.validUntil.map { "\($0)" } ?? "") \($0.attributes.sorted { $0.key < $1.key })" }.sorted()
}

/// SwiftPM links this executable's `main` here.
@_cdecl("FuzzDOT_main")
public func fuzzDOTMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runFuzzer(argc, argv, fuzzDOT)
}
