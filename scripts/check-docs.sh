#!/usr/bin/env bash
# Builds the DocC documentation of every library module with warnings as
# errors, then checks in the extracted symbol graphs that every public symbol
# declared in Sources/ has a doc comment and every public function,
# initializer and subscript states its complexity.
#
# Usage: scripts/check-docs.sh   (from anywhere; needs python3)
set -euo pipefail
cd "$(dirname "$0")/.."
modules=(RelationGraph RelationGraphRender RelationGraphExtract RelationGraphGraphviz)
for module in "${modules[@]}"; do
    log=$(mktemp)
    if ! swift package generate-documentation --target "$module" --warnings-as-errors > "$log" 2>&1; then
        grep -v "^\[" "$log" >&2
        echo "error: the documentation of $module has warnings" >&2
        exit 1
    fi
done
symbols="$(swift build --show-bin-path)/../extracted-symbols"
python3 - "$symbols" "${modules[@]}" <<'PY'
import glob, json, sys
root, modules = sys.argv[1], sys.argv[2:]
callables = {"swift.method", "swift.func", "swift.init", "swift.type.method", "swift.func.op", "swift.subscript"}
problems = []
for module in modules:
    graph = json.load(open(glob.glob(f"{root}/*/{module}/{module}.symbols.json")[0]))
    for symbol in graph["symbols"]:
        uri = symbol.get("location", {}).get("uri", "")
        if "/Sources/" not in uri:
            continue  # synthesized or inherited from a protocol outside the package
        where = f'{uri.split("/Sources/")[1]}:{symbol["location"]["position"]["line"] + 1}'
        name = ".".join(symbol["pathComponents"])
        text = " ".join(line["text"] for line in symbol.get("docComment", {}).get("lines", []))
        if not text.strip():
            problems.append(f"{where}: {name} has no doc comment")
        elif symbol["kind"]["identifier"] in callables and "- Complexity:" not in text:
            problems.append(f"{where}: {name} does not state its complexity")
print("\n".join(problems) if problems else f"documentation: {len(modules)} modules, no warnings, every public symbol documented")
sys.exit(1 if problems else 0)
PY
