#!/usr/bin/env bash
# Builds one fuzz target with libFuzzer and AddressSanitizer and runs it.
# usage: Fuzz/run.sh TARGET SECONDS     TARGET in FuzzTSV FuzzCSV FuzzJSON FuzzExtract FuzzParse FuzzDOT
# FuzzDOT also starts from Graphviz's test graphs in ../shared/dot-corpus when they are there.
# Crashes land in Fuzz/crashes/TARGET/; each one found becomes a regression test.
set -euo pipefail
target=${1:?usage: run.sh TARGET SECONDS}
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
# FUZZ_CONFIG=release builds optimised (about ten times the executions a second), for long runs;
# FUZZ_FLAGS adds libFuzzer flags (for example "-jobs=2 -workers=2 -runs=550000": two processes,
# whose logs go to Fuzz/fuzz-N.log).
config=${FUZZ_CONFIG:-debug}
swift build -c "$config" --package-path "$here" --product "$target" -Xswiftc -sanitize=fuzzer,address > /dev/null
bin=$(swift build -c "$config" --package-path "$here" --show-bin-path)/"$target"
mkdir -p "$here/crashes/$target" "$here/work/$target"
# The committed seed corpus stays as it is; new inputs go to a scratch folder.
cd "$here"
seeds=("$here/corpus/$target")
limits=()
if [ "$target" = FuzzDOT ]; then
    # The reader must answer within a second on any file: a slower input is reported as a hang.
    limits=(-timeout=2)
    if [ -d "$here/../../shared/dot-corpus" ]; then seeds+=("$here/../../shared/dot-corpus"); fi
fi
"$bin" -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$here/crashes/$target/" \
    -rss_limit_mb=4096 "${limits[@]}" ${FUZZ_FLAGS:-} "$here/work/$target" "${seeds[@]}" 2>&1 | tail -n 40
