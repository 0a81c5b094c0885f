import RelationGraphRender

// A relation kind of your own ("finance") with a style of its own, queried
// like the built-in kinds and drawn in its colour.
let finance = RelationKind("finance")
var graph = Graph()
graph.add(Relation(source: "CHN", kind: finance, target: "RUS"))
graph.add(Relation(source: "RUS", kind: .attack, target: "UKR"))
graph.add(Relation(source: "USA", kind: finance, target: "UKR", modality: .hedged))

// Money counts as support here, so it shows up in dependency chains.
let suppliers = try graph.dependencies(of: "RUS", kinds: [.supply, .troops, finance])
print("RUS depends on:", suppliers.map(\.party.rawValue))

var options = DOTWriter.Options()
options.styles[finance] = KindStyle(color: "#b8860b", arrowhead: "odot", penWidth: 2)
options.legend = true
print(DOTWriter(options: options).dot(for: graph))
