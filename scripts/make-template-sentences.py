#!/usr/bin/env python3
"""Writes Tests/Fixtures/made-up/templates.tsv: made-up sentences from templates
of common news constructions, each filled with parties drawn by a seeded
generator, with the relations the annotation guidelines give them.

The names vary while the construction stays, so the set checks that a rule
holds for any party, not only for the names it was written with (a greedy
parser attaches the same construction differently around different names).
No third-party text. Run from the repository's root:

    python3 scripts/make-template-sentences.py
"""
import random

STATES = [
    ("Iran", "IRN", "Iranian"), ("Russia", "RUS", "Russian"), ("China", "CHN", "Chinese"),
    ("North Korea", "PRK", "North Korean"), ("the United States", "USA", "American"),
    ("Turkey", "TUR", "Turkish"), ("Egypt", "EGY", "Egyptian"), ("India", "IND", "Indian"),
    ("Pakistan", "PAK", "Pakistani"), ("France", "FRA", "French"), ("Germany", "DEU", "German"),
    ("Israel", "ISR", "Israeli"), ("Ukraine", "UKR", "Ukrainian"), ("Sudan", "SDN", "Sudanese"),
    ("Belarus", "BLR", "Belarusian"), ("Saudi Arabia", "SAU", "Saudi"), ("Britain", "GBR", "British"),
    ("Japan", "JPN", "Japanese"), ("Australia", "AUS", "Australian"), ("Canada", "CAN", "Canadian"),
    ("Venezuela", "VEN", "Venezuelan"), ("Syria", "SYR", "Syrian"), ("Poland", "POL", "Polish"),
    ("Italy", "ITA", "Italian"), ("Qatar", "QAT", "Qatari"), ("Ethiopia", "ETH", "Ethiopian"),
    ("Mali", "MLI", "Malian"), ("Chad", "TCD", "Chadian"), ("Armenia", "ARM", "Armenian"),
    ("Azerbaijan", "AZE", "Azerbaijani"),
]
GROUPS = [("Hezbollah", "HEZBOLLAH"), ("Hamas", "HAMAS"), ("the Houthis", "HOUTHIS"), ("the RSF", "RSF"),
          ("the M23", "M23"), ("the Wagner Group", "WAGNER")]

