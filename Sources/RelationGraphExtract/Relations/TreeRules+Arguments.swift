import RelationGraph

/// Who a cue's dependents stand for: mentions, owners of party nouns, group
/// members, subjects found up the tree, objects through what counts them.
extension TreeRules {
    // MARK: Arguments

    /// The parties a word stands for: its own mention, or, for a noun that
    /// stands for its owner ("Russian forces", "Houthi targets", "Iran's
    /// government"), the mention among its modifiers.
    func parties(at word: Int, kind: String = "") -> [(party: Int32, word: Int)] {
        let mention = sentence.mentionAt[word]
        // "its Western allies, including Germany, Poland and the United Kingdom": a group whose members are
        // listed stands for them.
        if mention >= 0, sentence.words[word].upos == .noun {
            let listed = sentence.children[word].filter { sentence.label($0) == "nmod" && cues.memberCases.contains(sentence.caseOf($0)) }
                .flatMap { sentence.conjuncts($0).flatMap { parties(at: $0, kind: kind) } }
            if !listed.isEmpty { return listed }
        }
        if mention >= 0 {
            let found = sentence.mentions[mention]
            guard !found.isQualifier, !found.isOrigin else { return [] }
            return found.parties.map { ($0, word) }
        }
        // "The Houthis, who are armed by Iran": a relative pronoun stands for the noun its clause describes.
        if isRelativePronoun(word), let clause = sentence.head(word), sentence.label(clause) == "acl:relcl",
           let antecedent = relativeAntecedent(clause, pronoun: word), antecedent != word, antecedent < word {
            return parties(at: antecedent, kind: kind)
        }
        let lemma = lemmas[word]
        // "a wave of Russian drones", "hundreds of Iranian soldiers": a quantity stands for what it counts.
        let counts = counted(word)
        if counts != word { return parties(at: counts, kind: kind) }
        // A group noun stands for the parties it lists: "groups such as Hezbollah", "two countries, Iran and Syria".
        let members = sentence.children[word].filter { child in
            let label = sentence.label(child)
            // ("PKK targets in the Gara and Hakurk regions of northern Iraq" with `regions` read as an apposition:
            // one with a preposition of its own is a phrase, not the noun's members.)
            return (label == "appos" && sentence.caseOf(child).isEmpty) || (label == "nmod" && cues.memberCases.contains(sentence.caseOf(child)))
        }
        let listed = members.flatMap { sentence.conjuncts($0).flatMap { parties(at: $0, kind: kind) } }
        if !listed.isEmpty { return listed }
        if let list = listAfterDash(word) {
            let named = sentence.conjuncts(list).filter { $0 > word }.flatMap { parties(at: $0, kind: kind) }
            if !named.isEmpty { return named }
        }
        if cues.proxyStatesOnly.contains(lemma) || cues.placedTargets.contains(lemma) {
            // "the Houthi-held port", "a rebel-controlled town": the actor attacked is who holds the place (guideline 8).
            let holders = sentence.children(word, "amod").filter { cues.controlParticiples.contains(lemmas[$0]) }
                .flatMap { sentence.children[$0] }.flatMap { holder -> [(party: Int32, word: Int)] in
                    let index = sentence.mentionAt[holder]
                    return index >= 0 ? sentence.mentions[index].parties.map { ($0, holder) } : []
                }
            if !holders.isEmpty { return holders }
            // "ports and energy infrastructure controlled by the Houthis": or a participle's agent, which the
            // parser may hang on the first of coordinated places.
            let first = sentence.label(word) == "conj" ? sentence.head(word) ?? word : word
            let controllers = (word == first ? [word] : [word, first]).flatMap { place in
                sentence.children(place, "acl").filter { cues.controlParticiples.contains(lemmas[$0]) }.flatMap(agentPhrases).flatMap(arguments)
            }
            if !controllers.isEmpty { return controllers }
        }
        // Sanctions on a state's people and firms are sanctions on the state (guideline 15), although
        // elsewhere "Russian companies" only describes the companies (guideline 10).
        let sanctioned = kind == "sanction" && cues.sanctionProxies.contains(lemma)
        // "killed a senior Hamas official": a party's officials and members attacked stand for it (guideline 9),
        // although elsewhere "US officials" only describes who speaks.
        let struck = kind == "attack" && cues.attackedMembers.contains(lemma)
        // "Chinese vessels fired water cannon at …": a ship that acts (the subject of an active verb) is the state's.
        let acting = cues.actingVessels.contains(lemma) && sentence.label(word) == "nsubj"
            && sentence.head(word).map { sentence.words[$0].upos == .verb } == true
        let placed = kind == "attack" && cues.placedTargets.contains(lemma)
        if kind == "attack", sentence.words[word].upos == .propn {
            // "fired rockets at Moshav Zarit in the Upper Galilee": a named place the gazetteer does not know
            // stands for the party its "in" phrase names.
            return obliques(word, cases: cues.placedTargetCases).flatMap { arguments($0) }
        }
        if kind == "sanction", sentence.words[word].upos == .propn {
            // "sanctions on Iran Air": a firm or body named after a state, not known by its own name, is the
            // state's (guideline 15).
            let named = sentence.children(word, "compound", exact: true).filter { sentence.words[$0].upos == .propn }
                .flatMap(arguments)
            if !named.isEmpty { return named }
        }
        if kind == "attack", !cues.proxyNouns.contains(lemma), !cues.proxyStatesOnly.contains(lemma) {
            // "an attack on Ukraine's energy grid": what a party is said to own, attacked, is an attack on it;
            // so is what a party's name (not its demonym: "Russian tankers" may be anyone's, guideline 10)
            // modifies: "strikes on Hezbollah weapons depots", "attacks on US bases".
            let named = sentence.children(word, "compound", exact: true).filter { owner in
                let index = sentence.mentionAt[owner]
                return index >= 0 && sentence.words[owner].upos == .propn && !sentence.mentions[index].isDemonym
                    && !sentence.mentions[index].isPlace
            }
            let owners = (sentence.children(word, "nmod:poss", exact: true) + named).flatMap { owner -> [(party: Int32, word: Int)] in
                let index = sentence.mentionAt[owner]
                return index >= 0 && !sentence.mentions[index].isQualifier ? sentence.mentions[index].parties.map { ($0, owner) } : []
            }
            if !owners.isEmpty { return owners }
        }
        if sentence.children(word, "amod").contains(where: { participle in
            cues.ownershipParticiples.contains(lemmas[participle]) && sentence.children[participle].contains { lemmas[$0] == "state" }
        }) {
            // "two Belarusian state-owned factories that supply Russia": what a state owns acts for it
            // (guideline 15), where a private firm does not (guideline 10).
            let owners = modifierParties(word, labels: ["amod", "compound", "nmod:poss"])
            if !owners.isEmpty { return owners }
        }
        if kind == "supply", cues.nouns[lemma]?.kind == "attack" {
            // "Iran's military support to Russia's war against Ukraine": what is given to a party's war is given
            // to the party.
            return possessors(word, labels: ["nmod:poss", "amod"])
        }
        guard cues.proxyNouns.contains(lemma) || cues.proxyStatesOnly.contains(lemma) || sanctioned || placed else { return [] }
        var result: [(Int32, Int)] = []
        for child in sentence.children[word] {
            let label = sentence.label(child)
            // ("individuals and entities in Belarus": people and bodies sanctioned are also a state's by where they
            // are; private business is not, guideline 10.)
            let located = sanctioned && sentence.caseOf(child) == "in" && !cues.privateFirmNouns.contains(lemma)
            let isOwner = label == "amod" || label == "compound" || label == "nmod:poss"
                || (label == "nmod" && (sentence.caseOf(child) == "of" || located))
                || label == "flat"
            guard isOwner else { continue }
            // "the Minister of Defence of Iran": the owner may be named by the office's own "of" phrase.
            var owners = sentence.conjuncts(child)
            if label == "nmod", sentence.mentionAt[child] < 0,
               let inner = sentence.children(child, "nmod").first(where: { sentence.caseOf($0) == "of" }) {
                owners += sentence.conjuncts(inner)
            } else if label == "nmod", sentence.mentionAt[child] < 0,
                      cues.proxyNouns.contains(lemmas[child]) || (sanctioned && cues.sanctionProxies.contains(lemmas[child])) {
                // "members of the Iranian military": the office's "of" phrase is itself a state's body;
                // "the assets of Belarusian banks": a sanctioned thing's owner may be sanctioned people or firms
                // ("of 11 individuals and 29 entities, including Russian defence companies": any of those listed).
                result += sentence.conjuncts(child).flatMap { parties(at: $0, kind: kind) }
                continue
            } else if label == "compound", sentence.mentionAt[child] < 0 {
                // "the Chinese coast guard", "the Russian air force": the parser may hang the owner on the
                // first word of a compound name; on materiel only a possessive, as a demonym there says where
                // it comes from ("an Iranian weapons convoy" may be anyone's, "Iran's drone programme" is Iran's).
                let labels: Set<String> = isMateriel(child) ? ["nmod:poss"] : ["amod", "nmod:poss", "compound"]
                // Two compounds deep too: "an Israeli army command centre".
                var level = [child]
                for _ in 0..<2 {
                    level = level.flatMap { sentence.children[$0].filter { labels.contains(sentence.label($0)) } }
                    owners += level
                    level = level.filter { sentence.mentionAt[$0] < 0 && sentence.label($0) == "compound" && !isMateriel($0) }
                }
            }
            for modifier in owners {
                let index = sentence.mentionAt[modifier]
                guard index >= 0, sanctioned || struck || acting || !sentence.mentions[index].isQualifier, !sentence.mentions[index].isOrigin
                else { continue }
                result += sentence.mentions[index].parties.map { ($0, modifier) }
            }
        }
        if result.isEmpty, placed, sentence.label(word) == "conj", let first = sentence.head(word) {
            // "destroyed two Houthi drone boats and a radar site in Yemen": a target listed after owned ones
            // shares their owner.
            let shared = ownerModifiers(first)
            if !shared.isEmpty { return shared }
        }
        if result.isEmpty, placed {
            // "struck targets linked to Iran in Syria": targets tied to a party stand for it, before where they are.
            let tied = (sentence.children(word, "acl") + sentence.children(word, "amod")).filter { cues.tieParticiples.contains(lemmas[$0]) }
                .flatMap { allObliques($0, cases: ["to", "with"]) }.flatMap { arguments($0) }
            if !tied.isEmpty { return tied }
            // "bombed targets in Cambodia": targets nobody is said to own stand for the party they are in; not
            // those of an armed group the text does not name ("militia facilities in eastern Syria", guideline 8).
            return isGroupOwned(word) ? [] : obliques(word, cases: cues.placedTargetCases).flatMap { arguments($0) }
        }
        if result.isEmpty, sanctioned {
            // "entities involved in Iran's drone program", "individuals linked to the Russian military": people and
            // firms sanctioned for their ties to a state's body are a sanction on the state (guideline 15).
            // The participle may be tagged as an adjective ("involved"), and keeps its form as lemma then.
            // The parser may hang the participle on the verb, right after the people it describes.
            // ("imposing sanctions on six individuals | connected to the regime": or on the verb above the noun
            // that holds them.)
            let holders = sentence.head(word).map { [$0] + (sentence.head($0).map { [$0] } ?? []) } ?? []
            let after = holders.flatMap { verb in
                sentence.children(verb, "advcl", exact: true).filter { sentence.startsRightAfter($0, word) }
            }
            let ties = (sentence.children(word, "acl") + sentence.children(word, "amod") + after).filter { cues.tieParticiples.contains(lemmas[$0]) }
            // "entities involved in supplying Russia's war machine": or through a gerund, what it acts on.
            let acts = ties.flatMap { sentence.children($0, "advcl") + sentence.children($0, "acl") }.filter { sentence.words[$0].xpos == "VBG" }
            // "designating 12 entities for their role in Iran's missile program": a reason given with "for", on
            // them or on the verb above them.
            let reasons = ([word] + holders).flatMap { allObliques($0, cases: ["for"]) }.filter { cues.tieNouns.contains(lemmas[$0]) }
            // (The parser may hang what the reason is "in" on the verb, right after it.)
            let reasonPhrases = reasons.flatMap { reason in
                allObliques(reason, cases: ["in", "to", "with", "of"])
                    + (sentence.head(reason).map { allObliques($0, cases: ["in", "to", "with", "of"]) } ?? [])
                    .filter { sentence.startsRightAfter($0, reason) }
            }
            // "individuals involved in Iran's drone industry" with the participle hung on the noun after "in",
            // before its preposition: the phrase ties the people all the same.
            let misplaced = sentence.children(word, "nmod").filter { phrase in
                let preposition = sentence.children(phrase, "case").first ?? phrase
                return ["in", "to", "with"].contains(sentence.caseOf(phrase)) && sentence.children(phrase, "amod").contains {
                    cues.tieParticiples.contains(lemmas[$0]) && $0 < preposition
                }
            }
            // "individuals who have facilitated the DPRK's missile programs", "firms that supplied Russia's army":
            // a relative clause of helping or giving names what they serve.
            let served = sentence.children(word, "acl:relcl", exact: true).filter { clause in
                cues.supportVerbs.contains(lemmas[clause]) || cues.verbs[lemmas[clause]]?.contains { $0.frame == .give } == true
            }.flatMap { objects($0) + allObliques($0, cases: ["to"]) }.flatMap { thing in
                // ("the DPRK's weapons programs": whose the thing served is.)
                let named = parties(at: thing, kind: kind)
                return named.isEmpty ? possessors(thing, labels: ["nmod:poss"]) : named
            }
            return (ties.flatMap { allObliques($0, cases: ["in", "to", "with"]) } + acts.flatMap(objects) + reasonPhrases + misplaced)
                .flatMap { parties(at: $0, kind: kind) } + served
        }
        return result
    }

