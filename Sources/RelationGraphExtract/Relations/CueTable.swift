import Foundation
import RelationGraph

/// The argument frame of a cue verb: where its source and target come from.
enum CueFrame: String, Sendable, Decodable {
    /// X gives Y materiel / X gives materiel to Y / X supplies Y (with materiel).
    case give
    /// Y receives materiel from X.
    case receive
    /// Y uses X's materiel: "Russia used Iranian drones", "Iranian drones used by Russia".
    case use
    /// X sends soldiers to Y.
    case send
    /// X does it to Y: attack, sanction, threaten (the object, or the subject of the passive, is the target).
    case direct
    /// X imposes sanctions on Y, launches strikes on Y, poses a threat to Y: the cue noun is the object.
    case light
    /// X fires missiles at Y.
    case fire
    /// X bans the sale of arms to Y: an embargo, a sanction on Y.
    case ban
    /// A and B exchange fire: both directions.
    case reciprocal
}

/// The cue lexicon as data (`Resources/Cues.json`): verb and noun lemmas per
/// relation kind with their frames, the nouns that name materiel and
/// personnel, and the words that change modality.
///
/// A class, not a struct: its hundred-odd tables are read by every rule of
/// every sentence, and each copy of a struct holding them would retain each
/// one (one reference to retain instead).
final class CueTable: Sendable {
    struct VerbCue: Sendable, Decodable {
        var frame: CueFrame
        var kind: String
        var needsMateriel: Bool
        var lemmas: [String]
    }

    struct NounCue: Sendable, Decodable {
        var kind: String
        var reciprocal: Bool
        var lemmas: [String]
    }

    private struct File: Decodable {
        var verbs: [VerbCue]
        var nouns: [NounCue]
        var materiel, personnel, aidNouns, aidQualifiers, proxyNouns, proxyStatesOnly: [String]
        var modalHedges, futureAuxiliaries, hedgeAdverbs, hedgeAdjectives, hedgeGovernors, assertingGovernors: [String]
        var threatGovernors, negators, negatingGovernors, conditionals, firstPerson, thirdPerson, speakerCues: [String]
        var qualifiers, quantityNouns, sanctionProxies, receiveNouns, commitmentVerbs, agreementNouns: [String]
        var companionCases, companionAdverbs, measureNouns, nounsAlsoVerbs, supplierNouns, linkingVerbs: [String]
        var listingVerbs, sanctionLists, sanctionListQualifiers, companionVerbs, negatingMarks: [String]
        var agentiveParticiples, aimingVerbs, presenceVerbs, joiningVerbs, stationingVerbs, ownForces: [String]
        var evidentialGovernors, impersonalReportVerbs, evidentialWords, fireObjects, relativePronouns, possibilityNouns, reportNouns: [String]
        var subjectControlVerbs, memberCases, proVerbs, ellipsisMarks, possessionVerbs: [String]
        var holdingVerbs, enlargingVerbs, compositionVerbs, forceNouns, controlParticiples: [String]
        var retaliationVerbs, retaliationNouns, pluralPronouns, installationNouns, hostingVerbs: [String]
        var responseVerbs, responseNouns, supportVerbs, hostedPersonnel, prepositions, placeCases: [String]
        var placedTargets, placedTargetCases, violationVerbs, jointModifiers, accusationVerbs, mutualNouns, conquestVerbs: [String]
        var definiteAnaphors: [String: [String]]
        var forceHosts: [String: String]
        var issuerDomains: [String: String]
        var qualifiedCueNouns: [String: QualifiedNoun]
        var arrivalVerbs: [String]
        var provocationNouns: [String]
        var adoptingVerbs: [String]
        var leadingVerbs, ledForces: [String]
        var interceptionVerbs, munitionNouns: [String]
        var invitingVerbs: [String]
        var bodyAnaphors, stateBodyAnaphors: [String]
        var combatVerbs: [String]
        var militaryAdverbs: [String]
        var originVerbs: [String]
        var gerundMarks: [String]
        var massingVerbs, borderNouns: [String]
        var continuationVerbs: [String]
        var actingVessels: [String]
        var tieNouns: [String]
        var armedGroupNouns: [String]
        var capabilityVerbs, capabilityHolders: [String]
        var regardingVerbs: [String]
        var aspectualVerbs: [String]
        var allowingVerbs: [String]
        var entitlementNouns: [String]
        var assetVerbs: [String]
        var unansweredWords: [String]
        var contrastiveConjunctions: [String]
        var sideTakingVerbs: [String]
        var nameAdjectives: [String]
        var harmNouns: [String]
        var establishingVerbs: [String]
        var topicPrepositions, issuerPrepositions: [String]
        var ongoingVerbs: [String]
        var subordinatingAdverbs: [String]
        var responsibilityAdjectives: [String: String]
        var clauseBoundaries, sayingForms: [String]
        var presupposingPrepositions: [String]
        var countedStates: [String: Int]
        var stateNouns, listJoiners: [String]
        var civilianQualifiers: [String]
        var experiencerVerbs: [String]
        var dependenceVerbs: [String]
        var attackedMembers: [String]
        var tieParticiples: [String]
        var preparationVerbs: [String]
        var exerciseNouns: [String]
        var backshiftedFutures: [String]
        var timeNouns: [String]
        var definiteDeterminers: [String]
        var ownershipParticiples: [String]
        var payingVerbs: [String]
        var experiencerAdjectives: [String]
        var approximators: [String]
        var issuerBodies: [String]
        var referenceNouns: [String]
        var indefiniteDeterminers: [String]
        var nounForms: [String]
        var privateFirmNouns: [String]
        var costNouns: [String: String]
        var perceivedThreatNouns: [String]
        var forceMembers: [String]
        var companionNouns: [String]
        var buildUpModifiers: [String]
        var sideCases: [String]
        var regionAnaphors: [String]
        var calendarNouns, calendarModifiers: [String]
        var commodityNouns: [String]
        var behalfNouns: [String]
        var topicVerbs: [String]
        var stanceVerbs: [String]
        var civilianNouns: [String]
        var appealVerbs: [String]
    }

