#!/usr/bin/env python3
"""Generates Sources/RelationGraphExtract/Resources/Gazetteer.json, the
extractor's table of parties and the names that refer to them.

Sources:
- states: Debian's iso-codes package (/usr/share/iso-codes/json/iso_3166-1.json)
  for the ISO 3166-1 alpha-3 IDs and the official, short and common names;
- capitals, demonyms and alternative spellings: the `countryinfo` package from
  PyPI (pip install countryinfo==1.0.1), matched by alpha-3 code;
- the curated table below for what neither carries: everyday short forms
  ("the US", "Britain"), seats of government ("the Kremlin"), blocs and
  organisations (UN, EU, NATO, G7, the West) and named armed groups.

Heads of state and government are dated data in Leaders.json beside the output
and are not generated here.

Usage: python3 scripts/make-gazetteer.py > Sources/RelationGraphExtract/Resources/Gazetteer.json
"""
import glob
import json
import os
import re
import sys

ISO_PATH = "/usr/share/iso-codes/json/iso_3166-1.json"

# Everyday names and metonyms that the sources above do not carry.
EXTRA_STATE_NAMES = {
    "USA": ["US", "U.S.", "U.S.A.", "America", "United States", "Washington", "the White House", "the Pentagon",
            "the State Department", "Washington D.C.",
            # departments whose names only the US government uses, as the subjects of its announcements
            "the Department of State", "the Department of the Treasury", "the Treasury Department",
            "the Office of Foreign Assets Control", "OFAC", "the Department of Defense"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom", "London", "Downing Street", "Whitehall",
            "British", "Briton", "Britons", "the Foreign Office", "FCDO", "HM Treasury"],
    "RUS": ["Russia", "Moscow", "the Kremlin", "Kremlin"],
    "PRK": ["North Korea", "DPRK", "D.P.R.K.", "Pyongyang"],
    "KOR": ["South Korea", "ROK", "Republic of Korea", "Seoul", "the Blue House"],
    "CHN": ["China", "PRC", "Beijing", "Zhongnanhai", "People's Republic of China", "PLA", "People's Liberation Army"],
    "TWN": ["Taiwan", "Taipei", "Taiwanese"],
    "IRN": ["Iran", "Tehran", "Teheran", "the Islamic Republic", "IRGC", "Islamic Revolutionary Guard Corps",
            "Revolutionary Guards", "Revolutionary Guard Corps"],
    "SYR": ["Syria", "Damascus"],
    "UKR": ["Ukraine", "Kyiv", "Kiev"],
    "FRA": ["France", "Paris", "the Elysee", "the Élysée"],
    "DEU": ["Germany", "Berlin"],
    "ISR": ["Israel", "Jerusalem", "Tel Aviv", "IDF", "Israel Defense Forces", "Israeli Defense Forces",
            # what the statements of Iran and its allies call Israel's state
            "the Zionist regime", "Zionist regime", "the Zionist entity"],
    "PSE": ["Palestine", "Palestinian Authority", "Ramallah"],
    "TUR": ["Turkey", "Türkiye", "Turkiye", "Ankara", "Turkish"],
    "VEN": ["Venezuela", "Caracas"],
    "BOL": ["Bolivia"],
    "VNM": ["Vietnam", "Viet Nam", "Hanoi"],
    "LAO": ["Laos"],
    "MDA": ["Moldova", "Chisinau"],
    "TZA": ["Tanzania"],
    "CZE": ["Czech Republic", "Czechia", "Prague"],
    "NLD": ["Netherlands", "the Netherlands", "Holland", "The Hague", "Dutch"],
    # News English ("Rwanda-backed rebels in eastern Congo") means the larger Congo by "Congo" alone and
    # names the other in full.
    "COD": ["DR Congo", "D.R. Congo", "DRC", "Democratic Republic of the Congo", "Democratic Republic of Congo",
            "Congo-Kinshasa", "Kinshasa", "Congo"],
    "COG": ["Republic of the Congo", "Republic of Congo", "Congo-Brazzaville", "Brazzaville"],
    "VAT": ["Vatican", "Holy See", "the Vatican"],
    "FSM": ["Micronesia"],
    "CIV": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"],
    "MMR": ["Myanmar", "Burma", "Naypyidaw"],
    "BLR": ["Belarus", "Minsk", "Belarusian"],
    "SAU": ["Saudi Arabia", "Riyadh", "Saudi", "Saudis"],
    "ARE": ["UAE", "United Arab Emirates", "Emirati", "Abu Dhabi"],
    "PHL": ["Philippines", "the Philippines", "Manila", "Filipino", "Philippine"],
    "AFG": ["Afghanistan", "Kabul", "Afghan"],
    "YEM": ["Yemen", "Sanaa", "Yemeni"],
    "LBN": ["Lebanon", "Beirut", "Lebanese"],
    "IRQ": ["Iraq", "Baghdad", "Iraqi"],
    "QAT": ["Qatar", "Doha", "Qatari"],
    "EGY": ["Egypt", "Cairo", "Egyptian"],
    "IND": ["India", "New Delhi", "Delhi", "Indian"],
    "PAK": ["Pakistan", "Islamabad", "Pakistani"],
    "JPN": ["Japan", "Tokyo", "Japanese"],
    "GEO": ["Tbilisi", "Georgian"],
    "SDN": ["Sudan", "Khartoum", "Sudanese"],
    "SSD": ["South Sudan", "Juba"],
    "LBY": ["Libya", "Tripoli", "Libyan"],
    "POL": ["Poland", "Warsaw", "Polish"],
    "BRA": ["Brazil", "Brasilia", "Brasília", "Brazilian"],
}

