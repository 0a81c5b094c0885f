import Foundation
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

    /// The bulk loader hashes an ID from its first word, read as a whole
    /// word from a larger buffer; that must give the same hash as the
    /// byte-by-byte reading lookups by `PartyID` use.
    @Test func hashFromFirstWordAgreesWithHashOfBytes() {
        var rng = Xoshiro(seed: (2, 7, 1, 8))
        let bytes = Gen.uint8().array(of: 0...40)
        for _ in 0..<2000 {
            let key = bytes.run(using: &rng)
            let buffer = key + bytes.run(using: &rng)
            buffer.withUnsafeBufferPointer { whole in
                let span = UnsafeBufferPointer(rebasing: whole[0..<key.count])
                let end = whole.baseAddress.map { $0 + whole.count }
                let word = PartyTable.firstWord(of: span, readableUpTo: end)
                let expected = key.prefix(8).enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
                #expect(word == expected)
                #expect(PartyTable.hash(span, firstWord: word) == PartyTable.hash(span))
            }
        }
    }

    /// Event data numbers its parties ("A17", "N100042"): the digits that
    /// change fastest come last, in the high bytes of a little-endian word.
    /// The table indexes slots by the hash's low bits, so those must depend
    /// on every byte; thrown into 65,536 bins, random hashes fill about 63 %
    /// of them.
    @Test func sequentialIDsSpreadOverTheLowBitsOfTheHash() {
        let cases: [(String, Range<Int>)] = [
            ("N", 0..<65_536), ("A", 0..<65_536), ("party-", 0..<65_536), ("N", 1_000_000..<1_065_536), ("N10000", 0..<1000),
        ]
        for (prefix, numbers) in cases {
            let count = numbers.count
            var bins = Set<UInt32>()
            for number in numbers {
                var id = "\(prefix)\(number)"
                id.withUTF8 { _ = bins.insert(PartyTable.hash($0) & 0xFFFF) }
            }
            let expected = 65_536.0 * (1 - pow(1 - 1 / 65_536.0, Double(count)))
            #expect(Double(bins.count) > 0.9 * expected, "\(prefix)…: \(bins.count) bins of \(Int(expected)) expected")
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
