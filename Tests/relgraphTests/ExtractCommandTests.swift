import Foundation
import Testing
import TestSupport

@Suite struct ExtractCommandTests {
    /// The sample texts written for the repository, with their gold files.
    private static let examples = SharedData.inRepository("Examples/texts")

    private func files(_ folder: URL, _ suffix: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(suffix) }.sorted().map { folder.appendingPathComponent($0).path }
    }

    private func exampleFiles(_ suffix: String) throws -> [String] { try files(Self.examples, suffix) }

    @Test func extractPrintsRelationsWithEvidence() throws {
        let result = try CLIRunner.run(["extract"] + exampleFiles(".txt"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("red-sea.txt: "))
        #expect(result.stdout.contains("  IRN supply RUS (asserted)\n"))
        #expect(result.stdout.contains("      [395-442] \"Iran has shipped hundreds of missiles to Russia\"\n"))
        #expect(result.stdout.contains("  PRK supply RUS (hedged)\n      [593-653] \"North Korea could provide further artillery shells to Russia\""))
    }

    /// Header lines are provenance: no relation is read from a title, and
    /// offsets still count from the start of the file.
    @Test func headerLinesAreNotReadAsText() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("h.txt")
        let text = "# title: Iran supplies Russia\n# date: 2024-01-02\n\nTehran sent drones to Moscow.\n"
        try Data(text.utf8).write(to: file)
        let result = try CLIRunner.run("extract", file.path, "--format", "json")
        #expect(result.status == 0)
        let start = text.utf8.count - "Tehran sent drones to Moscow.\n".utf8.count
        #expect(result.stdout.contains("\"start\" : \(start)"))
        #expect(!result.stdout.contains("\"start\" : 9,"))
    }

    @Test(.needsShared("seeds")) func extractReadsTheSeedArticles() throws {
        let result = try CLIRunner.run(["extract"] + files(SharedData.url("seeds"), ".txt"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("000_54e2941c75fbec23.txt: "))
        #expect(result.stdout.contains("  IRN supply RUS (asserted)"))
    }

    @Test func graphOutWritesAGraphTheQueriesRead() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let textFile = directory.appendingPathComponent("note.txt")
        try Data("Tehran sent drones to Moscow. Pyongyang shipped shells to Moscow.".utf8).write(to: textFile)
        let graphFile = directory.appendingPathComponent("g.json")
        let extract = try CLIRunner.run("extract", textFile.path, "--graph-out", graphFile.path, "--format", "tsv")
        #expect(extract.stdout == "source\tkind\ttarget\tmodality\nIRN\tsupply\tRUS\tasserted\nPRK\tsupply\tRUS\tasserted\n")
        let query = try CLIRunner.run("dependencies", "Russia", "--graph", graphFile.path)
        #expect(query.stdout.contains("IRN (Iran): direct") && query.stdout.contains("PRK (North Korea): direct"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func unreadableAndBinaryFiles() throws {
        let missing = try CLIRunner.run("extract", "/nonexistent/article.txt")
        #expect(missing.status == 1)
        #expect(missing.stderr == "relgraph: /nonexistent/article.txt: no such file or folder\n")
        let directory = try CLIRunner.temporaryDirectory()
        let binary = directory.appendingPathComponent("blob.bin")
        try Data((0..<50_000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(to: binary)
        let text = directory.appendingPathComponent("note.txt")
        try Data("Tehran sent drones to Moscow.".utf8).write(to: text)
        let result = try CLIRunner.run("extract", binary.path, text.path, "--format", "tsv")
        #expect(result.status == 1)
        #expect(result.stderr == "relgraph: \(binary.path): not UTF-8 text\n")
        let lenient = try CLIRunner.run("extract", binary.path, text.path, "--format", "tsv", "--lenient")
        #expect(lenient.status == 0)
        #expect(lenient.stderr == "relgraph: skipped \(binary.path): not UTF-8 text\n")
        #expect(lenient.stdout == "source\tkind\ttarget\tmodality\nIRN\tsupply\tRUS\tasserted\n")
    }

    /// A folder of documents: searched recursively for .txt and .md files in
    /// sorted order, cited by their path inside it, dated by header or flag.
    private func corpus() throws -> URL {
        let directory = try CLIRunner.temporaryDirectory()
        let nested = directory.appendingPathComponent("2024/march", isDirectory: true)
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        let texts = [
            ("b.txt", "# source: https://example.org/b\n# date: 2024-02-01\n\nTehran sent drones to Moscow.\n"),
            ("a.md", "Pyongyang shipped artillery shells to Moscow.\n"),
            ("2024/march/c.txt", "# date: 2024-03-05\n\nThe EU imposed sanctions on Iran and Belarus.\n"),
            ("notes.csv", "Tehran sent drones to Damascus.\n"),
            ("2024/.hidden.txt", "Tehran sent drones to Caracas.\n"),
        ]
        for (name, text) in texts { try Data(text.utf8).write(to: directory.appendingPathComponent(name)) }
        return directory
    }

    @Test func foldersAreReadRecursivelyInOrderWithProvenance() throws {
        let folder = try corpus()
        let result = try CLIRunner.run("extract", folder.path, "--date", "2023-12-31", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let documents = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(documents.map { $0["document"] as? String } == ["2024/march/c.txt", "a.md", "b.txt"])
        func evidence(_ index: Int) throws -> [String: Any] {
            let relations = try #require(documents[index]["relations"] as? [[String: Any]])
            return try #require((relations.first?["evidence"] as? [[String: Any]])?.first)
        }
        #expect(try evidence(0)["date"] as? String == "2024-03-05")
        #expect(try evidence(1)["date"] as? String == "2023-12-31")
        #expect(try evidence(2)["date"] as? String == "2024-02-01")
        #expect(try evidence(2)["source"] as? String == "https://example.org/b")
        #expect(try evidence(1)["source"] == nil)
        let csv = try CLIRunner.run("extract", folder.path, "--glob", "*.csv", "--format", "tsv")
        #expect(csv.stdout == "source\tkind\ttarget\tmodality\nIRN\tsupply\tSYR\tasserted\n")
    }

    @Test func theOutputIsTheSameForAnyNumberOfWorkers() throws {
        let folder = try corpus()
        for name in ["red-sea.txt", "sahel.txt", "joint-statement.txt"] {
            try FileManager.default.copyItem(at: Self.examples.appendingPathComponent(name), to: folder.appendingPathComponent("2024/" + name))
        }
        let outputs = try [1, 2, 8].map { jobs in
            try CLIRunner.run("extract", folder.path, "--jobs", String(jobs), "--format", "json").stdout
        }
        #expect(outputs[0].contains("red-sea.txt"))
        #expect(outputs[1] == outputs[0])
        #expect(outputs[2] == outputs[0])
    }

    @Test func mergingTheSameDocumentsTwiceChangesNothing() throws {
        let folder = try corpus()
        let graph = folder.appendingPathComponent("g.json").path
        #expect(try CLIRunner.run("extract", folder.appendingPathComponent("b.txt").path, "--graph-out", graph, "--format", "tsv").status == 0)
        #expect(try CLIRunner.run("extract", folder.path, "--graph-out", graph, "--merge", "--format", "tsv").status == 0)
        let once = try Data(contentsOf: URL(fileURLWithPath: graph))
        #expect(try CLIRunner.run("extract", folder.path, "--graph-out", graph, "--merge", "--format", "tsv").status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: graph)) == once)
        let relations = try CLIRunner.run("relations", "--graph", graph)
        #expect(relations.stdout.contains("IRN → RUS") && relations.stdout.contains("EU → BLR"))
        let usage = try CLIRunner.run("extract", folder.path, "--merge")
        #expect(usage.status == 2)
    }

    @Test func aBadHeaderDateIsALocatedError() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("d.txt")
        try Data("# title: x\n# date:   2024-13-01\n\nTehran sent drones to Moscow.\n".utf8).write(to: file)
        let result = try CLIRunner.run("extract", file.path)
        #expect(result.status == 1)
        #expect(result.stderr == "relgraph: \(file.path):2:11: invalid date \"2024-13-01\"; expected YYYY-MM-DD\n")
        let flag = try CLIRunner.run("extract", file.path, "--date", "yesterday")
        #expect(flag.status == 2)
    }

    @Test func evaluateReportsScoresOnTheExamples() throws {
        let result = try CLIRunner.run(["evaluate", "--gold"] + exampleFiles(".json") + exampleFiles(".txt"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("overall "))
        let json = try CLIRunner.run(["evaluate", "--format", "json", "--gold"] + exampleFiles(".json") + ["--"] + exampleFiles(".txt"))
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let modal = try #require(report["triplesWithModality"] as? [String: Int])
        let plain = try #require(report["triples"] as? [String: Int])
        // Every gold triple is either found or missed, so the counts add up to the gold files' 18 relations.
        #expect((plain["truePositives"] ?? 0) + (plain["falseNegatives"] ?? 0) == 18)
        #expect((modal["truePositives"] ?? 0) <= (plain["truePositives"] ?? 0))
    }

    @Test func evaluateWithoutTextsIsAUsageError() throws {
        let result = try CLIRunner.run(["evaluate", "--gold"] + exampleFiles(".json"))
        #expect(result.status == 2)
    }
}

/// The query commands over a dated corpus: `--since`, `--until`, `--as-of`
/// and `--dated-only`, and how `relations` reports dates.
@Suite struct TimeWindowCommandTests {
    private static func graph() throws -> String {
        let directory = try CLIRunner.temporaryDirectory()
        let graph = directory.appendingPathComponent("g.json").path
        let examples = SharedData.inRepository("Examples/texts").path
        let result = try CLIRunner.run("extract", examples, "--graph-out", graph, "--format", "tsv")
        try #require(result.status == 0, "\(result.stderr)")
        return graph
    }

    @Test func windowsChooseWhatTheQueriesSee() throws {
        let graph = try Self.graph()
        // Iran's supply to Russia is reported on 2024-09-10 (joint-statement.txt).
        let since = try CLIRunner.run("dependencies", "RUS", "--graph", graph, "--since", "2024-09-10")
        #expect(since.stdout.contains("IRN (Iran): direct"))
        let before = try CLIRunner.run("dependencies", "RUS", "--graph", graph, "--as-of", "2024-09-09")
        #expect(before.stdout.hasPrefix("RUS (Russia) depends on 0 parties"))
        let relations = try CLIRunner.run("relations", "--graph", graph, "--kind", "supply")
        #expect(relations.stdout.contains("IRN → RUS  supply (asserted), in 1 document, 2024-09-10\n"))
        let export = try CLIRunner.run("export", "--graph", graph, "--format", "tsv", "--until", "2024-03-01")
        #expect(export.stdout.contains("HOUTHIS\tattack\tISR") && !export.stdout.contains("IRN\tsupply\tRUS"))
    }

    @Test func badWindowsAreUsageErrors() throws {
        for arguments in [["--since", "2024-13-01"], ["--until", "2024-01-01", "--as-of", "2024-01-01"], ["--since", "2024-02-01", "--until", "2024-01-01"]] {
            let result = try CLIRunner.run(["relations"] + arguments)
            #expect(result.status == 2, "\(arguments)")
        }
    }
}

#if os(Linux)
/// The progress line: on a terminal, for runs over a second, and never
/// otherwise. The terminal is a pseudo-terminal made by util-linux `script`
/// (on every Debian system; required under `CI=true`).
@Suite struct ExtractProgressTests {
    static let script = URL(fileURLWithPath: "/usr/bin/script")

    @Test(.enabled(if: SharedData.isRequired || FileManager.default.isExecutableFile(atPath: script.path), "needs util-linux script at /usr/bin/script"))
    func progressIsShownOnATerminalOnly() throws {
        let script = Self.script
        let folder = try CLIRunner.temporaryDirectory()
        let examples = SharedData.inRepository("Examples/texts")
        // Enough text that extraction takes more than a second.
        for copy in 0..<40 {
            for name in ["red-sea.txt", "sahel.txt", "joint-statement.txt"] {
                try FileManager.default.copyItem(at: examples.appendingPathComponent(name), to: folder.appendingPathComponent("\(copy)-\(name)"))
            }
        }
        let relgraph = try CLIRunner.executable.path
        let onTerminal = try ProcessRunner.run(script, ["-q", "-e", "-c", "\(relgraph) extract \(folder.path) --format tsv --jobs 1", "/dev/null"])
        #expect(onTerminal.status == 0)
        #expect(onTerminal.stdout.contains("120/120 documents, "), "\(onTerminal.stdout.suffix(300))")
        #expect(onTerminal.stdout.contains(" MB/s, "))
        let quiet = try ProcessRunner.run(script, ["-q", "-e", "-c", "\(relgraph) extract \(folder.path) --format tsv --jobs 1 --quiet", "/dev/null"])
        #expect(!quiet.stdout.contains("documents, "))
        let piped = try CLIRunner.run(["extract", folder.path, "--format", "tsv", "--jobs", "1"])
        #expect(piped.stderr.isEmpty)
    }
}
#endif

/// `relgraph timeline` on the example texts, whose headers date them.
@Suite struct TimelineCommandTests {
    @Test func theExamplesByMonth() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let graph = directory.appendingPathComponent("g.json").path
        #expect(try CLIRunner.run("extract", SharedData.inRepository("Examples/texts").path, "--graph-out", graph, "--format", "tsv").status == 0)
        let text = try CLIRunner.run("timeline", "--graph", graph, "--kind", "supply", "--kind", "attack")
        #expect(text.stdout == """
            2024-02: 4 relations, 4 new
              + HOUTHIS → ISR  attack (asserted), 1 document
              + USA → HOUTHIS  attack (asserted), 1 document
              + GBR → HOUTHIS  attack (asserted), 1 document
              + IRN → HOUTHIS  supply (hedged), 1 document
            2024-06: 1 relation, 1 new
              + RSF → SDN  attack (asserted), 1 document
            2024-09: 3 relations, 3 new
              + IRN → RUS  supply (asserted), 1 document
              + RUS → UKR  attack (asserted), 1 document
              + PRK → RUS  supply (hedged), 1 document

            """)
        let csv = try CLIRunner.run("timeline", "--graph", graph, "--by", "year", "--format", "csv", "--party", "Iran")
        #expect(csv.stdout.hasPrefix("period,source,kind,target,modality,documents,new\n2024,GBR,sanction,IRN,asserted,1,yes\n"))
        let chart = directory.appendingPathComponent("t.svg")
        #expect(try CLIRunner.run("timeline", "--graph", graph, "--format", "svg", "--output", chart.path).status == 0)
        let svg = try String(contentsOf: chart, encoding: .utf8)
        #expect(svg.hasPrefix("<svg ") && svg.contains("<title>2024-09: 7 relations</title>"))
        #expect(try CLIRunner.run("timeline", "--graph", graph, "--output", chart.path).status == 2)
        // CSV fields are quoted as the other CSV writers quote them: scalar by
        // scalar, so that a quote followed by a combining mark is doubled too.
        let odd = directory.appendingPathComponent("odd.json")
        try Data(#"{"relations": [{"source": "A", "kind": "x\"\u0301, y", "target": "B", "evidence": [{"document": "d", "start": 0, "end": 1, "quote": "q", "date": "2024-05-06"}]}]}"#.utf8).write(to: odd)
        let quoted = try CLIRunner.run("timeline", "--graph", odd.path, "--format", "csv")
        #expect(quoted.stdout == "period,source,kind,target,modality,documents,new\n2024-05,A,\"x\"\"\u{301}, y\",B,asserted,1,yes\n")
        let seed = try CLIRunner.run("timeline")
        #expect(seed.stdout == "No dated evidence: the documents have no `# date:` header.\n")
    }
}
