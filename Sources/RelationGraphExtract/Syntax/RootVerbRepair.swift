/// A rule stage after the parser: a sentence whose root is a noun with no
/// subject or copula, and whose finite verb the parser hung under that noun
/// as a clausal modifier (`acl`) or as a conjunct (`conj`), is rooted at the
/// verb, with the noun as its subject.
///
/// The greedy parser makes this error on a long coordinated subject ("Sweden
/// and its NATO allies sent tanks to Ukraine": `sent` an `acl` of `allies`,
/// the sentence rooted at `Sweden`), where it has shifted the subject's words
/// and committed to a noun before the verb arrives. A finite verb (past or
/// present tense, `VBD`/`VBZ`/`VBP`) is never an `acl` of a noun in
/// well-formed English; a reduced relative uses a participle ("troops sent
/// to the border"), and a full one is `acl:relcl`. In UD English EWT's
/// training set 3 of 12,544 sentences have a finite `acl` under a nominal
/// root, so the repair takes nothing the treebank means.
///
/// The same commitment makes a companion phrase set off by commas ("Britain,
/// together with France, imposed sanctions") a conjunct of the subject, and
/// the verb a conjunct of that: a finite verb coordinated with a noun, in a
/// sentence with no predicate, is one sentence of EWT's training set (an
/// elided subject, "… specials but wish they had …").
///
/// So is a finite verb the parser made a complement of a participle that
/// describes the nominal root ("Drones launched by Russia struck fuel
/// depots": `struck` an `xcomp` of `launched`).
///
/// A verb after an aside set off by commas right after the subject ("The
/// strikes, carried out by US forces, hit radar sites") may hang on the
/// noun as `parataxis`; with no subject of its own and an aside that
/// modifies the noun (not "Great food, loved it", where the subject is
/// elided), it is the predicate too, also in the base form the tagger may
/// give a verb with one form for all tenses ("hit", "put").
///
/// A past or present tense with a subject of its own, hung before a nominal
/// root as its adjective ("The RSF received artillery shells": `received`
/// an `amod` of `shells`), is the root too, with the noun as its object: a
/// finite verb is no adjective, and an adjective has no subject.
///
/// A finite verb with no subject of its own, hung after a nominal root as
/// the adjective of a noun after it ("Drones launched by the RSF struck fuel
/// depots": `struck` an `amod` of `depots`), is the root too, with the old
/// root as its subject and that noun as its object.
///
/// A finite verb or auxiliary with an object of its own, hung after a
/// nominal root as its clausal subject ("The United States has roughly
/// 2,500 troops in Iraq": `has` a `csubj` of `States`), is the predicate
/// too: a clausal subject comes before its predicate, not after.
///
/// An auxiliary ("has", "had") may hang as `aux` on a noun after an aside
/// ("Russia's Africa Corps, the successor to …, now has 2,000 personnel in
/// Mali": `has` an `aux` of `personnel`); with no copula on the noun it is
/// the verb itself, the root.
///
/// Two clauses joined by ", and" may be read as one, the first clause's
/// finite verb an `acl` inside the subject of the second ("Dozens of Russian
/// instructors arrived in Niamey, and Russian troops are stationed …":
/// `arrived` an `acl` of `instructors`, `Dozens` a second subject of
/// `stationed`); the first verb becomes the root and the second its conjunct.
///
/// The verb takes the old root's place (head 0, label `root`); the old root
/// becomes its `nsubj`; and the dependents of the old root, or of the conjunct
/// the verb hung on, that come after the verb (final punctuation, a trailing
/// clause) move to the verb, so the tree stays projective where it was.
///
/// - Complexity: O(*n*) time and space in the number of words.
struct RootVerbRepair: Sendable {
    private let nominal: Set<UInt8>
    private let finiteVerbs: Set<UInt8>
    private let baseVerbs: Set<UInt8>
    /// Past and present tenses of verbs and auxiliaries.
    private let tenses: Set<UInt8>
    private let csubj: UInt8?
    /// Past participles of verbs.
    private let participles: Set<UInt8>
    /// Clausal complements and conjuncts, which a participle may wrongly take a finite verb as.
    private let complements: Set<UInt8>
    private let acl: UInt8
    private let conj: UInt8
    private let parataxis: UInt8
    private let amod: UInt8
    private let obj: UInt8
    private let punct: UInt8
    private let root: UInt8
    private let nsubj: UInt8
    private let cc: UInt8?
    private let aux: UInt8?
    private let nmod: UInt8?
    private let caseLabel: UInt8?
    private let cop: UInt8?
    /// Subject labels, active and passive.
    private let subjects: Set<UInt8>
    /// Labels that give a nominal root its own predicate: subjects and copulas.
    private let predicateLabels: Set<UInt8>