# (template, expected): {A} {B} {C} states, {DA} {DB} their demonyms, {G} an armed group;
# expected relations "SRC kind TGT modality" joined by ";", empty for none.
TEMPLATES = [
    # supply
    ("{A} supplied {B} with drones.", "{a} supply {b} asserted"),
    ("{A} has been supplying {B} with weapons.", "{a} supply {b} asserted"),
    ("{A} sent missiles to {B}.", "{a} supply {b} asserted"),
    ("{A} delivered tanks to {B} last year.", "{a} supply {b} asserted"),
    ("{A} is arming {B}.", "{a} supply {b} asserted"),
    ("{B} received artillery shells from {A}.", "{a} supply {b} asserted"),
    ("{A} provided {B} with ammunition and drones.", "{a} supply {b} asserted"),
    ("{A} may send weapons to {B}.", "{a} supply {b} hedged"),
    ("{A} reportedly supplied drones to {B}.", "{a} supply {b} hedged"),
    ("{DA} drones were used by {B}.", "{a} supply {b} asserted"),
    ("{A}, which supplies {B} with weapons, denied the report.", "{a} supply {b} asserted"),
    ("{A} did not send weapons to {B}.", ""),
    ("{A} is believed to have supplied missiles to {B}.", "{a} supply {b} hedged"),
    ("Officials said {A} had shipped ammunition to {B}.", "{a} supply {b} asserted"),
    ("{A} agreed to sell fighter jets to {B}.", "{a} supply {b} hedged"),
    ("{A} supplies weapons to {B}, according to a UN report.", "{a} supply {b} asserted"),
    ("Drones made in {A} have been delivered to {B}.", ""),
    ("{A}, a close ally of {C}, has supplied {B} with drones.", "{a} supply {b} asserted"),
    ("According to the report, {A} delivered 300 armoured vehicles to {B} in 2023.", "{a} supply {b} asserted"),
    ("The weapons, which were supplied by {A}, were used by {B} against {C}.", "{a} supply {b} asserted;{b} attack {c} asserted"),
    ("{A} is one of the largest arms suppliers to {B}.", "{a} supply {b} asserted"),
    ("{B} has received more than 50 tanks from {A} this year.", "{a} supply {b} asserted"),
    # attack
    ("{A} attacked {B}.", "{a} attack {b} asserted"),
    ("{A} launched airstrikes on {B}.", "{a} attack {b} asserted"),
    ("{A} carried out drone strikes against {B}.", "{a} attack {b} asserted"),
    ("{A} fired missiles at {B}.", "{a} attack {b} asserted"),
    ("{A} shelled {DB} positions overnight.", "{a} attack {b} asserted"),
    ("{DA} forces attacked {B}.", "{a} attack {b} asserted"),
    ("{DA} strikes on {B} continued.", "{a} attack {b} asserted"),
    ("{A}'s invasion of {B} began in the spring.", "{a} attack {b} asserted"),
    ("{A} accused {B} of attacking its ships.", "{b} attack {a} hedged"),
    ("{A} and {B} exchanged fire across the border.", "{a} attack {b} asserted;{b} attack {a} asserted"),
    ("On Tuesday, {A} launched a wave of missile strikes against {B}.", "{a} attack {b} asserted"),
    ("{DA} fighter jets bombed targets in {B} on Sunday, killing at least 12 people.", "{a} attack {b} asserted"),
    ("The {DA} navy seized a {DB} warship near the strait.", "{a} attack {b} asserted"),
    ("{A} has stepped up its attacks on {B} in recent weeks.", "{a} attack {b} asserted"),
    ("{A} condemned {B} for its attacks on civilians.", ""),
    ("{A}'s drone strikes killed a {DB} commander.", "{a} attack {b} asserted"),
    ("{A} bombed {DB} military positions along the border.", "{a} attack {b} asserted"),
    # sanction
    ("{A} imposed sanctions on {B}.", "{a} sanction {b} asserted"),
    ("{A} announced new sanctions against {B}.", "{a} sanction {b} asserted"),
    ("{B} was sanctioned by {A}.", "{a} sanction {b} asserted"),
    ("{A} and {C} imposed sanctions on {B}.", "{a} sanction {b} asserted;{c} sanction {b} asserted"),
    ("{A} imposed sanctions on {B} and {C}.", "{a} sanction {b} asserted;{a} sanction {c} asserted"),
    ("The sanctions imposed by {A} on {B} took effect.", "{a} sanction {b} asserted"),
    ("{A} plans to impose sanctions on {B}.", "{a} sanction {b} hedged"),
    ("{B} has been under {DA} sanctions since 2014.", "{a} sanction {b} asserted"),
    ("The {DA} government announced sanctions against {B}.", "{a} sanction {b} asserted"),
    ("In a statement, the {DA} foreign ministry said {A} would impose new sanctions on {B} next week.", "{a} sanction {b} hedged"),
    ("{A} on Monday announced sanctions targeting {DB} officials.", "{a} sanction {b} asserted"),
    ("{A}'s sanctions on {B} remain in force.", "{a} sanction {b} asserted"),
    ("{A} has frozen the assets of {DB} officials.", "{a} sanction {b} asserted"),
    ("{A} banned exports of dual-use goods to {B}.", "{a} sanction {b} asserted"),
    ("{A} extended its arms embargo on {B} for another year.", "{a} sanction {b} asserted"),
    ("{A} lifted sanctions on {B}.", ""),
    ("{B} faces new sanctions from {A}.", "{a} sanction {b} asserted"),
    # threat
    ("{A} threatened {B}.", "{a} threat {b} asserted"),
    ("{A} warned {B} of serious consequences.", "{a} threat {b} asserted"),
    ("{A} could strike {B}.", "{a} threat {b} hedged"),
    ("{A} warned that it would strike {B}.", "{a} threat {b} asserted"),
    ("{A} threatened to impose sanctions on {B}.", "{a} sanction {b} hedged;{a} threat {b} asserted"),
    ("{A} has repeatedly threatened military action against {B}.", "{a} threat {b} asserted"),
    ("A senior {DA} official said {A} was ready to strike {B} if necessary.", "{a} threat {b} hedged"),
    ("{A} warned {B} against any military adventure.", "{a} threat {b} asserted"),
    ("{A} vowed to retaliate against {B}.", "{a} threat {b} asserted"),
    ("{A} said it would respond forcefully to any attack by {B}.", "{a} threat {b} hedged"),
    ("{A} conducted military drills near its border with {B} in a show of force.", ""),
    # troops
    ("{A} sent troops to {B}.", "{a} troops {b} asserted"),
    ("{A} deployed 500 soldiers to {B}.", "{a} troops {b} asserted"),
    ("{A} has troops in {B}.", "{a} troops {b} asserted"),
    ("{A} will send troops to {B}.", "{a} troops {b} hedged"),
    ("{B} hosts troops from {A}.", "{a} troops {b} asserted"),
    ("{A} denied sending troops to {B}.", ""),
    ("{A} is considering sending troops to {B}.", "{a} troops {b} hedged"),
    ("{A} has sent about 1,000 troops to {B}.", "{a} troops {b} asserted"),
    ("{A} has deployed more than 2,000 troops to {B} since January, officials said.", "{a} troops {b} asserted"),
    ("{A} and {C} have sent troops to {B} as part of a peacekeeping mission.", "{a} troops {b} asserted;{c} troops {b} asserted"),
    ("{A} said it had no plans to send troops to {B}.", ""),
    ("{DA} troops stationed in {B} will stay until 2026.", "{a} troops {b} asserted"),
    ("About 3,000 {DA} troops are stationed in {B}.", "{a} troops {b} asserted"),
    ("{A} keeps a military base in {B}.", "{a} troops {b} asserted"),
    ("{DA} soldiers arrived in {B} on Monday.", "{a} troops {b} asserted"),
    ("{A} withdrew its last troops from {B} in 2023.", ""),
    ("{A} has agreed to deploy 500 peacekeepers to {B}.", "{a} troops {b} hedged"),
    ("{DA} military advisers are training {DB} soldiers.", "{a} troops {b} asserted"),
    ("{B} invited {DA} troops to help fight insurgents.", "{a} troops {b} asserted"),
    ("The deployment of {DA} troops to {B} was announced on Friday.", "{a} troops {b} asserted"),
    # armed groups
    ("{A}-backed {G} fighters attacked {DB} troops.", "{g} attack {b} asserted"),
    ("{G}, which is backed by {A}, fired rockets at {B}.", "{g} attack {b} asserted"),
    ("{A} has been accused of arming {G}.", "{a} supply {g} hedged"),
    ("{A} provides {G} with money and weapons.", "{a} supply {g} asserted"),
    ("{A} designated {G} as a terrorist organization.", "{a} sanction {g} asserted"),
    ("{G} claimed responsibility for the drone attack on {B}.", "{g} attack {b} asserted"),
    ("{B} blamed {G} for the attack.", "{g} attack {b} hedged"),
    ("{G} militants ambushed a {DB} patrol.", "{g} attack {b} asserted"),
    ("{A} struck {G} targets in response.", "{a} attack {g} asserted"),
    ("{A} killed a senior {G} commander in an airstrike.", "{a} attack {g} asserted"),
    ("{A} imposed sanctions on {G} leaders.", "{a} sanction {g} asserted"),
    ("{G} receives weapons and funding from {A}.", "{a} supply {g} asserted"),
    ("Fighters from {G} are fighting alongside {DB} forces.", "{g} troops {b} asserted"),
]


def main():
    generator = random.Random(2026)
    lines = [
        "# Made-up sentences from templates of common news constructions, names drawn by a seeded generator "
        "(scripts/make-template-sentences.py writes this file): sentence<TAB>source kind target modality;... "
        "(empty: none). No third-party text. Written in the session of 2026-12-06 to find constructions whose "
        "parse varies with the names in them; a regression set, not a measure of unseen text."
    ]
    for template, expected in TEMPLATES:
        for _ in range(4):
            a, b, c = generator.sample(STATES, 3)
            group = generator.choice(GROUPS)
            sentence = template.format(A=a[0], B=b[0], C=c[0], DA=a[2], DB=b[2], G=group[0])
            sentence = sentence[0].upper() + sentence[1:]
            lines.append(sentence + "\t" + expected.format(a=a[1], b=b[1], c=c[1], g=group[1]))
    with open("Tests/Fixtures/made-up/templates.tsv", "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
