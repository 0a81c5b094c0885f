import Foundation
import TestSupport
import Testing

/// The HTML report in a real browser: headless Chromium driven by Selenium
/// (`Tests/Browser/report_check.py`). `.ci/run` installs Debian's chromium
/// and chromium-driver and a virtual environment with Selenium in
/// `.build/browser-venv`; elsewhere the test skips with the reason when
/// any of them is missing, and under `CI=true` a missing one fails.
@Suite struct ReportBrowserTests {
    /// The Python with Selenium: `RELGRAPH_BROWSER_PYTHON`, or the virtual environment `.ci/run` makes.
    static var python: URL? {
        let environment = ProcessInfo.processInfo.environment
        let candidates: [String?] = [environment["RELGRAPH_BROWSER_PYTHON"], SharedData.inRepository(".build/browser-venv/bin/python").path]
        return candidates.compactMap { $0 }.map(URL.init(fileURLWithPath:))
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    static func onPath(_ tool: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)") }
    }

    static var missing: String? {
        if !onPath("chromium") { return "chromium is not on PATH" }
        if !onPath("chromedriver") { return "chromedriver is not on PATH" }
        if python == nil { return "no Python with Selenium (.build/browser-venv or RELGRAPH_BROWSER_PYTHON)" }
        return nil
    }

    @Test(.enabled(
        if: SharedData.isRequired || missing == nil,
        "needs chromium, chromedriver and Selenium (installed by .ci/run; required when CI=true)"))
    func seedAndHostileReportsInChromium() throws {
        if let missing = Self.missing {
            Issue.record("the browser test is required under CI=true: \(missing)")
            return
        }
        let python = try #require(Self.python)
        let work = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let hostile = work.appendingPathComponent("hostile.json")
        try HostileText.graphJSON().write(to: hostile)
        let screenshot = work.appendingPathComponent("report.png")
        let result = try ProcessRunner.run(python, [
            SharedData.inRepository("Tests/Browser/report_check.py").path,
            "--relgraph", try CLIRunner.executable.path, "--work", work.path,
            "--hostile", hostile.path, "--screenshot", screenshot.path,
        ])
        #expect(result.status == 0, "\(result.stdout)\n\(result.errors.suffix(4000))")
        #expect(result.stdout.contains("all checks passed"), "\(result.stdout)")
        let png = try Data(contentsOf: screenshot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "the screenshot is not a PNG")
    }
}
