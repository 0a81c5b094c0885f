import RelationGraph

/// The verb frames of the cue table (give, receive, use, send, direct, light,
/// fire, ban, reciprocal).
extension TreeRules {
    // MARK: Verb frames

    mutating func verb(_ verb: Int, _ cue: CueTable.VerbCue) {
        let kind = RelationKind(rawValue: cue.kind)
        let passive = sentence.isPassive(verb)
        switch cue.frame {
        case .give:
            // "Drones shipped from Iran to Russia were used": the parser reads a reduced relative as the main
            // clause, but materiel does not ship itself, so a materiel subject is what was given.
            let materielSubjects = passive ? [] : sentence.children(verb, "nsubj", exact: true).filter { isMateriel($0) && !isPersonnel($0) }
            let passive = passive || !materielSubjects.isEmpty
            var themes = passive ? sentence.children(verb, "nsubj:pass", exact: true) + materielSubjects : objects(verb)
            // "has sent troops and millions of shells to Russia": munitions listed after soldiers are given, where
            // the vehicles soldiers take with them ("troops and armoured vehicles") stay theirs.
            // (The parser may hang what the conjunct counts on the soldiers: "troops and millions | of shells".)
            themes += themes.filter(isPersonnel).flatMap { soldiers in
                sentence.conjuncts(soldiers).dropFirst().flatMap { listed in
                    [counted(listed)] + obliques(soldiers, cases: ["of"]).filter { sentence.startsRightAfter($0, listed) }
                }
            }.filter { cues.munitionNouns.contains(lemmas[$0]) }
            // The parser may hang the "with" phrase on the object: "provided the Houthis with missiles".
            var instruments = obliques(verb, cases: ["with"])
                + themes.flatMap { sentence.children($0, "nmod", exact: true).filter { sentence.caseOf($0) == "with" } }
            // "sent Israel $3.8 billion in weapons", "provided Kyiv with $60 billion in weapons": an amount
            // stands for what it is paid in, also when the parser hangs the "in" phrase on the verb.
            themes += themes.compactMap { amountPaidIn($0, verb: verb) }
            instruments += instruments.compactMap { amountPaidIn($0, verb: verb) }
            // "provided M23 with training and military equipment": any of the things listed.
            instruments = instruments.flatMap(sentence.conjuncts)
            themes += instruments
            // "the weapons provided to Kyiv": a passive participle's theme is the noun it describes.
            let described = passive && sentence.label(verb) == "acl" ? sentence.head(verb).map { [$0] } ?? []
                : sentence.isParticipleOfObject(verb) ? sentence.head(verb).map { objects($0) } ?? [] : []
            themes += described
            if cue.needsMateriel {
                guard themes.contains(where: { isMateriel($0) && !isPersonnel($0) }) else { return }
            } else if themes.contains(where: { isPersonnel($0) && parties(at: $0).isEmpty }) {
                // "supplied troops" is the send frame's; "armed the Rapid Support Forces", "equips Russian units"
                // name whom it arms.
                return
            }
            // A "to" phrase may hang on the "from" phrase before it: "shipped from Iran to Russia".
            // ("shipped millions of shells and dozens of missiles to Moscow": or on what counts the materiel.)
            let counters = passive ? [] : sentence.children(verb, "obj", exact: true).filter { !themes.contains($0) }
            var recipients = sentence.children(verb, "iobj", exact: true) + obliques(verb, cases: ["to", "for", "into"])
                + (themes + counters + obliques(verb, cases: ["from"])).flatMap(attachedRecipients) + purposeDestinations(verb)
            if themes.allSatisfy(instruments.contains), !passive {
                // "supplied the United States | with drones" read as a small clause with the recipient as the
                // subject of the "with" phrase.
                recipients += instruments.flatMap { sentence.children($0, "nsubj", exact: true) }
            }
            if cue.needsMateriel, instruments.contains(where: { isMateriel($0) && !isPersonnel($0) }) {
                // "provided Ukraine with tanks", "Ukraine was provided with tanks": with the materiel in a
                // "with" phrase, the party in the object's place is who received it (a materiel test of the
                // object would count the "with" phrase hung on it).
                recipients += themes.filter { !instruments.contains($0) && !parties(at: $0).isEmpty && !cues.materiel.contains(lemmas[$0]) }
            } else if !cue.needsMateriel {
                recipients += themes.filter { !parties(at: $0).isEmpty && (!isMateriel($0) || isPersonnel($0)) }
                if passive { recipients += sentence.children(verb, "nsubj:pass", exact: true).filter { !isMateriel($0) } }
            }
            if recipients.isEmpty, !passive {
                // "has given Ukraine more than 12 billion pounds in aid": the parser may hang the indirect object
                // right after the verb on the object as a compound, with the object's quantity between them.
                recipients += themes.flatMap { theme in
                    sentence.children(theme, "compound", exact: true).filter { $0 == verb + 1 && theme > $0 + 1 && sentence.mentionAt[$0] >= 0 }
                }
            }
            if recipients.isEmpty, ["acl", "advcl", "xcomp"].contains(sentence.label(verb)), let governor = sentence.head(verb) {
                // "accused the UAE of supplying weapons | to the RSF": the parser may hang the clause's "to" phrase
                // on the verb above (through the object the clause hangs on), right after the clause.
                let above = sentence.words[governor].upos == .verb ? [governor] : [governor] + (sentence.head(governor).map { [$0] } ?? [])
                recipients += above.flatMap { obliques($0, cases: ["to"]) }.filter { sentence.startsRightAfter($0, verb) }
            }
            if recipients.isEmpty {
                // "Iran supplied the drones that Russia uses": who uses or receives what was given got it.
                recipients += themes.filter(isMateriel).flatMap { sentence.children($0, "acl:relcl", exact: true) }
                    .filter { clause in cues.verbs[lemmas[clause]]?.contains { $0.frame == .use || $0.frame == .receive } == true }
                    .flatMap { sentence.children($0, "nsubj", exact: true) }
            }
            if recipients.isEmpty, !passive {
                // "provided 40 million euros to fund the Rwandan deployment": what the gift is to fund is whose
                // it is for.
                let funded = (sentence.children(verb, "advcl", exact: true) + sentence.children(verb, "xcomp", exact: true))
                    .filter { clause in
                        sentence.children(clause, "mark").contains { lemmas[$0] == "to" }
                            && cues.verbs[lemmas[clause]]?.contains { $0.kind == "supply" && $0.frame == .give && !$0.needsMateriel } == true
                    }
                recipients += funded.flatMap { sentence.children($0, "obj", exact: true) }.flatMap { object in
                    sentence.mentionAt[object] >= 0 ? [object] : modifierParties(object, labels: ["amod", "compound", "nmod:poss"]).map(\.word)
                }
            }
            if recipients.isEmpty, !passive {
                // "supplies most of Pakistan's combat aircraft": whose the materiel given is, received it.
                recipients += themes.map(counted).filter { isMateriel($0) && !isPersonnel($0) }
                    .flatMap { sentence.children($0, "nmod:poss", exact: true) }.filter { sentence.mentionAt[$0] >= 0 }
            }
            var agents = materielSubjects.isEmpty ? subject(verb) : []
            if agents.isEmpty, !passive { agents = nearby(verb, before: true) }
            if agents.isEmpty, passive {
                // "drones shipped from Iran to Russia": without an agent, where it came from supplied it.
                agents = obliques(verb, cases: ["from"]).flatMap(arguments)
            }
            if agents.isEmpty {
                // "the American weapons provided to Ukraine", "sanctioned for supplying Iranian weapons to Russia":
                // with no one else giving it, the demonym on the materiel names the supplier; on goods traded by firms
                // as much as by states ("ship Iranian oil to China") it says only where they come from.
                agents = themes.filter { isMateriel($0) && !isPersonnel($0) && !cues.commodityNouns.contains(lemmas[$0]) }
                    .flatMap { modifierParties($0, labels: ["amod"]) }
                    .filter { sentence.mentions[sentence.mentionAt[$0.word]].isDemonym }
            }
            add(agents, kind, recipients.flatMap(arguments), cue: verb)
            if themes.contains(where: { isMateriel($0) && !isPersonnel($0) }) {
                // "supplied drones to Russia for use against Ukraine": what the materiel is for says whom the
                // recipient attacks with it, in the supply's own clause, whoever the supplier ("sanctioned
                // two firms for supplying drones to Russia for use against Ukraine").
                add(recipients.flatMap(arguments), .attack, intendedTargets(verb, themes: themes), cue: verb)
            }
        case .receive:
            // "receives $3.8 billion a year in US military aid": an amount stands for what it is paid in.
            let themes = objects(verb).flatMap { theme in [theme] + (amountPaidIn(theme, verb: verb).map { [$0] } ?? []) }
            guard themes.contains(where: isMateriel) else { return }
            // "received weapons worth $1 billion from Russia": the parser may hang the "from" phrase on another
            // phrase of the verb.
            // On the last conjunct too: "received shells and missiles from North Korea".
            var suppliers = (obliques(verb, cases: ["from"])
                + (themes.flatMap(sentence.conjuncts) + sentence.children(verb, "obl")).flatMap { attached($0, case: "from") })
                .flatMap(arguments)
            if !cues.possessionVerbs.contains(lemmas[verb]) {
                // "received Russian jets", "receives US military aid": whose the materiel is, by a demonym, a
                // possessive or a name before it.
                suppliers += themes.flatMap { possessors($0, labels: ["amod", "nmod:poss"]) + modifierParties($0, labels: ["compound"]) }
            }
            add(suppliers, kind, subject(verb), cue: verb)
        case .use:
            // Materiel named by its maker's demonym, used by another party: the maker supplied it.
            // "the drones used by Russia" describes its noun; "North Korean shells were used by Russia" has a subject.
            let themes = passive
                ? (sentence.label(verb) == "acl" ? sentence.head(verb).map { [$0] } ?? [] : sentence.children(verb, "nsubj:pass", exact: true))
                : objects(verb)
            for theme in themes where isMateriel(theme) {
                // The parser may read a two-word demonym ("North Korean") as a compound.
                let makers = modifierParties(theme, labels: ["amod", "compound"]).filter { sentence.mentions[sentence.mentionAt[$0.word]].isDemonym }
                add(makers, kind, subject(verb), cue: verb)
                // "The weapons, which were supplied by China, were used by Israel": who gave what is used gave it
                // to its user.
                let given = (sentence.children(theme, "acl", exact: true) + sentence.children(theme, "acl:relcl", exact: true)).filter(isGivenBy)
                add(given.flatMap { subject($0) }, kind, subject(verb), cue: verb)
            }
            // "Russia used drones against Ukraine": materiel used against a party is an attack on it
            // (a threat when it is only possible: "could use the missiles against Russia").
            if passive, themes.contains(where: isMateriel) {
                // "were used by Israel against Iran", with "against" on the verb or hung on the agent.
                let targets = obliques(verb, cases: ["against"]) + agentPhrases(verb).flatMap { attached($0, case: "against") }
                add(subject(verb), .attack, targets.flatMap(arguments), cue: verb)
            }
            if !passive, themes.contains(where: isMateriel) {
                // The parser may hang "against" on a participle describing the materiel ("use the weapons
                // provided to them against X"), as an `acl` of it or an `xcomp` of the verb.
                let participles = themes.flatMap { sentence.children($0, "acl", exact: true) }
                    + sentence.children(verb, "xcomp", exact: true).filter(sentence.isParticipleOfObject)
                let targets = obliques(verb, cases: ["against"]) + themes.flatMap { attached($0, case: "against") }
                    + participles.flatMap { obliques($0, cases: ["against"]) }
                add(subject(verb), .attack, targets.flatMap(arguments), cue: verb)
            }
        case .send:
            // "sent 1,000 soldiers to join UNIFIL", "sent troops to help Russia": whom they join or help is
            // where they are sent (the parser may make the soldiers the purpose clause's subject).
            let purposes = passive ? [] : (sentence.children(verb, "xcomp", exact: true) + sentence.children(verb, "ccomp", exact: true)
                + sentence.children(verb, "advcl", exact: true)).filter { cues.joiningVerbs.contains(lemmas[$0]) }
            // ("sent soldiers to fight for Russia": or the subject the parser gave a clause of fighting there.)
            let fighting = passive ? [] : (sentence.children(verb, "xcomp", exact: true) + sentence.children(verb, "advcl", exact: true))
                .filter { cues.combatVerbs.contains(lemmas[$0]) }
            let themes = passive ? sentence.children(verb, "nsubj:pass", exact: true)
                : objects(verb) + (purposes + fighting).flatMap { sentence.children($0, "nsubj", exact: true) }
            // ("sent a THAAD battery and about 100 US troops": the soldiers may be a later conjunct.)
            guard let theme = themes.flatMap(sentence.conjuncts).first(where: isPersonnel) else { return }
            // "sent troops to Poland for NATO exercises": soldiers sent for an exercise are not troops (guideline 13).
            guard !forExercises(after: verb) else { return }
            var agents = subject(verb)
            if agents.isEmpty, !passive { agents = nearby(verb, before: true) }
            if agents.isEmpty {
                agents = owners(theme)
                for of in sentence.children(theme, "nmod") where sentence.caseOf(of) == "of" {
                    agents += modifierParties(of, labels: ["amod", "compound", "nmod:poss"])
                }
            }
            // "station a brigade in Lithuania": the parser may hang the place on the soldiers.
            // "stationed soldiers at bases inside Syria", "rotated troops through nine Philippine bases": an
            // installation they are sent to or through places them.
            var targets = obliques(verb, cases: ["to", "into", "in", "toward", "towards", "inside"]) + attachedRecipients(theme)
                + purposeDestinations(verb)
                + (obliques(verb, cases: ["at", "through"]) + obliques(theme, cases: ["at"])).filter(isInstallation)
                + obliques(theme, cases: ["in", "into", "inside"])
                + (purposes + sentence.children(theme, "acl", exact: true).filter { cues.joiningVerbs.contains(lemmas[$0]) })
                    .flatMap(objects)
                // "placed under KFOR command", "under the command of the UN force": whose command they join.
                + obliques(verb, cases: ["under"]).filter { lemmas[$0] == "command" }.flatMap { command in
                    sentence.children(command, "compound", exact: true) + sentence.children(command, "nmod:poss", exact: true)
                        + obliques(command, cases: ["of"])
                }
            // Troops sent to a force go where it is stationed, not to who leads it (guideline 13): "to the NATO
            // force in Kosovo", or "to the NATO force" with "in Kosovo" on the verb; only a force named
            // nowhere else is the target itself ("to the Latvian battlegroup").
            // "Khankendi, where Russian peacekeepers are stationed": the place the clause describes.
            if targets.isEmpty, let place = whereAntecedent(verb) { targets = [place] }
            if targets.isEmpty, !passive {
                // "deployed thousands of troops to fight alongside Russian forces", "sent soldiers to fight for
                // Russia": on whose side they are sent to fight.
                targets = (sentence.children(verb, "xcomp", exact: true) + sentence.children(verb, "advcl", exact: true))
                    .filter { cues.combatVerbs.contains(lemmas[$0]) || cues.presenceVerbs.contains(lemmas[$0]) }
                    .flatMap { obliques($0, cases: cues.companionCases.union(cues.sideCases)) }
            }
            let forces = targets.filter { cues.forceNouns.contains(lemmas[$0]) }
            let hosts = forces.flatMap(stationedIn) + targets.filter { !forces.contains($0) }.flatMap { target in
                isInstallation(target) ? stationedIn(target) : arguments(target)
            }
            let placed = !(obliques(verb, cases: cues.placeCases) + obliques(theme, cases: cues.placeCases)).isEmpty
            if targets.isEmpty, !placed, !documentHost.isEmpty {
                // "Belgium would provide 300 troops", in a report on a force already placed: they go where it is
                // (not "stationed troops along its border": a place of their own).
                add(agents.filter { !documentHost.contains($0.party) }, .troops, documentHost.map { ($0, verb) }, cue: verb)
                return
            }
            add(agents, .troops, hosts.isEmpty ? targets.flatMap(arguments) : hosts, cue: verb)
        case .direct:
            // "said it had warned Warsaw about drones that strayed off course": a warning about something other than a
            // response or a price to pay informs; it does not threaten.
            if cue.kind == "threat", case let about = obliques(verb, cases: ["about"]), !about.isEmpty,
               !about.contains(where: { cues.retaliationNouns.contains(lemmas[$0]) || cues.costNouns[lemmas[$0]] != nil }) {
                return
            }
            // The parser does not always mark the passive subject as such: any subject of a passive verb is its patient.
            var targets = passive ? sentence.children(verb, "nsubj").map(counted) : objects(verb)
            if cue.kind == "sanction", cues.assetVerbs.contains(lemmas[verb]), !passive,
               targets.allSatisfy({ obliques($0, cases: ["of"]).isEmpty }) {
                // "froze the assets of 11 North Korean entities": the parser may hang whose they are on the verb.
                targets += obliques(verb, cases: ["of"])
            }
            // "froze its participation in the alliance": a verb that sanctions only by what it acts on ("froze
            // Russian assets") needs a party or what stands for one.
            // ("froze 210 billion euros of Russian central bank assets": or what the taken thing is "of".)
            if cue.kind == "sanction", cues.assetVerbs.contains(lemmas[verb]),
               !targets.flatMap({ [$0] + obliques($0, cases: ["of"]) }).contains(where: {
                   !targetArguments($0, kind: "sanction").isEmpty || cues.sanctionProxies.contains(lemmas[$0])
               }) {
                return
            }
            var agents = subject(verb)
            // "Drones launched by the RSF struck fuel depots": weapons that strike are whose they are.
            if agents.isEmpty, !passive, cue.kind == "attack" {
                agents = sentence.children(verb, "nsubj", exact: true).filter(isMateriel).flatMap(actors)
            }
            if agents.isEmpty, !passive, cue.kind == "attack",
               let strikes = sentence.children(verb, "nsubj", exact: true).first(where: { cues.nouns[lemmas[$0]]?.kind == "attack" }),
               isDefinite(strikes) {
                // "US and British airstrikes killed 16 people. … the strikes hit 13 Houthi sites": definite strikes
                // with no owner named are the last ones the document gave an owner.
                agents = documentAttacker.map { ($0, strikes) }
            }
            if agents.isEmpty, passive, cue.kind == "attack" { agents = whenClauseAttackers(verb) }
            if agents.isEmpty, !passive { agents = nearby(verb, before: true) }
            if agents.isEmpty, passive, cue.kind == "sanction" { agents = unnamedSanctioner(verb) }
            if cue.kind == "attack", cues.aimingVerbs.contains(lemmas[verb]),
               let measure = obliques(verb, cases: ["with", "through", "by"]).first(where: { cues.nouns[lemmas[$0]]?.kind == "sanction" }) {
                // "targeted China with sanctions", "hit Iran with new sanctions": aimed, not an attack.
                consumed.insert(measure)
                add(agents, .sanction, targets.flatMap { targetArguments($0, kind: "sanction") }, cue: verb)
                return
            }
            if cue.kind == "attack", !passive, cues.aimingVerbs.contains(lemmas[verb]),
               let measure = sentence.children(verb, "nsubj", exact: true).first(where: {
                   cues.nouns[lemmas[$0]]?.kind == "sanction" || cues.qualifiedCueNouns[lemmas[$0]]?.reads == "sanction"
               }) {
                // "New British sanctions target Israeli oil exports": measures aim, they do not strike; whose
                // they are sanctions what they target. "The measures target …" with no owner, in a report of one
                // sanctioner's measures, are that sanctioner's, the way an announcement goes on.
                let owners = nounAgents(measure)
                let agents = owners.isEmpty && isDefinite(measure) ? documentSanctioner.map { ($0, measure) } : owners
                if cues.nouns[lemmas[measure]]?.kind == "sanction" || !agents.isEmpty {
                    consumed.insert(measure)
                    add(agents, .sanction, targets.flatMap { targetArguments($0, kind: "sanction") }, cue: measure, governor: verb)
                    return
                }
            }
            let combat = cues.combatVerbs.contains(lemmas[verb])
            // "Chinese warships encircled Taiwan in drills": what is done in an exercise is no attack (guideline 13).
            if cue.kind == "attack", obliques(verb, cases: ["in", "during"]).contains(where: { cues.exerciseNouns.contains(lemmas[$0]) }) {
                return
            }
            if cue.kind == "attack" {
                // "struck sites in Syria", "struck Selydove in eastern Ukraine": the parser often hangs where
                // unowned targets, or places the gazetteer does not know, are on the verb.
                let unplaced = targets.contains { target in
                    (cues.placedTargets.contains(lemmas[target]) || sentence.words[target].upos == .propn)
                        && parties(at: target, kind: "attack").isEmpty && !isGroupOwned(target)
                }
                if unplaced {
                    targets += obliques(verb, cases: cues.placedTargetCases)
                }
                targets += obliques(verb, cases: combat ? ["against"] : ["on", "against", "at", "into", "upon"])
                // "Ukraine has been fighting (against) Russia's invasion": an act fought is undergone, not a party
                // attacked.
                if combat { targets.removeAll { cues.nouns[lemmas[$0]]?.kind == "attack" } }
                if combat {
                    // "fighting alongside the Congolese army against M23": the parser may hang whom they fight on
                    // whom they fight beside, who fights it too.
                    let companions = obliques(verb, cases: cues.companionCases)
                    let opposed = companions.flatMap { obliques($0, cases: ["against"]) }
                    if !opposed.isEmpty {
                        targets += opposed
                        agents += companions.flatMap(arguments)
                    }
                }
            }
            var found = targets.flatMap { targetArguments($0, kind: cue.kind) }
            // Whether the verb reports another party's act (then the words after it are that act's, not targets).
            var reported = false
            if cues.conquestVerbs.contains(lemmas[verb]) {
                // "recaptured the city from Russia": whom ground is taken from.
                found += obliques(verb, cases: ["from"]).flatMap(arguments)
                // "captured the town of Avdiivka in eastern Ukraine": ground taken is taken from where it lies.
                for place in targets where cues.proxyStatesOnly.contains(lemmas[place]) && parties(at: place, kind: "attack").isEmpty {
                    let named = obliques(place, cases: ["of"]).filter { sentence.mentionAt[$0] < 0 }
                    found += (obliques(place, cases: cues.placedTargetCases) + obliques(verb, cases: cues.placedTargetCases)
                        + named.flatMap { obliques($0, cases: cues.placedTargetCases) }).flatMap(arguments)
                }
            }
            if cue.kind == "threat" {
                // "threatened military action against Japan": also on what is threatened.
                found += (obliques(verb, cases: ["against"]) + objects(verb).flatMap { attached($0, case: "against") }).flatMap(arguments)
                // "threatened to attack X": the target of the threatened act; "threatened war with X": of the war.
                for clause in sentence.children(verb, "xcomp", exact: true) + sentence.children(verb, "ccomp", exact: true) {
                    // "The US warned that Iran would attack Israel": an act another party would do is reported,
                    // not threatened by the one who warns of it ("warned that NATO troops would be targets", with
                    // no act of theirs, still threatens them).
                    if sentence.words[clause].upos == .noun, cues.placedTargets.contains(lemmas[clause]),
                       !sentence.children(clause, "cop").isEmpty {
                        // "warned that American and British warships would be legitimate targets": whoever would
                        // be targets is threatened.
                        found += subject(clause)
                    }
                    let doers = Set(subject(clause).map(\.party))
                    if sentence.words[clause].upos == .verb, !doers.isEmpty, doers.isDisjoint(with: agents.map(\.party)) {
                        reported = true
                        continue
                    }
                    // "would take measures against any Taiwan independence moves": an act stands for its doer.
                    found += (objects(clause) + obliques(clause, cases: ["on", "against", "at"])).flatMap { target in
                        cues.provocationNouns.contains(lemmas[target]) ? nounAgents(target) : arguments(target)
                    }
                }
                for object in objects(verb) where cues.nouns[lemmas[object]]?.kind == "attack" {
                    consumed.insert(object)
                    found += nounTargets(object, kind: "attack")
                }
            }
            if found.isEmpty, cue.kind == "sanction" { found = reasonTargets(verb) }
            if cue.kind == "attack", let accused = accusedTargets(verb, agents: agents, found: found) { found = accused }
            if found.isEmpty, !passive, !reported, !combat { found = nearby(verb, before: false) }
            if found.isEmpty, cue.kind == "attack" { found = whereTargets(verb, agents: agents) }
            if found.isEmpty, cue.kind == "attack", cues.responseVerbs.contains(lemmas[verb]), targets.isEmpty {
                // "Hezbollah vowed to retaliate": naming no one, a retaliation answers the document's last attack.
                found = lastAttackers(answeredBy: agents, at: verb)
            }
            add(agents, kind, found, cue: verb)
        case .light:
            // "imposed sanctions on Iran", and in the passive "sanctions were imposed on Iran (by the EU)".
            var themes = passive ? sentence.children(verb, "nsubj").map(counted) : objects(verb)
            // "Sanctions imposed by the EU on Belarus …": a participle that names the target describes the noun
            // it is read as; without one the noun's own rule reads it ("is under sanctions imposed by the UN").
            if passive, sentence.label(verb) == "acl", let noun = sentence.head(verb),
               !obliques(verb, cases: targetCases(cue.kind)).isEmpty {
                themes.append(noun)
            }
            // "claimed responsibility for the attack", "took credit for the strikes": what the object is for.
            // The parser may hang the "for" phrase on the verb ("claimed responsibility | for an attack").
            let forWhat = themes.filter { cues.nouns[lemmas[$0]] == nil }
            themes += forWhat.flatMap { obliques($0, cases: ["for"]) } + (forWhat.isEmpty ? [] : obliques(verb, cases: ["for"]))
            // "carried out a series of strikes": a quantity stands for what it counts.
            let nounCues = themes.flatMap(sentence.conjuncts).map(counted).filter { cues.nouns[lemmas[$0]]?.kind == cue.kind }
            guard !nounCues.isEmpty else { return }
            for noun in nounCues {
                consumed.insert(noun)
                var agents = nounAgents(noun)
                if agents.isEmpty { agents = subject(verb) } else if cues.adoptingVerbs.contains(lemmas[verb]) { agents += subject(verb) }
                if agents.isEmpty, !passive {
                    // "Pyongyang's missile launches pose a threat to Japan": whose act or weapons the subject is.
                    agents = sentence.children(verb, "nsubj", exact: true).flatMap(nounAgents)
                }
                if agents.isEmpty, !sentence.isPassive(verb) { agents = nearby(verb, before: true) }
                if agents.isEmpty, passive, cue.kind == "sanction" { agents = unnamedSanctioner(verb) }
                agents += jointAgents(noun)
                var targets = nounTargets(noun, kind: cue.kind)
                if targets.isEmpty { targets = obliques(verb, cases: targetCases(cue.kind)).flatMap { targetArguments($0, kind: cue.kind) } }
                if targets.isEmpty, cue.kind == "attack" { targets = whereTargets(verb, agents: agents) }
                if targets.isEmpty, cue.kind == "sanction" {
                    // "the EU imposed new Iran sanctions": with the agent named as subject, a name on the noun is the target.
                    targets = modifierParties(noun, labels: ["compound", "amod"])
                    if !targets.isEmpty { agents = subject(verb) }
                }
                if mutual(noun, agents: agents, targets: targets) { continue }
                if !passive, isPresupposed(noun, by: verb) { emit(agents, kind, targets, cue: noun, modality: ClauseModality(), verb: verb) }
                add(agents, kind, targets, cue: noun, governor: verb)
            }
        case .fire:
            let aimed: Set<String> = ["at", "on", "into", "toward", "towards", "against", "upon"]
            if passive, sentence.label(verb) == "acl", let fired = sentence.head(verb), isMateriel(counted(fired)) {
                // "responded with hundreds of missiles fired at Israeli cities": munitions fired at a party are
                // whose they are, or (named by no one) whose act uses them; not whose defences stop them.
                var agents = agentPhrases(verb).flatMap(actors)
                if agents.isEmpty { agents = modifierParties(counted(fired), labels: ["amod", "compound", "nmod:poss"]) }
                if agents.isEmpty, let holder = holdingVerb(from: fired, through: ["obj", "obl"]),
                   !cues.interceptionVerbs.contains(lemmas[holder]), !cues.interceptionVerbs.contains(phrasal(holder)) {
                    agents = subject(holder)
                }
                let targets = obliques(verb, cases: aimed)
                add(agents, .attack, targets.flatMap { targetArguments($0, kind: "attack") }, cue: verb)
                return
            }
            // "fired missiles at Israel"; with no object, "fired on its positions" (what is fired on).
            let onWhat = objects(verb).isEmpty && !passive ? obliques(verb, cases: ["on", "at", "upon", "toward", "towards"]) : []
            guard !onWhat.isEmpty || objects(verb).contains(where: { isMateriel($0) || cues.nouns[lemmas[$0]]?.kind == "attack" })
            else { return }
            // ("fired dozens of rockets into northern Israel": or on what the object counts.)
            let targets = obliques(verb, cases: aimed)
                + Set(objects(verb) + objects(verb).map(counted)).sorted().flatMap {
                    obliques($0, cases: ["at", "on", "into", "against", "toward", "towards"])
                }
            // "Israeli tanks fired on …": as for the verbs of attack, the name next to a subject that is no party.
            var agents = subject(verb)
            if agents.isEmpty, !passive { agents = nearby(verb, before: true) }
            add(agents, .attack, targets.flatMap { targetArguments($0, kind: "attack") }, cue: verb)
        case .ban:
            // "banned the sale of weapons to Libya", "a resolution prohibiting arms exports to Iran": an embargo
            // on the recipient. What is banned is no supply.
            let themes = (passive ? sentence.children(verb, "nsubj").map(counted) : objects(verb)).flatMap(sentence.conjuncts)
            // "banned imports of Russian steel", "imports from Iran": a ban on buying from a party is a sanction on it.
            // "sanctions that prohibit the import of a wide range of goods from Russia": the measure's owner bans,
            // and the seller may be named under what is counted.
            var banners = subject(verb)
            if banners.isEmpty, sentence.label(verb) == "acl:relcl", let measure = sentence.head(verb),
               cues.nouns[lemmas[measure]]?.kind == "sanction" || cues.measureNouns.contains(lemmas[measure]) {
                banners = nounAgents(measure)
                // "The EU adopted sanctions that prohibit …": or who puts the measure in place.
                if banners.isEmpty, sentence.label(measure) == "obj", let governor = sentence.head(measure),
                   cues.verbs[lemmas[governor]]?.contains(where: { $0.frame == .light && $0.kind == "sanction" }) == true {
                    banners = subject(governor)
                }
            }
            for theme in themes where cues.receiveNouns.contains(lemmas[theme]) {
                let goods = obliques(theme, cases: ["of"])
                let counted = goods.flatMap { obliques($0, cases: ["of"]) }
                let sellers = goods.flatMap { possessors($0) } + ([theme] + goods + counted).flatMap { obliques($0, cases: ["from"]) }.flatMap(arguments)
                consumed.insert(theme)
                add(banners, .sanction, sellers, cue: verb)
            }
            // "banned Russian ships from its ports", "banned cars with Russian plates from entering their territory":
            // a ban that keeps a party's vehicles or goods out sanctions the party.
            let keptOut = !obliques(verb, cases: ["from"]).isEmpty
                || sentence.children(verb, "advcl").contains { clause in sentence.children(clause, "mark").contains { lemmas[$0] == "from" } }
            if keptOut {
                // (Not a party itself: a resolution barring a state from testing missiles is no embargo, as the
                // development corpus reads it.)
                for theme in themes where !consumed.contains(theme) && sentence.mentionAt[theme] < 0
                    && cues.nouns[lemmas[theme]] == nil && !cues.receiveNouns.contains(lemmas[theme]) {
                    // A demonym that only describes the vehicles ("Russian ships") still names whose they are.
                    func owners(_ word: Int) -> [(party: Int32, word: Int)] {
                        sentence.children[word].filter { ["amod", "compound", "nmod:poss"].contains(sentence.label($0)) && sentence.mentionAt[$0] >= 0 }
                            .flatMap { child in sentence.mentions[sentence.mentionAt[child]].parties.map { ($0, child) } }
                    }
                    let owners = owners(theme) + obliques(theme, cases: ["with"]).flatMap(owners)
                    guard !owners.isEmpty else { continue }
                    consumed.insert(theme)
                    add(banners, .sanction, owners, cue: verb)
                }
            }
            for theme in themes where cues.nouns[lemmas[theme]]?.kind == "supply" || isMateriel(theme) {
                consumed.insert(theme)
                var agents = subject(verb)
                if agents.isEmpty, sentence.label(verb) == "acl", let noun = sentence.head(verb), cues.measureNouns.contains(lemmas[noun]),
                   sentence.label(noun) == "obj", let governor = sentence.head(noun),
                   cues.verbs[lemmas[governor]]?.contains(where: { $0.frame == .light && $0.kind == "sanction" }) == true {
                    // "The Security Council adopted a resolution prohibiting …": who puts the measure in place
                    // imposes it (not who condemns it).
                    agents = subject(governor)
                }
                if agents.isEmpty, !passive { agents = nearby(verb, before: true) }
                var targets = nounTargets(theme, kind: "supply")
                if targets.isEmpty { targets = obliques(verb, cases: ["to"]).flatMap(arguments) }
                add(agents, .sanction, targets, cue: verb)
            }
        case .reciprocal:
            var sides = subject(verb)
            sides += obliques(verb, cases: ["with", "between"]).flatMap(arguments)
            if lemmas[verb] == "exchange" || lemmas[verb] == "trade" {
                // ("exchanged artillery and rocket fire": any of what is exchanged.)
                guard objects(verb).flatMap(sentence.conjuncts).contains(where: { cues.fireObjects.contains(lemmas[$0]) }) else { return }
            }
            reciprocal(sides, cue: verb)
        }
    }

