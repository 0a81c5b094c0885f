import RelationGraph

/// Threats in a party's view of another (definition of threat: "is said to pose a threat").
extension TreeRules {
    /// "Moscow views NATO's expansion as a threat to Russia", "Japan regards China as its greatest security
    /// threat": what a verb of regarding (`regardingVerbs`) casts "as" a threat poses one, to the party of
    /// the noun's "to" phrase or, with no such phrase, to whoever sees it so; what a relative clause regards
    /// is its antecedent ("a move that Eritrea views as a threat"). The view is its holder's,
    /// reported (guideline 1: hedged), unless the statement's own "we" holds it ("we regard …", asserted).
    ///
    /// - Returns: whether the threat noun is cast by a verb of regarding, which then no other rule reads.
    /// - Complexity: O(*d*) in the dependents of the noun and the verb.
    mutating func regardedThreat(_ noun: Int) -> Bool {
        guard sentence.caseOf(noun) == "as", let verb = sentence.head(noun), cues.regardingVerbs.contains(lemmas[verb]) else { return false }
        var regarded = sentence.children(verb, "obj", exact: true)
        // "seeks access to the sea, a move that Eritrea views as a threat", "a move he described as a warning":
        // what a relative clause regards is its antecedent, with or without a relative pronoun.
        if sentence.label(verb) == "acl:relcl", let antecedent = sentence.head(verb), regarded.isEmpty || regarded.contains(where: isRelativePronoun) {
            regarded = [antecedent]
        }
        let sources = regarded.flatMap { word -> [(party: Int32, word: Int)] in
            let named = actors(word)
            if !named.isEmpty { return named }
            let owners = ownerModifiers(word)
            if !owners.isEmpty { return owners }
            // "the deployment of US missiles in Germany": whose soldiers or weapons an act moves.
            let moved = obliques(word, cases: ["of"]).filter { isMateriel($0) || isPersonnel($0) }
                .flatMap { modifierParties($0, labels: ["amod", "compound", "nmod:poss"]) }
            if !moved.isEmpty { return moved }
            return besideActDoers(word)
        }
        let phrases = obliques(noun, cases: ["to", "for"])
        let holders = subject(verb)
        let targets = phrases.isEmpty ? holders : phrases.flatMap { targetArguments($0, kind: "threat") }
        // A view held by the statement's "we", or a party's own description of its act ("a move he described as
        // a warning to the West", said of Russia's move by Putin), is the party's own word: asserted.
        let ownView = sentence.children(verb, "nsubj", exact: true).contains { cues.firstPerson.contains(sentence.words[$0].form.lowercased()) }
            || (!sources.isEmpty && !holders.isEmpty && Set(holders.map(\.party)).isSuperset(of: sources.map(\.party)))
        var modality = ClauseModality(sentence: sentence, cues: cues, cue: verb)
        if !ownView { modality = modality.hedged(by: sentence.words[verb].form, possibility: false) }
        emit(sources, .threat, targets, cue: noun, modality: modality, verb: verb)
        return true
    }

    /// Whose act a noun set beside a clause names ("seeks access to the sea, a move …", "deployed weapons to
    /// Belarus, a move …"): the subject of the verb it is set beside, or of the verb whose object it is set
    /// beside; none otherwise.
    ///
    /// - Complexity: O(*d*) in the dependents on the way.
    func besideActDoers(_ word: Int) -> [(party: Int32, word: Int)] {
        guard ["appos", "obl:unmarked", "obl:npmod", "nmod:unmarked", "parataxis"].contains(sentence.label(word)),
              let head = sentence.head(word) else { return [] }
        if sentence.words[head].upos == .verb { return subject(head) }
        guard sentence.label(head) == "obj", let act = sentence.head(head), sentence.words[act].upos == .verb else { return [] }
        return subject(act)
    }
}
