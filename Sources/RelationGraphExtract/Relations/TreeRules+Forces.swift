import RelationGraph

/// Forces kept, enlarged or made up of contingents somewhere, and promised
/// responses: rules on verbs that are not cues of their own.
extension TreeRules {
    /// A verb's lemma with its particle ("make up"), or the lemma alone.
    func phrasal(_ verb: Int) -> String {
        guard let particle = sentence.children(verb, "compound:prt", exact: true).first else { return lemmas[verb] }
        return lemmas[verb] + " " + lemmas[particle]
    }

    /// A promised response is a threat to whoever it is promised to (asserted,
    /// as a warning is: guideline 4): "Seoul promised Pyongyang a nuclear
    /// response", "Iran vowed retaliation against Israel".
    mutating func retaliation(_ verb: Int) {
        // "warned of a response": the response may be what is warned of.
        for response in objects(verb) + obliques(verb, cases: ["of"]) where cues.retaliationNouns.contains(lemmas[response]) {
            let targets = sentence.children(verb, "iobj", exact: true) + obliques(response, cases: ["against", "on", "to", "for"])
                + obliques(verb, cases: ["against", "on"])
            var agents = subject(verb)
            if agents.isEmpty { agents = nearby(verb, before: true) }
            // "a response to the drills by the United States": what is answered names whose act it was.
            var answered = targets.flatMap(partiesOrDoers)
            if answered.isEmpty, targets.isEmpty, objects(verb).allSatisfy({ $0 == response }) {
                // "The Kremlin … warned of a response", naming no one: it answers whoever last attacked or
                // sanctioned the warner, if anyone did.
                answered = lastAttackers(answeredBy: agents, at: response, ownOnly: true)
            }
            guard !agents.isEmpty, !answered.isEmpty else { continue }
            // The response is the cue, so that "promised" does not hedge it as a pledge would. One given in
            // answer to any act of a party ("would give a decisive response to any aggression by Israel") is a
            // conditional warning, asserted (guideline 4).
            var modality = ClauseModality(sentence: sentence, cues: cues, cue: verb)
            let supposed = targets.contains { target in sentence.children(target, "det").contains { lemmas[$0] == "any" } }
            if supposed, !modality.negated, modality.evidential == nil { modality = ClauseModality() }
            emit(agents, .threat, answered, cue: response, modality: modality, verb: response)
        }
    }

    /// A response a party "will face", said by another, is a threat of the
    /// one who says it (asserted, as a warning is: guideline 4): "France said
    /// Iran would face a firm response", "warned that Seoul would pay a heavy
    /// price", "said the group would continue to pay a heavy price", "Britain has been clear that any
    /// transfer of missiles by Iran would face a significant response" (an
    /// act stands for its doer). A reported clause, or a main clause of a
    /// statement, said by its issuers ("The Houthis will bear the
    /// consequences"); with no one saying it, whose response it is stays
    /// unknown.
    mutating func facedResponse(_ verb: Int) {
        // ("will bear the responsibility of the consequences": or what the object is "of".)
        let experienced = cues.experiencerVerbs.contains(lemmas[verb])
        guard let response = objects(verb).flatMap({ [$0] + obliques($0, cases: ["of"]) }).first(where: {
            (experienced && cues.retaliationNouns.contains(lemmas[$0])) || cues.costNouns[lemmas[$0]] == lemmas[verb]
        }) else { return }
        // "said the group would continue to pay a heavy price": the clause is the verb's whose complement it is.
        var clause = verb
        for _ in 0..<2 where sentence.label(clause) == "xcomp" {
            guard let up = sentence.head(clause), sentence.words[up].upos == .verb else { break }
            clause = up
        }
        // "said the targets were used … and that the group would pay": a second complement is said as the first is.
        var complement = clause
        if sentence.label(clause) == "conj", let first = sentence.head(clause), ["ccomp", "csubj"].contains(sentence.label(first)) {
            complement = first
        }
        let reported = ["ccomp", "csubj"].contains(sentence.label(complement))
        // "The Houthis will bear the consequences", said in a statement's own voice: its issuers warn.
        guard reported || (sentence.label(clause) == "root" && !documentSpeakers.isEmpty) else { return }
        let modality = ClauseModality(sentence: sentence, cues: cues, cue: clause)
        guard modality.future || modality.possibility || modality.threatened, !modality.negated else { return }
        let facing = sentence.children(clause, "nsubj", exact: true).flatMap(partiesOrDoers)
        let speakers = reported ? sentence.head(complement).map { subject($0) } ?? [] : documentSpeakers.map { ($0, verb) }
        let targets = Self.excluding(facing, speakers)
        guard !speakers.isEmpty, !targets.isEmpty else { return }
        emit(speakers, .threat, targets, cue: response, modality: modality.evidential == nil ? ClauseModality() : modality, verb: verb)
    }

