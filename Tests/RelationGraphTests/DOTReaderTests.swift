import Foundation
import Testing
import TestSupport
@testable import RelationGraph

/// The DOT reader on fixtures that use every construction of the grammar
/// (`Tests/Fixtures/dot/`), on malformed input, and on deep nesting.
@Suite struct DOTReaderTests {
    static func fixture(_ name: String) throws -> Graph {
        try Graph(contentsOf: SharedData.inRepository("Tests/Fixtures/dot/\(name)"))
    }

    static func triples(_ graph: Graph) -> [String] {
        graph.relations.map { "\($0.source) \($0.kind) \($0.target)\($0.modality == .hedged ? " hedged" : "")" }
    }

    @Test func everyConstructionOfTheGrammar() throws {
        let graph = try Self.fixture("grammar.gv")
        #expect(graph.parties.map(\.id.rawValue) == [
            "RUS", "IRN", "PRK", "-7.5", ".5", "中国", "multiline", "html <b>id</b>",
            "USA", "GBR", "EU", "G7", "BLR", "KAZ", "again_user",
        ])
        #expect(graph.parties.map(\.name) == [
            "Russia", "Iran & co", "North\nKorea", "-7.5 is a numeral", ".5", "China", "multiline", "",
            "USA", "GBR", "EU", "G7", "BLR", "KAZ", "again_user",
        ])
        #expect(graph.parties.map(\.kind) == [.state, .state, .state, .state, .state, .state, .state, .state,
                                              .state, .state, .organization, .organization, .state, .state, .state])
        #expect(Self.triples(graph) == [
            "IRN supply RUS", "PRK troops RUS hedged",
            "USA sanction RUS", "USA sanction IRN", "GBR sanction RUS", "GBR sanction IRN",
            "EU sanction PRK hedged", "G7 sanction PRK hedged",
            "EU sanction RUS", "RUS sanction IRN", "RUS sanction PRK",
            "again_user threat BLR", "again_user threat KAZ",
        ])
        let sanctions = graph.relations.filter { $0.kind == .sanction && $0.source == "USA" }
        // Graphviz's own attributes (color, weight) are drawing and are left out.
        #expect(sanctions.map(\.attributes) == [["materiel": "chips"], ["materiel": "none"]])
        #expect(sanctions.map(\.validFrom) == [CalendarDate("2022-02-24"), CalendarDate("2022-02-24")])
    }

    @Test func undirectedEdgesGoBothWaysAndSeveralGraphsAreOne() throws {
        #expect(Self.triples(try Self.fixture("several.gv")) == ["a link b", "b link c", "c link b", "c link c"])
    }

    @Test func latin1ByCharset() throws {
        let graph = try Self.fixture("latin1.gv")
        #expect(graph.parties.map(\.id.rawValue) == ["São Tomé", "Brasília"])
        #expect(Self.triples(graph) == ["São Tomé supply Brasília", "Brasília supply São Tomé"])
        // Without the charset, bytes that are not UTF-8 are read as Latin-1 too; UTF-8 stays UTF-8.
        let mixed = try Graph(dot: Array("digraph { \"Bras".utf8) + [0xED] + Array("lia\" -> \"Brasília\" }".utf8))
        #expect(mixed.parties.map(\.id.rawValue) == ["Brasília"])
    }

    @Test func fileExtensionsChooseDOT() {
        #expect(Graph.FileFormat(pathExtension: "gv") == .dot)
        #expect(Graph.FileFormat(pathExtension: "DOT") == .dot)
    }

    @Test func smallerPoints() throws {
        // A byte order mark, `@` ending the input as in Graphviz, keywords in any case, empty input.
        #expect(try Graph(dot: [0xEF, 0xBB, 0xBF] + Array("DIGRAPH { a -> b } @ not read".utf8)).relationCount == 1)
        #expect(try Graph(dot: "").partyCount == 0)
        #expect(try Graph(dot: "/* only a comment */\n# and another\n").partyCount == 0)
        // A numeral ends where its pattern does: `1n` is the node `1`, then `n`.
        #expect(try Graph(dot: "graph { 1n }").parties.map(\.id.rawValue) == ["1", "n"])
        // `\"` inside quotes is a quote; other backslashes are kept in IDs.
        #expect(try Graph(dot: #"digraph { "a\"b\\c" }"#).parties.map(\.id.rawValue) == [#"a"b\\c"#])
        // An edge label with escapes gives the kind; an empty label is no kind.
        #expect(Self.triples(try Graph(dot: #"digraph { a -> b [label="x\\y"]; b -> a [label=""] }"#)) == [#"a x\y b"#, "b link a"])
        // `modality` beats `style`.
        #expect(Self.triples(try Graph(dot: "digraph { a -> b [style=dashed, modality=asserted] }")) == ["a link b"])
        // A date that is not one stays an attribute.
        #expect(try Graph(dot: "digraph { a -> b [validFrom=soon] }").relations.first?.attributes == ["validFrom": "soon"])
    }

    @Test(arguments: [
        ("digraph { a -> }", "1:16: expected a node or a subgraph after '->', found '}'"),
        ("digraph {\n  a -- b\n}", "2:5: expected '->' in a digraph, found '--'"),
        ("graph { a -> b }", "1:11: expected '--' in an undirected graph, found '->'"),
        ("digraph { \"abc", "1:11: expected '\"' to end the quoted string that starts here, found end of input"),
        ("digraph { <a <b> }", "1:11: expected '>' to end the HTML string that starts here, found end of input"),
        ("digraph { /* a", "1:11: expected '*/' to end the comment that starts here, found end of input"),
        ("digraph { a [color] }", "1:19: expected '=' after the attribute name, found ']'"),
        ("digraph { a [color=] }", "1:20: expected a value after '=', found ']'"),
        ("digraph { a } x", "1:15: expected 'graph', 'digraph' or 'strict', found \"x\""),
        ("strict { }", "1:8: expected 'graph' or 'digraph' after 'strict', found '{'"),
        ("digraph {", "1:10: expected '}' to close the graph, found end of input"),
        ("digraph { { a", "1:14: expected '}' to close the subgraph, found end of input"),
        ("digraph { \u{1} }", "1:11: expected a statement or '}', found the byte 0x1"),
        ("digraph { a - b }", "1:13: expected a statement or '}', found '-'"),
        ("digraph { \"a\" + b }", "1:17: expected a quoted string after '+', found \"b\""),
        ("digraph { a:}", "1:13: expected a port or compass point after ':', found '}'"),
        ("digraph { a, }", "1:14: expected a node after ',', found '}'"),
        ("digraph { node a }", "1:16: expected '[' after 'node', found \"a\""),
        ("digraph { subgraph s a }", "1:22: expected '{' to open the subgraph, found \"a\""),
        ("digraph { x = ; }", "1:15: expected a value after '=', found ';'"),
        ("digraph g [", "1:11: expected '{' to open the graph, found '['"),
    ])
    func syntaxErrorsAreOneLocatedLine(input: String, message: String) {
        #expect(throws: FormatError.self) { try Graph(dot: input, file: "bad.dot") }
        do {
            _ = try Graph(dot: input, file: "bad.dot")
        } catch {
            #expect(error.description == "bad.dot:" + message)
        }
    }

    @Test func deepNestingIsALocatedErrorNotAStackOverflow() throws {
        let depth = 100_000
        for input in [
            "digraph {" + String(repeating: "{", count: depth) + String(repeating: "}", count: depth + 1),
            "digraph {" + String(repeating: "subgraph {", count: depth),
            "digraph { a -> " + String(repeating: "{ a -> ", count: depth),
        ] {
            do {
                _ = try Graph(dot: input)
                Issue.record("read \(input.prefix(30))… without an error")
            } catch {
                #expect(error.message == "expected at most \(DOTParser.maximumDepth) nested subgraphs, found deeper nesting")
                #expect(error.line == 1 && error.column != nil)
            }
        }
        for input in [
            "digraph { a " + String(repeating: "[", count: depth),
            "digraph { a [label=" + String(repeating: "<", count: depth) + "] }",
        ] {
            #expect(throws: FormatError.self) { try Graph(dot: input) }
        }
        // Exactly at the bound still reads.
        let bound = DOTParser.maximumDepth - 1
        let deepest = "digraph {" + String(repeating: "{", count: bound) + "a" + String(repeating: "}", count: bound + 1)
        #expect(try Graph(dot: deepest).parties.map(\.id.rawValue) == ["a"])
    }
}
