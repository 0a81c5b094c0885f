import Testing
@testable import RelationGraphExtract

@Suite struct SentencesTests {
    private func sentences(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        let tokens = bytes.withUnsafeBufferPointer { Tokenizer.tokenize($0) }
        return Sentences.split(tokens).map { range in
            String(decoding: bytes[Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end)], as: UTF8.self)
        }
    }

    @Test func abbreviationsDoNotEndSentences() {
        #expect(sentences("The U.S. sent Gen. Smith to Kyiv in Jan. 2024. He met officials.")
            == ["The U.S. sent Gen. Smith to Kyiv in Jan. 2024.", "He met officials."])
    }

    @Test func quotesStayWithTheirSentence() {
        #expect(sentences("He said: \"We will respond.\" Then he left? Yes!")
            == ["He said: \"We will respond.\"", "Then he left?", "Yes!"])
    }

    @Test func headlinesAndBlankLinesEndSentences() {
        #expect(sentences("North Korea Joins Russia\nby A Writer\n\nFirst sentence. Second one")
            == ["North Korea Joins Russia", "by A Writer", "First sentence.", "Second one"])
        #expect(sentences("a line that wraps,\nand goes on.") == ["a line that wraps,\nand goes on."])
    }
}
