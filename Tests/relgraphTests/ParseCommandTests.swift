import Foundation
import Testing
import TestSupport

@Suite struct ParseCommandTests {
    @Test func parseWritesCoNLLUWithByteRanges() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("note.txt")
        let text = "# title: A note\n\nIran supplied drones to Russia. Moscow used them."
        try Data(text.utf8).write(to: file)
        let result = try CLIRunner.run("parse", file.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# newdoc id = note.txt\n# sent_id = note.txt-1\n# text = Iran supplied drones to Russia.\n# byte_range = 17-48\n"))
        let words = result.stdout.split(separator: "\n").filter { $0.first?.isNumber == true }.map { $0.split(separator: "\t") }
        #expect(words.count == 10)
        #expect(words.allSatisfy { $0.count == 10 })
        #expect(words[0][1] == "Iran" && words[0][9] == "Range=17-21")
        #expect(words.filter { $0[7] == "root" }.count == 2)
        // The tagger predicts the treebank's XPOS with the UPOS, and the output carries both.
        #expect(words[0][3] == "PROPN" && words[0][4] == "NNP")
        #expect(words.allSatisfy { $0[4] != "_" })
    }

    @Test func tokenizedInputIsReparsedAndScored() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("gold.conllu")
        let gold = """
            # text = Iran supplied drones to Russia.
            1\tIran\tIran\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
            2\tsupplied\tsupply\tVERB\tVBD\t_\t0\troot\t_\t_
            3\tdrones\tdrone\tNOUN\tNNS\t_\t2\tobj\t_\t_
            4\tto\tto\tADP\tIN\t_\t5\tcase\t_\t_
            5\tRussia\tRussia\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No
            6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_


            """
        try Data(gold.utf8).write(to: file)
        let parsed = try CLIRunner.run("parse", "--tokenized", file.path)
        #expect(parsed.status == 0, "\(parsed.stderr)")
        #expect(parsed.stdout.contains("1\tIran\tIran\tPROPN\tNNP\t_\t2\tnsubj\t_\t_"))
        let scored = try CLIRunner.run("parse", "--tokenized", file.path, "--evaluate", "--format", "json")
        #expect(scored.status == 0, "\(scored.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(scored.stdout.utf8)) as? [String: Any])
        #expect(report["words"] as? Int == 6)
        #expect((report["uas"] as? Double ?? 0) > 80)
    }

    @Test func malformedCoNLLUIsALocatedError() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("bad.conllu")
        try Data("1\tA\t_\tX\t_\t_\t0\troot\t_\t_\n3\tB\t_\tX\t_\t_\t1\tdep\t_\t_\n".utf8).write(to: file)
        let result = try CLIRunner.run("parse", "--tokenized", file.path)
        #expect(result.status == 1)
        #expect(result.stderr == "relgraph: \(file.path):2:1: expected word ID 2, found \"3\"\n")
        let usage = try CLIRunner.run("parse", "--evaluate", file.path)
        #expect(usage.status == 2)
    }
}
