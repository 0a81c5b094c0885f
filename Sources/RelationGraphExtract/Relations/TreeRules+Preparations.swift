import RelationGraph

/// Preparations for war: "Russia is preparing for war with NATO",
/// "Asmara accused Ethiopia of preparing for war", "accused the United
/// States of preparing an invasion".
extension TreeRules {
    /// Who prepares for an attack or a war threatens whom it would be
    /// waged on (a stated plan to strike is a threat); with no one named,
    /// an accuser charging the preparation is the one threatened, as for
    /// an accused attack. The clause's own modality applies ("accused …
    /// of preparing" hedges it).
    ///
    /// - Complexity: O(*d*) in the verb's dependents.
    mutating func preparation(_ verb: Int) {
        // An attack prepared is as much a plan as one prepared for ("preparing an invasion").
        for war in obliques(verb, cases: ["for"]) + sentence.children(verb, "obj", exact: true) where cues.nouns[lemmas[war]]?.kind == "attack" {
            consumed.insert(war)
            let agents = subject(verb)
            var targets = nounTargets(war, kind: "attack")
            if let accused = accusedTargets(verb, agents: agents, found: targets) { targets = accused }
            add(agents, .threat, targets, cue: war, governor: verb)
        }
    }
}
