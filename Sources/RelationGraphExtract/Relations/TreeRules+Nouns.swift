import RelationGraph

/// Noun cues ("Russia's invasion of Ukraine", "US sanctions on Venezuela"),
/// nouns of receiving, and soldiers named with their state.
extension TreeRules {
    // MARK: Noun cues

    /// Who does what the noun names: "Russia's invasion", "Israeli strikes",
    /// "US sanctions", "attacks by Hamas", "the attacks led by Hamas".
    func nounAgents(_ noun: Int) -> [(party: Int32, word: Int)] {
        var agents = ownerModifiers(noun)
        var by = obliques(noun, cases: ["by", "from"])
        if by.isEmpty {
            // "any transfer of missiles by Iran": the parser often hangs the doer on the act's "of" phrase.
            by = sentence.children(noun, "nmod").filter { sentence.caseOf($0) == "of" }.flatMap { obliques($0, cases: ["by"]) }
        }
        agents += by.flatMap(arguments)
        let of = obliques(noun, cases: ["of"])
        let governed = sentence.head(noun).map { obliques($0, cases: ["against"]).filter { $0 > noun } } ?? []
        if agents.isEmpty, cues.nouns[lemmas[noun]]?.kind == "attack",
           !(obliques(noun, cases: ["against"]) + of.flatMap { obliques($0, cases: ["against"]) } + governed).isEmpty {
            // "the aggression of the Zionist regime against military centres": with its target named by
            // "against" (which the parser may hang on the "of" phrase or on the verb), an act's "of" phrase is
            // its doer.
            agents += of.flatMap(arguments)
        }
        for clause in sentence.children(noun, "acl")
        where (sentence.isPassive(clause) && !cues.qualifiers.contains(lemmas[clause])) || cues.agentiveParticiples.contains(lemmas[clause]) {
            agents += agentPhrases(clause).flatMap(arguments)
        }
        return agents
    }

    func nounTargets(_ noun: Int, kind: String) -> [(party: Int32, word: Int)] {
        var cases = targetCases(kind)
        switch lemmas[noun] {
        case "invasion", "occupation", "bombardment", "siege", "bombing", "shelling": cases.formUnion(["of", "in"])
        // An insurgency in a country is waged against its state.
        case "insurgency", "insurrection", "rebellion": cases.formUnion(["in"])
        case "war", "offensive": cases.formUnion(["in", "with"])
        // "the designation of entities involved in Iran's missile programme": who is designated.
        case "designation", "blacklisting": cases.formUnion(["of"])
        // "the deployment of US missiles in Germany": where soldiers or materiel are deployed receives them.
        case "deployment", "presence": cases.formUnion(["in"])
        default: if kind == "attack" { cases.remove("in") }
        }
        var targets = obliques(noun, cases: cases).flatMap { targetArguments($0, kind: kind) }
        if kind == "sanction" {
            // "restrictive measures in respect of Belarus", "with regard to Iran": a phrase of reference names whom.
            targets += sentence.children(noun, "nmod", exact: true).filter { cues.referenceNouns.contains(lemmas[$0]) }
                .flatMap { obliques($0, cases: ["of", "to"]) }.flatMap { targetArguments($0, kind: kind) }
        }
        for clause in sentence.children(noun, "acl") where cues.aimingVerbs.contains(lemmas[clause]) {
            targets += (objects(clause) + obliques(clause, cases: ["at", "on", "against"])).flatMap { targetArguments($0, kind: kind) }
        }
        if targets.isEmpty, kind == "attack",
           obliques(noun, cases: ["against", "on", "at"]).contains(where: { cues.placedTargets.contains(lemmas[$0]) }) {
            // "the aggression … against several military centres in the provinces of Tehran": where sites nobody
            // owns are may hang on the act, as it may on a verb.
            targets = obliques(noun, cases: cues.placedTargetCases).flatMap { targetArguments($0, kind: kind) }
        }
        if targets.isEmpty {
            // "deliveries of arms to Israel": the parser often hangs the phrase on the noun's own dependent.
            // ("the presence of North Korean soldiers in the Kursk region": where soldiers are, on the soldiers.)
            let deep = kind == "supply" ? ["to"] : kind == "attack" ? ["on", "against"] : kind == "sanction" ? ["on", "against"]
                : kind == "troops" ? ["to", "in"] : []
            targets = deep.flatMap { attached(noun, case: $0) }.flatMap { targetArguments($0, kind: kind) }
        }
        if targets.isEmpty, kind == "supply" {
            // "the sale of Stinger missiles and related equipment to Taiwan": the parser may make the second of two
            // things sold a conjunct of the sale, with the "to" phrase on it.
            targets = sentence.children(noun, "conj", exact: true).filter { isMateriel($0) && !cues.nouns.keys.contains(lemmas[$0]) }
                .flatMap { obliques($0, cases: ["to"]) }.flatMap { targetArguments($0, kind: kind) }
        }
        if targets.isEmpty, sentence.label(noun) == "conj", let first = sentence.head(noun), sentence.words[first].upos == .noun {
            // "the production and transfer of drones to Russia": a phrase after the second of two coordinated acts,
            // hung on the first, is both's.
            targets = obliques(first, cases: cases).filter { $0 > noun }.flatMap { targetArguments($0, kind: kind) }
            if targets.isEmpty, kind == "supply" {
                targets = attached(first, case: "to").filter { $0 > noun }.flatMap { targetArguments($0, kind: kind) }
            }
        }
        if targets.isEmpty, let head = sentence.head(noun), sentence.label(noun) != "conj" {
            // "in support of its war against Ukraine", "continued its rocket fire into Israel": the phrase
            // after the noun was hung on the word that governs it.
            var later = obliques(head, cases: cases).filter { $0 > noun }
            // "deepens its support for Moscow's war in Ukraine": or on the verb above that word, right after the noun.
            if later.isEmpty, let above = sentence.head(head) {
                later = obliques(above, cases: cases).filter { sentence.startsRightAfter($0, noun) }
            }
            targets = later.flatMap { targetArguments($0, kind: kind) }
        }
        return targets
    }