    /// Whether a target is an armed group's that the text does not name ("militia facilities"), by a compound,
    /// possessive or adjective of `armedGroupNouns` on it.
    func isGroupOwned(_ word: Int) -> Bool {
        sentence.children[word].contains { owner in
            ["compound", "nmod:poss", "amod"].contains(sentence.label(owner)) && cues.armedGroupNouns.contains(lemmas[owner])
        }
    }

    /// The head of a list of parties set off by a dash or a colon right after
    /// a plural noun ("support from three countries — Iran, Syria and Cuba —",
    /// "two suppliers: Iran and Belarus"), which the parser, trained on web
    /// text, often hangs elsewhere (as `parataxis` of the verb) instead of as
    /// the noun's apposition.
    func listAfterDash(_ noun: Int) -> Int? {
        let words = sentence.words
        guard words[noun].xpos == "NNS" || words[noun].xpos == "NNPS" else { return nil }
        // The parser may also hang the dash and the list inside the noun's own phrase.
        let dash = noun + 1 < words.count && ["—", "–", "-", ":"].contains(words[noun + 1].form) ? noun + 1 : sentence.subtreeEnd(noun) + 1
        guard dash + 1 < words.count else { return nil }
        let form = words[dash].form
        let spaced = words[dash].byteRange.lowerBound > words[dash - 1].byteRange.upperBound
            && words[dash + 1].byteRange.lowerBound > words[dash].byteRange.upperBound
        guard ["—", "–", ":"].contains(form) || (form == "-" && spaced) else { return nil }
        var first = dash + 1
        // "seven countries - primarily the United States, …": an adverb may narrow the list.
        if words[first].upos == .adv, first + 1 < words.count { first += 1 }
        if words[first].upos == .det, first + 1 < words.count { first += 1 }
        let mention = sentence.mentionAt[first]
        guard mention >= 0 else { return nil }
        // The mention's own head: the word of it whose head lies outside it.
        let span = sentence.mentions[mention].words
        var head = first
        while let up = sentence.head(head), span.contains(up) { head = up }
        return head
    }