    /// The parties a word names, or, naming none, the doers of the act it names ("a response to the drills by
    /// Japan", "the alliance's build-up").
    func partiesOrDoers(_ word: Int) -> [(party: Int32, word: Int)] {
        let named = arguments(word)
        return named.isEmpty ? nounAgents(word) : named
    }

    /// The attackers of the responders earlier in the sentence, else the document's last attackers of them, else
    /// its last sanctioners of them, else its last
    /// attackers (unless `ownOnly`), as the target of a response
    /// at `cue` that names nothing it answers ("Iran vowed to retaliate"); none when the responders are among
    /// them. ("India struck Pakistan. … Pakistan shot down Indian jets. … vowed that Pakistan would avenge the
    /// deaths": India, although Pakistan attacked last.)
    func lastAttackers(answeredBy responders: [(party: Int32, word: Int)], at cue: Int, ownOnly: Bool = false) -> [(party: Int32, word: Int)] {
        let parties = Set(responders.map(\.party))
        var seen = Set<Int32>()
        // "The Houthis launched drones at Israel, and Israel retaliated": an attack on them earlier in the sentence first.
        let here = findings.filter { $0.kind == .attack && parties.contains($0.target) && $0.words.upperBound < cue }.map(\.source)
        let theirs = (here.isEmpty ? responders.flatMap { documentAttackersOf[$0.party] ?? [] } : here)
            .filter { !parties.contains($0) && seen.insert($0).inserted }
        if !theirs.isEmpty { return theirs.map { ($0, cue) } }
        // "Finland banned Russian cars. The Kremlin … warned of a response": with no attack on the responders, what
        // they answer is the last measure taken against them.
        let measures = responders.flatMap { documentSanctionersOf[$0.party] ?? [] }.filter { !parties.contains($0) && seen.insert($0).inserted }
        if !measures.isEmpty { return measures.map { ($0, cue) } }
        if ownOnly { return [] }
        return parties.isDisjoint(with: documentAttacker) ? documentAttacker.map { ($0, cue) } : []
    }

    /// Whether a noun names an act a response answers, which stands for its doer: an attack or a provocation.
    func isAnsweredAct(_ word: Int) -> Bool {
        cues.nouns[lemmas[word]]?.kind == "attack" || cues.provocationNouns.contains(lemmas[word])
    }