    mutating func noun(_ noun: Int, _ cue: CueTable.NounCue) {
        if cue.kind == "troops" {
            // "the deployment of US missiles in Germany": materiel deployed is supplied, as by a verb.
            let deployed = obliques(noun, cases: ["of"])
            if !deployed.isEmpty, deployed.allSatisfy({ isMateriel($0) && !isPersonnel($0) }) {
                var supply = cue
                supply.kind = "supply"
                self.noun(noun, supply)
                return
            }
        }
        // "the transfer of Ukrainian children to Belarus": people moved are no supply.
        if cue.kind == "supply", case let moved = obliques(noun, cases: ["of"]), !moved.isEmpty,
           moved.flatMap(sentence.conjuncts).allSatisfy({ cues.civilianNouns.contains(lemmas[counted($0)]) }) {
            return
        }
        let kind = RelationKind(rawValue: cue.kind)
        if cue.reciprocal {
            var sides = obliques(noun, cases: ["between", "with"]).flatMap(arguments) + nounAgents(noun)
            if sides.count < 2, let head = sentence.head(noun), sentence.label(noun).hasPrefix("nsubj") {
                // "fighting is ongoing between A and B": the parser hangs "between" on the predicate.
                sides += obliques(head, cases: ["between"]).flatMap(arguments)
            }
            if sides.count == 1, ["during", "in", "amid"].contains(sentence.caseOf(noun)) {
                // "Turkey lost soldiers during confrontations with the Syrian army": one side is the subject of
                // the clause the phrase belongs to (the parser may hang it on the object).
                if let head = sentence.head(noun), let verb = holdingVerb(from: head, through: ["obj", "nmod"]) {
                    sides = subject(verb) + sides
                }
            }
            reciprocal(sides, cue: noun)
            return
        }
        if cue.kind == "threat", regardedThreat(noun) { return }
        var agents = nounAgents(noun)
        var targets = nounTargets(noun, kind: cue.kind)
        var governor: Int?
        if agents.isEmpty, cue.kind == "threat", !sentence.children(noun, "cop", exact: true).isEmpty,
           let act = sentence.children(noun, "nsubj", exact: true).first {
            // "Pyongyang said the launch was a warning to the United States": an act called a warning warns for its
            // doer, or for who says so when the act names none.
            agents = partiesOrDoers(act)
            if agents.isEmpty, sentence.label(noun) == "ccomp", let say = sentence.head(noun), cues.assertingGovernors.contains(lemmas[say]) {
                agents = subject(say)
            }
        }
        if agents.isEmpty, let attribution = attribution(of: noun) {
            agents = attribution.agents
            governor = attribution.verb
            // "The raids were blamed on Hamas": the "on" phrase that names who did it is not a target.
            targets = Self.excluding(targets, agents)
            // "Baku attributed the attack to Armenia": who lays an attack on another, naming no target, is
            // the one attacked.
            if targets.isEmpty, cue.kind == "attack" { targets = attribution.accusers }
        }
        if targets.isEmpty, let suffered = experienced(noun) {
            // "Ukraine came under attack from Russian drones", "Iran faces new sanctions from the EU".
            targets = suffered.targets
            agents += suffered.agents
        }
        if targets.isEmpty, cues.perceivedThreatNouns.contains(lemmas[noun]) {
            // "Poland will spend more, citing the threat from Russia", "joined NATO because of the threat from
            // Russia": a threat from a party, no one named as threatened, is to who speaks of it, the subject of the
            // clause that holds the noun. (The parser may hang the "from" phrase on the verb the noun is the object
            // of.)
            let from = obliques(noun, cases: ["from"]) + (sentence.head(noun).map { verb in
                obliques(verb, cases: ["from"]).filter { sentence.startsRightAfter($0, noun) }
            } ?? [])
            if !from.isEmpty {
                if agents.isEmpty { agents = from.flatMap(arguments) }
                if let verb = holdingVerb(from: noun, through: ["obj", "obl", "nmod"]) { targets = Self.excluding(subject(verb), agents) }
            }
        }
        if targets.isEmpty, cue.kind == "attack", sentence.caseOf(noun) == "to", let response = sentence.head(noun),
           cues.retaliationNouns.contains(lemmas[response]) {
            // "Israel is weighing a response to Tuesday's missile attack by Iran": an attack answered was on who
            // answers it.
            targets = possessors(response, labels: ["nmod:poss", "amod"])
            if targets.isEmpty, sentence.label(response) == "obj", let verb = sentence.head(response) { targets = subject(verb) }
        }
        if targets.isEmpty, cue.kind == "attack", let head = sentence.head(noun),
           sentence.label(noun) == "nsubj" || sentence.label(noun) == "obl:agent"
            || (sentence.label(noun) == "obl" && ["in", "during"].contains(sentence.caseOf(noun)) && sentence.isPassive(head)),
           let frames = cues.verbs[lemmas[head]], frames.contains(where: { $0.kind == "attack" && $0.frame == .direct }) {
            // "Israeli strikes hit Hezbollah positions", "soldiers were killed by Israeli airstrikes", "a Hamas
            // official was killed in an Israeli strike".
            targets = (objects(head) + sentence.children(head, "nsubj:pass", exact: true)).flatMap { targetArguments($0, kind: "attack") }
            consumed.insert(head)
        }
        if targets.isEmpty, lemmas[noun] == "war" || lemmas[noun] == "conflict" {
            // "the Russia-Ukraine war": two names on the noun, the first waging it on the second.
            // The parser may nest the first name in the second ("Russia | -Ukraine war").
            let names = (modifierParties(noun, labels: ["compound", "amod", "nmod:poss"])
                + sentence.children(noun, "compound", exact: true).flatMap { modifierParties($0, labels: ["compound"]) })
                .sorted { $0.word < $1.word }
            if names.count >= 2, Set(names.map(\.party)).count == 2 {
                agents = [names[0]]
                targets = [names[names.count - 1]]
            }
        }
        // (The parser may hang the phrase on the first of two coordinated acts: "involved in the production and
        // transfer of drones".)
        let act = sentence.label(noun) == "conj" ? sentence.head(noun) ?? noun : noun
        if agents.isEmpty, ["obl", "nmod"].contains(sentence.label(act)), let adjective = sentence.head(act),
           let preposition = cues.responsibilityAdjectives[lemmas[adjective]], sentence.caseOf(act) == preposition {
            // "two North Korean officials responsible for the transfer of missiles to Russia", "Iran is
            // responsible for the attacks", "entities involved in the transfer of drones": who is responsible
            // for an act did it, for their party.
            // People of a party ("North Korean officials") stand for it here as they do when sanctioned.
            func doers(_ word: Int) -> [(party: Int32, word: Int)] {
                let named = arguments(word)
                guard named.isEmpty, cues.sanctionProxies.contains(lemmas[word]) else { return named }
                return targetArguments(word, kind: "sanction")
            }
            if ["amod", "acl"].contains(sentence.label(adjective)), let holder = sentence.head(adjective) {
                agents = doers(holder)
            } else if !sentence.children(adjective, "cop", exact: true).isEmpty {
                agents = sentence.children(adjective, "nsubj", exact: true).flatMap(doers)
            }
        }
        if agents.isEmpty, cue.kind == "attack", sentence.caseOf(act) == "in", let holder = sentence.head(act),
           // (The parser may hang the phrase on what is used.)
           let verb = sentence.label(act) == "obl" ? holder : sentence.label(act) == "nmod" && sentence.label(holder) == "obj" ? sentence.head(holder) : nil,
           !sentence.isPassive(verb), cues.verbs[lemmas[verb]]?.contains(where: { $0.frame == .use }) == true {
            // "Russia used Iranian drones in attacks on Ukrainian cities": who uses a weapon in attacks makes them.
            agents = subject(verb)
        }
        if agents.isEmpty, cue.kind == "troops" {
            // "the deployment of Russian troops to Belarus": whose soldiers are sent.
            agents = obliques(noun, cases: ["of"]).filter(isPersonnel).flatMap(owners)
        }
        // A governing verb whose own frame reads this kind of noun ("imposed sanctions") has done so already.
        // ("fought a border war": fighting reads only a party as its object.)
        func readsNoun(_ verb: Int) -> Bool {
            !cues.combatVerbs.contains(lemmas[verb]) && cues.verbs[lemmas[verb]]?.contains { $0.kind == cue.kind } ?? false
        }
        if agents.isEmpty, cue.kind == "supply", let head = sentence.head(noun), sentence.label(noun) == "obj", !readsNoun(head) {
            // "facilitating arms transfers from Belarus to Russia": the phrase was hung on the verb.
            agents = obliques(head, cases: ["from"]).filter { $0 > noun }.flatMap(arguments)
        }
        if agents.isEmpty {
            // The subject of the verb the noun is the object of: "X carried out deadly attacks on Y",
            // also through the nouns that hold it: "X signed contracts for the sale of drones to Y".
            var holder = noun
            for _ in 0..<3 where sentence.label(holder) == "nmod" && ["for", "of", "on"].contains(sentence.caseOf(holder)) {
                guard let up = sentence.head(holder) else { break }
                holder = up
            }
            // "signed an agreement on the delivery of drones to Kenya" with the noun hung on the verb.
            let besideAgreement = cues.agreement(besideNoun: holder, in: sentence) != nil
            // "approved an arms sale to Taiwan" with "sale" read as a verb: the clause the parser built around
            // the noun stands in the object's place.
            let complement = sentence.words[holder].upos == .verb && ["ccomp", "xcomp"].contains(sentence.label(holder))
            // "Russia regards the deployment of US missiles as a threat": who regards an act as something does not
            // do it (though who "is considering new sanctions" plans them).
            func regards(_ verb: Int) -> Bool { cues.regardingVerbs.contains(lemmas[verb]) && !obliques(verb, cases: ["as"]).isEmpty }
            if let head = sentence.head(holder), sentence.label(holder) == "obj" || sentence.label(holder) == "nsubj:pass" || besideAgreement
                || complement,
               !readsNoun(head), !cues.violationVerbs.contains(lemmas[head]), !regards(head),
               // "France condemned the attacks on Israel", "Japan welcomed the sanctions on Russia".
               !cues.stanceVerbs.contains(lemmas[head]) {
                if cues.supportVerbs.contains(lemmas[head]) {
                    // "China helps it wage war against Ukraine" (with "wage" tagged as an adjective): who is helped
                    // wages it; the helper does not (guideline 11).
                    agents = sentence.children(head, "obj", exact: true).filter { $0 != holder }.flatMap(arguments)
                        + sentence.children(head, "iobj", exact: true).flatMap(arguments)
                } else {
                    agents = subject(head)
                    // "accused Azerbaijan of opening fire on its positions": the act is as surely done as the
                    // clause that names its doer says (a charge, hedged); so is what its doer "will pursue",
                    // "agreed to prioritise" or "refused to approve" (a verb whose own clause hedges or denies).
                    // (Not a condition: "if the DPRK enters the war" supposes its entering, not the war; nor when the
                    // verb denies the noun itself: "voted to lift the embargo".)
                    let clause = ClauseModality(sentence: sentence, cues: cues, cue: head)
                    if isCharge(head) {
                        governor = head
                    } else if (clause.hedge != nil && !clause.conditional) || clause.negated,
                              !ClauseModality(sentence: sentence, cues: cues, cue: noun).negated {
                        governor = head
                    }
                }
            }
        }
        // "responded with new measures, including sanctions on Iran": a member of a list stands where the list does.
        var listed = noun
        if sentence.label(noun) == "nmod", cues.memberCases.contains(sentence.caseOf(noun)), let list = sentence.head(noun) { listed = list }
        if agents.isEmpty, let head = sentence.head(listed), sentence.label(listed) == "obl", sentence.caseOf(listed) == "with",
           cues.responseVerbs.contains(lemmas[head]) {
            // "Israel responded with airstrikes against Hezbollah": who responds does what it responds with, as
            // surely as it responds ("will respond with sanctions" announces them).
            agents = subject(head)
            governor = head
        }
        if agents.isEmpty, let head = sentence.head(noun), sentence.label(noun) == "obl", sentence.caseOf(noun) == "in",
           cues.companionVerbs.contains(lemmas[head]) {
            // "Japan joined Australia in (imposing) sanctions on Iran": who joins and whom it joins both do it.
            agents = subject(head) + objects(head).flatMap(arguments)
        }
        if targets.isEmpty, cue.kind == "sanction", let head = sentence.head(noun), sentence.label(noun) == "obj",
           cues.violationVerbs.contains(lemmas[head]),
           (obliques(noun, cases: targetCases(cue.kind)) + obliques(head, cases: targetCases(cue.kind))
               .filter { sentence.startsRightAfter($0, noun) }).isEmpty {
            // "North Korea defied UN sanctions": with no target named, who evades the measures is under them;
            // not when the measures name one the text does not let us resolve ("violated an embargo on the
            // country", the parser hanging the phrase on the verb or on the noun).
            targets = subject(head)
        }
        if targets.isEmpty, cue.kind == "sanction", let head = sentence.head(noun), sentence.isPassive(head),
           sentence.label(noun) == "obl:agent" || sentence.caseOf(noun) == "by" {
            // "Iran has been hit by Western sanctions": what the sanctions act on is sanctioned.
            targets = sentence.children(head, "nsubj:pass", exact: true).flatMap { targetArguments($0, kind: cue.kind) }
        }
        if targets.isEmpty, cue.kind == "sanction" {
            // "North Korea is under (some of the toughest) sanctions": the predicate's subject.
            var predicate = noun
            if let head = sentence.head(predicate), sentence.label(predicate) == "nmod", sentence.caseOf(predicate) == "of" { predicate = head }
            if sentence.caseOf(predicate) == "under" { targets = sentence.children(predicate, "nsubj").flatMap(arguments) }
        }
        if agents.isEmpty, let head = sentence.head(noun), sentence.words[head].upos == .adj, sentence.label(noun) == "obl",
           cues.hedgeGovernors.contains(lemmas[head]) {
            // "the US was ready for new sanctions against China": who is ready does it (hedged by "ready").
            agents = subject(head)
        }
        if agents.isEmpty, cue.kind == "supply" {
            // "the delivery of American tanks to Ukraine": as for "the American weapons provided to Ukraine",
            // the demonym on what is delivered names who delivers it.
            agents = obliques(noun, cases: ["of"]).filter { isMateriel($0) && !isPersonnel($0) }
                .flatMap { modifierParties($0, labels: ["amod", "compound"]) }
                .filter { owner in
                    // A state's name used as a modifier ("US missiles") names it as well as its demonym.
                    let mention = sentence.mentions[sentence.mentionAt[owner.word]]
                    return mention.isDemonym || (sentence.words[owner.word].upos == .propn && !mention.isPlace && !mention.isOrigin)
                }
        }
        if cue.kind == "attack", !agents.isEmpty, let head = sentence.head(noun), sentence.label(noun) == "obj",
           let accused = accusedTargets(head, agents: agents, found: targets) {
            // "Armenia accused Azerbaijan of opening fire (on its positions)": as for a verb of attack.
            targets = accused
            governor = head
        }
        if !agents.isEmpty { agents += jointAgents(noun) }
        if agents.isEmpty, cues.mutualNouns.contains(lemmas[noun]), !sentence.children(noun, "cop").isEmpty {
            // "Armenia and Azerbaijan are at war", "Sudan is at war with the RSF": the predicate's subjects and
            // whom they are at war with fight each other (guideline 7).
            let sides = sentence.children(noun, "nsubj").flatMap(arguments) + obliques(noun, cases: ["with"]).flatMap(arguments)
            if Self.distinct(sides).count >= 2 {
                reciprocal(sides, cue: noun)
                return
            }
        }
        if mutual(noun, agents: agents, targets: targets) { return }
        if cues.mutualNouns.contains(lemmas[noun]), governor == nil, !sentence.children(noun, "nmod:poss", exact: true).isEmpty {
            // "in its two-year war with the paramilitary group": a party's war with another is fought by both
            // (guideline 7), as it stands; a war threatened or planned ("threatened all-out war with Israel") is
            // the threatener's.
            // (The parser may hang the "with" phrase on the word that governs the noun.)
            let later = sentence.head(noun).map { obliques($0, cases: ["with"]).filter { sentence.startsRightAfter($0, noun) } } ?? []
            let partners = (obliques(noun, cases: ["with"]) + later).flatMap(arguments)
            let modality = ClauseModality(sentence: sentence, cues: cues, cue: noun)
            if !partners.isEmpty, modality.hedge == nil, !modality.threatened, !modality.negated {
                reciprocal(agents + partners, cue: noun)
                return
            }
        }
        if cue.kind == "supply", agents.isEmpty { return }
        if governor == nil, let head = sentence.head(noun), isPresupposed(noun, by: head) {
            emit(agents, kind, targets, cue: noun, modality: ClauseModality(), verb: head)
        }
        add(agents, kind, targets, cue: noun, governor: governor)
    }

