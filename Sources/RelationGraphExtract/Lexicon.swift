/// What a word can do in a relation rule. A word may play several roles
/// ("sends" moves both troops and materiel; "strikes" is verb and noun).
struct WordRoles: OptionSet, Sendable {
    let rawValue: UInt64

    // Verbs, by argument frame.
    /// X gives (to) Y materiel: supply, provide, deliver, ship, send, sell, transfer, give.
    static let giveVerb = WordRoles(rawValue: 1 << 0)
    /// A give verb whose object need not name materiel: supply, arm, equip, fund.
    static let supplyVerb = WordRoles(rawValue: 1 << 1)
    /// Y receives materiel from X: receive, obtain, acquire, buy, import, get.
    static let receiveVerb = WordRoles(rawValue: 1 << 2)
    /// Y uses X's materiel: use, fire, launch, deploy (with a demonym on the materiel).
    static let useVerb = WordRoles(rawValue: 1 << 3)
    /// X sends soldiers (to Y): send, deploy, dispatch, station.
    static let troopsVerb = WordRoles(rawValue: 1 << 4)
    /// X's soldiers join Y's army: join.
    static let joinVerb = WordRoles(rawValue: 1 << 5)
    /// X's soldiers fight for or alongside Y: fight.
    static let fightVerb = WordRoles(rawValue: 1 << 6)
    /// X sanctions Y: sanction, blacklist.
    static let sanctionVerb = WordRoles(rawValue: 1 << 7)
    /// X imposes sanctions on Y: impose, levy, slap, announce, introduce, expand.
    static let imposeVerb = WordRoles(rawValue: 1 << 8)
    /// X threatens Y: threaten, menace, intimidate, deter, confront.
    static let threatenVerb = WordRoles(rawValue: 1 << 9)
    /// X warns Y (of consequences).
    static let warnVerb = WordRoles(rawValue: 1 << 10)
    /// X poses a threat to Y.
    static let poseVerb = WordRoles(rawValue: 1 << 11)
    /// X attacks Y: attack, invade, strike, bomb, shell, raid, target.
    static let attackVerb = WordRoles(rawValue: 1 << 12)
    /// X launches / carries out attacks on Y.
    static let launchVerb = WordRoles(rawValue: 1 << 13)
    /// X wages war on Y.
    static let wageVerb = WordRoles(rawValue: 1 << 14)
    /// X fires missiles at Y.
    static let fireVerb = WordRoles(rawValue: 1 << 15)
    /// A and B exchange fire.
    static let exchangeVerb = WordRoles(rawValue: 1 << 16)
    /// The form is a past participle (passive with "by").
    static let participle = WordRoles(rawValue: 1 << 17)

    // Nouns.
    /// Weapons, ammunition, equipment, technology, money and other aid.
    static let materiel = WordRoles(rawValue: 1 << 20)
    /// Soldiers, troops, advisers, mercenaries.
    static let personnel = WordRoles(rawValue: 1 << 21)
    /// An army or armed forces that soldiers join.
    static let force = WordRoles(rawValue: 1 << 22)
    /// Sanctions, embargoes, export controls.
    static let sanctionNoun = WordRoles(rawValue: 1 << 23)
    /// Attacks, strikes, invasion, war.
    static let attackNoun = WordRoles(rawValue: 1 << 24)
    /// Deliveries, shipments, transfers, sales, supplies.
    static let supplyNoun = WordRoles(rawValue: 1 << 25)
    /// Aid, assistance, support: supply when qualified as military, material, financial.
    static let aidNoun = WordRoles(rawValue: 1 << 26)
    /// Qualifies aid as supply: military, material, financial, lethal.
    static let aidQualifier = WordRoles(rawValue: 1 << 27)
    /// A threat.
    static let threatNoun = WordRoles(rawValue: 1 << 28)
    /// Deployment (of troops).
    static let deploymentNoun = WordRoles(rawValue: 1 << 29)
    /// Consequences, retaliation: what a warning threatens.
    static let consequenceNoun = WordRoles(rawValue: 1 << 30)
    /// Militias and other groups whose sites are not the host state (guideline 8).
    static let nonStateNoun = WordRoles(rawValue: 1 << 31)

