import Testing
@testable import RelationGraph

@Suite struct SimplePathsTests {
    /// Every simple path as a list of edge positions, by plain recursion.
    private func referencePaths(
        _ testCase: RandomGraphs.Case, from start: Int, to goal: Int, maxLength: Int
    ) -> [[Int]] {
        guard start != goal else { return [] }
        var result: [[Int]] = []
        func extend(_ node: Int, visited: Set<Int>, edges: [Int]) {
            guard edges.count < maxLength else { return }
            for (position, edge) in testCase.edges.enumerated() where edge.source == node {
                if edge.target == goal {
                    result.append(edges + [position])
                } else if !visited.contains(edge.target) {
                    extend(edge.target, visited: visited.union([edge.target]), edges: edges + [position])
                }
            }
        }
        extend(start, visited: [start], edges: [])
        return result
    }

    @Test func matchesExhaustiveEnumerationOnRandomGraphs() throws {
        for testCase in RandomGraphs.cases(count: 120, maxNodes: 7, maxEdges: 14) {
            let graph = testCase.graph
            for start in 0..<testCase.nodeCount {
                for goal in 0..<testCase.nodeCount {
                    for maxLength in [1, 3, 6] {
                        let expected = referencePaths(testCase, from: start, to: goal, maxLength: maxLength)
                            .map { $0.map { graph.relation(at: $0) } }
                        let actual = try graph.simplePaths(
                            from: RandomGraphs.Case.id(start), to: RandomGraphs.Case.id(goal), maxLength: maxLength)
                        #expect(Set(actual.map(\.relations)) == Set(expected), "\(testCase), \(start) → \(goal) ≤ \(maxLength)")
                        #expect(Array(actual).count == expected.count, "\(testCase): a path was produced twice")
                    }
                }
            }
        }
    }

    @Test func isLazyOnACompleteGraph() throws {
        var graph = Graph()
        let size = 14
        for a in 0..<size {
            for b in 0..<size where a != b {
                graph.add(Relation(source: PartyID("N\(a)"), kind: .supply, target: PartyID("N\(b)")))
            }
        }
        let first = Array(try graph.simplePaths(from: "N0", to: "N1", maxLength: size).prefix(5))
        #expect(first.count == 5)
        #expect(first.allSatisfy { Set($0.parties).count == $0.parties.count })
    }

    @Test func handCheckedPaths() throws {
        let graph = Graph(relations: [
            Relation(source: "A", kind: .supply, target: "B"),
            Relation(source: "A", kind: .troops, target: "B"),
            Relation(source: "B", kind: .supply, target: "C"),
            Relation(source: "A", kind: .supply, target: "C"),
            Relation(source: "C", kind: .supply, target: "A"),
        ])
        let paths = try graph.simplePaths(from: "A", to: "C", maxLength: 3).map { $0.relations.map(\.kind) }
        #expect(paths == [[.supply, .supply], [.troops, .supply], [.supply]])
        #expect(Array(try graph.simplePaths(from: "A", to: "C", maxLength: 1)).count == 1)
        #expect(Array(try graph.simplePaths(from: "A", to: "A", maxLength: 3)).isEmpty)
    }
}
