import FuzzSupport
import RelationGraph

/// Any bytes: a graph whose CSV round-trips, or a located error; never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let graph = try Graph(delimited: bytes, format: .csv)
        var text = ""
        try graph.writeDelimited(format: .csv, to: &text)
        let again = try Graph(delimited: Array(text.utf8), format: .csv)
        precondition(Array(again.relations) == Array(graph.relations), "CSV round trip changed the relations")
    } catch {
        precondition(error.line != nil, "a CSV error without a line: \(error)")
    }
    _ = Graph.lenient(delimited: bytes, format: .csv)
    return 0
}

/// SwiftPM links this executable's `main` here.
@_cdecl("FuzzCSV_main")
public func fuzzCSVMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runFuzzer(argc, argv, fuzzCSV)
}
