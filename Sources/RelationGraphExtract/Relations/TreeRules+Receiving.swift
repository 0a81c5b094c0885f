import RelationGraph

/// Supply told from the recipient's side by verbs that are not supply cues:
/// materiel said to arrive ("The first F-16s from Denmark arrived in
/// Ukraine"), dependence ("Serbia relies on Russia for weapons") and
/// payment ("Moscow paid for munitions shipped from Pyongyang").
extension TreeRules {
    /// Materiel that arrives somewhere was supplied to that place's party by
    /// whose it is: a demonym or possessive on it ("Iranian drones"), or
    /// where it came "from" (on the materiel, on what counts it, or on the
    /// verb). The place is an "in", "to" or "into" phrase, or the object of
    /// a verb like "reach". Soldiers who arrive "with" materiel bring it from
    /// their party.
    ///
    /// - Complexity: O(*d*) in the dependents of the verb and its subject.
    mutating func arrival(_ verb: Int) {
        let places = obliques(verb, cases: ["in", "to", "into"]) + objects(verb)
        for subject in sentence.children(verb, "nsubj", exact: true) {
            let thing = counted(subject)
            if isPersonnel(thing) {
                // "Russian instructors arrived in Niamey with an air defence system": what soldiers bring, their
                // party supplies (the parser may hang the "with" phrase on the subject).
                let brought = (obliques(verb, cases: ["with"]) + obliques(subject, cases: ["with"])).filter { isMateriel($0) && !isPersonnel($0) }
                guard !brought.isEmpty else { continue }
                // ("instructors from Russia's Africa Corps": a state's own force brings the state's materiel.)
                let suppliers = owners(thing).flatMap { owner in
                    let state = possessors(owner.word, labels: ["nmod:poss"])
                    return state.isEmpty ? [owner] : state
                }
                add(suppliers, .supply, places.flatMap(arguments), cue: verb)
                continue
            }
            guard isMateriel(thing) else { continue }
            let suppliers = possessors(thing)
                + ([thing, subject, verb].flatMap { obliques($0, cases: ["from"]) }).flatMap(arguments)
            add(suppliers, .supply, places.flatMap(arguments), cue: verb)
        }
    }

    /// Who relies on a party for materiel is supplied by it: "Serbia relies on Russia for weapons",
    /// "Armenia depended on Moscow for arms" (`dependenceVerbs`; "on" names the supplier, "for" what), and so
    /// is who relies on its materiel: "relied on American weapons", "relies on jets supplied by Russia".
    ///
    /// - Complexity: O(*d*) in the verb's dependents.
    mutating func dependence(_ verb: Int) {
        // "Israel has relied heavily on American weapons": on materiel, its owner is the supplier.
        let relied = obliques(verb, cases: ["on", "upon"]).filter { isMateriel($0) && !isPersonnel($0) }
        if !relied.isEmpty {
            // ("relies on jets and helicopters supplied by Russia and China": or who gave it, by a participle on it
            // or on a later conjunct.)
            let given = relied.flatMap(sentence.conjuncts).flatMap { sentence.children($0, "acl", exact: true) }.filter(isGivenBy)
            add(relied.flatMap { possessors($0) + obliques($0, cases: ["from"]).flatMap(arguments) } + given.flatMap { subject($0) },
                .supply, subject(verb), cue: verb)
            return
        }
        let things = obliques(verb, cases: ["for"]) + obliques(verb, cases: ["on"]).flatMap { obliques($0, cases: ["for"]) }
        guard things.contains(where: { isMateriel($0) && !isPersonnel($0) }) else { return }
        add(obliques(verb, cases: ["on", "upon"]).flatMap(arguments), .supply, subject(verb), cue: verb)
    }

    /// Who pays for materiel receives it from whom it is paid to or where it comes from: "Russia paid North
    /// Korea for shells", "helped Moscow pay for munitions shipped from Pyongyang" (`payingVerbs`).
    ///
    /// - Complexity: O(*d*) in the dependents of the verb and of what it pays for.
    mutating func payment(_ verb: Int) {
        let things = obliques(verb, cases: ["for"]).map(counted).filter { isMateriel($0) && !isPersonnel($0) }
        guard !things.isEmpty else { return }
        let sent = things.flatMap { sentence.children($0, "acl", exact: true) }
        let suppliers = objects(verb).flatMap(arguments) + things.flatMap { possessors($0) }
            + (things + sent).flatMap { obliques($0, cases: ["from"]) }.flatMap(arguments)
        add(suppliers, .supply, subject(verb), cue: verb)
    }
}