    /// Who is put on a sanctions list is sanctioned by who puts them there, or by the list's owner:
    /// "London added five Russian oligarchs to its sanctions list", "placed Iran's central bank on the
    /// blacklist"; in the passive, the list's owner ("were added to the EU's sanctions list").
    mutating func listing(_ verb: Int) {
        // The parser may hang the list on what is listed ("placed Iran's Revolutionary Guards | on its list").
        let phrases = obliques(verb, cases: ["to", "on"]) + objects(verb).flatMap { attached($0, case: "to") + attached($0, case: "on") }
        let lists = phrases.filter { list in
            lemmas[list] == "blacklist" || (cues.sanctionLists.contains(lemmas[list]) && sentence.children[list].contains { child in
                ["compound", "amod"].contains(sentence.label(child)) && cues.sanctionListQualifiers.contains(lemmas[child])
            })
        }
        guard let list = lists.first else { return }
        var agents = subject(verb)
        if agents.isEmpty {
            // The owner may modify the list's first word: "the US Entity List".
            let words = [list] + sentence.children(list, "compound", exact: true).filter { sentence.mentionAt[$0] < 0 }
            agents = words.flatMap { modifierParties($0, labels: ["compound", "nmod:poss"]) }
        }
        let listed = sentence.isPassive(verb) ? sentence.children(verb, "nsubj").map(counted) : objects(verb)
        add(agents, .sanction, listed.flatMap { targetArguments($0, kind: "sanction") }, cue: verb)
    }

