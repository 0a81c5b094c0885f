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
    /// The last parties the sentence says impose sanctions, whether or not it names whom.
    private(set) var sanctioners: [Int32] = []
    /// The last owners of strikes the sentence names ("US and British airstrikes"), whether or not it says whom they hit.
    private(set) var strikers: [Int32] = []
    /// Nouns already read as the object of a light verb ("imposed sanctions").
    var consumed: Set<Int> = []

    /// The sentence pairs lists by position ("… respectively").
    let respectively: Bool
    /// Where the document last placed troops: the destination of troops
    /// sent with none in their own sentence (``Extractor`` keeps it).
    let documentHost: [Int32]
    /// The issuing parties of the document, when it is a statement (guideline 3): who warns in a main clause
    /// that names no warner ("The Houthis will bear the consequences").
    let documentSpeakers: [Int32]
    /// Who the document last said imposes sanctions: the sanctioner of a
    /// passive sanction that names none ("Iran was also sanctioned").
    let documentSanctioner: [Int32]
    /// Who the document last said attacked: the doer of "the strikes" a party vows to avenge
    /// when the sentence names none.
    let documentAttacker: [Int32]
    /// Who the document last said attacked each party: the doer of what that party vows to avenge.
    let documentAttackersOf: [Int32: [Int32]]
    /// Who the document last said sanctioned each party: whom that party's response answers when nobody
    /// attacked it ("Finland banned Russian cars. The Kremlin warned of a response.").
    let documentSanctionersOf: [Int32: [Int32]]

    /// Named multinational forces (lower-cased names) and the party they are stationed in (``CueTable/forceHosts``).
    let forceHosts: [String: Int32]

    init(
        sentence: TreeSentence, cues: CueTable, documentHost: [Int32] = [], documentSanctioner: [Int32] = [],
        documentAttacker: [Int32] = [], documentAttackersOf: [Int32: [Int32]] = [:], documentSanctionersOf: [Int32: [Int32]] = [:],
        forceHosts: [String: Int32] = [:], documentSpeakers: [Int32] = []
    ) {
        self.documentSpeakers = documentSpeakers
        self.sentence = sentence
        self.cues = cues
        self.documentHost = documentHost
        self.documentSanctioner = documentSanctioner
        self.documentAttacker = documentAttacker
        self.documentAttackersOf = documentAttackersOf
        self.documentSanctionersOf = documentSanctionersOf
        self.forceHosts = forceHosts
        respectively = sentence.lemmas.contains("respectively")
    }

    var lemmas: [String] { sentence.lemmas }

    mutating func apply() {
        for word in sentence.words.indices where sentence.words[word].upos == .verb || sentence.words[word].upos == .aux
            || isVerbTaggedAsNoun(word)
        {
            // An auxiliary with a direct object is a main verb the tagger missed ("The US has 900 troops in Syria").
            guard sentence.words[word].upos != .aux || !sentence.children(word, "obj", exact: true).isEmpty else { continue }
            if isVerbTaggedAsNoun(word) { consumed.insert(word) }
            if capability(word) { continue }
            if cues.holdingVerbs.contains(lemmas[word]) || cues.enlargingVerbs.contains(lemmas[word])
                || cues.establishingVerbs.contains(lemmas[word]) { holding(word) }
            if cues.retaliationVerbs.contains(lemmas[word]) { retaliation(word) }
            promisedResponse(word)
            facedResponse(word)
            massing(word)
            if cues.combatVerbs.contains(lemmas[word]) { fightingBeside(word) }
            unanswered(word)
            if cues.hostingVerbs.contains(lemmas[word]) { hosting(word) }
            if cues.leadingVerbs.contains(lemmas[word]) { leading(word) }
            if cues.supportVerbs.contains(lemmas[word]) { supportWith(word) }
            if cues.arrivalVerbs.contains(lemmas[word]) { arrival(word) }
            if cues.dependenceVerbs.contains(lemmas[word]) { dependence(word) }
            if cues.payingVerbs.contains(lemmas[word]) {
                payment(word)
                payingFor(word)
            }
            if cues.preparationVerbs.contains(lemmas[word]) { preparation(word) }
            if cues.listingVerbs.contains(lemmas[word]) { listing(word) }
            conditionalWarning(word)
            if cues.compositionVerbs.contains(lemmas[word]) || cues.compositionVerbs.contains(phrasal(word)) { composition(word) }
            // Munitions intercepted are no attack by who intercepts them.
            guard !interception(word), let frames = cues.verbs[lemmas[word]] else { continue }
            for cue in frames { verb(word, cue) }
        }
        for word in sentence.words.indices where !consumed.contains(word) {
            let upos = sentence.words[word].upos
            guard upos == .noun || upos == .propn || upos == .verb || upos == .adj else { continue }
            // "The US is ready for new sanctions if China arms Russia": a copular predicate warns as a verb does.
            if upos == .adj, !sentence.children(word, "cop", exact: true).isEmpty { conditionalWarning(word) }
            if let cue = cues.nouns[lemmas[word]] {
                // A noun cue the tagger took for a verb ("deliveries") is still a noun unless it is also a verb cue.
                guard upos != .verb || cues.verbs[lemmas[word]] == nil else { continue }
                noun(word, cue)
            } else if cues.receiveNouns.contains(lemmas[word]) {
                receivedNoun(word)
            } else if cues.supplierNouns.contains(lemmas[word]), upos == .noun {
                supplierNoun(word)
            } else if cues.aidNouns.contains(lemmas[word]), isQualifiedAid(word) {
                noun(word, CueTable.NounCue(kind: "supply", reciprocal: false, lemmas: []))
            }
            if upos == .noun { encirclingDrills(word) }
            if cues.personnel.contains(lemmas[word]), upos == .noun || (upos == .propn && cues.forceNouns.contains(lemmas[word])) {
                personnel(word)
            }
        }
    }

    /// Where the named force a word's mention names is stationed ("KFOR": Kosovo), if it names one.
    func namedForceHost(_ word: Int) -> Int32? {
        let index = sentence.mentionAt[word]
        guard index >= 0, !forceHosts.isEmpty else { return nil }
        let name = sentence.mentions[index].words.map { sentence.words[$0].form.lowercased() }.joined(separator: " ")
        return forceHosts[name]
    }

    /// A cue verb the tagger took for a noun ("US targets China", "China's coast guard shot a water
    /// cannon at …"), which the parser still gave a verb's passive auxiliary or direct object: nouns have neither.
    func isVerbTaggedAsNoun(_ word: Int) -> Bool {
        let upos = sentence.words[word].upos
        guard upos == .noun || upos == .propn, cues.verbs[lemmas[word]] != nil else { return false }
        return sentence.isPassive(word) || !sentence.children(word, "obj", exact: true).isEmpty
    }

    // MARK: Findings

    /// The arguments with each party once, at its first word.
    static func distinct(_ arguments: [(party: Int32, word: Int)]) -> [(party: Int32, word: Int)] {
        var result: [(party: Int32, word: Int)] = []
        for argument in arguments where !result.contains(where: { $0.party == argument.party }) { result.append(argument) }
        return result
    }

    /// The arguments whose party is none of `others`' parties.
    static func excluding(_ arguments: [(party: Int32, word: Int)], _ others: [(party: Int32, word: Int)]) -> [(party: Int32, word: Int)] {
        arguments.filter { argument in !others.contains { $0.party == argument.party } }
    }

    mutating func reciprocal(_ sides: [(party: Int32, word: Int)], cue: Int) {
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
    mutating func add(
        _ sources: [(party: Int32, word: Int)], _ kind: RelationKind, _ targets: [(party: Int32, word: Int)], cue: Int,
        governor: Int? = nil
    ) {
        // "The EU has imposed sanctions on seven people …" names no sanctioned party, but who sanctions.
        if kind == .sanction, !sources.isEmpty { sanctioners = sources.map(\.party) }
        // "Poland and Lithuania moved troops to their borders": parties that send or give to themselves, each to
        // its own, send nothing to each other.
        if kind == .troops || kind == .supply, sources.count > 1, Set(sources.map(\.party)) == Set(targets.map(\.party)) { return }
        // "US and British airstrikes killed 16 people": "the strikes" of the next sentence are theirs.
        if kind == .attack, !sources.isEmpty, sentence.words[cue].upos == .noun { strikers = sources.map(\.party) }
        guard !sources.isEmpty, !targets.isEmpty else { return }
        // Troops sent to a named force ("to join UNIFIL") go to where it is stationed (guideline 13).
        let targets = kind == .troops ? targets.map { target in namedForceHost(target.word).map { ($0, target.word) } ?? target } : targets
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

    mutating func emit(
        _ sources: [(party: Int32, word: Int)], _ kind: RelationKind, _ targets: [(party: Int32, word: Int)], cue: Int,
        modality: ClauseModality, verb: Int
    ) {
        guard !modality.negated else { return }
        // A region or city does not act: "Kharkiv" is only ever where something happens.
        let sources = sources.filter { source in
            let mention = sentence.mentionAt[source.word]
            return mention < 0 || !sentence.mentions[mention].isPlace
        }
        var modality = modality
        // "Israel could strike Iran, officials warned", "the US warned that Iran would attack Israel": a warning
        // by someone other than the doer reports the act; it is not the doer's own threat.
        if modality.threatened, let governor = modality.threatGovernor, governor != verb {
            let warners = Set(subject(governor).map(\.party))
            if warners.isDisjoint(with: sources.map(\.party)) { modality = modality.unthreatened }
        }
        // "… will respond if Iran strikes Israel": an attack only supposed is neither an attack nor anyone's
        // threat; the clause that answers it says the threat (``conditionalWarning(_:)``).
        guard kind != .attack || !modality.conditional else { return }
        var kind = kind
        var hedge = modality.hedge
        if hedge == nil, cues.commitmentVerbs.contains(lemmas[verb]) { hedge = sentence.words[verb].form }
        // "attributed the attack to Armenia": an act laid at a party's door is reported, not asserted.
        if hedge == nil, cues.accusationVerbs.contains(lemmas[verb]) { hedge = sentence.words[verb].form }
        // "threatened to impose sanctions", "vowed to arm the rebels": a measure, supply or deployment threatened
        // is one announced for the future (guideline 4), hedged; a threatened strike is a threat (below).
        if hedge == nil, kind != .attack, let threat = modality.threatWord { hedge = threat }
        // "The Houthis said they would target American warships": the doer's own "will", told in the past.
        let backshifted = modality.hedge.map { cues.backshiftedFutures.contains($0) } == true
            && modality.reporter.map { !Set(subject($0).map(\.party)).isDisjoint(with: sources.map(\.party)) } == true
        let announced = modality.future && modality.hedge == modality.futureWord
        // "will take countermeasures to deter the United States": a threat announced is made in the announcing.
        if kind == .threat, announced { hedge = modality.evidential }
        if kind == .attack {
            if modality.threatened || announced || backshifted {
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