    /// The stage for a tag set and label set, or nil when the labels lack `acl`, `conj`, `root` or `nsubj`.
    ///
    /// - Complexity: O(*t* + *l*) in the numbers of tags and labels.
    init?(tags: [String], labels: [String]) {
        func index(_ label: String) -> UInt8? { labels.firstIndex(of: label).map(UInt8.init) }
        guard let acl = index("acl"), let conj = index("conj"), let root = index("root"), let nsubj = index("nsubj"),
              let parataxis = index("parataxis"), let punct = index("punct"), let amod = index("amod"), let obj = index("obj")
        else { return nil }
        self.amod = amod
        self.obj = obj
        self.acl = acl
        self.parataxis = parataxis
        self.punct = punct
        self.conj = conj
        self.root = root
        self.nsubj = nsubj
        predicateLabels = Set(["nsubj", "nsubj:pass", "csubj", "cop", "expl"].compactMap(index))
        subjects = Set(["nsubj", "nsubj:pass"].compactMap(index))
        cc = index("cc")
        aux = index("aux")
        nmod = index("nmod")
        caseLabel = index("case")
        cop = index("cop")
        nominal = tags.tagIndexes { upos, _ in upos == "NOUN" || upos == "PROPN" }
        finiteVerbs = tags.tagIndexes { upos, xpos in upos == "VERB" && (xpos == "VBD" || xpos == "VBZ" || xpos == "VBP") }
        baseVerbs = tags.tagIndexes { upos, xpos in upos == "VERB" && xpos == "VB" }
        tenses = tags.tagIndexes { upos, xpos in (upos == "VERB" || upos == "AUX") && (xpos == "VBD" || xpos == "VBZ" || xpos == "VBP") }
        csubj = index("csubj")
        participles = tags.tagIndexes { upos, xpos in upos == "VERB" && xpos == "VBN" }
        complements = Set(["xcomp", "ccomp", "conj"].compactMap(index))
    }

    /// Repairs a parse in place: `heads` 1-based with 0 for the root, `labels` indexes into the parser's labels.
    func apply(_ heads: inout [Int], _ labels: inout [UInt8], tags: [UInt8]) {
        guard let rootIndex = heads.firstIndex(of: 0) else { return }
        if !nominal.contains(tags[rootIndex]) {
            coordinatedClauseRoot(&heads, &labels, tags: tags, rootIndex: rootIndex)
            return
        }
        if objectRoot(&heads, &labels, tags: tags, rootIndex: rootIndex) { return }
        if auxiliaryVerbRoot(&heads, &labels, tags: tags, rootIndex: rootIndex) { return }
        if adjectiveVerbRoot(&heads, &labels, tags: tags, rootIndex: rootIndex) { return }
        let rootHead = rootIndex + 1
        // The root and the conjuncts of its coordination, the nouns a misplaced verb may hang on.
        var holders: Set<Int> = [rootHead]
        for index in heads.indices where heads[index] == rootHead && labels[index] == conj { holders.insert(index + 1) }
        // "The Sudanese Armed Forces responded …" rooted at `Sudanese`, with `Forces` its `nmod` and `responded` an
        // `acl` of that: the rest of a name split by the parser (a noun after the root with no preposition of its
        // own) holds the verb as well.
        let nameParts = Set(heads.indices.filter { index in
            index > rootIndex && heads[index] == rootHead && labels[index] == nmod && nominal.contains(tags[index])
                && !heads.indices.contains { heads[$0] == index + 1 && labels[$0] == caseLabel }
        }.map { $0 + 1 })
        // "The United States has roughly 2,500 troops in Iraq" with `has` a clausal subject after the noun.
        let clausalSubject = heads.indices.first { index in
            index > rootIndex && heads[index] == rootHead && labels[index] == csubj && tenses.contains(tags[index])
                && heads.indices.contains { heads[$0] == index + 1 && labels[$0] == obj }
        }
        // "Drones launched by Russia struck depots" with `struck` a complement of the participle that describes
        // the subject: a participle's complement is no finite verb either.
        let participles = Set(heads.indices.filter { heads[$0] == rootHead && labels[$0] == acl && self.participles.contains(tags[$0]) }
            .map { $0 + 1 })
        var verbIndex = clausalSubject
        for index in heads.indices where clausalSubject == nil {
            if heads[index] == rootHead && predicateLabels.contains(labels[index]) { return }
            let misplaced = (holders.contains(heads[index]) && (labels[index] == acl || labels[index] == conj))
                || (nameParts.contains(heads[index]) && labels[index] == acl)
                || (participles.contains(heads[index]) && complements.contains(labels[index]))
            if verbIndex == nil, index > rootIndex, misplaced, finiteVerbs.contains(tags[index]) {
                verbIndex = index
            }
        }
        if verbIndex == nil {
            // "The strikes, carried out by US forces, hit radar sites": after an aside set off by commas right
            // after the subject, the verb hung as `parataxis` of it.
            // The tagger may read a verb with one form for all tenses ("hit", "put") as the base form.
            verbIndex = heads.indices.first { index in
                index > rootIndex + 2 && heads[index] == rootHead && labels[index] == parataxis
                    && (finiteVerbs.contains(tags[index]) || baseVerbs.contains(tags[index]))
                    && labels[rootIndex + 1] == punct && labels[index - 1] == punct && heads[index - 1] != rootHead
                    && (rootIndex + 2..<index - 1).contains { heads[$0] == rootHead && labels[$0] != punct }
            }
        }
        guard let verbIndex else { return }
        let verbHead = verbIndex + 1
        guard !heads.indices.contains(where: { heads[$0] == verbHead && predicateLabels.contains(labels[$0]) }) else { return }
        for index in heads.indices where index > verbIndex && holders.contains(heads[index]) { heads[index] = verbHead }
        heads[verbIndex] = 0
        labels[verbIndex] = root
        heads[rootIndex] = verbHead
        labels[rootIndex] = nsubj
    }

