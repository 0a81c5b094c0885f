#!/usr/bin/env bash
# Times other readers of DOT on the same file relgraph-bench's `dotread` reads
# (written with `--dot-out FILE`), one after the other, each under a time
# limit: Graphviz's `dot -Tcanon` (which also lays the graph out), Graphviz's
# `gc -e` (parse and count only) and NetworkX's `read_dot` (through pydot).
# A run that hits the limit is reported as `>LIMIT`, a lower bound.
#
# usage: Benchmarks/dot_peers.sh FILE.dot [LIMIT_SECONDS]   (Graphviz from Debian's graphviz package)
set -euo pipefail
file=${1:?usage: dot_peers.sh FILE.dot [LIMIT_SECONDS]}
limit=${2:-600}
here=$(cd "$(dirname "$0")" && pwd)
if [ ! -x "$here/.venv/bin/python" ]; then python3 -m venv "$here/.venv"; fi
"$here/.venv/bin/pip" install -q networkx pydot

timed() {  # timed TOOL WORKLOAD COMMAND...
    local tool=$1 workload=$2; shift 2
    local start end status=0
    start=$(date +%s.%N)
    timeout "$limit" "$@" > /dev/null 2>&1 || status=$?
    end=$(date +%s.%N)
    if [ "$status" = 124 ]; then
        printf '%s\t%s\t>%s\ttimed out\n' "$tool" "$workload" "$limit"
    else
        awk -v t="$tool" -v w="$workload" -v s="$start" -v e="$end" -v r="$status" 'BEGIN { printf "%s\t%s\t%.4f\texit %s\n", t, w, e - s, r }'
    fi
}

timed graphviz "dot -Tcanon" dot -Tcanon "$file"
timed graphviz "gc -e" gc -e "$file"
timed networkx read_dot "$here/.venv/bin/python" -c "import sys, networkx; networkx.nx_pydot.read_dot(sys.argv[1])" "$file"
