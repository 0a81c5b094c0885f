import Testing
@testable import RelationGraph

@Suite struct ImpactTests {
    @Test func impactedAreThoseWhoseSuppliersShrinkOnRandomGraphs() throws {
        for testCase in RandomGraphs.cases(count: 120) {
            let graph = testCase.graph
            let support = { (edge: RandomGraphs.Edge) in
                RelationKind.support.contains(RandomGraphs.kinds[edge.kind]) && !edge.hedged
            }
            for removed in 0..<testCase.nodeCount {
                var without = testCase
                without.edges.removeAll { $0.source == removed || $0.target == removed }
                var expected: Set<PartyID> = []
                for node in 0..<testCase.nodeCount where node != removed {
                    let before = Set(Reference.distances(from: node, in: testCase, reverse: true, admits: support).keys)
                    let after = Set(Reference.distances(from: node, in: without, reverse: true, admits: support).keys)
                    if !before.subtracting(after).isEmpty { expected.insert(RandomGraphs.Case.id(node)) }
                }
                let impact = try graph.impact(ofRemoving: RandomGraphs.Case.id(removed))
                #expect(Set(impact.map(\.party)) == expected, "\(testCase), removing \(removed)")
                for entry in impact {
                    let node = Int(entry.party.rawValue.dropFirst())!
                    var remaining: [PartyID] = []
                    for edge in testCase.edges where support(edge) && edge.target == node && edge.source != removed {
                        let id = RandomGraphs.Case.id(edge.source)
                        if !remaining.contains(id) { remaining.append(id) }
                    }
                    #expect(entry.remainingSuppliers == remaining, "\(testCase), removing \(removed), \(entry.party)")
                    #expect(entry.chain.first?.supplier == RandomGraphs.Case.id(removed))
                }
            }
        }
    }

    @Test func strikesOnASupplierReachItsCustomers() throws {
        let graph = Graph(relations: [
            Relation(source: "IRN", kind: .supply, target: "RUS"),
            Relation(source: "PRK", kind: .supply, target: "RUS"),
            Relation(source: "RUS", kind: .supply, target: "BLR"),
            Relation(source: "ISR", kind: .threat, target: "IRN"),
        ])
        let impact = try graph.impact(ofRemoving: "IRN")
        #expect(impact.map(\.party) == ["RUS", "BLR"])
        #expect(impact[0].isDirect && impact[0].remainingSuppliers == ["PRK"])
        #expect(!impact[1].isDirect && impact[1].remainingSuppliers == ["RUS"])
        #expect(try graph.impact(ofRemoving: "ISR").isEmpty)
    }
}
