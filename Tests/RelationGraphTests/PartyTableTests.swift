import PropertyBased
import Testing
@testable import RelationGraph

@Suite struct PartyTableTests {
    /// Against a dictionary: random short IDs (many repeats), inserted as new
    /// parties in order, then every ID and some absent ones looked up.
    @Test func agreesWithADictionary() {
        var rng = Xoshiro(seed: (3, 14, 15, 92))
        let id = Gen.int(in: 0...5000).map { "P\($0)" }
        for round in 0..<20 {
            var table = PartyTable()
            var parties: [Party] = []
            var reference: [String: Int32] = [:]
            for text in (0..<(round * 400)).map({ _ in id.run(using: &rng) }) {
                var key = text
                key.withUTF8 { bytes in
                    let hash = PartyTable.hash(bytes)
                    let (found, slot) = table.find(bytes, hash: hash, in: parties)
                    #expect(found == reference[text])
                    if found == nil {
                        let node = Int32(parties.count)
                        parties.append(Party(id: PartyID(text)))
                        table.insert(node: node, hash: hash, at: slot)
                        reference[text] = node
                    }
                }
            }
            for text in reference.keys { #expect(table.node(of: PartyID(text), in: parties) == reference[text]) }
            for absent in ["", "P", "P-1", "Q1", "P50000"] { #expect(table.node(of: PartyID(absent), in: parties) == nil) }
        }
    }

    @Test func graphsFindPartiesByIDAfterManyInsertions() {
        var graph = Graph()
        for index in 0..<10_000 { graph.addParty(Party(id: PartyID("N\(index)"))) }
        #expect(graph.partyCount == 10_000)
        let found: [Int?] = (0..<10_000).map { (index: Int) -> Int? in graph.index(of: PartyID("N\(index)")) }
        #expect(found == Array(0..<10_000))
        #expect(!graph.contains("N10000"))
    }
}