    /// The parties of a word and of every word coordinated with it.
    func arguments(_ word: Int) -> [(party: Int32, word: Int)] {
        sentence.conjuncts(word).flatMap { parties(at: $0) }
    }

    /// The parties of targets of a kind: a sanction on a state's people and firms targets the state.
    func targetArguments(_ word: Int, kind: String) -> [(party: Int32, word: Int)] {
        sentence.conjuncts(word).flatMap { parties(at: $0, kind: kind) }
    }

    /// Whose soldiers (or installation) these are: "North Korean troops", "Russia's soldiers",
    /// "soldiers from Germany".
    func owners(_ soldiers: Int) -> [(party: Int32, word: Int)] {
        // ("mercenaries of the Africa Corps", "soldiers of the Russian army": or the party an "of" phrase names;
        // not a multinational force's, whose members serve where it is: "peacekeepers of UNIFIL".)
        let of = cues.forceMembers.contains(lemmas[soldiers]) ? [] : obliques(soldiers, cases: ["of"]).filter { phrase in
            sentence.conjuncts(phrase).allSatisfy { cues.forceHosts[sentence.words[$0].form.lowercased()] == nil }
        }
        var own = modifierParties(soldiers, labels: ["amod", "compound", "nmod:poss"]) + (obliques(soldiers, cases: ["from"]) + of).flatMap(arguments)
            + origins(soldiers)
        // "Ethiopia, whose own troops have been in Somalia": the relative possessive is the name before its comma.
        for whose in sentence.children(soldiers, "nmod:poss", exact: true) where sentence.words[whose].form.lowercased() == "whose"
            && whose >= 2 && sentence.words[whose - 1].form == "," {
            own += arguments(whose - 2)
        }
        if own.isEmpty, cues.forceNouns.contains(lemmas[soldiers]) {
            // "the African Union Transition Mission": a force's owner may modify the first word of its name.
            own = sentence.children(soldiers, "compound", exact: true).filter { sentence.mentionAt[$0] < 0 }
                .flatMap { modifierParties($0, labels: ["amod", "compound"]) }
        }
        // "Russian jets and military advisers", "Cuban doctors and advisers": a conjunct with no owner of its own
        // shares the first conjunct's.
        guard own.isEmpty, sentence.label(soldiers) == "conj", let first = sentence.head(soldiers),
              sentence.words[first].upos == .noun else { return own }
        return possessors(first, labels: ["amod", "nmod:poss"])
    }