    // Function words.
    static let determiner = WordRoles(rawValue: 1 << 35)
    /// Modal hedges: could, might, may, would, possibly; a hedged attack is a threat.
    static let modalHedge = WordRoles(rawValue: 1 << 36)
    /// Evidential hedges: reportedly, allegedly, believed; the kind stays.
    static let evidentialHedge = WordRoles(rawValue: 1 << 37)
    /// Future or commitment: will, plans, agreed, pledged; hedged for measures, a threat for attacks.
    static let futureHedge = WordRoles(rawValue: 1 << 38)
    /// Conditionals: if, unless, whether.
    static let conditional = WordRoles(rawValue: 1 << 39)
    static let negation = WordRoles(rawValue: 1 << 40)
    /// Prepositions that make a following party an oblique, not a subject.
    static let preposition = WordRoles(rawValue: 1 << 41)
    static let conjunction = WordRoles(rawValue: 1 << 42)
    /// Pronouns that stand for the subject party: it, its, they, their.
    static let pronoun = WordRoles(rawValue: 1 << 43)
    /// We, our, us: the issuing party of a statement.
    static let firstPerson = WordRoles(rawValue: 1 << 44)
    /// Words that open a subordinate or relative clause.
    static let subordinator = WordRoles(rawValue: 1 << 45)
    /// "-backed", "-led": the party before the hyphen only qualifies.
    static let qualifierSuffix = WordRoles(rawValue: 1 << 46)
    /// "-made", "-built": the party before the hyphen is the maker of materiel.
    static let originSuffix = WordRoles(rawValue: 1 << 47)
    /// Words that mark a speaker line: statement, remarks, briefing.
    static let speakerCue = WordRoles(rawValue: 1 << 48)
    /// Imperatives that make the rest hypothetical: imagine, suppose.
    static let hypothetical = WordRoles(rawValue: 1 << 49)
    /// Words after which an ambiguous noun/verb is a verb: auxiliaries, adverbs, relatives.
    static let verbMarker = WordRoles(rawValue: 1 << 50)
    /// Nouns for what a party's name only describes: its firms, ships, nationals
    /// (guideline 10) or unnamed members and allies (guideline 12).
    static let describedNoun = WordRoles(rawValue: 1 << 51)

    static let anyVerb: WordRoles = [
        .giveVerb, .supplyVerb, .receiveVerb, .useVerb, .troopsVerb, .joinVerb, .fightVerb, .sanctionVerb,
        .imposeVerb, .threatenVerb, .warnVerb, .poseVerb, .attackVerb, .launchVerb, .wageVerb, .fireVerb,
        .exchangeVerb,
    ]
    static let anyHedge: WordRoles = [.modalHedge, .evidentialHedge, .futureHedge, .conditional, .hypothetical]
}

/// The cue words of the relation rules, by role, hashed for lookup.
///
/// The lists follow the annotation guidelines: the verbs and nouns of giving
/// materiel, sending troops, sanctioning, threatening and attacking, with their
/// inflected forms, and the hedges and negations that change modality. They are
/// general English, not phrases of any one article.
struct Lexicon: Sendable {
    private var building: [UInt64: WordRoles] = [:]
    private var table = KeyTable<WordRoles>([:])

    subscript(key: UInt64) -> WordRoles { table[key] ?? [] }

    private mutating func add(_ role: WordRoles, _ words: [String]) {
        for word in words { building[Tokenizer.key(word), default: []].formUnion(role) }
    }

