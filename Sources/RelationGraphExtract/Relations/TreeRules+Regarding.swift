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
        // "seeks access to the sea, a move that Eritrea views as a threat": what a relative clause regards is its
        // antecedent, and a move set beside a clause's object is the act of the clause's subject.
        if sentence.label(verb) == "acl:relcl", let antecedent = sentence.head(verb), regarded.contains(where: isRelativePronoun) {
            regarded = [antecedent]
        }
        let sources = regarded.flatMap { word -> [(party: Int32, word: Int)] in
            let named = actors(word)
            if !named.isEmpty { return named }
            let owners = ownerModifiers(word)
            if !owners.isEmpty { return owners }
            guard sentence.label(word) == "appos", let object = sentence.head(word), let act = sentence.head(object),
                  sentence.label(object) == "obj", sentence.words[act].upos == .verb else { return [] }
            return subject(act)
        }
        let phrases = obliques(noun, cases: ["to", "for"])
        let holders = subject(verb)
        let targets = phrases.isEmpty ? holders : phrases.flatMap { targetArguments($0, kind: "threat") }
        let ownView = sentence.children(verb, "nsubj", exact: true).contains { cues.firstPerson.contains(sentence.words[$0].form.lowercased()) }
        var modality = ClauseModality(sentence: sentence, cues: cues, cue: verb)
        if !ownView { modality = modality.hedged(by: sentence.words[verb].form, possibility: false) }
        emit(sources, .threat, targets, cue: noun, modality: modality, verb: verb)
        return true
    }
}