    /// "Dozens of Russian instructors arrived in Niamey, and Russian troops are now stationed at the base"
    /// rooted at `stationed`, with two subjects and `arrived` (a past or present tense) an `acl` inside the
    /// first: the first clause's verb is the root, the first subject its `nsubj`, the old root its `conj`, and
    /// the final punctuation moves to the new root. Only with a comma and a coordinating conjunction between
    /// the verb and the second subject, and no other tense between the verb and them.
    private func coordinatedClauseRoot(_ heads: inout [Int], _ labels: inout [UInt8], tags: [UInt8], rootIndex: Int) {
        let rootHead = rootIndex + 1
        let subjectIndexes = heads.indices.filter { heads[$0] == rootHead && subjects.contains(labels[$0]) }
        guard let cc, subjectIndexes.count >= 2, subjectIndexes[1] < rootIndex else { return }
        let first = subjectIndexes[0], second = subjectIndexes[1]
        /// Whether `index` lies under the first subject, a few levels down.
        func underFirst(_ index: Int) -> Bool {
            var head = heads[index]
            for _ in 0..<4 where head > 0 {
                if head - 1 == first { return true }
                head = heads[head - 1]
            }
            return false
        }
        // ("The information contained herein is based on …, but we do not …": a finite verb after it, before the
        // conjunction, is the first clause's own.)
        guard let verbIndex = (first + 1..<second).first(where: { labels[$0] == acl && finiteVerbs.contains(tags[$0]) && underFirst($0) }),
              let ccIndex = (verbIndex + 2..<second).first(where: { heads[$0] == rootHead && labels[$0] == cc && labels[$0 - 1] == punct }),
              !(verbIndex + 1..<ccIndex).contains(where: { tenses.contains(tags[$0]) })
        else { return }
        let verbHead = verbIndex + 1
        if let last = heads.indices.last, last > rootIndex, heads[last] == rootHead, labels[last] == punct { heads[last] = verbHead }
        heads[verbIndex] = 0
        labels[verbIndex] = root
        heads[first] = verbHead
        labels[first] = nsubj
        heads[rootIndex] = verbHead
        labels[rootIndex] = conj
    }

