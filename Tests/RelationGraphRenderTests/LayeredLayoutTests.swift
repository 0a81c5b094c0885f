import Foundation
import PropertyBased
import Testing
import TestSupport
@testable import RelationGraphRender

@Suite struct LayeredLayoutTests {
    /// Random graphs from fixed seeds, with parallel edges, cycles and self-loops.
    private static func randomGraphs(count: Int) -> [Graph] {
        (1...UInt64(count)).map { seed in
            var rng = Xoshiro(seed: (seed, 0xA076_1D64_78BD_642F, seed &* 7, 0xE703_7ED1_A0B4_28DB))
            let nodes = Gen.int(in: 1...30).run(using: &rng)
            let names = Gen.letterOrNumber.string(of: 1...18)
            var graph = Graph()
            for node in 0..<nodes { graph.addParty(Party(id: PartyID("N\(node)"), name: names.run(using: &rng))) }
            let edge = zip(Gen.int(in: 0...(nodes - 1)), Gen.int(in: 0...(nodes - 1)), Gen.element(of: RelationKind.builtIn), Gen.bool(0.3))
            for (source, target, kind, hedged) in edge.array(of: 0...(nodes * 3)).run(using: &rng) {
                graph.add(Relation(source: PartyID("N\(source)"), kind: kind ?? .supply, target: PartyID("N\(target)"),
                                   modality: hedged ? .hedged : .asserted))
            }
            return graph
        }
    }

    private func onBorder(_ point: Point, of node: NodePlacement) -> Bool {
        let dx = abs(point.x - node.center.x), dy = abs(point.y - node.center.y)
        let eps = 0.01
        let inside = dx <= node.width / 2 + eps && dy <= node.height / 2 + eps
        return inside && (abs(dx - node.width / 2) < eps || abs(dy - node.height / 2) < eps)
    }

    private func check(_ graph: Graph, direction: LayeredLayout.Direction) {
        var options = LayeredLayout.Options()
        options.direction = direction
        let layout = LayeredLayout(options: options).layout(graph)
        #expect(layout.nodes.count == graph.partyCount)
        #expect(layout.edges.count == graph.relationCount)
        for (index, first) in layout.nodes.enumerated() {
            #expect(first.width >= TextMetrics.width(of: first.label, fontSize: options.fontSize))
            for second in layout.nodes[(index + 1)...] {
                let apartX = abs(first.center.x - second.center.x) >= (first.width + second.width) / 2 - 0.01
                let apartY = abs(first.center.y - second.center.y) >= (first.height + second.height) / 2 - 0.01
                #expect(apartX || apartY, "\(first.id) overlaps \(second.id)")
            }
            #expect(first.center.x - first.width / 2 >= 0 && first.center.x + first.width / 2 <= layout.width)
            #expect(first.center.y - first.height / 2 >= 0 && first.center.y + first.height / 2 <= layout.height)
        }
        let byID = Dictionary(uniqueKeysWithValues: layout.nodes.map { ($0.id, $0) })
        for edge in layout.edges {
            guard let source = byID[edge.source], let target = byID[edge.target], let first = edge.points.first,
                let last = edge.points.last
            else {
                Issue.record("edge without ends")
                continue
            }
            #expect(edge.points.count >= 2)
            #expect(onBorder(first, of: source), "\(edge.source) → \(edge.target) does not start on its border")
            #expect(onBorder(last, of: target), "\(edge.source) → \(edge.target) does not end on its border")
        }
    }

    @Test func boxesDoNotOverlapAndEdgesEndOnBordersOnRandomGraphs() {
        for graph in Self.randomGraphs(count: 60) {
            check(graph, direction: .topToBottom)
            check(graph, direction: .leftToRight)
        }
    }

    @Test func benchGraphsLayOutCleanly() throws {
        // The two smallest layout benchmark graphs, committed as fixtures.
        for size in [50, 100] {
            let graph = try Graph(contentsOf: SharedData.inRepository("Tests/Fixtures/layout/actors_\(size).tsv"))
            check(graph, direction: .topToBottom)
        }
    }

    /// No phase recurses: a chain as deep as the graph lays out one layer per
    /// party, in order (the 10⁶ chain through `relgraph export` is in Docs/Reliability.md).
    @Test func deepChainLaysOutOneLayerPerParty() {
        let length = 200_000
        let graph = Graph(relations: (0..<length).map {
            Relation(source: PartyID("N\($0)"), kind: .supply, target: PartyID("N\($0 + 1)"))
        })
        let layout = LayeredLayout().layout(graph)
        #expect(layout.nodes.count == length + 1)
        #expect(layout.edges.count == length)
        let ys = layout.nodes.map(\.center.y)
        #expect(zip(ys, ys.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test func parallelEdgesAreDrawnApartAndLoopsDrawn() {
        let graph = Graph(relations: [
            Relation(source: "A", kind: .supply, target: "B"),
            Relation(source: "A", kind: .troops, target: "B"),
            Relation(source: "B", kind: .attack, target: "A"),
            Relation(source: "A", kind: .threat, target: "A"),
        ])
        let layout = LayeredLayout().layout(graph)
        let routes = layout.edges.map(\.points)
        #expect(Set(routes).count == 4)
        #expect(routes[3].count == 4)
        #expect(routes[0][1] != routes[1][1])
    }

    @Test func cycleRemovalReversesAFeedbackSetAndKeepsEveryEdge() {
        for graph in Self.randomGraphs(count: 40) {
            let edges = (0..<graph.relationCount).map { graph.endpoints(ofRelation: $0) }
            let reversed = CycleRemoval.reversedEdges(nodeCount: graph.partyCount, edges: edges)
            #expect(reversed.count == edges.count)
            let oriented = zip(edges, reversed).map { $1 ? (source: $0.target, target: $0.source) : $0 }
            let layers = LayerAssignment.layers(nodeCount: graph.partyCount, edges: oriented)
            for edge in oriented where edge.source != edge.target {
                #expect(layers[edge.source] < layers[edge.target], "edge does not point down after cycle removal")
            }
        }
    }

    @Test func crossingCountMatchesBruteForce() {
        for graph in Self.randomGraphs(count: 30) {
            let edges = (0..<graph.relationCount).map { graph.endpoints(ofRelation: $0) }
            let reversed = CycleRemoval.reversedEdges(nodeCount: graph.partyCount, edges: edges)
            let oriented = zip(edges, reversed).map { $1 ? (source: $0.target, target: $0.source) : $0 }
            let layers = LayerAssignment.layers(nodeCount: graph.partyCount, edges: oriented)
            let proper = ProperLayering(layer: layers, width: Array(repeating: 10, count: graph.partyCount),
                                        height: Array(repeating: 10, count: graph.partyCount), edges: edges, reversed: reversed)
            var reduction = CrossingReduction(proper)
            let result = reduction.run()
            var position = [Int](repeating: 0, count: result.nodeCount)
            for layer in result.layers { for (index, node) in layer.enumerated() { position[node] = index } }
            var brute = 0
            for upper in 0..<result.nodeCount {
                for a in result.down[upper] {
                    for other in 0..<result.nodeCount where result.layer[other] == result.layer[upper] && position[other] > position[upper] {
                        for b in result.down[other] where position[b] < position[a] { brute += 1 }
                    }
                }
            }
            #expect(CrossingReduction(result).totalCrossings() == brute)
            #expect(Set(result.layers.joined()).count == result.nodeCount)
        }
    }
}
