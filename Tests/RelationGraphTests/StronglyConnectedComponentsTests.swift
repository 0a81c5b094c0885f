import Testing
@testable import RelationGraph

@Suite struct StronglyConnectedComponentsTests {
    @Test func matchesMutualReachabilityOnRandomGraphs() {
        for testCase in RandomGraphs.cases() {
            let graph = testCase.graph
            let reach = (0..<testCase.nodeCount).map { Set(Reference.distances(from: $0, in: testCase).keys) }
            var expected: [[PartyID]] = []
            var assigned = Set<Int>()
            for node in 0..<testCase.nodeCount where !assigned.contains(node) {
                let component = (0..<testCase.nodeCount).filter { reach[node].contains($0) && reach[$0].contains(node) }
                assigned.formUnion(component)
                expected.append(component.map(RandomGraphs.Case.id))
            }
            #expect(graph.stronglyConnectedComponents() == expected, "\(testCase)")
        }
    }

    @Test func respectsTheFilter() {
        let graph = Graph(relations: [
            Relation(source: "A", kind: .supply, target: "B"),
            Relation(source: "B", kind: .attack, target: "A"),
        ])
        #expect(graph.stronglyConnectedComponents() == [["A", "B"]])
        #expect(graph.stronglyConnectedComponents(filter: RelationFilter(kinds: [.supply])) == [["A"], ["B"]])
    }

    @Test func millionPartyChainDoesNotOverflowTheStack() {
        let length = 1_000_000
        var graph = Graph()
        graph.reserveCapacity(relations: length)
        for node in 0..<length {
            graph.add(Relation(source: PartyID("N\(node)"), kind: .supply, target: PartyID("N\(node + 1)")))
        }
        graph.add(Relation(source: PartyID("N\(length)"), kind: .supply, target: "N0"))
        let components = graph.stronglyConnectedComponents()
        #expect(components.count == 1)
        #expect(components.first?.count == length + 1)
    }
}
