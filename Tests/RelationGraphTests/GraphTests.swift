import Testing
@testable import RelationGraph

@Suite struct GraphTests {
    @Test func keepsInsertionOrderAndParallelRelations() {
        let graph = Graph(relations: [
            Relation(source: "PRK", kind: .troops, target: "RUS"),
            Relation(source: "PRK", kind: .supply, target: "RUS"),
            Relation(source: "PRK", kind: .supply, target: "RUS", modality: .hedged),
            Relation(source: "IRN", kind: .supply, target: "RUS"),
        ])
        #expect(graph.parties.map(\.id) == ["PRK", "RUS", "IRN"])
        #expect(graph.relationCount == 4)
        #expect(graph.relations.map(\.kind) == [.troops, .supply, .supply, .supply])
        #expect(graph.kinds == [.troops, .supply])
        #expect(graph.party("RUS")?.name == "RUS")
    }

    @Test func knowsWhetherAnyRelationHasDetails() {
        var graph = Graph(relations: [Relation(source: "A", kind: .supply, target: "B")])
        #expect(!graph.hasRelationDetails)
        #expect(graph.evidence(ofRelation: 0).isEmpty)
        let evidence = Evidence(document: "d", byteRange: 0..<1, quote: "q")
        graph.add(Relation(source: "B", kind: .supply, target: "C", evidence: [evidence]))
        #expect(graph.hasRelationDetails)
        #expect(graph.evidence(ofRelation: 0).isEmpty)
        #expect(graph.evidence(ofRelation: 1) == [evidence])
    }

    @Test func copiesAreIndependent() throws {
        var original = Graph(relations: [Relation(source: "A", kind: .supply, target: "B")])
        _ = try original.shortestPath(from: "A", to: "B")
        var copy = original
        copy.add(Relation(source: "B", kind: .supply, target: "C"))
        copy.addParty(Party(id: "A", name: "Alpha"))
        #expect(original.relationCount == 1 && original.partyCount == 2)
        #expect(original.party("A")?.name == "A")
        #expect(throws: QueryError.unknownParty("C")) { try original.shortestPath(from: "A", to: "C") }
        #expect(try copy.shortestPath(from: "A", to: "C")?.length == 2)
        original.add(Relation(source: "C", kind: .supply, target: "A"))
        #expect(try original.shortestPath(from: "C", to: "B")?.length == 2)
    }

    @Test func adjacencyFollowsAppendedRelations() throws {
        var graph = Graph(relations: [Relation(source: "A", kind: .supply, target: "B")])
        #expect(try graph.dependents(of: "A").map(\.party) == ["B"])
        graph.add(Relation(source: "B", kind: .supply, target: "C"))
        #expect(try graph.dependents(of: "A").map(\.party) == ["B", "C"])
    }

    @Test func updatingAPartyMergesAliasesAndReindexesNames() {
        var graph = Graph(relations: [Relation(source: "RUS", kind: .attack, target: "UKR")])
        graph.addParty(Party(id: "RUS", name: "Russia", kind: .state, aliases: ["Moscow"]))
        graph.addParty(Party(id: "RUS", name: "Russian Federation", kind: .state, aliases: ["Kremlin", "Moscow"]))
        #expect(graph.party("RUS")?.aliases == ["Moscow", "Kremlin"])
        #expect(graph.lookup("Russian Federation") == .found(graph.party("RUS")!))
        #expect(graph.lookup("Russia") != .found(graph.party("RUS")!))
        #expect(graph.partyCount == 2)
    }

    /// One merge of many statements gives what merging them one at a time does: the merge keeps
    /// each edge's evidence as a set for the whole call, which must not change order or content.
    @Test func oneMergeEqualsMergingStatementByStatement() {
        var state: UInt64 = 17
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let parties: [PartyID] = ["A", "B", "C"]
        var statements: [Relation] = []
        for _ in 0..<400 {
            let evidence = (0..<next(3)).map { _ in
                Evidence(document: "d\(next(6))", byteRange: 0..<next(4), quote: "q", modality: next(3) == 0 ? .hedged : .asserted)
            }
            statements.append(Relation(
                source: parties[next(3)], kind: next(2) == 0 ? .supply : .attack, target: parties[next(3)],
                modality: next(2) == 0 ? .hedged : .asserted, evidence: evidence))
        }
        var once = Graph()
        once.merge(statements)
        var oneByOne = Graph()
        for statement in statements { oneByOne.merge([statement]) }
        #expect(once == oneByOne)
        #expect(once.relations.allSatisfy { Set($0.evidence).count == $0.evidence.count })
    }

    @Test func mergeKeepsOneEdgePerTripleWithAllEvidence() {
        let first = Evidence(document: "a.txt", byteRange: 0..<10, quote: "ships shells")
        let second = Evidence(document: "b.txt", byteRange: 5..<20, quote: "may send troops")
        var graph = Graph()
        graph.merge([
            Relation(source: "PRK", kind: .supply, target: "RUS", modality: .hedged, evidence: [second]),
            Relation(source: "PRK", kind: .supply, target: "RUS", modality: .asserted, evidence: [first]),
            Relation(source: "PRK", kind: .supply, target: "RUS", modality: .hedged, evidence: [first]),
            Relation(source: "PRK", kind: .troops, target: "RUS", modality: .hedged,
                     validFrom: CalendarDate("2024-10-01"), attributes: ["units": "11th Corps"]),
            Relation(source: "PRK", kind: .troops, target: "RUS", modality: .hedged,
                     validFrom: CalendarDate("2024-09-01"), validUntil: CalendarDate("2025-01-31"),
                     attributes: ["units": "other", "size": "10000"]),
        ])
        #expect(graph.relationCount == 2)
        let supply = graph.relation(at: 0)
        #expect(supply.modality == .asserted)
        #expect(supply.evidence == [first, second])
        let troops = graph.relation(at: 1)
        #expect(troops.modality == .hedged)
        #expect(troops.validFrom == CalendarDate("2024-09-01") && troops.validUntil == CalendarDate("2025-01-31"))
        #expect(troops.attributes == ["units": "11th Corps", "size": "10000"])

        var other = Graph(parties: [Party(id: "PRK", name: "North Korea")], relations: [
            Relation(source: "PRK", kind: .supply, target: "RUS", evidence: [first]),
            Relation(source: "IRN", kind: .supply, target: "RUS"),
        ])
        other.merge(graph)
        #expect(other.relationCount == 3)
        #expect(other.relation(at: 0).evidence == [first, second])
        #expect(other.party("PRK")?.name == "North Korea")
    }
}