    /// The states soldiers come from by a participle on them (`originVerbs`): "troops representing seven
    /// countries", "personnel drawn from Chad and Niger", or, with no subject of its own, after their
    /// predicate ("1,500 personnel are in Iraq, representing seven countries - the United States, …").
    func origins(_ soldiers: Int) -> [(party: Int32, word: Int)] {
        var clauses = sentence.children(soldiers, "acl", exact: true)
        if sentence.label(soldiers) == "nsubj", let predicate = sentence.head(soldiers) {
            clauses += sentence.children(predicate, "advcl", exact: true).filter { clause in
                sentence.words[clause].xpos == "VBG" && sentence.children(clause, "nsubj").isEmpty
                    && sentence.children(clause, "mark").isEmpty
            }
        }
        return clauses.filter { cues.originVerbs.contains(lemmas[$0]) }
            .flatMap { objects($0) + obliques($0, cases: ["from"]) }.flatMap(arguments)
    }

    /// Whose a thing is by a demonym or possessive on it ("Iranian drones", "Russia's tanks"): the
    /// modifiers among `labels` that are demonyms or possessives, not names that only describe it.
    ///
    /// - Complexity: O(*d*) in the thing's dependents.
    func possessors(_ thing: Int, labels: Set<String> = ["amod", "compound", "nmod:poss"]) -> [(party: Int32, word: Int)] {
        modifierParties(thing, labels: labels).filter {
            sentence.mentions[sentence.mentionAt[$0.word]].isDemonym || sentence.label($0.word) == "nmod:poss"
        }
    }

    /// The mention-bearing words directly under a word: its own mention's words excluded.
    func modifierParties(_ word: Int, labels: Set<String>) -> [(party: Int32, word: Int)] {
        var result: [(Int32, Int)] = []
        for child in sentence.children[word] where labels.contains(sentence.label(child)) {
            result += arguments(child)
        }
        return result
    }

    /// The noun a relative clause is about: its head, or, when the parser hung the clause on a verb, the word
    /// right before the comma that opens it ("These attacks are enabled by Iran, which has supplied the
    /// Houthis …": Iran, not "enabled"), as when it hung the clause on an unnamed noun whose phrase ends in a
    /// party's name ("an extension of the PKK, which …").
    ///
    /// - Complexity: O(1).
    func relativeAntecedent(_ clause: Int, pronoun: Int) -> Int? {
        guard let head = sentence.head(clause) else { return nil }
        guard pronoun >= 2, pronoun > head, sentence.words[pronoun - 1].form == ",",
              [UPOS.noun, .propn].contains(sentence.words[pronoun - 2].upos) else { return head }
        if [UPOS.verb, .aux].contains(sentence.words[head].upos) { return pronoun - 2 }
        // "an extension of the PKK, which has waged an insurgency": a party named right before the comma, inside
        // the phrase of an unnamed noun the parser hung the clause on, is what the clause describes.
        guard head != pronoun - 2, sentence.mentionAt[head] < 0, sentence.mentionAt[pronoun - 2] >= 0 else { return head }
        var ancestor = pronoun - 2
        for _ in 0..<4 {
            guard let up = sentence.head(ancestor) else { break }
            if up == head { return pronoun - 2 }
            ancestor = up
        }
        return head
    }

