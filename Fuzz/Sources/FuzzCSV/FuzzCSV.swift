import FuzzSupport
import RelationGraph

/// Any bytes: a graph whose CSV round-trips, or a located error; never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    checkDelimitedRoundTrip(Array(UnsafeBufferPointer(start: data, count: size)), format: .csv)
    return 0
}

/// SwiftPM links this executable's `main` here.
@_cdecl("FuzzCSV_main")
public func fuzzCSVMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runFuzzer(argc, argv, fuzzCSV)
}