    /// Whom materiel is given to be used against: "for use against X" on the
    /// verb or the materiel, or "to use … against X"; nobody without such a use.
    func intendedTargets(_ verb: Int, themes: [Int]) -> [(party: Int32, word: Int)] {
        let uses = ([verb] + themes).flatMap { obliques($0, cases: ["for"]) }.filter { lemmas[$0] == "use" }
            + (sentence.children(verb, "advcl", exact: true) + sentence.children(verb, "xcomp", exact: true)
                + themes.flatMap { sentence.children($0, "acl", exact: true) }).filter { lemmas[$0] == "use" }
        // The parser may hang "against" on the giving verb itself.
        // ("for use in Ukraine": where it is to be used is whom it is used against, right after the use.)
        if !uses.isEmpty {
            let places = (uses + [verb]).flatMap { allObliques($0, cases: ["in"]) }.filter { place in uses.contains { sentence.startsRightAfter(place, $0) } }
            return ((uses + [verb]).flatMap { allObliques($0, cases: ["against"]) } + places).flatMap(arguments)
        }
        // A giving clause nested in another ("sanctions … for supplying drones to X for use against Y") may
        // have its "for use" phrase, and the "against" after it, hung on a governor; a phrase that follows
        // the giving verb still reads as its use.
        var governor = sentence.head(verb)
        while let above = governor {
            let late = obliques(above, cases: ["for"]).filter { lemmas[$0] == "use" && $0 > verb }
            if let use = late.first {
                let against = allObliques(use, cases: ["against"]) + allObliques(above, cases: ["against"]).filter { $0 > use }
                return against.flatMap(arguments)
            }
            governor = sentence.head(above)
        }
        return []
    }