    /// A noun that is a cue only with one of its qualifiers: "export controls", "travel restrictions".
    struct QualifiedNoun: Decodable, Sendable {
        /// The cue noun it then reads as.
        var reads: String
        var qualifiers: [String]
    }

    /// Verb cues by lemma (a lemma may have several frames: "send" troops or materiel).
    let verbs: [String: [VerbCue]]
    /// Noun cues by lemma.
    let nouns: [String: NounCue]
    let materiel, personnel, aidNouns, aidQualifiers, proxyNouns, proxyStatesOnly: Set<String>
    let modalHedges, futureAuxiliaries, hedgeAdverbs, hedgeAdjectives, hedgeGovernors, assertingGovernors: Set<String>
    let threatGovernors, negators, negatingGovernors, conditionals, firstPerson, thirdPerson, speakerCues: Set<String>
    let qualifiers: Set<String>
    /// Nouns that only count or group what their `of` names: "a round of sanctions", "hundreds of missiles".
    let quantityNouns: Set<String>
    /// Who a sanction on a state's people or firms targets (guideline 15): "Russian individuals and entities".
    let sanctionProxies: Set<String>
    /// Nouns of getting materiel: the supplier follows "from", the recipient owns the noun ("Russia's procurement of arms from North Korea").
    let receiveNouns: Set<String>
    /// Cue verbs that only promise what they name: "pledged tanks to Ukraine" is hedged.
    let commitmentVerbs: Set<String>
    /// Nouns of an agreement, which hedge what they are for (guideline 17: "a contract for the sale of
    /// drones to Qatar", "a deal to supply jets"); also among ``hedgeGovernors``.
    let agreementNouns: Set<String>
    /// Case words of who acts with a clause's subject: "alongside Canada", "along with the EU".
    let companionCases: Set<String>
    /// Prepositions of news English that a web treebank rarely shows ("alongside", "amid"): the tagger
    /// cannot guess a closed-class word it has not seen, so one it has no reading for is tagged as one.
    let prepositions: Set<String>
    /// Case words of a place that is not a destination: "stationed troops along its border", "near the
    /// front". Soldiers placed there are not sent where a report's earlier troops went.
    let placeCases: Set<String>
    /// Adverbs that make "with" name who acts with the subject: "together with Canada", "jointly with Japan".
    let companionAdverbs: Set<String>
    /// Nouns of a measure a party adopts, which does what its participle says: "adopted a resolution
    /// prohibiting the sale of arms to Libya".
    let measureNouns: Set<String>
    /// Materiel, personnel and noun cues that are not also verbs of English (``materiel``, ``personnel``
    /// and the noun cues without the cue verbs and `nounsAlsoVerbs`: "force", "fuel", "aid"): a verb tag on
    /// one is a tagging error ("arms deliveries to Israel": `VBZ`).
    let nounOnlyLemmas: Set<String>
    /// Nouns of who supplies materiel: "Israel's largest supplier of arms", "the main arms exporter to Algeria".
    let supplierNouns: Set<String>
    /// Verbs that say what their subject is, like a copula: "has become Pakistan's biggest weapons supplier".
    let linkingVerbs: Set<String>
    /// Verbs of putting someone on a list: "added five oligarchs to its sanctions list".
    let listingVerbs: Set<String>
    /// Lists that, named as sanctions lists (``sanctionListQualifiers``), sanction who is put on them; "blacklist" on its own.
    let sanctionLists: Set<String>
    /// Words that name a list as a sanctions list: "its sanctions list", "the Entity List".
    let sanctionListQualifiers: Set<String>
    /// Verbs whose object acts with the subject in the "in" clause: "Canada joined the EU in sanctioning Belarus".
    let companionVerbs: Set<String>
    /// Subordinators of a clause that is not done: "warned NATO against sending troops".
    let negatingMarks: Set<String>
    /// Participles whose "by" phrase names who did what the noun names: "attacks led by Hamas".
    let agentiveParticiples: Set<String>
    /// Participles that name the target of an attack noun: "strikes targeting X".
    let aimingVerbs: Set<String>
    /// Verbs of soldiers being with a side: "troops arrived in X", "fighters joined X's army".
    let presenceVerbs: Set<String>
    /// Presence verbs whose object is the side joined.
    let joiningVerbs: Set<String>
    /// Participles of soldiers kept somewhere: "troops stationed in X".
    let stationingVerbs: Set<String>
    /// A state's own armed forces: not troops sent to anyone.
    let ownForces: Set<String>
    /// Governors that attribute a claim (hedged, but the act is reported, not planned).
    let evidentialGovernors: Set<String>
    /// Reporting verbs that, in the passive, attribute a claim to no one ("it was reported that",
    /// "is said to have"): a report not confirmed (hedged), unlike "Reuters reported that".
    let impersonalReportVerbs: Set<String>
    /// Adverbs and adjectives that attribute a claim.
    let evidentialWords: Set<String>
    /// Nouns whose "of" complement is only possible: "the prospect of troops joining", "the risk of strikes".
    let possibilityNouns: Set<String>
    /// Nouns whose "of" complement is only reported: "reports of troops deploying", "allegations of strikes".
    let reportNouns: Set<String>
    /// What two sides exchange when they fight: "exchanged fire".
    let fireObjects: Set<String>
    /// Relative pronouns, which stand for the noun their clause modifies.
    let relativePronouns: Set<String>
    /// Verbs whose infinitive's subject is their own subject even when they
    /// have an object ("Iran promised Russia to deliver drones"); with any
    /// other verb an object controls the infinitive ("helps Russia wage war").
    let subjectControlVerbs: Set<String>
    /// Case words that introduce members of a group noun: "groups such as Hezbollah", "states including Iran".
    let memberCases: Set<String>
    /// Verbs that stand for a verb already said: "as Iran does".
    let proVerbs: Set<String>
    /// Subordinators of a comparative ellipsis: "as Iran does", "like Iran did".
    let ellipsisMarks: Set<String>
    /// Receiving verbs that only say a party has materiel: its supplier is named by "from" alone
    /// ("has military equipment from Russia"), not by a demonym ("has Russian tanks" may say where they were made).
    let possessionVerbs: Set<String>
    /// Verbs of keeping a force somewhere, which say the soldiers are there: "has 300 troops in Lebanon".
    let holdingVerbs: Set<String>
    /// Verbs of enlarging a force somewhere, which presuppose that it is there, whatever their own
    /// modality: "would boost the number of its troops in Lebanon" (asserted troops).
    let enlargingVerbs: Set<String>
    /// Verbs (with their particle: "make up") that list what a force is made of: "the UN force in Lebanon includes Indian troops".
    let compositionVerbs: Set<String>
    /// Nouns of a (multinational) force, whose soldiers are stationed where it is (guideline 13).
    let forceNouns: Set<String>
    /// Participles of holding a place: "the Houthi-held port" stands for the Houthis (guideline 8).
    let controlParticiples: Set<String>
    /// Verbs that, with a retaliation noun, threaten: "promised Pyongyang a nuclear response".
    let retaliationVerbs: Set<String>
    /// What a threatened party is promised: "a harsh response", "retaliation against Israel".
    let retaliationNouns: Set<String>
    /// Third-person pronouns that refer to a plural: "them" prefers "Ukrainian troops" to "the Pentagon".
    let pluralPronouns: Set<String>
    /// Military installations, which say a party's soldiers are where they are kept:
    /// "maintains a naval base in Syria", "hosts a Russian air base".
    let installationNouns: Set<String>
    /// Nouns for what is struck that, owned by nobody, stand for the party they are in:
    /// "bombed targets in Cambodia", "strikes on sites across Syria".
    let placedTargets: Set<String>
    /// The prepositions that say where a placed target is: "in", "inside".
    let placedTargetCases: Set<String>
    /// Adjectives that make a "with" phrase on an act name who does it too: "joint attacks with the rebels".
    let jointModifiers: Set<String>
    /// Verbs that lay an act at a party's door, naming who did it in the object ("blamed Russia for the
    /// strike", "accused Iran of attacking") or in a "to" or "on" phrase ("attributed the attack to
    /// Armenia", "blamed the strikes on Hamas"); what they report is hedged.
    let accusationVerbs: Set<String>
    /// Attack nouns that parties named together with no target wage on each other: "India and Pakistan
    /// have fought three wars" (guideline 7).
    let mutualNouns: Set<String>
    /// Verbs of taking ground, whose place taken is taken from the party it lies in: "captured the town
    /// of Avdiivka in eastern Ukraine" (bombing a town is not an attack on its state, guideline 8).
    let conquestVerbs: Set<String>
    /// Verbs whose subject acts against a measure, not by it: "Egypt violated the arms embargo",
    /// "firms evading sanctions".
    let violationVerbs: Set<String>
    /// Verbs whose subject is the host of the soldiers or installation they take as object: "Qatar hosts US troops".
    let hostingVerbs: Set<String>
    /// Verbs of responding to another party's act, which a condition on that act makes a warning:
    /// "we will retaliate if …", "is prepared to intensify our measures if …".
    let responseVerbs: Set<String>
    /// Named multinational forces (lower-cased, as the gazetteer names them for their leading party) and
    /// the ID of the state each is stationed in: troops sent to "UNIFIL" go to Lebanon (guideline 13).
    let forceHosts: [String: String]
    /// Official web domains and the party that issues what they publish (guideline 3: "we" in a statement
    /// is its issuer, named in its header): a `# source:` address on the domain or a subdomain of it.
    let issuerDomains: [String: String]
    /// Personnel who, in a country, are there with its consent (unlike soldiers, who may be invaders):
    /// "Iranian advisers in Syria".
    let hostedPersonnel: Set<String>
    /// Verbs of helping another party's act, whose subject does not do what their object names (guideline 11):
    /// "helps it wage war against Ukraine".
    let supportVerbs: Set<String>
    /// Nouns of measures taken in response: "will take action if …".
    let responseNouns: Set<String>
    /// Nouns that, after "the", stand for the last party of a kind named before them: "the group", "the country".
    let definiteAnaphors: [String: PartyKind]

