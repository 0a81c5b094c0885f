/// A rule stage after the parser: a gerund between a preposition and the
/// noun after it, hung on that noun as its adjective (`amod`), takes the
/// noun as its object.
///
/// The greedy parser reads "was sanctioned for shipping missiles to Russia"
/// and "is accused of funnelling weapons" as "for [shipping missiles]" with
/// `shipping` an adjective of `missiles`, as in "of floating debris". Both
/// readings exist, but after a preposition a `VBG` with a noun after it is
/// the gerund with its object five times in six in UD English EWT's
/// training set (92 against 19), and the parser already chooses the
/// adjective reading only where the gerund is unknown to it: on EWT's dev
/// and test sets the stage changes one tree (a gerund it misread) and
/// breaks none.
///
/// The gerund takes the noun's place under the noun's head (`advcl` for a
/// clause-level phrase, `acl` for one inside a noun phrase), the noun
/// becomes its `obj`, and the preposition its `mark`, as UD English marks
/// "for shipping". The noun keeps its other dependents ("missiles | to
/// Russia").
///
/// So does a verb with an auxiliary of its own hung on the object after it
/// ("is believed to have supplied missiles" read as "[supplied missiles]"
/// under "believed"): an adjective takes no auxiliary, so the verb is the
/// governor's complement (`xcomp`) and the noun its object.
///
/// A gerund the parser made the head of a prepositional phrase, with the
/// name before it as its compound ("troops in Somalia fighting al-Shabaab"),
/// describes the phrase's head (`acl`) when it has an object; the name heads
/// the phrase.
///
/// A gerund after a comma made a conjunct of a noun with no conjunction of
/// its own ("carried out strikes across Lebanon, targeting Hezbollah
/// positions": `targeting` a `conj` of `strikes`) is a participial clause
/// of the verb above the noun (`advcl`): a verb is no conjunct of a noun.
///
/// - Complexity: O(*n*) time and space in the number of words.
struct GerundRepair: Sendable {
    private let gerund: Set<UInt8>
    private let preposition: Set<UInt8>
    private let amod: UInt8
    private let nmod: UInt8
    private let obj: UInt8
    private let mark: UInt8
    private let advcl: UInt8
    private let acl: UInt8
    private let aux: UInt8
    private let xcomp: UInt8
    private let verbs: Set<UInt8>
    private let nouns: Set<UInt8>
    private let comma: Set<UInt8>
    private let conj: UInt8?
    private let cc: UInt8?
    /// Labels of a phrase a gerund clause can take the place of.
    private let phrases: Set<UInt8>
    private let properNouns: Set<UInt8>
    private let compound: UInt8?
    private let caseLabel: UInt8?

    /// The stage for a tag set and label set, or nil when they lack `VERB VBG` or one of the labels.
    ///
    /// - Complexity: O(*t* + *l*) in the numbers of tags and labels.
    init?(tags: [String], labels: [String]) {
        func index(_ label: String) -> UInt8? { labels.firstIndex(of: label).map(UInt8.init) }
        guard let amod = index("amod"), let nmod = index("nmod"), let obj = index("obj"), let mark = index("mark"),
              let advcl = index("advcl"), let acl = index("acl"), let obl = index("obl"), let aux = index("aux"),
              let xcomp = index("xcomp")
        else { return nil }
        self.aux = aux
        self.xcomp = xcomp
        verbs = tags.tagIndexes { upos, _ in upos == "VERB" }
        nouns = tags.tagIndexes { upos, _ in upos == "NOUN" || upos == "PROPN" }
        comma = tags.tagIndexes { _, xpos in xpos == "," }
        conj = index("conj")
        cc = index("cc")
        compound = index("compound")
        caseLabel = index("case")
        properNouns = tags.tagIndexes { upos, _ in upos == "PROPN" }
        gerund = tags.tagIndexes { upos, xpos in upos == "VERB" && xpos == "VBG" }
        preposition = tags.tagIndexes { _, xpos in xpos == "IN" }
        guard !gerund.isEmpty else { return nil }
        (self.amod, self.nmod, self.obj, self.mark, self.advcl, self.acl) = (amod, nmod, obj, mark, advcl, acl)
        phrases = [obl, nmod]
    }

