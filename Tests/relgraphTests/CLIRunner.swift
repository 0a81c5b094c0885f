import Foundation
import TestSupport
import Testing

/// Runs the built `relgraph` binary, as a user would, and captures what it prints.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `relgraph` executable that `swift build` put beside the test bundle.
    static var executable: URL {
        get throws {
            var directory = Bundle.main.bundleURL
            if directory.pathExtension == "xctest" { directory.deleteLastPathComponent() }
            let candidate = directory.appendingPathComponent("relgraph")
            try #require(FileManager.default.isExecutableFile(atPath: candidate.path), "no relgraph at \(candidate.path)")
            return candidate
        }
    }

    static func run(_ arguments: String...) throws -> Result {
        try run(arguments)
    }

    /// Runs `relgraph` in `directory` (the tests' own when nil).
    static func run(_ arguments: [String], in directory: URL? = nil) throws -> Result {
        let result = try ProcessRunner.run(try executable, arguments, in: directory)
        return Result(status: result.status, stdout: result.stdout, stderr: result.errors)
    }

    /// A fresh directory for files a test writes.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