    /// Nouns that are cues only with a qualifier (`compound` or `amod`), by lemma: "export controls" reads
    /// as a sanction, "controls" alone does not.
    let qualifiedCueNouns: [String: QualifiedNoun]

    /// Verbs of arriving: materiel that arrives somewhere was supplied there ("the F-16s from Denmark arrived in Ukraine").
    let arrivalVerbs: Set<String>
    /// Nouns of acts a response answers that are not attacks of their own: "will respond to any provocation
    /// by South Korea" threatens who would commit it.
    let provocationNouns: Set<String>
    /// Verbs of taking over another party's measures: "Switzerland adopted the EU's sanctions against
    /// Belarus" is Switzerland's sanction too.
    let adoptingVerbs: Set<String>
    /// Verbs of leading a force, and the forces a state leads by sending soldiers to them: "Canada leads
    /// the NATO battlegroup in Latvia" (guideline 13: troops where the force is stationed).
    let leadingVerbs: Set<String>
    /// See ``leadingVerbs``; not operations or coalitions, which may be at war where they act.
    let ledForces: Set<String>
    /// Verbs of stopping munitions in flight ("intercept", "shoot down": lemma or lemma with particle), and
    /// the munitions they stop: whose munitions are stopped attacked who stops them.
    let interceptionVerbs: Set<String>
    /// See ``interceptionVerbs``.
    let munitionNouns: Set<String>
    /// Verbs of having another party's soldiers come: "Mali invited Russian instructors" (troops to the
    /// subject, as for soldiers received).
    let invitingVerbs: Set<String>
    /// A party's bodies that, after "the", stand for the party last named as their owner: "Sudan's army … the
    /// army", "the Malian junta … the junta" (lower-case forms).
    let bodyAnaphors: Set<String>
    /// Bodies of a state among `bodyAnaphors` that, with no owner named before them, stand for the one state
    /// the document has named: "Drones struck Port Sudan … the army" is Sudan's army.
    let stateBodyAnaphors: Set<String>
    /// Attack verbs whose target is only their object or an "against" phrase: "fighting Ukrainian troops",
    /// not "fighting on Ukrainian soil" (where), "fighting for Russia" or "alongside" it (with whom).
    let combatVerbs: Set<String>
    /// Adverbs that make a response an armed one: "responded militarily to Houthi attacks" attacks their doer.
    let militaryAdverbs: Set<String>
    /// Participles that say where soldiers come from: "troops representing seven countries", "personnel
    /// drawn from Chad and Niger" (their object or "from" phrase names the soldiers' states).
    let originVerbs: Set<String>
    /// Subordinators of a gerund clause whose doer is its governor's subject: "condemned the attack while
    /// responding militarily to it", "helped Russia by sending drones".
    let gerundMarks: Set<String>
    /// Verbs of gathering forces: soldiers massed at a party's border threaten it ("Russia has massed troops
    /// near the Ukrainian border").
    let massingVerbs: Set<String>
    /// Nouns of a frontier between parties.
    let borderNouns: Set<String>
    /// Verbs that keep, resume or widen what is already done or in force: "agreed to extend the sanctions on
    /// Russia" says the sanctions are in force, "if it continued its attacks" that the attacks happen, whatever
    /// it says of the extension or the continuing.
    let continuationVerbs: Set<String>
    /// Ships whose flag or owner a demonym names only as a description (guideline 10), unless they act: a vessel
    /// that rams or fires ("Chinese vessels fired water cannon") is the state's.
    let actingVessels: Set<String>
    /// Verbs of what a weapon or a force can do to a party: "a missile capable of reaching the US mainland",
    /// "missiles that can hit Israel" (a stated capability, a hedged threat: guideline 6).
    let capabilityVerbs: Set<String>
    /// Adjectives and nouns of being able, whose complement states a capability: "capable of striking",
    /// "the ability to strike Taiwan".
    let capabilityHolders: Set<String>
    /// Verbs that cast something "as" what it is taken for: "views NATO's expansion as a threat to Russia".
    let regardingVerbs: Set<String>
    /// Verbs of beginning or going on, whose gerund the parser may hang on the gerund's object: "began
    /// stationing troops in Lithuania".
    let aspectualVerbs: Set<String>
    /// Verbs of letting someone do something: soldiers "allowed to train in the Philippines" are there as
    /// surely as the allowing says.
    let allowingVerbs: Set<String>
    /// Nouns of what a party claims it may do: "reserved the right to respond" announces a response.
    let entitlementNouns: Set<String>
    /// Verbs of sanction that act on what they take, which must be a party or what stands for one ("froze
    /// Russian assets"; "froze its participation in the alliance" sanctions no one).
    let assetVerbs: Set<String>
    /// Words of an act left without response: that an act "will not go unanswered" warns its doer.
    let unansweredWords: Set<String>
    /// Conjunctions that set a conjunct against the one before it ("did not seek war but warned …"): what
    /// the first denies or hedges with its own auxiliaries and adverbs, the second does not share.
    let contrastiveConjunctions: Set<String>
    /// Verbs of soldiers who take a side: those who fight or operate "alongside" or "for" a party are troops
    /// for it wherever they are; those stationed or serving beside others are with the state they are in.
    let sideTakingVerbs: Set<String>
    /// Adjectives that stand before a party's name ("to neighbouring Mali"), which the tagger may read as a
    /// gerund taking the name as its object; the syntax layer is told.
    let nameAdjectives: Set<String>
    /// Nouns of harm suffered ("avenge the deaths"): a response to them names no one it answers.
    let harmNouns: Set<String>
    /// Verbs that set up a force or an installation somewhere ("launched a brigade in Lithuania", "opened a
    /// base in Djibouti"): its soldiers are there, as for a force kept.
    let establishingVerbs: Set<String>
    /// Prepositions after a statement's cue in a title that open what it is about ("Statement on the DPRK"):
    /// the parties named there do not issue it.
    let topicPrepositions: Set<String>
    /// Prepositions after a statement's cue in a title that name who issues it ("Statement by the G7").
    let issuerPrepositions: Set<String>
    /// Verbs whose complement goes on ("continue to supply", "keep supplying"): it is under way, whatever the
    /// clause says of the future.
    let ongoingVerbs: Set<String>
    /// Adverbs that open an adverbial clause of time or place the parser reads as `advmod` rather than a mark
    /// ("When Russia invaded Ukraine, few expected …"): such a clause has its own modality.
    let subordinatingAdverbs: Set<String>
    /// Adjectives (and participles) with the preposition whose phrase names an act of the one they describe:
    /// "two North Korean officials responsible for the transfer of missiles to Russia" transferred them for
    /// North Korea, and so did "Iranian entities involved in the transfer of drones to Russia" for Iran.
    let responsibilityAdjectives: [String: String]
    /// Words that end a clause or open another between a name and a later word: a name before one of them is
    /// no subject of what follows it ("Iran fired missiles at the country" but "Iran, and the country").
    let clauseBoundaries: Set<String>
    /// Forms of the verbs of an attribution ("…, the Pentagon said"), as written in lower case.
    let sayingForms: Set<String>
    /// Prepositions of reason and time whose noun is there whatever its clause says of the future or of
    /// agreement: "agreed new sanctions against Russia over its war in Ukraine".
    let presupposingPrepositions: Set<String>
    /// Words that count the states a plural noun of `stateNouns` stands for: "all three countries", "both
    /// nations" are the last three or two states named.
    let countedStates: [String: Int]
    /// Plural nouns for states that a count before them makes a description: "countries", "nations", "states".
    let stateNouns: Set<String>
    /// Words that may stand between the names of one list ("Niger, Mali and Burkina Faso", "the US and the UK").
    let listJoiners: Set<String>
    /// Nouns of a reason for a designation that tie the people or firms designated to a party: "designated
    /// 12 entities for their role in Iran's ballistic missile program".
    let tieNouns: Set<String>
    /// Nouns of armed groups the text may leave unnamed: their sites in a country are not the country's
    /// ("militia facilities in eastern Syria", guideline 8).
    let armedGroupNouns: Set<String>