    /// An act that "will not go unanswered" (or "unpunished", `unansweredWords`), said or warned by a party,
    /// is a warning to the act's doer (asserted, as a warning is: guideline 4): "Moscow warned that the
    /// alliance's build-up would not go unanswered".
    ///
    /// - Complexity: O(*d*) in the dependents of the verb and its governor.
    mutating func unanswered(_ verb: Int) {
        guard sentence.children[verb].contains(where: { cues.unansweredWords.contains(lemmas[$0]) }),
              sentence.children(verb, "advmod").contains(where: { cues.negators.contains(lemmas[$0]) }),
              sentence.label(verb) == "ccomp", let governor = sentence.head(verb),
              cues.threatGovernors.contains(lemmas[governor]) || cues.assertingGovernors.contains(lemmas[governor]) else { return }
        var targets = sentence.children(verb, "nsubj", exact: true).flatMap(partiesOrDoers)
        let agents = subject(governor)
        guard !agents.isEmpty else { return }
        if targets.isEmpty, sentence.children(verb, "nsubj", exact: true).contains(where: { act in
            isAnsweredAct(act) && isDefinite(act)
        }) {
            // "Sharif vowed that the attack would not go unanswered": the attack named before, on the warner.
            targets = lastAttackers(answeredBy: agents, at: verb)
        }
        let modality = ClauseModality(sentence: sentence, cues: cues, cue: governor)
        emit(agents, .threat, Self.excluding(targets, agents), cue: verb,
             modality: modality.evidential == nil ? ClauseModality() : modality, verb: governor)
    }

    /// A party named as the subject of a verb of fighting "alongside" another
    /// party's army, or the party itself, has troops with it: "Wagner has
    /// fought alongside Mali's army since 2021". (Soldiers named as such,
    /// "Eritrean troops fought alongside …", are read by the soldiers' own
    /// rule.)
    ///
    /// - Complexity: O(*d*) in the dependents of the verb and of its phrases.
    mutating func fightingBeside(_ verb: Int) {
        let subjects = sentence.children(verb, "nsubj", exact: true).filter { sentence.mentionAt[$0] >= 0 && !isPersonnel($0) }
        guard !subjects.isEmpty else { return }
        let sides = obliques(verb, cases: cues.companionCases).flatMap { side -> [(party: Int32, word: Int)] in
            let named = parties(at: side)
            return named.isEmpty && cues.ownForces.contains(lemmas[side]) ? possessors(side, labels: ["nmod:poss", "amod"]) : named
        }
        let agents = subjects.flatMap(arguments)
        add(agents, .troops, sides.filter { side in !agents.contains { $0.party == side.party } }, cue: verb)
    }

    /// Soldiers massed at a party's border, or near it, threaten it (asserted
    /// as stated): "Russia has massed troops near the Ukrainian border",
    /// "Serbia amassed troops on its border with Kosovo", "massed forces near
    /// Taiwan", "troops have been massing near the border"; and so do soldiers
    /// sent along or near a border in a build-up ("deployed additional troops
    /// along its border with China", `buildUpModifiers`, or soldiers with
    /// heavy weapons). Whose the soldiers are is their owner, else the subject.
    mutating func massing(_ verb: Int) {
        // "India has deployed additional troops along its border with China": soldiers sent to a border (not
        // elsewhere: "deployed troops to Poland") are massed there.
        let massingVerb = cues.massingVerbs.contains(lemmas[verb])
        guard massingVerb || cues.verbs[lemmas[verb]]?.contains(where: { $0.frame == .send }) == true else { return }
        // The parser may hang the soldiers elsewhere ("amassed 100,000 troops | near the border" with the troops
        // a modifier of the border): the first soldiers after the verb, before any other verb.
        let after = (verb + 1..<sentence.words.count).prefix { sentence.words[$0].upos != .verb }
        // "Ethiopian troops have been massing near the border": or the soldiers mass themselves.
        let massed = sentence.children(verb, "nsubj", exact: true).map(counted).first(where: isPersonnel)
        guard let soldiers = objects(verb).map(counted).first(where: isPersonnel) ?? massed ?? after.first(where: isPersonnel) else { return }
        // A deployment is a build-up only when it says so: more soldiers than before, or soldiers with heavy
        // weapons ("deployed additional troops", "troops and heavy weapons"; not "deployed troops along the
        // border after the ceasefire").
        guard massingVerb || sentence.children(soldiers, "amod").contains(where: { cues.buildUpModifiers.contains(lemmas[$0]) })
            || sentence.conjuncts(soldiers).contains(where: { isMateriel($0) && !isPersonnel($0) }) else { return }
        var agents = owners(soldiers)
        if agents.isEmpty { agents = subject(verb) }
        // ("moved troops and armour towards its border with Ethiopia": or towards it, the parser hanging the
        // place on the last of what is moved.)
        let places = ([verb] + sentence.conjuncts(soldiers)).flatMap {
            obliques($0, cases: massingVerb ? ["on", "along", "near", "at", "to", "close", "toward", "towards"]
                : ["on", "along", "near", "close", "toward", "towards"])
        }
            .filter { massingVerb || cues.borderNouns.contains(lemmas[$0]) }
        let threatened = places.flatMap { place -> [(party: Int32, word: Int)] in
            guard cues.borderNouns.contains(lemmas[place]) else { return arguments(place) }
            // "its border with Kosovo", "the Ukrainian border": the other side of the border (the parser may
            // hang the "with" phrase on the verb, right after the border's).
            let with = obliques(place, cases: ["with"]) + obliques(verb, cases: ["with"]).filter { sentence.startsRightAfter($0, place) }
            return with.flatMap(arguments) + possessors(place, labels: ["amod", "compound"])
        }
        add(agents, .threat, Self.excluding(threatened, agents), cue: verb)
    }

