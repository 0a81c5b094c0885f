import RelationGraph

/// Munitions shot down or intercepted: "Ukraine shot down 40 Russian
/// drones", "Israel intercepted rockets fired by Hamas".
extension TreeRules {
    /// Whose munitions a party intercepts attacked it: the munitions'
    /// owner (a demonym, name or possessive on them, or the agent of the
    /// participle that launched them) attacks who intercepts them, named as
    /// the subject or as the owner of the subject's defences ("Saudi air
    /// defences intercepted a Houthi missile"). Only munitions
    /// (`munitionNouns`): an aircraft shot down is an attack on its owner,
    /// which the attack verbs read. Munitions aimed at someone else ("shot
    /// down Houthi missiles aimed at commercial ships") attacked whom they
    /// were aimed at, which their participle says (or the participle of their
    /// flight: "drones flying toward Israel"); not who stops them, unless
    /// the aim is a named place the gazetteer does not know ("fired toward
    /// Jizan"), taken for the interceptor's own.
    ///
    /// Returns whether the verb stops munitions (then it is no attack of its own).
    ///
    /// - Complexity: O(*d*) in the dependents of the verb and its objects.
    mutating func interception(_ verb: Int) -> Bool {
        // The parser may read the particle of "shot down" as an adverb, of the verb or of what follows.
        let down = verb + 1 < sentence.words.count && lemmas[verb + 1] == "down"
        guard cues.interceptionVerbs.contains(phrasal(verb)) || cues.interceptionVerbs.contains(lemmas[verb])
            || (down && cues.interceptionVerbs.contains(lemmas[verb] + " down")) else { return false }
        // ("shot down several drones" may come out with "down" as the preposition of what was shot down.)
        let shot = objects(verb) + (down ? obliques(verb, cases: ["down"]) : [])
        let munitions = shot.flatMap(sentence.conjuncts).map(counted).filter { cues.munitionNouns.contains(lemmas[$0]) }
        guard !munitions.isEmpty else { return false }
        munitions.forEach { consumed.insert($0) }
        let launched = munitions.flatMap { sentence.children($0, "acl", exact: true) }.filter(sentence.isPassive)
        // ("drones flying over Jordan toward Israel": so does where a participle of their flight heads.)
        let heading = munitions.flatMap { sentence.children($0, "acl", exact: true) }.filter { sentence.words[$0].xpos == "VBG" }
        // "missiles aimed at commercial ships", "fired at Israel": the participle names their target.
        let aims = (launched + heading).flatMap { obliques($0, cases: ["at", "toward", "towards", "against"]) }
        let aimedAt = aims.flatMap(arguments)
        // A named place the gazetteer does not know ("fired toward Jizan") is taken for the interceptor's own.
        let unknownPlaces = aimedAt.isEmpty && aims.allSatisfy { sentence.words[$0].upos == .propn }
        guard aims.isEmpty || unknownPlaces else {
            add(owners(of: munitions, launched: launched), .attack, aimedAt, cue: verb)
            return true
        }
        let owners = owners(of: munitions, launched: launched)
        var interceptors = subject(verb)
        if interceptors.isEmpty {
            // "Israeli air defences": whose the defences are.
            interceptors = sentence.children(verb, "nsubj", exact: true).flatMap(ownerModifiers)
        }
        add(owners, .attack, interceptors, cue: verb)
        return true
    }

    /// Whose munitions they are: a demonym, name or possessive on them, or the agent of the participle that launched them.
    private func owners(of munitions: [Int], launched: [Int]) -> [(party: Int32, word: Int)] {
        munitions.flatMap { modifierParties($0, labels: ["amod", "compound", "nmod:poss"]) } + launched.flatMap { subject($0) }
    }
}