    /// A war that parties named together fight with no target named is fought on each other ("India and
    /// Pakistan have fought three wars", guideline 7): adds both directions and says so.
    mutating func mutual(_ noun: Int, agents: [(party: Int32, word: Int)], targets: [(party: Int32, word: Int)]) -> Bool {
        guard targets.isEmpty, cues.mutualNouns.contains(lemmas[noun]), Self.distinct(agents).count >= 2 else { return false }
        reciprocal(agents, cue: noun)
        return true
    }

    /// Whether what a definite noun names is in force or under way whatever its clause says (asserted, besides
    /// what the clause says of it): the object of a verb that keeps, resumes or widens it (`continuationVerbs`),
    /// unless negated. "agreed to extend the sanctions on Russia", "may renew its sanctions" (guideline 17
    /// hedges what is agreed, not what exists), "if it continued its attacks on Ukraine"; not "will continue
    /// attacks against Israel", a threat of more.
    func isPresupposed(_ noun: Int, by verb: Int) -> Bool {
        guard cues.continuationVerbs.contains(lemmas[verb]), sentence.head(noun) == verb, sentence.label(noun) == "obj" else { return false }
        let definite = sentence.children(noun, "det").contains { lemmas[$0] == "the" } || !sentence.children(noun, "nmod:poss").isEmpty
        return definite && !ClauseModality(sentence: sentence, cues: cues, cue: verb).negated
    }

