import Foundation
import RelationGraph

/// The parties the extractor recognises and every name that refers to them:
/// names, short forms, capitals and seats of government, demonyms, and
/// leaders as dated metonyms for their state.
///
/// The state list is generated from ISO 3166 (Debian's iso-codes) with
/// capitals and demonyms from the countryinfo data set by
/// `scripts/make-gazetteer.py`; blocs, organisations and armed groups follow
/// the annotation guidelines. Leaders live in a separate dated table.
public struct Gazetteer: Sendable {
    /// A name as a sequence of token keys.
    struct Entry: Sendable {
        var keys: [UInt64]
        var party: Int32
        /// The name is written in capitals (US, EU, NATO) and must be so in the text.
        var requiresCapitals: Bool
        /// The first letter must be a capital (true for all but a few names like "al-Qaeda").
        var requiresCapitalized: Bool
        /// An adjective or people-noun: "Iranian", "North Koreans".
        var isDemonym: Bool
        /// A region or city of the party (Places.json): a place it is in, never an actor.
        var isPlace = false
        /// An armed group outside the closed list (Unlisted.json); `party` is -1.
        var isUnlisted = false
    }

    /// The parties, with display names and aliases.
    public let parties: [Party]
    /// Names by the key of their first token, longest first.
    let entries: KeyTable<[Entry]>
    /// Each armed group's home state, by party index ("Afghan Taliban", "Lebanese Hezbollah": the demonym only
    /// says where the group is from; "Russian Africa Corps soldiers" are Russia's too).
    let homes: [Int32: Int32]

    private struct File: Decodable {
        struct Item: Decodable {
            var id: String
            var name: String
            var kind: PartyKind
            var names: [String]
            var demonyms: [String]
        }
        var parties: [Item]
    }

    private struct PlaceFile: Decodable {
        struct Place: Decodable {
            var party: String
            var names: [String]
        }
        var places: [Place]
        /// Each armed group's home state, by ID: its demonym before the group's name only says where the group is from.
        var groupHomes: [String: String]
    }

    private struct UnlistedFile: Decodable {
        var groups: [String]
    }

    private struct LeaderFile: Decodable {
        struct Leader: Decodable {
            var party: String
            var names: [String]
            var terms: [[Int?]]
        }
        var leaders: [Leader]
    }

    /// The gazetteer shipped with the package.
    ///
    /// - Parameter year: When given, a leader counts as a metonym for their
    ///   state only if they held office in that year; otherwise every leader
    ///   in the table counts.
    /// - Throws: `FormatError` when the package's resources are missing or damaged.
    /// - Complexity: O(*n*) in the size of the tables.
    public static func standard(year: Int? = nil) throws(FormatError) -> Gazetteer {
        func load<T: Decodable>(_ name: String, as type: T.Type) throws(FormatError) -> T {
            guard let url = Bundle.module.url(forResource: name, withExtension: "json") else {
                throw FormatError(file: "\(name).json", message: "missing from the package")
            }
            do {
                return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
            } catch {
                throw FormatError(file: "\(name).json", message: "\(error)")
            }
        }
        let file = try load("Gazetteer", as: File.self)
        let leaders = try load("Leaders", as: LeaderFile.self)
        let places = try load("Places", as: PlaceFile.self)
        let unlisted = try load("Unlisted", as: UnlistedFile.self)
        var parties: [Party] = []
        var names: [(String, Int, Bool)] = []
        var index: [String: Int] = [:]
        for item in file.parties {
            index[item.id] = parties.count
            parties.append(Party(id: PartyID(item.id), name: item.name, kind: item.kind,
                                 aliases: item.names.filter { $0 != item.name }))
            for name in item.names { names.append((name, parties.count - 1, item.demonyms.contains(name))) }
        }
        for leader in leaders.leaders {
            guard let party = index[leader.party] else { continue }
            let inOffice = year.map { year in
                leader.terms.contains { term in
                    (term.first.flatMap { $0 } ?? Int.min) <= year && year <= (term.last.flatMap { $0 } ?? Int.max)
                }
            } ?? true
            guard inOffice else { continue }
            for name in leader.names {
                names.append((name, party, false))
                parties[party].aliases.append(name)
            }
        }
        let placeNames = places.places.flatMap { place in
            index[place.party].map { party in place.names.map { ($0, party) } } ?? []
        }
        var homes: [Int32: Int32] = [:]
        for (group, home) in places.groupHomes {
            if let group = index[group], let home = index[home] { homes[Int32(group)] = Int32(home) }
        }
        return Gazetteer(parties: parties, names: names, places: placeNames, unlisted: unlisted.groups, homes: homes)
    }

    /// Builds a gazetteer from parties and the names that refer to them.
    ///
    /// - Parameters:
    ///   - parties: The parties.
    ///   - names: Each name with the index of its party and whether it is a demonym.
    ///   - places: Names of regions and cities with the index of the party they lie in.
    ///   - unlisted: Names of armed groups outside the closed list, which are no party's.
    ///   - homes: Each armed group's home state, by party index.
    /// - Complexity: O(*n*) in the total length of the names.
    init(parties: [Party], names: [(String, Int, Bool)], places: [(String, Int)] = [], unlisted: [String] = [], homes: [Int32: Int32] = [:]) {
        self.parties = parties
        self.homes = homes
        var entries: [UInt64: [Entry]] = [:]
        for (name, party, isDemonym, isPlace) in names.map({ ($0.0, $0.1, $0.2, false) }) + places.map({ ($0.0, $0.1, false, true) })
            + unlisted.map({ ($0, -1, false, false) }) {
            var tokens: [Token] = []
            let bytes = Array(name.utf8)
            bytes.withUnsafeBufferPointer { tokens = Tokenizer.tokenize($0) }
            if tokens.count > 1, tokens[0].key == Tokenizer.key("the") { tokens.removeFirst() }
            guard let first = tokens.first else { continue }
            let letters = name.unicodeScalars.filter { CharacterSet.letters.contains($0) }
            let capitals = letters.count <= 5 && letters.count >= 2
                && letters.allSatisfy { CharacterSet.uppercaseLetters.contains($0) }
            let leading = name.unicodeScalars.first { CharacterSet.letters.contains($0) }
            let entry = Entry(
                keys: tokens.map(\.key), party: Int32(party), requiresCapitals: capitals,
                requiresCapitalized: leading.map { CharacterSet.uppercaseLetters.contains($0) } ?? false,
                isDemonym: isDemonym, isPlace: isPlace, isUnlisted: party < 0)
            entries[first.key, default: []].append(entry)
        }
        for key in entries.keys {
            entries[key]?.sort { $0.keys.count > $1.keys.count }
        }
        self.entries = KeyTable(entries)
    }
}