    /// Repairs a parse in place: `heads` 1-based with 0 for the root, `labels` indexes into the parser's labels.
    func apply(_ heads: inout [Int], _ labels: inout [UInt8], tags: [UInt8]) {
        guard heads.count >= 3 else { return }
        var hasAuxiliary = [Bool](repeating: false, count: heads.count)
        for index in heads.indices where labels[index] == aux && heads[index] > 0 { hasAuxiliary[heads[index] - 1] = true }
        for index in 1..<(heads.count - 1) where labels[index] == amod && heads[index] == index + 2 {
            let noun = index + 1, before = index - 1
            if gerund.contains(tags[index]) {
                // The preposition is the noun's, right before the gerund, and the noun is a phrase of its head.
                guard preposition.contains(tags[before]), heads[before] == noun + 1, phrases.contains(labels[noun]) else { continue }
                heads[index] = heads[noun]
                labels[index] = labels[noun] == nmod ? acl : advcl
                heads[noun] = index + 1
                labels[noun] = obj
                heads[before] = index + 1
                labels[before] = mark
            } else if verbs.contains(tags[index]), labels[noun] == obj, hasAuxiliary[index] {
                // "is believed to have supplied missiles": an adjective has no auxiliary; the verb is the
                // complement in the noun's place.
                heads[index] = heads[noun]
                labels[index] = xcomp
                heads[noun] = index + 1
                labels[noun] = obj
            }
        }
        coordinatedGerunds(&heads, &labels, tags: tags)
        gerundsAfterNames(&heads, &labels, tags: tags)
    }

    /// "thousands of troops in Somalia fighting al-Shabaab" with `fighting` the head of the "in" phrase and
    /// `Somalia` its compound: a verb takes no preposition as `case`, so the name right before it heads the
    /// phrase, and the gerund describes what the phrase is on (`acl`).
    private func gerundsAfterNames(_ heads: inout [Int], _ labels: inout [UInt8], tags: [UInt8]) {
        guard let compound, let caseLabel else { return }
        for index in 2..<heads.count where gerund.contains(tags[index]) && phrases.contains(labels[index]) && heads[index] > 0
            && heads[index] - 1 < index {
            let name = index - 1
            // With an object of its own: "for US standing with Iraqis" is a noun's phrase ("standing" a noun).
            guard properNouns.contains(tags[name]), labels[name] == compound, heads[name] == index + 1,
                  heads.indices.contains(where: { $0 > index && heads[$0] == index + 1 && labels[$0] == obj }),
                  let preposition = heads.indices.first(where: { $0 < name && heads[$0] == index + 1 && labels[$0] == caseLabel })
            else { continue }
            // The name's own words before it ("in North Korea fighting …") stay on it.
            heads[name] = heads[index]
            labels[name] = labels[index]
            heads[preposition] = name + 1
            for word in (preposition + 1)..<name where heads[word] == index + 1 { heads[word] = name + 1 }
            labels[index] = acl
        }
    }

    /// "strikes across Lebanon, targeting Hezbollah positions" with `targeting` a conjunct of `strikes`: the
    /// gerund hangs on the first verb above the noun as an adverbial clause.
    private func coordinatedGerunds(_ heads: inout [Int], _ labels: inout [UInt8], tags: [UInt8]) {
        guard let conj, let cc else { return }
        for index in 1..<heads.count where labels[index] == conj && gerund.contains(tags[index]) && comma.contains(tags[index - 1]) {
            guard heads[index] > 0, nouns.contains(tags[heads[index] - 1]),
                  !heads.indices.contains(where: { heads[$0] == index + 1 && labels[$0] == cc }) else { continue }
            var above = heads[index] - 1
            var steps = 0
            while !verbs.contains(tags[above]), heads[above] > 0, steps < heads.count {
                above = heads[above] - 1
                steps += 1
            }
            guard verbs.contains(tags[above]) else { continue }
            heads[index] = above + 1
            labels[index] = advcl
        }
    }
}
