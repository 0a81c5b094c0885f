import Foundation
import Testing
@testable import RelationGraphExtract

/// Made-up sentences, one rule each; none comes from the seed articles.
@Suite struct ExtractorTests {
    private func triples(_ text: String) -> Set<String> {
        Set(sharedExtractor.extract(text, document: "t.txt").map { "\($0.source) \($0.kind) \($0.target) \($0.modality)" })
    }

    @Test(arguments: [
        // supply: active, with, double object, passive, receive, use, nominal
        ("Iran supplies Russia with drones.", ["IRN supply RUS asserted"]),
        ("Washington sent Patriot missiles to Kyiv in April.", ["USA supply UKR asserted"]),
        ("France gave Ukraine new howitzers.", ["FRA supply UKR asserted"]),
        ("Belarus is supplied by Russia with fuel.", ["RUS supply BLR asserted"]),
        ("Moscow has received hundreds of Shahed drones from Tehran.", ["IRN supply RUS asserted"]),
        ("Iranian drones used by Russia are cheap.", ["IRN supply RUS asserted"]),
        ("Venezuela bought Russian fighter jets.", ["RUS supply VEN asserted"]),
        ("German deliveries of arms to Israel resumed.", ["DEU supply ISR asserted"]),
        // An approved sale or aid package not yet said to be delivered is hedged.
        ("US military aid to Ukraine was approved.", ["USA supply UKR hedged"]),
        ("The transfer of missile technology from Russia to Iran alarmed Israel.", ["RUS supply IRN asserted"]),
        // lists
        ("The US, Britain and France imposed sanctions on Iran.", ["USA sanction IRN asserted", "GBR sanction IRN asserted", "FRA sanction IRN asserted"]),
        ("Canada sanctioned Russia and Belarus.", ["CAN sanction RUS asserted", "CAN sanction BLR asserted"]),
        // a long coordinated subject the parser roots at its first noun (RootVerbRepair)
        ("Sweden and its NATO allies sent tanks to Ukraine.", ["SWE supply UKR asserted"]),
        // troops
        ("North Korea reportedly sent 10,000 soldiers to Russia.", ["PRK troops RUS hedged"]),
        ("Hundreds of Wagner mercenaries fighting for Russia were seen in Mali.", ["WAGNER troops RUS asserted"]),
        ("Chinese soldiers joined the Russian army.", ["CHN troops RUS asserted"]),
        ("The deployment of Belarusian troops to Russia was confirmed.", ["BLR troops RUS asserted"]),
        // sanctions
        ("Russia has been sanctioned by the EU.", ["EU sanction RUS asserted"]),
        ("US sanctions on Venezuela remain in place.", ["USA sanction VEN asserted"]),
        ("Japan is considering new sanctions against North Korea.", ["JPN sanction PRK hedged"]),
        ("Cuba is under sanctions imposed by the United States.", ["USA sanction CUB asserted"]),
        // threats
        ("Turkey warned Greece of serious consequences.", ["TUR threat GRC asserted"]),
        ("Iran poses a threat to Israel.", ["IRN threat ISR asserted"]),
        ("The Houthis threatened to attack American warships.", ["HOUTHIS threat USA asserted"]),
        ("Israel might strike Iran's nuclear facilities.", ["ISR threat IRN hedged"]),
        ("Russia will strike Ukraine's bridges, Moscow said.", ["RUS threat UKR asserted"]),
        // attacks
        ("Russian forces invaded Ukraine in 2022.", ["RUS attack UKR asserted"]),
        ("Ukraine was attacked by Russia overnight.", ["RUS attack UKR asserted"]),
        ("Hezbollah fired rockets at Israel.", ["HEZBOLLAH attack ISR asserted"]),
        ("Israeli strikes on Hezbollah continued.", ["ISR attack HEZBOLLAH asserted"]),
        ("Russia's invasion of Ukraine began in 2022.", ["RUS attack UKR asserted"]),
        ("India and Pakistan exchanged fire on the border.", ["IND attack PAK asserted", "PAK attack IND asserted"]),
        ("Azerbaijan allegedly shelled Armenia.", ["AZE attack ARM hedged"]),
        ("Ethiopia launched an offensive against Eritrea.", ["ETH attack ERI asserted"]),
        // pronouns and speakers
        ("Russia is isolated. It attacked Georgia in 2008.", ["RUS attack GEO asserted"]),
        ("Joint statement by the UK and France:\nWe will supply Ukraine with more missiles.", ["GBR supply UKR hedged", "FRA supply UKR hedged"]),
        // modality and negation
        ("If Iran delivers missiles to Russia, Europe will respond.", ["IRN supply RUS hedged"]),
        ("China did not supply weapons to Russia.", []),
        ("Beijing denied sending troops to Myanmar.", []),
        ("There is no evidence that Iran shipped missiles to Russia.", []),
        ("Germany pledged more tanks to Ukraine.", ["DEU supply UKR hedged"]),
        // tree constructions: "respectively", reciprocal nouns, quantities, accusations, clauses with their own modality
        ("Rwanda and Burundi sent troops to Mozambique and the Democratic Republic of the Congo, respectively.", ["RWA troops MOZ asserted", "BDI troops COD asserted"]),
        ("Clashes between Armenia and Azerbaijan killed four soldiers.", ["ARM attack AZE asserted", "AZE attack ARM asserted"]),
        ("The EU imposed a fresh round of sanctions on Belarus.", ["EU sanction BLR asserted"]),
        ("Kyiv accused Minsk of supplying fuel to Moscow.", ["BLR supply RUS hedged"]),
        ("While Iran supplies Russia with drones, Israel might retaliate.", ["IRN supply RUS asserted"]),
        ("North Korea is under some of the toughest sanctions ever imposed by the UN.", ["UN sanction PRK asserted"]),
        ("Russia has been heavily sanctioned by the West following its invasion of Ukraine.", ["WEST sanction RUS asserted", "RUS attack UKR asserted"]),
        ("Australia sanctioned hundreds of Russian individuals and entities.", ["AUS sanction RUS asserted"]),
        // who does it: object control, relative clauses, possessives, "by" agents, comparative ellipsis
        ("The United States allowed Ukraine to strike Russia.", ["UKR attack RUS asserted"]),
        ("Iran promised Russia to strike Ukraine.", ["IRN threat UKR asserted"]),
        ("Russia receives drones mainly from Iran, which helps it attack Ukraine.", ["IRN supply RUS asserted", "RUS attack UKR asserted"]),
        ("Canada sanctioned Russia over Moscow's use of North Korean missiles in its invasion of Ukraine.", ["CAN sanction RUS asserted", "RUS attack UKR asserted"]),
        ("The drones were used by the Kremlin to conduct its war against Ukraine.", ["RUS attack UKR asserted"]),
        ("China does not arm Russia, as Iran does.", ["IRN supply RUS asserted"]),
        ("Syria received weapons from Iran, as Iraq did.", ["IRN supply SYR asserted", "IRN supply IRQ asserted"]),
        ("Hezbollah has grown stronger. Its leader said the Iran-backed group would attack Cyprus.", ["HEZBOLLAH threat CYP asserted"]),
        // nominal cues whose phrases hang elsewhere, and groups that list their members
        ("Ottawa sanctioned firms for facilitating arms transfers from Belarus to Russia.", ["BLR supply RUS asserted"]),
        ("Hamas said it continued its rocket fire into Israel.", ["HAMAS attack ISR asserted"]),
        ("Last year Turkey concluded a contract for the sale of drones to Qatar.", ["TUR supply QAT hedged"]),
        ("Iran continues to arm militant groups such as Hezbollah and Hamas.", ["IRN supply HEZBOLLAH asserted", "IRN supply HAMAS asserted"]),
        ("Russia received drones from two countries, Iran and North Korea.", ["IRN supply RUS asserted", "PRK supply RUS asserted"]),
        ("Fighting is still ongoing between the Sudanese Armed Forces and the Rapid Support Forces.", ["SDN attack RSF asserted", "RSF attack SDN asserted"]),
        ("North Korea poses a threat to Japan's security.", ["PRK threat JPN asserted"]),
        ("The Houthis said they will continue attacks against Israel.", ["HOUTHIS threat ISR asserted"]),
        // a participle describes its noun as it is, whatever the clause around it says; a possible use against a party is a hedged threat (guideline 6)
        ("Ukraine could use the American weapons provided to it against Russia.", ["USA supply UKR asserted", "UKR threat RUS hedged"]),
        // a reduced relative the parser took for the main clause; possession with "from"; aimed with sanctions
        ("Drones shipped from Iran to Russia were used in the attack.", ["IRN supply RUS asserted"]),
        ("Serbia has military equipment from Russia and China.", ["RUS supply SRB asserted", "CHN supply SRB asserted"]),
        ("Serbia has Russian tanks.", []),
        ("The US targeted Iran with sanctions on Monday.", ["USA sanction IRN asserted"]),
        // goods counted by what carries them; a cannon is a weapon; a patrol is its party's
        ("The number of crates sent from Belarus to Serbia doubled.", ["BLR supply SRB asserted"]),
        ("Venezuela fired a water cannon at Colombia's navy.", ["VEN attack COL asserted"]),
        ("Hezbollah fired rockets at an Israeli patrol near the border.", ["HEZBOLLAH attack ISR asserted"]),
        // a force kept, enlarged or made up of contingents where it is stationed (guideline 13)
        ("France keeps 1,500 soldiers in Chad.", ["FRA troops TCD asserted"]),
        ("Poland would boost the number of its troops in the UN force in Lebanon.", ["POL troops LBN asserted", "UN troops LBN asserted"]),
        ("The force in Lebanon is made up of troops from France and Italy.", ["FRA troops LBN asserted", "ITA troops LBN asserted"]),
        // troops sent to a force go where it is, not to who leads it
        ("Germany deployed 300 troops to the NATO force in Kosovo.", ["DEU troops XKX asserted"]),
        ("Spain contributes troops to the battlegroup in Latvia.", ["ESP troops LVA asserted"]),
        // materiel used against a party; promised responses; held places; one side from the clause; readiness
        ("Russia used Iranian drones against Ukraine.", ["IRN supply RUS asserted", "RUS attack UKR asserted"]),
        ("Seoul promised Pyongyang a nuclear response.", ["KOR threat PRK asserted"]),
        ("Iran vowed retaliation against Israel.", ["IRN threat ISR asserted"]),
        ("Israel struck the Houthi-held port of Hudaydah.", ["ISR attack HOUTHIS asserted"]),
        ("Turkey lost soldiers in Syria during confrontations with the Syrian army.", ["TUR attack SYR asserted", "SYR attack TUR asserted"]),
        ("Russia condemned the clashes with Armenia.", []),
        ("The US was ready for new sanctions against China.", ["USA sanction CHN hedged"]),
        ("Britain announced sanctions against Russia's war machine.", ["GBR sanction RUS asserted"]),
        // a report going on from a threat; groundwork for a measure; a plural pronoun; a participle hung as `xcomp`
        ("Iran threatened war with Israel, adding that it would strike Cyprus.", ["IRN threat ISR asserted", "IRN threat CYP asserted"]),
        ("Russia is laying the groundwork for a deployment of its troops to Mali.", ["RUS troops MLI hedged"]),
        ("The Pentagon said that Ukrainian troops could use the American weapons provided to them.", ["USA supply UKR asserted"]),
        // "US" in capitals is the United States, not "us" for a statement's speaker
        ("In a statement, Iran said it builds drones.\n\nUS troops attacked China.", ["USA attack CHN asserted"]),
        // a list set off by a dash or a colon after a plural noun names its parties
        ("Officials said that Armenia is getting military aid from three partners — the United States, France, and India — and buying new rifles.",
         ["USA supply ARM asserted", "FRA supply ARM asserted", "IND supply ARM asserted"]),
        ("Serbia has been buying weapons from two suppliers — China and Russia — for years.", ["CHN supply SRB asserted", "RUS supply SRB asserted"]),
        ("Kyiv obtained shells from several allies — the United Kingdom, Poland, and Canada — and is building more.",
         ["GBR supply UKR asserted", "POL supply UKR asserted", "CAN supply UKR asserted"]),
        ("Russia was sanctioned by two partners: Canada and Japan.", ["CAN sanction RUS asserted", "JPN sanction RUS asserted"]),
        // one force of a party somewhere is stationed there; troops promised in a report on it go there too
        ("The UN force in Lebanon will grow to 15,000 troops.", ["UN troops LBN asserted"]),
        ("The EU mission in Mali will grow. Spain would send 200 soldiers.", ["EU troops MLI asserted", "ESP troops MLI hedged"]),
        ("Germany keeps a brigade in Lithuania. Norway will provide 300 troops, and Belgium pledged 100 soldiers.",
         ["DEU troops LTU asserted", "NOR troops LTU hedged", "BEL troops LTU hedged"]),
        ("Spain would send 200 soldiers.", []),
        ("Russian forces in Ukraine shelled the city.", []),
        ("Italy committed 1,000 troops to the force in Lebanon.", ["ITA troops LBN hedged"]),
        // a military installation kept or hosted somewhere says its soldiers are there
        ("Russia maintains a naval base in Syria.", ["RUS troops SYR asserted"]),
        ("The United States has military bases in Qatar and Bahrain.", ["USA troops QAT asserted", "USA troops BHR asserted"]),
        ("Djibouti has hosted a French base since 1977.", ["FRA troops DJI asserted"]),
        ("Poland will host 2,000 German soldiers.", ["DEU troops POL hedged"]),
        ("Russia has a base.", []),
        ("Iran attacked a US base in Iraq.", ["IRN attack USA asserted"]),
        // the owner of a compound body hung on the compound's first word
        ("The Chinese coast guard fired a water cannon at a Philippine boat.", ["CHN attack PHL asserted"]),
        ("The Russian air force bombed Ukrainian positions.", ["RUS attack UKR asserted"]),
        ("A Russian border region was attacked.", []),
        // passive sanctions: the agent, else who the document last said imposes sanctions, when the passive reports an act
        ("Sanctions were imposed against Iran by the EU.", ["EU sanction IRN asserted"]),
        ("The EU has imposed sanctions on seven people. Sanctions were also imposed against Iran.", ["EU sanction IRN asserted"]),
        ("The UN sanctioned Iran. Russia and Belarus are heavily sanctioned.", ["UN sanction IRN asserted"]),
        ("Sanctions were imposed on Iran.", []),
        ("The Department of the Treasury sanctioned Iran.", ["USA sanction IRN asserted"]),
        ("The EU imposed sanctions on the Minister of Defence of Russia.", ["EU sanction RUS asserted"]),
        // people sanctioned for being a state's people; a present passive citing its legal basis is a designation
        ("Japan sanctioned four men for being officers of the Russian army.", ["JPN sanction RUS asserted"]),
        ("The EU sanctioned three men for being officials of the Government of Belarus.", ["EU sanction BLR asserted"]),
        ("Japan sanctioned four men for being in Moscow.", []),
        ("Canada sanctioned six people for being current or former officials of the Government of Cuba.", ["CAN sanction CUB asserted"]),
        ("Japan sanctioned four men for being rich or famous.", []),
        ("The United States sanctioned five individuals for being members of the Iranian military.", ["USA sanction IRN asserted"]),
        ("The UK sanctioned Iran. Officials of the Syrian government are sanctioned pursuant to the same regulations.",
         ["GBR sanction IRN asserted", "GBR sanction SYR asserted"]),
        ("The US sanctioned Iran. Officials of the Syrian government are sanctioned in the press.", ["USA sanction IRN asserted"]),
        // a response conditional on another party's act is an asserted threat to it (guideline 4)
        ("If Iran sends missiles to Russia, Britain will respond severely.", ["IRN supply RUS hedged", "GBR threat IRN asserted"]),
        ("Seoul will take action if Pyongyang tests a missile.", ["KOR threat PRK asserted"]),
        // a condition in the passive names its agent; weapons promised for it are the response
        ("Pyongyang warned that it would use nuclear weapons if attacked by South Korea.", ["PRK threat KOR asserted"]),
        ("Iran will use its missiles if attacked by Israel.", ["IRN threat ISR asserted"]),
        ("Poland could use the tanks if Belarus attacks.", []),
        // export controls and trade restrictions are sanctions; "control" alone is not
        ("Tokyo has imposed export controls on Moscow.", ["JPN sanction RUS asserted"]),
        ("Canada announced new trade restrictions against Belarus.", ["CAN sanction BLR asserted"]),
        ("China imposed its control on the region of Tibet.", []),
        // support given in kind: soldiers are troops, materiel is supply, support alone is nothing (guideline 11)
        ("Eritrea is supporting the Ethiopian army with troops and tanks.", ["ERI troops ETH asserted", "ERI supply ETH asserted"]),
        ("Iran backs Hezbollah with rockets.", ["IRN supply HEZBOLLAH asserted"]),
        ("Turkey supports Azerbaijan diplomatically.", []),
        // an amount given stands for what it is paid in, also with "in" hung on the verb
        ("The US has sent Jordan $300 million in weapons.", ["USA supply JOR asserted"]),
        ("Germany gave Ukraine $40 million in ammunition.", ["DEU supply UKR asserted"]),
        ("Britain provided Kenya with $90 million in ammunition.", ["GBR supply KEN asserted"]),
        // (money given is supply, written with a sign as with a word, whatever the "in" phrase: guideline "money")
        ("Norway sent Sweden $2 million in March.", ["NOR supply SWE asserted"]),
        ("Norway sent Sweden 2 million dollars in March.", ["NOR supply SWE asserted"]),
        ("Norway spent $2 million in March.", []),
        // who uses or receives what was given got it; a relative pronoun object stands for its antecedent
        ("China sold the missiles that Pakistan uses against India.", ["CHN supply PAK asserted", "PAK attack IND asserted"]),
        // materiel that arrives somewhere was supplied there by whose it is
        ("The first tanks from Poland arrived in Ukraine.", ["POL supply UKR asserted"]),
        ("Iranian missiles reached Yemen by sea.", ["IRN supply YEM asserted"]),
        ("The letter from France arrived in Germany.", []),
        // police, medical and other civilian personnel are not troops; trainers of an army are with it
        ("Nigerian police officers arrived in Haiti.", []),
        ("Kenya sent medical personnel to Somalia.", []),
        ("Turkish military advisers are training the Libyan army.", ["TUR troops LBY asserted"]),
        // sanctions on a state's revenues, economy and exports are sanctions on the state (guideline 15)
        ("Britain announced sanctions targeting Iran's oil revenues.", ["GBR sanction IRN asserted"]),
        ("The EU imposed sanctions on Russian exports.", ["EU sanction RUS asserted"]),
        // an act undergone: the subject suffers it, a "from" or "by" phrase names who does it
        ("Georgia came under attack from Russian jets.", ["RUS attack GEO asserted"]),
        ("Venezuela faces new sanctions from Canada.", ["CAN sanction VEN asserted"]),
        ("Kuwait suffered attacks by Iraq.", ["IRQ attack KWT asserted"]),
        ("Taiwan faces a difficult election.", []),
        // weapons or soldiers as the agent of a passive stand for whose they are
        ("Syria was hit by Turkish missiles on Friday.", ["TUR attack SYR asserted"]),
        // parties at war fight each other (guideline 7)
        ("Ethiopia and Eritrea were at war for two years.", ["ETH attack ERI asserted", "ERI attack ETH asserted"]),
        ("Yemen is at war with the Houthis.", ["YEM attack HOUTHIS asserted", "HOUTHIS attack YEM asserted"]),
        // who relies on a party for materiel is supplied by it
        ("Belarus relies on Russia for fuel.", ["RUS supply BLR asserted"]),
        ("Belarus relies on Russia.", []),
        // a purpose clause's doer is its governor's subject: with what they use, not what they are given
        ("Hezbollah used tunnels to attack Israel.", ["HEZBOLLAH attack ISR asserted"]),
        ("Russia used Iranian drones to strike Ukraine.", ["IRN supply RUS asserted", "RUS attack UKR asserted"]),
        ("Iran has sent Russia missiles, which Moscow has used to attack Ukraine.", ["IRN supply RUS asserted", "RUS attack UKR asserted"]),
        ("Iran sent drones to Russia to attack Ukraine.", ["IRN supply RUS asserted"]),
        // a measure or supply threatened is announced for the future (hedged); one vowed to go on is not
        ("Washington threatened to impose sanctions on Ankara.", ["USA threat TUR asserted", "USA sanction TUR hedged"]),
        ("Iran vowed to continue supplying Hezbollah with rockets.", ["IRN supply HEZBOLLAH asserted"]),
        // soldiers received are sent to who receives them; a conjunct without an owner shares the first one's
        ("Nicaragua received Russian tanks and military advisers.", ["RUS supply NIC asserted", "RUS troops NIC asserted"]),
        ("Burkina Faso received Russian instructors.", ["RUS troops BFA asserted"]),
        ("Cuban doctors and military advisers arrived in Venezuela.", ["CUB troops VEN asserted"]),
        ("Russian diplomats and American advisers arrived in Libya.", ["USA troops LBY asserted"]),
        // a perfect with an adverb between, a progressive the tagger reads as an adjective (AuxiliaryRepair)
        ("Canada has today sanctioned four Iranian military officers.", ["CAN sanction IRN asserted"]),
        ("Russia has threatened Moldova with an energy cutoff.", ["RUS threat MDA asserted"]),
        ("Australia imposed targeted financial sanctions on 13 Russian individuals.", ["AUS sanction RUS asserted"]),
        // an amount received stands for what it is paid in, also past a rate ("a year"); a name before
        // materiel received names its supplier; a "from" phrase hung on another phrase of the verb
        ("Israel receives $3.8 billion a year in US military aid.", ["USA supply ISR asserted"]),
        ("Egypt receives $1.3 billion in American military aid.", ["USA supply EGY asserted"]),
        ("Egypt received weapons worth $1 billion from Russia.", ["RUS supply EGY asserted"]),
        ("Ukraine received Patriot systems.", []),
        // a condition the parser reads as a complement still makes a warning; a response promised to a
        // provocation threatens who would commit it
        ("Syria said it would retaliate if Turkey attacked its cities.", ["SYR threat TUR asserted"]),
        ("China warned that it would respond to any provocation by Japan with force.", ["CHN threat JPN asserted"]),
        // a terrorism list is a sanctions list, also when the parser hangs it on what is listed
        ("Australia placed Iran's Revolutionary Guards on its terrorism list.", ["AUS sanction IRN asserted"]),
        // who adopts another party's sanctions sanctions too
        ("Switzerland adopted the EU's latest sanctions against Belarus.", ["EU sanction BLR asserted", "CHE sanction BLR asserted"]),
        // a gerund after a preposition read as its object's adjective (FiniteVerbRepair, GerundRepair)
        ("Iran was sanctioned for shipping missiles to Russia.", ["IRN supply RUS asserted"]),
        ("Belarus was accused of funnelling drones to Russia.", ["BLR supply RUS hedged"]),
        // a floating "both" between auxiliary and verb (AuxiliaryRepair); "from" on the last conjunct received
        ("Egypt and Turkey have both sent drones to the Sudanese army.", ["EGY supply SDN asserted", "TUR supply SDN asserted"]),
        ("Russia has also received artillery shells and ballistic missiles from North Korea.", ["PRK supply RUS asserted"]),
        // soldiers whose predicate places them in a country are there, also in a reported clause, unless their
        // state attacks it in the same document
        ("Data showed that about 900 American soldiers are in Syria.", ["USA troops SYR asserted"]),
        ("Some 2,000 Turkish troops are in Qatar.", ["TUR troops QAT asserted"]),
        ("Russian troops are in Ukraine. Russia invaded Ukraine in 2022.", ["RUS attack UKR asserted"]),
        // who leads a multinational force has troops where it is stationed (guideline 13), not a coalition at war
        ("Canada leads the NATO battlegroup in Latvia.", ["CAN troops LVA asserted", "NATO troops LVA asserted"]),
        ("France leads the multinational battlegroup in Romania.", ["FRA troops ROU asserted"]),
        ("The United States leads the coalition against ISIS in Iraq.", []),
        // "restrictive measures" are sanctions; the European Council is the EU's; people tied to a state's
        // body by a participle the parser hung on the verb
        ("The European Council imposed restrictive measures on 20 Russian officials.", ["EU sanction RUS asserted"]),
        ("Today, the United Kingdom is sanctioning 10 individuals linked to the Iranian regime.", ["GBR sanction IRN asserted"]),
        // soldiers sent do what they are sent for on the sender's behalf; materiel given, on the recipient's
        ("The United States has deployed additional forces to the region to deter Iran.", ["USA threat IRN asserted"]),
        ("Iran sent drones to Russia to attack Ukraine.", ["IRN supply RUS asserted"]),
        // an abbreviation the text defines for a party names it; a state's or group's members act for it,
        // a bloc's are its member states (guideline 12)
        ("Experts saw officers of the Rwandan Defence Forces (RDF) there. RDF soldiers shelled Congolese positions.", ["RWA attack COD asserted"]),
        ("An RDF unit shelled Congolese positions.", []),
        ("Hamas members attacked Israeli soldiers.", ["HAMAS attack ISR asserted"]),
        ("EU members imposed sanctions on Russia.", []),
        // who responds does what it responds with; ground seized or retaken, also from whom it is taken;
        // a ship's flag or owner is not the state (guideline 10)
        ("Israel responded with airstrikes against Hezbollah.", ["ISR attack HEZBOLLAH asserted"]),
        ("The RSF seized the city of Wad Madani in December.", ["RSF attack SDN asserted"]),
        ("Ukraine recaptured the city of Kherson from Russia.", ["UKR attack RUS asserted"]),
        ("Iran seized a British-flagged tanker.", []),
        ("The Houthis attacked a Greek-owned ship.", []),
        // materiel the parser hung on the recipient does not make the recipient materiel
        ("Iran supplied the Houthis with missiles.", ["IRN supply HOUTHIS asserted"]),
        ("The UAE has been supplying the RSF with weapons via Chad.", ["ARE supply RSF asserted"]),
        // a past tense read as its object's adjective (RootVerbRepair), a verb with an auxiliary read as one
        // (GerundRepair), a recipient read as the subject of the "with" phrase
        ("The RSF received artillery shells from Russia.", ["RUS supply RSF asserted"]),
        ("India is believed to have supplied missiles to Saudi Arabia.", ["IND supply SAU hedged"]),
        ("Egypt supplied the United States with drones.", ["EGY supply USA asserted"]),
        // whose munitions are intercepted attacked who intercepts them; an aircraft shot down is attacked
        ("Ukrainian forces shot down 40 Russian drones.", ["RUS attack UKR asserted"]),
        ("Israeli air defences intercepted a Houthi missile.", ["HOUTHIS attack ISR asserted"]),
        ("Israel intercepted missiles fired by Iran.", ["IRN attack ISR asserted"]),
        ("Russian forces shot down a Ukrainian helicopter.", ["RUS attack UKR asserted"]),
        // threatened action against a party; what was given and is used, given to its user; a subject with
        // a preposition of its own modifies the subject before it (DoubleArgumentRepair)
        ("India has repeatedly threatened military action against Japan.", ["IND threat JPN asserted"]),
        ("The weapons, which were supplied by China, were used by Iran against Israel.",
         ["CHN supply IRN asserted", "IRN attack ISR asserted"]),
        ("Venezuela's sanctions on the United States remain in force.", ["VEN sanction USA asserted"]),
        // a one-word name opening a clause is a proper noun, not a common noun hiding the verb (NameTagging)
        ("Mali faces new sanctions from Canada.", ["CAN sanction MLI asserted"]),
        // soldiers invited are sent to who invites them; a hyphenated modifier read as a verb (HyphenRepair)
        ("Chad invited French troops to help fight insurgents.", ["FRA troops TCD asserted"]),
        ("Canada banned exports of dual-use goods to Belarus.", ["CAN sanction BLR asserted"]),
        // "the army" stands for the party last named as the army's owner, and for no one without one
        ("Sudan's army said it repelled an attack. Iran has supplied the army with drones.", ["IRN supply SDN asserted"]),
        ("The Malian junta expelled French troops. Russia sent instructors to help the junta.", ["RUS troops MLI asserted"]),
        ("Iran has supplied the army with drones.", []),
        // fighting a party attacks it; not where the fighting is, nor whom it is for or with
        ("Russian forces are fighting Ukrainian troops in Kursk.", ["RUS attack UKR asserted"]),
        ("Sudan's army is fighting against the RSF in Darfur.", ["SDN attack RSF asserted"]),
        ("North Korean soldiers are fighting on Ukrainian soil.", []),
        // an attribution hung on the coordination's first conjunct; an armed response attacks whom it answers;
        // a named place the gazetteer does not know stands for the party its "in" phrase names
        ("Two explosions and a mortar attack that Baku attributed to Armenia killed three soldiers.", ["ARM attack AZE hedged"]),
        ("The United States has been responding militarily to Houthi attacks since October 2023.", ["USA attack HOUTHIS asserted"]),
        ("Hezbollah fired rockets at Kfar Blum in the Galilee.", ["HEZBOLLAH attack ISR asserted"]),
        ("Russia struck Selydove in eastern Ukraine.", ["RUS attack UKR asserted"]),
        // sanctions that target something aim, they do not strike; a quantity word counted by its form; whose
        // move or decision it is does what it is to do
        ("New British sanctions target Russian oil exports.", ["GBR sanction RUS asserted"]),
        ("Russia carried out a series of strikes on Ukraine.", ["RUS attack UKR asserted"]),
        ("The move by Germany to sanction Syrian banks drew criticism.", ["DEU sanction SYR asserted"]),
        // soldiers read as a second subject after the verb are its object (DoubleArgumentRepair); a police
        // mission led is no force of soldiers
        ("Britain has around 900 personnel based in Estonia.", ["GBR troops EST asserted"]),
        ("Kenya will lead a multinational police mission in Haiti.", []),
        // soldiers "representing" states are those states' soldiers; a list after a dash may open with an adverb
        ("Nearly 2,000 foreign personnel are currently in Iraq, representing five countries - mainly the United States, France and Italy.",
         ["FRA troops IRQ asserted", "ITA troops IRQ asserted", "USA troops IRQ asserted"]),
        ("Russia bought missiles from two countries - Iran and North Korea.", ["IRN supply RUS asserted", "PRK supply RUS asserted"]),
        // a response a party will face, said by another, is the sayer's threat; an act stands for its doer
        ("France said Iran would face a firm response.", ["FRA threat IRN asserted"]),
        ("Britain has been clear that any transfer of missiles by Iran would face a significant response.", ["GBR threat IRN asserted"]),
        ("Analysts said Iran would face a firm response.", []),
        ("France said Iran would not face any response.", []),
        // a gerund after "while" or "by" is done by its governor's subject, also past a participle describing a noun
        ("The United States worked to preserve a ceasefire reached in 2022 while responding militarily to Houthi attacks.",
         ["USA attack HOUTHIS asserted"]),
        ("Israel condemned the attack while striking Hezbollah.", ["ISR attack HEZBOLLAH asserted"]),
        // who defies sanctions that name their target is not that target
        ("Egypt defied UN sanctions on the militias.", []),
        // the one noun of a sentence without a finite verb that can be a verb is its past tense (FiniteVerbRepair)
        ("Last week, China's coast guard shot a water cannon at a Philippine boat, injuring crew members.", ["CHN attack PHL asserted"]),
        // avenging an act threatens its doer; "the strikes" with no doer named are the document's last attacker's
        ("Iran vowed to avenge Israel's strike on its consulate.", ["IRN threat ISR asserted"]),
        ("Israeli airstrikes killed two Syrian soldiers near Damascus. Iran recently threatened to avenge the strikes.",
         ["ISR attack SYR asserted", "IRN threat ISR asserted"]),
        ("Iran recently threatened to avenge the strikes.", []),
        // a demonym on materiel says where the materiel comes from, not who owns what carries it
        ("Russia has repeatedly threatened to strike Western weapons depots in Ukraine.", ["RUS threat UKR asserted"]),
        // a relative clause's second verb, coordinated by the parser with the clause above, keeps the antecedent
        ("Most of the region is covered, notably excluding Canada, which has been a member of NATO since 1949 and contributes a battalion to the Latvian battlegroup.",
         ["CAN troops LVA asserted"]),
        // a closing attribution parsed apart from what it attributes (AttributionTail); a participle after a
        // noun and before a preposition is the verb of a sentence with no finite verb (FiniteVerbRepair)
        ("Iran has transferred short-range ballistic missiles to Russia, Blinken said.", ["IRN supply RUS asserted"]),
        ("North Korean soldiers arrived in Russia, officials said on Friday.", ["PRK troops RUS asserted"]),
        ("North Korean soldiers arrived in Russia, Kyiv said.", ["PRK troops RUS asserted"]),
        // an auxiliary with an object hung after the subject as a clausal subject is the predicate (RootVerbRepair)
        ("The United States has roughly 2,500 troops in Iraq.", ["USA troops IRQ asserted"]),
        // a condition read as a complement still only supposes; "any attack" is no attack; munitions aimed at
        // someone else attacked them, not who shot them down
        ("The Kremlin threatened to retaliate if NATO troops were sent to Ukraine.", ["RUS threat NATO asserted", "NATO troops UKR hedged"]),
        ("Iran warned that it would respond to any Israeli attack on its nuclear facilities.", ["IRN threat ISR asserted"]),
        ("The Pentagon said two US destroyers shot down Houthi missiles aimed at commercial ships.", []),
        ("US destroyers shot down Houthi missiles fired at Israel.", ["HOUTHIS attack ISR asserted"]),
        // a clause's "to" phrase hung on the verb above, through the object the clause describes
        ("Sudan's army accused the UAE of supplying weapons to the RSF.", ["ARE supply RSF hedged"]),
        // a gerund after a comma coordinated with a noun is a clause of the verb above (GerundRepair)
        ("Israel carried out dozens of air strikes across Lebanon, targeting Hezbollah positions.", ["ISR attack HEZBOLLAH asserted"]),
        // an -ed adjective before "by" is a passive participle, sharing the agent of its conjunct (AuxiliaryRepair)
        ("Hezbollah is armed and financed by Iran.", ["IRN supply HEZBOLLAH asserted"]),
        // what a party owns, attacked, is an attack on it; infrastructure stands for the state it is in, and so
        // (since the sixth session of 2026-12-07, as the first made-up set reads it) does a hospital
        ("Russia launched a massive missile attack on Ukraine's energy grid on Sunday.", ["RUS attack UKR asserted"]),
        ("Drones struck the port in Odesa overnight, Ukraine said.", []),
        ("Russian drones struck the port in Odesa overnight.", ["RUS attack UKR asserted"]),
        ("The United States condemned Russia's attack on a children's hospital in Kyiv.", ["RUS attack UKR asserted"]),
        // an indirect object hung on the object as a compound; settlers are private people, not their state
        ("The United Kingdom has given Ukraine more than 12 billion pounds in military aid.", ["GBR supply UKR asserted"]),
        ("Canada, the UK and Australia jointly sanctioned Israeli settlers on Tuesday.", []),
        // drones shot down with "down" read as their preposition; a designation names a weapon, and makes
        // "fighters" aircraft
        ("The ministry said British jets had shot down several Iranian drones over Iraq.", ["IRN attack GBR asserted"]),
        ("The Netherlands will deliver 18 more F-16s to Ukraine.", ["NLD supply UKR hedged"]),
        ("Russia sent Su-35 fighters to Iran.", ["RUS supply IRN asserted"]),
        ("The state has 16 districts in Region-9 now.", []),
        // what a party is warned against, hung on it, is not done; soldiers massed at a border threaten the other
        // side; measures extended or renewed are in force, whatever the extension is
        ("The Chinese foreign ministry warned the United States against selling arms to Taiwan.", ["CHN threat USA asserted"]),
        ("Serbia has massed troops on its border with Kosovo.", ["SRB threat XKX asserted"]),
        ("Russia has amassed more than 100,000 troops near the Ukrainian border.", ["RUS threat UKR asserted"]),
        ("Poland is sending 10,000 soldiers to its border with Belarus.", []),
        ("The EU foreign ministers agreed to extend the sanctions on Russia until July.", ["EU sanction RUS asserted"]),
        ("The EU may renew its sanctions on Iran.", ["EU sanction IRN asserted"]),
        ("The EU may impose sanctions on Iran.", ["EU sanction IRN hedged"]),
        // a possessive on a materiel compound owns the whole; people tied to a state by a participle hung on the
        // verb above; munitions fired toward a place the gazetteer does not know attacked who intercepts them;
        // firing on something with no object; "its" in an accusation's charge is the accuser's
        ("The United States and the United Kingdom today announced new sanctions targeting Iran's drone and missile programs.",
         ["USA sanction IRN asserted", "GBR sanction IRN asserted"]),
        ("Canada is imposing sanctions on six individuals connected to the Iranian regime.", ["CAN sanction IRN asserted"]),
        ("Saudi Arabia intercepted a ballistic missile fired by the Houthis toward Jizan.", ["HOUTHIS attack SAU asserted"]),
        ("Azerbaijani troops fired on Armenian positions.", ["AZE attack ARM asserted"]),
        ("Armenia accused Azerbaijani troops of firing on its positions near the village of Sotk.", ["AZE attack ARM hedged"]),
        ("Police fired on protesters in Tehran.", []),
        // a ship that acts is its state's; one that only carries is not
        ("The Philippines said Chinese vessels fired water cannon at its coast guard ships.", ["CHN attack PHL asserted"]),
        ("British ships were attacked by the Houthis.", []),
        ("The Houthis attacked British ships.", []),
        // a pronoun subject of a condition that would be the warner itself is whom the response is aimed at; acts
        // continued or intensified (definite) are under way whatever the clause says
        ("In a statement, the Foreign Office said the UK would impose further sanctions on Russia if it continued its attacks on Ukraine.",
         ["GBR threat RUS asserted", "GBR sanction RUS hedged", "RUS attack UKR asserted"]),
        ("Russia threatened to intensify its attacks on Ukraine.", ["RUS threat UKR asserted", "RUS attack UKR asserted"]),
        ("Russia threatened to launch attacks on Ukraine.", ["RUS threat UKR asserted"]),
        // a force led where a relative clause is placed, and not hosted by the organisation that owns it; an
        // adjective before a finite verb is the subject's noun (FiniteVerbRepair); "neutralised" is an attack;
        // camps stand for where they are; a response to any act of a party is a warning
        ("Canada has deployed about 2,000 soldiers to Latvia, where it leads a NATO battlegroup.",
         ["CAN troops LVA asserted", "NATO troops LVA asserted"]),
        ("Canada leads a NATO battlegroup.", []),
        ("Iran said it was ready. The Turkish military said it had neutralised 15 PKK militants in northern Iraq.", ["TUR attack PKK asserted"]),
        ("India said its forces had destroyed nine terrorist camps in Pakistan.", ["IND attack PAK asserted"]),
        ("Iran's foreign minister said Tehran would give a decisive response to any aggression by Israel.", ["IRN threat ISR asserted"]),
        ("The teacher gave a response to the students.", []),
        // targets tied to a party stand for it; "its" in a reported attack by another party is the reporter's
        ("Israel has repeatedly struck targets linked to Iran in Syria.", ["ISR attack IRN asserted"]),
        ("Azerbaijan's defence ministry said Armenian forces had shelled its positions in the Lachin district.", ["ARM attack AZE asserted"]),
        ("The US said China had increased its military spending.", []),
        // soldiers joining a force placed somewhere are there, joining an army are with its party
        ("Egyptian soldiers will join the African Union mission in Somalia next year.", ["EGY troops SOM hedged", "AU troops SOM asserted"]),
        ("Cuban fighters joined the Russian army.", ["CUB troops RUS asserted"]),
        // soldiers who use an installation are stationed where it or they are
        ("Al-Shabaab fighters attacked a military base used by Ugandan troops in Somalia.", ["UGA troops SOM asserted"]),
        ("Russian troops in Ukraine attacked a base.", []),
        // measures against a party's moves threaten it; people tied to a state through a gerund or a reason given
        // with "for"; a military operation against a party attacks it
        ("China's defence ministry warned that the People's Liberation Army would take all necessary measures against any Taiwan independence moves.",
         ["CHN threat TWN asserted"]),
        ("The UK has today sanctioned 25 individuals and entities involved in supplying Russia's war machine.", ["GBR sanction RUS asserted"]),
        ("Today, the United States is designating 12 entities and individuals for their role in Iran's ballistic missile program.",
         ["USA sanction IRN asserted"]),
        ("Israeli forces launched a ground operation in southern Lebanon against Hezbollah.", ["ISR attack HEZBOLLAH asserted"]),
        ("The UN launched a rescue operation in Turkey.", []),
        // a list of names read as an apposition; a group whose members are listed stands for them; sites of an
        // armed group the text does not name are not the country's; drills around a party threaten it
        ("Australia, New Zealand and Canada announced coordinated sanctions against Iranian officials on Monday.",
         ["AUS sanction IRN asserted", "NZL sanction IRN asserted", "CAN sanction IRN asserted"]),
        ("Kyiv has received more than 300 tanks from its Western allies, including Germany, Poland and the United Kingdom.",
         ["DEU supply UKR asserted", "POL supply UKR asserted", "GBR supply UKR asserted"]),
        ("The strikes, which the Pentagon described as defensive, hit Iranian-backed militia facilities in eastern Syria on Thursday.", []),
        ("Beijing responded to the visit by staging two days of military drills around Taiwan.", ["CHN threat TWN asserted"]),
        ("Russia and Belarus held joint military exercises near the Polish border.", []),
        // a stated capability to strike or reach a party is a hedged threat by the weapon's owner (guideline 6)
        ("North Korea unveiled a rocket capable of reaching Japan.", ["PRK threat JPN hedged"]),
        ("Iran says it has drones that can reach Israel.", ["IRN threat ISR hedged"]),
        ("Russia has the capability to strike NATO.", ["RUS threat NATO hedged"]),
        ("The new missile cannot reach Japan.", []),
        ("Ukraine's drones are not capable of reaching Moscow.", []),
        ("The artist is capable of reaching a wide audience.", []),
        // whatever act a threat promises answers the condition's subject; a response listed among measures;
        // a firm named after a state; joining a party in a gerund; troops flown or airlifted
        ("Russia threatened to cut gas supplies if Moldova joined NATO.", ["RUS threat MDA asserted"]),
        ("Canada will respond with further measures, including sanctions on Iran.", ["CAN sanction IRN hedged"]),
        ("The US sanctioned China Mobile last year.", ["USA sanction CHN asserted"]),
        ("Japan joined the EU in imposing sanctions on Russia.", ["JPN sanction RUS asserted", "EU sanction RUS asserted"]),
        ("Russia airlifted hundreds of paratroopers into Kazakhstan.", ["RUS troops KAZ asserted"]),
        ("Djibouti, which hosts a Chinese naval base, lies on the Bab el-Mandeb strait.", ["CHN troops DJI asserted"]),
        // "it" after a subject that names a party of its own is that party, not the subject's owner
        ("Yemen's Houthi movement said on Sunday it had launched drones at an Israeli warship.", ["HOUTHIS attack ISR asserted"]),
        // redesignation; people tied to a state by a participle the parser hung on the noun after "in"
        ("The State Department redesignated Cuba as a state sponsor of terrorism.", ["USA sanction CUB asserted"]),
        ("The UK has today sanctioned seven individuals and six entities involved in Iran's drone and missile industries, following Iran's attack on Israel on 13 April.",
         ["GBR sanction IRN asserted", "IRN attack ISR asserted"]),
        // an attribution followed by a clause of its own (AttributionTail); a war's "in" phrase on the verb above
        ("North Korea has sent additional artillery systems and multiple rocket launchers to Russia, South Korea's military said on Wednesday, as Pyongyang deepens its support for Moscow's war in Ukraine.",
         ["PRK supply RUS asserted", "RUS attack UKR asserted"]),
        // "the country" is not a party named by a demonym or by a name on a noun in its own sentence
        ("Lithuania will host a German brigade.\nAbout 1,000 U.S. soldiers are already stationed in the country.",
         ["DEU troops LTU hedged", "USA troops LTU asserted"]),
        ("Hezbollah fired rockets at Israel, and the group vowed to attack Israeli warships.", ["HEZBOLLAH attack ISR asserted", "HEZBOLLAH threat ISR asserted"]),
        // "one of the suppliers"; a threat in a party's view; designations, announced as the verb says
        ("Turkey is one of the largest suppliers of drones to Ukraine.", ["TUR supply UKR asserted"]),
        ("Moscow views NATO's expansion as a threat to Russia.", ["NATO threat RUS hedged"]),
        ("Japan regards China as its greatest security threat.", ["CHN threat JPN hedged"]),
        ("Washington described the drills as a threat to regional stability.", []),
        ("The EU will pursue designations of entities involved in Iran's drone programme.", ["EU sanction IRN hedged"]),
        // a noun cue read as an adjective after a determiner and a noun ("a ground offensive against"); a gerund after
        // "began" hung on its object; fire on a force's positions or watchtower; tanks that fire are their state's
        ("Israel launched a ground offensive against Hezbollah in southern Lebanon.", ["ISR attack HEZBOLLAH asserted"]),
        ("Germany on Monday formally began stationing troops in Lithuania.", ["DEU troops LTU asserted"]),
        ("Israeli tanks fired on a UNIFIL watchtower in Naqoura.", ["ISR attack UN asserted"]),
        ("The UN condemned the Israeli army's fire on positions of the UN Interim Force in Lebanon.", ["ISR attack UN asserted"]),
        // what a party is deterred from doing is not done; soldiers sent to deter do it for the sender
        ("The brigade is meant to deter Russia from attacking NATO's eastern flank.", []),
        ("NATO deployed the brigade to deter Russia from attacking Lithuania.", ["NATO threat RUS asserted"]),
        // soldiers allowed to be somewhere; a noun act as surely done as the clause of the verb that holds it
        ("The agreement allows Japanese troops to train in the Philippines.", ["JPN troops PHL asserted"]),
        ("The pact will allow American soldiers to operate in Papua New Guinea.", ["USA troops PNG hedged"]),
        ("Washington agreed to prioritise deliveries of interceptor missiles to Ukraine.", ["USA supply UKR hedged"]),
        ("Germany refused to approve deliveries of tanks to Ukraine.", []),
        ("If the DPRK enters the war against Ukraine, it will be a serious escalation.", ["PRK attack UKR asserted"]),
        ("The UN Security Council voted to lift the arms embargo on Somalia.", []),
        // a response claimed as a right, or vowed naming no one, answers the document's last attack
        ("Israel carried out air strikes against military targets in Iran.\nIran said it reserved the right to respond.",
         ["ISR attack IRN asserted", "IRN threat ISR asserted"]),
        ("Israel struck Hezbollah targets in Lebanon.\nHezbollah vowed to retaliate.", ["ISR attack HEZBOLLAH asserted", "HEZBOLLAH threat ISR asserted"]),
        ("Iran fired missiles at Israel.\nIran vowed to retaliate.", ["IRN attack ISR asserted"]),
        // people and firms sanctioned for whom a relative clause says they help or supply
        ("The United States is today designating two entities and four individuals who have facilitated the DPRK's ballistic missile programs.",
         ["USA sanction PRK asserted"]),
        ("Britain sanctioned two firms that helped Iran's drone industry.", ["GBR sanction IRN asserted"]),
        // soldiers massing by themselves; a force fighting beside another's army is with it; a target listed
        // after owned ones shares their owner
        ("Ethiopian troops have been massing near the border with Eritrea.", ["ETH threat ERI asserted"]),
        ("Eritrean forces fought alongside the Ethiopian army against Tigrayan rebels.", ["ERI troops ETH asserted"]),
        ("Russian forces fought in Ukraine.", []),
        ("US Central Command said its forces destroyed two Houthi drone boats and a radar site in Yemen.", ["USA attack HOUTHIS asserted"]),
        // a state's own forces fighting beside a party are with it, not sent where they fight
        ("Rwandan forces have been fighting alongside M23 rebels in eastern Congo.", ["RWA troops M23 asserted"]),
        // a gerund clause of time hung on a noun is the clause's above it
        ("North Korea fired a barrage of short-range ballistic missiles into the sea off its east coast on Thursday, hours after warning Seoul and Washington that their joint drills would be met with a strong response.",
         ["PRK threat KOR asserted", "PRK threat USA asserted"]),
        // a place described by its apposition (or a phrase the parser hung beside it)
        ("Russia still maintains a military base in Gyumri, Armenia's second-largest city, with about 3,000 troops.", ["RUS troops ARM asserted"]),
        // freezing sanctions only a party or what stands for one
        ("Armenia, a member of the Russia-led CSTO, has frozen its participation in the alliance.", []),
        ("The EU has frozen about 210 billion euros of Russian central bank assets.", ["EU sanction RUS asserted"]),
        ("Canada froze the accounts of Russian oligarchs.", ["CAN sanction RUS asserted"]),
        // what a quantity counts when the parser hangs a model's name as counted; weapons that strike are whose
        // launched them; an act that will not go unanswered warns its doer
        ("Mali has received a new batch of Bayraktar TB2 drones from Turkey.", ["TUR supply MLI asserted"]),
        ("Drones launched by the paramilitary Rapid Support Forces struck fuel depots and the international airport in Port Sudan on Tuesday, the army said.",
         ["RSF attack SDN asserted"]),
        ("NATO expanded its battlegroup.\nRussia's foreign ministry warned that the alliance's build-up on its borders would not go unanswered.",
         ["RUS threat NATO asserted"]),
        ("Iran said the attack by Israel would not go unpunished.", ["IRN threat ISR asserted"]),
        ("The crime will not go unpunished, the judge said.", []),
        // soldiers using an installation; an object read as an oblique with no preposition; soldiers hosted for an
        // exercise; advisers present somewhere; soldiers sent to fight beside a party; a Japanese island as a place
        ("Chinese naval forces have used the Ream base in Cambodia, satellite images show.", ["CHN troops KHM asserted"]),
        ("Rwanda has deployed more than 4,000 soldiers to Mozambique's Cabo Delgado province to fight Islamist insurgents.", ["RWA troops MOZ asserted"]),
        ("Belarus said it would host Russian troops for joint exercises next month.", []),
        ("Iranian military advisers have been present in Syria since 2013, supporting the Assad government.", ["IRN troops SYR asserted"]),
        ("North Korea has deployed thousands of troops to fight alongside Russian forces, according to Seoul.", ["PRK troops RUS asserted"]),
        ("About 30,000 US troops are stationed in Okinawa.", ["USA troops JPN asserted"]),
        // munitions launched toward a party attack it, also when the parser reads the participle as a clause
        ("The Pentagon confirmed that US forces had intercepted Iranian drones launched toward Israel.", ["IRN attack ISR asserted"]),
        // a passive's "by" phrase is no antecedent for a later pronoun (the passive's subject is)
        ("The raids were supported by Britain and Canada.\nThey destroyed Houthi radar sites in Yemen.", []),
        // a preposition hung on the count before its noun
        ("American forces carried out another round of strikes on Saturday against 36 Houthi targets.", ["USA attack HOUTHIS asserted"]),
        // whoever "would be targets" is threatened, listed or not
        ("Iran warned that American and Israeli bases would be legitimate targets.", ["IRN threat USA asserted", "IRN threat ISR asserted"]),
        // the past tense of a relative clause, read as a participle (FiniteVerbRepair)
        ("Officials described a week in which the Houthis fired missiles at Israel.", ["HOUTHIS attack ISR asserted"]),
        // a contrasted conjunct does not share the first conjunct's negation
        ("Turkey did not want a war but warned the PKK that it would strike back.", ["TUR threat PKK asserted"]),
        // things a group's name modifies, attacked, are the group's; an unowned army base stands for the state it is in
        ("Israel carried out strikes on thousands of Hezbollah launcher barrels in Lebanon.", ["ISR attack HEZBOLLAH asserted"]),
        ("Al-Shabaab fighters attacked a military base in southern Somalia.", ["ALSHABAAB attack SOM asserted"]),
        ("Iranian missiles struck a US air base in Iraq.", ["IRN attack USA asserted"]),
        // soldiers who fight or operate beside a party are troops for it; those serving beside others are where they serve
        ("Some 2,000 Rwandan soldiers are operating in eastern Congo alongside M23 rebels.", ["RWA troops M23 asserted"]),
        ("Dutch soldiers serve alongside German troops in Lithuania.", ["NLD troops LTU asserted"]),
        // whom soldiers fight, hung on whom they fight beside, is fought by both
        ("Chadian soldiers fought alongside the Malian army against Islamic State fighters.",
         ["TCD troops MLI asserted", "TCD attack ISIS asserted", "MLI attack ISIS asserted"]),
        // an aside set off by commas before the verb names the subject (DoubleArgumentRepair)
        ("The United States, Taiwan's biggest arms supplier, urged China to act with caution.", ["USA supply TWN asserted"]),
        // an adjective before a name is no gerund taking it as object
        ("Algeria shipped fuel to neighbouring Niger.", ["DZA supply NER asserted"]),
        // any of the things listed in a "with" phrase; a second verb with its own auxiliary (ConjunctRepair)
        ("Iran has provided the Houthis with training and ballistic missiles.", ["IRN supply HOUTHIS asserted"]),
        ("Investigators found that the UAE had deployed drones to Chad, and had supplied the RSF with weapons.",
         ["ARE supply TCD asserted", "ARE supply RSF asserted"]),
        // a response to the harm done answers whoever last attacked the responder, not the last attack; a past
        // tense read as a noun before its particle (FiniteVerbRepair)
        ("India struck Pakistan.\nPakistan shot down two Indian jets.\nPakistan's prime minister vowed that Pakistan would avenge the deaths.",
         ["IND attack PAK asserted", "PAK attack IND asserted", "PAK threat IND asserted"]),
        // whose the materiel given is received it; the recipient hung under what counts the materiel
        ("Turkey supplies most of Azerbaijan's combat drones.", ["TUR supply AZE asserted"]),
        ("North Korea has shipped millions of artillery shells and dozens of KN-24 ballistic missiles to Moscow, which Russia has fired at Ukrainian cities.",
         ["PRK supply RUS asserted", "RUS attack UKR asserted"]),
        // a state's generals sanctioned are the state sanctioned
        ("Britain imposed sanctions on three Russian generals.", ["GBR sanction RUS asserted"]),
        // a party's war with another is fought by both, as it stands; a war threatened is the threatener's
        ("The army retook the city, the biggest gain in Sudan's war with the RSF.", ["SDN attack RSF asserted", "RSF attack SDN asserted"]),
        ("Hezbollah threatened all-out war with Israel.", ["HEZBOLLAH threat ISR asserted"]),
        // a charge that names whom it was done to is no attack on the accuser
        ("Washington sanctioned the Sudanese army chief, accusing the army of attacking civilians.", ["USA sanction SDN asserted"]),
        // an installation kept is there whatever the clause says; a force or base set up somewhere is there
        ("Russia is negotiating to keep its naval base in Tartus.", ["RUS troops SYR asserted"]),
        ("Germany launched an armoured brigade in Lithuania.", ["DEU troops LTU asserted"]),
        ("China opened a military base in Djibouti.", ["CHN troops DJI asserted"]),
        // an attack prepared is a plan to strike: a threat
        ("Caracas accused the United States of preparing an invasion.", ["USA threat VEN hedged"]),
        // "its" is not a name inside a relative clause closed before it
        ("Russia, which kept Assad in power for years, is seeking to keep its air base in Latakia.", ["RUS troops SYR asserted"]),
        // what a statement's title says it is about does not issue it; an act "continued" goes on (asserted)
        ("# title: G7 Foreign Ministers' Statement on Iran\n\nWe have sent air defence systems to Ukraine.", ["G7 supply UKR asserted"]),
        ("Britain will continue to provide Ukraine with artillery shells.", ["GBR supply UKR asserted"]),
        ("Japan will not continue to supply Ukraine with fuel.", []),
        // a singular demonym is no proper noun (NameTagging); a preposition on the verb before a second subject
        ("Turkmen drones were used by Tajikistan.", ["TKM supply TJK asserted"]),
        ("The UN arms embargo on Libya remains totally ineffective, a panel of experts said.", ["UN sanction LBY asserted"]),
        // a progressive read as a noun before a name (AuxiliaryRepair)
        ("The United States, which has been bombing Houthi targets since March, said it was not involved.", ["USA attack HOUTHIS asserted"]),
        // a relative clause's verb read as a plural noun (FiniteVerbRepair); what it regards is its antecedent,
        // a move set beside a clause's object the clause subject's
        ("Ethiopia seeks access to the sea, a move that Eritrea views as a threat to its sovereignty.", ["ETH threat ERI hedged"]),
        // a force's owner on the first word of its name; soldiers from states that make up a force are where it is
        ("The African Union Transition Mission in Somalia has handed over bases to the army.", ["AU troops SOM asserted"]),
        ("The African Union mission in Somalia has 12,000 troops.\nTroops from Uganda, Burundi and Kenya make up the bulk of the mission.",
         ["AU troops SOM asserted", "UGA troops SOM asserted", "BDI troops SOM asserted", "KEN troops SOM asserted"]),
        // "the group" is the last group named outside a relative aside
        ("Al-Shabaab, which is allied to al-Qaeda, has attacked army bases.\nThe United States has conducted air strikes against the group.",
         ["USA attack ALSHABAAB asserted"]),
        // an act called a warning warns for its doer, or for who says so; a party's own description of its
        // move as a warning is its threat, asserted; materiel deployed to a party is supplied to it
        ("Pyongyang said the launch was a warning to Seoul.", ["PRK threat KOR asserted"]),
        ("Putin said Russia had sent nuclear weapons to Belarus, a move he described as a warning to the West.",
         ["RUS supply BLR asserted", "RUS threat WEST asserted"]),
        ("The US deployed Patriot batteries to Poland.", ["USA supply POL asserted"]),
        // sanctions on those involved in a party's procurement are sanctions on the party; targets belonging to
        // a party are its own; money given to fund a party's deployment is supplied to it
        ("Japan will implement asset freezes against 11 individuals involved in Russia's military procurement.",
         ["JPN sanction RUS hedged"]),
        ("Turkish warplanes struck 20 targets belonging to the PKK in northern Iraq.", ["TUR attack PKK asserted"]),
        ("The European Union has since provided 40 million euros to fund the Rwandan deployment.",
         ["EU supply RWA asserted"]),
        // a clause opened by "when" has its own modality; a state's body with no owner named is the one state
        // named before it, and with two there is none; measures with no owner in a report of one sanctioner's are
        // its; who is responsible for an act did it; "the country" is not the subject of its own clause, nor the
        // sayer of an attribution; "after" before a name and its verb opens a clause (SubordinatorRepair)
        ("When Russia invaded Ukraine in 2022, few analysts expected Iran to help.", ["RUS attack UKR asserted"]),
        ("Drones struck the airport in Port Sudan.\nThe RSF has been fighting the army since April 2023.", ["RSF attack SDN asserted"]),
        ("Russia struck Kyiv.\nThe RSF has been fighting the army since April.", ["RUS attack UKR asserted"]),
        ("The United States imposed sanctions on 20 entities today.\nThe measures target Russia's defence industry.",
         ["USA sanction RUS asserted"]),
        ("Two North Korean officials were responsible for the transfer of ballistic missiles to Russia.", ["PRK supply RUS asserted"]),
        ("A missile defence battery has arrived in Israel, two weeks after Iran fired 180 missiles at the country.",
         ["IRN attack ISR asserted"]),
        ("Soldiers have arrived in Israel, the Pentagon said, after Iran fired missiles at the country.", ["IRN attack ISR asserted"]),
        ("The incident came days after Japan agreed to provide the Philippine coast guard with patrol vessels.",
         ["JPN supply PHL hedged"]),
        // a relative aside after the subject is parsed apart (RelativeAside), and one the parser hung on a verb
        // is about the noun before its comma; a name after "and" is coordinated with the name before it
        // (ConjunctRepair)
        ("Turkey, which is a NATO member, sold drones to Ukraine.", ["TUR supply UKR asserted"]),
        ("The UAE, which denies the charge, has supplied weapons to the RSF.", ["ARE supply RSF asserted"]),
        ("These attacks are enabled by Iran, which has supplied the Houthis with missiles.", ["IRN supply HOUTHIS asserted"]),
        ("We support the strikes conducted by the United States and the United Kingdom against Houthi targets in Yemen.",
         ["USA attack HOUTHIS asserted", "GBR attack HOUTHIS asserted"]),
        // a measure that prohibits imports from a party is its owner's sanction, or its adopter's; a ban that keeps
        // a party's vehicles out sanctions the party, but a party barred from an act is no embargo (the corpus's
        // reading); a response warned of, naming no one, answers whoever last attacked or sanctioned the warner,
        // and nobody when no one did
        ("The EU adopted sanctions that prohibit the import of a wide range of goods from Russia.", ["EU sanction RUS asserted"]),
        ("Canada has banned Russian ships from its ports.", ["CAN sanction RUS asserted"]),
        ("The UN Security Council has banned North Korea from ballistic missile tests.", []),
        ("Finland banned Russian cars from entering its territory.\nThe Kremlin warned of a response.",
         ["FIN sanction RUS asserted", "RUS threat FIN asserted"]),
        ("Israel struck Iran.\nTehran warned of a response.", ["ISR attack IRN asserted", "IRN threat ISR asserted"]),
        ("Israel struck Hamas.\nThe UN warned of consequences.", ["ISR attack HAMAS asserted"]),
        // people involved in an act did it for their party, and a phrase after the second of two coordinated acts
        // is both's; a party's centre two compounds deep is the party's; "whose" soldiers are the name's before
        // its comma; materiel deployed is supplied, by whose name is on it, and who regards the deployment as a
        // threat does not deploy anything
        ("Britain sanctioned five Iranian individuals involved in the production and transfer of drones to Russia.",
         ["GBR sanction IRN asserted", "IRN supply RUS asserted"]),
        ("Hezbollah fired rockets at an Israeli army command centre in Safed.", ["HEZBOLLAH attack ISR asserted"]),
        ("The move angered Ethiopia, whose own troops have been in Somalia since 2007.", ["ETH troops SOM asserted"]),
        ("Russia regards the deployment of US missiles in Germany as a threat.", ["USA supply DEU asserted", "USA threat RUS hedged"]),
        ("We regard the deployment of American missiles in Germany as a serious threat to Russia's national security.",
         ["USA supply DEU asserted", "USA threat RUS asserted"]),
        // a supplier noun predicated in a relative clause, or in a second predicate coordinated with it, is its
        // antecedent's
        ("Russia, which has long been Armenia's main arms supplier, urged restraint.", ["RUS supply ARM asserted"]),
        ("Russia, which keeps a base in Armenia and has long been Armenia's main arms supplier, urged restraint.",
         ["RUS troops ARM asserted", "RUS supply ARM asserted"]),
        // what a phrase of reason names is there whatever the clause agrees; places controlled by a party, in a
        // participle's "by" phrase, are its
        ("EU ambassadors agreed a package of sanctions against Russia over its war in Ukraine.",
         ["EU sanction RUS asserted", "RUS attack UKR asserted"]),
        ("Israeli jets struck ports controlled by the Houthis in western Yemen.", ["ISR attack HOUTHIS asserted"]),
        // a counted plural ("all three countries", "both countries") is the last list of exactly that many states,
        // and nothing when no list has that many
        ("Niger, Mali and Burkina Faso left ECOWAS.\nRussia has sent military instructors to all three countries.",
         ["RUS troops NER asserted", "RUS troops MLI asserted", "RUS troops BFA asserted"]),
        ("India and Pakistan exchanged fire.\nChina sent drones to both countries.",
         ["IND attack PAK asserted", "PAK attack IND asserted", "CHN supply IND asserted", "CHN supply PAK asserted"]),
        ("Russia, Belarus, Iran and Syria met in Tehran.\nThe US sanctioned all three countries.", []),
        // a pronoun subject of a complement clause is the subject of the verb that governs it
        ("Spain said it would send howitzers to Kyiv, while Portugal confirmed it had delivered drones to Ukraine.",
         ["ESP supply UKR hedged", "PRT supply UKR asserted"]),
        // a party's own "would" told in the past is its stated plan (a threat asserted); another's report of it stays
        // a possibility
        ("Hezbollah said it would target Israeli warships.", ["HEZBOLLAH threat ISR asserted"]),
        ("Officials said Iran would attack Israel.", ["IRN threat ISR hedged"]),
        // a relative clause with no relative word and a subject of its own lacks its object: the noun it describes
        ("Denmark has replaced the artillery it gave to Ukraine.", ["DNK supply UKR asserted"]),
        ("The sanctions the UK imposed on Iran in 2023 remain in force.", ["GBR sanction IRN asserted"]),
        // a word of time the parser took for a coordinated verb's subject leaves it the first conjunct's
        ("Canada will keep working with its allies, and today decided to impose sanctions on Belarus.",
         ["CAN sanction BLR hedged"]),
        // whose assets are frozen, hung on the verb
        ("New Zealand froze the assets of 11 North Korean entities.", ["NZL sanction PRK asserted"]),
        // what a report or a possibility holds in its "that" clause is hedged
        ("Officials are alarmed by reports that Iran has shipped missiles to Russia.", ["IRN supply RUS hedged"]),
        // what is given to a party's war is given to the party
        ("The report documents North Korea's military support to Russia's war of aggression.",
         ["PRK supply RUS asserted"]),
        // definite strikes with no owner are the last strikes the document gave one
        ("Israeli and American airstrikes killed dozens overnight.\nOfficials said the strikes hit several Houthi bases.",
         ["ISR attack HOUTHIS asserted", "USA attack HOUTHIS asserted"]),
        // a relative pronoun stands for its antecedent wherever it is an argument
        ("M23 fighters, who are armed by Rwanda, seized the town.", ["RWA supply M23 asserted"]),
        // a measure of time before "after" measures the clause (SubordinatorRepair); a group's name on its things is
        // what "the group" stands for
        ("Israel struck Hamas positions, hours after the group fired rockets at southern Israel.",
         ["ISR attack HAMAS asserted", "HAMAS attack ISR asserted"]),
        // soldiers beside a force placed somewhere are where it is
        ("Dutch soldiers, who have served alongside the German battlegroup in Lithuania since 2017, will stay.",
         ["NLD troops LTU asserted", "DEU troops LTU asserted"]),
        // who uses weapons in attacks makes them
        ("Russia used North Korean missiles in strikes on Ukrainian cities.",
         ["PRK supply RUS asserted", "RUS attack UKR asserted"]),
        // what a state owns acts for it; a private firm does not
        ("Three Chinese state-owned firms supply Iran with drone parts.", ["CHN supply IRN asserted"]),
        ("Three Chinese firms supply Iran with drone parts.", []),
        // makers of things sanctioned stand for their state like other firms
        ("Japan imposed sanctions on two Russian drone manufacturers.", ["JPN sanction RUS asserted"]),
        // who relies on a party's materiel is supplied by it; a verb coordinated right before another shares its
        // object; who pays for materiel receives it
        ("Armenia relies on Russian weapons.", ["RUS supply ARM asserted"]),
        ("China's coast guard rammed and boarded Vietnamese navy boats.", ["CHN attack VNM asserted"]),
        ("Russia paid North Korea for artillery shells.", ["PRK supply RUS asserted"]),
        ("Ukraine paid for the repairs.", []),
        // munitions heading for a party attacked it, not who shot them down; a retaliation answers an attack on the
        // retaliator earlier in its sentence; only strikes named as a noun are "the strikes" of a later sentence
        ("Jordanian jets shot down Iranian drones flying toward Israel.", ["IRN attack ISR asserted"]),
        ("Hezbollah fired rockets at Israel, and Israel retaliated.", ["HEZBOLLAH attack ISR asserted", "ISR attack HEZBOLLAH asserted"]),
        ("The U.S. Navy seized weapons from a dhow.\nIsrael vowed to retaliate.", []),
        // what a party is "subject to", it undergoes; an approximation the parser read as a preposition
        ("The Houthis fired missiles at ships.\nTehran denies arming the group, which has been subject to UN sanctions since 2015.",
         ["UN sanction HOUTHIS asserted"]),
        ("France still keeps around 1,500 soldiers in Djibouti.", ["FRA troops DJI asserted"]),
        // keeping verbs include "run" (a base); a relative clause hung on an unnamed noun whose phrase ends in a
        // party's name is about the party; "the Zionist regime" is Israel's state
        ("Turkey runs a military base in Somalia.", ["TUR troops SOM asserted"]),
        ("Ankara regards the militia as an extension of the PKK, which has waged an insurgency against the Turkish state.",
         ["PKK attack TUR asserted"]),
        ("Iran vowed to punish the Zionist regime.", ["IRN threat ISR asserted"]),
        // a plural possessive after coordinated names stands for them all, each sending to itself: nothing
        ("Poland and Lithuania moved troops to their borders.", []),
        // a statement's "the Council" is its issuer
        ("# title: Iran: Council adopts new listings\n# source: https://www.consilium.europa.eu/en/press/press-releases/2024/01/example/\n\nThe Council today imposed sanctions on Iran.",
         ["EU sanction IRN asserted"]),
        // an act's "of" phrase is its doer when "against" names its target; sites nobody owns are where the act's "in"
        // phrase puts them; people and firms sanctioned are a state's by where they are; a phrase of reference names whom
        ("The statement condemned the aggression of the Zionist regime against military sites in Iran.",
         ["ISR attack IRN asserted"]),
        ("Israeli strikes against military centres in the provinces of Tehran continued.", ["ISR attack IRN asserted"]),
        ("The EU imposed sanctions on 12 individuals and entities in Belarus.", ["EU sanction BLR asserted"]),
        ("EU restrictive measures in respect of Belarus now apply to 261 individuals.", ["EU sanction BLR asserted"]),
        // a first-person subject set off by commas names a statement's issuers, who warn in its main clauses of the
        // consequences a party will bear; an indefinite act under a modal governor is only supposed; "the country"
        // is no name of its own clause's subject; an attack answered was on who answers it
        ("We, the governments of Canada, Norway and Sweden, condemn the attacks.\nThe Houthis will bear the consequences should they continue.",
         ["CAN threat HOUTHIS asserted", "NOR threat HOUTHIS asserted", "SWE threat HOUTHIS asserted"]),
        ("Biden said he would not support an Israeli attack on Iran.", ["ISR threat IRN hedged"]),
        ("Niger ended its military agreement with the United States.\nWashington has about 1,000 troops in the country.",
         ["USA troops NER asserted"]),
        ("Israel is weighing a response to the missile attack by Iran.", ["IRN attack ISR asserted"]),
        // soldiers given to a force spoken of before, with no party named on it, are where the document placed it; an
        // attack said not to go unanswered was on the warner; what is done in drills is no attack
        ("Peacekeepers of UNIFIL patrol the border.\nItaly contributes 1,000 soldiers to the mission.", ["ITA troops LBN asserted"]),
        ("India struck sites in Pakistan.\nPakistan vowed that the attack would not go unanswered.",
         ["IND attack PAK asserted", "PAK threat IND asserted"]),
        ("Chinese warships encircled Taiwan in drills.", []),
        // a party fighting alongside another's army has troops with it; "ally" is a noun, never the adverb its "-ly"
        // suggests; soldiers sent through bases are where the bases are
        ("Wagner has fought alongside Mali's army since 2021.", ["WAGNER troops MLI asserted"]),
        ("Turkey, Azerbaijan's closest ally, has supplied Baku with drones.", ["TUR supply AZE asserted"]),
        ("The United States has rotated troops through nine Philippine bases.", ["USA troops PHL asserted"]),
        // a verb joined to a denial is no denial of its own; a plural noun before a gerund is a verb (FiniteVerbRepair);
        // money named by its sign or a currency is given; private business is not a state by where it is; a price
        // a party "would pay" is a warning to it; civilian sites stand for where they are; missiles "slam into"
        ("Iran denied any role and threatened the United States.", ["IRN threat USA asserted"]),
        ("Tehran rejected the report and warned Washington that it would respond to any attack.", ["IRN threat USA asserted"]),
        ("Rwanda denies arming M23.", []),
        ("The United States has provided $500 million in military financing to the Philippines.", ["USA supply PHL asserted"]),
        ("Britain has given 3 billion pounds to Ukraine.", ["GBR supply UKR asserted"]),
        ("Japan froze the assets of 20 companies in China.", []),
        ("North Korea warned that Seoul would pay a heavy price.", ["PRK threat KOR asserted"]),
        ("Iran said Israel would pay a heavy price for the strike.", ["IRN threat ISR asserted"]),
        ("Ukraine has paid a heavy price for the war.", []),
        ("Russian missiles slammed into Kharkiv on Friday.", ["RUS attack UKR asserted"]),
        ("Russian drones struck a school in Odesa.", ["RUS attack UKR asserted"]),
        // a plural noun after a relative pronoun, before a name that closes the clause, is its verb (FiniteVerbRepair);
        // "in order to" is a purpose "to"; a threat announced is made; "the threat from" a party is to who speaks of
        // it (not "warnings from" one); money committed is given
        ("Iran, which arms Hezbollah, warned Israel.", ["IRN supply HEZBOLLAH asserted", "IRN threat ISR asserted"]),
        ("Russia will deploy new missiles in order to deter the United States.", ["RUS threat USA asserted"]),
        ("Germany will station a brigade in Lithuania to deter Russia.", ["DEU troops LTU hedged", "DEU threat RUS asserted"]),
        ("Poland will spend more on defence, citing the threat from Russia and Belarus.", ["RUS threat POL asserted", "BLR threat POL asserted"]),
        ("Finland joined NATO because of the threat from Russia.", ["RUS threat FIN asserted"]),
        ("Seoul and Washington held drills, prompting warnings from Pyongyang.", []),
        ("The UK has committed £12.5 billion in military support to Ukraine.", ["GBR supply UKR hedged"]),
        // a harm told in the passive with no agent was done by the attackers of its clause of time; a number counts
        // what its "of" phrase names
        ("Four Armenian soldiers were killed when Azerbaijani forces opened fire on positions near the border.", ["AZE attack ARM asserted"]),
        ("Two Ukrainian soldiers were killed when Russian drones struck their trench.", ["RUS attack UKR asserted"]),
        ("Four of Armenia's soldiers were killed when Azerbaijani forces opened fire.", ["AZE attack ARM asserted"]),
        ("Three Russian soldiers were killed when their truck hit a mine.", []),
        // two clauses joined by ", and", the first verb read inside the second subject (RootVerbRepair); soldiers who
        // arrive with materiel bring their party's (a state's own force, the state's); members of a force serve where
        // the document's named force is; "in coordination with" names who acts too
        ("Dozens of Russian instructors arrived in Niamey in April, and Russian troops are now stationed at the air base.", ["RUS troops NER asserted"]),
        ("About 100 Russian instructors arrived in Niamey with an air defence system.", ["RUS troops NER asserted", "RUS supply NER asserted"]),
        ("About 100 instructors from Russia's Africa Corps arrived in Niamey with an air defence system.", ["RUS supply NER asserted", "WAGNER troops NER asserted"]),
        ("Russian instructors arrived in Mali with their families.", ["RUS troops MLI asserted"]),
        ("UNIFIL positions came under fire, injuring peacekeepers from Indonesia and Sri Lanka.", ["IDN troops LBN asserted", "LKA troops LBN asserted"]),
        ("Japan will implement additional sanctions against Russia in coordination with the G7.", ["JPN sanction RUS hedged", "G7 sanction RUS hedged"]),
        ("Canada imposed sanctions on Iran in close coordination with the United States.", ["CAN sanction IRN asserted", "USA sanction IRN asserted"]),
        // the clause before an attribution tail has its own verb to the tag repairs; an auxiliary on a noun with no
        // copula is the verb itself (RootVerbRepair); own forces moving through a state's bases are with it; a
        // destination hung on the purpose clause; soldiers as a later conjunct of what is sent; what a fired
        // quantity counts goes where it is fired
        ("The Sudanese Armed Forces responded with air strikes on RSF positions east of the city, killing at least 30 fighters, a military spokesman said.",
         ["SDN attack RSF asserted"]),
        ("Russia's Africa Corps, the successor to the Wagner Group, now has an estimated 2,000 personnel in Mali.", ["WAGNER troops MLI asserted"]),
        ("U.S. forces rotate through nine Philippine military bases.", ["USA troops PHL asserted"]),
        ("Israeli troops moved through a UN base in Lebanon.", []),
        ("Washington has sent a THAAD battery and about 100 US troops to operate it to Israel.", ["USA supply ISR asserted", "USA troops ISR asserted"]),
        ("Russia sent tanks and soldiers to Belarus.", ["RUS supply BLR asserted", "RUS troops BLR asserted"]),
        ("Hezbollah, Iran's main ally in the region, fired dozens of rockets into northern Israel on Saturday, and Israeli forces continued their offensive.",
         ["HEZBOLLAH attack ISR asserted"]),
        // an object pronoun is not a name inside a relative clause closed before it; a number coordinated after
        // soldiers kept somewhere stands for more of them; soldiers sent to a border in a build-up threaten the
        // other side (not a deployment that says no build-up)
        ("Serbia, which does not recognise Kosovo's independence, is supported by Russia, which has supplied it with fighter jets.",
         ["RUS supply SRB asserted"]),
        ("The coalition, which has about 2,500 US troops in Iraq and 900 in Syria to fight Islamic State, will stay.",
         ["USA troops IRQ asserted", "USA troops SYR asserted"]),
        ("India has deployed additional troops along its border with China.", ["IND threat CHN asserted"]),
        ("Eritrea has deployed troops and heavy weapons near its border with Ethiopia.", ["ERI threat ETH asserted"]),
        ("Lebanon's army deployed troops along the border with Israel after the ceasefire took effect.", []),
        // a supplier named in a second apposition, whose goods are the recipient's; a relative aside before an
        // adverb and the main verb (RelativeAside)
        ("China, Cambodia's largest investor and a major supplier of its weapons, called for calm.", ["CHN supply KHM asserted"]),
        ("China, a major supplier of Cambodia's weapons, called for calm.", ["CHN supply KHM asserted"]),
        ("The Africa Corps, which took over Wagner's operations after the death of its founder, now has about 1,800 personnel in Libya, the officials said.",
         ["WAGNER troops LBY asserted"]),
        // soldiers sent to fight "for" a party, and fighting for it under a quantity (DoubleArgumentRepair); a
        // conjunct in the tense of the verb above an infinitive (ConjunctRepair)
        ("North Korea has sent troops to fight for Russia.", ["PRK troops RUS asserted"]),
        ("Hundreds of North Korean troops fought for Russia.", ["PRK troops RUS asserted"]),
        ("Russia sent troops to fight for control of the town.", []),
        ("Pyongyang has sent soldiers to fight for Russia in the Kursk region and supplied Moscow with millions of artillery shells.",
         ["PRK troops RUS asserted", "PRK supply RUS asserted"]),
        // an invasion fought is undergone by the one fighting it, who attacks no one by fighting it
        ("Ukraine, which has been fighting Russia's invasion since 2022, asked for more air defence.", ["RUS attack UKR asserted"]),
        ("Georgia resisted the Russian invasion in 2008.", ["RUS attack GEO asserted"]),
        // a pronoun in a phrase of its own verb is not that verb's subject
        ("Ukraine needs air defence. Germany has sent Patriot systems to it.", ["DEU supply UKR asserted"]),
        // "the North" for the one party named with "North" (parsed as its name's last word)
        ("North Korea fired a missile on Friday. Russia has supplied the North with satellite technology.", ["RUS supply PRK asserted"]),
        ("North Korea fired a missile on Friday. Seoul and the North traded fire.", ["KOR attack PRK asserted", "PRK attack KOR asserted"]),
        ("North Korea and South Korea met. The North Atlantic alliance sent jets to Poland.", []),
        // a measure of time before "after" with a participle read as the clause's verb (SubordinatorRepair); a
        // second complement opened by "that" (ConjunctRepair) with a price to pay said in it
        ("Israeli jets struck Houthi ports on Monday, hours after the Iran-aligned group fired missiles at Israel.",
         ["ISR attack HOUTHIS asserted", "HOUTHIS attack ISR asserted"]),
        ("The Israeli army said the ports were used by the Houthis to receive weapons from Iran and that the group would continue to pay a heavy price.",
         ["IRN supply HOUTHIS asserted", "ISR threat HOUTHIS asserted"]),
        // a number given an object counts it (NumberRepair); a percentage or share counts what it is "of"; a
        // relative clause's verb read as a plural noun with no finite verb after it (FiniteVerbRepair)
        ("North Korea has shipped more than 12 million artillery shells to Russia.", ["PRK supply RUS asserted"]),
        ("China supplies about 80 per cent of Pakistan's imported weapons.", ["CHN supply PAK asserted"]),
        ("Qatar, which hosts the largest U.S. military base in the region, closed its airspace.", ["USA troops QAT asserted"]),
        // a force placed somewhere has its states' soldiers there; soldiers kept until a past time are there no more;
        // a name ending a phrase before a noun is that noun's compound (NameCompoundRepair); a "to" phrase on a
        // second thing sold that the parser made the sale's conjunct
        ("The African Union mission in Somalia has about 11,000 troops from Uganda, Ethiopia and Kenya.",
         ["UGA troops SOM asserted", "ETH troops SOM asserted", "KEN troops SOM asserted", "AU troops SOM asserted"]),
        ("The UN force in Lebanon has 10,000 troops from 50 countries, including Italy and France.",
         ["ITA troops LBN asserted", "FRA troops LBN asserted", "UN troops LBN asserted"]),
        ("Russia, which had about 2,000 peacekeepers in Azerbaijan until last year, was not involved.", []),
        ("France will keep 1,000 troops in Chad until 2030.", ["FRA troops TCD hedged"]),
        ("The UK acted after the reimposition of United Nations sanctions on Iran.", ["UN sanction IRN asserted"]),
        ("The State Department approved the possible sale of Stinger missiles and related equipment to Taiwan.", ["USA supply TWN hedged"]),
        // a currency sign is money, and still paid in what follows it; weapons flown to a party; materiel paid for
        // by a party for another
        ("Qatar sent $30 million to Hamas.", ["QAT supply HAMAS asserted"]),
        ("The US has provided $3.8 billion a year in military aid to Israel.", ["USA supply ISR asserted"]),
        ("Experts reported that the UAE flew weapons to the RSF through Chad.", ["ARE supply RSF asserted"]),
        ("Russia flew bombers over the Baltic Sea.", []),
        ("Germany said it would pay for two more Patriot air defence systems for Ukraine.", ["DEU supply UKR hedged"]),
        ("The Netherlands will pay 500 million euros for American air defence systems and ammunition for Ukraine.", ["NLD supply UKR hedged"]),
        ("Poland will pay for its own tanks.", []),
        // a name the parser made the compound of "last year" is the subject; materiel relied on names who supplied it
        // by a participle; soldiers and armour moved towards a border (ConjunctRepair: a noun is no conjunct of a
        // verb, nor a verb of a noun)
        ("Serbia last year agreed to buy 12 Rafale fighter jets from France.", ["FRA supply SRB hedged"]),
        ("Myanmar relies heavily on jets and helicopters supplied by Russia and China.", ["RUS supply MMR asserted", "CHN supply MMR asserted"]),
        ("Eritrea has moved troops and armour towards its border with Ethiopia.", ["ERI threat ETH asserted"]),
        ("Eritrea has ordered a nationwide mobilisation of reservists and moved troops and armour towards its border with Ethiopia.",
         ["ERI threat ETH asserted"]),
        // a force to lead is where a participle on it sends it; a warning "about" anything but a response informs
        ("The United Kingdom and France are ready to lead a multinational force to be deployed in Ukraine once a ceasefire is agreed.",
         ["GBR troops UKR hedged", "FRA troops UKR hedged"]),
        ("Belarus said it had warned Poland about drones that strayed off course.", []),
        ("Iran warned Israel about the consequences of an attack.", ["IRN threat ISR asserted"]),
        ("The US warned Israel about an imminent Iranian attack.", []),
        // an act fought against is undergone by who fights it, also when the phrase hangs on the verb above the fight
        ("Ukraine is fighting against Russia's invasion.", ["RUS attack UKR asserted"]),
        ("Australia continues to support Ukraine in its fight against Russia's illegal and immoral invasion.", ["RUS attack UKR asserted"]),
        ("Ukraine fought against Russian forces near Kharkiv.", ["UKR attack RUS asserted"]),
        // a relative clause's subject before its verb read as a participle (FiniteVerbRepair)
        ("Chad ended a deployment in which Wagner fighters fought alongside Sudanese troops in the east.", ["WAGNER troops SDN asserted"]),
        // a capitalised "-ed" name before a noun, and the demonym before it on the noun (CapitalisedModifierRepair,
        // CompoundModifierRepair)
        ("Officials condemned the transfer of Iranian Shahed drones to Russia.", ["IRN supply RUS asserted"]),
        // a list of adjectives before the noun after a preposition (AdjectiveListRepair)
        ("Canada will continue to provide Ukraine with military, financial, and humanitarian assistance.", ["CAN supply UKR asserted"]),
        // an air or bombing campaign against a party attacks it; other campaigns do not
        ("Saudi Arabia waged an air campaign against the Houthis for years.", ["SAU attack HOUTHIS asserted"]),
        ("Russia ran a disinformation campaign against Moldova.", []),
        // a possessive on the subject of a second clause is the first clause's subject, not a party named between
        ("Russia is testing NATO's defences, and its provocations pose a threat to NATO.", ["RUS threat NATO asserted"]),
        // an auxiliary given a subject and a word of time before its verb (PerfectRepair)
        ("Germany has today announced the delivery of 40 tanks to Ukraine.", ["DEU supply UKR asserted"]),
        // a supply chain is the state's, like its sectors and revenues
        ("Japan imposed sanctions on Russia's military supply chains.", ["JPN sanction RUS asserted"]),
        // a gerund after a name that closes a phrase (GerundRepair); "have" before a number is possession (AuxiliaryRepair)
        ("Kenya, which has 3,000 troops in Somalia fighting al-Shabaab, sent more police.", ["KEN troops SOM asserted"]),
        ("Turkey, which has 3,000 troops in Qatar, sent more jets.", ["TUR troops QAT asserted"]),
        // an armed group outside the list is no listed party named inside its name, and "the group" after it is not
        // one named before it (Unlisted.json)
        ("Kataib Hezbollah fired rockets at U.S. troops in Iraq.", []),
        ("Turkish drones struck the PKK in Iraq. Turkey then clashed with the Syrian Democratic Forces and threatened the group with a new offensive.",
         ["TUR attack PKK asserted"]),
        // a possessive after people or bodies that are no party is theirs; with no giver named, the demonym on
        // weapons names the supplier, not on goods traded by firms
        ("Japan sanctioned 12 entities for their role in supplying Iranian drones to Russia.", ["IRN supply RUS asserted"]),
        ("Canada sanctioned four firms for shipping North Korean shells to Russia.", ["PRK supply RUS asserted"]),
        ("The US sanctioned a network of firms for shipping Iranian oil to China.", []),
        // a verb of discussing takes an act with its doer named as there, a plan without one (topicVerbs)
        ("The leaders discussed Russia's attacks on Ukraine.", ["RUS attack UKR asserted"]),
        ("The EU discussed new sanctions on Iran.", ["EU sanction IRN hedged"]),
        // a sentential relative's label on a noun with no copula is a relative clause's (RelativeLabelRepair)
        ("Saudi Arabia, which fought the Houthis for seven years at the head of a coalition that included the United Arab Emirates, has kept out of the conflict.",
         ["SAU attack HOUTHIS asserted"]),
        // the demonym of an armed group's home state only says where it is from (Places.json groupHomes); a state's
        // own force abroad stays the state's
        ("Pakistani and Afghan Taliban forces exchanged fire along the border.", ["PAK attack TALIBAN asserted", "TALIBAN attack PAK asserted"]),
        ("Lebanese Hezbollah fighters fired rockets at Israel.", ["HEZBOLLAH attack ISR asserted"]),
        ("Russian Wagner fighters were deployed to Libya.", ["RUS troops LBY asserted", "WAGNER troops LBY asserted"]),
        // a plural noun after a hyphenated modifier read as a verb (HyphenRepair); a subject's adjective after a
        // possessive read as the noun it is (FiniteVerbRepair)
        ("China staged large-scale exercises around Taiwan on Wednesday.", ["CHN threat TWN asserted"]),
        ("China's military staged a second day of large-scale exercises around Taiwan.", ["CHN threat TWN asserted"]),
        // a verb after a plural subject read as a preposition, in a sentence with no finite verb (FiniteVerbRepair)
        ("Iran's missiles threaten Israel.", ["IRN threat ISR asserted"]),
        ("North Korea's launches threaten the security of Japan.", ["PRK threat JPN asserted"]),
        // two nouns coordinated before a plural noun modify it together (CoordinatedModifierRepair)
        ("Ukraine is defending itself every day against Russian missile and drone attacks on its cities.", ["RUS attack UKR asserted"]),
        // who condemns or welcomes attacks or sanctions does not make them
        ("France condemned the attacks on Israel.", []),
        ("Japan welcomed the new sanctions on Russia.", []),
        ("China opposes the arms sales to Taiwan.", []),
        // a name in a list after a preposition is no subject nearby
        ("The EU listed entities in India and Thailand that supply Russia with machine tools.", []),
        // a purpose clause after soldiers deployed, hung on the verb above; a two-word demonym before a noun
        ("He oversaw the deployment of thousands of North Korean soldiers to fight alongside Russian forces.", ["PRK troops RUS asserted"]),
        // what a party is unable to do, it does not do
        ("Iran, Hezbollah's main backer, has been unable to resupply Hezbollah since the fall of Assad.", []),
        // "that" before a plural noun opens a clause (DemonstrativeRepair)
        ("Officials said Kabarebe was central to Rwanda's backing of M23 and that Rwandan troops were fighting alongside the rebels.",
         ["RWA troops M23 asserted"]),
        // munitions listed after soldiers sent are supplied; vehicles the soldiers take stay theirs
        ("North Korea has sent troops and millions of shells to Russia.", ["PRK troops RUS asserted", "PRK supply RUS asserted"]),
        // munitions destroyed in flight attacked whose defences destroyed them
        ("Russia's air defences destroyed 40 Ukrainian drones overnight.", ["UKR attack RUS asserted"]),
        // a partner in whose coordination a strike is made does not strike (guideline 11)
        ("The US said it struck al-Shabaab militants near Jilib, in coordination with the Federal Government of Somalia.",
         ["USA attack ALSHABAAB asserted"]),
        // another verb's object is no subject nearby
        ("The government will allow hostile forces to enter Syria and threaten Israel.", []),
        // a plural pronoun in what a list of parties says stands for all of them
        ("Britain, France and Germany said that they would impose sanctions on Iran.",
         ["GBR sanction IRN hedged", "FRA sanction IRN hedged", "DEU sanction IRN hedged"]),
        // a participle with an agent describes the object; the purpose clause is the user's (ObjectParticipleRepair)
        ("Ukraine has used missiles supplied by the United States to strike targets inside Russia.",
         ["USA supply UKR asserted", "UKR attack RUS asserted"]),
        // assets of people and firms listed, any of them a state's
        ("Japan will freeze the assets of 11 individuals and 29 entities, including Russian defence companies and banks in third countries.",
         ["JPN sanction RUS hedged"]),
        // "including" before a preposition leaves the phrase its preposition
        ("Canada will continue to support Ukraine, including with military aid.", ["CAN supply UKR asserted"]),
        // a base form after a relative aside is the main verb (RelativeAside); soldiers "of" a party are its
        ("Russian mercenaries of the Africa Corps, which replaced the Wagner group last year, fight alongside Malian troops.",
         ["RUS troops MLI asserted", "WAGNER troops MLI asserted"]),
        // people moved are no supply
        ("Russia organised the transfer of Ukrainian children to Belarus.", []),
        // where soldiers present are, hung on the soldiers
        ("The presence of North Korean soldiers in the Kursk region has angered Seoul.", ["PRK troops RUS asserted"]),
        // munitions fired at a party, named by no one, are fired by whose act uses them
        ("Iran responded with hundreds of missiles fired at Israeli cities.", ["IRN attack ISR asserted"]),
        // a participle's aside with an agent between the subject and its verb (RelativeAside)
        ("The PKK, designated a terrorist organisation by Turkey, the United States and the European Union, has waged an insurgency against the Turkish state since 1984.",
         ["PKK attack TUR asserted"]),
        // where materiel is for use is whom its recipient attacks
        ("North Korea continues to supply Russia with ballistic missiles and artillery shells for use in Ukraine.",
         ["PRK supply RUS asserted", "RUS attack UKR asserted"]),
        // an apposition has no preposition of its own
        ("Turkish warplanes struck PKK targets in the Gara and Hakurk regions of northern Iraq on Tuesday, destroying caves and depots.",
         ["TUR attack PKK asserted"]),
        // fire exchanged as the last of a list; a donor of military aid; jets sent to no one strike for the sender
        ("Thai and Cambodian troops exchanged artillery and rocket fire along their disputed border.", ["THA attack KHM asserted", "KHM attack THA asserted"]),
        ("Germany is Ukraine's second-largest military donor after the United States.", ["DEU supply UKR asserted"]),
        ("Thailand sent F-16 fighter jets to bomb Cambodian military targets on Thursday.", ["THA attack KHM asserted"]),
        // a verb after an aside on the subject, hung on it as parataxis (RootVerbRepair)
        ("The raids, carried out by Turkish jets, hit PKK hideouts.", ["TUR attack PKK asserted"]),
        ("Japan is imposing targeted financial sanctions on Russian officials.", ["JPN sanction RUS asserted"]),
        // a response threatened to an act names whose act it was; a punishment vowed in the passive
        ("Beijing threatened a firm response to the exercises by Japan.", ["CHN threat JPN asserted"]),
        ("Tehran vowed that Israel would be punished.", ["IRN threat ISR asserted"]),
        // a warning by someone other than the doer reports the act: a possibility stays hedged, no threat by the warner
        ("Turkey could strike Syria within days, officials warned.", ["TUR threat SYR hedged"]),
        ("Britain warned that Russia would attack Moldova.", ["RUS threat MDA hedged"]),
        ("Serbia warned that Kosovo police would be legitimate targets.", ["SRB threat XKX asserted"]),
        // killed or hurt "in" a party's strike: the strike's target is who was killed (guideline 9)
        ("A senior Hezbollah official was killed in an Israeli air strike.", ["ISR attack HEZBOLLAH asserted"]),
        ("Three Iraqi soldiers were killed during Turkish drone strikes.", ["TUR attack IRQ asserted"]),
        ("India's air force downed two Pakistani jets.", ["IND attack PAK asserted"]),
        // people and firms sanctioned for their ties to a state's body are a sanction on the state (guideline 15)
        ("Canada sanctioned four companies linked to the Iranian military.", ["CAN sanction IRN asserted"]),
        ("The UK is designating individuals and entities involved in Russia's drone program.", ["GBR sanction RUS asserted"]),
        // soldiers armed are whom they belong to; a "to" phrase on the last of what is sent
        ("Iran arms Houthi fighters.", ["IRN supply HOUTHIS asserted"]),
        ("Chad accused Sudan of arming the Rapid Support Forces.", ["SDN supply RSF hedged"]),
        ("Egypt has sent troops and armoured vehicles to southern Libya.", ["EGY troops LBY asserted"]),
        // a ban on buying from a party is a sanction on it
        ("Canada has banned imports of Russian aluminium.", ["CAN sanction RUS asserted"]),
        ("The EU banned imports from Belarus.", ["EU sanction BLR asserted"]),
        // a party's name that opens a firm's name is the firm's (guideline 10)
        ("Belarus shipped drones to the Iran Aircraft Industries Company (IAIC).", []),
        // preparing for war threatens whom it would be waged on; charged by an accuser, the accuser (hedged)
        ("Russia is preparing for war with NATO.", ["RUS threat NATO asserted"]),
        ("Armenia accused Azerbaijan of preparing for war.", ["AZE threat ARM hedged"]),
        ("Poland is preparing for the summit.", []),
        // heads of state and government stand for their state
        ("Aliyev warned Armenia of serious consequences.", ["AZE threat ARM asserted"]),
        // a state's forces are troops where a participle says they are stationed, not merely "in" a place
        ("British forces stationed in Cyprus held a drill.", ["GBR troops CYP asserted"]),
        ("Russian forces in Georgia shelled a village.", []),
        // regions and cities stand for the state they lie in as places, never as actors (Places.json)
        ("Russian missiles hit Kharkiv on Monday.", ["RUS attack UKR asserted"]),
        ("Ukrainian drones struck a refinery in Krasnodar.", ["UKR attack RUS asserted"]),
        ("Turkey keeps troops in Idlib.", ["TUR troops SYR asserted"]),
        ("Kharkiv attacked Russia.", []),
        // soldiers sent for an exercise are not troops (guideline 13); fighters acquired are jets
        ("Germany is sending 3,000 soldiers to Norway for NATO exercises.", []),
        ("Russia sent troops to Belarus for joint drills.", []),
        ("Egypt has acquired French Rafale fighters.", ["FRA supply EGY asserted"]),
        // warships stand for their state
        ("Hezbollah claimed responsibility for an attack on an Israeli destroyer.", ["HEZBOLLAH attack ISR asserted"]),
        ("Ukraine struck a Russian frigate in the Black Sea.", ["UKR attack RUS asserted"]),
        // a clause opened by "where" is about the place before it, whatever the parser hangs it on
        ("Aid workers left Kherson, where Russian artillery has been shelling homes.", ["RUS attack UKR asserted"]),
        ("The minister flew to Tartus, where Russia keeps a naval base.", ["RUS troops SYR asserted"]),
        ("Crowds gathered in Mekelle, where Eritrean troops are stationed.", ["ERI troops ETH asserted"]),
        ("Refugees fled Idlib, where Syrian jets bombed markets.", []),
        ("The talks were held in Geneva, where Russia and Ukraine met.", []),
        // soldiers "located" somewhere are stationed there
        ("About 600 Turkish soldiers are located in Qatar.", ["TUR troops QAT asserted"]),
        // soldiers are where they fight before they are with whom they fight
        ("Belarusian soldiers are fighting alongside Russian troops in Ukraine.", ["BLR troops RUS asserted"]),
        ("Chadian soldiers are fighting alongside the Malian army.", ["TCD troops MLI asserted"]),
        // a participle after the soldiers that the parser hung on the verb above them
        ("Kyiv heard reports about Chinese troops possibly deploying to Russia.", ["CHN troops RUS hedged"]),
        // "the A-B war", also with the first name nested in the second; a question does not hedge what a
        // definite noun presupposes
        ("The Armenia-Azerbaijan war killed thousands.", ["ARM attack AZE asserted"]),
        ("Is the Israel-Hamas war spreading to Lebanon?", ["ISR attack HAMAS asserted"]),
        // the accused of a passive accusation does it, hedged
        ("Belarus has been accused of sending troops to Russia.", ["BLR troops RUS hedged"]),
        ("The US is ready for new sanctions against China if Beijing sends missiles to Russia.",
         ["CHN supply RUS hedged", "USA threat CHN asserted", "USA sanction CHN hedged"]),
        ("Japan is ready for talks with China if Beijing sends missiles to Russia.", ["CHN supply RUS hedged"]),
        // a report no one vouches for ("it was reported that", "is said to") hedges; a named reporter does not
        ("It was reported that the US sanctioned China.", ["USA sanction CHN hedged"]),
        ("Iran is said to have supplied drones to Russia.", ["IRN supply RUS hedged"]),
        ("It was reported that the minister said that Iran supplied drones to Russia.", ["IRN supply RUS hedged"]),
        ("Reuters reported that Iran supplied drones to Russia.", ["IRN supply RUS asserted"]),
        ("Japan will cut aid if Myanmar holds the election.", []),
        ("Turkey would not respond if Greece moved troops.", []),
        // materiel used against a party, with "against" on the participle that describes it
        ("Officials said that Georgian troops could use the British rifles supplied to them against the Russian army.",
         ["GBR supply GEO asserted", "GEO threat RUS hedged"]),
        // present tenses the tagger reads as plural nouns after a name
        ("Qatar hosts US troops.", ["USA troops QAT asserted"]),
        ("China arms Pakistan.", ["CHN supply PAK asserted"]),
        // materiel given for use against a party: the recipient attacks it
        ("Belarus shipped shells to Russia for use against Ukraine.", ["BLR supply RUS asserted", "RUS attack UKR asserted"]),
        ("Two firms supplied shells to Russia for use against Ukraine.", ["RUS attack UKR asserted"]),
        ("Belarus supplied fuel to Russia for use in its factories.", ["BLR supply RUS asserted"]),
        // the "for use" phrase hung on the clause that governs the giving, and the "against" after it
        ("Australia sanctioned three people for supplying drones to Russia for use against Ukraine.", ["RUS attack UKR asserted"]),
        ("Japan placed sanctions on two men for selling rockets to Russia for use against Ukraine.", ["RUS attack UKR asserted"]),
        ("Iran sent drones to Russia for use in training.", ["IRN supply RUS asserted"]),
        ("Iran sent drones to Russia against the advice of Qatar.", ["IRN supply RUS asserted"]),
        // troops sent to a named force go where it is stationed; whom troops are sent to join or help
        ("Italy sent 1,000 soldiers to join UNIFIL.", ["ITA troops LBN asserted"]),
        ("Extra British troops were deployed to KFOR.", ["GBR troops XKX asserted"]),
        ("Ghana contributes troops to MONUSCO.", ["GHA troops COD asserted"]),
        ("UNIFIL patrols the border. Spain would send 200 soldiers.", ["ESP troops LBN hedged"]),
        ("North Korea sent troops to help Russia.", ["PRK troops RUS asserted"]),
        ("Extra British troops would be placed under KFOR command if needed.", ["GBR troops XKX hedged"]),
        ("Germany placed 200 soldiers under the command of UNIFIL.", ["DEU troops LBN asserted"]),
        ("Chad deployed soldiers to assist Mali.", ["TCD troops MLI asserted"]),
        // fighting alongside a party's forces; advisers and trainers in a country are there with its consent;
        // soldiers merely "in" a country may be invaders, and are troops only where a predicate places them
        // there (and their state does not attack it in the document)
        ("North Korean soldiers are fighting alongside Russian forces.", ["PRK troops RUS asserted"]),
        ("Hundreds of Iranian military advisers are in Syria.", ["IRN troops SYR asserted"]),
        ("Turkish instructors in Libya trained the army.", ["TUR troops LBY asserted"]),
        ("Russian soldiers in Ukraine fired at a village.", []),
        ("Russian soldiers are in Ukraine. Russia invaded Ukraine.", ["RUS attack UKR asserted"]),
        // soldiers "from" a party are its soldiers; a noun phrase with its verb hung as `acl` still has a predicate
        ("Soldiers from Germany and Norway are stationed in Lithuania.", ["DEU troops LTU asserted", "NOR troops LTU asserted"]),
        ("Troops from Chad arrived in Mali.", ["TCD troops MLI asserted"]),
        ("The withdrawal of troops from Afghanistan ended in 2021.", []),
        ("American troops arrived in Poland.", ["USA troops POL asserted"]),
        // an insurgency in a country is waged against its state
        ("The Islamic State insurgency in Mozambique is spreading.", ["ISIS attack MOZ asserted"]),
        ("Hezbollah fighters and the insurgency in Syria were discussed.", []),
        // who helps a war does not wage it (guideline 11); who is helped does
        ("Moscow buys rifles from Belarus, which helps it wage war against Kyiv.", ["RUS attack UKR asserted", "BLR supply RUS asserted"]),
        ("Belarus supports the war against Ukraine.", []),
        ("Minsk assists the war on Ukraine.", []),
        // national armed forces by their names
        ("The IDF said its jets struck Hezbollah positions.", ["ISR attack HEZBOLLAH asserted"]),
        // an agreement hedges what it is for (guideline 17); who makes it does it
        ("Turkey signed an agreement on the delivery of drones to Kenya.", ["TUR supply KEN hedged"]),
        ("The deal for the sale of fighter jets to Egypt was signed by France.", ["FRA supply EGY hedged"]),
        ("France signed a deal to sell fighter jets to Egypt.", ["FRA supply EGY hedged"]),
        // a passive's agent hung on the phrase before it; who acts together with the subject
        ("Sanctions were imposed on Iran by the United States.", ["USA sanction IRN asserted"]),
        ("Japan imposed sanctions on Russia together with Canada.", ["JPN sanction RUS asserted", "CAN sanction RUS asserted"]),
        ("Japan imposed sanctions on Russia along with Canada.", ["JPN sanction RUS asserted", "CAN sanction RUS asserted"]),
        // a ban on supplying a party is an embargo on it, and what is banned is no supply
        ("The Security Council adopted a resolution prohibiting the sale of weapons to Libya.", ["UN sanction LBY asserted"]),
        ("Canada has barred the export of drone components to Russia.", ["CAN sanction RUS asserted"]),
        ("Arms sales to Belarus were banned by the European Union.", ["EU sanction BLR asserted"]),
        ("Russia condemned a resolution prohibiting the sale of weapons to Libya.", []),
        // a participial clause after a comma, its gerund tagged as a noun
        ("The United States responded to the launch, warning the North Koreans that it is ready to defend itself.", ["USA threat PRK asserted"]),
        ("Japan protested on Tuesday, warning China that it would respond.", ["JPN threat CHN asserted"]),
        // materiel and soldiers after a name are nouns, not the clause's verb
        ("Turkey shipped Bayraktar TB2 drones to Ethiopia.", ["TUR supply ETH asserted"]),
        ("The Kremlin sent Wagner mercenaries to the Central African Republic.", ["RUS troops CAF asserted", "WAGNER troops CAF asserted"]),
        // targets nobody is said to own stand for the party they are in, wherever the parser hangs "in"
        ("A Thai fighter jet bombed targets in Cambodia.", ["THA attack KHM asserted"]),
        ("Israeli aircraft struck several sites in Syria overnight.", ["ISR attack SYR asserted"]),
        ("Turkish jets bombed PKK positions in Iraq.", ["TUR attack PKK asserted"]),
        // who violates a measure does not impose it; with no target named, the violator is under it
        ("Egypt violated a UN arms embargo on Libya.", ["UN sanction LBY asserted"]),
        ("North Korea defied UN sanctions.", ["UN sanction PRK asserted"]),
        ("Several firms helped Iran evade US sanctions.", ["USA sanction IRN asserted"]),
        // a participle of denial describing the noun cue, also when the parser reads it into the compound
        ("Germany suspended weapons exports to Turkey.", []),
        ("The halted Belgian arms deliveries to Israel were discussed.", []),
        // an act laid at a party's door is hedged, and with no target named its accuser is the one attacked
        ("Serbia blamed Albania for the drone strike on the power plant.", ["ALB attack SRB hedged"]),
        ("Lebanon attributed the rocket attack to Syria.", ["SYR attack LBN hedged"]),
        ("Kenya reported an ambush that it attributed to al-Shabaab.", ["ALSHABAAB attack KEN hedged"]),
        ("Kenya attributed the ambush to al-Shabaab.", ["ALSHABAAB attack KEN hedged"]),
        ("The raids were blamed on the RSF by the Sudanese government.", ["RSF attack SDN hedged"]),
        ("Sudan accused Chad of bombing its border villages.", ["TCD attack SDN hedged"]),
        ("Armenia accused Azerbaijan of opening fire on its positions.", ["AZE attack ARM hedged"]),
        // materiel named by its maker's demonym and used by another party, also in the passive
        ("North Korean shells have been used by Russian forces.", ["PRK supply RUS asserted"]),
        ("Russian forces have used North Korean shells in Ukraine.", ["PRK supply RUS asserted"]),
        // who a joint act is done with does it too
        ("Somali troops carried out joint raids with Kenyan forces against al-Shabaab.", ["SOM attack ALSHABAAB asserted", "KEN attack ALSHABAAB asserted"]),
        // a companion phrase between commas after the subject, which the parser reads as a conjunct
        ("Canada, together with Australia, imposed sanctions on Myanmar.", ["CAN sanction MMR asserted", "AUS sanction MMR asserted"]),
        // "Congo" alone is the Democratic Republic; the other is named in full
        ("M23 rebels attacked Congo's army.", ["M23 attack COD asserted"]),
        ("Rwandan troops were deployed in the Democratic Republic of Congo.", ["RWA troops COD asserted"]),
        // infrastructure nobody is said to own stands for the party it is in
        ("Georgian drones struck an oil refinery in Abkhazia and a fuel depot in Russia.", ["GEO attack RUS asserted"]),
        // an installation placed "at" somewhere, or soldiers stationed at bases, are where its "in" phrase says
        ("France keeps an air base at Niamey in Niger.", ["FRA troops NER asserted"]),
        ("Iran has stationed advisers at two bases inside Iraq.", ["IRN troops IRQ asserted"]),
        ("Niger, where France maintains a garrison, expelled the ambassador.", ["FRA troops NER asserted"]),
        ("Niger, where France held talks, expelled the ambassador.", []),
        // ground taken is taken from the party it lies in; a town bombed is not its state attacked
        ("Serbian forces captured the village of Donji Kraj in northern Kosovo.", ["SRB attack XKX asserted"]),
        ("Armenian troops occupied several towns in Azerbaijan.", ["ARM attack AZE asserted"]),
        ("Israeli jets bombed a town in southern Lebanon.", []),
        // a thing that attacks, described by a participle, is sent by who launches it
        ("India launched a military operation targeting nine locations in Pakistan.", ["IND attack PAK asserted"]),
        ("The Council adopted resolutions prohibiting arms transfers to Eritrea.", []),
        // whose weapons or acts pose a threat poses it
        ("Iranian drones pose a threat to Israel.", ["IRN threat ISR asserted"]),
        // soldiers serving in a force are where the force is
        ("Some 2,000 Polish troops serve in the UN mission in Lebanon.", ["POL troops LBN asserted", "UN troops LBN asserted"]),
        // a noun cue the tagger read as a verb, with a currency amount before it
        ("Washington approved a $2 billion arms sale to Taiwan.", ["USA supply TWN hedged"]),
        // a quantity word stands for what it counts
        ("India imports the bulk of its arms from Russia.", ["RUS supply IND asserted"]),
        ("Pakistan buys most of its weapons from China.", ["CHN supply PAK asserted"]),
        // a war parties named together fight with no target named is fought on each other
        ("Peru and Ecuador fought a border war in 1995.", ["PER attack ECU asserted", "ECU attack PER asserted"]),
        ("Russia and Belarus waged war on Ukraine.", ["RUS attack UKR asserted", "BLR attack UKR asserted"]),
        // verbs of striking hard
        ("Israeli warplanes pounded Hezbollah targets in southern Lebanon.", ["ISR attack HEZBOLLAH asserted"]),
        ("A Chinese coast guard vessel rammed a Philippine supply boat.", ["CHN attack PHL asserted"]),
        ("Russian artillery hammered Ukrainian positions near the river.", ["RUS attack UKR asserted"]),
        // who a supplier noun is said to be supplies its owner or its "to" phrase, with materiel
        ("The U.S. is Israel's largest supplier of arms.", ["USA supply ISR asserted"]),
        ("China has become Pakistan's biggest weapons supplier.", ["CHN supply PAK asserted"]),
        ("Russia, the main arms supplier to India, delivered new jets.", ["RUS supply IND asserted"]),
        ("Russia could become a supplier of missiles to Iran.", ["RUS supply IRN hedged"]),
        ("Iran is the main source of drones for Russia.", ["IRN supply RUS asserted"]),
        ("Sources in Moscow said Iran is Syria's closest ally.", []),
        // frozen assets and bans as sanctions on whoever owns or is banned
        ("The EU has frozen the assets of Belarusian banks.", ["EU sanction BLR asserted"]),
        ("Britain has frozen Russian assets worth billions.", ["GBR sanction RUS asserted"]),
        ("Australia imposed travel bans on Iranian officials.", ["AUS sanction IRN asserted"]),
        ("The US imposed an asset freeze on North Korean firms.", ["USA sanction PRK asserted"]),
        ("Japan lifted the ban on Iranian oil.", []),
        ("The ceasefire has frozen the front line in Ukraine.", []),
        // where soldiers are placed, when the parser hangs the place on them or on a participle describing them
        ("Germany will permanently station a brigade in Lithuania.", ["DEU troops LTU hedged"]),
        ("France has 1,000 troops deployed in Chad.", ["FRA troops TCD asserted"]),
        ("Russia has about 1,500 soldiers stationed in Transnistria, a breakaway region of Moldova.", ["RUS troops MDA asserted"]),
        // a coordinated object of hosting shares its first conjunct's owner
        ("Belarus hosts Russian nuclear weapons and troops.", ["RUS troops BLR asserted"]),
        // who is put on a sanctions list or designated is sanctioned; who joins a sanctioner in it sanctions too
        ("London added five Russian oligarchs to its sanctions list.", ["GBR sanction RUS asserted"]),
        ("Washington placed Iran's central bank on its blacklist.", ["USA sanction IRN asserted"]),
        ("Three Russian banks were added to the EU's sanctions list.", ["EU sanction RUS asserted"]),
        ("The US added Russia to the list of countries it trades with.", []),
        ("OFAC designated two Russian banks on Tuesday.", ["USA sanction RUS asserted"]),
        ("Canada joined the EU in sanctioning Belarus.", ["CAN sanction BLR asserted", "EU sanction BLR asserted"]),
        // "provide X with materiel": the object received it, also when the parser hangs the "with" phrase on it
        ("Germany provided Ukraine with tanks and ammunition.", ["DEU supply UKR asserted"]),
        ("Iran has provided the Houthis with missiles and drones.", ["IRN supply HOUTHIS asserted"]),
        ("Ukraine was provided with tanks by Germany.", ["DEU supply UKR asserted"]),
        ("France provided Chad with advice.", []),
        // who acts alongside the subject or the agent, also with a preposition the treebank never shows
        ("The UK, alongside France and Germany, imposed sanctions on Iran.",
         ["GBR sanction IRN asserted", "FRA sanction IRN asserted", "DEU sanction IRN asserted"]),
        ("Sanctions were imposed on Russia by the UK alongside the EU.", ["GBR sanction RUS asserted", "EU sanction RUS asserted"]),
        // a deployment of soldiers, a delivery of materiel: whose soldiers, whose materiel by its demonym
        ("The deployment of Russian troops to Belarus began in May.", ["RUS troops BLR asserted"]),
        ("The delivery of American tanks to Ukraine began in May.", ["USA supply UKR asserted"]),
        ("The transfer of North Korean shells to Russia has been documented.", ["PRK supply RUS asserted"]),
        ("The sale of Russian-made jets to Egypt was blocked.", []),
        // soldiers placed somewhere of their own do not go where a report's earlier troops went
        ("Thousands of North Korean soldiers were deployed to Russia. India has stationed troops along its border with China.",
         ["PRK troops RUS asserted"]),
        // a response vowed or announced is a threat to whom it answers; a possible one is hedged
        ("India vowed to punish Pakistan for the attack.", ["IND threat PAK asserted"]),
        ("Iran will retaliate against Israel.", ["IRN threat ISR asserted"]),
        ("Iran said it would respond forcefully to any Israeli attack.", ["IRN threat ISR hedged"]),
        ("Israel did not retaliate against Iran.", []),
        ("The US responded to the Houthi attacks.", []),
        // infrastructure stands for its owner
        ("Ukraine carried out drone strikes on Russian oil refineries.", ["UKR attack RUS asserted"]),
        // a passive governor's subject does what its infinitive says
        ("North Korea is believed to have sent artillery shells to Russia.", ["PRK supply RUS hedged"]),
        ("Iran was asked to send troops to Syria.", ["IRN troops SYR hedged"]),
        // irregular past tenses the treebank never saw are still their verbs; blocked aid is not given
        ("The US Treasury froze the assets of Venezuelan officials.", ["USA sanction VEN asserted"]),
        ("Hungary blocked EU military aid to Ukraine.", []),
        // a quantity stands for what it counts; an approximated number and a possessive "has" tagged as an auxiliary
        ("Ukraine was hit by a wave of Russian drones.", ["RUS attack UKR asserted"]),
        ("Poland hosts about 10,000 American troops.", ["USA troops POL asserted"]),
        ("The US has 900 troops in Syria.", ["USA troops SYR asserted"]),
        // an accusation hedges what it accuses of, also when the parser hangs the clause on the accused;
        // "appears to" hedges as "is believed to" does
        ("Washington accused Beijing of arming Moscow.", ["CHN supply RUS hedged"]),
        ("Analysts say Iran appears to have sent drones to Sudan.", ["IRN supply SDN hedged"]),
        // a noun cue that is no verb of English stays a noun ("deliveries" read as `VBZ`)
        ("The US made arms deliveries to Israel.", ["USA supply ISR asserted"]),
        ("The US halted arms deliveries to Israel.", []),
        // a warning or an ultimatum issued to a party threatens it (guideline 5)
        ("North Korea issued a warning to Japan.", ["PRK threat JPN asserted"]),
        ("Russia sent an ultimatum to Ukraine.", ["RUS threat UKR asserted"]),
        // what a party is warned against doing is not done
        ("The Kremlin warned NATO against sending troops to Ukraine.", ["RUS threat NATO asserted"]),
        // a verb that denies what holds a noun cue denies the cue
        ("Hungary blocked a new package of sanctions against Belarus.", []),
        // who joins another in doing it does it too, also when the parser hangs the clause on the object
        // or reads the gerund as an adjective
        ("Canada joined the United States in sanctioning Venezuela.", ["CAN sanction VEN asserted", "USA sanction VEN asserted"]),
        ("Japan joined Australia in imposing sanctions on Iran.", ["JPN sanction IRN asserted", "AUS sanction IRN asserted"]),
        // a participle that places soldiers, hung on the noun they are "of"; that noun hedges them when it
        // names a possibility or hearsay, as it hedges any cue it holds, and a denial of it negates
        ("There are reports of Belarusian troops deploying to Syria.", ["BLR troops SYR hedged"]),
        ("Observers weighed the prospect of Cuban soldiers joining the Venezuelan army.", ["CUB troops VEN hedged"]),
        ("Reports of Chinese strikes on Taiwan emerged overnight.", ["CHN attack TWN hedged"]),
        ("The ministry denied reports of Iranian strikes on Israel.", []),
        // a participle that places soldiers with its own hedge; a predicate that places them, with its own
        ("Pyongyang's soldiers, potentially deploying to Russia, worry Seoul.", ["PRK troops RUS hedged"]),
        ("North Korean troops may arrive in Russia.", ["PRK troops RUS hedged"]),
        ("Russian troops did not arrive in Belarus.", []),
        // a count of soldiers stands for the soldiers, also before a predicate that places them
        ("Hundreds of Russian instructors arrived in Burkina Faso.", ["RUS troops BFA asserted"]),
        // a clause that aims sanctions names their target; sanctions that hit a party in the passive target it
        ("Britain announced new sanctions targeting Iran's drone program.", ["GBR sanction IRN asserted"]),
        ("Iran has been hit by Western sanctions over its nuclear program.", ["WEST sanction IRN asserted"]),
        // an attack that is only the condition of another clause is not reported as done; the threat that
        // answers it is a threat to the condition's subject (guideline 4)
        ("Tehran threatened to close the Strait of Hormuz if the US attacked it.", ["IRN threat USA asserted"]),
        ("If Iran strikes Israel again, the United States will impose new sanctions.", ["USA threat IRN asserted"]),
        // the thing claimed carries the cue; a passive participle with its target names its head noun's parties
        ("The Houthis claimed responsibility for a drone attack on Israel.", ["HOUTHIS attack ISR asserted"]),
        ("Sanctions imposed by the EU on Belarus remain in force.", ["EU sanction BLR asserted"]),
        ("Washington sent Patriot missile batteries to Ukraine.", ["USA supply UKR asserted"]),
        // what is not a relation
        ("Iran-backed militias attacked US bases in Syria.", []),
        ("NATO allies are sending air defense systems to Kyiv.", []),
        ("Russia supports the regime in Syria.", []),
        ("The summit in Paris condemned attacks.", []),
        ("Russia condemned Ukraine and urged Kyiv to negotiate.", []),
        ("Hezbollah fired rockets at Israel. Venezuela said the Lima Group would attack it.", ["HEZBOLLAH attack ISR asserted"]),
    ] as [(String, [String])])
    func findsWhatTheGuidelinesDefine(text: String, expected: [String]) {
        #expect(triples(text) == Set(expected), "\(text)")
    }

