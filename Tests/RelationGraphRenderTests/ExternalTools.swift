import Foundation
import TestSupport
import Testing

/// Runs tools like Graphviz's `dot` or `xmllint` that some tests check output with.
///
/// Locally a missing tool skips the check; under `CI=true` it is a failure,
/// because CI installs them.
enum ExternalTools {
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    static func path(of tool: String) -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { "\($0)/\(tool)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The tool's path, or `nil` after recording an issue under CI.
    static func require(_ tool: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        if let path = path(of: tool) { return path }
        if isCI { Issue.record("\(tool) is required under CI=true but is not on PATH", sourceLocation: sourceLocation) }
        return nil
    }

    static func run(_ executable: String, _ arguments: [String], input: Data) throws -> ProcessRunner.Result {
        try ProcessRunner.run(URL(fileURLWithPath: executable), arguments, input: input)
    }
}
