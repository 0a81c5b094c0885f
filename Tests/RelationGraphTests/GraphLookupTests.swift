import Testing
@testable import RelationGraph

@Suite struct GraphLookupTests {
    private let graph = Graph(
        parties: [
            Party(id: "RUS", name: "Russia", kind: .state, aliases: ["Moscow", "the Kremlin"]),
            Party(id: "CIV", name: "Côte d'Ivoire", kind: .state, aliases: ["Ivory Coast"]),
            Party(id: "GEO", name: "Georgia", kind: .state),
            Party(id: "US-GA", name: "Georgia", kind: .other),
        ],
        relations: [])

    @Test func findsByIDNameAndAliasIgnoringCaseAndDiacritics() {
        let russia = graph.party("RUS")!
        for name in ["RUS", "rus", "Russia", "RUSSIA", "moscow", "The Kremlin", "  russia "] {
            #expect(graph.lookup(name) == .found(russia), "\(name)")
        }
        #expect(graph.lookup("cote d'ivoire") == .found(graph.party("CIV")!))
    }

    @Test func reportsAmbiguousNames() {
        #expect(graph.lookup("georgia") == .ambiguous([graph.party("GEO")!, graph.party("US-GA")!]))
        #expect(graph.lookup("GEO") == .found(graph.party("GEO")!))
    }

    @Test func suggestsCloseNames() {
        #expect(graph.lookup("Rusia") == .notFound(suggestions: [graph.party("RUS")!]))
        #expect(graph.lookup("Moskow") == .notFound(suggestions: [graph.party("RUS")!]))
        #expect(graph.lookup("Atlantis") == .notFound(suggestions: []))
    }
}
