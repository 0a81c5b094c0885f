import RelationGraphRender

/// Party names and IDs that break naive writers: quotes, backslashes, line
/// breaks, DOT and Mermaid syntax and keywords, markup, emoji, empty strings.
enum TroublesomeNames {
    static let names = [
        "plain", "with \"quotes\"", "back\\slash", "trailing\\", "line\nbreak", "crlf\r\nbreak", "a -> b", "{braces}",
        "semi;colon", "node", "EDGE", "Graph", "digraph", "subgraph", "strict", "end", "graph TD", "🚀 emoji",
        "", "42", "1st place", "-3.5", "<b>html</b>", "&amp; entity", "<script>alert(1)</script>", "]]>", "-->",
        "tab\there", "quote\"\u{031E}with a combining mark", "Côte d’Ivoire", "中国", "'single'", "%percent", "#hash", "a|pipe", "`tick`", "\\N\\G",
    ]

    /// A graph whose party IDs and names are the troublesome strings.
    static func graph() -> Graph {
        var graph = Graph()
        for (index, name) in names.enumerated() {
            graph.addParty(Party(id: PartyID(index % 3 == 0 ? name : "P\(index)"), name: name.isEmpty ? "(empty)" : name))
        }
        let ids = graph.parties.map(\.id)
        for (index, id) in ids.enumerated() {
            let next = ids[(index + 1) % ids.count]
            let evidence = Evidence(document: "doc \"\(index)\".txt", byteRange: 0..<4, quote: names[index])
            graph.add(Relation(source: id, kind: index % 2 == 0 ? .supply : RelationKind("kind \(names[index])"),
                               target: next, modality: index % 3 == 0 ? .hedged : .asserted, evidence: [evidence]))
        }
        return graph
    }
}
