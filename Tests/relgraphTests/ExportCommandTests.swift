import Foundation
import Testing

@Suite struct ExportCommandTests {
    @Test func svgGoesAtomicallyToAFile() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("seeds.svg")
        let result = try CLIRunner.run("export", "--format", "svg", "--output", file.path)
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try String(contentsOf: file, encoding: .utf8)
        #expect(svg.hasPrefix("<?xml") && svg.hasSuffix("</svg>\n"))
        for kind in ["supply", "troops", "sanction", "threat", "attack"] { #expect(svg.contains(">\(kind)</text>")) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["seeds.svg"])
    }

    @Test func everyFormatWritesSomething() throws {
        for format in ["dot", "svg", "mermaid", "graphml", "node-link", "csv", "layout-json", "json", "tsv"] {
            let result = try CLIRunner.run("export", "--format", format, "--kind", "supply", "--no-hedged")
            #expect(result.status == 0, "\(format): \(result.stderr)")
            #expect(result.stdout.contains("IRN") || result.stdout.contains("Iran"), "\(format)")
            #expect(!result.stdout.contains("KOR") && !result.stdout.contains("South Korea"), "\(format): hedged relation exported")
        }
    }

    @Test func dotOutputRendersWithGraphviz() throws {
        let exported = try CLIRunner.run("export", "--format", "dot", "--legend")
        #expect(exported.status == 0)
        let directory = try CLIRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("seeds.dot")
        try Data(exported.stdout.utf8).write(to: file)
        let candidates = ["/usr/bin/dot", "/usr/local/bin/dot"]
        guard let dot = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { Issue.record("dot is required under CI=true") }
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-Tsvg", "-o", directory.appendingPathComponent("seeds.svg").path, file.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func failedWriteLeavesThePreviousFile() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("out.dot")
        try Data("previous".utf8).write(to: file)
        let result = try CLIRunner.run("export", "--graph", "/nonexistent.json", "--output", file.path)
        #expect(result.status == 1)
        #expect(try String(contentsOf: file, encoding: .utf8) == "previous")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.dot"])
    }
}

@Suite struct GraphvizExportTests {
    private var hasDot: Bool {
        ["/usr/bin/dot", "/usr/local/bin/dot"].contains(where: FileManager.default.isExecutableFile(atPath:))
    }

    @Test func pngNeedsGraphvizAndIsAPNGWhenPresent() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("seeds.png")
        let result = try CLIRunner.run("export", "--format", "png", "--output", file.path)
        guard hasDot else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { Issue.record("dot is required under CI=true") }
            #expect(result.status == 1)
            #expect(result.stderr.contains("--traits Graphviz"))
            return
        }
        #expect(result.status == 0, "\(result.stderr)")
        let png = try Data(contentsOf: file)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    @Test func graphvizSVGEngines() throws {
        let dot = try CLIRunner.run("export", "--format", "svg", "--engine", "dot")
        if hasDot {
            #expect(dot.status == 0)
            #expect(dot.stdout.contains("<svg"))
        }
        let inProcess = try CLIRunner.run("export", "--format", "svg", "--engine", "graphviz")
        #expect(inProcess.status == 0 || inProcess.stderr.contains("build with `--traits Graphviz`"))
    }
}
