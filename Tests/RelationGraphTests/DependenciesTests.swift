import Testing
@testable import RelationGraph

@Suite struct DependenciesTests {
    private func isSupport(_ edge: RandomGraphs.Edge, includeHedged: Bool) -> Bool {
        RelationKind.support.contains(RandomGraphs.kinds[edge.kind]) && (includeHedged || !edge.hedged)
    }

    /// The fewest hedged links over all shortest chains, level by level.
    private func fewestHedgedLinks(
        _ testCase: RandomGraphs.Case, distance: [Int: Int], towardSuppliers: Bool, includeHedged: Bool
    ) -> [Int: Int] {
        var best: [Int: Int] = [:]
        for (node, _) in distance.sorted(by: { $0.value < $1.value }) {
            if distance[node] == 0 { best[node] = 0; continue }
            var cost = Int.max
            for edge in testCase.edges where isSupport(edge, includeHedged: includeHedged) {
                let (near, far) = towardSuppliers ? (edge.target, edge.source) : (edge.source, edge.target)
                guard far == node, let nearDistance = distance[near], nearDistance + 1 == distance[node],
                    let nearCost = best[near]
                else { continue }
                cost = min(cost, nearCost + (edge.hedged ? 1 : 0))
            }
            best[node] = cost
        }
        return best
    }

    private func check(
        _ testCase: RandomGraphs.Case, graph: Graph, start: Int, towardSuppliers: Bool, includeHedged: Bool
    ) throws {
        let root = RandomGraphs.Case.id(start)
        let result = towardSuppliers
            ? try graph.dependencies(of: root, includeHedged: includeHedged)
            : try graph.dependents(of: root, includeHedged: includeHedged)
        var expected = Reference.distances(from: start, in: testCase, reverse: towardSuppliers) {
            isSupport($0, includeHedged: includeHedged)
        }
        let hedgedLinks = fewestHedgedLinks(
            testCase, distance: expected, towardSuppliers: towardSuppliers, includeHedged: includeHedged)
        expected[start] = nil
        let context = "\(testCase), \(root), towardSuppliers \(towardSuppliers), hedged \(includeHedged)"
        #expect(Dictionary(uniqueKeysWithValues: result.map { ($0.party, $0.depth) })
            == Dictionary(uniqueKeysWithValues: expected.map { (RandomGraphs.Case.id($0.key), $0.value) }), "\(context)")
        #expect(result.map(\.depth) == result.map(\.depth).sorted(), "\(context): not ordered by depth")
        for dependency in result {
            var near = root
            for link in dependency.chain {
                let far = towardSuppliers ? link.supplier : link.recipient
                #expect((towardSuppliers ? link.recipient : link.supplier) == near, "\(context): broken chain")
                let parallel = graph.relations.filter {
                    $0.source == link.supplier && $0.target == link.recipient
                        && RelationKind.support.contains($0.kind) && (includeHedged || $0.modality == .asserted)
                }
                #expect(link.relations == parallel, "\(context): link misses parallel relations")
                near = far
            }
            #expect(near == dependency.party, "\(context): chain does not end at the party")
            let node = Int(dependency.party.rawValue.dropFirst())!
            #expect(dependency.chain.filter(\.isHedged).count == hedgedLinks[node], "\(context): chain is not the least hedged")
        }
    }

    @Test func closuresMatchReferenceOnRandomGraphs() throws {
        for testCase in RandomGraphs.cases() {
            let graph = testCase.graph
            for start in 0..<testCase.nodeCount {
                for towardSuppliers in [true, false] {
                    for includeHedged in [false, true] {
                        try check(testCase, graph: graph, start: start, towardSuppliers: towardSuppliers, includeHedged: includeHedged)
                    }
                }
            }
        }
    }

    @Test func handCheckedChains() throws {
        let graph = Graph(relations: [
            Relation(source: "IRN", kind: .supply, target: "RUS"),
            Relation(source: "PRK", kind: .troops, target: "RUS"),
            Relation(source: "PRK", kind: .supply, target: "RUS", modality: .hedged),
            Relation(source: "CHN", kind: .supply, target: "IRN", modality: .hedged),
            Relation(source: "RUS", kind: .attack, target: "UKR"),
            Relation(source: "USA", kind: .supply, target: "UKR"),
        ])
        let asserted = try graph.dependencies(of: "RUS")
        #expect(asserted.map(\.party) == ["IRN", "PRK"])
        #expect(asserted[1].chain[0].relations.map(\.kind) == [.troops])

        let all = try graph.dependencies(of: "RUS", includeHedged: true)
        #expect(all.map(\.party) == ["IRN", "PRK", "CHN"])
        #expect(all[1].chain[0].relations.map(\.kind) == [.troops, .supply])
        #expect(!all[1].isHedged)
        #expect(all[2].isHedged && all[2].depth == 2)
        #expect(all[2].chain.map(\.supplier) == ["IRN", "CHN"])

        #expect(try graph.dependencies(of: "RUS", includeHedged: true, maxDepth: 1).map(\.party) == ["IRN", "PRK"])
        #expect(try graph.dependents(of: "CHN", includeHedged: true).map(\.party) == ["IRN", "RUS"])
        #expect(try graph.dependents(of: "CHN").isEmpty)
        #expect(try graph.dependencies(of: "UKR").map(\.party) == ["USA"])
    }
}
