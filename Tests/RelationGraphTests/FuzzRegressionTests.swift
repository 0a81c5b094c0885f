import Testing
@testable import RelationGraph

/// Inputs the fuzzers found; each must load and round-trip as the fuzz targets demand.
@Suite struct FuzzRegressionTests {
    @Test(arguments: [
        [0x01, 0x00, 0x00, 0x00, 0x22, 0x41, 0x2C, 0x20, 0x2C, 0x42, 0x74, 0x22, 0xDC, 0xBB, 0x65],
        [0x22, 0x22, 0x2A, 0x09, 0x09, 0x09, 0x22, 0xCC, 0x9E, 0x74, 0x74, 0x61, 0x63, 0x6B, 0x2C, 0x78,
         0x70, 0x2C, 0x68, 0x65, 0x40, 0x67, 0x65, 0x64, 0x0A],
    ] as [[UInt8]])
    func csvRoundTrips(input: [UInt8]) throws {
        let graph = try Graph(delimited: input, format: .csv)
        var text = ""
        try graph.writeDelimited(format: .csv, to: &text)
        let again = try Graph(delimited: Array(text.utf8), format: .csv)
        #expect(Array(again.relations) == Array(graph.relations), "\(text.debugDescription)")
    }
}
