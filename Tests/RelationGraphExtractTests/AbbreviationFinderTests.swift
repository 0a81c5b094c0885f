import Testing
@testable import RelationGraphExtract

/// Abbreviations a text defines for a party make mentions after their definition.
@Suite struct AbbreviationFinderTests {
    /// The spans and parties of the mentions the abbreviations make.
    private func abbreviated(_ text: String) -> [(String, String)] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            let tokens = Tokenizer.tokenize(buffer)
            let named = MentionFinder.find(tokens, gazetteer: sharedExtractor.gazetteer, lexicon: .standard)
            return AbbreviationFinder.find(tokens, bytes: buffer, mentions: named).map { mention in
                let span = String(decoding: bytes[Int(tokens[mention.first].start)..<Int(tokens[mention.last].end)], as: UTF8.self)
                return (span, sharedExtractor.gazetteer.parties[Int(mention.parties[0])].id.rawValue)
            }
        }
    }

    @Test func aDefinitionMakesLaterMentions() {
        let found = abbreviated("RDF units left. Members of the Rwandan Defence Forces (RDF) were seen. RDF units and the RDF's trucks.")
        // Not the use before the definition, nor the definition itself.
        #expect(found.map(\.0) == ["RDF", "RDF"])
        #expect(found.map(\.1) == ["RWA", "RWA"])
    }

    @Test func functionWordsHaveNoInitial() {
        #expect(abbreviated("the Armed Forces of Sudan (AFS) moved. AFS units fired.").map(\.1) == ["SDN"])
    }

    /// Initials that do not spell it, a phrase naming no party or two, lower case, or a name the gazetteer
    /// already knows: no definition.
    @Test(arguments: [
        "the Rwandan Defence Forces (RXF) moved. RXF units fired.",
        "the Joint Defence Forces (JDF) moved. JDF units fired.",
        "the Russian Ukrainian Forces (RUF) moved. RUF units fired.",
        "the Rwandan Defence Forces (rdf) moved. rdf units fired.",
        "the Rapid Support Forces (RSF) moved. RSF units fired.",
    ])
    func otherParenthesesDefineNothing(text: String) {
        #expect(abbreviated(text).isEmpty)
    }
}
