import Foundation
import Testing
import TestSupport

@Suite struct ExtractCommandTests {
    /// The sample texts written for the repository, with their gold files.
    private static let examples = SharedData.inRepository("Examples/texts")

    private func files(_ folder: URL, _ suffix: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(suffix) }.sorted().map { folder.appendingPathComponent($0).path }
    }

    private func exampleFiles(_ suffix: String) throws -> [String] { try files(Self.examples, suffix) }

    @Test func extractPrintsRelationsWithEvidence() throws {
        let result = try CLIRunner.run(["extract"] + exampleFiles(".txt"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("red-sea.txt: "))
        #expect(result.stdout.contains("  IRN supply RUS (asserted)\n"))
        #expect(result.stdout.contains("      [395-442] \"Iran has shipped hundreds of missiles to Russia\"\n"))
        #expect(result.stdout.contains("  PRK supply RUS (hedged)\n      [593-653] \"North Korea could provide further artillery shells to Russia\""))
    }

    /// Header lines are provenance: no relation is read from a title, and
    /// offsets still count from the start of the file.
    @Test func headerLinesAreNotReadAsText() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("h.txt")
        let text = "# title: Iran supplies Russia\n# date: 2024-01-02\n\nTehran sent drones to Moscow.\n"
        try Data(text.utf8).write(to: file)
        let result = try CLIRunner.run("extract", file.path, "--format", "json")
        #expect(result.status == 0)
        let start = text.utf8.count - "Tehran sent drones to Moscow.\n".utf8.count
        #expect(result.stdout.contains("\"start\" : \(start)"))
        #expect(!result.stdout.contains("\"start\" : 9,"))
    }

    @Test(.needsShared("seeds")) func extractReadsTheSeedArticles() throws {
        let result = try CLIRunner.run(["extract"] + files(SharedData.url("seeds"), ".txt"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("000_54e2941c75fbec23.txt: "))
        #expect(result.stdout.contains("  IRN supply RUS (asserted)"))
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

    @Test func evaluateReportsScoresOnTheExamples() throws {
        let result = try CLIRunner.run(["evaluate", "--gold"] + exampleFiles(".json") + exampleFiles(".txt"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("overall "))
        let json = try CLIRunner.run(["evaluate", "--format", "json", "--gold"] + exampleFiles(".json") + ["--"] + exampleFiles(".txt"))
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let modal = try #require(report["triplesWithModality"] as? [String: Int])
        let plain = try #require(report["triples"] as? [String: Int])
        // Every gold triple is either found or missed, so the counts add up to the gold files' 18 relations.
        #expect((plain["truePositives"] ?? 0) + (plain["falseNegatives"] ?? 0) == 18)
        #expect((modal["truePositives"] ?? 0) <= (plain["truePositives"] ?? 0))
    }

    @Test func evaluateWithoutTextsIsAUsageError() throws {
        let result = try CLIRunner.run(["evaluate", "--gold"] + exampleFiles(".json"))
        #expect(result.status == 2)
    }
}
