#!/usr/bin/env python3
"""Builds Sources/RelationGraph/Resources/SeedGraph.json from the hand-made
gold annotations of the seed articles (../shared/seeds/*.json).

Each relation keeps its modality and cites the article by file name, the UTF-8
byte range of its evidence phrase and a short quote; no article text beyond
that phrase enters the package. Relations with the same (source, kind, target)
in several articles are merged: asserted wins over hedged, all evidence kept.

Usage: python3 scripts/make-seed-graph.py [SEEDS_DIR] > Sources/RelationGraph/Resources/SeedGraph.json
"""
import glob
import json
import os
import sys

# Names and aliases of the parties the seed articles mention: capitals,
# seats of government, demonyms and leaders, as the annotation guidelines
# accept them as metonyms.
PARTIES = {
    "RUS": ("Russia", "state", ["Russian Federation", "Moscow", "the Kremlin", "Kremlin", "Putin", "Vladimir Putin", "Russian"]),
    "PRK": ("North Korea", "state", ["DPRK", "Democratic People's Republic of Korea", "Pyongyang", "Kim Jong Un", "North Korean"]),
    "KOR": ("South Korea", "state", ["Republic of Korea", "ROK", "Seoul", "South Korean"]),
    "UKR": ("Ukraine", "state", ["Kyiv", "Kiev", "Zelensky", "Volodymyr Zelensky", "Ukrainian"]),
    "IRN": ("Iran", "state", ["Islamic Republic of Iran", "Tehran", "Iranian"]),
    "ISR": ("Israel", "state", ["Jerusalem", "Israeli"]),
    "USA": ("United States", "state", ["United States of America", "US", "U.S.", "America", "Washington", "the White House", "American"]),
    "UN": ("United Nations", "organization", ["UN Security Council", "UNSC", "U.N."]),
    "WEST": ("the West", "organization", ["West", "Western allies", "Western nations", "Western"]),
}

MAX_QUOTE = 80


def short_quote(phrase):
    """The phrase itself when short, else its first words up to MAX_QUOTE characters."""
    if len(phrase) <= MAX_QUOTE:
        return phrase
    cut = phrase[:MAX_QUOTE].rsplit(" ", 1)[0]
    return cut + "…"


def main():
    seeds = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "seeds")
    merged = {}
    order = []
    for gold_path in sorted(glob.glob(os.path.join(seeds, "*.json"))):
        with open(gold_path, encoding="utf-8") as handle:
            gold = json.load(handle)
        with open(os.path.join(seeds, gold["doc"]), "rb") as handle:
            text = handle.read()
        for item in gold["relations"]:
            phrase = item["evidence"].encode("utf-8")
            start = text.find(phrase)
            if start < 0:
                sys.exit(f"{gold_path}: evidence not found in {gold['doc']}: {item['evidence']!r}")
            evidence = {"document": gold["doc"], "start": start, "end": start + len(phrase),
                        "quote": short_quote(item["evidence"])}
            key = (item["source"], item["type"], item["target"])
            if key not in merged:
                merged[key] = {"source": key[0], "kind": key[1], "target": key[2],
                               "modality": item["modality"], "evidence": []}
                order.append(key)
            relation = merged[key]
            if item["modality"] == "asserted":
                relation["modality"] = "asserted"
            relation["evidence"].append(evidence)
    used = [party for key in order for party in (key[0], key[2])]
    missing = sorted(set(used) - set(PARTIES))
    if missing:
        sys.exit(f"parties without a name table entry: {missing}")
    parties = []
    for party_id in dict.fromkeys(used):
        name, kind, aliases = PARTIES[party_id]
        parties.append({"id": party_id, "name": name, "kind": kind, "aliases": aliases})
    graph = {"parties": parties, "relations": [merged[key] for key in order]}
    json.dump(graph, sys.stdout, indent=2, ensure_ascii=False, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