    /// Modifiers that make personnel civilians, not troops: "police officers", "medical personnel".
    let civilianQualifiers: Set<String>

    /// Verbs whose subject undergoes the act their object names: "faces sanctions", "suffered attacks",
    /// "has been fighting Russia's invasion".
    let experiencerVerbs: Set<String>

    /// Verbs of relying on a party ("relies on Russia for weapons"): it supplies what they rely on it for.
    let dependenceVerbs: Set<String>

    /// People of a party who, attacked, stand for it ("killed a senior Hamas official", guideline 9).
    let attackedMembers: Set<String>

    /// Participles that tie sanctioned people or firms to a body: "entities linked to the Iranian military".
    let tieParticiples: Set<String>

    /// Verbs of preparing for an act: "preparing for war" (``TreeRules/preparation(_:)``).
    let preparationVerbs: Set<String>

    /// Joint exercises, for which soldiers sent are not troops (guideline 13).
    let exerciseNouns: Set<String>

    /// Modals that, in what a party says of its own acts, are its "will" told in the past ("said they would
    /// target American warships"): a stated plan, not a possibility.
    let backshiftedFutures: Set<String>

    /// Nouns of a day that the parser may take for a clause's subject ("and today decided to freeze …").
    let timeNouns: Set<String>

    /// Determiners of something already spoken of: "the strikes", "these measures".
    let definiteDeterminers: Set<String>

