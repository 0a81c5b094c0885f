import RelationGraph

/// Support given in kind: "Rwanda is supporting the M23 with troops and
/// weapons", "Iran backs the Houthis with missiles".
extension TreeRules {
    /// Support named by what it is made of is that relation: soldiers are
    /// troops, materiel is supply (guideline 11: unspecified support is
    /// not, weapons are). Who is supported is the verb's object; what it is
    /// given, a "with" phrase on the verb or, where the parser hangs it
    /// there, on the object.
    ///
    /// - Complexity: O(*d*) in the dependents of the verb and its objects.
    mutating func supportWith(_ verb: Int) {
        let supported = objects(verb)
        guard !supported.isEmpty else { return }
        let given = (obliques(verb, cases: ["with"]) + supported.flatMap { obliques($0, cases: ["with"]) })
            .flatMap(sentence.conjuncts)
        let troops = given.filter(isPersonnel), materiel = given.filter(isMateriel)
        guard !troops.isEmpty || !materiel.isEmpty else { return }
        let agents = subject(verb)
        let targets = supported.flatMap(arguments)
        if let soldiers = troops.first { add(agents, .troops, targets, cue: soldiers, governor: verb) }
        if let things = materiel.first { add(agents, .supply, targets, cue: things, governor: verb) }
    }
}