    /// The sanctioner of a passive sanction that names none: the document's
    /// last, when the passive reports an act ("Iran was also sanctioned",
    /// "sanctions have been imposed on …"), the way an announcement goes on;
    /// a state ("Iran is heavily sanctioned") has no sanctioner (guideline: unnamed, skip).
    func unnamedSanctioner(_ verb: Int) -> [(party: Int32, word: Int)] {
        let auxiliaries = (sentence.children(verb, "aux", exact: true) + sentence.children(verb, "aux:pass", exact: true))
            .map { sentence.words[$0].form.lowercased() }
        // A present passive is a designation too when it cites its legal basis ("are sanctioned pursuant to").
        let designated = sentence.children(verb, "advmod").contains { lemmas[$0] == "pursuant" }
        guard designated || auxiliaries.contains(where: { $0 == "was" || $0 == "were" || $0 == "been" }) else { return [] }
        return documentSanctioner.map { ($0, verb) }
    }

    /// Whom people sanctioned "for being" officials of a state stand for: "five individuals were sanctioned
    /// for being officials of the Government of Venezuela" is a sanction on Venezuela (guideline 15). The
    /// parser may hang the reason on the verb's object rather than on the verb, and as a noun phrase
    /// rather than a clause; only a predicate that names people of a state counts, so "for being in
    /// Belarus" names no target. A coordinated predicate carries the copula and "for" on its first
    /// conjunct: in "for being current or former officials of …" the people are the second.
    func reasonTargets(_ verb: Int) -> [(party: Int32, word: Int)] {
        let near = [verb] + sentence.children[verb]
        let reasons = near.flatMap { sentence.children[$0] }.filter { predicate in
            guard ["advcl", "nmod", "obl", "acl"].contains(sentence.label(predicate)) else { return false }
            let children = sentence.children[predicate]
            return children.contains { lemmas[$0] == "for" && ["mark", "case"].contains(sentence.label($0)) }
                && sentence.children(predicate, "cop", exact: true).contains { lemmas[$0] == "be" }
        }
        let people = reasons.flatMap(sentence.conjuncts).filter {
            cues.sanctionProxies.contains(lemmas[$0]) || cues.proxyNouns.contains(lemmas[$0])
        }
        return people.flatMap { parties(at: $0, kind: "sanction") }
    }