    /// Military drills held around a party threaten it (asserted as stated):
    /// "China's military staged large-scale drills around Taiwan",
    /// "staging two days of military drills around Taiwan". Only "around":
    /// drills near a border, or one's own, are no threat by themselves.
    mutating func encirclingDrills(_ noun: Int) {
        guard cues.exerciseNouns.contains(lemmas[noun]) else { return }
        var holder = noun
        // "two days of military drills": what counts or measures the drills holds the verb.
        if sentence.caseOf(holder) == "of", let counter = sentence.head(holder), sentence.words[counter].upos == .noun { holder = counter }
        guard let verb = sentence.head(holder), sentence.words[verb].upos == .verb, sentence.label(holder) == "obj" else { return }
        let around = obliques(noun, cases: ["around"]) + obliques(verb, cases: ["around"]).filter { sentence.startsRightAfter($0, holder) }
        let circled = around.flatMap(arguments)
        var agents = subject(verb)
        if agents.isEmpty { agents = nounAgents(noun) }
        add(agents, .threat, Self.excluding(circled, agents), cue: noun, governor: verb)
    }

    /// A response vowed or announced for the future is a threat to whom it
    /// answers (asserted, as a warning is: guideline 4): "India vowed to
    /// punish Pakistan", "Iran promised to retaliate against Israel", "Iran
    /// will respond to any Israeli attack" (the attack's agent); one only
    /// possible ("would respond", "could retaliate") is hedged. Only
    /// responding verbs that are not cues of their own: a vowed strike is
    /// already a threat by its clause's modality.
    mutating func promisedResponse(_ verb: Int) {
        guard cues.responseVerbs.contains(lemmas[verb]), cues.verbs[lemmas[verb]] == nil else { return }
        if sentence.children(verb, "advmod").contains(where: { cues.militaryAdverbs.contains(lemmas[$0]) }) {
            // "responding militarily to Houthi attacks": an armed response attacks whom it answers, in its own
            // clause's modality (a threat when only vowed or planned).
            let answered = obliques(verb, cases: ["to", "against"])
            let targets = answered.flatMap { act in cues.nouns[lemmas[act]]?.kind == "attack" ? nounAgents(act) : arguments(act) }
            add(subject(verb), .attack, targets, cue: verb)
            return
        }
        // "ready to respond with further restrictive measures against the regime": a response in sanctions is
        // the sanction's own relation, no threat (guideline 5).
        if obliques(verb, cases: ["with"]).contains(where: { cues.nouns[lemmas[$0]]?.kind == "sanction" }) { return }
        let modality = ClauseModality(sentence: sentence, cues: cues, cue: verb)
        // "reserved the right to respond": a response claimed as a right is announced as one.
        let right = sentence.label(verb) == "acl" ? sentence.head(verb).flatMap { cues.entitlementNouns.contains(lemmas[$0]) ? $0 : nil } : nil
        guard modality.threatened || modality.future || modality.possibility || right != nil, !modality.negated else { return }
        let passive = sentence.isPassive(verb)
        // "Israel would be punished": who is to be punished is the passive's subject.
        // "vowed to avenge Israel's strike": an act answered stands for its doer; "the strikes", with no doer
        // named, for the document's last attacker.
        var targets = (objects(verb) + obliques(verb, cases: ["against", "on"])
            + (passive ? sentence.children(verb, "nsubj:pass", exact: true) : [])).flatMap { answered in
                guard isAnsweredAct(answered) else { return arguments(answered) }
                let doers = nounAgents(answered)
                let definite = sentence.children(answered, "det", exact: true).contains { lemmas[$0] == "the" }
                return doers.isEmpty && definite ? documentAttacker.map { ($0, answered) } : doers
            }
        for answered in obliques(verb, cases: ["to", "for"]) where isAnsweredAct(answered) {
            let doers = nounAgents(answered)
            // "respond to any provocation | by Japan": the parser may hang the act's "by" phrase on the verb.
            targets += doers.isEmpty
                ? obliques(verb, cases: ["by"]).filter { sentence.startsRightAfter($0, answered) }.flatMap(arguments)
                : doers
        }
        var agents = subject(verb)
        if agents.isEmpty, let governor = sentence.head(verb), sentence.label(verb) == "xcomp" { agents = subject(governor) }
        if agents.isEmpty, let right, let holder = sentence.head(right), sentence.label(right) == "obj" { agents = subject(holder) }
        // "Iran vowed to respond", naming nothing it answers (or only the harm done: "would avenge the deaths"):
        // the response answers the document's last attack, unless the one who vows made it.
        let named = objects(verb).filter { !cues.harmNouns.contains(lemmas[$0]) }
        if targets.isEmpty, named.isEmpty, allObliques(verb, cases: ["to", "for", "against", "on"]).isEmpty {
            targets = lastAttackers(answeredBy: agents, at: verb)
        }
        // "Iran vowed that Israel would be punished": an agentless response is the vower's.
        if agents.isEmpty, passive, let governor = sentence.head(verb), sentence.label(verb) == "ccomp",
           cues.threatGovernors.contains(lemmas[governor]) {
            agents = subject(governor)
        }
        guard !agents.isEmpty, !targets.isEmpty else { return }
        // A response that is only possible ("could retaliate") is a hedged threat (guideline 6).
        let asserted = (modality.threatened || modality.future || right != nil) && modality.evidential == nil
        emit(agents, .threat, targets, cue: verb, modality: asserted ? ClauseModality() : modality, verb: verb)
    }

