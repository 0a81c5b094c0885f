import Foundation
import Testing

@Suite struct ReportCommandTests {
    /// The JSON data block of a page, decoded.
    static func data(of page: String) throws -> [String: Any] {
        let open = "<script type=\"application/json\" id=\"report-data\">"
        let start = try #require(page.range(of: open)).upperBound
        let end = try #require(page[start...].range(of: "</script>")).lowerBound
        return try #require(JSONSerialization.jsonObject(with: Data(page[start..<end].utf8)) as? [String: Any])
    }

    @Test func writesOnePageAtomicallyToAFile() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("seeds.html")
        let result = try CLIRunner.run("report", "--title", "Seed <articles>", "--output", file.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let page = try String(contentsOf: file, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.hasSuffix("</html>\n"))
        #expect(page.contains("<title>Seed &lt;articles&gt;</title>"))
        let data = try Self.data(of: page)
        let parties = try CLIRunner.run("parties", "--format", "json")
        let expected = try #require(JSONSerialization.jsonObject(with: Data(parties.stdout.utf8)) as? [Any])
        #expect((data["parties"] as? [Any])?.count == expected.count)
        #expect((data["relations"] as? [Any])?.isEmpty == false)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["seeds.html"])
    }

    @Test func kindAndHedgedFiltersChooseTheRelations() throws {
        let result = try CLIRunner.run("report", "--kind", "supply", "--no-hedged")
        #expect(result.status == 0, "\(result.stderr)")
        let relations = try #require(try Self.data(of: result.stdout)["relations"] as? [[String: Any]])
        #expect(!relations.isEmpty)
        #expect(relations.allSatisfy { $0["kind"] as? String == "supply" && $0["modality"] as? String == "asserted" })
        let parties = try #require(try Self.data(of: result.stdout)["parties"] as? [[String: Any]])
        #expect(Set(parties.compactMap { $0["id"] as? String }) == ["IRN", "RUS"])
    }

    @Test func windowOptionsApply() throws {
        let result = try CLIRunner.run("report", "--dated-only")
        #expect(result.status == 0, "\(result.stderr)")
        // The seed articles carry no dates, so nothing is left in a dated-only window.
        #expect(try (Self.data(of: result.stdout)["relations"] as? [Any])?.isEmpty == true)
    }

    @Test func badGraphFileIsOneLocatedError() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("broken.tsv")
        try Data("RUS\tsupply\n".utf8).write(to: file)
        let result = try CLIRunner.run("report", "--graph", file.path, "--output", directory.appendingPathComponent("out.html").path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.tsv:1:"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out.html").path))
    }
}
