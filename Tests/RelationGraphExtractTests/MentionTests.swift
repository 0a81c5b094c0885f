import Testing
@testable import RelationGraphExtract

@Suite struct MentionTests {
    private func mentions(_ text: String, _ extractor: Extractor = sharedExtractor) -> [(String, String)] {
        let bytes = Array(text.utf8)
        let tokens = bytes.withUnsafeBufferPointer { Tokenizer.tokenize($0) }
        return MentionFinder.find(tokens, gazetteer: extractor.gazetteer, lexicon: .standard).map { mention in
            let span = String(decoding: bytes[Int(tokens[mention.first].start)..<Int(tokens[mention.last].end)], as: UTF8.self)
            return (span, extractor.gazetteer.parties[Int(mention.parties[0])].id.rawValue)
        }
    }

    @Test func longestMatchAndMetonyms() {
        let found = mentions("North Korean troops, Pyongyang, the Kremlin, Kyiv and Kiev, South Korea, the West, Kim Jong-un")
        #expect(found.map(\.1) == ["PRK", "PRK", "RUS", "UKR", "UKR", "KOR", "WEST", "PRK"])
        #expect(found[0].0 == "North Korean")
    }

    @Test func capitalsOnlyNamesNeedCapitals() {
        #expect(mentions("let us go with them").isEmpty)
        #expect(mentions("US and U.S. and UN").map(\.1) == ["USA", "USA", "UN"])
        #expect(mentions("a turkey dinner in china").isEmpty)
    }

    @Test func everyUNMemberHasAnISOCode() {
        let ids = Set(sharedExtractor.gazetteer.parties.map(\.id.rawValue))
        for code in ["RUS", "PRK", "KOR", "UKR", "IRN", "ISR", "USA", "CHN", "BLR", "VAT", "PSE", "SSD", "TUV"] {
            #expect(ids.contains(code), "\(code)")
        }
        #expect(sharedExtractor.gazetteer.parties.count >= 195)
    }

    @Test func possessivesDemonymsAndQualifiers() {
        let bytes = Array("Russia's army, Iran-backed militias, Iranian-made drones, Chinese companies".utf8)
        let tokens = bytes.withUnsafeBufferPointer { Tokenizer.tokenize($0) }
        let found = MentionFinder.find(tokens, gazetteer: sharedExtractor.gazetteer, lexicon: .standard)
        #expect(found.map(\.isPossessive) == [true, false, false, false])
        #expect(found.map(\.isQualifier) == [false, true, false, true])
        #expect(found.map(\.isOrigin) == [false, false, true, false])
        #expect(found.map(\.isDemonym) == [false, false, true, true])
    }

    @Test func leadersAreDatedMetonyms() throws {
        #expect(mentions("Biden met Zelensky").map(\.1) == ["USA", "UKR"])
        let in2015 = try Extractor(gazetteer: try Gazetteer.standard(year: 2015))
        #expect(mentions("Biden met Zelensky", in2015).isEmpty)
        #expect(mentions("Obama met Putin", in2015).map(\.1) == ["USA", "RUS"])
    }
}