# Names that are also everyday words, or too ambiguous to take on their own.
# Adjectives of a state that countryinfo does not give as its demonym (it has
# "Filipino", "Saudi Arabian"): "a Philippine vessel", "Saudi jets".
EXTRA_DEMONYMS = {
    "PHL": ["Philippine"],
    "SAU": ["Saudi", "Saudis"],
}

DROP_NAMES = {"Georgia", "Jordan", "Chad", "Turkey", "Guinea", "Niger", "Dominica", "Victoria", "Kingston",
              "Georgetown", "Washington", "Brussels", "Santiago", "San José", "Hamilton", "Nicosia", "Male", "Mali", "Nauru",
              "Panama", "Mexico", "Monaco", "Singapore", "Djibouti", "Kuwait", "Luxembourg", "San Marino",
              "Guatemala", "Vatican", "Andorra", "Sao Tome", "Tonga", "Grenada"}
# Capitals that double as country names stay as country names; some of the
# above are restored here when they name the state itself unambiguously.
KEEP_AS_STATE = {"Jordan": "JOR", "Chad": "TCD", "Niger": "NER", "Mali": "MLI", "Panama": "PAN", "Mexico": "MEX",
                 "Monaco": "MCO", "Singapore": "SGP", "Djibouti": "DJI", "Kuwait": "KWT", "Luxembourg": "LUX",
                 "San Marino": "SMR", "Guatemala": "GTM", "Andorra": "AND", "Nauru": "NRU", "Tonga": "TON",
                 "Grenada": "GRD", "Guinea": "GIN", "Dominica": "DMA", "Georgia": "GEO", "Turkey": "TUR"}

ORGANIZATIONS = [
    ("UN", "United Nations", "organization",
     ["UN", "U.N.", "United Nations", "UN Security Council", "U.N. Security Council", "Security Council",
      "United Nations Security Council", "UNSC",
      # Its peacekeeping forces, by their names (where each is stationed: `forceHosts` in Cues.json).
      "UNIFIL", "United Nations Interim Force in Lebanon", "UN Interim Force in Lebanon", "MINUSMA", "MONUSCO", "UNMISS", "MINUSCA", "UNFICYP",
      "UNDOF"]),
    ("EU", "European Union", "organization", ["EU", "E.U.", "European Union", "Brussels", "European Commission",
                                              "EUFOR", "EUFOR Althea", "European Council", "Council of the European Union",
                                              "Council of the EU", "EU Council"]),
    ("NATO", "NATO", "organization", ["NATO", "Nato", "North Atlantic Treaty Organization", "KFOR", "Kosovo Force",
                                      "ISAF"]),
    ("G7", "G7", "organization", ["G7", "G-7", "Group of Seven"]),
    ("WEST", "the West", "organization",
     ["the West", "West", "Western allies", "Western nations", "Western countries", "Western powers",
      "Western governments", "Western", "Westerners"]),    ("AU", "African Union", "organization", ["AU", "African Union", "ATMIS", "AMISOM"]),
    ("ECOWAS", "ECOWAS", "organization", ["ECOWAS", "Economic Community of West African States"]),
    ("ASEAN", "ASEAN", "organization", ["ASEAN", "Association of Southeast Asian Nations"]),
    ("GCC", "Gulf Cooperation Council", "organization", ["GCC", "Gulf Cooperation Council"]),
    ("CSTO", "CSTO", "organization", ["CSTO", "Collective Security Treaty Organization"]),
]

ARMED_GROUPS = [
    ("WAGNER", "Wagner Group", ["Wagner", "Wagner Group", "Wagner mercenaries", "Africa Corps"]),
    ("HOUTHIS", "Houthis", ["Houthis", "Houthi", "Ansar Allah", "Houthi rebels", "Ansarallah", "Houthi movement"]),
    ("HEZBOLLAH", "Hezbollah", ["Hezbollah", "Hizbollah", "Hizballah", "Hizbullah"]),
    ("HAMAS", "Hamas", ["Hamas"]),
    ("ISIS", "Islamic State", ["ISIS", "ISIL", "Islamic State", "Daesh", "Islamic State of Iraq and the Levant", "Islamic State of Iraq and Syria"]),
    ("TALIBAN", "Taliban", ["Taliban"]),
    ("ALQAEDA", "al-Qaeda", ["al-Qaeda", "Al-Qaeda", "al Qaeda", "Al Qaeda", "AQAP", "AQIM", "Al Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", "al-Qaida", "Al-Qaida"]),
    ("PIJ", "Palestinian Islamic Jihad", ["Palestinian Islamic Jihad", "Islamic Jihad", "PIJ"]),
    ("RSF", "Rapid Support Forces", ["Rapid Support Forces", "RSF", "Rapid Support Force"]),
    ("ALSHABAAB", "al-Shabaab", ["al-Shabaab", "Al-Shabaab", "al Shabaab", "al-Shabab", "Al-Shabab", "Al Shabaab", "Shabaab"]),
    ("PKK", "PKK", ["PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party", "Kurdistan Workers’ Party"]),
    ("HTS", "Hayat Tahrir al-Sham", ["Hayat Tahrir al-Sham", "HTS", "Hay'at Tahrir al-Sham", "Tahrir al-Sham", "Hayat Tahrir al Sham"]),
    ("M23", "M23", ["M23", "March 23 Movement", "M23 rebels", "AFC/M23"]),
]

