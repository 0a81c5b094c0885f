import Testing
@testable import RelationGraph

@Suite struct NeighboursTests {
    @Test func matchesReferenceOnRandomGraphs() throws {
        for testCase in RandomGraphs.cases() {
            let graph = testCase.graph
            let filter = RelationFilter(kinds: [.attack, .threat, .supply], includeHedged: false)
            for node in 0..<testCase.nodeCount {
                for direction in EdgeDirection.allCases {
                    var expected: [PartyID] = []
                    let admitted = testCase.edges.filter {
                        [.attack, .threat, .supply].contains(RandomGraphs.kinds[$0.kind]) && !$0.hedged
                    }
                    if direction != .incoming {
                        for edge in admitted where edge.source == node { expected.append(RandomGraphs.Case.id(edge.target)) }
                    }
                    if direction != .outgoing {
                        for edge in admitted where edge.target == node { expected.append(RandomGraphs.Case.id(edge.source)) }
                    }
                    var seen = Set<PartyID>()
                    expected = expected.filter { seen.insert($0).inserted }
                    let actual = try graph.neighbours(of: RandomGraphs.Case.id(node), direction: direction, filter: filter)
                    #expect(actual == expected, "\(testCase), \(node) \(direction)")
                }
            }
        }
    }
}
