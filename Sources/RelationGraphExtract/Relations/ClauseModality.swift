/// Whether the clause that governs a cue asserts, hedges or negates it.
///
/// From the cue up the tree, through the clauses that embed it (`xcomp`,
/// `ccomp`, `advcl`, `acl`, objects of governing verbs, and `conj` when the
/// conjunct has no subject of its own), each word's dependents are read:
/// modal and future auxiliaries, hedging adverbs and adjectives, negation,
/// conditional subordinators; and each governing word's lemma: hedging
/// governors ("plans to", "is believed to", "accused … of"), threatening
/// ones ("threatened to strike"), negating ones ("denied sending"). The walk
/// stops at a plain reporting verb ("said"), which keeps what it reports as
/// it is. Negation and hedges stay inside their own clause (guideline 2).
struct ClauseModality {
    /// The clause denies the relation: no relation (guideline 18).
    private(set) var negated = false
    /// The word that hedges it, if any.
    private(set) var hedge: String?
    /// A possibility, plan, future or condition (as opposed to an attributed report).
    private(set) var possibility = false
    /// The hedge when it is evidential ("reportedly", "accused"): the act is reported, not planned.
    private(set) var evidential: String?
    /// The cue is what a party threatens or vows ("threatened to strike").
    private(set) var threatened = false
    /// The first threatening or vowing governor, when there is one.
    private(set) var threatGovernor: Int?
    /// The threatening governor's form, when there is one and it is not a pledge ("threatened", "vowed";
    /// a pledge of troops or arms is reported as made, as the development corpus's annotators read it).
    private(set) var threatWord: String?
    /// A future auxiliary ("will strike"): a stated plan.
    private(set) var future = false
    /// The future auxiliary's form, when there is one.
    private(set) var futureWord: String?
    /// The reporting verb ("said", "confirmed") whose complement holds the cue, when the walk stopped at one.
    private(set) var reporter: Int?
    /// The cue is inside a condition ("if the US attacked it"): what another clause answers, not what
    /// anyone says will happen.
    private(set) var conditional = false

    /// The same modality with no threatening governor: for an act that someone other than its doer warns
    /// of ("Israel could strike Iran, officials warned" reports a possibility, it is not Israel's warning).
    var unthreatened: ClauseModality {
        var copy = self
        copy.threatened = false
        copy.threatGovernor = nil
        copy.threatWord = nil
        return copy
    }

    /// The same modality hedged by `word`, as a possibility ("capable", "can": a capability) or as a report
    /// ("views": a party's view), for what the walk up the clause does not see as a hedge; a hedge already
    /// there stays the one reported.
    func hedged(by word: String, possibility: Bool) -> ClauseModality {
        var copy = self
        copy.mark(word, possibility: possibility)
        return copy
    }

    /// A plain assertion: for what a clause presupposes rather than says
    /// ("would boost its troops in X" presupposes troops in X).
    init() {}

