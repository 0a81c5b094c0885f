/// Lemmas of English words: the treebank's own lemma for every form it
/// lemmatises differently from the form (learned from UD English EWT by the
/// trainer: "sent" → send, "struck" → strike, "forces" → force), the past
/// tenses and participles of English irregular verbs it never saw ("froze",
/// "sank"), and suffix rules for the rest ("bombards" → bombard).
///
/// - Complexity: O(*k*) per word of length *k*.
struct Lemmatizer: Sendable {
    /// Lower-cased form (its FNV-1a hash) → lemma, where they differ.
    let exceptions: [UInt64: String]
    /// Every lemma of an inflected form in the table: the suffix rules prefer
    /// a candidate that is a known lemma ("imposed" → impose, not impos).
    let known: Set<String>

    init(exceptions: [UInt64: String]) {
        self.exceptions = exceptions
        known = Set(exceptions.values)
    }

    /// The most frequent lemma of each lower-cased form in the training
    /// sentences, kept where it differs from the form (ties go to the
    /// alphabetically first, so training is deterministic).
    init(training sentences: [TrainingSentence]) {
        var counts: [String: [String: Int]] = [:]
        for sentence in sentences {
            for (form, lemma) in zip(sentence.forms, sentence.lemmas) where lemma != "_" {
                counts[form.lowercased(), default: [:]][lemma.lowercased(), default: 0] += 1
            }
        }
        var exceptions: [UInt64: String] = [:]
        for (form, lemmas) in counts {
            guard let best = lemmas.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key,
                  best != form
            else { continue }
            exceptions[FeatureHash.string(form.utf8)] = best
        }
        self.exceptions = exceptions
        known = Set(exceptions.values)
    }

    /// The lemma of a word (lower-cased).
    ///
    /// - Complexity: O(*k*) in the length of the word.
    /// - Parameter vocabulary: Lemmas to prefer among the rules' candidates, besides the table's own.
    func lemma(_ word: String, upos: UPOS? = nil, vocabulary: Set<String> = []) -> String {
        let lower = word.lowercased()
        // A noun in -ing is a noun of its own ("fighting", "shelling"), whatever the verb's lemma.
        if upos == .noun, lower.hasSuffix("ing") { return lower }
        if let listed = exceptions[FeatureHash.string(lower.utf8)] {
            // "bases" is "basis" in a web treebank and "base" in the caller's vocabulary: a regular form the
            // vocabulary knows comes first.
            guard !vocabulary.isEmpty, !vocabulary.contains(listed), let regular = regular(lower, upos: upos, vocabulary: vocabulary),
                  vocabulary.contains(regular) else { return listed }
            return regular
        }
        if upos == nil || upos == .verb || upos == .aux, let irregular = Self.irregular[lower] { return irregular }
        return regular(lower, upos: upos, vocabulary: vocabulary) ?? lower
    }

    /// The lemma of a lower-cased form by the suffix rules, or nil when no rule applies.
    private func regular(_ lower: String, upos: UPOS?, vocabulary: Set<String>) -> String? {
        // Only nouns and verbs inflect this way: "during" is no form of "dur", "this" none of "thi".
        guard upos == nil || upos == .noun || upos == .verb || upos == .aux, lower.count >= 4 else { return nil }
        // A noun is only inflected for number: "fighting", "shelling" and "bombings" are nouns of their own.
        let rules = upos == .noun ? Self.rules.filter { $0.0 != "ing" && $0.0 != "ed" } : Self.rules
        for (suffix, replacement) in rules where lower.hasSuffix(suffix) && lower.count > suffix.count + 2 {
            let stem = String(lower.dropLast(suffix.count)) + replacement
            var candidates = [stem, stem + "e"]
            if let last = stem.last, stem.count > 2, stem.dropLast().last == last { candidates.append(String(stem.dropLast())) }
            return candidates.first { vocabulary.contains($0) || known.contains($0) } ?? stem
        }
        return nil
    }

