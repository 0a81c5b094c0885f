import FuzzSupport
import RelationGraph

/// Any bytes: a graph whose TSV round-trips, or a located error; never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let graph = try Graph(delimited: bytes, format: .tsv)
        var text = ""
        if (try? graph.writeDelimited(format: .tsv, to: &text)) != nil {
            let again = try Graph(delimited: Array(text.utf8), format: .tsv)
            precondition(Array(again.relations) == Array(graph.relations), "TSV round trip changed the relations")
        }
    } catch {
        precondition(error.line != nil, "a TSV error without a line: \(error)")
    }
    _ = Graph.lenient(delimited: bytes, format: .tsv)
    return 0
}

/// SwiftPM links this executable's `main` here.
@_cdecl("FuzzTSV_main")
public func fuzzTSVMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runFuzzer(argc, argv, fuzzTSV)
}