    /// Whether a verb is the charge of an accusation: a clause with "of" or "for" on an accusation verb or on
    /// its object ("accused Azerbaijan of opening fire", "blamed Iran for supplying").
    func isCharge(_ verb: Int) -> Bool {
        guard ["acl", "advcl"].contains(sentence.label(verb)),
              sentence.children(verb, "mark").contains(where: { ["of", "for"].contains(lemmas[$0]) }),
              var above = sentence.head(verb) else { return false }
        if sentence.label(above) == "obj", let governor = sentence.head(above) { above = governor }
        return cues.accusationVerbs.contains(lemmas[above])
    }

    /// Who a joint act is done with: "joint attacks with M23 fighters", "combined strikes with Britain",
    /// also when the parser hangs the "with" phrase on the verb after the noun.
    func jointAgents(_ noun: Int) -> [(party: Int32, word: Int)] {
        guard sentence.children(noun, "amod").contains(where: { cues.jointModifiers.contains(lemmas[$0]) }) else { return [] }
        let after = sentence.head(noun).map { obliques($0, cases: ["with"]).filter { $0 > noun } } ?? []
        return (obliques(noun, cases: ["with"]) + after).flatMap(arguments)
    }

    /// Who an act is laid on, who lays it, and the verb that does: "blamed Russia for the strike",
    /// "accused Iran of attacks", "attributed the attack to Armenia", "the strikes were blamed on Hamas",
    /// "an attack (that Baku) attributed to Armenia"; `nil` when no accusation verb names a party.
    func attribution(of noun: Int) -> (agents: [(party: Int32, word: Int)], accusers: [(party: Int32, word: Int)], verb: Int)? {
        var verb: Int?
        var agents: [(party: Int32, word: Int)] = []
        if let head = sentence.head(noun) {
            let label = sentence.label(noun), preposition = sentence.caseOf(noun)
            if cues.accusationVerbs.contains(lemmas[head]) {
                if label.hasPrefix("obl") || label == "nmod", preposition == "for" || preposition == "of" {
                    agents = sentence.children(head, "obj", exact: true).flatMap(arguments)
                } else if label == "obj" || label == "nsubj:pass" {
                    // The parser may hang the phrase on the act: "attributed [the ambush to al-Shabaab]".
                    agents = obliques(head, cases: ["to", "on"]).flatMap(arguments)
                    if agents.isEmpty { agents = obliques(noun, cases: ["to"]).flatMap(arguments) }
                }
                verb = head
            } else if label == "nmod", preposition == "for" || preposition == "of", sentence.label(head) == "obj",
                      let accusing = sentence.head(head), cues.accusationVerbs.contains(lemmas[accusing]) {
                // "blamed Moscow for the strike" with the phrase hung on the object.
                agents = arguments(head)
                verb = accusing
            }
        }
        if agents.isEmpty {
            // "two explosions and a mortar attack that Baku attributed to Armenia": the parser may hang the
            // clause on the coordination's first conjunct; it is the last one's, the noun's, too.
            let coordinated = sentence.label(noun) == "conj" ? sentence.head(noun).map { [$0] } ?? [] : []
            let clauses = sentence.children(noun, "acl") + coordinated.flatMap { first in
                sentence.children(first, "acl").filter { $0 > noun }
            }
            for clause in clauses where cues.accusationVerbs.contains(lemmas[clause]) {
                agents = obliques(clause, cases: ["to", "on"]).flatMap(arguments)
                verb = clause
                if !agents.isEmpty { break }
            }
        }
        guard let verb, !agents.isEmpty else { return nil }
        // A relative clause's own subject lays it ("the attack that Baku attributed to Armenia"); a participle
        // names nobody ("an attack attributed to Armenia").
        let named = sentence.children(verb, "nsubj", exact: true)
        let accusers = Self.excluding(named.isEmpty ? (sentence.label(verb) == "acl" ? [] : subject(verb)) : named.flatMap(arguments), agents)
        return (agents, accusers, verb)
    }