    /// Participles that, with "state", make what they describe a state's: "state-owned", "state-run".
    let ownershipParticiples: Set<String>

    /// Verbs of paying "for" something, whose payer receives it (``TreeRules/payment(_:)``), or supplies it to
    /// whom it is paid for (``TreeRules/payingFor(_:)``).
    let payingVerbs: Set<String>

    /// Adjectives whose subject undergoes what their "to" phrase names: "is subject to sanctions".
    let experiencerAdjectives: Set<String>

    /// Words of approximation before a number that the parser may read as a preposition: "keeps around 1,500
    /// soldiers".
    let approximators: Set<String>

    /// Capitalised nouns by which a statement names its own issuer: "The Council today adopted …" in a press
    /// release of the Council of the EU.
    let issuerBodies: Set<String>

    /// Nouns of complex prepositions of reference, whose "of" or "to" phrase names what a measure is about: "in
    /// respect of Belarus", "with regard to Iran", "in relation to Russia".
    let referenceNouns: Set<String>

    /// Determiners of something not spoken of before: "would not support an Israeli attack" supposes one.
    let indefiniteDeterminers: Set<String>

    /// Forms that are nouns whatever the tagger says, by form rather than by lemma ("ally" read as an adverb for
    /// its "-ly"; "allied" keeps its verb).
    let nounForms: Set<String>

