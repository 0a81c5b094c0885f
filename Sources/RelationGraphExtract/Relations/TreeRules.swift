import RelationGraph

/// One relation read from one sentence, before merging.
struct Finding: Sendable {
    var source: Int32
    var kind: RelationKind
    var target: Int32
    var modality: Modality
    var hedge: String?
    /// The words the evidence spans.
    var words: ClosedRange<Int>
}

/// The relation rules over a dependency tree: for each cue verb or noun,
/// its source and target from its dependents (by the cue's frame), lists
/// expanded through `conj`, "respectively" paired by position, reciprocal
/// wording in both directions, and the modality of the clause that governs
/// the cue (``ClauseModality``).
///
/// - Complexity: O(*n* · *d*) for *n* words of at most *d* dependents each.
struct TreeRules {
    let sentence: TreeSentence
    let cues: CueTable
    private(set) var findings: [Finding] = []
    /// Nouns already read as the object of a light verb ("imposed sanctions").
    private var consumed: Set<Int> = []

    /// The sentence pairs lists by position ("… respectively").
    private let respectively: Bool

    init(sentence: TreeSentence, cues: CueTable) {
        self.sentence = sentence
        self.cues = cues
        respectively = sentence.lemmas.contains("respectively")
    }

    private var lemmas: [String] { sentence.lemmas }

    mutating func apply() {
        for word in sentence.words.indices where sentence.words[word].upos == .verb || sentence.words[word].upos == .aux
            || isVerbTaggedAsNoun(word)
        {
            guard sentence.words[word].upos != .aux else { continue }
            if isVerbTaggedAsNoun(word) { consumed.insert(word) }
            if cues.holdingVerbs.contains(lemmas[word]) || cues.enlargingVerbs.contains(lemmas[word]) { holding(word) }
            if cues.retaliationVerbs.contains(lemmas[word]) { retaliation(word) }
            if cues.compositionVerbs.contains(lemmas[word]) || cues.compositionVerbs.contains(phrasal(word)) { composition(word) }
            guard let frames = cues.verbs[lemmas[word]] else { continue }
            for cue in frames { verb(word, cue) }
        }
        for word in sentence.words.indices where !consumed.contains(word) {
            let upos = sentence.words[word].upos
            guard upos == .noun || upos == .propn || upos == .verb || upos == .adj else { continue }
            if let cue = cues.nouns[lemmas[word]] {
                // A noun cue the tagger took for a verb ("deliveries") is still a noun unless it is also a verb cue.
                guard upos != .verb || cues.verbs[lemmas[word]] == nil else { continue }
                noun(word, cue)
            } else if cues.receiveNouns.contains(lemmas[word]) {
                receivedNoun(word)
            } else if cues.aidNouns.contains(lemmas[word]), isQualifiedAid(word) {
                noun(word, CueTable.NounCue(kind: "supply", reciprocal: false, lemmas: []))
            }
            if cues.personnel.contains(lemmas[word]), upos == .noun { personnel(word) }
        }
    }

    /// A cue verb the tagger took for a noun ("US targets China", "China's coast guard shot a water
    /// cannon at …"), which the parser still gave a verb's passive auxiliary or direct object: nouns have neither.
    private func isVerbTaggedAsNoun(_ word: Int) -> Bool {
        let upos = sentence.words[word].upos
        guard upos == .noun || upos == .propn, cues.verbs[lemmas[word]] != nil else { return false }
        return sentence.isPassive(word) || !sentence.children(word, "obj", exact: true).isEmpty
    }

    // MARK: Arguments