    /// The subject of a verb, looked for up the tree when the verb has none
    /// of its own: a coordinated verb shares its first conjunct's subject, a
    /// controlled infinitive (`xcomp`) its governor's, a relative clause takes
    /// its antecedent, a participial clause the main clause's subject.
    func subject(_ verb: Int, depth: Int = 0) -> [(party: Int32, word: Int)] {
        guard depth < 6 else { return [] }
        let passive = sentence.isPassive(verb)
        if passive {
            var agents = agentPhrases(verb)
            if agents.isEmpty {
                // "Sanctions were imposed on Iran by the United States": the parser may hang the agent on the
                // phrase before it.
                agents = sentence.children(verb, "obl").flatMap { sentence.children($0, "nmod") }.filter { sentence.caseOf($0) == "by" }
            }
            // "Israel was hit by Iranian missiles": weapons or soldiers as agent stand for whose they are.
            return agents.flatMap(actors) + coAgents(verb, besides: agents)
        }
        // "…, and today decided to freeze the assets": the parser may take a word of time for the subject.
        // ("Serbia last year agreed to buy jets": or make the name before "last year" that word's compound.)
        var own = sentence.children(verb, "nsubj", exact: true) + sentence.children(verb, "csubj", exact: true)
        if own.isEmpty, sentence.words[verb].upos == .verb {
            // "The Council today decided …": the parser may make the noun before a word of time a compound of the
            // verb, which no verb has; it is the subject.
            own = sentence.children(verb, "compound", exact: true).filter { $0 < verb && [UPOS.noun, .propn].contains(sentence.words[$0].upos) }
        }
        let subjects = own
            .filter { !cues.timeNouns.contains(lemmas[$0]) }
            .flatMap { subject -> [Int] in
                guard cues.calendarNouns.contains(lemmas[subject]),
                      sentence.children(subject, "amod").contains(where: { cues.calendarModifiers.contains(lemmas[$0]) })
                        || sentence.children(subject, "det").contains(where: { cues.calendarModifiers.contains(lemmas[$0]) })
                else { return [subject] }
                return sentence.children(subject, "compound", exact: true).filter { $0 < subject && sentence.mentionAt[$0] >= 0 }
            }
        if let first = subjects.first {
            if isRelativePronoun(first), sentence.label(verb) == "acl:relcl", let antecedent = relativeAntecedent(verb, pronoun: first) {
                return arguments(antecedent)
            }
            // "the UAE, which UN experts say has shipped weapons": a relative clause whose "subject" the parser
            // made of the verb that reports it is about its antecedent.
            if sentence.label(verb) == "acl:relcl", [UPOS.verb, .aux].contains(sentence.words[first].upos), let antecedent = sentence.head(verb) {
                return arguments(antecedent)
            }
            return arguments(first) + coAgents(verb, besides: [first])
        }
        guard let head = sentence.head(verb) else { return [] }
        if let governor = aspectualGovernor(of: verb) { return subject(governor, depth: depth + 1) }
        switch sentence.label(verb) {
        case "xcomp":
            // "helps Russia wage war", "allowed Kyiv to strike": an object controls the infinitive,
            // except after verbs like "promise", whose subject does what they promise.
            let infinitive = !sentence.children(verb, "mark").isEmpty || lemmas[verb] == sentence.words[verb].form.lowercased()
            if infinitive, !cues.subjectControlVerbs.contains(lemmas[head]),
               let controller = sentence.children(head, "obj", exact: true).first ?? sentence.children(head, "iobj", exact: true).first {
                let named = arguments(controller)
                // "Thailand sent F-16 fighter jets to bomb Cambodian targets": materiel or soldiers sent to no party
                // named do it for the sender.
                if named.isEmpty, isMateriel(counted(controller)) || isPersonnel(counted(controller)), givesOrSends(head),
                   (sentence.children(head, "iobj", exact: true) + obliques(head, cases: ["to", "into"])).flatMap(arguments).isEmpty {
                    return subject(head, depth: depth + 1)
                }
                return named
            }
            // "North Korea is believed to have sent shells", "Iran was asked to send troops": a passive
            // governor's subject does what the infinitive says.
            if infinitive, sentence.isPassive(head), let raised = sentence.children(head, "nsubj:pass", exact: true).first {
                // "the ports were used by the Houthis to receive weapons": things used for a purpose do not act;
                // whoever uses them does.
                let named = arguments(raised)
                if named.isEmpty, !isPersonnel(raised) {
                    let agents = agentPhrases(head).flatMap(actors)
                    if !agents.isEmpty { return agents }
                }
                return named
            }
            return subject(head, depth: depth + 1)
        case "conj":
            // "Turkey, which is a member of NATO and contributes troops to …": the parser may coordinate a
            // relative clause's second verb with the clause above; right after the relative clause, it shares
            // the clause's antecedent.
            if let relative = sentence.words.indices.first(where: { clause in
                sentence.label(clause) == "acl:relcl" && sentence.startsRightAfter(verb, clause)
                    && sentence.children(clause, "nsubj").contains(where: isRelativePronoun)
            }), let antecedent = sentence.head(relative) {
                return arguments(antecedent)
            }
            return sentence.isPassive(head) ? [] : subject(head, depth: depth + 1)
        case "acl:relcl":
            return arguments(head)
        case "acl" where sentence.children(verb, "mark").isEmpty:
            // An active participle's subject is the noun it modifies: "troops fighting for Russia".
            let named = arguments(head)
            // "India launched an operation targeting sites in Pakistan": a thing that does it is done by
            // who launches it; not a measure ("sanctions targeting Iran" aim, they do not strike).
            let measure = cues.nouns[lemmas[head]].map { $0.kind != "attack" } ?? cues.measureNouns.contains(lemmas[head])
            if named.isEmpty, !isPersonnel(head), !measure, cues.verbs[lemmas[verb]]?.contains(where: { $0.kind == "attack" }) == true,
               ["obj", "nsubj:pass"].contains(sentence.label(head)),
               let governor = sentence.head(head), sentence.words[governor].upos == .verb {
                return subject(governor, depth: depth + 1)
            }
            return named
        case "advcl", "acl":
            // "in order to deter", "so as to deter": a subordinator of more than one word before "to" is the plain
            // purpose "to".
            let markWords = sentence.children(verb, "mark")
            let marks = markWords.filter { markWords.count == 1 || sentence.children($0, "fixed").isEmpty }.map { lemmas[$0] }
            if marks.isEmpty { return subject(head, depth: depth + 1) }
            if sentence.label(verb) == "acl", sentence.words[verb].xpos == "VBG", marks.allSatisfy(cues.gerundMarks.contains) {
                // "fired missiles into the sea, hours after warning Seoul": a gerund clause of time the parser hung
                // on a noun is the clause's above it.
                var above = head
                for _ in 0..<4 where sentence.words[above].upos != .verb {
                    guard let next = sentence.head(above) else { break }
                    above = next
                }
                if sentence.words[above].upos == .verb { return subject(above, depth: depth + 1) }
            }
            if sentence.label(verb) == "advcl", sentence.words[verb].xpos == "VBG", marks.allSatisfy(cues.gerundMarks.contains) {
                // "worked to keep a ceasefire reached in 2022 while responding to attacks": the parser may hang
                // the clause on a participle that only describes a noun; its doer is the clause's above the noun.
                if sentence.label(head) == "acl", sentence.words[head].xpos == "VBN", let noun = sentence.head(head),
                   let above = sentence.head(noun), sentence.words[above].upos == .verb {
                    return subject(above, depth: depth + 1)
                }
                return subject(head, depth: depth + 1)
            }
            // "accused Iran of supplying", "blamed X for attacking": the governor's object does it.
            if marks.contains("of") || marks.contains("for") {
                // The clause may hang on the object itself, as `acl` or as `advcl`.
                if sentence.label(head) == "obj", sentence.words[head].upos != .verb { return arguments(head) }
                let governor = sentence.label(verb) == "acl" ? sentence.head(head) ?? head : head
                // "Pyongyang has been accused of sending troops": in the passive, the accused is the subject.
                let accused = sentence.isPassive(governor) ? "nsubj:pass" : "obj"
                return sentence.children(governor, accused, exact: true).flatMap(arguments)
            }
            // "Canada joined the EU in sanctioning Belarus": both do it, also when the parser hangs the clause
            // on the object.
            if sentence.label(verb) == "advcl", marks.contains("in") {
                let joined = sentence.label(head) == "obj" ? sentence.head(head) ?? head : head
                if cues.companionVerbs.contains(lemmas[joined]) {
                    return subject(joined, depth: depth + 1) + objects(joined).flatMap(arguments)
                }
            }
            // "France signed a deal to sell jets to Egypt": who makes the agreement does what it is for.
            if sentence.label(verb) == "acl", marks.contains("to"), cues.agreementNouns.contains(lemmas[head]),
               sentence.label(head) == "obj", let governor = sentence.head(head) {
                return subject(governor, depth: depth + 1)
            }
            // "the move by Germany to sanction Syrian banks", "Iran's decision to send troops": whose the
            // move or decision is does what it is to do.
            if sentence.label(verb) == "acl", marks.contains("to") {
                let owners = obliques(head, cases: ["by"]).filter { $0 < verb }.flatMap(arguments)
                    + sentence.children(head, "nmod:poss", exact: true).flatMap(arguments)
                if !owners.isEmpty { return owners }
            }
            if marks == ["to"], sentence.label(verb) == "advcl", cues.appealVerbs.contains(lemmas[head]),
               let appealed = obliques(head, cases: ["on", "upon", "to"]).last(where: { $0 < verb }) {
                // "We call on our partners to respond": whom the appeal is to is to do it.
                return arguments(appealed)
            }
            if marks == ["to"] {
                // "Hamas used tunnels to attack Israel": a purpose clause's doer is its governor's subject; weapons
                // do not act, so one hung on materiel ("used Iranian drones to strike Ukraine") is its user's.
                // What is given or sent is for its recipient to use: "sent drones to Russia to attack Ukraine".
                let gives = givesOrSends(head)
                if sentence.label(verb) == "advcl", !gives { return subject(head, depth: depth + 1) }
                // Soldiers or ships sent do it for the sender ("deployed forces to the region to deter Iran"), and
                // so does materiel sent to no one named.
                if sentence.label(verb) == "advcl", gives {
                    let recipients = (sentence.children(head, "iobj", exact: true) + obliques(head, cases: ["to", "into"])
                        + objects(head).flatMap(attachedRecipients)).flatMap(arguments)
                    if objects(head).contains(where: isPersonnel) || recipients.isEmpty { return subject(head, depth: depth + 1) }
                }
                // ("deployed the brigade to deter Russia", with the clause hung on the soldiers: theirs is the sender's.)
                if isMateriel(head) || isPersonnel(head), sentence.label(head) == "obj", let governor = sentence.head(head) {
                    return subject(governor, depth: depth + 1)
                }
            }
            return []
        default:
            return []
        }
    }

