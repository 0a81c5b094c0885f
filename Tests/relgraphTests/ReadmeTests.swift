import Foundation
import Testing

/// The README shows real output and real code; these tests keep it so.
@Suite struct ReadmeTests {
    private static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func readme() throws -> String {
        try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
    }

    @Test func firstCommandPrintsWhatTheReadmeSays() throws {
        let result = try CLIRunner.run("dependencies", "RUS")
        #expect(result.status == 0)
        #expect(try readme().contains("The first prints:\n\n```text\n\(result.stdout)```"))
    }

    @Test func evaluationTableIsCurrent() throws {
        let names = try FileManager.default.contentsOfDirectory(
            atPath: Self.root.appendingPathComponent("Examples/texts").path).sorted()
        let gold = names.filter { $0.hasSuffix(".json") }.map { "Examples/texts/" + $0 }
        let texts = names.filter { $0.hasSuffix(".txt") }.map { "Examples/texts/" + $0 }
        let result = try CLIRunner.run(["evaluate", "--gold"] + gold + texts, in: Self.root)
        #expect(result.status == 0)
        #expect(try readme().contains("```text\n\(result.stdout)```"))
    }

    /// The README's extraction example, run from the clone's root exactly as printed.
    @Test func extractionExampleIsCurrent() throws {
        let result = try CLIRunner.run(["extract", "Examples/texts/red-sea.txt"], in: Self.root)
        #expect(result.status == 0)
        #expect(try readme().contains("swift run relgraph extract Examples/texts/red-sea.txt\n```\n\n```text\n\(result.stdout)```"))
    }

    @Test func libraryExampleIsTheCompiledExample() throws {
        let example = try String(
            contentsOf: Self.root.appendingPathComponent("Examples/WhoDependsOnWhom/main.swift"), encoding: .utf8)
        #expect(try readme().contains("```swift\n\(example)```"))
    }
}