    /// A force kept or enlarged somewhere: "Poland has 300 troops in Lebanon",
    /// "France would boost the number of its soldiers in Mali" (asserted: the
    /// present deployment is presupposed, whatever "would" says of the boost).
    /// Who keeps them is the soldiers' owner, else the subject; where, an "in"
    /// phrase on the verb, the soldiers or what counts them.
    ///
    /// A military installation kept somewhere says the same of the soldiers
    /// who man it: "Russia maintains a naval base in Syria"; so does a force
    /// or installation set up there ("launched an armoured brigade in
    /// Lithuania", `establishingVerbs`). A force placed somewhere that has
    /// soldiers from states has them there: "The UN force in Lebanon has
    /// 10,000 troops from 50 countries, including Italy".
    mutating func holding(_ verb: Int) {
        // (What counts the soldiers is kept: the place may hang on it. With no object, the verb's other readings
        // of one: "keeps around 1,500 soldiers", the approximation read as a preposition.)
        // "Russia, which had about 2,000 peacekeepers in Karabakh until last year": soldiers kept there until a
        // time in the past are there no more, as soldiers who left are not.
        guard sentence.words[verb].xpos != "VBD" || obliques(verb, cases: ["until", "till"]).isEmpty else { return }
        let direct = sentence.children(verb, "obj", exact: true)
        for object in direct.isEmpty ? objects(verb) : direct {
            let soldiers = counted(object)
            let kept = (cues.personnel.contains(lemmas[soldiers]) && !cues.ownForces.contains(lemmas[soldiers]))
                || isInstallation(soldiers)
            guard kept else { continue }
            var agents = owners(soldiers)
            if agents.isEmpty { agents = subject(verb) }
            // "has 1,000 troops deployed in Chad": where a participle on the soldiers places them.
            let placing = sentence.children(soldiers, "acl", exact: true).filter(placesSoldiers)
            // "has 2,500 troops in Iraq and 900 in Syria": a number coordinated after them stands for more of them.
            let gapped = (sentence.children(verb, "conj", exact: true) + sentence.children(object, "conj", exact: true))
                .filter { $0 > object && sentence.words[$0].upos == .num }
            var places = (Set([verb, object, soldiers]).sorted() + placing + gapped).flatMap { obliques($0, cases: ["in", "inside"]) }
            if places.isEmpty, isInstallation(soldiers) {
                // "keeps a naval base at Tartus in Syria": an installation is also placed "at" somewhere.
                places = [verb, object].flatMap { obliques($0, cases: ["at"]) }
            }
            if places.isEmpty, let antecedent = whereAntecedent(verb) {
                // "Syria, where Russia maintains an air base": the relative clause is placed at what it describes.
                places = [antecedent]
            }
            if places.isEmpty {
                // "The African Union mission in Somalia has 11,000 troops from Uganda, Ethiopia and Kenya": a
                // multinational force's soldiers are where it is (guideline 13), also when the parser made its
                // name an apposition of the subject.
                let named = sentence.children(verb, "nsubj", exact: true).flatMap { [$0] + sentence.children($0, "appos", exact: true) }
                places = named.filter { cues.forceNouns.contains(lemmas[$0].lowercased()) }
            }
            let targets = places.flatMap(stationedIn)
            if cues.enlargingVerbs.contains(lemmas[verb]) || isPresupposed(object, by: verb) {
                // "is negotiating to keep its naval base at Tartus": what is kept is there, whatever the clause says.
                guard !agents.isEmpty, !targets.isEmpty else { continue }
                emit(agents, .troops, targets, cue: soldiers, modality: ClauseModality(), verb: verb)
            } else {
                add(agents, .troops, targets, cue: soldiers, governor: verb)
            }
        }
    }

