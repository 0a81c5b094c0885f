import Foundation
import Testing

@Suite struct ErrorReportingTests {
    @Test func unknownPartyIsAUsageErrorWithClosestMatches() throws {
        let result = try CLIRunner.run("dependencies", "Rusia")
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "relgraph: unknown party \"Rusia\"; did you mean RUS (Russia), USA (United States)?\n")
    }

    @Test func missingArgumentIsAUsageErrorOnOneLine() throws {
        let result = try CLIRunner.run("path", "RUS")
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("relgraph: "))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test func badGraphFileIsARuntimeErrorWithPosition() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("relations.tsv")
        try Data("A\tsupply\tB\nA\tsupply\tB\tmaybe\n".utf8).write(to: file)
        let result = try CLIRunner.run("parties", "--graph", file.path)
        #expect(result.status == 1)
        #expect(result.stderr == "relgraph: relations.tsv:2:12: unknown modality \"maybe\"; expected asserted or hedged\n")
    }

    @Test func missingGraphFileIsARuntimeError() throws {
        let result = try CLIRunner.run("parties", "--graph", "/nonexistent/graph.json")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("relgraph: /nonexistent/graph.json: cannot read the file"))
    }

    @Test func graphFilesOfEveryFormatAreRead() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let tsv = directory.appendingPathComponent("g.tsv")
        try Data("source\tkind\ttarget\nA1\tsupply\tA2\nA2\ttroops\tA3\n".utf8).write(to: tsv)
        let csv = directory.appendingPathComponent("g.csv")
        try Data("A1,supply,A2\nA2,troops,A3,hedged\n".utf8).write(to: csv)
        let json = directory.appendingPathComponent("g.json")
        try Data(#"{"relations":[{"source":"A1","kind":"supply","target":"A2"},{"source":"A2","kind":"supply","target":"A3"}]}"#.utf8)
            .write(to: json)
        for file in [tsv, csv, json] {
            let result = try CLIRunner.run("path", "A1", "A3", "--hedged", "--graph", file.path)
            #expect(result.stdout.contains("A1 → A2 → A3"), "\(file.lastPathComponent): \(result.stdout)\(result.stderr)")
        }
    }
}