    /// The parties a word stands for: its own mention, or, for a noun that
    /// stands for its owner ("Russian forces", "Houthi targets", "Iran's
    /// government"), the mention among its modifiers.
    func parties(at word: Int, kind: String = "") -> [(party: Int32, word: Int)] {
        let mention = sentence.mentionAt[word]
        if mention >= 0 {
            let found = sentence.mentions[mention]
            guard !found.isQualifier, !found.isOrigin else { return [] }
            return found.parties.map { ($0, word) }
        }
        let lemma = lemmas[word]
        // A group noun stands for the parties it lists: "groups such as Hezbollah", "two countries, Iran and Syria".
        let members = sentence.children[word].filter { child in
            let label = sentence.label(child)
            return label == "appos" || (label == "nmod" && cues.memberCases.contains(sentence.caseOf(child)))
        }
        let listed = members.flatMap { sentence.conjuncts($0).flatMap { parties(at: $0, kind: kind) } }
        if !listed.isEmpty { return listed }
        if cues.proxyStatesOnly.contains(lemma) {
            // "the Houthi-held port", "a rebel-controlled town": the actor attacked is who holds the place (guideline 8).
            let holders = sentence.children(word, "amod").filter { cues.controlParticiples.contains(lemmas[$0]) }
                .flatMap { sentence.children[$0] }.flatMap { holder -> [(party: Int32, word: Int)] in
                    let index = sentence.mentionAt[holder]
                    return index >= 0 ? sentence.mentions[index].parties.map { ($0, holder) } : []
                }
            if !holders.isEmpty { return holders }
        }
        // Sanctions on a state's people and firms are sanctions on the state (guideline 15), although
        // elsewhere "Russian companies" only describes the companies (guideline 10).
        let sanctioned = kind == "sanction" && cues.sanctionProxies.contains(lemma)
        guard cues.proxyNouns.contains(lemma) || cues.proxyStatesOnly.contains(lemma) || sanctioned else { return [] }
        var result: [(Int32, Int)] = []
        for child in sentence.children[word] {
            let label = sentence.label(child)
            let isOwner = label == "amod" || label == "compound" || label == "nmod:poss"
                || (label == "nmod" && sentence.caseOf(child) == "of") || label == "flat"
            guard isOwner else { continue }
            for modifier in sentence.conjuncts(child) {
                let index = sentence.mentionAt[modifier]
                guard index >= 0, sanctioned || !sentence.mentions[index].isQualifier, !sentence.mentions[index].isOrigin else { continue }
                result += sentence.mentions[index].parties.map { ($0, modifier) }
            }
        }
        return result
    }

    /// The parties of a word and of every word coordinated with it.
    func arguments(_ word: Int) -> [(party: Int32, word: Int)] {
        sentence.conjuncts(word).flatMap { parties(at: $0) }
    }

    /// The parties of targets of a kind: a sanction on a state's people and firms targets the state.
    func targetArguments(_ word: Int, kind: String) -> [(party: Int32, word: Int)] {
        sentence.conjuncts(word).flatMap { parties(at: $0, kind: kind) }
    }

    /// The mention-bearing words directly under a word: its own mention's words excluded.
    private func modifierParties(_ word: Int, labels: Set<String>) -> [(party: Int32, word: Int)] {
        var result: [(Int32, Int)] = []
        for child in sentence.children[word] where labels.contains(sentence.label(child)) {
            result += arguments(child)
        }
        return result
    }