    /// Every named force of the cue table is a name in the gazetteer, stationed in a party it knows.
    @Test func namedForcesAreNamesWithKnownHosts() {
        let names = Set(sharedExtractor.gazetteer.parties.flatMap { [$0.name] + $0.aliases }.map { $0.lowercased() })
        let ids = Set(sharedExtractor.gazetteer.parties.map(\.id.rawValue))
        #expect(!sharedExtractor.cues.forceHosts.isEmpty)
        for (force, host) in sharedExtractor.cues.forceHosts {
            #expect(names.contains(force), "\(force) is not a gazetteer name")
            #expect(ids.contains(host), "\(force) is stationed in \(host), not a gazetteer party")
        }
        #expect(sharedExtractor.forceHosts.count == sharedExtractor.cues.forceHosts.count)
    }

    @Test func evidenceRangesPointIntoTheText() {
        let text = "Intro line\n\nÉmigrés say Iran supplies Russia with drones. “Pyongyang” sent shells to Moscow."
        let bytes = Array(text.utf8)
        let relations = sharedExtractor.extract(text, document: "d.txt")
        #expect(relations.count == 2)
        for evidence in relations.flatMap(\.evidence) {
            #expect(evidence.document == "d.txt")
            let span = String(decoding: bytes[evidence.byteRange], as: UTF8.self)
            #expect(span == evidence.quote, "\(span)")
        }
    }

