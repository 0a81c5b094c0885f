/// A rule stage after the parser: an adjective that opens a list of
/// adjectives before a noun ("military, financial and humanitarian
/// support"), parsed as an argument of its own, is the noun's modifier and
/// the first conjunct of the list.
///
/// The greedy parser decides on the first adjective before it sees the
/// noun: after a preposition ("provide Ukraine with military, …") it may
/// make the adjective the preposition's object and close the phrase at the
/// comma, leaving the noun a bare phrase of the verb (`obl:unmarked`) with
/// the other adjectives on it. An adjective takes no preposition or
/// argument role of its own when a noun follows its list; the noun takes
/// the adjective's place (its head, its label, its preposition and
/// determiner), the adjective becomes its `amod`, and the later adjectives
/// its conjuncts, each with its comma or conjunction, as UD coordinates
/// them.
///
/// - Complexity: O(*n*) time in the number of words, O(1) extra space.
struct AdjectiveListRepair: Sendable {
    private let adjectives: Set<UInt8>
    private let commonNouns: Set<UInt8>
    private let commas: Set<UInt8>
    private let conjunctions: Set<UInt8>
    /// Labels an argument or phrase has, which an adjective before a noun cannot.
    private let argumentLabels: Set<UInt8>
    /// Labels of a phrase's function words that go with the noun: `case`, `det`.
    private let functionLabels: Set<UInt8>
    private let amod: UInt8
    private let conj: UInt8
    private let cc: UInt8
    private let punct: UInt8

    /// The stage for a tag set and label set, or nil when they lack the tags or labels it reads.
    ///
    /// - Complexity: O(*t* + *l*) in the numbers of tags and labels.
    init?(tags: [String], labels: [String]) {
        func index(_ label: String) -> UInt8? { labels.firstIndex(of: label).map(UInt8.init) }
        adjectives = tags.tagIndexes { upos, _ in upos == "ADJ" }
        commonNouns = tags.tagIndexes { upos, _ in upos == "NOUN" }
        commas = tags.tagIndexes { _, xpos in xpos == "," }
        conjunctions = tags.tagIndexes { upos, _ in upos == "CCONJ" }
        guard !adjectives.isEmpty, !commas.isEmpty, !conjunctions.isEmpty, let amod = index("amod"), let conj = index("conj"),
              let cc = index("cc"), let punct = index("punct") else { return nil }
        self.amod = amod
        self.conj = conj
        self.cc = cc
        self.punct = punct
        argumentLabels = Set(["obl", "obj", "nmod", "nsubj", "iobj", "obl:unmarked"].compactMap(index))
        functionLabels = Set(["case", "det"].compactMap(index))
    }

    /// Repairs a parse in place: `heads` 1-based with 0 for the root, `labels` indexes into the parser's labels,
    /// `tags` into the tagger's.
    func apply(_ heads: inout [Int], _ labels: inout [UInt8], tags: [UInt8]) {
        guard tags.count == heads.count, tags.count >= 5 else { return }
        var first = 0
        while first < tags.count - 4 {
            defer { first += 1 }
            guard adjectives.contains(tags[first]), argumentLabels.contains(labels[first]), commas.contains(tags[first + 1])
            else { continue }
            // The list: adjectives, each after a comma, a conjunction or both (", and"), then the noun.
            var noun = first + 1, sawConjunction = false
            while noun + 1 < tags.count, commas.contains(tags[noun]) || conjunctions.contains(tags[noun]) {
                var next = noun + 1
                if commas.contains(tags[noun]), conjunctions.contains(tags[next]) { next += 1 }
                guard next < tags.count, adjectives.contains(tags[next]) else { break }
                if conjunctions.contains(tags[next - 1]) { sawConjunction = true }
                noun = next + 1
            }
            guard sawConjunction, noun < tags.count, commonNouns.contains(tags[noun]),
                  heads[first] - 1 < first || heads[first] - 1 > noun else { continue }
            heads[noun] = heads[first]
            labels[noun] = labels[first]
            for child in heads.indices where heads[child] == first + 1 && functionLabels.contains(labels[child]) && child < first {
                heads[child] = noun + 1
            }
            heads[first] = noun + 1
            labels[first] = amod
            for word in (first + 1)..<noun {
                if adjectives.contains(tags[word]) {
                    heads[word] = first + 1
                    labels[word] = conj
                } else {
                    // A comma or conjunction goes with the conjunct after it.
                    var conjunct = word + 1
                    while !adjectives.contains(tags[conjunct]) { conjunct += 1 }
                    heads[word] = conjunct + 1
                    labels[word] = conjunctions.contains(tags[word]) ? cc : punct
                }
            }
            first = noun
        }
    }
}
