import Foundation

/// The outcome of looking a party up by ID, name or alias.
public enum PartyLookup: Sendable, Hashable {
    /// Exactly one party matches.
    case found(Party)
    /// Several parties share the name; the caller must choose.
    case ambiguous([Party])
    /// No party matches; the closest names, best first (possibly none).
    case notFound(suggestions: [Party])
}

extension Graph {
    /// Finds a party by ID, name or alias, ignoring case and diacritics.
    ///
    /// An exact ID match wins; otherwise names and aliases are compared after
    /// folding case and diacritics and trimming white space, so `russia`,
    /// `Moscow` and `the Kremlin` all find `RUS` when they are its aliases.
    ///
    /// - Complexity: O(1) expected for a match once the name index is built
    ///   (O(*N*) on the first lookup after parties changed); O(*N* · *m*²) for suggestions
    ///   when nothing matches, over *N* names of length at most *m*.
    public func lookup(_ name: String) -> PartyLookup {
        if let node = storage.index(of: PartyID(name)) {
            return .found(storage.parties[Int(node)])
        }
        let key = Self.normalizedName(name)
        let nameIndex = storage.nameIndex(normalize: Self.normalizedName)
        if let nodes = nameIndex[key], !nodes.isEmpty {
            let parties = nodes.map { storage.parties[Int($0)] }
            return parties.count == 1 ? .found(parties[0]) : .ambiguous(parties)
        }
        return .notFound(suggestions: suggestions(for: key, in: nameIndex))
    }

    /// The folded form under which names are indexed: no case, no diacritics,
    /// no surrounding white space.
    ///
    /// - Complexity: O(*n*) in the name's length.
    static func normalizedName(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Up to three parties whose names are closest to `key` by edit distance.
    private func suggestions(for key: String, in nameIndex: [String: [Int32]]) -> [Party] {
        let limit = max(2, key.count / 3)
        var best: [(distance: Int, node: Int32)] = []
        for (name, nodes) in nameIndex {
            let distance = Self.editDistance(key, name, limit: limit)
            guard distance <= limit else { continue }
            for node in nodes { best.append((distance, node)) }
        }
        var seen = Set<Int32>()
        return best.sorted { ($0.distance, $0.node) < ($1.distance, $1.node) }
            .filter { seen.insert($0.node).inserted }
            .prefix(3)
            .map { storage.parties[Int($0.node)] }
    }

    /// Levenshtein distance, cut short once it must exceed `limit`.
    private static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if abs(a.count - b.count) > limit { return limit + 1 }
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
