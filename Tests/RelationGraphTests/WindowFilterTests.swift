import PropertyBased
import Testing
@testable import RelationGraph

/// A window in a ``RelationFilter`` answers every query as the copy
/// `Graph.reported(in:)` does — the simple reference — without copying.
@Suite struct WindowFilterTests {
    static let days: [CalendarDate?] = [nil] + (1...6).map { CalendarDate(year: 2024, month: $0, day: 15) }

    /// A random graph whose relations carry 0–3 pieces of evidence, each
    /// asserted or hedged, dated on one of six days or undated, and a window.
    struct Case: CustomStringConvertible {
        var seed: UInt64
        var graph: Graph
        var window: ReportingWindow
        var description: String { "seed \(seed), window \(window)" }
    }

    static func cases(count: Int = 150) -> [Case] {
        RandomGraphs.cases(count: count, maxNodes: 10, maxEdges: 28).map { plain in
            var rng = Xoshiro(seed: (plain.seed, 0x51_7CC1_B727_220A, plain.seed &* 7, 0x2545_F491_4F6C_DD1D))
            let day = Gen.int(in: 0...(days.count - 1))
            var graph = Graph()
            for party in plain.graph.parties { graph.addParty(party) }
            for relation in plain.graph.relations {
                var withEvidence = relation
                let pieces = Gen.int(in: 0...3).run(using: &rng)
                withEvidence.evidence = (0..<pieces).map { piece in
                    Evidence(document: "d\(piece)", byteRange: piece..<(piece + 1), quote: "q",
                             modality: Gen.bool(0.4).run(using: &rng) ? .hedged : .asserted,
                             date: days[day.run(using: &rng)])
                }
                graph.add(withEvidence)
            }
            let since = days[day.run(using: &rng)], until = days[day.run(using: &rng)]
            return Case(seed: plain.seed, graph: graph,
                        window: ReportingWindow(since: since, until: until, includesUndated: Gen.bool(0.6).run(using: &rng)))
        }
    }

    @Test(arguments: cases())
    func dependencyQueriesMatchTheCopy(_ testCase: Case) throws {
        let copy = testCase.graph.reported(in: testCase.window)
        for party in testCase.graph.parties.map(\.id) {
            for hedged in [false, true] {
                #expect(try testCase.graph.dependencies(of: party, includeHedged: hedged, window: testCase.window)
                        == copy.dependencies(of: party, includeHedged: hedged))
                #expect(try testCase.graph.dependents(of: party, includeHedged: hedged, window: testCase.window)
                        == copy.dependents(of: party, includeHedged: hedged))
                #expect(try testCase.graph.impact(ofRemoving: party, includeHedged: hedged, window: testCase.window)
                        == copy.impact(ofRemoving: party, includeHedged: hedged))
            }
        }
    }

    @Test(arguments: cases())
    func filterQueriesMatchTheCopy(_ testCase: Case) throws {
        let copy = testCase.graph.reported(in: testCase.window)
        let parties = testCase.graph.parties.map(\.id)
        for modalities: Set<Modality> in [[.asserted, .hedged], [.asserted], [.hedged]] {
            let windowed = RelationFilter(modalities: modalities, window: testCase.window)
            let plain = RelationFilter(modalities: modalities)
            #expect(testCase.graph.subgraph(filter: windowed) == copy.subgraph(filter: plain))
            #expect(testCase.graph.stronglyConnectedComponents(filter: windowed) == copy.stronglyConnectedComponents(filter: plain))
            #expect(testCase.graph.relations.filter(windowed.allows).count == copy.relations.filter(plain.allows).count)
            for start in parties {
                #expect(try testCase.graph.reachable(from: start, direction: .both, filter: windowed)
                        == copy.reachable(from: start, direction: .both, filter: plain))
                #expect(try testCase.graph.neighbours(of: start, filter: windowed) == copy.neighbours(of: start, filter: plain))
                #expect(try testCase.graph.egoGraph(of: start, radius: 2, filter: windowed)
                        == copy.egoGraph(of: start, radius: 2, filter: plain))
                for goal in parties.prefix(4) {
                    // Which of several shortest paths is found depends on the degrees the
                    // bidirectional search sees, so compare lengths and check the path.
                    let found = try testCase.graph.shortestPath(from: start, to: goal, filter: windowed)
                    let expected = try copy.shortestPath(from: start, to: goal, filter: plain)
                    #expect(found?.length == expected?.length)
                    if let found {
                        #expect(found.parties.first == start && found.parties.last == goal)
                        #expect(found.relations.allSatisfy { copy.relations.contains($0) && plain.allows($0) })
                    }
                    #expect(try Array(testCase.graph.simplePaths(from: start, to: goal, maxLength: 3, filter: windowed))
                            == Array(copy.simplePaths(from: start, to: goal, maxLength: 3, filter: plain)))
                }
            }
        }
    }

    /// Adding evidence to an existing relation must not leave a stale date index behind.
    @Test func indexFollowsNewEvidence() throws {
        let june = ReportingWindow(since: CalendarDate("2024-06-01"))
        var graph = Graph(relations: [Relation(source: "IRN", kind: .supply, target: "RUS", evidence: [
            Evidence(document: "a", byteRange: 0..<1, quote: "q", date: CalendarDate("2024-01-15")),
        ])])
        #expect(try graph.dependencies(of: "RUS", window: june).isEmpty)
        graph.add(Relation(source: "IRN", kind: .supply, target: "RUS", evidence: [
            Evidence(document: "b", byteRange: 0..<1, quote: "q", date: CalendarDate("2024-06-15")),
        ]))
        let found = try graph.dependencies(of: "RUS", window: june)
        #expect(found.map(\.party) == ["IRN"])
        #expect(found.first?.chain.first?.relations.first?.evidence.map(\.document) == ["b"])
    }
}