    func targetCases(_ kind: String) -> Set<String> {
        switch kind {
        case "sanction": ["on", "against", "upon"]
        case "threat": ["to", "against", "for"]
        case "supply": ["to", "for"]
        case "troops": ["to", "in", "into"]
        default: ["on", "against", "at", "into", "upon", "in"]
        }
    }

    /// Where something is sent when the parser hung the "to" phrase on the purpose clause before it: "sent a
    /// THAAD battery and 100 troops to operate it to Israel". Not for a purpose that gives or sends on its own
    /// account, whose "to" is its own recipient.
    ///
    /// - Complexity: O(*d*) in the dependents of the verb and of its clauses.
    func purposeDestinations(_ verb: Int) -> [Int] {
        (sentence.children(verb, "xcomp", exact: true) + sentence.children(verb, "advcl", exact: true)).filter { clause in
            clause > verb && sentence.children(clause, "mark").contains { lemmas[$0] == "to" }
                && !givesOrSends(clause)
                && !cues.joiningVerbs.contains(lemmas[clause])
        }.flatMap { obliques($0, cases: ["to"]) }
    }

    /// Who did a harm told in the passive with no agent, when a clause of time on it names an attack: "four
    /// soldiers were killed when Azerbaijani forces opened fire", "were killed when Russian drones struck".
    ///
    /// - Complexity: O(*d*) in the dependents of the verb and of its clauses.
    func whenClauseAttackers(_ verb: Int) -> [(party: Int32, word: Int)] {
        sentence.children(verb, "advcl", exact: true).filter { clause in
            sentence.children(clause, "advmod").contains { $0 < clause && cues.subordinatingAdverbs.contains(lemmas[$0]) }
                && (cues.verbs[lemmas[clause]]?.contains { $0.kind == "attack" } == true
                    || objects(clause).contains { cues.fireObjects.contains(lemmas[$0]) })
        }.flatMap { clause in
            let doers = sentence.children(clause, "nsubj", exact: true).flatMap(actors)
            return doers.isEmpty ? subject(clause) : doers
        }
    }

