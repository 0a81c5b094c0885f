import Foundation
import TestSupport
import Testing

/// `--graph FILE.dot` on the commands: a DOT file the package wrote, and a
/// hand-written one, answer the same questions as the graph they came from.
@Suite struct DOTGraphTests {
    @Test func dependenciesFromTheDOTThePackageWrote() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("seed.dot").path
        #expect(try CLIRunner.run("export", "--format", "dot", "--output", file).status == 0)
        let fromDOT = try CLIRunner.run("dependencies", "RUS", "--graph", file, "--format", "json")
        let fromSeed = try CLIRunner.run("dependencies", "RUS", "--format", "json")
        #expect(fromDOT.status == 0, "\(fromDOT.stderr)")
        // DOT carries no evidence; the parties and links are the same.
        func links(_ json: String) throws -> [String] {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let dependencies = try #require(object["dependencies"] as? [[String: Any]])
            return dependencies.map { "\($0["party"] ?? "") \($0["depth"] ?? "") \($0["hedged"] ?? "")" }.sorted()
        }
        #expect(try links(fromDOT.stdout) == links(fromSeed.stdout))
        #expect(try !links(fromSeed.stdout).isEmpty)
    }

    @Test func aHandWrittenDiagram() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("diagram.gv")
        try Data("""
            // who arms whom, drawn by hand
            digraph arms {
              node [shape=box]
              IRN [label="Iran"]; RUS [label="Russia"]
              IRN -> RUS [label=supply]
              PRK -> RUS [label=supply, style=dashed]
              { BLR CHN } -> RUS [label=supply]
            }
            """.utf8).write(to: file)
        let result = try CLIRunner.run("dependencies", "Russia", "--graph", file.path, "--hedged")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("RUS (Russia) depends on 4 parties (asserted and hedged links):\n"))
        #expect(result.stdout.contains("PRK: direct, hedged\n"))
    }

    @Test func aSyntaxErrorIsOneLocatedLineAndLenientIsRefused() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("broken.dot")
        try Data("digraph {\n  a -> ;\n}\n".utf8).write(to: file)
        let result = try CLIRunner.run("parties", "--graph", file.path)
        #expect(result.status == 1)
        #expect(result.stderr == "relgraph: broken.dot:2:8: expected a node or a subgraph after '->', found ';'\n")
        let lenient = try CLIRunner.run("parties", "--graph", file.path, "--lenient")
        #expect(lenient.status == 1)
        #expect(lenient.stderr == "relgraph: broken.dot: --lenient is for TSV and CSV graphs; a DOT file with a syntax error is not partly read\n")
    }
}
