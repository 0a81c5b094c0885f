import Foundation
import RelationGraph

/// Printing helpers shared by the query commands.
enum Output {
    /// Prints a value as pretty, key-sorted JSON.
    static func printJSON(_ value: some Encodable) throws(CLIError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            print(String(decoding: try encoder.encode(value), as: UTF8.self))
        } catch {
            throw .runtime("cannot encode the result as JSON: \(error)")
        }
    }

    /// `troops (asserted), supply (hedged)`.
    static func kinds(of relations: [Relation]) -> String {
        relations.map { "\($0.kind) (\($0.modality))" }.joined(separator: ", ")
    }

    /// How many pieces of evidence text output shows per relation; JSON has them all.
    static let evidenceShown = 3

    /// Indented lines with the strongest evidence of each relation first,
    /// `troops [doc.txt:0-51] "quote"`, and a count of what is left out.
    /// `, in 14 documents, 3 hedged, 2023-02-01 … 2024-11-30` when the
    /// relation's evidence is dated, else nothing.
    static func reporting(_ relation: Relation) -> String {
        let summary = relation.reporting
        guard let first = summary.first, let last = summary.last else { return "" }
        let documents = "in \(summary.documents) document\(summary.documents == 1 ? "" : "s")"
        let hedged = summary.hedgedDocuments > 0 ? ", \(summary.hedgedDocuments) hedged" : ""
        return ", \(documents)\(hedged), \(first == last ? "\(first)" : "\(first) … \(last)")"
    }

    static func evidenceLines(of relations: [Relation], indent: String) -> [String] {
        relations.flatMap { relation in
            var lines = relation.evidence.prefix(evidenceShown).map { evidence in
                "\(indent)\(relation.kind) [\(evidence.document):\(evidence.byteRange.lowerBound)-\(evidence.byteRange.upperBound)] \"\(evidence.quote)\""
            }
            if relation.evidence.count > evidenceShown {
                lines.append("\(indent)\(relation.kind): \(relation.evidence.count - evidenceShown) more (--format json lists all)")
            }
            return lines
        }
    }

    /// The lines of a support chain from the queried party outward, each
    /// link followed by its evidence.
    static func chainLines(_ chain: [SupportLink], towardSuppliers: Bool, indent: String) -> [String] {
        chain.flatMap { link in
            let arrow = towardSuppliers
                ? "\(link.recipient) ← \(link.supplier)"
                : "\(link.supplier) → \(link.recipient)"
            return ["\(indent)\(arrow) via \(kinds(of: link.relations))"]
                + evidenceLines(of: link.relations, indent: indent + "    ")
        }
    }
}

/// A dependency as scripts read it: the chain plus the derived depth and hedged flag.
struct DependencyRecord: Encodable {
    var party: PartyID
    var name: String
    var depth: Int
    var hedged: Bool
    var chain: [SupportLink]

    init(_ dependency: Dependency, in graph: Graph) {
        party = dependency.party
        name = graph.party(dependency.party)?.name ?? dependency.party.rawValue
        depth = dependency.depth
        hedged = dependency.isHedged
        chain = dependency.chain
    }
}
