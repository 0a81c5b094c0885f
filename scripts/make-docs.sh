#!/usr/bin/env bash
# Regenerates the Markdown guides in Docs/ from the DocC articles (one
# source, no drift), Docs/CLI.md from real runs of every subcommand, and the
# seed diagram Docs/seeds.svg.
#
# Usage: scripts/make-docs.sh   (from anywhere; reads only the repository)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -q --product relgraph
bin=$(swift build --show-bin-path)/relgraph
texts=Examples/texts

for article in GettingStarted WhoDependsOnWhom Rendering ExtractingRelations FileFormats CorporaOverTime; do
    # DocC symbol links (``Graph/lookup(_:)``) become code spans; <doc:...> links become file links.
    sed -E -e 's/``([^`]*)``/`\1`/g' -e 's/<doc:([A-Za-z]+)>/[\1](\1.md)/g' \
        "Sources/RelationGraph/RelationGraph.docc/$article.md" > "Docs/$article.md"
done

run() {
    echo
    echo '```sh'
    echo "\$ relgraph $*"
    echo '```'
    echo
    echo '```text'
    (cd "$(dirname "$0")/.." && "$bin" "$@" 2>&1 | head -n 40) || true
    echo '```'
}

{
    echo "# The relgraph command"
    echo
    echo "Every example below is a real run, on the embedded seed graph unless \`--graph\` names another, produced by \`scripts/make-docs.sh\`; long outputs are cut at 40 lines."
    echo
    echo "## parties"; run parties
    echo "## relations"; run relations --kind sanction
    echo "## dependencies"; run dependencies RUS; run dependencies PRK --hedged --format json
    echo "## a Graphviz diagram as the graph"; run dependencies RUS --graph Examples/graphs/arms.gv --hedged
    echo "## dependents"; run dependents PRK
    echo "## path"; run path KOR RUS; run path Seoul Kyiv --hedged; run path PRK UKR --all --max-length 3
    echo "## impact"; run impact IRN
    echo "## export"; run export --format mermaid; run export --format dot --kind supply --no-hedged
    echo "## report"; run report --kind supply --title Supply --output /tmp/relgraph-docs-report.html
    echo
    echo "It prints nothing: the page is in the file. Open it in a browser; [the README](../README.md#an-interactive-report) shows it."
    echo "## extract"; run extract "$texts/red-sea.txt"
    echo "## over time"; run extract "$texts" --graph-out /tmp/relgraph-docs-corpus.json --quiet --format tsv
    run relations --graph /tmp/relgraph-docs-corpus.json --kind supply; run dependencies RUS --graph /tmp/relgraph-docs-corpus.json --since 2024-06-01 --hedged
    run dependencies RUS --graph /tmp/relgraph-docs-corpus.json --as-of 2024-09-09
    echo "## timeline"; run timeline --graph /tmp/relgraph-docs-corpus.json --by quarter
    echo "## evaluate"; run evaluate --gold "$texts"/*.json "$texts"/*.txt
    echo "## errors"; run dependencies Rusia; run path RUS
} > Docs/CLI.md

"$bin" export --format svg --output Docs/seeds.svg
echo "wrote Docs/*.md and Docs/seeds.svg"