    /// Nouns of private business, whose place is not their owner: "companies in China that helped Russia" are
    /// not China (guideline 10), where "individuals and entities in Belarus" may be the state's.
    let privateFirmNouns: Set<String>

    /// Nouns of a cost with the verb that makes it a consequence suffered, as a retaliation noun is with an
    /// experiencer verb: "Seoul would pay a heavy price".
    let costNouns: [String: String]

    /// Threat nouns that name a danger felt rather than words spoken, so that "the threat from Russia" is to
    /// whoever speaks of it, where "warnings from Pyongyang" are addressed to whom the text does not say.
    let perceivedThreatNouns: Set<String>

    /// Personnel who serve only in a multinational force: where the document's named force is stationed, there
    /// they are ("UNIFIL positions came under fire, injuring peacekeepers from Indonesia").
    let forceMembers: Set<String>

    /// Nouns of acting together whose "with" phrase, after "in", names who acts too: "in coordination with the
    /// G7", "in concert with its allies".
    let companionNouns: Set<String>

    /// Adjectives that make soldiers sent somewhere a build-up: "deployed additional troops along its border".
    let buildUpModifiers: Set<String>

    /// Case words of whose side soldiers fight or serve on: "fighting for Russia", "alongside M23 rebels".
    let sideCases: Set<String>

    /// Capitalised words that, after "the", stand for the one party named with them: "the North" for North Korea.
    let regionAnaphors: Set<String>

    /// Nouns of a stretch of time that the parser may take for a subject with the name before them as their
    /// compound ("Serbia last year agreed …"), with the modifiers that make them such a phrase ("last", "this").
    let calendarNouns: Set<String>
    let calendarModifiers: Set<String>
    /// Goods traded by firms as much as by states ("Iranian oil", "Russian grain"): a demonym on them says where
    /// they come from, not who gives them, when the sentence names no giver.
    let commodityNouns: Set<String>
    /// Nouns after a preposition that name who a line speaks for ("on behalf of the EU"): an issuer follows.
    let behalfNouns: Set<String>
    /// Verbs whose object is a topic ("discuss", "review"): an act they take with its doer named is there.
    let topicVerbs: Set<String>
    /// Verbs of judging an act ("condemn", "welcome", "oppose"): who condemns or welcomes attacks or sanctions
    /// does not make them.
    let stanceVerbs: Set<String>
    /// People who are no soldiers ("children", "prisoners"): transferred or delivered, they are no supply.
    let civilianNouns: Set<String>
    /// Verbs of appealing to a party named by a preposition ("call on", "appeal to"): that party is to do
    /// what the infinitive after it says.
    let appealVerbs: Set<String>

    /// Every lemma that can make a sentence a candidate for the rules.
    let cueLemmas: Set<String>
    /// The cue lemmas of sanctions, verbs and nouns: a sentence with one and a single party may name
    /// who imposes sanctions for the passives after it.
    let sanctionLemmas: Set<String>

    /// The package's cue table.
    ///
    /// - Throws: `FormatError` when the resource is missing or damaged.
    static func standard() throws(FormatError) -> CueTable {
        guard let url = Bundle.module.url(forResource: "Cues", withExtension: "json") else {
            throw FormatError(file: "Cues.json", message: "missing from the package")
        }
        do {
            return CueTable(try JSONDecoder().decode(File.self, from: Data(contentsOf: url)))
        } catch {
            throw FormatError(file: "Cues.json", message: "\(error)")
        }
    }

