/// The type of a relation: an open set with five built-in kinds.
///
/// Users add their own kinds by writing `RelationKind("finance")`; the
/// built-ins are the kinds defined by the annotation guidelines.
public struct RelationKind: StringIdentifier {
    /// The kind's name, as written in files.
    public var rawValue: String

    /// Wraps a kind name.
    ///
    /// - Complexity: O(1).
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The source provides the target with weapons, equipment, money or other aid.
    public static let supply = RelationKind("supply")
    /// The source sends soldiers, advisers or mercenaries to fight for or be stationed with the target.
    public static let troops = RelationKind("troops")
    /// The source imposes sanctions, embargoes or export controls on the target.
    public static let sanction = RelationKind("sanction")
    /// The source threatens the target or is said to pose a threat to it.
    public static let threat = RelationKind("threat")
    /// The source attacks, invades, strikes or wages war on the target.
    public static let attack = RelationKind("attack")

    /// The built-in kinds, in the guidelines' order.
    public static let builtIn: [RelationKind] = [.supply, .troops, .sanction, .threat, .attack]

    /// The kinds through which the target comes to depend on the source.
    ///
    /// A depends on B when B supplies A or sends troops to A.
    public static let support: Set<RelationKind> = [.supply, .troops]
}