    /// A multinational force led somewhere is troops of its leader there
    /// (guideline 13): "Canada leads the NATO battlegroup in Latvia", "the
    /// United States commands Poland's battlegroup", "Turkey heads the
    /// Bulgarian battlegroup", "are ready to lead a multinational force to be
    /// deployed in Ukraine" (hedged as the clause is).
    mutating func leading(_ verb: Int) {
        // ("a multinational police mission" is no force of soldiers.)
        for force in objects(verb).flatMap(sentence.conjuncts) where cues.ledForces.contains(lemmas[force]) && !isCivilian(force) {
            var placed = obliques(force, cases: ["in", "inside"]) + obliques(verb, cases: ["in", "inside"])
            // "lead a multinational force to be deployed in Ukraine": or where a participle on the force sends it.
            placed += sentence.children(force, "acl", exact: true).filter(placesSoldiers).flatMap { obliques($0, cases: ["in", "inside", "to"]) }
            // "Latvia, where it leads a NATO battlegroup": the relative clause is placed at what it describes.
            if placed.isEmpty, let antecedent = whereAntecedent(verb) { placed = [antecedent] }
            // Without a place, a demonym names the host ("the Bulgarian battlegroup"); an organisation's name
            // ("a NATO battlegroup") is whose force it is, not where.
            let hosts = placed.isEmpty
                ? arguments(force).filter { sentence.mentionAt[$0.word] >= 0 && sentence.mentions[sentence.mentionAt[$0.word]].isDemonym }
                : placed.flatMap(stationedIn)
            add(subject(verb), .troops, hosts, cue: force, governor: verb)
        }
    }

