import Testing
@testable import RelationGraphExtract

@Suite struct WordTokenizerTests {
    private func forms(_ text: String) -> [String] { WordTokenizer.words(text).map(\.form) }

    @Test func cliticsAndPunctuationFollowUD() {
        #expect(forms("Russia's army") == ["Russia", "'s", "army"])
        #expect(forms("They don't know.") == ["They", "do", "n't", "know", "."])
        #expect(forms("We can't, we won't, we cannot") == ["We", "ca", "n't", ",", "we", "wo", "n't", ",", "we", "can", "not"])
        #expect(forms("Tehran’s “drones” (Shahed)") == ["Tehran", "’s", "“", "drones", "”", "(", "Shahed", ")"])
        #expect(forms("they're, we've, I'll, I'd, I'm") == ["they", "'re", ",", "we", "'ve", ",", "I", "'ll", ",", "I", "'d", ",", "I", "'m"])
        #expect(forms("the allies' aid") == ["the", "allies", "'", "aid"])
    }

    @Test func hyphensAbbreviationsAndNumbers() {
        #expect(forms("a U.S.-owned ship") == ["a", "U.S.", "-", "owned", "ship"])
        #expect(forms("the Iran-backed group") == ["the", "Iran", "-", "backed", "group"])
        #expect(forms("Mr. Smith met Dr. Jones at 10:30 on Jan. 5") == ["Mr.", "Smith", "met", "Dr.", "Jones", "at", "10:30", "on", "Jan.", "5"])
        #expect(forms("1,000 troops and 3.5 million rounds") == ["1,000", "troops", "and", "3.5", "million", "rounds"])
        #expect(forms("see https://example.org/a-b, or mail a@b.org.") == ["see", "https://example.org/a-b", ",", "or", "mail", "a@b.org", "."])
        #expect(forms("Wait... what?") == ["Wait", "...", "what", "?"])
        #expect(forms("war—and peace") == ["war", "—", "and", "peace"])
        #expect(forms("a $2 billion sale, €40, $ and $") == ["a", "$", "2", "billion", "sale", ",", "€", "40", ",", "$", "and", "$"])
    }

    @Test func byteRangesPointIntoTheText() {
        let text = "Kyiv’s allies — and “Moscow’s” foes.\nNew line"
        let utf8 = Array(text.utf8)
        for word in WordTokenizer.words(text) {
            #expect(String(decoding: utf8[word.byteRange], as: UTF8.self) == word.form)
        }
    }

    @Test func sentencesSplitAtFullStopsBlankLinesAndHeadlines() {
        let text = "Headline Without Stop\nThe U.S. sent aid. Russia attacked Kyiv! \"What next?\" he asked.\n\nA new paragraph"
        let words = WordTokenizer.words(text)
        let sentences = WordTokenizer.sentences(words).map { $0.map { words[$0].form }.joined(separator: " ") }
        #expect(sentences == [
            "Headline Without Stop", "The U.S. sent aid .", "Russia attacked Kyiv !", "\" What next ? \" he asked .", "A new paragraph",
        ])
    }

    @Test func invalidUTF8AndEmptyInput() {
        #expect(WordTokenizer.words("").isEmpty)
        let bytes: [UInt8] = [0x41, 0xFF, 0xC3, 0x20, 0x42]
        let words = bytes.withUnsafeBufferPointer { WordTokenizer.words($0) }
        #expect(words.map(\.form) == ["A\u{FFFD}\u{FFFD}", "B"])
        #expect(words.map(\.byteRange) == [0..<3, 4..<5])
    }

    /// Every byte the decoder cannot read is one U+FFFD, also where Swift's
    /// own decoding would make one of a cut-off sequence ("E1 80" before "A"),
    /// although the word has as many bytes as scalars.
    @Test func eachUnreadableByteIsOneReplacement() {
        let bytes: [UInt8] = [0xE1, 0x80, 0x41, 0x20, 0x42]
        let words = bytes.withUnsafeBufferPointer { WordTokenizer.words($0) }
        #expect(words.map(\.form) == ["\u{FFFD}\u{FFFD}A", "B"])
        #expect(words.map(\.byteRange) == [0..<3, 4..<5])
    }
}
