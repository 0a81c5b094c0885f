/// A rule stage after the parser: "after", "before" or "until" that the
/// parser made the case of a noun, where the noun is followed right away by
/// a finite verb with no subject of its own, opens the verb's clause, and
/// the noun is its subject.
///
/// "The incident came days after Japan agreed to provide vessels": the
/// greedy parser attaches "after Japan" to `days` as a prepositional phrase
/// before it sees `agreed`, which it then hangs on the main verb with no
/// subject, so the agreement loses its doer. A past or present tense
/// (`VBD`/`VBZ`/`VBP`) without a subject right after a noun in a phrase is
/// the noun's predicate: English does not drop the subject of a finite
/// clause, and a verb after a noun that is not its subject is a participle
/// ("the arms sent to Kyiv"), not a tense. Only prepositions of time that
/// also open clauses count: after others the verb is more often the
/// predicate of a subject the parser missed ("John Donovan from Argghhh! has
/// put out …", "the situation in Darfur appears unchanged"), and "since"
/// heads a phrase as often as a clause ("the greatest bear market since the
/// Depression worked its way …"). With these three, UAS and LAS on UD English
/// EWT's dev and test sets stay as they were to two decimals; with every
/// preposition, test UAS fell from 85.40 to 85.37.
///
/// The noun becomes the verb's `nsubj` and the preposition its `mark`; the
/// verb keeps its place in the tree.
///
/// The same holds when the verb's subject is the noun right before the
/// preposition ("hours after the group launched rockets": `hours` read as the
/// subject of `launched`): a measure of time before "after" measures the
/// clause, so it becomes the verb's unmarked oblique (`obl:unmarked`, or
/// `obl:npmod` in older label sets) and the noun after the preposition its
/// subject. There the verb may be a past participle with no auxiliary
/// ("hours after the group fired missiles", `fired` tagged `VBN`): a
/// participle the parser gave a subject and no auxiliary is a past tense.
/// A verb so given a subject and a subordinator that the parser hung as the
/// adjective of the noun right after it ("after the group fired missiles"
/// read as "[fired missiles]") takes the noun's place as an adverbial
/// clause (`advcl`), with the noun as its object.
///
/// - Complexity: O(*n*) time and space in the number of words.
struct SubordinatorRepair: Sendable {
    private let nominal: Set<UInt8>
    private let finiteVerbs: Set<UInt8>
    private let participles: Set<UInt8>
    private let adposition: Set<UInt8>
    private let caseLabel: UInt8
    private let mark: UInt8
    private let nsubj: UInt8
    private let phrases: Set<UInt8>
    private let subjects: Set<UInt8>
    private let auxiliaries: Set<UInt8>
    /// The label of a bare noun phrase that measures a clause ("hours after …").
    private let measure: UInt8?
    private let amod: UInt8?
    private let advcl: UInt8?
    private let obj: UInt8?
    /// "after", "before", "until", "till".
    private let subordinators: Set<UInt64> = Set(["after", "before", "until", "till"].map { Lexeme($0).lower })

    /// The stage for a tag and label set, or nil when they lack the tags or labels it reads.
    ///
    /// - Complexity: O(*t* + *l*) in the number of tags and labels.
    init?(tags: [String], labels: [String]) {
        func index(_ label: String) -> UInt8? { labels.firstIndex(of: label).map(UInt8.init) }
        nominal = tags.tagIndexes { upos, _ in upos == "PROPN" || upos == "NOUN" }
        finiteVerbs = tags.tagIndexes { upos, xpos in upos == "VERB" && ["VBD", "VBZ", "VBP"].contains(xpos) }
        participles = tags.tagIndexes { upos, xpos in upos == "VERB" && xpos == "VBN" }
        adposition = tags.tagIndexes { upos, xpos in upos == "ADP" && xpos == "IN" }
        guard !nominal.isEmpty, !finiteVerbs.isEmpty, !adposition.isEmpty,
              let caseLabel = index("case"), let mark = index("mark"), let nsubj = index("nsubj") else { return nil }
        self.caseLabel = caseLabel
        self.mark = mark
        self.nsubj = nsubj
        phrases = Set(["nmod", "obl"].compactMap(index))
        subjects = Set(["nsubj", "nsubj:pass", "csubj", "expl"].compactMap(index))
        auxiliaries = Set(["aux", "aux:pass", "cop"].compactMap(index))
        measure = index("obl:unmarked") ?? index("obl:npmod")
        amod = index("amod")
        advcl = index("advcl")
        obj = index("obj")
    }

    /// Repairs a parse in place: `heads` 1-based with 0 for the root, `labels` indexes into the parser's
    /// labels, `tags` the words' tags, `lexemes` their forms.
    func apply(_ heads: inout [Int], _ labels: inout [UInt8], tags: [UInt8], lexemes: [Lexeme]) {
        // Most sentences have no finite verb right after a noun in a prepositional phrase: nothing to read then.
        func isVerb(_ word: Int) -> Bool { finiteVerbs.contains(tags[word]) || participles.contains(tags[word]) }
        guard heads.indices.dropFirst().contains(where: { isVerb($0) && phrases.contains(labels[$0 - 1]) }) else { return }
        var hasSubject = [Bool](repeating: false, count: heads.count)
        var hasAuxiliary = [Bool](repeating: false, count: heads.count)
        // Each verb's first nominal subject, for the case where it is the measure before the preposition.
        var subjectOf = [Int?](repeating: nil, count: heads.count)
        // Each noun's first "after", "before" or "until" before it as its case, found in one pass so that the
        // stage stays linear in the sentence's length.
        var subordinator = [Int?](repeating: nil, count: heads.count)
        for index in heads.indices where heads[index] > 0 && heads[index] <= heads.count {
            let head = heads[index] - 1
            if auxiliaries.contains(labels[index]) { hasAuxiliary[head] = true }
            if subjects.contains(labels[index]) {
                hasSubject[head] = true
                if labels[index] == nsubj, subjectOf[head] == nil { subjectOf[head] = index }
            }
            if index < head, subordinator[head] == nil, labels[index] == caseLabel, adposition.contains(tags[index]),
               subordinators.contains(lexemes[index].lower) {
                subordinator[head] = index
            }
        }
        for verb in heads.indices.dropFirst() where isVerb(verb) {
            let noun = verb - 1
            guard nominal.contains(tags[noun]), phrases.contains(labels[noun]), heads[noun] != verb + 1, heads[verb] != noun + 1,
                  let preposition = subordinator[noun]
            else { continue }
            // A participle only as a past tense: with the measure as its subject and no auxiliary.
            if participles.contains(tags[verb]), !hasSubject[verb] || hasAuxiliary[verb] { continue }
            if hasSubject[verb] {
                // Only a subject that is the measure right before the preposition ("hours after").
                guard let measure, let subject = subjectOf[verb], subject == preposition - 1, nominal.contains(tags[subject]),
                      heads[preposition] == noun + 1 else { continue }
                labels[subject] = measure
            }
            heads[noun] = verb + 1
            labels[noun] = nsubj
            heads[preposition] = verb + 1
            labels[preposition] = mark
            hasSubject[verb] = true
            if let amod, let advcl, let obj, labels[verb] == amod, heads[verb] == verb + 2 {
                // "hours after the group fired missiles at Israel" with `fired` an adjective of `missiles`: a verb
                // with a subject and a subordinator is a clause, in the noun's place, with the noun its object.
                let object = verb + 1
                heads[verb] = heads[object]
                labels[verb] = advcl
                heads[object] = verb + 1
                labels[object] = obj
            }
        }
    }
}
