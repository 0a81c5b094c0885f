import Testing
@testable import RelationGraph

@Suite struct ReachabilityTests {
    @Test func matchesReferenceOnRandomGraphs() throws {
        for testCase in RandomGraphs.cases() {
            let graph = testCase.graph
            let filter = RelationFilter(kinds: [.supply, .attack, "finance"], includeHedged: false)
            for start in 0..<testCase.nodeCount {
                for direction in EdgeDirection.allCases {
                    var undirected = testCase
                    if direction == .both {
                        undirected.edges += testCase.edges.map { edge in
                            var reversed = edge
                            (reversed.source, reversed.target) = (edge.target, edge.source)
                            return reversed
                        }
                    }
                    let expected = Reference.distances(from: start, in: undirected, reverse: direction == .incoming) { edge in
                        filter.allows(Relation(source: "", kind: RandomGraphs.kinds[edge.kind], target: "",
                                               modality: edge.hedged ? .hedged : .asserted))
                    }
                    let actual = try graph.reachable(from: RandomGraphs.Case.id(start), direction: direction, filter: filter)
                    #expect(Set(actual) == Set(expected.keys.filter { $0 != start }.map(RandomGraphs.Case.id)), "\(testCase)")
                    #expect(actual.count == expected.count - 1, "\(testCase): a party came twice")
                }
            }
        }
    }
}
