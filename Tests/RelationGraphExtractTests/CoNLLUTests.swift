import Foundation
import Testing
import TestSupport
@testable import RelationGraphExtract

@Suite struct CoNLLUTests {
    /// A made-up sentence with every kind of line: comments, a multiword token and an empty node.
    static let sample = """
        # sent_id = made-up-1
        # text = Ruritania's army didn't strike.
        1-2\tRuritania's\t_\t_\t_\t_\t_\t_\t_\t_
        1\tRuritania\tRuritania\tPROPN\tNNP\tNumber=Sing\t3\tnmod:poss\t3:nmod:poss\t_
        2\t's\t's\tPART\tPOS\t_\t1\tcase\t1:case\t_
        3\tarmy\tarmy\tNOUN\tNN\tNumber=Sing\t6\tnsubj\t6:nsubj\t_
        4-5\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_
        4\tdid\tdo\tAUX\tVBD\tMood=Ind\t6\taux\t6:aux\t_
        5\tn't\tnot\tPART\tRB\t_\t6\tadvmod\t6:advmod\t_
        5.1\tstrike\tstrike\tVERB\tVB\t_\t_\t_\t3:conj\tCopyOf=6
        6\tstrike\tstrike\tVERB\tVB\tVerbForm=Inf\t0\troot\t0:root\tSpaceAfter=No
        7\t.\t.\tPUNCT\t.\t_\t6\tpunct\t6:punct\t_


        """

    @Test func roundTripKeepsEveryLine() throws {
        let document = try CoNLLUDocument(parsing: Self.sample)
        #expect(document.sentences.count == 1)
        let sentence = try #require(document.sentences.first)
        #expect(sentence.words.count == 7)
        #expect(sentence.comment("text") == "Ruritania's army didn't strike.")
        #expect(sentence.lines.filter { if case .multiword = $0 { true } else { false } }.count == 2)
        #expect(sentence.lines.contains(.emptyNode("5.1\tstrike\tstrike\tVERB\tVB\t_\t_\t_\t3:conj\tCopyOf=6")))
        #expect(document.text == Self.sample.replacingOccurrences(of: "\n\n\n", with: "\n\n"))
        #expect(try CoNLLUDocument(parsing: document.text) == document)
        let gold = try #require(TrainingSentence(sentence))
        #expect(gold.heads == [3, 1, 6, 6, 6, 0, 6])
        #expect(gold.labels[0] == "nmod:poss")
    }

    @Test func malformedLinesAreLocated() {
        func error(_ text: String) -> String {
            do {
                _ = try CoNLLUDocument(parsing: text, file: "bad.conllu")
                return "no error"
            } catch {
                return error.description
            }
        }
        #expect(error("1\tA\t_\tX\t_\t_\t0\troot\t_\n") == "bad.conllu:1:21: expected 10 tab-separated fields, found 9")
        #expect(error("1\tA\t_\tX\t_\t_\t0\troot\t_\t_\n3\tB\t_\tX\t_\t_\t1\tdep\t_\t_\n")
            == "bad.conllu:2:1: expected word ID 2, found \"3\"")
        #expect(error("1\tA\t_\tX\t_\t_\t7\troot\t_\t_\n\n")
            == "bad.conllu:1:13: HEAD 7 is not a word of the sentence (it has 1)")
        #expect(error("1\tA\t_\tX\t_\t_\tx\troot\t_\t_\n").hasPrefix("bad.conllu:1:13: HEAD must be"))
    }

    @Test(.needsShared("treebanks/en_ewt/dev.conllu")) func realTreebankRoundTrips() throws {
        let text = try String(contentsOf: SharedData.url("treebanks/en_ewt/dev.conllu"), encoding: .utf8)
        let document = try CoNLLUDocument(parsing: text, file: "dev.conllu")
        #expect(document.sentences.count == 2001)
        #expect(document.text == text)
        let multiword = document.sentences.flatMap(\.lines).filter { if case .multiword = $0 { true } else { false } }
        #expect(!multiword.isEmpty)
    }
}
