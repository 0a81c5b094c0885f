#!/usr/bin/env bash
# Builds one fuzz target with libFuzzer and AddressSanitizer and runs it.
# usage: Fuzz/run.sh TARGET SECONDS     TARGET in FuzzTSV FuzzCSV FuzzJSON FuzzExtract FuzzParse
# Crashes land in Fuzz/crashes/TARGET/; each one found becomes a regression test.
set -euo pipefail
target=${1:?usage: run.sh TARGET SECONDS}
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
swift build -c debug --package-path "$here" --product "$target" -Xswiftc -sanitize=fuzzer,address > /dev/null
bin=$(swift build -c debug --package-path "$here" --show-bin-path)/"$target"
mkdir -p "$here/crashes/$target" "$here/work/$target"
# The committed seed corpus stays as it is; new inputs go to a scratch folder.
cd "$here"
"$bin" -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$here/crashes/$target/" \
    -rss_limit_mb=4096 "$here/work/$target" "$here/corpus/$target" 2>&1 | tail -n 40