LATIN = re.compile(r"^[A-Za-zÀ-ÿ .'’\-()]+$")


def countryinfo_by_alpha3():
    try:
        import countryinfo
    except ImportError:
        sys.exit("install countryinfo first: pip install countryinfo==1.0.1")
    data_dir = os.path.join(os.path.dirname(countryinfo.__file__), "data")
    table = {}
    for path in glob.glob(os.path.join(data_dir, "*.json")):
        with open(path, encoding="utf-8") as handle:
            entry = json.load(handle)
        code = (entry.get("ISO") or {}).get("alpha3")
        if code:
            table[code] = entry
    return table


def plural(demonym):
    if demonym.endswith(("ese", "ss", "sh", "ch")) or demonym.endswith("i") and not demonym.endswith("ani"):
        return None
    return demonym + "s"


def main():
    with open(ISO_PATH, encoding="utf-8") as handle:
        iso = json.load(handle)["3166-1"]
    info = countryinfo_by_alpha3()
    parties = []
    for entry in sorted(iso, key=lambda item: item["alpha_3"]):
        code = entry["alpha_3"]
        extra = info.get(code, {})
        display = entry.get("common_name") or extra.get("name") or entry["name"]
        names = [display, entry["name"], entry.get("official_name", ""), entry.get("common_name", ""),
                 extra.get("name", "")]
        names += [spelling for spelling in extra.get("altSpellings", []) if len(spelling) > 3]
        capital = extra.get("capital") or ""
        if capital and capital not in DROP_NAMES:
            names.append(capital)
        demonyms = []
        demonym = extra.get("demonym") or ""
        if demonym and LATIN.match(demonym):
            demonyms.append(demonym)
            if plural(demonym):
                demonyms.append(plural(demonym))
        demonyms += [name for name in EXTRA_DEMONYMS.get(code, []) if name not in demonyms]
        curated = EXTRA_STATE_NAMES.get(code, [])
        names += curated
        clean = []
        for name in names:
            name = name.strip()
            if not name or not LATIN.match(name) or "," in name or "(" in name:
                continue
            if name in DROP_NAMES and KEEP_AS_STATE.get(name) != code and name not in curated:
                continue
            if name not in clean:
                clean.append(name)
        for name in demonyms:
            if name not in clean:
                clean.append(name)
        parties.append({"id": code, "name": display, "kind": "state", "names": clean, "demonyms": demonyms})
    # A name claimed by several states goes to the one that curates it, else
    # to the most populous ("American" is the United States, not the
    # Northern Mariana Islands).
    claims = {}
    for party in parties:
        for name in party["names"]:
            claims.setdefault(name, []).append(party["id"])
    population = {code: (info.get(code) or {}).get("population") or 0 for code in (p["id"] for p in parties)}
    for name, codes in claims.items():
        if len(codes) < 2:
            continue
        curated = [code for code in codes if name in EXTRA_STATE_NAMES.get(code, [])]
        owner = curated[0] if curated else max(codes, key=lambda code: population[code])
        for party in parties:
            if party["id"] in codes and party["id"] != owner:
                party["names"] = [item for item in party["names"] if item != name]
                party["demonyms"] = [item for item in party["demonyms"] if item != name]
    # Kosovo has no ISO 3166 entry; the annotation guidelines give it XKX.
    parties.append({"id": "XKX", "name": "Kosovo", "kind": "state",
                    "names": ["Kosovo", "Republic of Kosovo", "Pristina", "Prishtina", "Kosovar", "Kosovars"],
                    "demonyms": ["Kosovar", "Kosovars"]})
    for code, name, kind, names in ORGANIZATIONS:
        parties.append({"id": code, "name": name, "kind": kind, "names": names,
                        "demonyms": ["Western"] if code == "WEST" else []})
    for code, name, names in ARMED_GROUPS:
        parties.append({"id": code, "name": name, "kind": "armedGroup", "names": names, "demonyms": []})
    json.dump({"source": "iso-codes (Debian) + countryinfo 1.0.1 (PyPI) + scripts/make-gazetteer.py",
               "parties": parties}, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
