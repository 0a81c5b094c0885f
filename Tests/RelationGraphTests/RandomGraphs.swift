import PropertyBased
@testable import RelationGraph

/// Random graphs for property-based tests, drawn from fixed seeds so that
/// every run checks the same cases and a failure names the seed that shows it.
enum RandomGraphs {
    /// A relation drawn as node numbers, a kind number and a hedged flag.
    struct Edge: Sendable {
        var source: Int
        var kind: Int
        var target: Int
        var hedged: Bool
    }

    /// A small graph described plainly, for the reference implementations.
    struct Case: Sendable, CustomStringConvertible {
        var seed: UInt64
        var nodeCount: Int
        var edges: [Edge]

        var graph: Graph {
            var graph = Graph()
            for node in 0..<nodeCount { graph.addParty(Party(id: Self.id(node))) }
            for edge in edges {
                graph.add(Relation(
                    source: Self.id(edge.source), kind: RandomGraphs.kinds[edge.kind],
                    target: Self.id(edge.target), modality: edge.hedged ? .hedged : .asserted))
            }
            return graph
        }

        static func id(_ node: Int) -> PartyID { PartyID("P\(node)") }

        var description: String { "seed \(seed): \(nodeCount) nodes, \(edges.count) edges" }
    }

    static let kinds: [RelationKind] = RelationKind.builtIn + [RelationKind("finance")]

    /// `count` random graphs of up to `maxNodes` nodes and `maxEdges` edges,
    /// with parallel edges and self-loops, from seeds 1...count.
    static func cases(count: Int = 200, maxNodes: Int = 12, maxEdges: Int = 30) -> [Case] {
        (1...UInt64(count)).map { seed in
            var rng = Xoshiro(seed: (seed, 0x9E37_79B9_7F4A_7C15, seed &* 31, 0xD1B5_4A32_D192_ED03))
            let nodeCount = Gen.int(in: 1...maxNodes).run(using: &rng)
            let edge = zip(
                Gen.int(in: 0...(nodeCount - 1)), Gen.int(in: 0...(kinds.count - 1)),
                Gen.int(in: 0...(nodeCount - 1)), Gen.bool(0.3)
            ).map { Edge(source: $0, kind: $1, target: $2, hedged: $3) }
            let edges = edge.array(of: 0...maxEdges).run(using: &rng)
            return Case(seed: seed, nodeCount: nodeCount, edges: edges)
        }
    }
}

/// Plain, obviously correct implementations to check the fast ones against.
enum Reference {
    /// Single-source breadth-first distances along edges the predicate admits.
    static func distances(
        from start: Int, in testCase: RandomGraphs.Case, reverse: Bool = false,
        admits: (RandomGraphs.Edge) -> Bool = { _ in true }
    ) -> [Int: Int] {
        var distance = [start: 0]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for edge in testCase.edges where admits(edge) {
                let (from, to) = reverse ? (edge.target, edge.source) : (edge.source, edge.target)
                if from == node && distance[to] == nil {
                    distance[to] = distance[node]! + 1
                    queue.append(to)
                }
            }
        }
        return distance
    }
}
