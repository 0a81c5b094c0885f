import FuzzSupport
import RelationGraphExtract

/// One analyzer for the whole run: reading the model is the slow part.
private let analyzer = try? SyntaxAnalyzer()

/// Any bytes: sentences whose words lie inside the input, each parsed into
/// one tree (one root, every head inside the sentence, no cycles); and the
/// same bytes as a model file, as they are and with their checksum appended
/// (so the reader behind the checksum sees them): an error or a model, never
/// a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParse(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    _ = try? SyntaxModel(serialized: Array(bytes))
    let checksum = SyntaxModel.checksum(UnsafeRawBufferPointer(bytes))
    _ = try? SyntaxModel(serialized: Array(bytes) + (0..<8).map { UInt8(truncatingIfNeeded: checksum >> (8 * UInt64($0))) })
    _ = try? CoNLLUDocument(parsing: String(decoding: bytes, as: UTF8.self))
    guard let analyzer else { return 0 }
    for sentence in analyzer.analyze(utf8: bytes) {
        let words = sentence.words
        precondition(words.filter { $0.head == 0 }.count == 1, "not one root")
        for (index, word) in words.enumerated() {
            precondition(word.byteRange.lowerBound >= 0 && word.byteRange.upperBound <= size, "word outside the input")
            precondition(word.head >= 0 && word.head <= words.count && word.head != index + 1, "head outside the sentence")
            var current = index + 1, steps = 0
            while current != 0 {
                current = words[current - 1].head
                steps += 1
                precondition(steps <= words.count, "a cycle")
            }
        }
    }
    return 0
}

/// SwiftPM links this executable's `main` here.
@_cdecl("FuzzParse_main")
public func fuzzParseMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runFuzzer(argc, argv, fuzzParse)
}
