import Testing
@testable import RelationGraph

@Suite struct ShortestPathTests {
    @Test func pathLengthMatchesBreadthFirstSearchOnRandomGraphs() throws {
        for testCase in RandomGraphs.cases() {
            let graph = testCase.graph
            let supplyOnly = RelationFilter(kinds: [.supply, .troops], includeHedged: false)
            for filter in [RelationFilter.all, supplyOnly] {
                var finder = ShortestPathFinder(graph: graph, filter: filter)
                for start in 0..<testCase.nodeCount {
                    let expected = Reference.distances(from: start, in: testCase) { edge in
                        filter.allows(Relation(
                            source: "", kind: RandomGraphs.kinds[edge.kind], target: "",
                            modality: edge.hedged ? .hedged : .asserted))
                    }
                    for goal in 0..<testCase.nodeCount {
                        let path = try finder.path(
                            from: RandomGraphs.Case.id(start), to: RandomGraphs.Case.id(goal))
                        #expect(path?.length == expected[goal], "\(testCase), \(start) → \(goal)")
                        guard let path else { continue }
                        #expect(path.parties.first == RandomGraphs.Case.id(start))
                        #expect(path.parties.last == RandomGraphs.Case.id(goal))
                        for (position, relation) in path.relations.enumerated() {
                            #expect(relation.source == path.parties[position], "\(testCase): path is not connected")
                            #expect(filter.allows(relation), "\(testCase): path uses a filtered relation")
                        }
                    }
                }
            }
        }
    }

    @Test func handCheckedPaths() throws {
        let graph = Graph(relations: [
            Relation(source: "A", kind: .supply, target: "B"),
            Relation(source: "B", kind: .troops, target: "C", modality: .hedged),
            Relation(source: "A", kind: .attack, target: "D"),
            Relation(source: "D", kind: .attack, target: "E"),
            Relation(source: "E", kind: .attack, target: "C"),
        ])
        let shortest = try #require(try graph.shortestPath(from: "A", to: "C"))
        #expect(shortest.parties == ["A", "B", "C"])
        let asserted = try #require(try graph.shortestPath(from: "A", to: "C", filter: .asserted))
        #expect(asserted.parties == ["A", "D", "E", "C"])
        #expect(try graph.shortestPath(from: "C", to: "A") == nil)
        #expect(try graph.shortestPath(from: "A", to: "A")?.length == 0)
        #expect(throws: QueryError.unknownParty("Z")) { try graph.shortestPath(from: "A", to: "Z") }
    }

    @Test func longChainNeedsNoRecursion() throws {
        let length = 200_000
        var graph = Graph()
        for node in 0..<length {
            graph.add(Relation(source: PartyID("N\(node)"), kind: .supply, target: PartyID("N\(node + 1)")))
        }
        let path = try #require(try graph.shortestPath(from: "N0", to: PartyID("N\(length)")))
        #expect(path.length == length)
    }
}