    /// Adds verb forms; the third of each (base, -s, -ed, -ing[, participle]) and any fifth are participles.
    private mutating func verbs(_ role: WordRoles, _ forms: [[String]]) {
        for set in forms {
            add(role, set)
            if set.count > 2 { add(role.union(.participle), [set[2]]) }
            if set.count > 4 { add(role.union(.participle), [set[4]]) }
        }
    }

    static let standard = Lexicon()

    private init() {
        verbs(.giveVerb, [
            ["provide", "provides", "provided", "providing"], ["deliver", "delivers", "delivered", "delivering"],
            ["ship", "ships", "shipped", "shipping"], ["send", "sends", "sent", "sending"],
            ["sell", "sells", "sold", "selling"], ["transfer", "transfers", "transferred", "transferring"],
            ["give", "gives", "gave", "giving", "given"], ["export", "exports", "exported", "exporting"],
            ["donate", "donates", "donated", "donating"], ["hand", "hands", "handed", "handing"],
            ["furnish", "furnishes", "furnished", "furnishing"], ["lend", "lends", "lent", "lending"],
            ["smuggle", "smuggles", "smuggled", "smuggling"], ["funnel", "funnels", "funneled", "funneling"],
            ["pledge", "pledges", "pledged", "pledging"], ["offer", "offers", "offered", "offering"],
        ])
        verbs([.giveVerb, .supplyVerb], [
            ["supply", "supplies", "supplied", "supplying"], ["arm", "arms", "armed", "arming"],
            ["equip", "equips", "equipped", "equipping"], ["fund", "funds", "funded", "funding"],
            ["finance", "finances", "financed", "financing"], ["bankroll", "bankrolls", "bankrolled", "bankrolling"],
            ["resupply", "resupplies", "resupplied", "resupplying"], ["rearm", "rearms", "rearmed", "rearming"],
        ])
        verbs(.receiveVerb, [
            ["receive", "receives", "received", "receiving"], ["obtain", "obtains", "obtained", "obtaining"],
            ["acquire", "acquires", "acquired", "acquiring"], ["buy", "buys", "bought", "buying"],
            ["purchase", "purchases", "purchased", "purchasing"], ["import", "imports", "imported", "importing"],
            ["get", "gets", "got", "getting", "gotten"], ["gain", "gains", "gained", "gaining"],
        ])
        verbs(.useVerb, [
            ["use", "uses", "used", "using"], ["employ", "employs", "employed", "employing"],
            ["field", "fields", "fielded", "fielding"],
        ])
        verbs(.troopsVerb, [
            ["send", "sends", "sent", "sending"], ["deploy", "deploys", "deployed", "deploying"],
            ["dispatch", "dispatches", "dispatched", "dispatching"], ["station", "stations", "stationed", "stationing"],
            ["transfer", "transfers", "transferred", "transferring"], ["move", "moves", "moved", "moving"],
            ["contribute", "contributes", "contributed", "contributing"], ["provide", "provides", "provided", "providing"],
            ["supply", "supplies", "supplied", "supplying"], ["lend", "lends", "lent", "lending"],
        ])
        verbs(.joinVerb, [["join", "joins", "joined", "joining"], ["reinforce", "reinforces", "reinforced", "reinforcing"],
                          ["bolster", "bolsters", "bolstered", "bolstering"]])
        verbs(.fightVerb, [["fight", "fights", "fought", "fighting"], ["serve", "serves", "served", "serving"]])
        verbs(.sanctionVerb, [
            ["sanction", "sanctions", "sanctioned", "sanctioning"], ["blacklist", "blacklists", "blacklisted", "blacklisting"],
            ["embargo", "embargoes", "embargoed", "embargoing"],
        ])
        verbs(.imposeVerb, [
            ["impose", "imposes", "imposed", "imposing"], ["levy", "levies", "levied", "levying"],
            ["slap", "slaps", "slapped", "slapping"], ["announce", "announces", "announced", "announcing"],
            ["introduce", "introduces", "introduced", "introducing"], ["expand", "expands", "expanded", "expanding"],
            ["tighten", "tightens", "tightened", "tightening"], ["extend", "extends", "extended", "extending"],
            ["adopt", "adopts", "adopted", "adopting"], ["unveil", "unveils", "unveiled", "unveiling"],
            ["approve", "approves", "approved", "approving"], ["place", "places", "placed", "placing"],
            ["renew", "renews", "renewed", "renewing"],
        ])
        verbs(.threatenVerb, [
            ["threaten", "threatens", "threatened", "threatening"], ["menace", "menaces", "menaced", "menacing"],
            ["intimidate", "intimidates", "intimidated", "intimidating"], ["deter", "deters", "deterred", "deterring"],
            ["confront", "confronts", "confronted", "confronting"],
        ])
        verbs(.warnVerb, [["warn", "warns", "warned", "warning"], ["vow", "vows", "vowed", "vowing"]])
        verbs(.poseVerb, [["pose", "poses", "posed", "posing"], ["present", "presents", "presented", "presenting"],
                          ["represent", "represents", "represented", "representing"]])
        verbs(.attackVerb, [
            ["attack", "attacks", "attacked", "attacking"], ["invade", "invades", "invaded", "invading"],
            ["strike", "strikes", "struck", "striking", "stricken"], ["bomb", "bombs", "bombed", "bombing"],
            ["shell", "shells", "shelled", "shelling"], ["raid", "raids", "raided", "raiding"],
            ["target", "targets", "targeted", "targeting"], ["assault", "assaults", "assaulted", "assaulting"],
            ["bombard", "bombards", "bombarded", "bombarding"],
            ["occupy", "occupies", "occupied", "occupying"], ["besiege", "besieges", "besieged", "besieging"],
            ["retaliate", "retaliates", "retaliated", "retaliating"],
        ])
        verbs(.launchVerb, [
            ["launch", "launches", "launched", "launching"], ["conduct", "conducts", "conducted", "conducting"],
            ["carry", "carries", "carried", "carrying"], ["mount", "mounts", "mounted", "mounting"],
            ["stage", "stages", "staged", "staging"], ["unleash", "unleashes", "unleashed", "unleashing"],
            ["begin", "begins", "began", "beginning", "begun"], ["start", "starts", "started", "starting"],
        ])
        verbs(.wageVerb, [["wage", "wages", "waged", "waging"], ["declare", "declares", "declared", "declaring"]])
        verbs(.fireVerb, [["fire", "fires", "fired", "firing"], ["launch", "launches", "launched", "launching"],
                          ["lob", "lobs", "lobbed", "lobbing"], ["rain", "rains", "rained", "raining"]])
        verbs(.exchangeVerb, [["exchange", "exchanges", "exchanged", "exchanging"], ["trade", "trades", "traded", "trading"]])

        add(.materiel, [
            "weapon", "weapons", "arms", "armament", "armaments", "ammunition", "ammo", "munition", "munitions",
            "shell", "shells", "missile", "missiles", "drone", "drones", "uav", "uavs", "rocket", "rockets", "tank", "tanks",
            "artillery", "howitzer", "howitzers", "jet", "jets", "aircraft", "fighter", "warplanes", "helicopter",
            "helicopters", "equipment", "materiel", "hardware", "technology", "technologies", "component", "components",
            "parts", "chips", "semiconductors", "system", "systems", "vehicle", "vehicles", "warship", "warships",
            "submarine", "submarines", "gun", "guns", "rifle", "rifles", "grenade", "grenades", "mortar", "mortars",
            "bomb", "bombs", "explosives", "interceptor", "interceptors", "launcher", "launchers", "radar", "radars",
            "food", "grain", "fuel", "oil", "gas", "energy", "electricity", "money", "cash", "funds", "funding",
            "loan", "loans", "credit", "aid", "assistance", "supplies", "materials", "goods", "hardware", "kit",
            "ballistic", "cruise", "shahed", "shaheds", "himars", "patriot", "patriots", "atacms", "javelin", "javelins",
            "stinger", "stingers", "leopard", "abrams", "bradley", "bradleys", "f-16", "f-16s", "mig", "sukhoi",
            "package", "packages", "shipment", "shipments", "consignment", "consignments", "stockpiles",
        ])
        add(.personnel, [
            "troops", "troop", "soldiers", "soldier", "personnel", "servicemen", "advisers", "advisors", "adviser",
            "advisor", "mercenaries", "mercenary", "fighters", "units", "battalion", "battalions", "brigade",
            "brigades", "regiment", "regiments", "division", "divisions", "contingent", "contingents", "infantry",
            "forces", "force", "officers", "commandos", "special", "paratroopers", "marines", "volunteers",
            "peacekeepers", "instructors", "trainers", "workers", "engineers", "sappers", "men", "corps",
        ])
        add(.force, ["army", "armies", "military", "forces", "ranks", "side", "war", "effort", "fight", "troops",
                     "frontline", "frontlines", "offensive", "campaign", "invasion"])
        add(.sanctionNoun, [
            "sanction", "sanctions", "embargo", "embargoes", "embargos", "controls", "restrictions", "blacklist",
            "freeze", "freezes", "penalties", "tariffs", "bans", "ban",
        ])
        add(.attackNoun, [
            "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "air", "invasion", "invasions",
            "offensive", "offensives", "bombardment", "bombardments", "bombing", "bombings", "shelling", "assault",
            "assaults", "aggression", "incursion", "incursions", "raid", "raids", "war", "wars", "barrage",
            "barrages", "onslaught", "occupation", "counteroffensive", "campaign", "hostilities", "fire",
        ])
        add(.supplyNoun, [
            "delivery", "deliveries", "shipment", "shipments", "transfer", "transfers", "sale", "sales", "supply",
            "supplies", "export", "exports", "provision", "donation", "donations", "consignment", "consignments",
            "package", "packages",
        ])
        add(.aidNoun, ["aid", "assistance", "support", "help", "backing", "lifeline"])
        add(.aidQualifier, ["military", "material", "financial", "lethal", "economic", "humanitarian", "security",
                            "defense", "defence", "weapons", "arms", "budgetary", "energy", "technical", "technological"])
        add(.threatNoun, ["threat", "threats", "menace"])
        add(.deploymentNoun, ["deployment", "deployments", "dispatch"])
        add(.consequenceNoun, ["consequences", "consequence", "retaliation", "reprisals", "response", "repercussions",
                               "punishment", "action", "force", "strikes", "attack", "attacks", "war"])
        add(.nonStateNoun, ["militia", "militias", "group", "groups", "rebels", "rebel", "proxies", "proxy",
                            "insurgents", "terrorists", "fighters", "cells", "network", "networks"])

        add(.determiner, [
            "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "some", "more",
            "new", "additional", "further", "fresh", "several", "many", "most", "all", "both", "any", "other",
            "own", "own", "first", "second", "latest", "recent", "large", "massive", "heavy", "major", "full-scale",
            "full", "scale", "advanced", "modern", "old", "much", "needed", "vast", "key", "critical",
        ])
        add(.modalHedge, [
            "could", "might", "may", "would", "can", "possibly", "potentially", "potential", "possible", "perhaps",
            "maybe", "likely", "probably", "unlikely", "considering", "consider", "considers", "mulling", "weighing",
            "capable", "capability", "able", "ready", "poised", "prepared", "option", "options", "seeking", "seek",
            "seeks", "want", "wants", "wanted", "hope", "hopes", "could've", "should", "expected", "prospect",
            "decide", "decides",
        ])
        add(.evidentialHedge, [
            "reportedly", "allegedly", "alleged", "purportedly", "believed", "suspected", "rumored", "rumoured",
            "reports", "report", "claimed", "claims", "accused", "accuses", "blamed", "blames", "unconfirmed",
            "speculation", "suggest", "suggests", "suggested", "appears", "appear", "appeared", "seems", "seem",
        ])
        add(.futureHedge, [
            "will", "shall", "plan", "plans", "planned", "planning", "intend", "intends", "intended", "agreed",
            "agree", "agrees", "pledge", "pledges", "pledged", "promise", "promises", "promised", "vowed", "vows",
            "committed", "commit", "commits", "set", "going", "proposed", "proposes", "propose", "threatened",
            "threatens", "threaten", "prepare", "preparing",
        ])
        add(.conditional, ["if", "unless", "whether", "should"])
        add(.hypothetical, ["imagine", "suppose", "picture", "envision", "hypothetically"])
        add(.negation, [
            "not", "never", "no", "neither", "nor", "denied", "denies", "deny", "denying", "refused", "refuses",
            "refuse", "declined", "declines", "rejected", "rejects", "without", "stopped", "halted", "suspended",
            "ceased", "ended", "cancelled", "canceled", "nothing", "none", "false", "instead", "rather", "lifted",
            "lifts", "lift", "lifting", "eased", "eases", "ease", "easing",
        ])
        add(.preposition, [
            "to", "from", "with", "by", "on", "against", "of", "in", "into", "for", "at", "over", "between", "among",
            "than", "like", "including", "alongside", "towards", "toward", "upon", "via", "through", "about",
            "under", "onto", "inside", "within", "across", "near", "beside", "behind", "despite", "unlike", "as",
            "after", "before", "since", "during", "amid", "amidst", "around", "throughout", "except", "besides",
        ])
        add(.conjunction, ["and", "or", "&", "plus", "nor"])
        add(.pronoun, ["it", "its", "they", "their", "them", "itself", "themselves"])
        add(.firstPerson, ["we", "our", "us", "ourselves"])
        add(.subordinator, ["which", "who", "whom", "whose", "that", "while", "whereas", "although", "though",
                            "because", "when", "where", "after", "before", "as", "since"])
        add(.qualifierSuffix, ["backed", "led", "aligned", "allied", "funded", "sponsored", "supported", "friendly",
                               "controlled", "held", "run", "based", "linked", "affiliated", "occupied"])
        add(.originSuffix, ["made", "built", "designed", "supplied", "produced", "manufactured", "provided", "origin"])
        add(.describedNoun, [
            "company", "companies", "firm", "firms", "business", "businesses", "entities", "entity", "individuals",
            "bank", "banks", "ship", "ships", "vessel", "vessels", "tanker", "tankers", "nationals", "citizens",
            "businessman", "businessmen", "oligarch", "oligarchs", "exporters", "exporter", "manufacturer",
            "manufacturers", "suppliers", "traders", "allies", "ally", "members", "member", "countries", "states",
            "nations", "partners", "governments", "militia", "militias", "proxies", "proxy", "rebels", "media",
            "officials", "official", "diplomats", "journalists", "analysts", "experts", "sources", "intelligence",
        ])
        add(.verbMarker, [
            "to", "will", "would", "could", "can", "may", "might", "must", "should", "shall", "also", "has", "have",
            "had", "is", "are", "was", "were", "be", "been", "being", "who", "which", "that", "not", "never", "and",
            "then", "now", "still", "already", "recently", "reportedly", "allegedly", "openly", "secretly",
            "directly", "repeatedly", "regularly", "continues", "continue", "continued", "it", "they", "he", "she",
            "we", "i", "you", "did", "does", "do", "quietly", "once", "again", "further", "heavily", "illegally",
        ])
        add(.speakerCue, ["statement", "remarks", "briefing", "readout", "communique", "communiqué", "declaration",
                          "release", "transcript", "speech", "address"])
        table = KeyTable(building)
        building = [:]
    }
}
