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

    @Test func millionPartyChainDoesNotOverflowTheStack() throws {
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
        // The other traversals on the same deep graph, none of them recursive.
        #expect(try graph.reachable(from: "N0").count == length)
        // Each result carries its whole chain, so a deep closure is asked for with a depth bound.
        #expect(try graph.dependents(of: "N0", maxDepth: 50).count == 50)
        #expect(try graph.dependencies(of: PartyID("N\(length)"), maxDepth: 50).last?.depth == 50)
        #expect(try graph.shortestPath(from: "N0", to: PartyID("N\(length)"))?.length == length)
        #expect(Array(try graph.simplePaths(from: "N0", to: PartyID("N\(length)"), maxLength: length + 1)).count == 1)
    }
}