    private init(_ file: File) {
        var verbs: [String: [VerbCue]] = [:]
        for cue in file.verbs {
            for lemma in cue.lemmas { verbs[lemma, default: []].append(cue) }
        }
        var nouns: [String: NounCue] = [:]
        for cue in file.nouns {
            for lemma in cue.lemmas where nouns[lemma] == nil { nouns[lemma] = cue }
        }
        self.verbs = verbs
        self.nouns = nouns
        materiel = Set(file.materiel)
        personnel = Set(file.personnel)
        aidNouns = Set(file.aidNouns)
        aidQualifiers = Set(file.aidQualifiers)
        proxyNouns = Set(file.proxyNouns)
        proxyStatesOnly = Set(file.proxyStatesOnly)
        modalHedges = Set(file.modalHedges)
        futureAuxiliaries = Set(file.futureAuxiliaries)
        hedgeAdverbs = Set(file.hedgeAdverbs)
        hedgeAdjectives = Set(file.hedgeAdjectives)
        hedgeGovernors = Set(file.hedgeGovernors).union(file.agreementNouns)
        assertingGovernors = Set(file.assertingGovernors)
        threatGovernors = Set(file.threatGovernors)
        negators = Set(file.negators)
        negatingGovernors = Set(file.negatingGovernors)
        conditionals = Set(file.conditionals)
        firstPerson = Set(file.firstPerson)
        thirdPerson = Set(file.thirdPerson)
        speakerCues = Set(file.speakerCues)
        qualifiers = Set(file.qualifiers)
        quantityNouns = Set(file.quantityNouns)
        sanctionProxies = Set(file.sanctionProxies)
        receiveNouns = Set(file.receiveNouns)
        commitmentVerbs = Set(file.commitmentVerbs)
        agreementNouns = Set(file.agreementNouns)
        companionCases = Set(file.companionCases)
        companionAdverbs = Set(file.companionAdverbs)
        prepositions = Set(file.prepositions)
        placeCases = Set(file.placeCases)
        measureNouns = Set(file.measureNouns)
        agentiveParticiples = Set(file.agentiveParticiples)
        aimingVerbs = Set(file.aimingVerbs)
        presenceVerbs = Set(file.presenceVerbs)
        joiningVerbs = Set(file.joiningVerbs)
        stationingVerbs = Set(file.stationingVerbs)
        ownForces = Set(file.ownForces)
        evidentialGovernors = Set(file.evidentialGovernors)
        impersonalReportVerbs = Set(file.impersonalReportVerbs)
        evidentialWords = Set(file.evidentialWords)
        possibilityNouns = Set(file.possibilityNouns)
        reportNouns = Set(file.reportNouns)
        fireObjects = Set(file.fireObjects)
        relativePronouns = Set(file.relativePronouns)
        subjectControlVerbs = Set(file.subjectControlVerbs)
        memberCases = Set(file.memberCases)
        proVerbs = Set(file.proVerbs)
        ellipsisMarks = Set(file.ellipsisMarks)
        possessionVerbs = Set(file.possessionVerbs)
        holdingVerbs = Set(file.holdingVerbs)
        enlargingVerbs = Set(file.enlargingVerbs)
        compositionVerbs = Set(file.compositionVerbs)
        forceNouns = Set(file.forceNouns)
        controlParticiples = Set(file.controlParticiples)
        retaliationVerbs = Set(file.retaliationVerbs)
        retaliationNouns = Set(file.retaliationNouns)
        pluralPronouns = Set(file.pluralPronouns)
        installationNouns = Set(file.installationNouns)
        placedTargets = Set(file.placedTargets)
        placedTargetCases = Set(file.placedTargetCases)
        violationVerbs = Set(file.violationVerbs)
        jointModifiers = Set(file.jointModifiers)
        accusationVerbs = Set(file.accusationVerbs)
        mutualNouns = Set(file.mutualNouns)
        conquestVerbs = Set(file.conquestVerbs)
        hostingVerbs = Set(file.hostingVerbs)
        responseVerbs = Set(file.responseVerbs)
        responseNouns = Set(file.responseNouns)
        supportVerbs = Set(file.supportVerbs)
        hostedPersonnel = Set(file.hostedPersonnel)
        forceHosts = file.forceHosts
        issuerDomains = file.issuerDomains
        qualifiedCueNouns = file.qualifiedCueNouns
        arrivalVerbs = Set(file.arrivalVerbs)
        provocationNouns = Set(file.provocationNouns)
        adoptingVerbs = Set(file.adoptingVerbs)
        leadingVerbs = Set(file.leadingVerbs)
        ledForces = Set(file.ledForces)
        interceptionVerbs = Set(file.interceptionVerbs)
        munitionNouns = Set(file.munitionNouns)
        invitingVerbs = Set(file.invitingVerbs)
        bodyAnaphors = Set(file.bodyAnaphors)
        stateBodyAnaphors = Set(file.stateBodyAnaphors)
        combatVerbs = Set(file.combatVerbs)
        militaryAdverbs = Set(file.militaryAdverbs)
        originVerbs = Set(file.originVerbs)
        gerundMarks = Set(file.gerundMarks)
        massingVerbs = Set(file.massingVerbs)
        borderNouns = Set(file.borderNouns)
        continuationVerbs = Set(file.continuationVerbs)
        actingVessels = Set(file.actingVessels)
        tieNouns = Set(file.tieNouns)
        armedGroupNouns = Set(file.armedGroupNouns)
        capabilityVerbs = Set(file.capabilityVerbs)
        capabilityHolders = Set(file.capabilityHolders)
        regardingVerbs = Set(file.regardingVerbs)
        aspectualVerbs = Set(file.aspectualVerbs)
        allowingVerbs = Set(file.allowingVerbs)
        entitlementNouns = Set(file.entitlementNouns)
        assetVerbs = Set(file.assetVerbs)
        unansweredWords = Set(file.unansweredWords)
        contrastiveConjunctions = Set(file.contrastiveConjunctions)
        sideTakingVerbs = Set(file.sideTakingVerbs)
        nameAdjectives = Set(file.nameAdjectives)
        harmNouns = Set(file.harmNouns)
        establishingVerbs = Set(file.establishingVerbs)
        topicPrepositions = Set(file.topicPrepositions)
        issuerPrepositions = Set(file.issuerPrepositions)
        ongoingVerbs = Set(file.ongoingVerbs)
        subordinatingAdverbs = Set(file.subordinatingAdverbs)
        responsibilityAdjectives = file.responsibilityAdjectives
        clauseBoundaries = Set(file.clauseBoundaries)
        sayingForms = Set(file.sayingForms)
        presupposingPrepositions = Set(file.presupposingPrepositions)
        countedStates = file.countedStates
        stateNouns = Set(file.stateNouns)
        listJoiners = Set(file.listJoiners)
        civilianQualifiers = Set(file.civilianQualifiers)
        experiencerVerbs = Set(file.experiencerVerbs)
        dependenceVerbs = Set(file.dependenceVerbs)
        attackedMembers = Set(file.attackedMembers)
        tieParticiples = Set(file.tieParticiples)
        preparationVerbs = Set(file.preparationVerbs)
        exerciseNouns = Set(file.exerciseNouns)
        backshiftedFutures = Set(file.backshiftedFutures)
        timeNouns = Set(file.timeNouns)
        definiteDeterminers = Set(file.definiteDeterminers)
        ownershipParticiples = Set(file.ownershipParticiples)
        payingVerbs = Set(file.payingVerbs)
        experiencerAdjectives = Set(file.experiencerAdjectives)
        approximators = Set(file.approximators)
        issuerBodies = Set(file.issuerBodies)
        referenceNouns = Set(file.referenceNouns)
        indefiniteDeterminers = Set(file.indefiniteDeterminers)
        nounForms = Set(file.nounForms)
        privateFirmNouns = Set(file.privateFirmNouns)
        costNouns = file.costNouns
        perceivedThreatNouns = Set(file.perceivedThreatNouns)
        forceMembers = Set(file.forceMembers)
        companionNouns = Set(file.companionNouns)
        buildUpModifiers = Set(file.buildUpModifiers)
        sideCases = Set(file.sideCases)
        regionAnaphors = Set(file.regionAnaphors)
        calendarNouns = Set(file.calendarNouns)
        calendarModifiers = Set(file.calendarModifiers)
        commodityNouns = Set(file.commodityNouns)
        behalfNouns = Set(file.behalfNouns)
        topicVerbs = Set(file.topicVerbs)
        stanceVerbs = Set(file.stanceVerbs)
        civilianNouns = Set(file.civilianNouns)
        appealVerbs = Set(file.appealVerbs)
        var anaphors: [String: PartyKind] = [:]
        for (kind, nouns) in file.definiteAnaphors {
            guard let partyKind = PartyKind(rawValue: kind) else { continue }
            for noun in nouns { anaphors[noun] = partyKind }
        }
        definiteAnaphors = anaphors
        sanctionLemmas = Set(verbs.filter { $0.value.contains { $0.kind == "sanction" } }.keys)
            .union(nouns.filter { $0.value.kind == "sanction" }.keys)
        supplierNouns = Set(file.supplierNouns)
        linkingVerbs = Set(file.linkingVerbs)
        listingVerbs = Set(file.listingVerbs)
        sanctionLists = Set(file.sanctionLists)
        sanctionListQualifiers = Set(file.sanctionListQualifiers)
        companionVerbs = Set(file.companionVerbs)
        negatingMarks = Set(file.negatingMarks)
        nounOnlyLemmas = Set(file.materiel).union(file.personnel).union(nouns.keys).subtracting(verbs.keys).subtracting(file.nounsAlsoVerbs)
        cueLemmas = Set(verbs.keys).union(nouns.keys).union(file.aidNouns).union(file.personnel).union(file.materiel).union(file.receiveNouns)
            .union(file.retaliationNouns).union(file.costNouns.keys).union(file.installationNouns).union(file.supplierNouns).union(file.qualifiedCueNouns.keys)
            // Responses vowed with no other cue in their sentence: "Tehran vowed that Israel would be punished".
            .union(file.responseVerbs).union(file.threatGovernors)
            // A sentence about a listing names its list: "the Entity List", "its sanctions list".
            .union(file.sanctionListQualifiers)
            // A force led somewhere: "Canada leads the battlegroup in Latvia".
            .union(file.leadingVerbs)
            // "intercepted rockets fired by Hamas": the lemma of a verb with its particle counts by the verb.
            .union(file.interceptionVerbs.map { String($0.prefix { $0 != " " }) })
    }
}

