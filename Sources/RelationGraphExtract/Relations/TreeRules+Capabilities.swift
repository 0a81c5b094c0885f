import RelationGraph

/// Stated capabilities to strike (guideline 6).
extension TreeRules {
    /// "North Korea tested a missile capable of reaching the US mainland", "Iran has missiles that can hit
    /// Israel", "China has the ability to strike Taiwan": what a party, or a weapon or force it has, is said
    /// to be able to reach or strike (`capabilityVerbs`) is a hedged threat by the party to the one reached,
    /// not an attack, nor, for "reach", a delivery. The capability is the complement of an adjective or
    /// noun of being able (`capabilityHolders`), or a relative clause with "can" or "could" on the weapon,
    /// or a verb whose subject is the weapon, with "can" or "could". The party is the weapon's owner (a
    /// possessive or demonym on it, or the subject of the verb whose object it is: "tested", "has").
    ///
    /// A party subject with a modal ("Iran could strike Israel") needs no rule of its own: the attack
    /// verb's possibility makes it a threat already.
    ///
    /// - Returns: whether the verb states a capability, which then no other frame reads.
    /// - Complexity: O(*d*) in the dependents of the words it looks at.
    mutating func capability(_ verb: Int) -> Bool {
        guard cues.capabilityVerbs.contains(lemmas[verb]) else { return false }
        let label = sentence.label(verb)
        var holder: Int?
        var hedge: Int?
        if let head = sentence.head(verb), cues.capabilityHolders.contains(lemmas[head]),
           ["advcl", "acl", "xcomp"].contains(label.prefix(while: { $0 != ":" })) {
            hedge = head
            if sentence.words[head].upos == .adj {
                // "a missile capable of …" (the adjective on its noun), "the missile is capable of …" (predicate).
                holder = sentence.label(head) == "amod" ? sentence.head(head) : sentence.children(head, "nsubj", exact: true).first
            } else {
                holder = head
            }
        } else if let modal = sentence.children(verb, "aux").first(where: { ["can", "could"].contains(lemmas[$0]) }) {
            hedge = modal
            if label == "acl:relcl", let head = sentence.head(verb), isMateriel(head) {
                holder = head
            } else {
                holder = sentence.children(verb, "nsubj", exact: true).first { isMateriel(counted($0)) }
            }
        }
        guard let holder, let hedge else { return false }
        let owners = capabilityOwners(holder)
        let targets = objects(verb).flatMap { targetArguments($0, kind: "attack") }
        let modality = ClauseModality(sentence: sentence, cues: cues, cue: verb).hedged(by: sentence.words[hedge].form, possibility: true)
        emit(owners, .threat, targets, cue: verb, modality: modality, verb: verb)
        return true
    }

    /// Whose the capability is: a party that is capable itself, or the owner of the weapon or ability.
    private func capabilityOwners(_ holder: Int) -> [(party: Int32, word: Int)] {
        if sentence.mentionAt[holder] >= 0 { return arguments(holder) }
        let thing = counted(holder)
        guard isMateriel(thing) || isPersonnel(thing) || cues.capabilityHolders.contains(lemmas[thing]) else { return [] }
        let owners = possessors(thing)
        guard owners.isEmpty else { return owners }
        // "tested a missile capable of …", "has the ability to …".
        if sentence.label(holder) == "obj", let governor = sentence.head(holder) { return subject(governor) }
        return []
    }
}
