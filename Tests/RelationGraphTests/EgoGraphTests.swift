import Testing
@testable import RelationGraph

@Suite struct EgoGraphTests {
    @Test func containsPartiesWithinRadiusOnRandomGraphs() throws {
        for testCase in RandomGraphs.cases(count: 100) {
            let graph = testCase.graph
            for center in 0..<testCase.nodeCount {
                for radius in 0...3 {
                    var undirected = testCase
                    undirected.edges += testCase.edges.map { edge in
                        var reversed = edge
                        (reversed.source, reversed.target) = (edge.target, edge.source)
                        return reversed
                    }
                    let near = Set(Reference.distances(from: center, in: undirected).filter { $0.value <= radius }.keys)
                        .map(RandomGraphs.Case.id)
                    let ego = try graph.egoGraph(of: RandomGraphs.Case.id(center), radius: radius)
                    #expect(Set(ego.parties.map(\.id)) == Set(near), "\(testCase), center \(center), radius \(radius)")
                    let expected = graph.relations.filter { near.contains($0.source) && near.contains($0.target) }
                    #expect(Array(ego.relations) == expected, "\(testCase)")
                }
            }
        }
    }

    @Test func followsDirection() throws {
        let graph = Graph(relations: [
            Relation(source: "A", kind: .supply, target: "B"),
            Relation(source: "C", kind: .supply, target: "A"),
        ])
        #expect(try graph.egoGraph(of: "A", radius: 1, direction: .outgoing).parties.map(\.id) == ["A", "B"])
        #expect(try graph.egoGraph(of: "A", radius: 1, direction: .incoming).parties.map(\.id) == ["A", "C"])
        #expect(try graph.egoGraph(of: "A", radius: 0).relationCount == 0)
    }
}