extension CueTable {
    /// The lemmas of a parsed sentence with each qualified cue noun read as the cue it stands for
    /// ("export controls" as "sanction"); other lemmas as they are.
    ///
    /// - Complexity: O(*n*) for *n* words.
    func readingQualifiedNouns(_ lemmas: [String], words: [SyntaxWord]) -> [String] {
        guard !qualifiedCueNouns.isEmpty else { return lemmas }
        var result = lemmas
        // One pass over the qualifiers: each `compound` or `amod` looks at the noun it hangs on.
        for (index, word) in words.enumerated() where word.label == "compound" || word.label == "amod" {
            let head = word.head - 1
            guard words.indices.contains(head), words[head].upos == .noun, let noun = qualifiedCueNouns[lemmas[head]],
                  noun.qualifiers.contains(lemmas[index]) else { continue }
            result[head] = noun.reads
        }
        return result
    }

    /// Whether a word tagged as an adjective is the past participle of a negating governor ("halted",
    /// "suspended", "stopped"), which the lemmatizer leaves as it is: adjectives do not inflect.
    ///
    /// - Complexity: O(*k*) in the length of the word.
    func isNegatingParticiple(_ form: String) -> Bool {
        let lower = form.lowercased()
        guard lower.hasSuffix("ed"), lower.count > 4 else { return false }
        let stem = String(lower.dropLast(2))
        let doubled = stem.count > 2 && stem.last == stem.dropLast().last ? String(stem.dropLast()) : stem
        return [stem, stem + "e", doubled].contains(where: negatingGovernors.contains)
    }

    /// The agreement a noun is for when the parser hung the noun on the verb instead of on the agreement
    /// that verb takes as object ("signed an agreement on the delivery of drones to Kenya"): a `for` or
    /// `on` phrase of a verb whose object is an agreement noun; nil otherwise.
    ///
    /// - Complexity: O(*d*) in the verb's dependents.
    func agreement(besideNoun noun: Int, in sentence: TreeSentence) -> Int? {
        guard sentence.label(noun) == "obl", ["for", "on"].contains(sentence.caseOf(noun)), let verb = sentence.head(noun) else { return nil }
        return sentence.children(verb, "obj", exact: true).first { agreementNouns.contains(sentence.lemmas[$0]) }
    }
}