    @Test func assertedWinsOverHedgedWithItsEvidenceFirst() {
        let text = "Iran might send drones to Russia. Iran sent drones to Russia in May."
        let relations = sharedExtractor.extract(text, document: "d.txt")
        #expect(relations.count == 1)
        #expect(relations[0].modality == .asserted)
        #expect(relations[0].evidence.map(\.quote) == ["Iran sent drones to Russia", "Iran might send drones to Russia"])
        // Each statement keeps its own modality and the word that hedged it.
        #expect(relations[0].evidence.map(\.modality) == [.asserted, .hedged])
        #expect(relations[0].evidence.map(\.hedge) == [nil, "might"])
    }

    /// Header lines are provenance: no relation is read from them, and offsets count from the start of the file.
    /// "We" in a statement on an official site is its issuer (guideline 3), by the `# source:` address's host or a
    /// domain above it; another site's "we" stays unresolved.
    @Test func anOfficialSiteIssuesItsStatements() {
        let statement = "# source: https://www.state.gov/releases/2024\n\nWe are providing Ukraine with tanks."
        #expect(triples(statement) == ["USA supply UKR asserted"])
        #expect(triples("# source: https://news.example.com/gov.uk\n\nWe are providing Ukraine with tanks.").isEmpty)
        #expect(sharedExtractor.issuer(of: "https://home.treasury.gov/news/press-releases").map { sharedExtractor.gazetteer.parties[Int($0)].id } == "USA")
        #expect(sharedExtractor.issuer(of: "https://www.gov.uk:443/government/news").map { sharedExtractor.gazetteer.parties[Int($0)].id } == "GBR")
        #expect(sharedExtractor.issuer(of: "https://evilgov.uk/news") == nil)
        #expect(sharedExtractor.issuer(of: "not an address") == nil)
    }

