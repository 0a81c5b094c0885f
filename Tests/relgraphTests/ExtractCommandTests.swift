import Foundation
import Testing

@Suite struct ExtractCommandTests {
    private static let seeds = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/seeds")

    private func seedFiles(_ suffix: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: Self.seeds.path)
            .filter { $0.hasSuffix(suffix) }.sorted().map { Self.seeds.appendingPathComponent($0).path }
    }

    @Test func extractPrintsRelationsWithEvidence() throws {
        let result = try CLIRunner.run(["extract"] + seedFiles(".txt"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("000_54e2941c75fbec23.txt: "))
        #expect(result.stdout.contains("  IRN supply RUS (asserted)\n      [3404-3424] \"Iran supplies Russia\""))
        #expect(result.stdout.contains("  ISR threat IRN (hedged)"))
    }

    @Test func graphOutWritesAGraphTheQueriesRead() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let textFile = directory.appendingPathComponent("note.txt")
        try Data("Tehran sent drones to Moscow. Pyongyang shipped shells to Moscow.".utf8).write(to: textFile)
        let graphFile = directory.appendingPathComponent("g.json")
        let extract = try CLIRunner.run("extract", textFile.path, "--graph-out", graphFile.path, "--format", "tsv")
        #expect(extract.stdout == "source\tkind\ttarget\tmodality\nIRN\tsupply\tRUS\tasserted\nPRK\tsupply\tRUS\tasserted\n")
        let query = try CLIRunner.run("dependencies", "Russia", "--graph", graphFile.path)
        #expect(query.stdout.contains("IRN (Iran): direct") && query.stdout.contains("PRK (North Korea): direct"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func unreadableAndBinaryFiles() throws {
        let missing = try CLIRunner.run("extract", "/nonexistent/article.txt")
        #expect(missing.status == 1)
        #expect(missing.stderr == "relgraph: /nonexistent/article.txt: cannot read the file\n")
        let directory = try CLIRunner.temporaryDirectory()
        let binary = directory.appendingPathComponent("blob.bin")
        try Data((0..<50_000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(to: binary)
        let result = try CLIRunner.run("extract", binary.path, "--format", "json")
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"document\" : \"blob.bin\""))
    }

    @Test func evaluateReportsScoresOnTheSeeds() throws {
        let result = try CLIRunner.run(["evaluate", "--gold"] + seedFiles(".json") + seedFiles(".txt"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("overall    1.00  1.00  1.00"))
        let json = try CLIRunner.run(["evaluate", "--format", "json", "--gold"] + seedFiles(".json") + ["--"] + seedFiles(".txt"))
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let modal = try #require(report["triplesWithModality"] as? [String: Int])
        #expect(modal["truePositives"] == 13)
    }

    @Test func evaluateWithoutTextsIsAUsageError() throws {
        let result = try CLIRunner.run(["evaluate", "--gold"] + seedFiles(".json"))
        #expect(result.status == 2)
    }
}
