#!/usr/bin/env bash
# Runs relgraph-bench and the Python peers on the same TSV, one after the
# other on this machine, and prints all lines. Installs the peers from PyPI
# into a virtualenv beside this script (ignored by git).
#
# Then times Graphviz and NetworkX reading the DOT that relgraph-bench's
# `dotread` read (Benchmarks/dot_peers.sh, each under a limit of
# DOT_LIMIT seconds, default 600).
#
# usage: Benchmarks/compare.sh big.tsv    (from the repository root)
set -euo pipefail
tsv=${1:?usage: compare.sh big.tsv}
here=$(cd "$(dirname "$0")" && pwd)
# The virtualenv may exist already (dot_peers.sh makes one with fewer packages): install every time, pip skips what is there.
if [ ! -x "$here/.venv/bin/python" ]; then python3 -m venv "$here/.venv"; fi
"$here/.venv/bin/pip" install -q networkx igraph rustworkx
echo "# $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(date -u +%F)"
swift build -c release --package-path "$here" --product relgraph-bench > /dev/null
dot=$(mktemp --suffix=.dot)
trap 'rm -f "$dot"' EXIT
"$here/.build/release/relgraph-bench" "$tsv" --dot-out "$dot"
"$here/.venv/bin/python" "$here/peers.py" "$tsv"
"$here/dot_peers.sh" "$dot" "${DOT_LIMIT:-600}"
