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

    @Test func libraryExampleIsTheCompiledExample() throws {
        let example = try String(
            contentsOf: Self.root.appendingPathComponent("Examples/WhoDependsOnWhom/main.swift"), encoding: .utf8)
        #expect(try readme().contains("```swift\n\(example)```"))
    }
}
