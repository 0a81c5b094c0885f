import Foundation
import PropertyBased
import Testing
@testable import RelationGraphRender

/// What ``DOTWriter`` writes, ``Graph/init(dot:file:)-([UInt8],_)`` reads
/// back: the same parties (IDs, names, kinds) and relations (kinds,
/// modality, dates, attributes), for random hostile names.
@Suite struct DOTRoundTripTests {
    /// The random-name fragments of the writer tests, and word joiners next
    /// to what the writer protects with them.
    static let fragments = RandomNamesTests.fragments + ["\u{2060}", "\u{2060}%", "\\\u{2060}", "\u{2060}\n", "\u{2060}\""]

    static func name(using rng: inout Xoshiro) -> String {
        var text = ""
        for _ in 0..<Gen.int(in: 0...8).run(using: &rng) {
            if Gen.int(in: 0...3).run(using: &rng) > 0 {
                text += Gen.element(of: fragments).run(using: &rng) ?? ""
            } else {
                text.unicodeScalars.append(Unicode.Scalar(UInt32(Gen.int(in: 0...0x10FFFF).run(using: &rng))) ?? "\u{FFFD}")
            }
        }
        return text
    }

    static func graph(using rng: inout Xoshiro) -> Graph {
        var graph = Graph()
        let partyCount = Gen.int(in: 1...9).run(using: &rng)
        while graph.partyCount < partyCount {
            let id = PartyID(name(using: &rng))
            guard !graph.contains(id) else { continue }
            let kind = Gen.element(of: PartyKind.allCases).run(using: &rng) ?? .other
            graph.addParty(Party(id: id, name: name(using: &rng), kind: kind))
        }
        let ids = graph.parties.map(\.id)
        for _ in 0..<Gen.int(in: 0...12).run(using: &rng) {
            var attributes: [String: String] = [:]
            for _ in 0..<Gen.int(in: 0...2).run(using: &rng) { attributes[name(using: &rng)] = name(using: &rng) }
            if Gen.bool().run(using: &rng) { attributes["color"] = "red" }
            let kind = Gen.bool().run(using: &rng) ? RelationKind.supply : RelationKind("k" + name(using: &rng))
            let date = CalendarDate(year: Gen.int(in: 1990...2030).run(using: &rng), month: 2, day: 28)
            graph.add(Relation(
                source: ids[Gen.int(in: 0..<ids.count).run(using: &rng)], kind: kind,
                target: ids[Gen.int(in: 0..<ids.count).run(using: &rng)],
                modality: Gen.bool().run(using: &rng) ? .hedged : .asserted,
                evidence: Gen.bool().run(using: &rng) ? [Evidence(document: name(using: &rng), byteRange: 0..<1, quote: name(using: &rng))] : [],
                validFrom: Gen.bool().run(using: &rng) ? date : nil, validUntil: nil, attributes: attributes))
        }
        return graph
    }

    /// IDs lose NUL (U+FFFD in its place), text loses control characters
    /// (a carriage return becomes a line feed); evidence and Graphviz's own
    /// attribute names are not carried.
    static func expected(_ graph: Graph) -> (parties: [Party], relations: [String]) {
        let id = { (text: String) in String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\u{0}" ? "\u{FFFD}" : $0 })) }
        let parties = graph.parties.map { Party(id: PartyID(id($0.id.rawValue)), name: DOTWriterTests.expectedLabel($0.name), kind: $0.kind) }
        let relations = graph.relations.map { relation in
            var copy = relation
            copy.source = PartyID(id(relation.source.rawValue))
            copy.target = PartyID(id(relation.target.rawValue))
            copy.kind = RelationKind(DOTWriterTests.expectedLabel(relation.kind.rawValue))
            copy.evidence = []
            copy.attributes = Dictionary(uniqueKeysWithValues: relation.attributes
                .filter { GraphvizAttributes.isData($0.key) }.map { (id($0.key), DOTWriterTests.expectedLabel($0.value)) })
            return describe(copy)
        }
        return (parties, relations.sorted())
    }

    static func describe(_ relation: Relation) -> String {
        "\(relation.source.rawValue.debugDescription) \(relation.kind.rawValue.debugDescription) \(relation.target.rawValue.debugDescription) \(relation.modality) \(relation.validFrom.map(String.init(describing:)) ?? "-") \(relation.attributes.sorted { $0.key < $1.key }.map { "\($0.key.debugDescription)=\($0.value.debugDescription)" })"
    }

    @Test func randomGraphsComeBack() throws {
        var rng = Xoshiro(seed: (7, 0x9E37_79B9_7F4A_7C15, 77, 0xD1B5_4A32_D192_ED03))
        for _ in 0..<300 {
            let graph = Self.graph(using: &rng)
            let text = DOTWriter().dot(for: graph)
            let read = try Graph(dot: text, file: "random.dot")
            let (parties, relations) = Self.expected(graph)
            #expect(read.parties.map(\.id) == parties.map(\.id), "\(text.debugDescription)")
            #expect(read.parties == parties, "\(text.debugDescription)")
            #expect(read.relations.map(Self.describe).sorted() == relations, "\(text.debugDescription)")
        }
    }

    @Test func theSeedGraphComesBackWithoutItsEvidenceAndAliases() throws {
        let seed = try Graph.seed()
        let read = try Graph(dot: DOTWriter().dot(for: seed))
        #expect(read.parties.map(\.id) == seed.parties.map(\.id))
        #expect(read.parties.map(\.name) == seed.parties.map(\.name))
        #expect(read.parties.map(\.kind) == seed.parties.map(\.kind))
        #expect(read.relations.map(Self.describe).sorted() == Self.expected(seed).relations)
    }

    @Test func wordJoinersTheNameAlreadyHadSurvive() throws {
        for name in ["\u{2060}%a", "%", "\u{2060}\u{2060}%", "a\u{2060}\nb", "\n", "\\\u{2060}\"<", "x\\\u{2060}", "\\", "<\\", "\u{2060}"] {
            var graph = Graph()
            graph.addParty(Party(id: PartyID(name)))
            let read = try Graph(dot: DOTWriter().dot(for: graph))
            #expect(read.parties.map(\.id.rawValue) == [name], "\(DOTEscaping.id(name).debugDescription)")
        }
    }
}
