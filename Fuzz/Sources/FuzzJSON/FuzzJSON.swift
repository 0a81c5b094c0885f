import Foundation
import FuzzSupport
import RelationGraph

/// Any bytes: a graph whose JSON round-trips exactly, or an error; never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Data(bytes: data, count: size)
    guard let graph = try? Graph(json: input, file: "fuzz.json"), let encoded = try? graph.jsonData() else { return 0 }
    precondition((try? Graph(json: encoded)) == graph, "JSON round trip changed the graph")
    return 0
}

/// SwiftPM links this executable's `main` here.
@_cdecl("FuzzJSON_main")
public func fuzzJSONMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runFuzzer(argc, argv, fuzzJSON)
}