    /// Whom an act charged by an accusation is done to when it names nobody but its doers: the accuser
    /// ("Russia accused Ukraine of attacking (its ports)"); `nil` when the clause is no charge or names another.
    func accusedTargets(
        _ clause: Int, agents: [(party: Int32, word: Int)], found: [(party: Int32, word: Int)]
    ) -> [(party: Int32, word: Int)]? {
        guard Self.excluding(found, agents).isEmpty, let accuser = accuser(ofClause: clause) else { return nil }
        // "accusing the army of attacking civilians": a charge that names whom it was done to, no party and
        // nobody's ("its positions"), is no attack on the accuser.
        let victims = sentence.children(clause, "obj", exact: true).filter { cues.nouns[lemmas[$0]] == nil }
        if victims.contains(where: { parties(at: $0, kind: "attack").isEmpty && sentence.children($0, "nmod:poss", exact: true).isEmpty }) {
            return nil
        }
        return Self.excluding(subject(accuser), agents)
    }

    /// The accusation verb a gerund clause is the charge of ("accused Ukraine of attacking", "blamed Iran
    /// for supplying"), also when the parser hangs the clause on the accused.
    func accuser(ofClause verb: Int) -> Int? {
        guard let head = sentence.head(verb), ["advcl", "acl"].contains(sentence.label(verb)),
              sentence.children(verb, "mark").contains(where: { ["of", "for"].contains(lemmas[$0]) }) else { return nil }
        if cues.accusationVerbs.contains(lemmas[head]) { return head }
        guard sentence.label(head) == "obj", let above = sentence.head(head), cues.accusationVerbs.contains(lemmas[above]) else { return nil }
        return above
    }

