import RelationGraph

/// Supply told from the recipient's side by verbs that are not supply cues:
/// materiel said to arrive ("The first F-16s from Denmark arrived in
/// Ukraine") and dependence ("Serbia relies on Russia for weapons").
extension TreeRules {
    /// Materiel that arrives somewhere was supplied to that place's party by
    /// whose it is: a demonym or possessive on it ("Iranian drones"), or
    /// where it came "from" (on the materiel, on what counts it, or on the
    /// verb). The place is an "in", "to" or "into" phrase, or the object of
    /// a verb like "reach".
    ///
    /// - Complexity: O(*d*) in the dependents of the verb and its subject.
    mutating func arrival(_ verb: Int) {
        for subject in sentence.children(verb, "nsubj", exact: true) {
            let thing = counted(subject)
            guard isMateriel(thing), !isPersonnel(thing) else { continue }
            let suppliers = possessors(thing)
                + ([thing, subject, verb].flatMap { obliques($0, cases: ["from"]) }).flatMap(arguments)
            let places = obliques(verb, cases: ["in", "to", "into"]) + objects(verb)
            add(suppliers, .supply, places.flatMap(arguments), cue: verb)
        }
    }

    /// Who relies on a party for materiel is supplied by it: "Serbia relies on Russia for weapons",
    /// "Armenia depended on Moscow for arms" (`dependenceVerbs`; "on" names the supplier, "for" what).
    ///
    /// - Complexity: O(*d*) in the verb's dependents.
    mutating func dependence(_ verb: Int) {
        let things = obliques(verb, cases: ["for"]) + obliques(verb, cases: ["on"]).flatMap { obliques($0, cases: ["for"]) }
        guard things.contains(where: { isMateriel($0) && !isPersonnel($0) }) else { return }
        add(obliques(verb, cases: ["on", "upon"]).flatMap(arguments), .supply, subject(verb), cue: verb)
    }
}