    init(sentence: TreeSentence, cues: CueTable, cue: Int) {
        var node = cue
        var from: Int?
        var steps = 0
        // Set after climbing from a contrasted conjunct ("did not seek war but warned Hezbollah"): the first
        // conjunct's auxiliaries and negation are its own; only what governs both is read.
        var contrasted = false
        // Set after climbing from the complement of "continue" or "keep": the act goes on, so what the verb's
        // own auxiliaries say of the future does not hedge it ("will continue to provide Ukraine with …",
        // asserted); its negation still denies it.
        var ongoing = false
        while steps < 10 {
            steps += 1
            if ongoing, sentence.children[node].contains(where: { sentence.label($0) == "advmod" && cues.negators.contains(sentence.lemmas[$0]) }) {
                negated = true
            }
            read(node, sentence: sentence, cues: cues, from: from, governorOnly: contrasted || ongoing)
            contrasted = false
            ongoing = false
            if negated { return }
            guard let head = sentence.head(node) else { break }
            let label = sentence.label(node)
            let lemma = sentence.lemmas[head]
            let climbs: Bool
            switch label.prefix(while: { $0 != ":" }) {
            case "xcomp", "ccomp", "csubj":
                // A participle describing the governor's object is as it is ("could use the weapons provided to them").
                climbs = !sentence.isParticipleOfObject(node)
            case "acl":
                // "plans to send", "accused Iran of supplying" share their governor's modality; a participle
                // or relative clause describes its noun as it is ("the weapons provided to Kyiv").
                // "warned the United States against selling arms", with the clause hung on the object: not done.
                if label == "acl", sentence.children(node, "mark").contains(where: { cues.negatingMarks.contains(sentence.lemmas[$0]) }) {
                    negated = true
                    return
                }
                climbs = label == "acl" && !sentence.children(node, "mark").isEmpty
                // "reports that North Korea has shipped missiles", "the risk that Iran would strike": what a noun
                // of hearsay or possibility holds is no more than that (the parser may read its "that" as a
                // relative pronoun, which leaves the clause with a subject of its own besides).
                let noun = sentence.lemmas[head]
                if cues.reportNouns.contains(noun) || cues.possibilityNouns.contains(noun),
                   let that = sentence.children[node].first(where: { sentence.lemmas[$0] == "that" && $0 < node }),
                   label == "acl" || sentence.children(node, "nsubj").contains(where: { $0 != that }) {
                    mark(sentence.words[head].form, possibility: cues.possibilityNouns.contains(noun))
                }
            case "advcl":
                // "While Iran supplies Russia, Israel might …": a finite adverbial clause has its own
                // modality; an infinitive or gerund ("to send", "by sending") shares its governor's.
                let marks = sentence.children(node, "mark").map { sentence.lemmas[$0] }
                // "warned NATO against sending troops": what is warned against is not done; nor what a party is
                // kept "from" doing ("deter Russia from attacking", "barred Iran from selling arms"); a gerund after
                // "from" with no object above it is another matter ("profited from selling arms").
                if marks.contains(where: cues.negatingMarks.contains) { negated = true; return }
                if marks.contains("from"), !sentence.children(head, "obj", exact: true).isEmpty { negated = true; return }
                // "When Russia invaded Ukraine, few expected …": a clause opened by an adverb of time or place is
                // finite and its own, though no mark says so.
                let opened = sentence.children(node, "advmod").contains { $0 < node && cues.subordinatingAdverbs.contains(sentence.lemmas[$0]) }
                climbs = !opened && marks.allSatisfy { ["to", "of", "for", "by", "in", "after", "before"].contains($0) }
            case "obj", "nsubj", "obl", "nmod":
                // A noun cue's own governor can deny, plan or threaten it ("denied the attack",
                // "planned the invasion"); the clause above that is not the noun's.
                // "agreed new sanctions against Russia over its war in Ukraine": what a phrase of reason or time
                // names is there whatever the clause does about it.
                // "discussed Russia's attacks on Ukraine": a verb of discussing takes an act with its doer named as
                // a topic that is there, not as a plan ("discussed new sanctions" stays one).
                let presupposed = (["obl", "nmod"].contains(label) && cues.presupposingPrepositions.contains(sentence.caseOf(node)))
                    || (label == "obj" && cues.topicVerbs.contains(sentence.lemmas[head]) && !sentence.children(node, "nmod:poss").isEmpty)
                if steps == 1, !presupposed, sentence.words[node].upos == .noun || sentence.words[node].upos == .propn {
                    read(head, sentence: sentence, cues: cues, from: node, governorOnly: true)
                    // "would not support an Israeli attack on Iran": an indefinite act held by a verb under a modal is
                    // only supposed.
                    if label == "obj", sentence.children(node, "det").contains(where: { cues.indefiniteDeterminers.contains(sentence.lemmas[$0]) }),
                       let modal = sentence.children(head, "aux").first(where: { cues.modalHedges.contains(sentence.words[$0].form.lowercased()) }) {
                        mark(sentence.words[modal].form.lowercased(), possibility: true)
                    }
                    // "blocked a new package of sanctions", "denied reports of strikes": a verb that denies what
                    // holds the noun denies the noun. Only denial: "expects a wave of attacks" is no plan to attack.
                    // "the prospect of troops joining", "reports of a wave of strikes": a noun of possibility or
                    // of hearsay that holds the cue hedges it.
                    var holder = node
                    for _ in 0..<2 where sentence.label(holder) == "nmod" && sentence.caseOf(holder) == "of" {
                        guard let up = sentence.head(holder) else { break }
                        holder = up
                        if cues.possibilityNouns.contains(sentence.lemmas[holder]) {
                            mark(sentence.words[holder].form, possibility: true)
                        } else if cues.reportNouns.contains(sentence.lemmas[holder]) {
                            mark(sentence.words[holder].form, possibility: false)
                        }
                    }
                    if holder != node, let governor = sentence.head(holder), ["obj", "nsubj:pass"].contains(sentence.label(holder)),
                       cues.negatingGovernors.contains(sentence.lemmas[governor]) {
                        negated = true
                        return
                    }
                    // "signed an agreement on the delivery of drones": the parser hung the noun on the verb
                    // instead of on the agreement it is the object of.
                    if let agreement = cues.agreement(besideNoun: node, in: sentence) {
                        mark(sentence.words[agreement].form, possibility: true)
                    }
                }
                climbs = false
            case "conj":
                climbs = sentence.children(node, "nsubj").isEmpty && sentence.children(node, "aux").isEmpty
                contrasted = sentence.children(node, "cc").contains { cues.contrastiveConjunctions.contains(sentence.lemmas[$0]) }
            default: climbs = false
            }
            guard climbs else { break }
            ongoing = label.hasPrefix("xcomp") && cues.ongoingVerbs.contains(lemma)
            if cues.assertingGovernors.contains(lemma) && (label.hasPrefix("ccomp") || label.hasPrefix("xcomp")) && !cues.ongoingVerbs.contains(lemma) {
                // "X said that …", "X confirmed …": the report keeps its modality; "continue to" presupposes the act.
                read(head, sentence: sentence, cues: cues, from: node, governorOnly: true)
                reporter = head
                // "it was reported that the minister said …": a report no one vouches for covers what it reports.
                if sentence.label(head).hasPrefix("ccomp"), let above = sentence.head(head),
                   cues.impersonalReportVerbs.contains(sentence.lemmas[above]), sentence.isPassive(above) {
                    mark(sentence.words[above].form, possibility: false)
                }
                // "threatened all-out war, adding that the group would attack Cyprus": a report that goes on
                // from a threat says what is threatened.
                if ["advcl", "conj"].contains(sentence.label(head)), let above = sentence.head(head),
                   cues.threatGovernors.contains(sentence.lemmas[above]) {
                    // The report goes on in the threatener's own voice, so no other warner is looked for
                    // (`threatGovernor` stays unset).
                    threatened = true
                }
                break
            }
            if label.hasPrefix("acl") || label.hasPrefix("advcl"), sentence.words[head].upos == .noun || sentence.words[head].upos == .propn,
               let governor = sentence.head(head) {
                // "accused Tehran of supplying": the clause hangs on the object (as `acl`, or as `advcl` when the
                // parser reads it as the verb's); the verb above it governs.
                read(governor, sentence: sentence, cues: cues, from: head, governorOnly: true)
                if negated { return }
            }
            from = node
            node = head
        }
        // A question hedges what it asks about, but not what a definite noun presupposes: "how could the
        // Russia-Ukraine war end?" asks nothing about whether the war is waged.
        let definite = [UPOS.noun, .propn].contains(sentence.words[cue].upos)
            && (sentence.children(cue, "det").contains { sentence.lemmas[$0] == "the" } || !sentence.children(cue, "nmod:poss").isEmpty)
        if sentence.words.last?.form == "?", !definite { mark("?", possibility: true) }
    }