    /// What an amount of money given is paid in: the "in" phrase right after it ("$3.8 billion in
    /// weapons"), on the amount or on the verb, when it names materiel; nil for anything else.
    ///
    /// - Complexity: O(*d*) in the dependents of the amount and the verb.
    func amountPaidIn(_ amount: Int, verb: Int) -> Int? {
        let symbol = sentence.words[amount].upos == .sym
        // ("$3.8 billion in military aid": a currency sign is money of its own, and still paid in what follows.)
        guard symbol || (!sentence.children(amount, "nummod").isEmpty && !cues.materiel.contains(lemmas[amount])) else { return nil }
        var end = sentence.subtreeEnd(amount)
        var phrases = allObliques(amount, cases: ["in"])
        // "$3.8 billion a year in military aid": a rate may stand between the amount and what it is paid in,
        // and the parser hangs the "in" phrase on the rate.
        if let rate = sentence.children[verb].first(where: { sentence.subtreeStart($0) == end + 1 && sentence.label($0).hasPrefix("obl:") }) {
            phrases += allObliques(rate, cases: ["in"])
            end = sentence.subtreeEnd(rate)
        }
        phrases += sentence.children[amount].filter { sentence.label($0).hasPrefix("obl:") }.flatMap { allObliques($0, cases: ["in"]) }
        phrases += allObliques(verb, cases: ["in"]).filter { sentence.subtreeStart($0) == end + 1 }
        return phrases.first(where: isMateriel)
    }
}
