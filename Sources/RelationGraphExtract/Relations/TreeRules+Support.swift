import RelationGraph

/// Support given in kind: "Rwanda is supporting the M23 with troops and
/// weapons", "Iran backs the Houthis with missiles", "will pay for air
/// defence systems for Ukraine".
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

    /// Materiel paid for by a party for another is supplied to that other
    /// (`payingVerbs`): "Germany will pay for two Patriot systems for
    /// Ukraine", "The Netherlands will pay 500 million euros for air defence
    /// systems for Ukraine". Whom it is for is a "for" phrase on the
    /// materiel or, after it, on the verb; what is bought for oneself ("paid
    /// Iran for drones") names no one it is for.
    ///
    /// - Complexity: O(*d*) in the dependents of the verb, its objects and the materiel.
    mutating func payingFor(_ verb: Int) {
        let things = (obliques(verb, cases: ["for"]) + objects(verb).flatMap { obliques($0, cases: ["for"]) })
            .flatMap(sentence.conjuncts).filter { isMateriel($0) && !isPersonnel($0) }
        guard let first = things.first else { return }
        let recipients = things.flatMap { obliques($0, cases: ["for", "to"]) }
            + obliques(verb, cases: ["for"]).filter { $0 > first && !isMateriel($0) }
        add(subject(verb), .supply, recipients.flatMap(arguments), cue: first, governor: verb)
    }
}