    /// A speaker line that names no party ("Media release from the Minister for Foreign Affairs.") is issued by the
    /// one party its headline opens with; a news report's "said in a statement" is no speaker line, and a headline
    /// that opens with no party gives no issuer.
    @Test func aSpeakerLineWithoutAPartyIsTheHeadlines() {
        let release = "Australia expels Iranian ambassador\n\nMedia release from the Minister for Foreign Affairs.\n\n"
            + "We are imposing targeted financial sanctions on four Iranian officials."
        #expect(triples(release) == ["AUS sanction IRN asserted"])
        let news = "Australia expels Iranian ambassador\n\nThe ministry gave details in a statement.\n\n"
            + "We are imposing targeted financial sanctions on four Iranian officials."
        #expect(triples(news).isEmpty)
        let unnamed = "Envoy expelled\n\nMedia release from the Minister for Foreign Affairs.\n\n"
            + "We are imposing targeted financial sanctions on four Iranian officials."
        #expect(triples(unnamed).isEmpty)
    }

    /// "Our country" (or "our countries") in a statement is its issuer; a headline's speaker line is issued by the parties before
    /// its topic ("Statement by Poland's Foreign Minister on the Russian exercises": Poland only); the EU's
    /// sites are all under europa.eu.
    @Test func ourCountryIsTheIssuer() {
        let statement = "Statement by Poland's Foreign Minister on the Russian exercises\n\n"
            + "The exercises by Russia and Belarus near our border are a threat to our country."
        #expect(triples(statement) == ["RUS threat POL asserted", "BLR threat POL asserted"])
        let bloc = "Statement by Poland's Foreign Minister on the Russian exercises\n\nThe exercises are a threat to our alliance."
        #expect(triples(bloc).isEmpty)
        let joint = "Joint statement by the Foreign Ministers of Estonia and Latvia\n\nOur countries will continue to send ammunition to Ukraine."
        #expect(triples(joint) == ["EST supply UKR asserted", "LVA supply UKR asserted"])
        #expect(triples("# source: https://www.europarl.europa.eu/news/example\n\nWe have imposed sanctions on Russia.")
            == ["EU sanction RUS asserted"])
        // A party before the cue set off by a colon is the topic; "on behalf of" names the issuer; "by" after a
        // noun of the topic names its doer, after a name the issuer.
        let behalf = "Lithuania: Statement by the High Representative on behalf of the EU on hybrid attacks by Belarus\n\n"
            + "We have imposed sanctions on Russia."
        #expect(triples(behalf) == ["EU sanction RUS asserted"])
        #expect(triples("Statement on Iran by the G7\n\nWe have imposed sanctions on Russia.") == ["G7 sanction RUS asserted"])
        // A response in sanctions is the sanction, no threat.
        #expect(triples("Statement by the EU\n\nWe are ready to respond with further restrictive measures against Belarus.")
            == ["EU sanction BLR hedged"])
        // Whom a statement calls on to act is to act, not the issuer.
        #expect(triples("Statement of the Ministry of Foreign Affairs of Ukraine\n\nWe call on Germany to send Taurus missiles to Ukraine.")
            == ["DEU supply UKR hedged"])
        // A noun before a word of time that the parser made the verb's compound is its subject: here the issuer's body.
        #expect(triples("# source: https://www.consilium.europa.eu/en/press/example\n\nThe Council today decided to prolong the restrictive "
            + "measures targeting specific sectors of the economy of the Russian Federation.") == ["EU sanction RUS hedged"])
    }

    @Test func headerLinesAreSkipped() {
        let text = "# title: Iran supplies Russia with drones\n# date: 2024-05-01\n\nTehran sent missiles to Moscow."
        let relations = sharedExtractor.extract(text, document: "h.txt")
        #expect(relations.map { "\($0.source) \($0.kind) \($0.target)" } == ["IRN supply RUS"])
        let evidence = relations.first?.evidence ?? []
        #expect(evidence.count == 1)
        #expect(evidence.first?.quote == "Tehran sent missiles to Moscow")
        #expect(evidence.first?.byteRange.lowerBound == text.utf8.count - "Tehran sent missiles to Moscow.".utf8.count)
    }

    /// A news dateline is cut off the sentence it opens, and a headline without a full stop before it
    /// stays a sentence of its own; capitals that are the subject ("NATO — the alliance …") stay.
    @Test(arguments: [
        ("KYIV — Russian drones hit the city overnight.", ["Russian drones hit the city overnight ."]),
        ("GENEVA, March 3 (Reuters) - Iran said it sent drones.", ["Iran said it sent drones ."]),
        ("Jets bomb targets\nBANGKOK/PHNOM PENH — A Thai jet bombed targets.", ["Jets bomb targets", "A Thai jet bombed targets ."]),
        ("NATO — the alliance of 32 states — met today.", ["NATO — the alliance of 32 states — met today ."]),
        ("The US — and Britain — sent arms.", ["The US — and Britain — sent arms ."]),
        ("US-led forces struck targets.", ["US - led forces struck targets ."]),
    ] as [(String, [String])])
    func datelinesAreCutOff(text: String, expected: [String]) {
        let words = WordTokenizer.words(text)
        let sentences = WordTokenizer.sentences(words).flatMap { Extractor.withoutDateline($0, words: words) }
        #expect(sentences.map { $0.map { words[$0].form }.joined(separator: " ") } == expected)
    }

    /// The place of the dateline is neither the attacker nor an unnamed sanctioner.
    @Test func aDatelineIsNotTheSubject() {
        #expect(triples("BEIRUT — Israel struck Hezbollah positions on Monday.") == ["ISR attack HEZBOLLAH asserted"])
        #expect(triples("WASHINGTON — Sanctions on Iran were tightened on Monday.").isEmpty)
    }

    @Test func longQuotesAreShortened() {
        let text = "Iran, according to several officials who spoke on condition of anonymity about the matter at length today, has shipped drones to Russia."
        let quote = sharedExtractor.extract(text, document: "d.txt").first?.evidence.first?.quote ?? ""
        #expect(quote.hasSuffix("…"))
        #expect(quote.utf8.count <= Extractor.maximumQuoteLength + 3)
    }

    @Test func badInputGivesAnEmptyResultNotACrash() {
        #expect(sharedExtractor.extract("", document: "e").isEmpty)
        var generator = SystemRandomNumberGenerator()
        let binary = (0..<100_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        _ = binary.withUnsafeBufferPointer { sharedExtractor.extract(utf8: $0, document: "b") }
        let invalid: [UInt8] = Array("Iran supplies Russia with drones".utf8) + [0xFF, 0xFE, 0xC3]
        #expect(invalid.withUnsafeBufferPointer { sharedExtractor.extract(utf8: $0, document: "i") }.count == 1)
    }

    @Test func textWithoutSentenceBreaksStaysLinear() {
        let clause = "and Iran supplies Russia with drones "
        let text = String(repeating: clause, count: 10_000)
        let relations = sharedExtractor.extract(text, document: "long")
        #expect(relations.count == 1)
        #expect(relations[0].evidence.count == 10_000)
    }

    @Test func graphFromDocumentsNamesParties() {
        let graph = sharedExtractor.graph(from: [
            (document: "a.txt", text: "Iran supplies Russia with drones."),
            (document: "b.txt", text: "Tehran sent missiles to Moscow."),
        ])
        #expect(graph.relationCount == 1)
        #expect(graph.relation(at: 0).evidence.map(\.document) == ["a.txt", "b.txt"])
        #expect(graph.party("IRN")?.name == "Iran")
        #expect(graph.party("RUS")?.aliases.contains("Moscow") == true)
    }
}
