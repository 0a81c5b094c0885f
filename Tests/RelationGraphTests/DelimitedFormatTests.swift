import Foundation
import PropertyBased
import Testing
@testable import RelationGraph

@Suite struct DelimitedFormatTests {
    private func read(_ text: String, _ format: DelimitedFormat = .tsv) throws(FormatError) -> Graph {
        try Graph(delimited: Array(text.utf8), format: format, file: "r.\(format.rawValue)")
    }

    /// Kind numbers have 15 bits; a file with more kinds is an error, not a trap.
    @Test func tooManyKindsIsALocatedError() throws {
        let kinds = Graph.maximumKindCount + 1
        let tsv = (0..<kinds).map { "A\tk\($0)\tB\n" }.joined()
        #expect(throws: FormatError(file: nil, line: kinds, column: 3, message: "more than \(Graph.maximumKindCount) relation kinds")) {
            try Graph(delimited: Array(tsv.utf8), format: .tsv)
        }
        let csv = tsv.replacingOccurrences(of: "\t", with: ",")
        let tooMany = FormatError(file: nil, line: kinds, column: 3, message: "more than \(Graph.maximumKindCount) relation kinds")
        #expect(throws: tooMany) { try Graph(delimited: Array(csv.utf8), format: .csv) }
        let lenient = Graph.lenient(delimited: Array(csv.utf8), format: .csv)
        #expect(lenient.skipped == [tooMany])
        #expect(lenient.graph.relationCount == kinds - 1)
        let relations = (0..<kinds).map { "{\"source\":\"A\",\"kind\":\"k\($0)\",\"target\":\"B\"}" }
        let json = "{\"parties\":[],\"relations\":[\(relations.joined(separator: ","))]}"
        #expect(throws: FormatError.self) { try Graph(json: Data(json.utf8)) }
        let fits = try Graph(delimited: Array(tsv.utf8.dropLast(6 + String(kinds - 1).count)), format: .tsv)
        #expect(fits.kinds.count == Graph.maximumKindCount)
    }

    @Test func readsTSVWithHeaderBOMAndCRLF() throws {
        let graph = try read("\u{FEFF}source\tkind\ttarget\tmodality\r\nPRK\ttroops\tRUS\thedged\r\n\r\nIRN\tsupply\tRUS\r\n")
        #expect(Array(graph.relations) == [
            Relation(source: "PRK", kind: .troops, target: "RUS", modality: .hedged),
            Relation(source: "IRN", kind: .supply, target: "RUS"),
        ])
    }

    /// The TSV loader finds IDs by their first eight bytes, length and hash,
    /// and longer ones by all their bytes: IDs that share a first word or
    /// differ only by trailing NULs stay apart, short IDs at the very end of
    /// the input are read without running past it, and the loaded graph finds
    /// every party by ID.
    @Test func tsvLoaderKeepsIDsWithSharedPrefixesApart() throws {
        var rng = Xoshiro(seed: (5, 8, 13, 21))
        let alphabet: [Character] = ["A", "B", "\0", "é"]
        let id = Gen.element(of: alphabet).map { $0 ?? "A" }.array(of: 1...12).map { PartyID(String($0)) }
        let kind = Gen.element(of: ["k", "k\0", "kind-one-long", "kind-one-lonG", "kind-one-long2"] as [RelationKind])
            .map { $0 ?? "k" }
        for _ in 0..<10 {
            let relations = (0..<3000).map { _ in
                Relation(source: id.run(using: &rng), kind: kind.run(using: &rng), target: id.run(using: &rng))
            }
            let text = relations.map { "\($0.source)\t\($0.kind)\t\($0.target)" }.joined(separator: "\n")
            let graph = try read(text)
            #expect(Array(graph.relations) == relations)
            let reference = Graph(relations: relations)
            #expect(graph.partyCount == reference.partyCount)
            for party in reference.parties { #expect(graph.index(of: party.id) == reference.index(of: party.id)) }
        }
    }

    /// The loader sizes its arrays by a word-at-a-time line count; it must
    /// agree with counting bytes, also when every byte is a line feed.
    @Test func lineCountAgreesWithCountingBytes() {
        var rng = Xoshiro(seed: (34, 55, 89, 144))
        let byte = Gen.element(of: Array("\n\n\nab\t".utf8)).map { $0 ?? 0x0A }
        var inputs = (0..<200).map { _ in byte.array(of: 0...5000).run(using: &rng) }
        inputs += [[UInt8](repeating: 0x0A, count: 20_000), [UInt8](repeating: 0x0A, count: 20_001) + [0x61]]
        for input in inputs {
            let feeds = input.count { $0 == 0x0A }
            let expected = input.last == 0x0A ? feeds : feeds + 1
            #expect(input.withUnsafeBufferPointer { TSVLoader.lineCount(in: $0) } == expected, "\(input.count) bytes")
        }
    }

    @Test func readsQuotedCSV() throws {
        let graph = try read("source,kind,target\n\"A, \"\"the\"\" one\",supply,\"B\nC\"\nD,attack,E,asserted", .csv)
        #expect(graph.relations.map(\.source) == ["A, \"the\" one", "D"])
        #expect(graph.relations.map(\.target) == ["B\nC", "E"])
    }

    @Test(arguments: [
        ("A\tsupply\tB\nA\tsupply\tB\tmaybe\n", .tsv, #"r.tsv:2:12: unknown modality "maybe"; expected asserted or hedged"#),
        ("A\tsupply\n", .tsv, "r.tsv:1:9: expected 3 or 4 fields (source, kind, target[, modality]), found 2"),
        ("A\tsupply\tB\thedged\textra\n", .tsv, "r.tsv:1:19: expected 3 or 4 fields (source, kind, target[, modality]), found 5"),
        ("A\t\tB\n", .tsv, "r.tsv:1:3: empty kind"),
        ("A,supply,\"B\n", .csv, "r.csv:1:10: unterminated quoted field"),
    ] as [(String, DelimitedFormat, String)])
    func badRowsAreLocatedErrors(input: String, format: DelimitedFormat, expected: String) {
        #expect(throws: FormatError.self) { try read(input, format) }
        do {
            _ = try Graph(delimited: Array(input.utf8), format: format, file: "r.\(format.rawValue)")
        } catch {
            #expect(error.description == expected)
        }
    }

    @Test func invalidUTF8BytesAreRejectedNotReplaced() {
        let bytes: [UInt8] = Array("A\tsupply\t".utf8) + [0xC3, 0x28] + [0x0A]
        #expect(throws: FormatError(file: "r.tsv", line: 1, column: 10, message: "invalid UTF-8")) {
            try Graph(delimited: bytes, format: .tsv, file: "r.tsv")
        }
    }

    @Test func emptyInputIsAnEmptyGraph() throws {
        #expect(try read("").relationCount == 0)
        #expect(try read("source\tkind\ttarget\n").relationCount == 0)
    }

    @Test func writesAndReadsBackBothFormats() throws {
        for testCase in RandomGraphs.cases(count: 50) {
            let graph = testCase.graph
            for format in DelimitedFormat.allCases {
                var text = ""
                try graph.writeDelimited(format: format, to: &text)
                let back = try read(text, format)
                #expect(Array(back.relations) == Array(graph.relations), "\(testCase), \(format)")
            }
        }
    }

    @Test func csvQuotesWhatNeedsQuoting() throws {
        let graph = Graph(relations: [Relation(source: "A,\"B\"", kind: .supply, target: " C\n")])
        var text = ""
        try graph.writeDelimited(format: .csv, to: &text)
        #expect(text == "source,kind,target,modality\n\"A,\"\"B\"\"\",supply,\" C\n\",asserted\n")
        #expect(Array(try read(text, .csv).relations) == Array(graph.relations))
        var tsv = ""
        #expect(throws: FormatError.self) { try graph.writeDelimited(format: .tsv, to: &tsv) }
    }
}