    /// Soldiers or an installation of a party hosted by another: "Qatar hosts
    /// US troops", "Syria hosts a Russian air base".
    mutating func hosting(_ verb: Int) {
        // "would host Russian troops for joint exercises": soldiers hosted for an exercise are not troops (guideline 13).
        guard !forExercises(after: verb) else { return }
        // "hosts Russian nuclear weapons and troops": a coordinated object shares its first conjunct's owner.
        for first in objects(verb) {
            for object in sentence.conjuncts(first) {
                guard isInstallation(object)
                    || (cues.personnel.contains(lemmas[object]) && !cues.ownForces.contains(lemmas[object])) else { continue }
                var owners = owners(object)
                if owners.isEmpty, object != first { owners = self.owners(first) }
                add(owners, .troops, subject(verb), cue: object, governor: verb)
            }
        }
    }

    /// Whether "for" and, within three words, an exercise noun follow the verb ("sent troops to Poland for NATO
    /// exercises"): read from the words, as the tagger may take "exercises" for a verb and the parser hang the
    /// phrase anywhere.
    ///
    /// - Complexity: O(*n*) in the words after the verb.
    func forExercises(after verb: Int) -> Bool {
        (verb..<sentence.words.count).contains { word in
            lemmas[word] == "for" && (word + 1..<min(word + 4, sentence.words.count)).contains { cues.exerciseNouns.contains(lemmas[$0]) }
        }
    }

    /// A military installation. "Bases" is also the plural of "basis", the
    /// lemma the treebank gives it most often, so the form is read too.
    func isInstallation(_ word: Int) -> Bool {
        let form = sentence.words[word].form.lowercased()
        return cues.installationNouns.contains(lemmas[word])
            || (form.hasSuffix("s") && cues.installationNouns.contains(String(form.dropLast())))
    }

    /// What a clause opened by "where" describes: the noun it is a relative clause of, or, when the parser
    /// reads it as anything else ("Niger, where France keeps troops, …", "visited Latakia, where Russia keeps
    /// an air base"), the name before the comma that opens it. Read from the words, as the parser, trained on
    /// web text, hangs "where" anywhere in such a clause: no other verb or comma between it and the verb.
    func whereAntecedent(_ verb: Int) -> Int? {
        if sentence.label(verb) == "acl:relcl", sentence.children(verb, "advmod").contains(where: { lemmas[$0] == "where" }) {
            return sentence.head(verb)
        }
        var word = verb - 1
        while word >= 2, lemmas[word] != "where" {
            if sentence.words[word].form == "," || sentence.words[word].upos == .verb { return nil }
            word -= 1
        }
        guard word >= 2, lemmas[word] == "where", sentence.words[word - 1].form == ",", sentence.mentionAt[word - 2] >= 0 else { return nil }
        return word - 2
    }

    /// Whom an attack in a clause opened by "where" hits when it names no one: the place the clause describes
    /// ("Darfur, where the RSF has been shelling towns"), never its own attacker.
    func whereTargets(_ verb: Int, agents: [(party: Int32, word: Int)]) -> [(party: Int32, word: Int)] {
        guard let place = whereAntecedent(verb) else { return [] }
        return arguments(place).filter { target in !agents.contains { $0.party == target.party } }
    }

    /// Whether a word is one force with a place of its own ("the British contingent in Estonia", "the NATO
    /// mission in Kosovo"), whose soldiers are where it is (``stationedIn(_:)``).
    ///
    /// - Complexity: O(*d*) in the word's dependents.
    func isPlacedForce(_ word: Int) -> Bool {
        cues.forceNouns.contains(lemmas[word]) && sentence.words[word].xpos == "NN" && !obliques(word, cases: ["in", "inside"]).isEmpty
    }

