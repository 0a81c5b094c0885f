import Testing
@testable import RelationGraphExtract

@Suite struct TokenizerTests {
    private func tokens(_ text: String) -> [Token] {
        Array(text.utf8).withUnsafeBufferPointer { Tokenizer.tokenize($0) }
    }

    @Test func wordsCarryByteOffsetsAndCaseFoldedKeys() {
        let text = "Côte d’Ivoire’s “drones”—U.S.-made."
        let found = tokens(text)
        let bytes = Array(text.utf8)
        let words = found.filter(\.isWord).map { String(decoding: bytes[Int($0.start)..<Int($0.end)], as: UTF8.self) }
        #expect(words == ["Côte", "d", "Ivoire", "s", "drones", "U", "S", "made"])
        #expect(found.map(\.punctuation).filter { $0 != .none }
            == [.apostrophe, .apostrophe, .quote, .quote, .dash, .period, .period, .hyphen, .period])
        #expect(found[0].key == Tokenizer.key("côte"))
        #expect(tokens("DRONES")[0].key == Tokenizer.key("drones"))
        #expect(tokens("DRONES")[0].isAllCaps && !tokens("Drones")[0].isAllCaps)
    }

    @Test func lineBreaksAreRecorded() {
        let found = tokens("Title\n\nBody text\nnext")
        #expect(found.map(\.followsBlankLine) == [false, true, false, false])
        #expect(found.map(\.followsLineBreak) == [false, true, false, true])
    }

    @Test func invalidUTF8NeverTraps() {
        let bytes: [UInt8] = [0xE2, 0x80, 0x41, 0xFF, 0xC3, 0x20, 0xE2]
        let found = bytes.withUnsafeBufferPointer { Tokenizer.tokenize($0) }
        #expect(found.allSatisfy { $0.start < $0.end && Int($0.end) <= bytes.count })
    }
}