    /// The parties named by a noun's possessive, adjective or compound modifiers; when it has none, those of
    /// its compound's first noun, where the parser may hang them ("a UN arms embargo", "US weapons
    /// deliveries", "Israeli air defences").
    ///
    /// - Complexity: O(*d*) in the dependents of the noun and its compounds.
    func ownerModifiers(_ noun: Int) -> [(party: Int32, word: Int)] {
        let labels: Set<String> = ["nmod:poss", "amod", "compound"]
        let own = modifierParties(noun, labels: labels)
        guard own.isEmpty else { return own }
        return sentence.children(noun, "compound").filter { sentence.mentionAt[$0] < 0 }.flatMap { modifierParties($0, labels: labels) }
    }

    /// A passive verb's agent phrases: its `obl:agent`, or an `obl` with "by" where the parser did not mark it;
    /// with none, those of a passive conjunct with no subject of its own ("is armed and financed by Iran").
    ///
    /// - Complexity: O(*d*) in the verb's dependents.
    func agentPhrases(_ verb: Int) -> [Int] {
        func own(_ verb: Int) -> [Int] {
            sentence.children(verb, "obl:agent", exact: true) + sentence.children(verb, "obl").filter { sentence.caseOf($0) == "by" }
        }
        let phrases = own(verb)
        guard phrases.isEmpty else { return phrases }
        // "is armed and financed by Iran": passive conjuncts share the agent named on the last.
        return sentence.children(verb, "conj", exact: true).filter { conjunct in
            sentence.isPassive(conjunct) && sentence.children(conjunct, "nsubj").isEmpty
        }.flatMap(own)
    }

    /// Who does it with the subject: "imposed sanctions on Russia together with Canada", "along with the
    /// EU", "jointly with Japan", "alongside British jets", "in coordination with the G7", also as a phrase on
    /// the subject or agent itself ("The UK, alongside France, imposed …", "imposed by the UK alongside the EU").
    func coAgents(_ verb: Int, besides agents: [Int]) -> [(party: Int32, word: Int)] {
        // "Canada, together with Australia, imposed …": the parser may hang the phrase on the adverb.
        let adverbs = sentence.children(verb, "advmod").filter { cues.companionAdverbs.contains(lemmas[$0]) }
        // "in coordination with the G7": the "with" phrase of a noun of acting together, which the parser may hang
        // on the verb right after the noun.
        // (Not for an attack: "conducted an airstrike …, in coordination with the Federal Government of Somalia"
        // names a partner that supports it, not an attacker, guideline 11.)
        let attacking = cues.verbs[lemmas[verb]]?.contains { $0.kind == "attack" } == true
        let companions = attacking ? [] : sentence.children(verb, "obl").filter { sentence.caseOf($0) == "in" && cues.companionNouns.contains(lemmas[$0]) }
        let together = (companions.flatMap { sentence.children($0, "nmod") }
            + sentence.children(verb, "obl").filter { phrase in companions.contains { sentence.startsRightAfter(phrase, $0) } })
            .filter { sentence.caseOf($0) == "with" }
        let phrases = sentence.children(verb, "obl") + agents.flatMap { sentence.children($0, "nmod") }
            + adverbs.flatMap { sentence.children($0, "obl") }.filter { sentence.caseOf($0) == "with" } + together
        return phrases.filter { phrase in
            let cases = sentence.children(phrase, "case").map { lemmas[$0] }
            if cases.contains(where: cues.companionCases.contains) { return true }
            if together.contains(phrase) { return true }
            let before = sentence.subtreeStart(phrase) - 1
            return cases == ["with"] && before >= 0 && cues.companionAdverbs.contains(lemmas[before])
                && sentence.head(before).map { $0 == verb || agents.contains($0) } == true
        }.flatMap(arguments)
    }

    /// When the tree gives a cue no argument (the parser, trained on web
    /// text, misattaches long news sentences), the closest mention on that
    /// side within a few words and inside the same stretch between commas,
    /// not governed by a preposition of its own other than the cue's.
    func nearby(_ cue: Int, before: Bool, cases allowed: Set<String> = []) -> [(party: Int32, word: Int)] {
        let limit = 6
        var index = cue
        for _ in 0..<limit {
            index += before ? -1 : 1
            guard index >= 0, index < sentence.words.count else { return [] }
            let form = sentence.words[index].form
            if [",", ";", ":", "—", "–", "(", ")"].contains(form) || sentence.words[index].upos == .verb { return [] }
            let mention = sentence.mentionAt[index]
            guard mention >= 0 else { continue }
            let found = sentence.mentions[mention]
            guard !found.isQualifier, !found.isOrigin else { return [] }
            // "allowed hostile forces to enter Syria and threaten Israel": another verb's object is not this one's
            // subject.
            if found.words.contains(where: { ["obj", "iobj"].contains(sentence.label($0)) && sentence.head($0) != cue }) { return [] }
            let governed = found.words.contains { word in
                // "entities in India and Thailand that supply …": a conjunct is governed by its list's preposition.
                var first = word
                while sentence.label(first) == "conj", let up = sentence.head(first), up < first { first = up }
                let preposition = sentence.caseOf(word).isEmpty ? sentence.caseOf(first) : sentence.caseOf(word)
                return !preposition.isEmpty && !allowed.contains(preposition) && preposition != "'s" && preposition != "’s"
            }
            return governed ? [] : found.parties.map { ($0, index) }
        }
        return []
    }