    /// "The US is Israel's largest supplier of arms", "China has become Pakistan's biggest weapons
    /// supplier", "Russia, the main arms supplier to Algeria, …": who the noun is said to be (the subject
    /// of its copula or linking verb, or the name it is in apposition to) supplies its owner or its "to"
    /// phrase. Only a supplier of materiel counts.
    mutating func supplierNoun(_ noun: Int) {
        let goods = sentence.children(noun, "compound", exact: true)
            + sentence.children(noun, "nmod").filter { sentence.caseOf($0) == "of" }.map(counted)
        // ("Ukraine's second-largest military donor": or qualified as materiel, guideline 11.)
        let qualified = sentence.children(noun, "amod").contains { cues.aidQualifiers.contains(lemmas[$0]) }
        guard goods.contains(where: isMateriel) || qualified else { return }
        // The parser may hang the "to" phrase on the goods: "a supplier of missiles to Iran".
        // ("a major supplier of its weapons": whose the goods are is who gets them.)
        let recipients = (sentence.children(noun, "nmod:poss", exact: true) + goods.flatMap { sentence.children($0, "nmod:poss", exact: true) })
            .flatMap(arguments)
            + (obliques(noun, cases: ["to", "for"]) + goods.flatMap { obliques($0, cases: ["to", "for"]) }).flatMap(arguments)
        var suppliers: [(party: Int32, word: Int)] = []
        // The linking verb's clause is the noun's: "could become a supplier" is hedged.
        var governor: Int?
        // "Poland is one of the largest suppliers of tanks to Kyiv": the number is the predicate.
        var predicate = noun
        if sentence.label(noun) == "nmod", sentence.caseOf(noun) == "of", let head = sentence.head(noun),
           sentence.words[head].upos == .num {
            predicate = head
        }
        if !sentence.children(predicate, "cop", exact: true).isEmpty {
            suppliers = sentence.children(predicate, "nsubj", exact: true).flatMap(arguments)
            // "Russia, which has long been Armenia's main arms supplier": a relative clause's predicate, or a
            // second one coordinated with it, is about its antecedent.
            if suppliers.isEmpty { suppliers = subject(predicate) }
        } else if let head = sentence.head(predicate) {
            if ["xcomp", "obj"].contains(sentence.label(predicate)), cues.linkingVerbs.contains(lemmas[head]) {
                suppliers = subject(head)
                governor = head
            } else if sentence.label(predicate) == "appos" {
                suppliers = arguments(head)
            } else if sentence.label(predicate) == "conj", sentence.label(head) == "appos", let named = sentence.head(head) {
                // "China, Cambodia's largest investor and a major supplier of its weapons": the second of two
                // appositions.
                suppliers = arguments(named)
            }
        }
        add(suppliers, .supply, recipients, cue: noun, governor: governor)
    }

