import RelationGraph

/// Conditional warnings: a response promised for what another party may do.
extension TreeRules {
    /// "If Ruritania ships missiles, we will respond severely": a response
    /// made conditional on another party's act is a threat to that party,
    /// asserted whatever the modal of the response (guideline 4). The
    /// response is a verb of responding or escalating (`responseVerbs`:
    /// "will retaliate", "is prepared to intensify our measures"), or a verb
    /// whose object or oblique is a retaliation or a sanction or attack cue
    /// ("is ready for new sanctions", "will take action"); the condition is
    /// its adverbial clause with a conditional subordinator (`if`, `unless`),
    /// and the threatened party that clause's subject (its agent when the
    /// clause is passive: "would use nuclear weapons if attacked by the
    /// United States"). Using materiel is a response too.
    mutating func conditionalWarning(_ verb: Int) {
        // The parser may read the condition as a complement ("would retaliate | if Israel attacked").
        let conditions = (sentence.children(verb, "advcl", exact: true) + sentence.children(verb, "ccomp", exact: true)).filter { clause in
            sentence.children(clause, "mark").contains { ["if", "unless"].contains(lemmas[$0]) }
        }
        guard !conditions.isEmpty, isResponse(verb) else { return }
        let threatened = conditions.flatMap { subject($0) }
        var agents = subject(verb)
        if agents.isEmpty, let governor = sentence.head(verb), sentence.label(verb) == "xcomp" { agents = subject(governor) }
        // A pronoun in the condition resolved to one of the warning parties is a wrong antecedent, not a target:
        // "would impose sanctions on Russia if it continued its attacks" warns whom the response is aimed at.
        var others = Self.excluding(threatened, agents)
        let pronounSubject = conditions.contains { condition in
            sentence.children(condition, "nsubj", exact: true).contains { sentence.words[$0].upos == .pron }
        }
        if others.isEmpty, pronounSubject {
            let aimed = (obliques(verb, cases: ["on", "against"]) + objects(verb).flatMap { obliques($0, cases: ["on", "against"]) })
            others = Self.excluding(aimed.flatMap(arguments), agents)
        }
        guard !agents.isEmpty, !others.isEmpty else { return }
        let modality = ClauseModality(sentence: sentence, cues: cues, cue: verb)
        guard !modality.negated else { return }
        // Asserted (guideline 4) unless the warning itself is only reported as possible or attributed.
        emit(agents, .threat, others, cue: verb, modality: modality.evidential == nil ? ClauseModality() : modality, verb: verb)
    }

    /// A verb of responding, or one whose object or oblique names a response or a measure.
    private func isResponse(_ verb: Int) -> Bool {
        if cues.responseVerbs.contains(lemmas[verb]) { return true }
        // "threatened to close the strait if the US attacks": whatever act a threat promises is the response.
        if sentence.label(verb) == "xcomp", let governor = sentence.head(verb),
            cues.threatGovernors.contains(lemmas[governor]) { return true }
        // "warned that it would use nuclear weapons if attacked": weapons promised for a condition are the
        // response; "could use the weapons if …" states a capability (a hedged threat, guideline 6), not a warning.
        if cues.verbs[lemmas[verb]]?.contains(where: { $0.frame == .use }) == true, objects(verb).contains(where: isMateriel) {
            let modality = ClauseModality(sentence: sentence, cues: cues, cue: verb)
            let willUse = sentence.children(verb, "aux").contains { cues.futureAuxiliaries.contains(lemmas[$0]) }
            if modality.threatened || willUse { return true }
        }
        let complements = objects(verb) + sentence.children(verb, "obl")
        return complements.contains { word in
            let lemma = lemmas[word]
            return cues.retaliationNouns.contains(lemma) || cues.responseNouns.contains(lemma)
                || ["sanction", "attack"].contains(cues.nouns[lemma]?.kind ?? "")
        }
    }
}
