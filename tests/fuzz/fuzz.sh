#!/usr/bin/env bash
# Fuzzing run (not a unit test): 10,000 mutated pages made from the bench pages (truncations,
# random bytes, deep nesting, huge attributes, broken entities, mixed encodings, cut gzip), with a
# fixed seed, fed to the tool 100 pages a run. Reports crashes (an exit status other than 0 or 1,
# a stack trace on standard error, or an `internal error` line: an exception the pipeline did not
# expect, caught at the top), hangs (over 10 s a page) and peak memory over 500 MB.
# Usage: tests/fuzz/fuzz.sh [BENCH_DIR] [PAGES] [SEED]   (BENCH_DIR: ../shared/bench/article-extraction)
set -uo pipefail
cd "$(dirname "$0")/../.."
bench="${1:-../shared/bench/article-extraction}"; pages="${2:-10000}"; seed="${3:-12}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
# A copy of the build, so a rebuild during the run cannot change the tool under it.
if [ -x artifacts/native/extract ]; then cp artifacts/native/extract "$work/extract"; tool=("$work/extract")
else cp -r src/Extractor.Cli/bin/Release/net10.0 "$work/jit"; tool=(dotnet "$work/jit/extract.dll"); fi
python3 tests/fuzz/mutate.py "$bench" "$work/pages" "$pages" "$seed"
crashes=0; hangs=0; heavy=0; peak=0; runs=0
check_page() {  # one page alone, 10 s at most
  local page="$1" status
  timeout -s KILL 10 "${tool[@]}" "$page" -q -f jsonl >/dev/null 2>"$work/err1"; status=$?
  if [ "$status" -eq 137 ]; then echo "HANG  $page"; hangs=$((hangs + 1));
  elif [ "$status" -gt 1 ] || grep -qE '^\s+at |Unhandled exception|internal error' "$work/err1"; then echo "CRASH $page (exit $status)"; head -3 "$work/err1"; crashes=$((crashes + 1)); fi
}
for batch in "$work"/pages/b*; do
  n=$(ls "$batch" | wc -l); runs=$((runs + 1))
  /usr/bin/time -f '%M' -o "$work/mem" timeout -s KILL $((10 * n)) "${tool[@]}" "$batch" -q -f jsonl >/dev/null 2>"$work/err"; status=$?
  kb=$(tail -n 1 "$work/mem" | grep -oE '^[0-9]+$' || echo 0); [ "$kb" -gt "$peak" ] && peak=$kb
  [ "$kb" -gt 512000 ] && { echo "MEMORY $batch: $((kb / 1024)) MB"; heavy=$((heavy + 1)); }
  if [ "$status" -gt 1 ] || grep -qE '^\s+at |Unhandled exception|internal error' "$work/err"; then
    echo "batch $(basename "$batch"): exit $status; checking its pages one by one"
    for page in "$batch"/*; do check_page "$page"; done
  fi
  echo "$(basename "$batch"): exit $status, $((kb / 1024)) MB"
done
echo "fuzz: $pages pages (seed $seed) in $runs runs of ${tool[*]}: $crashes crashes, $hangs hangs, $heavy runs over 500 MB; peak $((peak / 1024)) MB"
[ $((crashes + hangs + heavy)) -eq 0 ]
