import FuzzSupport
import RelationGraphExtract

/// One extractor for the whole run: loading the gazetteer is the slow part.
private let extractor = try? Extractor()

/// Any bytes: relations whose evidence lies inside the input; never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtract(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let extractor else { return 0 }
    let relations = extractor.extract(utf8: UnsafeBufferPointer(start: data, count: size), document: "fuzz")
    for relation in relations {
        for evidence in relation.evidence {
            precondition(evidence.byteRange.lowerBound >= 0 && evidence.byteRange.upperBound <= size, "evidence outside the input")
        }
    }
    return 0
}

/// SwiftPM links this executable's `main` here.
@_cdecl("FuzzExtract_main")
public func fuzzExtractMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runFuzzer(argc, argv, fuzzExtract)
}
