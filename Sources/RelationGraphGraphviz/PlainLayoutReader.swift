import RelationGraph
import RelationGraphRender

/// Reads Graphviz's `plain` output into a ``GraphLayout``: inches become
/// points, y is flipped to grow downwards, and each edge's B-spline control
/// points are flattened to a polyline. Edges are matched to relations by
/// (tail, head) in order, as Graphviz keeps parallel edges in input order.
struct PlainLayoutReader {
    let graph: Graph

    func read(_ text: String) throws(GraphvizError) -> GraphLayout {
        var height = 0.0, width = 0.0
        var nodes: [PartyID: NodePlacement] = [:]
        var pending: [String: [Int]] = [:]
        for relation in 0..<graph.relationCount {
            let (source, target) = graph.endpoints(ofRelation: relation)
            pending["\(graph.parties[source].id.rawValue)\u{0}\(graph.parties[target].id.rawValue)", default: []].append(relation)
        }
        var edges: [EdgeRoute] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let fields = Self.fields(String(line))
            guard let kind = fields.first else { continue }
            switch kind {
            case "graph" where fields.count >= 4:
                width = (Double(fields[2]) ?? 0) * 72
                height = (Double(fields[3]) ?? 0) * 72
            case "node" where fields.count >= 6:
                let id = PartyID(fields[1])
                guard let x = Double(fields[2]), let y = Double(fields[3]), let w = Double(fields[4]), let h = Double(fields[5]) else { continue }
                nodes[id] = NodePlacement(
                    id: id, label: graph.party(id)?.name ?? fields[1], center: Point(x: x * 72, y: height - y * 72),
                    width: w * 72, height: h * 72)
            case "edge" where fields.count >= 4:
                guard let count = Int(fields[3]), fields.count >= 4 + 2 * count else { continue }
                let key = "\(fields[1])\u{0}\(fields[2])"
                guard var queue = pending[key], !queue.isEmpty else { continue }
                let relation = queue.removeFirst()
                pending[key] = queue
                var controls: [Point] = []
                for index in 0..<count {
                    guard let x = Double(fields[4 + 2 * index]), let y = Double(fields[5 + 2 * index]) else { continue }
                    controls.append(Point(x: x * 72, y: height - y * 72))
                }
                edges.append(EdgeRoute(
                    relation: relation, source: PartyID(fields[1]), target: PartyID(fields[2]),
                    kind: graph.kind(ofRelation: relation), isHedged: graph.isHedged(relation: relation),
                    points: Self.flatten(controls)))
            default:
                continue
            }
        }
        guard height > 0 else { throw GraphvizError(.unreadableOutput, "Graphviz's plain output has no graph line") }
        edges.sort { $0.relation < $1.relation }
        return GraphLayout(
            nodes: graph.parties.compactMap { nodes[$0.id] }, edges: edges, width: width, height: height)
    }

    /// Splits a plain-format line; quoted fields may hold spaces and `\"`.
    static func fields(_ line: String) -> [String] {
        var result: [String] = []
        var current = ""
        var quoted = false, escaping = false, inField = false
        for character in line {
            if quoted {
                if escaping {
                    current.append(character)
                    escaping = false
                } else if character == "\\" {
                    escaping = true
                } else if character == "\"" {
                    quoted = false
                } else {
                    current.append(character)
                }
            } else if character == " " {
                if inField { result.append(current) }
                current = ""
                inField = false
            } else if character == "\"" {
                quoted = true
                inField = true
            } else {
                current.append(character)
                inField = true
            }
        }
        if inField { result.append(current) }
        return result
    }

    /// Points along a piecewise cubic Bézier (1 + 3k control points), eight per piece.
    static func flatten(_ controls: [Point]) -> [Point] {
        guard controls.count >= 4 else { return controls }
        var points = [controls[0]]
        var start = 0
        while start + 3 < controls.count {
            let (p0, p1, p2, p3) = (controls[start], controls[start + 1], controls[start + 2], controls[start + 3])
            for step in 1...8 {
                let t = Double(step) / 8, u = 1 - t
                let x = u * u * u * p0.x + 3 * u * u * t * p1.x + 3 * u * t * t * p2.x + t * t * t * p3.x
                let y = u * u * u * p0.y + 3 * u * u * t * p1.y + 3 * u * t * t * p2.y + t * t * t * p3.y
                points.append(Point(x: x, y: y))
            }
            start += 3
        }
        return points
    }
}
