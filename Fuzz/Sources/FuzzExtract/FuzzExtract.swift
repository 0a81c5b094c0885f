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

/// SwiftPM links an executable's `main` to `FuzzExtract_main`; it hands control to libFuzzer's driver.
@_cdecl("FuzzExtract_main")
public func fuzzExtractMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzExtract)
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32
) -> Int32