    /// "Russia's procurement of arms from North Korea": the supplier follows "from".
    mutating func receivedNoun(_ noun: Int) {
        let things = sentence.children(noun, "nmod").filter { sentence.caseOf($0) == "of" }.map(counted)
        guard things.contains(where: isMateriel) || things.isEmpty else { return }
        let suppliers = (obliques(noun, cases: ["from"]) + things.flatMap { obliques($0, cases: ["from"]) }).flatMap(arguments)
        add(suppliers, .supply, modifierParties(noun, labels: ["nmod:poss", "amod", "compound"]), cue: noun)
    }

    /// Soldiers named with their state and where they are: "North Korean
    /// troops in Russia", "Rwandan soldiers deployed to Mozambique", "Wagner
    /// fighters joined the Malian army".
    mutating func personnel(_ noun: Int) {
        var agents = owners(noun)
        guard !agents.isEmpty, !isCivilian(noun), !isDesignated(noun) else { return }
        if sentence.words[noun].xpos == "NN" || sentence.words[noun].xpos == "NNP", cues.forceNouns.contains(lemmas[noun]) {
            // One force of a party somewhere ("the UN force in Lebanon", "NATO's battlegroup in Estonia") is
            // stationed there (guideline 13), where "Russian forces in Ukraine" may be an invading army.
            var hosts = obliques(noun, cases: ["in", "inside"]).flatMap(stationedIn)
            // "Latvia, where Canada leads a NATO battlegroup": placed at what the relative clause describes.
            if hosts.isEmpty, let verb = sentence.head(noun), sentence.label(noun) == "obj", let antecedent = whereAntecedent(verb) {
                hosts = arguments(antecedent)
            }
            if !hosts.isEmpty {
                add(agents.filter { agent in !hosts.contains { $0.party == agent.party } }, .troops, hosts, cue: noun)
                return
            }
        }
        // A state's own army, navy or forces are not troops sent to anyone, unless a participle says they are
        // stationed somewhere ("American forces stationed in Iraq").
        let stationed = sentence.children(noun, "acl").contains { placesSoldiers($0) && sentence.isPassive($0) }
        // ("Eritrean forces fought alongside the Ethiopian army": a force that fights beside another's is with it.)
        let beside = sentence.label(noun) == "nsubj" && sentence.head(noun).map { predicate in
            cues.presenceVerbs.contains(lemmas[predicate]) && !obliques(predicate, cases: cues.companionCases).isEmpty
        } == true
        // ("U.S. forces rotate through Philippine bases": nor is one that moves through a state's installations.)
        let based = sentence.label(noun) == "nsubj" && sentence.head(noun).map { predicate in
            cues.verbs[lemmas[predicate]]?.contains { $0.frame == .send } == true
                && obliques(predicate, cases: ["at", "through"]).contains { isInstallation($0) && !possessors($0).isEmpty }
        } == true
        guard !cues.ownForces.contains(lemmas[noun]) || stationed || beside || based else { return }
        // Soldiers merely "in" a country may be invaders; only "to" says they were sent there. Advisers,
        // trainers and peacekeepers in a country are there with its consent.
        var targets = obliques(noun, cases: ["to"]).flatMap(arguments)
        // "Mali received Russian instructors", "Chad invited French troops": who receives soldiers has them sent to it.
        let listed = sentence.label(noun) == "conj" ? sentence.head(noun) ?? noun : noun
        // ("acquired Chinese stealth fighters": a word that also names materiel is materiel there.)
        if sentence.label(listed) == "obj", !isMateriel(noun), let verb = sentence.head(listed),
           cues.verbs[lemmas[verb]]?.contains(where: { $0.frame == .receive }) == true && !cues.possessionVerbs.contains(lemmas[verb])
            || cues.invitingVerbs.contains(lemmas[verb]) {
            targets += subject(verb)
        }
        // A quantity that counts them may stand in the subject's place ("Hundreds of Iranian advisers are in
        // Syria", "Hundreds of Russian instructors arrived in Mali").
        var counter = listed
        while sentence.caseOf(counter) == "of", let quantity = sentence.head(counter), cues.quantityNouns.contains(lemmas[quantity]) {
            counter = quantity
        }
        if cues.hostedPersonnel.contains(lemmas[noun]) {
            targets += obliques(noun, cases: ["in", "inside"]).flatMap(arguments)
        }
        // "UNIFIL positions came under fire, injuring peacekeepers from Indonesia": members of a force serve where
        // the document's named force is.
        if targets.isEmpty, cues.forceMembers.contains(lemmas[noun]) { targets = documentHost.map { ($0, noun) } }
        // "a military base used by Ugandan troops in Somalia": soldiers who use or man an installation are
        // stationed where it, or they, are said to be.
        if sentence.label(noun) == "obl:agent", let participle = sentence.head(noun), sentence.label(participle) == "acl",
           let installation = sentence.head(participle), isInstallation(installation) {
            targets += [noun, participle, installation].flatMap { obliques($0, cases: ["in", "inside"]) }.flatMap(stationedIn)
        }
        // "Iranian advisers are in Syria", "1,500 American personnel are currently in the Kurdistan Region": the
        // place is the predicate. Soldiers of a party that attacks the place's state are invaders, and the
        // document's attack removes them (``Extractor``).
        // (A reported clause's predicate has its "that" as well as its "in".)
        if sentence.label(counter) == "nsubj", let predicate = sentence.head(counter),
           sentence.children(predicate, "case", exact: true).contains(where: { ["in", "inside"].contains(lemmas[$0]) }),
           !sentence.children(predicate, "cop").isEmpty || cues.hostedPersonnel.contains(lemmas[noun]) {
            targets += arguments(predicate)
        }
        // "reports of Belarusian troops deploying to Syria": the parser may hang the participle on the noun
        // the soldiers are "of", right after the soldiers' own phrase.
        var clauses = sentence.children(noun, "acl")
        if sentence.caseOf(noun) == "of", let holder = sentence.head(noun) {
            clauses += sentence.children(holder, "acl").filter { sentence.startsRightAfter($0, noun) }
        }
        // "reports about their troops potentially deploying to Russia": or on the verb whose object (or its
        // phrase) holds the soldiers, as an adverbial clause right after them with no subject or conjunction;
        // so may a purpose clause be ("oversaw the deployment of soldiers to fight alongside Russian forces").
        var holder = noun
        for _ in 0..<3 where ["obj", "obl", "nmod"].contains(sentence.label(holder)) {
            guard let governor = sentence.head(holder) else { break }
            holder = governor
            guard sentence.words[governor].upos == .verb else { continue }
            clauses += sentence.children(governor, "advcl", exact: true).filter { clause in
                let marks = sentence.children(clause, "mark")
                let participle = sentence.words[clause].xpos == "VBG" && marks.isEmpty
                let purpose = sentence.words[clause].xpos == "VB" && !marks.isEmpty && marks.allSatisfy { lemmas[$0] == "to" }
                return sentence.startsRightAfter(clause, noun) && (participle || purpose) && sentence.children(clause, "nsubj").isEmpty
            }
            break
        }
        for clause in clauses {
            let lemma = lemmas[clause]
            var placed: [(party: Int32, word: Int)] = []
            if cues.joiningVerbs.contains(lemma) {
                placed = joined(clause)
            } else if placesSoldiers(clause) {
                // "troops, which have served alongside the British contingent in Estonia": beside a force placed
                // somewhere, they are where it is (guideline 13), not with whose it is.
                placed = obliques(clause, cases: ["in", "to", "into", "for", "alongside", "with"]).flatMap { place in
                    isPlacedForce(place) ? stationedIn(place) : arguments(place)
                }
            }
            // "troops potentially deploying to Russia": the participle's own hedge or negation counts; without
            // one, the clause the soldiers are named in decides ("fears North Korean troops deploying to Russia").
            let own = ClauseModality(sentence: sentence, cues: cues, cue: clause)
            if own.negated || own.hedge != nil {
                add(agents.filter { agent in !placed.contains { $0.party == agent.party } }, .troops, placed, cue: noun, governor: clause)
            } else {
                targets += placed
            }
        }
        // A headline-like "American troops arrived in Poland" may come out as a noun phrase with the verb as
        // its `acl`; the verb is still the predicate of the soldiers.
        var predicate = sentence.label(counter).hasPrefix("nsubj") ? sentence.head(counter)
            : sentence.label(noun) == "root" ? sentence.children(noun, "acl", exact: true).first { sentence.words[$0].upos == .verb } : nil
        // "will allow Japanese troops to train in the Philippines": what soldiers are allowed to do, they do as
        // surely as the allowing says.
        if predicate == nil, ["obj", "iobj"].contains(sentence.label(counter)), let verb = sentence.head(counter),
           cues.allowingVerbs.contains(lemmas[verb]) {
            predicate = (sentence.children(verb, "xcomp", exact: true) + sentence.children(verb, "advcl", exact: true))
                .first { $0 > counter && (sentence.words[$0].xpos == "VB" || sentence.children($0, "mark").contains { lemmas[$0] == "to" }) }
        }
        // Where the predicate places them, its own clause says how surely: "may arrive", "did not arrive".
        var governor: Int?
        if let head = predicate {
            let lemma = lemmas[head]
            let before = targets.count
            defer { if targets.count > before { governor = head } }
            let sends = cues.verbs[lemma]?.contains { $0.frame == .send } ?? false
            if sends || cues.presenceVerbs.contains(lemma) {
                // Whose army they join comes before where it fights: "joined the Russian army in Ukraine".
                if cues.joiningVerbs.contains(lemma) {
                    targets += joined(head)
                }
                if targets.isEmpty {
                    // "serve in the NATO mission in Kosovo": soldiers in a force are where it is (guideline 13).
                    // Soldiers who fight or operate beside a party join its side, wherever that is: "fighting
                    // alongside M23 rebels in eastern Congo", "alongside Russian troops in Ukraine"; soldiers
                    // stationed or serving beside others are with the state they are in ("serve alongside US
                    // troops in Lithuania"). Where they are sent comes first.
                    // (A state's own forces count only for whom they fight beside, not where: "Rwandan forces
                    // fighting alongside M23 in eastern Congo" are no troops sent to Congo.)
                    let places: [Set<String>] = cues.ownForces.contains(lemmas[noun]) ? [] : [["in", "inside"]]
                    let sides: [Set<String>] = [cues.sideCases]
                    let takesSide = cues.sideTakingVerbs.contains(lemma)
                    let order = takesSide ? [["to"]] + sides + places : [["to"]] + places + sides
                    for cases: Set<String> in order + [["with"]] where targets.isEmpty {
                        targets += obliques(head, cases: cases).flatMap { place in
                            if isPlacedForce(place) { return stationedIn(place) }
                            // The parser may hang where they serve on whom they serve with ("alongside US troops | in Lithuania").
                            let beside = !takesSide && !places.isEmpty && !cases.isDisjoint(with: ["alongside", "with"])
                            let there = beside ? obliques(place, cases: ["in", "inside"]).flatMap(arguments) : []
                            return there.isEmpty ? arguments(place) : there
                        }
                    }
                    // "U.S. forces rotate through nine Philippine military bases": a state's installation they move
                    // through or are at places them with it (not a body's: "through a UN base in Lebanon" may be
                    // an invader's way).
                    if targets.isEmpty, sends {
                        targets += obliques(head, cases: ["at", "through"]).filter(isInstallation).flatMap { possessors($0) }
                    }
                    // "fighting alongside Russian forces" with "alongside" tagged as an adverb and the forces as object.
                    let alongside = sentence.children(head, "advmod").filter { lemmas[$0] == "alongside" }
                    if targets.isEmpty {
                        targets += objects(head).filter { alongside.contains(sentence.subtreeStart($0) - 1) }.flatMap(arguments)
                    }
                }
            }
        }
        agents = agents.filter { agent in !targets.contains { $0.party == agent.party } }
        add(agents, .troops, targets, cue: noun, governor: governor)
    }

