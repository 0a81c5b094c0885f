#!/usr/bin/env bash
# Regenerates the embedded seed graph by running the extractor on the seed
# articles. The graph keeps, for every relation, the document, byte range and
# a short quote of each statement; no article text beyond those phrases.
#
# Usage: scripts/make-seed-graph.sh [SEEDS_DIR]   (default: ../shared/seeds)
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=${1:-../shared/seeds}
swift run -q relgraph extract "$seeds"/*.txt --format tsv \
    --graph-out Sources/RelationGraph/Resources/SeedGraph.json > /dev/null
echo "wrote Sources/RelationGraph/Resources/SeedGraph.json"