    func isRelativePronoun(_ word: Int) -> Bool {
        cues.relativePronouns.contains(lemmas[word])
    }

    /// Whether a noun has a determiner of something spoken of before ("the strikes", "these measures").
    ///
    /// - Complexity: O(*d*) in the noun's dependents.
    func isDefinite(_ noun: Int) -> Bool {
        sentence.children(noun, "det").contains { cues.definiteDeterminers.contains(lemmas[$0]) }
    }

    /// The verb's objects; an object that only counts or groups ("a round
    /// of sanctions", "hundreds of missiles") stands for what it counts.
    func objects(_ verb: Int) -> [Int] {
        if aspectualGovernor(of: verb) != nil, let object = sentence.head(verb) { return [counted(object)] }
        var direct = sentence.children(verb, "obj", exact: true)
        // "the equipment Poland gave to Ukraine": a relative clause with no relative word ("which", "where")
        // and a subject of its own can only lack its object, which is the noun it describes.
        if direct.isEmpty, sentence.label(verb) == "acl:relcl", let antecedent = sentence.head(verb), antecedent < verb,
           !sentence.children(verb, "nsubj", exact: true).isEmpty,
           !sentence.children[verb].contains(where: { isRelativePronoun($0) || cues.subordinatingAdverbs.contains(lemmas[$0]) }) {
            return [counted(antecedent)]
        }
        // "rammed and boarded Philippine boats": a verb coordinated right before another shares its object.
        if direct.isEmpty, let next = sentence.children(verb, "conj", exact: true).first(where: { $0 > verb }),
           sentence.words[next].upos == .verb, sentence.children(next, "nsubj").isEmpty,
           ((verb + 1)..<next).allSatisfy({ sentence.head($0) == next && ["cc", "punct"].contains(sentence.label($0)) }) {
            let shared = sentence.children(next, "obj", exact: true)
            if !shared.isEmpty { return shared.map(counted) }
        }
        // The parser may take such a clause after an object for the verb's complement ("replaced [the weapons]
        // [it gave to Ukraine]" as ccomp of "replaced"): with no "that", a subject, no object of its own and
        // materiel or soldiers right before it, they are its object.
        if direct.isEmpty, sentence.label(verb) == "ccomp", sentence.children(verb, "mark").isEmpty,
           let subject = sentence.children(verb, "nsubj", exact: true).first, let governor = sentence.head(verb),
           let object = sentence.children(governor, "obj", exact: true).last(where: { $0 < subject }),
           sentence.subtreeEnd(object) == sentence.subtreeStart(subject) - 1, isMateriel(object) || isPersonnel(object) {
            return [counted(object)]
        }
        if direct.isEmpty {
            // "deployed more than 4,000 soldiers to …": the parser may read an object opened by an approximation
            // as an oblique with no preposition.
            // ("keeps around 1,500 soldiers": or read the approximation as the oblique's preposition.)
            direct = sentence.children(verb, "obl", exact: true).filter { object in
                object > verb && (sentence.caseOf(object).isEmpty
                    || (cues.approximators.contains(sentence.caseOf(object)) && !sentence.children(object, "nummod", exact: true).isEmpty))
            }
        }
        return direct.map { object in
            // "the drones that Russia uses": a relative pronoun stands for the clause's antecedent.
            if isRelativePronoun(object), sentence.label(verb) == "acl:relcl", let antecedent = sentence.head(verb) {
                return counted(antecedent)
            }
            return counted(object)
        }
    }

    /// The verb of beginning or going on (`aspectualVerbs`) whose complement a gerund is when the parser
    /// hung the gerund on its own object as an adjective ("began [stationing] troops", "kept supplying
    /// arms"): the gerund right after the verb, the noun the verb's object.
    ///
    /// - Complexity: O(1).
    func aspectualGovernor(of gerund: Int) -> Int? {
        guard sentence.label(gerund) == "amod", sentence.words[gerund].upos == .verb, sentence.words[gerund].xpos == "VBG",
              let noun = sentence.head(gerund), noun > gerund, sentence.label(noun) == "obj",
              let verb = sentence.head(noun), verb == gerund - 1 || (verb == gerund - 2 && sentence.words[gerund - 1].upos == .adv),
              cues.aspectualVerbs.contains(lemmas[verb]) else { return nil }
        return verb
    }

    /// The verb whose clause holds a word: the word itself or what it hangs on, climbing at most `steps` times
    /// through words labelled one of `labels` ("citing the threat from Russia": `citing`); nil when no verb is
    /// reached.
    ///
    /// - Complexity: O(`steps`).
    func holdingVerb(from word: Int, through labels: Set<String>, steps: Int = 3) -> Int? {
        var word = word
        for _ in 0..<steps where sentence.words[word].upos != .verb && labels.contains(sentence.label(word)) {
            guard let up = sentence.head(word) else { break }
            word = up
        }
        return sentence.words[word].upos == .verb ? word : nil
    }

    /// Whether a verb places soldiers: it stations them (`stationingVerbs`) or sends them ("deployed", "sent").
    ///
    /// - Complexity: O(1).
    func placesSoldiers(_ verb: Int) -> Bool {
        cues.stationingVerbs.contains(lemmas[verb]) || cues.verbs[lemmas[verb]]?.contains { $0.frame == .send } == true
    }

    /// Whether a clause is a passive of giving: "supplied by Russia", "which were provided by China".
    ///
    /// - Complexity: O(*d*) in the clause's dependents.
    func isGivenBy(_ clause: Int) -> Bool {
        sentence.isPassive(clause) && cues.verbs[lemmas[clause]]?.contains { $0.frame == .give } == true
    }

    /// Whether a verb gives or sends on its own account, with a "to" phrase of its own for the recipient.
    ///
    /// - Complexity: O(1).
    func givesOrSends(_ verb: Int) -> Bool {
        cues.verbs[lemmas[verb]]?.contains { $0.frame == .give || $0.frame == .send } ?? false
    }

