/// A party mention mapped onto the words of a parsed sentence.
struct WordMention: Sendable {
    /// Gazetteer party indexes (several for "we" in a joint statement).
    var parties: [Int32]
    /// The sentence's words the mention covers.
    var words: Range<Int>
    var isDemonym = false
    var isQualifier = false
    var isOrigin = false
    var isPronoun = false
    /// A region or city of the party, never an actor.
    var isPlace = false
    /// The word the parser reads in the mention's place: the antecedent's name word for "the North" ("Korea"),
    /// which the parser, trained on "North Korea" and "North America", would take for the start of a name.
    var standIn: String?
}

/// A parsed sentence as the relation rules see it: words with lemmas, the
/// dependency tree with children lists, and the party mentions on its words.
struct TreeSentence {
    let words: [SyntaxWord]
    let lemmas: [String]
    let children: [[Int]]
    /// For each word, the index of the mention it belongs to, or -1.
    let mentionAt: [Int]
    let mentions: [WordMention]

    init(words: [SyntaxWord], lemmas: [String], mentions: [WordMention]) {
        self.words = words
        self.lemmas = lemmas
        self.mentions = mentions
        var children = Array(repeating: [Int](), count: words.count)
        for (index, word) in words.enumerated() where word.head > 0 && word.head <= words.count {
            children[word.head - 1].append(index)
        }
        self.children = children
        var mentionAt = Array(repeating: -1, count: words.count)
        for (index, mention) in mentions.enumerated() {
            for word in mention.words where word < words.count { mentionAt[word] = index }
        }
        self.mentionAt = mentionAt
    }

    /// The word's head (0-based), nil for the root.
    func head(_ word: Int) -> Int? {
        let head = words[word].head
        return head > 0 && head <= words.count ? head - 1 : nil
    }

    func label(_ word: Int) -> String { words[word].label }

    /// Children whose label is `label` or a subtype of it (`obl` matches `obl:tmod`) when `exact` is false.
    func children(_ word: Int, _ label: String, exact: Bool = false) -> [Int] {
        children[word].filter {
            let child = words[$0].label
            return child == label || (!exact && child.hasPrefix(label + ":"))
        }
    }

    /// The lemma of the word's `case` child ("to" in "to Russia"), or "" when it has none. The parser may
    /// hang the preposition of a name of several words on its first word ("at [Kfar] Blum"): a compound
    /// before the word lends it its own.
    func caseOf(_ word: Int) -> String {
        for child in children[word] where words[child].label == "case" || words[child].label == "mark" {
            // "including with military aid": a participle used as a preposition before a preposition leaves the
            // phrase its preposition.
            if words[child].upos == .verb,
               let preposition = children[word].first(where: { $0 > child && words[$0].label == "case" && words[$0].upos == .adp }) {
                return lemmas[preposition]
            }
            return lemmas[child]
        }
        // "against 18 Houthi targets": the parser may hang the preposition on the phrase's first modifier.
        for compound in children[word] where compound < word && ["compound", "nummod"].contains(words[compound].label) {
            for child in children[compound] where child < compound && words[child].label == "case" {
                return lemmas[child]
            }
        }
        return ""
    }

    /// Whether a phrase starts right where a word's subtree ends: a clause or phrase the parser hung elsewhere
    /// that still follows the word ("reports about their troops | potentially deploying to Russia").
    ///
    /// - Complexity: O(*k*) in the sizes of the two subtrees.
    func startsRightAfter(_ phrase: Int, _ word: Int) -> Bool {
        subtreeStart(phrase) == subtreeEnd(word) + 1
    }

    /// The first word of the word's subtree.
    ///
    /// - Complexity: O(*k*) in the size of the subtree.
    func subtreeStart(_ word: Int) -> Int {
        var start = word, frontier = [word]
        while let next = frontier.popLast() {
            start = min(start, next)
            frontier += children[next]
        }
        return start
    }

    /// The last word of the word's subtree.
    ///
    /// - Complexity: O(*k*) in the size of the subtree.
    func subtreeEnd(_ word: Int) -> Int {
        var end = word, frontier = [word]
        while let next = frontier.popLast() {
            end = max(end, next)
            frontier += children[next]
        }
        return end
    }

    /// The word and every word coordinated with it (`conj`, transitively), and a list the parser read as an
    /// apposition: a proper name after a comma with a conjunct and conjunction of its own ("Australia, New
    /// Zealand and Canada" with `Zealand` an `appos` of `Australia`).
    func conjuncts(_ word: Int) -> [Int] {
        var result = [word]
        var index = 0
        while index < result.count {
            for child in children[result[index]] where !result.contains(child) {
                let label = words[child].label
                if label == "conj" || (label == "appos" && isListedName(child, after: result[index])) { result.append(child) }
            }
            index += 1
        }
        return result
    }

    /// Whether an apposition of a name is the next item of a list: a proper name right after a comma, that has a
    /// conjunct opened by a coordinating conjunction.
    private func isListedName(_ appos: Int, after head: Int) -> Bool {
        guard words[head].upos == .propn, words[appos].upos == .propn, mentionAt[head] >= 0, mentionAt[appos] >= 0 else { return false }
        // (The comma itself may hang on the apposition.)
        var start = subtreeStart(appos)
        while start < appos, words[start].upos == .punct { start += 1 }
        guard start > 0, words[start - 1].form == "," else { return false }
        return children[appos].contains { conjunct in
            words[conjunct].label == "conj" && children[conjunct].contains { words[$0].label == "cc" }
        }
    }

    /// Whether the verb is passive: a passive subject or auxiliary, or a
    /// past participle modifying a noun ("drones supplied by Iran").
    func isPassive(_ verb: Int) -> Bool {
        if children[verb].contains(where: { words[$0].label == "nsubj:pass" || words[$0].label == "aux:pass" }) {
            return true
        }
        // A past participle with an agent is passive without its auxiliary: "if attacked by the United States".
        if words[verb].xpos == "VBN", children[verb].contains(where: { words[$0].label == "obl:agent" }) { return true }
        // A participle modifying a noun is passive ("drones supplied by Iran") unless it has an
        // object ("forces invaded Ukraine", where the parser took the verb for a modifier).
        let form = words[verb].form.lowercased()
        return (label(verb) == "acl" && !form.hasSuffix("ing") && form != lemmas[verb]
            && !children[verb].contains { words[$0].label == "obj" }) || isParticipleOfObject(verb)
    }

    /// A bare past participle the parser hung on a verb as its `xcomp`: "use the weapons provided to
    /// them" describes the governor's object, as an `acl` would ("the weapons provided to them").
    func isParticipleOfObject(_ verb: Int) -> Bool {
        guard label(verb) == "xcomp", words[verb].xpos == "VBN", let governor = head(verb) else { return false }
        let own = children[verb].map { words[$0].label }
        guard !own.contains(where: { $0.hasPrefix("nsubj") || $0 == "obj" || $0.hasPrefix("aux") || $0 == "mark" }) else { return false }
        return children[governor].contains { words[$0].label == "obj" }
    }
}