    /// Past tenses and past participles of English irregular verbs (the
    /// common strong and mixed verbs of any grammar's table), for the forms a
    /// web treebank of 200,000 words may not contain; the treebank's own
    /// lemmas come first.
    private static let irregular: [String: String] = {
        let verbs: [(lemma: String, forms: [String])] = [
            ("arise", ["arose", "arisen"]), ("awake", ["awoke", "awoken"]), ("bear", ["bore", "borne"]),
            ("beat", ["beaten"]), ("become", ["became"]), ("begin", ["began", "begun"]), ("bend", ["bent"]),
            ("bind", ["bound"]), ("bite", ["bit", "bitten"]), ("bleed", ["bled"]), ("blow", ["blew", "blown"]),
            ("break", ["broke", "broken"]), ("breed", ["bred"]), ("bring", ["brought"]), ("build", ["built"]),
            ("burn", ["burnt"]), ("buy", ["bought"]), ("catch", ["caught"]), ("choose", ["chose", "chosen"]),
            ("cling", ["clung"]), ("come", ["came"]), ("creep", ["crept"]), ("deal", ["dealt"]), ("dig", ["dug"]),
            ("draw", ["drew", "drawn"]), ("drink", ["drank", "drunk"]), ("drive", ["drove", "driven"]),
            ("eat", ["ate", "eaten"]), ("fall", ["fell", "fallen"]), ("feed", ["fed"]), ("feel", ["felt"]),
            ("fight", ["fought"]), ("find", ["found"]), ("flee", ["fled"]), ("fling", ["flung"]), ("fly", ["flew", "flown"]),
            ("forbid", ["forbade", "forbidden"]), ("forgo", ["forwent", "forgone"]), ("foresee", ["foresaw", "foreseen"]),
            ("forget", ["forgot", "forgotten"]), ("forgive", ["forgave", "forgiven"]), ("freeze", ["froze", "frozen"]),
            ("get", ["got", "gotten"]), ("give", ["gave", "given"]), ("go", ["went", "gone"]), ("grind", ["ground"]),
            ("grow", ["grew", "grown"]), ("hang", ["hung"]), ("hide", ["hid", "hidden"]), ("hold", ["held"]),
            ("keep", ["kept"]), ("know", ["knew", "known"]), ("lay", ["laid"]), ("lead", ["led"]), ("leave", ["left"]),
            ("lend", ["lent"]), ("lie", ["lay", "lain"]), ("lose", ["lost"]), ("make", ["made"]), ("mean", ["meant"]),
            ("meet", ["met"]), ("mistake", ["mistook", "mistaken"]), ("overcome", ["overcame"]), ("overrun", ["overran"]),
            ("oversee", ["oversaw", "overseen"]), ("overtake", ["overtook", "overtaken"]), ("overthrow", ["overthrew", "overthrown"]),
            ("pay", ["paid"]), ("rebuild", ["rebuilt"]), ("ride", ["rode", "ridden"]), ("ring", ["rang", "rung"]),
            ("rise", ["rose", "risen"]), ("run", ["ran"]), ("say", ["said"]), ("see", ["saw", "seen"]), ("seek", ["sought"]),
            ("sell", ["sold"]), ("send", ["sent"]), ("shake", ["shook", "shaken"]), ("shine", ["shone"]), ("shoot", ["shot"]),
            ("show", ["shown"]), ("shrink", ["shrank", "shrunk"]), ("sink", ["sank", "sunk"]), ("sit", ["sat"]),
            ("slay", ["slew", "slain"]), ("sleep", ["slept"]), ("slide", ["slid"]), ("speak", ["spoke", "spoken"]),
            ("spend", ["spent"]), ("spin", ["spun"]), ("spring", ["sprang", "sprung"]), ("stand", ["stood"]),
            ("steal", ["stole", "stolen"]), ("stick", ["stuck"]), ("sting", ["stung"]), ("stride", ["strode"]),
            ("strike", ["struck", "stricken"]), ("string", ["strung"]), ("strive", ["strove", "striven"]),
            ("swear", ["swore", "sworn"]), ("sweep", ["swept"]), ("swim", ["swam", "swum"]), ("swing", ["swung"]),
            ("take", ["took", "taken"]), ("teach", ["taught"]), ("tear", ["tore", "torn"]), ("tell", ["told"]),
            ("think", ["thought"]), ("throw", ["threw", "thrown"]), ("tread", ["trod", "trodden"]),
            ("undergo", ["underwent", "undergone"]), ("understand", ["understood"]), ("undertake", ["undertook", "undertaken"]),
            ("uphold", ["upheld"]), ("wake", ["woke", "woken"]), ("wear", ["wore", "worn"]), ("weave", ["wove", "woven"]),
            ("win", ["won"]), ("wind", ["wound"]), ("withdraw", ["withdrew", "withdrawn"]), ("withhold", ["withheld"]),
            ("withstand", ["withstood"]), ("write", ["wrote", "written"]),
        ]
        var table: [String: String] = [:]
        for verb in verbs { for form in verb.forms { table[form] = verb.lemma } }
        return table
    }()

    /// Regular inflections, longest suffix first.
    private static let rules: [(String, String)] = [
        ("ies", "y"), ("ied", "y"), ("sses", "ss"), ("shes", "sh"), ("ches", "ch"), ("xes", "x"),
        ("ing", ""), ("ed", ""), ("s", ""),
    ]
}
