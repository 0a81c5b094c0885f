import Foundation
import Testing
@testable import relgraph

@Suite struct AtomicFileTests {
    private struct HalfWayFailure: Error {}

    @Test func aWriterThatFailsHalfWayLeavesThePreviousFile() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("graph.json")
        try Data("previous".utf8).write(to: file)
        #expect(throws: CLIError.self) {
            try AtomicFile.write(to: file.path) {
                var partial = Data("half of the new".utf8)
                partial.append(contentsOf: [0x20])
                throw HalfWayFailure()
            }
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == "previous")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["graph.json"])
        try AtomicFile.write(to: file.path) { Data("new".utf8) }
        #expect(try String(contentsOf: file, encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["graph.json"])
    }

    @Test func anUnwritableDirectoryIsARuntimeError() {
        #expect(throws: CLIError.self) { try AtomicFile.write(to: "/nonexistent/dir/out.svg") { Data("x".utf8) } }
    }
}
