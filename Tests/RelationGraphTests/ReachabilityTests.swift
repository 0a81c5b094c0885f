import Testing
@testable import RelationGraph

@Suite struct ReachabilityTests {
    /// A plain breadth-first search over adjacency lists: each party reached,
    /// nearest first and, within a level, in the order the parties were added.
    private static func referenceOrder(
        _ testCase: RandomGraphs.Case, from start: Int, direction: EdgeDirection, admits: (RandomGraphs.Edge) -> Bool
    ) -> [Int] {
        var next = [[Int]](repeating: [], count: testCase.nodeCount)
        for edge in testCase.edges where admits(edge) {
            if direction != .incoming { next[edge.source].append(edge.target) }
            if direction != .outgoing { next[edge.target].append(edge.source) }
        }
        var distance = [Int?](repeating: nil, count: testCase.nodeCount)
        distance[start] = 0
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for neighbor in next[node] where distance[neighbor] == nil {
                distance[neighbor] = (distance[node] ?? 0) + 1
                queue.append(neighbor)
            }
        }
        return queue.dropFirst().sorted { (distance[$0] ?? 0, $0) < (distance[$1] ?? 0, $1) }
    }

    /// Small random graphs (where every level is expanded top-down) and larger
    /// ones with hubs (where the middle levels are expanded bottom-up).
    @Test(arguments: [(200, 12, 30, 12), (30, 400, 4000, 8)])
    func matchesReferenceOnRandomGraphs(count: Int, maxNodes: Int, maxEdges: Int, starts: Int) throws {
        let filter = RelationFilter(kinds: [.supply, .attack, "finance"], includeHedged: false)
        for testCase in RandomGraphs.cases(count: count, maxNodes: maxNodes, maxEdges: maxEdges) {
            let graph = testCase.graph
            let allowed = testCase.edges.map { edge in
                filter.allows(Relation(source: "", kind: RandomGraphs.kinds[edge.kind], target: "",
                                       modality: edge.hedged ? .hedged : .asserted))
            }
            var admitted = Set<Int>()
            for (index, allows) in allowed.enumerated() where allows { admitted.insert(index) }
            for start in 0..<min(starts, testCase.nodeCount) {
                for direction in EdgeDirection.allCases {
                    for (restricted, relationFilter) in [(true, filter), (false, RelationFilter.all)] {
                        var position = 0
                        let expected = Self.referenceOrder(testCase, from: start, direction: direction) { _ in
                            defer { position += 1 }
                            return !restricted || admitted.contains(position)
                        }
                        let actual = try graph.reachable(from: RandomGraphs.Case.id(start), direction: direction, filter: relationFilter)
                        #expect(actual == expected.map(RandomGraphs.Case.id), "\(testCase.seed) from \(start) \(direction)")
                    }
                }
            }
        }
    }

    /// Behind a hub the levels are large enough to be expanded bottom-up; they
    /// still come nearest first and in the order the parties were added.
    @Test func hubLevelsExpandBottomUpInPartyOrder() throws {
        var relations = (1...2000).map { Relation(source: "hub", kind: .supply, target: PartyID("s\($0)")) }
        relations += (1...2000).map { Relation(source: PartyID("s\($0)"), kind: .supply, target: PartyID("t\($0 % 500)")) }
        relations.append(Relation(source: "root", kind: .supply, target: "hub"))
        let graph = Graph(relations: relations)
        let reached = try graph.reachable(from: "root")
        #expect(reached.count == 1 + 2000 + 500)
        #expect(reached.first == "hub")
        #expect(Array(reached[1...2000]) == (1...2000).map { PartyID("s\($0)") })
        // The t parties were added as t1 … t499, then t0.
        #expect(Array(reached[2001...]) == (1...499).map { PartyID("t\($0)") } + ["t0"])
    }
}
