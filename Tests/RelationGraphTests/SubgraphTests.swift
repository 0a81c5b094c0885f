import Testing
@testable import RelationGraph

@Suite struct SubgraphTests {
    @Test func keepsExactlyTheAllowedRelationsAmongKeptParties() {
        for testCase in RandomGraphs.cases() {
            let graph = testCase.graph
            let keep = Set((0..<testCase.nodeCount).filter { $0 % 2 == 0 }.map(RandomGraphs.Case.id))
            let filter = RelationFilter(kinds: [.supply, .attack], modalities: [.hedged])
            let sub = graph.subgraph(filter: filter, parties: keep)
            #expect(sub.parties.map(\.id) == graph.parties.map(\.id).filter(keep.contains), "\(testCase)")
            let expected = graph.relations.filter {
                filter.allows($0) && keep.contains($0.source) && keep.contains($0.target)
            }
            #expect(Array(sub.relations) == expected, "\(testCase)")
        }
    }

    @Test func keepsDetails() {
        let evidence = Evidence(document: "a.txt", byteRange: 3..<9, quote: "ships")
        let graph = Graph(
            parties: [Party(id: "A", name: "Alpha", kind: .state, aliases: ["Al"])],
            relations: [
                Relation(source: "A", kind: .supply, target: "B", evidence: [evidence], attributes: ["what": "shells"]),
                Relation(source: "A", kind: .attack, target: "B"),
            ])
        let sub = graph.subgraph(filter: RelationFilter(kinds: [.supply]))
        #expect(sub.parties == graph.parties)
        #expect(Array(sub.relations) == [graph.relation(at: 0)])
    }
}