    /// The subject of a verb, looked for up the tree when the verb has none
    /// of its own: a coordinated verb shares its first conjunct's subject, a
    /// controlled infinitive (`xcomp`) its governor's, a relative clause takes
    /// its antecedent, a participial clause the main clause's subject.
    func subject(_ verb: Int, depth: Int = 0) -> [(party: Int32, word: Int)] {
        guard depth < 6 else { return [] }
        let passive = sentence.isPassive(verb)
        if passive {
            let agents = sentence.children(verb, "obl:agent", exact: true)
                + sentence.children(verb, "obl").filter { sentence.caseOf($0) == "by" }
            return agents.flatMap(arguments)
        }
        let subjects = sentence.children(verb, "nsubj", exact: true) + sentence.children(verb, "csubj", exact: true)
        if let first = subjects.first {
            if isRelativePronoun(first), sentence.label(verb) == "acl:relcl", let antecedent = sentence.head(verb) {
                return arguments(antecedent)
            }
            return arguments(first)
        }
        guard let head = sentence.head(verb) else { return [] }
        switch sentence.label(verb) {
        case "xcomp":
            // "helps Russia wage war", "allowed Kyiv to strike": an object controls the infinitive,
            // except after verbs like "promise", whose subject does what they promise.
            let infinitive = !sentence.children(verb, "mark").isEmpty || lemmas[verb] == sentence.words[verb].form.lowercased()
            if infinitive, !cues.subjectControlVerbs.contains(lemmas[head]),
               let controller = sentence.children(head, "obj", exact: true).first ?? sentence.children(head, "iobj", exact: true).first {
                return arguments(controller)
            }
            return subject(head, depth: depth + 1)
        case "conj":
            return sentence.isPassive(head) ? [] : subject(head, depth: depth + 1)
        case "acl:relcl":
            return arguments(head)
        case "acl" where sentence.children(verb, "mark").isEmpty:
            // An active participle's subject is the noun it modifies: "troops fighting for Russia".
            return arguments(head)
        case "advcl", "acl":
            let marks = sentence.children(verb, "mark").map { lemmas[$0] }
            if marks.isEmpty { return subject(head, depth: depth + 1) }
            // "accused Iran of supplying", "blamed X for attacking": the governor's object does it.
            if marks.contains("of") || marks.contains("for") {
                let governor = sentence.label(verb) == "acl" ? sentence.head(head) ?? head : head
                return sentence.children(governor, "obj", exact: true).flatMap(arguments)
            }
            return []
        default:
            return []
        }
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
            let governed = found.words.contains { word in
                let preposition = sentence.caseOf(word)
                return !preposition.isEmpty && !allowed.contains(preposition) && preposition != "'s" && preposition != "’s"
            }
            return governed ? [] : found.parties.map { ($0, index) }
        }
        return []
    }

    private func isRelativePronoun(_ word: Int) -> Bool {
        cues.relativePronouns.contains(lemmas[word])
    }

    /// The verb's objects; an object that only counts or groups ("a round
    /// of sanctions", "hundreds of missiles") stands for what it counts.
    private func objects(_ verb: Int) -> [Int] {
        sentence.children(verb, "obj", exact: true).map(counted)
    }

    /// What a quantity noun counts (its `of` dependent), or the word itself.
    private func counted(_ word: Int) -> Int {
        var word = word
        for _ in 0..<3 where cues.quantityNouns.contains(lemmas[word]) {
            guard let of = sentence.children(word, "nmod").first(where: { sentence.caseOf($0) == "of" }) else { break }
            word = of
        }
        return word
    }

    private func obliques(_ word: Int, cases: Set<String>) -> [Int] {
        (sentence.children(word, "obl") + sentence.children(word, "nmod")).filter {
            sentence.label($0) != "obl:agent" && cases.contains(sentence.caseOf($0))
        }
    }

    /// A "to" phrase the parser attached inside the object instead of to the
    /// verb ("sent a team of 20 soldiers to Lithuania", "shipped containers of shells to Russia").
    private func attachedRecipients(_ theme: Int) -> [Int] { attached(theme, case: "to") }

    /// The `nmod`s with a preposition anywhere in the first levels of a phrase.
    private func attached(_ phrase: Int, case preposition: String) -> [Int] {
        var found: [Int] = [], frontier = [phrase]
        for _ in 0..<4 {
            frontier = frontier.flatMap { sentence.children($0, "nmod") }
            found += frontier.filter { sentence.caseOf($0) == preposition }
        }
        return found
    }

    /// A noun that names materiel, or a quantity or kind of it ("hundreds of missiles", "a shipment of arms").
    private func isMateriel(_ word: Int) -> Bool {
        if cues.materiel.contains(lemmas[word]) {
            return !cues.aidNouns.contains(lemmas[word]) || isQualifiedAid(word) || lemmas[word] == "aid"
                || lemmas[word] == "assistance"
        }
        return sentence.children(word, "nmod").contains { cues.materiel.contains(lemmas[$0]) }
            || sentence.children(word, "compound").contains { cues.materiel.contains(lemmas[$0]) }
    }

    private func isPersonnel(_ word: Int) -> Bool {
        cues.personnel.contains(lemmas[word])
            || sentence.children(word, "nmod").contains { cues.personnel.contains(lemmas[$0]) && sentence.caseOf($0) == "of" }
    }

    /// "military aid", "financial assistance": aid qualified as materiel (guideline 11).
    private func isQualifiedAid(_ word: Int) -> Bool {
        sentence.children[word].contains {
            let label = sentence.label($0)
            return (label == "amod" || label == "compound") && cues.aidQualifiers.contains(lemmas[$0])
        }
    }

    // MARK: Verb frames

    private mutating func verb(_ verb: Int, _ cue: CueTable.VerbCue) {
        let kind = RelationKind(rawValue: cue.kind)
        let passive = sentence.isPassive(verb)
        switch cue.frame {
        case .give:
            // "Drones shipped from Iran to Russia were used": the parser reads a reduced relative as the main
            // clause, but materiel does not ship itself, so a materiel subject is what was given.
            let materielSubjects = passive ? [] : sentence.children(verb, "nsubj", exact: true).filter { isMateriel($0) && !isPersonnel($0) }
            let passive = passive || !materielSubjects.isEmpty
            var themes = passive ? sentence.children(verb, "nsubj:pass", exact: true) + materielSubjects : objects(verb)
            themes += obliques(verb, cases: ["with"])
            // "the weapons provided to Kyiv": a passive participle's theme is the noun it describes.
            let described = passive && sentence.label(verb) == "acl" ? sentence.head(verb).map { [$0] } ?? []
                : sentence.isParticipleOfObject(verb) ? sentence.head(verb).map { objects($0) } ?? [] : []
            themes += described
            if cue.needsMateriel {
                guard themes.contains(where: { isMateriel($0) && !isPersonnel($0) }) else { return }
            } else if themes.contains(where: isPersonnel) {
                return
            }
            // A "to" phrase may hang on the "from" phrase before it: "shipped from Iran to Russia".
            var recipients = sentence.children(verb, "iobj", exact: true) + obliques(verb, cases: ["to", "for", "into"])
                + (themes + obliques(verb, cases: ["from"])).flatMap(attachedRecipients)
            if !cue.needsMateriel {
                recipients += themes.filter { !parties(at: $0).isEmpty && !isMateriel($0) }
                if passive { recipients += sentence.children(verb, "nsubj:pass", exact: true).filter { !isMateriel($0) } }
            }
            var agents = materielSubjects.isEmpty ? subject(verb) : []
            if agents.isEmpty, !passive { agents = nearby(verb, before: true) }
            if agents.isEmpty, passive {
                // "drones shipped from Iran to Russia": without an agent, where it came from supplied it.
                agents = obliques(verb, cases: ["from"]).flatMap(arguments)
            }
            if agents.isEmpty {
                // "the American weapons provided to Ukraine": the demonym on the materiel names the supplier.
                agents = described.flatMap { modifierParties($0, labels: ["amod"]) }
                    .filter { sentence.mentions[sentence.mentionAt[$0.word]].isDemonym }
            }
            add(agents, kind, recipients.flatMap(arguments), cue: verb)
        case .receive:
            let themes = objects(verb)
            guard themes.contains(where: isMateriel) else { return }
            var suppliers = (obliques(verb, cases: ["from"]) + themes.flatMap { attached($0, case: "from") }).flatMap(arguments)
            if !cues.possessionVerbs.contains(lemmas[verb]) {
                suppliers += themes.flatMap { modifierParties($0, labels: ["amod", "compound", "nmod:poss"]) }
                    .filter { sentence.mentions[sentence.mentionAt[$0.word]].isDemonym || sentence.label($0.word) == "nmod:poss" }
            }
            add(suppliers, kind, subject(verb), cue: verb)
        case .use:
            // Materiel named by its maker's demonym, used by another party: the maker supplied it.
            let themes = passive ? sentence.head(verb).map { [$0] } ?? [] : objects(verb)
            for theme in themes where isMateriel(theme) {
                let makers = modifierParties(theme, labels: ["amod"]).filter { sentence.mentions[sentence.mentionAt[$0.word]].isDemonym }
                add(makers, kind, subject(verb), cue: verb)
            }
            // "Russia used drones against Ukraine": materiel used against a party is an attack on it
            // (a threat when it is only possible: "could use the missiles against Russia").
            if !passive, themes.contains(where: isMateriel) {
                let targets = obliques(verb, cases: ["against"]) + themes.flatMap { attached($0, case: "against") }
                add(subject(verb), .attack, targets.flatMap(arguments), cue: verb)
            }
        case .send:
            let themes = passive ? sentence.children(verb, "nsubj:pass", exact: true) : objects(verb)
            guard let theme = themes.first(where: isPersonnel) else { return }
            var agents = subject(verb)
            if agents.isEmpty, !passive { agents = nearby(verb, before: true) }
            if agents.isEmpty {
                agents = modifierParties(theme, labels: ["amod", "compound", "nmod:poss"])
                for of in sentence.children(theme, "nmod") where sentence.caseOf(of) == "of" {
                    agents += modifierParties(of, labels: ["amod", "compound", "nmod:poss"])
                }
            }
            let targets = obliques(verb, cases: ["to", "into", "in", "toward", "towards", "inside"]) + attachedRecipients(theme)
            add(agents, .troops, targets.flatMap(arguments), cue: verb)
        case .direct:
            if cue.kind == "attack", cues.aimingVerbs.contains(lemmas[verb]),
               let measure = obliques(verb, cases: ["with", "through", "by"]).first(where: { cues.nouns[lemmas[$0]]?.kind == "sanction" }) {
                // "targeted China with sanctions", "hit Iran with new sanctions": aimed, not an attack.
                consumed.insert(measure)
                let targets = passive ? sentence.children(verb, "nsubj").map(counted) : objects(verb)
                var agents = subject(verb)
                if agents.isEmpty, !passive { agents = nearby(verb, before: true) }
                add(agents, .sanction, targets.flatMap { targetArguments($0, kind: "sanction") }, cue: verb)
                return
            }
            // The parser does not always mark the passive subject as such: any subject of a passive verb is its patient.
            var targets = passive ? sentence.children(verb, "nsubj").map(counted) : objects(verb)
            if cue.kind == "attack" { targets += obliques(verb, cases: ["on", "against", "at", "into", "upon"]) }
            var found = targets.flatMap { targetArguments($0, kind: cue.kind) }
            if cue.kind == "threat" {
                found += obliques(verb, cases: ["against"]).flatMap(arguments)
                // "threatened to attack X": the target of the threatened act; "threatened war with X": of the war.
                for clause in sentence.children(verb, "xcomp", exact: true) + sentence.children(verb, "ccomp", exact: true) {
                    found += (objects(clause) + obliques(clause, cases: ["on", "against", "at"])).flatMap(arguments)
                }
                for object in objects(verb) where cues.nouns[lemmas[object]]?.kind == "attack" {
                    consumed.insert(object)
                    found += nounTargets(object, kind: "attack")
                }
            }
            var agents = subject(verb)
            if agents.isEmpty, !passive { agents = nearby(verb, before: true) }
            if found.isEmpty, !passive { found = nearby(verb, before: false) }
            add(agents, kind, found, cue: verb)
        case .light:
            let nounCues = objects(verb).flatMap(sentence.conjuncts).filter { cues.nouns[lemmas[$0]]?.kind == cue.kind }
            guard !nounCues.isEmpty else { return }
            for noun in nounCues {
                consumed.insert(noun)
                var agents = nounAgents(noun)
                if agents.isEmpty { agents = subject(verb) }
                if agents.isEmpty, !sentence.isPassive(verb) { agents = nearby(verb, before: true) }
                var targets = nounTargets(noun, kind: cue.kind)
                if targets.isEmpty { targets = obliques(verb, cases: targetCases(cue.kind)).flatMap { targetArguments($0, kind: cue.kind) } }
                if targets.isEmpty, cue.kind == "sanction" {
                    // "the EU imposed new Iran sanctions": with the agent named as subject, a name on the noun is the target.
                    targets = modifierParties(noun, labels: ["compound", "amod"])
                    if !targets.isEmpty { agents = subject(verb) }
                }
                add(agents, kind, targets, cue: noun, governor: verb)
            }
        case .fire:
            guard objects(verb).contains(where: { isMateriel($0) || cues.nouns[lemmas[$0]]?.kind == "attack" }) else { return }
            let targets = obliques(verb, cases: ["at", "on", "into", "toward", "towards", "against", "upon"])
                + objects(verb).flatMap { obliques($0, cases: ["at", "on", "against", "toward", "towards"]) }
            add(subject(verb), .attack, targets.flatMap(arguments), cue: verb)
        case .reciprocal:
            var sides = subject(verb)
            sides += obliques(verb, cases: ["with", "between"]).flatMap(arguments)
            if lemmas[verb] == "exchange" || lemmas[verb] == "trade" {
                guard objects(verb).contains(where: { cues.fireObjects.contains(lemmas[$0]) }) else { return }
            }
            reciprocal(sides, cue: verb)
        }
    }

    private func targetCases(_ kind: String) -> Set<String> {
        switch kind {
        case "sanction": ["on", "against", "upon"]
        case "threat": ["to", "against", "for"]
        case "supply": ["to", "for"]
        case "troops": ["to", "in", "into"]
        default: ["on", "against", "at", "into", "upon", "in"]
        }
    }

    // MARK: Noun cues

    /// Who does what the noun names: "Russia's invasion", "Israeli strikes",
    /// "US sanctions", "attacks by Hamas", "the attacks led by Hamas".
    private func nounAgents(_ noun: Int) -> [(party: Int32, word: Int)] {
        var agents = modifierParties(noun, labels: ["nmod:poss", "amod", "compound"])
        agents += obliques(noun, cases: ["by", "from"]).flatMap(arguments)
        for clause in sentence.children(noun, "acl")
        where (sentence.isPassive(clause) && !cues.qualifiers.contains(lemmas[clause])) || cues.agentiveParticiples.contains(lemmas[clause]) {
            let byAgent = sentence.children(clause, "obl:agent", exact: true) + sentence.children(clause, "obl").filter { sentence.caseOf($0) == "by" }
            agents += byAgent.flatMap(arguments)
        }
        return agents
    }

    private func nounTargets(_ noun: Int, kind: String) -> [(party: Int32, word: Int)] {
        var cases = targetCases(kind)
        switch lemmas[noun] {
        case "invasion", "occupation", "bombardment", "siege", "bombing", "shelling": cases.formUnion(["of", "in"])
        case "war", "offensive": cases.formUnion(["in", "with"])
        default: if kind == "attack" { cases.remove("in") }
        }
        var targets = obliques(noun, cases: cases).flatMap { targetArguments($0, kind: kind) }
        for clause in sentence.children(noun, "acl") where cues.aimingVerbs.contains(lemmas[clause]) {
            targets += (objects(clause) + obliques(clause, cases: ["at", "on", "against"])).flatMap(arguments)
        }
        if targets.isEmpty {
            // "deliveries of arms to Israel": the parser often hangs the phrase on the noun's own dependent.
            let deep = kind == "supply" ? ["to"] : kind == "attack" ? ["on", "against"] : kind == "sanction" ? ["on", "against"] : []
            targets = deep.flatMap { attached(noun, case: $0) }.flatMap { targetArguments($0, kind: kind) }
        }
        if targets.isEmpty, let head = sentence.head(noun), sentence.label(noun) != "conj" {
            // "in support of its war against Ukraine", "continued its rocket fire into Israel": the phrase
            // after the noun was hung on the word that governs it.
            let later = (sentence.children(head, "obl") + sentence.children(head, "nmod")).filter {
                $0 > noun && sentence.label($0) != "obl:agent" && cases.contains(sentence.caseOf($0))
            }
            targets = later.flatMap { targetArguments($0, kind: kind) }
        }
        return targets
    }

    private mutating func noun(_ noun: Int, _ cue: CueTable.NounCue) {
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
                var head = sentence.head(noun)
                for _ in 0..<3 {
                    guard let word = head, sentence.words[word].upos != .verb, ["obj", "nmod"].contains(sentence.label(word)) else { break }
                    head = sentence.head(word)
                }
                if let verb = head, sentence.words[verb].upos == .verb { sides = subject(verb) + sides }
            }
            reciprocal(sides, cue: noun)
            return
        }
        var agents = nounAgents(noun)
        var targets = nounTargets(noun, kind: cue.kind)
        if targets.isEmpty, cue.kind == "attack", let head = sentence.head(noun),
           sentence.label(noun) == "nsubj" || sentence.label(noun) == "obl:agent",
           let frames = cues.verbs[lemmas[head]], frames.contains(where: { $0.kind == "attack" && $0.frame == .direct }) {
            // "Israeli strikes hit Hezbollah positions", "soldiers were killed by Israeli airstrikes".
            targets = (objects(head) + sentence.children(head, "nsubj:pass", exact: true)).flatMap(arguments)
            consumed.insert(head)
        }
        if targets.isEmpty, lemmas[noun] == "war" || lemmas[noun] == "conflict" {
            // "the Russia-Ukraine war": two names on the noun, the first waging it on the second.
            let names = modifierParties(noun, labels: ["compound", "amod", "nmod:poss"])
            if names.count >= 2, Set(names.map(\.party)).count == 2 {
                agents = [names[0]]
                targets = [names[names.count - 1]]
            }
        }
        // A governing verb whose own frame reads this kind of noun ("imposed sanctions") has done so already.
        func readsNoun(_ verb: Int) -> Bool { cues.verbs[lemmas[verb]]?.contains { $0.kind == cue.kind } ?? false }
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
            if let head = sentence.head(holder), sentence.label(holder) == "obj" || sentence.label(holder) == "nsubj:pass",
               !readsNoun(head) {
                agents = subject(head)
            }
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
        if cue.kind == "supply", agents.isEmpty { return }
        add(agents, kind, targets, cue: noun)
    }

    /// "Russia's procurement of arms from North Korea": the supplier follows "from".
    private mutating func receivedNoun(_ noun: Int) {
        let things = sentence.children(noun, "nmod").filter { sentence.caseOf($0) == "of" }.map(counted)
        guard things.contains(where: isMateriel) || things.isEmpty else { return }
        let suppliers = (obliques(noun, cases: ["from"]) + things.flatMap { obliques($0, cases: ["from"]) }).flatMap(arguments)
        add(suppliers, .supply, modifierParties(noun, labels: ["nmod:poss", "amod", "compound"]), cue: noun)
    }

    /// Soldiers named with their state and where they are: "North Korean
    /// troops in Russia", "Rwandan soldiers deployed to Mozambique", "Wagner
    /// fighters joined the Malian army".
    private mutating func personnel(_ noun: Int) {
        // A state's own army, navy or forces are not troops sent to anyone.
        guard !cues.ownForces.contains(lemmas[noun]) else { return }
        var agents = modifierParties(noun, labels: ["amod", "compound", "nmod:poss"])
        guard !agents.isEmpty else { return }
        // Soldiers merely "in" a country may be invaders; only "to" says they were sent there.
        var targets = obliques(noun, cases: ["to"]).flatMap(arguments)
        for clause in sentence.children(noun, "acl") {
            let lemma = lemmas[clause]
            if cues.joiningVerbs.contains(lemma) {
                targets += objects(clause).flatMap(arguments)
            } else if cues.verbs[lemma]?.contains(where: { $0.frame == .send }) == true || cues.stationingVerbs.contains(lemma) {
                targets += obliques(clause, cases: ["in", "to", "into", "for", "alongside", "with"]).flatMap(arguments)
            }
        }
        if let head = sentence.head(noun), sentence.label(noun) == "nsubj" {
            let lemma = lemmas[head]
            let sends = cues.verbs[lemma]?.contains { $0.frame == .send } ?? false
            if sends || cues.presenceVerbs.contains(lemma) {
                // Whose army they join comes before where it fights: "joined the Russian army in Ukraine".
                if cues.joiningVerbs.contains(lemma) {
                    targets += objects(head).flatMap(arguments)
                }
                if targets.isEmpty {
                    targets += obliques(head, cases: ["in", "to", "for", "alongside", "with", "inside"]).flatMap(arguments)
                }
            }
        }
        agents = agents.filter { agent in !targets.contains { $0.party == agent.party } }
        add(agents, .troops, targets, cue: noun)
    }

    /// A verb's lemma with its particle ("make up"), or the lemma alone.
    private func phrasal(_ verb: Int) -> String {
        guard let particle = sentence.children(verb, "compound:prt", exact: true).first else { return lemmas[verb] }
        return lemmas[verb] + " " + lemmas[particle]
    }

    /// A promised response is a threat to whoever it is promised to (asserted,
    /// as a warning is: guideline 4): "Seoul promised Pyongyang a nuclear
    /// response", "Iran vowed retaliation against Israel".
    private mutating func retaliation(_ verb: Int) {
        for response in objects(verb) where cues.retaliationNouns.contains(lemmas[response]) {
            let targets = sentence.children(verb, "iobj", exact: true) + obliques(response, cases: ["against", "on", "to", "for"])
                + obliques(verb, cases: ["against", "on"])
            var agents = subject(verb)
            if agents.isEmpty { agents = nearby(verb, before: true) }
            guard !agents.isEmpty, !targets.isEmpty else { continue }
            // The response is the cue, so that "promised" does not hedge it as a pledge would.
            emit(agents, .threat, targets.flatMap(arguments), cue: response,
                 modality: ClauseModality(sentence: sentence, cues: cues, cue: verb), verb: response)
        }
    }

    /// A force kept or enlarged somewhere: "Poland has 300 troops in Lebanon",
    /// "France would boost the number of its soldiers in Mali" (asserted: the
    /// present deployment is presupposed, whatever "would" says of the boost).
    /// Who keeps them is the soldiers' owner, else the subject; where, an "in"
    /// phrase on the verb, the soldiers or what counts them.
    private mutating func holding(_ verb: Int) {
        for object in sentence.children(verb, "obj", exact: true) {
            let soldiers = counted(object)
            guard cues.personnel.contains(lemmas[soldiers]), !cues.ownForces.contains(lemmas[soldiers]) else { continue }
            var agents = modifierParties(soldiers, labels: ["nmod:poss", "amod", "compound"])
            if agents.isEmpty { agents = subject(verb) }
            let places = Set([verb, object, soldiers]).sorted().flatMap { obliques($0, cases: ["in", "inside"]) }
            let targets = places.flatMap(stationedIn)
            if cues.enlargingVerbs.contains(lemmas[verb]) {
                guard !agents.isEmpty, !targets.isEmpty else { continue }
                emit(agents, .troops, targets, cue: soldiers, modality: ClauseModality(), verb: verb)
            } else {
                add(agents, .troops, targets, cue: soldiers, governor: verb)
            }
        }
    }

    /// Where soldiers "in" a phrase are: the place it names, or for a force
    /// ("its troops in the UN force in Lebanon") where that force is, not who leads it.
    private func stationedIn(_ place: Int) -> [(party: Int32, word: Int)] {
        var place = place
        for _ in 0..<3 where cues.forceNouns.contains(lemmas[place]) {
            guard let inner = obliques(place, cases: ["in", "inside"]).first else { return [] }
            place = inner
        }
        return arguments(place)
    }

    /// Soldiers a force is made of, stationed where the force is (guideline
    /// 13): "the UN force in Lebanon includes Indian troops", "the
    /// battlegroup in Lithuania consists of soldiers from Germany and Norway".
    private mutating func composition(_ verb: Int) {
        let forces = sentence.children(verb, "nsubj", exact: true) + sentence.children(verb, "nsubj:pass", exact: true)
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

    // MARK: Findings

    /// The arguments with each party once, at its first word.
    private static func distinct(_ arguments: [(party: Int32, word: Int)]) -> [(party: Int32, word: Int)] {
        var result: [(party: Int32, word: Int)] = []
        for argument in arguments where !result.contains(where: { $0.party == argument.party }) { result.append(argument) }
        return result
    }

    private mutating func reciprocal(_ sides: [(party: Int32, word: Int)], cue: Int) {
        let distinct = Self.distinct(sides)
        guard distinct.count >= 2 else { return }
        for first in distinct {
            for second in distinct where second.party != first.party {
                add([first], .attack, [second], cue: cue)
            }
        }
    }

    /// Adds a finding per (source, target): pairs by position when the clause
    /// says "respectively" and the lists have the same length (guideline 16).
    private mutating func add(
        _ sources: [(party: Int32, word: Int)], _ kind: RelationKind, _ targets: [(party: Int32, word: Int)], cue: Int,
        governor: Int? = nil
    ) {
        guard !sources.isEmpty, !targets.isEmpty else { return }
        let verb = governor ?? cue
        // "China does not arm Russia, as Iran does": the pro-verb's subject does what the verb says, in the
        // pro-verb's own clause and modality, taking the role the verb's subject had ("Syria received
        // arms from Iran, as Iraq did": Iraq is a recipient).
        let subjects = Set(subject(verb).map(\.party))
        for clause in sentence.children(verb, "advcl") where cues.proVerbs.contains(lemmas[clause])
            && sentence.children(clause, "mark").contains(where: { cues.ellipsisMarks.contains(lemmas[$0]) }) {
            let others = sentence.children(clause, "nsubj", exact: true).flatMap(arguments)
            guard !others.isEmpty, !subjects.isEmpty else { continue }
            let modality = ClauseModality(sentence: sentence, cues: cues, cue: clause)
            if Set(sources.map(\.party)) == subjects {
                emit(others, kind, targets, cue: cue, modality: modality, verb: clause)
            } else if Set(targets.map(\.party)) == subjects {
                emit(sources, kind, others, cue: cue, modality: modality, verb: clause)
            }
        }
        emit(sources, kind, targets, cue: cue, modality: ClauseModality(sentence: sentence, cues: cues, cue: verb), verb: verb)
    }

    private mutating func emit(
        _ sources: [(party: Int32, word: Int)], _ kind: RelationKind, _ targets: [(party: Int32, word: Int)], cue: Int,
        modality: ClauseModality, verb: Int
    ) {
        guard !modality.negated else { return }
        var kind = kind
        var hedge = modality.hedge
        if hedge == nil, cues.commitmentVerbs.contains(lemmas[verb]) { hedge = sentence.words[verb].form }
        if kind == .attack {
            if modality.threatened || (modality.future && modality.hedge == modality.futureWord) {
                // A threatened or announced strike is a threat, asserted as stated.
                kind = .threat
                hedge = modality.evidential
            } else if modality.possibility {
                // A stated possibility or plan to strike is a threat (guidelines 6 and the definition of threat).
                kind = .threat
            }
        }
        var pairs: [((party: Int32, word: Int), (party: Int32, word: Int))] = []
        let uniqueSources = Self.distinct(sources), uniqueTargets = Self.distinct(targets)
        if respectively, uniqueSources.count == uniqueTargets.count, uniqueSources.count > 1 {
            pairs = Array(zip(uniqueSources, uniqueTargets))
        } else {
            for source in uniqueSources { for target in uniqueTargets { pairs.append((source, target)) } }
        }
        // The evidence covers both names whole ("the United States … struck Houthi targets").
        func span(_ word: Int) -> Range<Int> {
            let mention = sentence.mentionAt[word]
            return mention >= 0 ? sentence.mentions[mention].words : word..<(word + 1)
        }
        for (source, target) in pairs where source.party != target.party {
            let first = min(span(source.word).lowerBound, span(target.word).lowerBound, cue)
            let last = max(span(source.word).upperBound - 1, span(target.word).upperBound - 1, cue)
            findings.append(Finding(
                source: source.party, kind: kind, target: target.party, modality: hedge == nil ? .asserted : .hedged,
                hedge: hedge, words: first...last))
        }
    }
}
