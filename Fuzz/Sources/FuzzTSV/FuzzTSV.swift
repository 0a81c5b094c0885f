import FuzzSupport
import RelationGraph

/// Any bytes: a graph whose TSV round-trips, or a located error; never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    checkDelimitedRoundTrip(Array(UnsafeBufferPointer(start: data, count: size)), format: .tsv)
    return 0
}

/// SwiftPM links this executable's `main` here.
@_cdecl("FuzzTSV_main")
public func fuzzTSVMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runFuzzer(argc, argv, fuzzTSV)
}