    /// Where soldiers "in" a phrase are: the place it names, or for a force
    /// ("its troops in the UN force in Lebanon") where that force is, not who leads it, and for a force spoken
    /// of before ("the mission") where the document placed it (``documentHost``).
    func stationedIn(_ place: Int) -> [(party: Int32, word: Int)] {
        var place = place
        for _ in 0..<3 where cues.forceNouns.contains(lemmas[place]) {
            guard let inner = obliques(place, cases: ["in", "inside"]).first else {
                // "contributes 1,000 troops to the mission": a force spoken of before, with no party named on it ("the
                // Bulgarian battlegroup" is Bulgaria's), is where the document placed it.
                let named = sentence.mentionAt[place] >= 0 || !modifierParties(place, labels: ["amod", "compound", "nmod:poss"]).isEmpty
                return isDefinite(place) && !named ? documentHost.map { ($0, place) } : []
            }
            place = inner
        }
        // "at Tartus in Syria", "at bases inside Syria": a place no party is named by is where its own
        // "in" phrase says.
        for _ in 0..<3 where sentence.mentionAt[place] < 0 && parties(at: place).isEmpty {
            guard let inner = obliques(place, cases: ["in", "inside"]).first else { break }
            place = inner
        }
        // "in Gyumri, Armenia's second-largest city": or what its apposition says it is (which the parser may
        // hang beside it, as a phrase with no preposition right after it).
        if sentence.mentionAt[place] < 0, parties(at: place).isEmpty {
            let beside = sentence.head(place).map { head in
                sentence.children(head, "nmod", exact: true).filter { sentence.caseOf($0).isEmpty && sentence.startsRightAfter($0, place) }
            } ?? []
            let described = (sentence.children(place, "appos", exact: true) + beside).flatMap(arguments)
            if !described.isEmpty { return described }
        }
        return arguments(place)
    }

    /// Soldiers a force is made of, stationed where the force is (guideline
    /// 13): "the UN force in Lebanon includes Indian troops", "the
    /// battlegroup in Lithuania consists of soldiers from Germany and Norway".
    mutating func composition(_ verb: Int) {
        let subjects = sentence.children(verb, "nsubj", exact: true) + sentence.children(verb, "nsubj:pass", exact: true)
        // "Troops from Uganda and Kenya make up the bulk of the mission": the soldiers are the subject and the
        // force the object; a force with no place of its own is the report's, where its troops were placed.
        let made = objects(verb).map(counted).filter { cues.forceNouns.contains(lemmas[$0]) }
        if !made.isEmpty {
            var hosts = made.flatMap { obliques($0, cases: ["in", "inside"]) }.flatMap(stationedIn)
            if hosts.isEmpty { hosts = documentHost.map { ($0, verb) } }
            for soldiers in subjects.flatMap(sentence.conjuncts).map(counted) where cues.personnel.contains(lemmas[soldiers]) {
                let contributors = obliques(soldiers, cases: ["from"]).flatMap { sentence.conjuncts($0) }.flatMap(arguments)
                add(Self.excluding(contributors, hosts), .troops, hosts, cue: soldiers, governor: verb)
            }
            return
        }
        let forces = subjects
        let places = forces.filter { cues.forceNouns.contains(lemmas[$0]) }.flatMap { obliques($0, cases: ["in", "inside"]) }
            .flatMap(stationedIn)
        guard !places.isEmpty else { return }
        let members = (objects(verb) + obliques(verb, cases: ["of"])).flatMap(sentence.conjuncts).map(counted)
        for soldiers in members where cues.personnel.contains(lemmas[soldiers]) {
            let contributors = modifierParties(soldiers, labels: ["amod", "compound", "nmod:poss"])
                + obliques(soldiers, cases: ["from"]).flatMap(arguments)
            add(contributors, .troops, places, cue: soldiers, governor: verb)
        }
    }
}