    /// "Russia's Africa Corps, the successor to the Wagner Group, now has 2,000 personnel in Mali" rooted at
    /// `Corps`, with `has` (a tense of an auxiliary) an `aux` of `personnel`, a noun after it with no copula
    /// that hangs on the root: an auxiliary of a noun with no copula is the verb "have" or "be" itself, so it
    /// is the root, the old root its subject and the noun its object; what hung on the old root after the
    /// auxiliary moves to it.
    private func auxiliaryVerbRoot(_ heads: inout [Int], _ labels: inout [UInt8], tags: [UInt8], rootIndex: Int) -> Bool {
        let rootHead = rootIndex + 1
        guard let aux else { return false }
        // The same with the noun as the root and the subject on it ("… Corps, the successor …, now has 2,000
        // personnel": `personnel` the root, `Corps` its `nsubj`, `has` its `aux`).
        if let auxIndex = heads.indices.last(where: { $0 < rootIndex && heads[$0] == rootHead && labels[$0] == aux && tenses.contains(tags[$0]) }),
           heads.indices.contains(where: { $0 < auxIndex && heads[$0] == rootHead && labels[$0] == nsubj }),
           !heads.indices.contains(where: { heads[$0] == rootHead && labels[$0] == cop }) {
            let verbHead = auxIndex + 1
            // The subject and what comes before the auxiliary, and punctuation after the noun, go to the verb; the
            // object keeps its own modifiers.
            for index in heads.indices where heads[index] == rootHead && index != auxIndex
                && (index < auxIndex || (index > rootIndex && labels[index] == punct)) {
                heads[index] = verbHead
            }
            heads[auxIndex] = 0
            labels[auxIndex] = root
            heads[rootIndex] = verbHead
            labels[rootIndex] = obj
            return true
        }
        guard !heads.indices.contains(where: { heads[$0] == rootHead && predicateLabels.contains(labels[$0]) }),
              let auxIndex = heads.indices.first(where: { index in
                  guard index > rootIndex, labels[index] == aux, tenses.contains(tags[index]) else { return false }
                  let noun = heads[index] - 1
                  return noun > index && noun != rootIndex && heads[noun] == rootHead && nominal.contains(tags[noun])
                      && !heads.indices.contains { heads[$0] == noun + 1 && (labels[$0] == cop || labels[$0] == nsubj) }
              }) else { return false }
        rootAtVerb(&heads, &labels, verbIndex: auxIndex, rootIndex: rootIndex)
        return true
    }

    /// Roots the sentence at a verb found inside a nominal root's phrase: the noun the verb hung on becomes its
    /// `obj`, the old root its `nsubj`, and what hung on the old root after the verb moves to the verb.
    private func rootAtVerb(_ heads: inout [Int], _ labels: inout [UInt8], verbIndex: Int, rootIndex: Int) {
        let rootHead = rootIndex + 1
        let objectIndex = heads[verbIndex] - 1
        let verbHead = verbIndex + 1
        for index in heads.indices where index > verbIndex && heads[index] == rootHead { heads[index] = verbHead }
        heads[objectIndex] = verbHead
        labels[objectIndex] = obj
        heads[verbIndex] = 0
        labels[verbIndex] = root
        heads[rootIndex] = verbHead
        labels[rootIndex] = nsubj
    }

    /// "Drones launched by the RSF struck fuel depots" rooted at `Drones`, with `struck` (a past or present
    /// tense with no subject of its own) the adjective of a noun after it: the verb is the root, the old root
    /// its subject and that noun its object; what hung on the old root after the verb moves to the verb.
    private func adjectiveVerbRoot(_ heads: inout [Int], _ labels: inout [UInt8], tags: [UInt8], rootIndex: Int) -> Bool {
        let rootHead = rootIndex + 1
        guard !heads.indices.contains(where: { heads[$0] == rootHead && predicateLabels.contains(labels[$0]) }),
              let verbIndex = heads.indices.first(where: { index in
                  index > rootIndex && labels[index] == amod && finiteVerbs.contains(tags[index]) && heads[index] - 1 > index
                      && nominal.contains(tags[heads[index] - 1])
                      && !heads.indices.contains { heads[$0] == index + 1 && predicateLabels.contains(labels[$0]) }
              }) else { return false }
        rootAtVerb(&heads, &labels, verbIndex: verbIndex, rootIndex: rootIndex)
        return true
    }

    /// "The RSF received artillery shells from Russia" rooted at `shells`, with `received` (a past tense with a
    /// subject of its own) as its adjective: the verb is the root and the noun its object. Punctuation on the
    /// noun after it moves to the verb; the noun keeps its other dependents.
    private func objectRoot(_ heads: inout [Int], _ labels: inout [UInt8], tags: [UInt8], rootIndex: Int) -> Bool {
        let rootHead = rootIndex + 1
        guard let verbIndex = heads.indices.first(where: { index in
            index < rootIndex && heads[index] == rootHead && labels[index] == amod && finiteVerbs.contains(tags[index])
                && heads.indices.contains { heads[$0] == index + 1 && labels[$0] == nsubj }
        }) else { return false }
        let verbHead = verbIndex + 1
        for index in heads.indices where index > rootIndex && heads[index] == rootHead && labels[index] == punct { heads[index] = verbHead }
        heads[verbIndex] = 0
        labels[verbIndex] = root
        heads[rootIndex] = verbHead
        labels[rootIndex] = obj
        return true
    }
}