    private mutating func mark(_ word: String, possibility: Bool) {
        if hedge == nil { hedge = word }
        if possibility { self.possibility = true } else if evidential == nil { evidential = word }
    }

    private mutating func read(_ node: Int, sentence: TreeSentence, cues: CueTable, from: Int?, governorOnly: Bool = false) {
        let lemma = sentence.lemmas[node]
        if let from {
            let label = sentence.label(from)
            // "denied any role and warned Washington": a verb joined to a denial is an act of its own.
            if cues.negatingGovernors.contains(lemma) && !label.hasPrefix("conj") { negated = true; return }
            if cues.threatGovernors.contains(lemma) && !label.hasPrefix("conj") {
                threatened = true
                if threatGovernor == nil { threatGovernor = node }
                // "vowed to continue supplying": what goes on is not announced for the future.
                let continued = cues.ongoingVerbs.contains(sentence.lemmas[from])
                if threatWord == nil, !continued, !cues.commitmentVerbs.contains(lemma) { threatWord = sentence.words[node].form }
            } else if cues.hedgeGovernors.contains(lemma) && !cues.assertingGovernors.contains(lemma) && !label.hasPrefix("conj") {
                mark(sentence.words[node].form, possibility: !cues.evidentialGovernors.contains(lemma))
            } else if cues.accusationVerbs.contains(lemma) && !label.hasPrefix("conj") {
                // "accused Azerbaijan of opening fire": a charge is reported, not asserted.
                mark(sentence.words[node].form, possibility: false)
            } else if ["acl", "advcl"].contains(label), sentence.label(node) == "obj", let verb = sentence.head(node),
                      cues.accusationVerbs.contains(sentence.lemmas[verb]) {
                // The same with the charge hung on the accused ("accused [Azerbaijan of opening fire]").
                mark(sentence.words[verb].form, possibility: false)
            } else if cues.impersonalReportVerbs.contains(lemma) && sentence.isPassive(node) && !label.hasPrefix("conj") {
                mark(sentence.words[node].form, possibility: false)
            }
        }
        if governorOnly { return }
        for child in sentence.children[node] {
            let label = sentence.label(child)
            let word = sentence.lemmas[child]
            let form = sentence.words[child].form.lowercased()
            switch label.prefix(while: { $0 != ":" }) {
            case "aux":
                if cues.modalHedges.contains(word) || cues.modalHedges.contains(form) { mark(form, possibility: true) }
                if cues.futureAuxiliaries.contains(form) {
                    mark(form, possibility: true)
                    future = true
                    if futureWord == nil { futureWord = form }
                }
            case "advmod":
                if cues.negators.contains(word) || cues.negators.contains(form) { negated = true }
                if cues.hedgeAdverbs.contains(form) { mark(form, possibility: !cues.evidentialWords.contains(form)) }
            case "det":
                if form == "no" { negated = true }
                // "would respond to any Israeli attack": an act of any kind is only supposed, like one in a condition.
                if form == "any", from == nil {
                    mark(form, possibility: true)
                    conditional = true
                }
            case "amod":
                if cues.hedgeAdjectives.contains(form) { mark(form, possibility: !cues.evidentialWords.contains(form)) }
                // "the halted arms deliveries", "suspended sales": a participle of denial describes the noun as undone.
                if cues.negatingGovernors.contains(word) || cues.isNegatingParticiple(form) { negated = true }
            case "compound":
                // "the US halted arms deliveries" read as "[US halted arms] deliveries": the participle may hang
                // on the compound's first noun.
                let modifiers = [child] + sentence.children(child, "amod") + sentence.children(child, "compound")
                if modifiers.contains(where: { sentence.words[$0].upos != .noun && cues.isNegatingParticiple(sentence.words[$0].form) }) {
                    negated = true
                }
            case "mark":
                // The parser may read a condition as a complement ("would retaliate | if NATO troops were sent").
                if cues.conditionals.contains(form) && (sentence.label(node).hasPrefix("advcl") || sentence.label(node) == "ccomp") {
                    mark(form, possibility: true)
                    conditional = true
                }
            case "cop":
                break
            default:
                break
            }
            if negated { return }
        }
    }
}