    /// What a quantity noun or number counts (its `of` dependent), or the word itself.
    func counted(_ word: Int) -> Int {
        var word = word
        // By the form too: the lemmatizer's suffix rules make "series" into "sery"; and any number ("four of its
        // soldiers").
        for _ in 0..<3 where cues.quantityNouns.contains(lemmas[word]) || cues.quantityNouns.contains(sentence.words[word].form.lowercased())
            || sentence.words[word].upos == .num {
            guard let of = sentence.children(word, "nmod").first(where: { sentence.caseOf($0) == "of" }) else { break }
            // "a batch of Bayraktar TB2 drones": the parser may hang a model's name as what is counted and the
            // materiel beside it with no preposition.
            let named = isMateriel(of) || isPersonnel(of) || sentence.mentionAt[of] >= 0
            let beside = named ? nil : sentence.children(word, "nmod").first { other in
                other > of && sentence.caseOf(other).isEmpty && (isMateriel(other) || isPersonnel(other))
            }
            word = beside ?? of
        }
        return word
    }

    /// The `obl` and `nmod` dependents with one of the prepositions, but for
    /// a phrase right after a "for use" phrase on the same word, which belongs to the use: in "placed sanctions
    /// on two men for selling rockets to Russia for use against Ukraine" the parser may hang "against
    /// Ukraine" on "placed", and it is not whom the sanctions are against.
    func obliques(_ word: Int, cases: Set<String>) -> [Int] {
        let phrases = allObliques(word, cases: cases)
        guard !phrases.isEmpty else { return [] }
        let purposes = allObliques(word, cases: ["for"]).filter { lemmas[$0] == "use" }
        return phrases.filter { phrase in
            !purposes.contains { $0 < phrase && sentence.subtreeEnd($0) + 1 == sentence.subtreeStart(phrase) }
        }
    }

    /// The `obl` and `nmod` dependents with one of the prepositions, wherever they stand.
    func allObliques(_ word: Int, cases: Set<String>) -> [Int] {
        // "began stationing troops in Lithuania": a phrase on the verb of beginning is its gerund's.
        let governor = aspectualGovernor(of: word).map { [$0] } ?? []
        return ([word] + governor).flatMap { sentence.children($0, "obl") + sentence.children($0, "nmod") }.filter {
            sentence.label($0) != "obl:agent" && cases.contains(sentence.caseOf($0))
        }
    }

    /// A "to" phrase the parser attached inside the object instead of to the
    /// verb ("sent a team of 20 soldiers to Lithuania", "shipped containers of shells to Russia").
    /// "to" phrases the parser hung on what is sent, or on its last conjunct ("sent troops and armoured
    /// vehicles to Syria").
    func attachedRecipients(_ theme: Int) -> [Int] { sentence.conjuncts(theme).flatMap { attached($0, case: "to") } }

    /// The `nmod`s with a preposition anywhere in the first levels of a phrase.
    func attached(_ phrase: Int, case preposition: String) -> [Int] {
        var found: [Int] = [], frontier = [phrase]
        for _ in 0..<4 {
            frontier = frontier.flatMap { sentence.children($0, "nmod") }
            found += frontier.filter { sentence.caseOf($0) == preposition }
        }
        return found
    }

    /// The number of a military designation written with a hyphen, which names a weapon or aircraft: "F-16s",
    /// "MiG-29s", "Su-35", "T-72s" (one to four letters opening with a capital, a hyphen, digits, perhaps a
    /// plural "s", all written together).
    ///
    /// - Complexity: O(*k*) in the length of the three forms.
    func isDesignation(_ word: Int) -> Bool {
        guard word >= 2, sentence.words[word - 1].form == "-", !sentence.words[word - 2].spaceAfter, !sentence.words[word - 1].spaceAfter
        else { return false }
        var number = Substring(sentence.words[word].form)
        if number.hasSuffix("s") { number = number.dropLast() }
        let letters = sentence.words[word - 2].form
        return !number.isEmpty && number.allSatisfy(\.isASCII) && number.allSatisfy(\.isNumber)
            && (1...4).contains(letters.count) && letters.allSatisfy { $0.isASCII && $0.isLetter } && letters.first?.isUppercase == true
    }

    /// A noun named by a designation, which makes "fighters" aircraft: "Su-35 fighters".
    func isDesignated(_ word: Int) -> Bool {
        sentence.children(word, "compound").contains(where: isDesignation) || (word >= 1 && isDesignation(word - 1))
    }

    /// A noun that names materiel, or a quantity or kind of it ("hundreds of missiles", "a shipment of arms").
    func isMateriel(_ word: Int) -> Bool {
        if isDesignation(word) { return true }
        if cues.materiel.contains(lemmas[word]) {
            return !cues.aidNouns.contains(lemmas[word]) || isQualifiedAid(word) || lemmas[word] == "aid"
                || lemmas[word] == "assistance"
        }
        // "a shipment of arms", "$3.8 billion in weapons"; not "the Houthis | with missiles", where the parser
        // hung what is given on the recipient.
        return sentence.children(word, "nmod").contains { cues.materiel.contains(lemmas[$0]) && sentence.caseOf($0) != "with" }
            || sentence.children(word, "compound").contains { cues.materiel.contains(lemmas[$0]) }
    }

    func isPersonnel(_ word: Int) -> Bool {
        guard !isCivilian(word), !isDesignated(word) else { return false }
        return cues.personnel.contains(lemmas[word])
            || sentence.children(word, "nmod").contains { cues.personnel.contains(lemmas[$0]) && sentence.caseOf($0) == "of" && !isCivilian($0) }
    }

    /// Personnel a modifier makes civilians ("police officers", "medical personnel"): not troops.
    func isCivilian(_ word: Int) -> Bool {
        sentence.children[word].contains { child in
            ["amod", "compound"].contains(sentence.label(child)) && cues.civilianQualifiers.contains(lemmas[child])
        }
    }

    /// "military aid", "financial assistance": aid qualified as materiel (guideline 11).
    func isQualifiedAid(_ word: Int) -> Bool {
        sentence.children[word].contains {
            let label = sentence.label($0)
            return (label == "amod" || label == "compound") && cues.aidQualifiers.contains(lemmas[$0])
        }
    }
}