    /// Whom soldiers who join something are with: the party whose army they join ("joined the Russian army"),
    /// or, for a force placed somewhere, where it is ("will join the African Union mission in Somalia",
    /// guideline 13).
    func joined(_ verb: Int) -> [(party: Int32, word: Int)] {
        objects(verb).flatMap { force in
            cues.forceNouns.contains(lemmas[force].lowercased()) && !obliques(force, cases: ["in", "inside"]).isEmpty
                ? stationedIn(force) : arguments(force)
        }
    }

    /// Who suffers an act and who does it, when the noun names it as undergone: the object of a verb of
    /// undergoing ("faces sanctions", "suffered attacks", `experiencerVerbs`) or a phrase "under" it
    /// ("came under attack", "is under fire") or what a party fights "against" ("in its fight against Russia's
    /// invasion"): the subject (or the fight's owner) suffers it, and a "from" or "by" phrase on
    /// the verb names who does it (whose weapons they are, for materiel: "from Russian drones").
    /// Nil when the noun is not named as undergone.
    ///
    /// - Complexity: O(*d*) in the dependents of the noun's governor.
    func experienced(_ noun: Int) -> (agents: [(party: Int32, word: Int)], targets: [(party: Int32, word: Int)])? {
        guard let verb = sentence.head(noun) else { return nil }
        // "Ukraine is fighting against Russia's invasion", "in its fight against Russia's invasion": an act fought
        // against is undergone by whoever fights it.
        if sentence.caseOf(noun) == "against", cues.combatVerbs.contains(lemmas[verb]) {
            if sentence.words[verb].upos == .verb, sentence.label(noun).hasPrefix("obl") { return ([], subject(verb)) }
            if sentence.words[verb].upos == .noun, sentence.label(noun) == "nmod" {
                return ([], sentence.children(verb, "nmod:poss", exact: true).flatMap(arguments))
            }
        }
        // (The parser may hang the phrase on the verb above the fight, right after it: "support Ukraine in its fight
        // | against Russia's invasion".)
        if sentence.caseOf(noun) == "against", sentence.label(noun).hasPrefix("obl"),
           let fight = sentence.children[verb].first(where: { word in
               sentence.words[word].upos == .noun && cues.combatVerbs.contains(lemmas[word]) && sentence.startsRightAfter(noun, word)
           }) {
            return ([], sentence.children(fight, "nmod:poss", exact: true).flatMap(arguments))
        }
        // "the group, which has been subject to a UN arms embargo": what a party is subject to, it undergoes.
        // (The tagger may read the adjective as a noun, with the copula still on it.)
        let adjective = cues.experiencerAdjectives.contains(lemmas[verb])
            && (sentence.words[verb].upos == .adj || !sentence.children(verb, "cop", exact: true).isEmpty)
        guard sentence.words[verb].upos == .verb || sentence.words[verb].upos == .aux || adjective else { return nil }
        let undergone = (sentence.label(noun) == "obj" && cues.experiencerVerbs.contains(lemmas[verb]))
            || (sentence.label(noun).hasPrefix("obl") && sentence.caseOf(noun) == "under")
            || (adjective && ["obl", "nmod"].contains(sentence.label(noun)) && sentence.caseOf(noun) == "to")
        guard undergone else { return nil }
        let agents = obliques(verb, cases: ["from", "by"]).filter { $0 > noun }.flatMap(actors)
        return (agents, subject(verb))
    }

    /// The parties a word names, or for materiel and soldiers named by their state, that state ("Russian drones").
    func actors(_ word: Int) -> [(party: Int32, word: Int)] {
        let named = arguments(word)
        guard named.isEmpty, isMateriel(word) || isPersonnel(word) else { return named }
        let owners = sentence.conjuncts(word).flatMap { modifierParties($0, labels: ["amod", "compound", "nmod:poss"]) }
        guard owners.isEmpty, isMateriel(word) else { return owners }
        // "Drones launched by the RSF struck …": or who launched, fired or operated them.
        return sentence.children(word, "acl", exact: true).filter { sentence.isPassive($0) || sentence.words[$0].xpos == "VBN" }
            .flatMap(agentPhrases).flatMap(arguments)
    }
}
