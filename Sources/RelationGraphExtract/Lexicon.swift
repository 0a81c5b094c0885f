/// What a word does next to a party mention: the few roles mention finding
/// needs to tell a party from what its name only describes.
struct WordRoles: OptionSet, Sendable {
    let rawValue: UInt8

    /// "-backed", "-led": the party before the hyphen only qualifies (guideline 11).
    static let qualifierSuffix = WordRoles(rawValue: 1 << 0)
    /// "-made", "-built": the party before the hyphen is the maker of materiel.
    static let originSuffix = WordRoles(rawValue: 1 << 1)
    /// Nouns for what a party's name only describes: its firms, ships, nationals
    /// (guideline 10) or unnamed members and allies (guideline 12).
    static let describedNoun = WordRoles(rawValue: 1 << 2)
    /// Words that end a firm's name ("… Company", "… Corporation"): a party's name inside one is not the party.
    static let firmName = WordRoles(rawValue: 1 << 3)
    /// "members": a bloc's members are its member states (guideline 12), but a state's or armed group's
    /// members ("Hamas members", "RDF members") act for it.
    static let memberNoun = WordRoles(rawValue: 1 << 4)
}

/// The words mention finding looks at after a name, by role, hashed for
/// lookup with the tokens' keys. General English, not phrases of any one article.
struct Lexicon: Sendable {
    private var building: [UInt64: WordRoles] = [:]
    private var table = KeyTable<WordRoles>([:])

    subscript(key: UInt64) -> WordRoles { table[key] ?? [] }

    private mutating func add(_ role: WordRoles, _ words: [String]) {
        for word in words { building[Tokenizer.key(word), default: []].formUnion(role) }
    }

    static let standard = Lexicon()

    private init() {
        add(.qualifierSuffix, ["backed", "led", "aligned", "allied", "funded", "sponsored", "supported", "friendly",
                               "controlled", "held", "run", "based", "linked", "affiliated", "occupied",
                               // a ship's flag, owner or operator is not the state (guideline 10): "a British-flagged tanker"
                               "flagged", "owned", "registered", "operated"])
        add(.originSuffix, ["made", "built", "designed", "supplied", "produced", "manufactured", "provided", "origin"])
        add(.describedNoun, ["company", "companies", "firm", "firms", "business", "businesses", "entities", "entity", "individuals",
            "bank", "banks", "ship", "ships", "vessel", "vessels", "tanker", "tankers", "nationals", "citizens",
            "businessman", "businessmen", "oligarch", "oligarchs", "exporters", "exporter", "manufacturer",
            "manufacturers", "suppliers", "traders", "allies", "ally", "members", "member", "countries", "states",
            "nations", "partners", "governments", "militia", "militias", "proxies", "proxy", "rebels", "media",
            "officials", "official", "diplomats", "journalists", "analysts", "experts", "sources", "intelligence", "settler",
            "settlers",])
        add(.memberNoun, ["members", "member"])
        add(.firmName, ["company", "corporation", "corp", "industries", "inc", "ltd", "llc", "plc", "airlines", "airways", "holdings"])
        table = KeyTable(building)
        building = [:]
    }
}
