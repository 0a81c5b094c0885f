import RelationGraph

// Who does Russia rely on, and on what evidence?
let graph = try Graph.seed()
for dependency in try graph.dependencies(of: "RUS") {
    let name = graph.party(dependency.party)?.name ?? dependency.party.rawValue
    print("\(name), \(dependency.depth) link(s) away\(dependency.isHedged ? " (hedged)" : ""):")
    for link in dependency.chain {
        for relation in link.relations {
            let quote = relation.evidence.first.map { "\"\($0.quote)\" (\($0.document))" } ?? "no evidence"
            print("  \(link.supplier) \(relation.kind) → \(link.recipient): \(quote)")
        }
    }
}
