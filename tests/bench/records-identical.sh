#!/usr/bin/env bash
# Check (not a test: it reads ../shared): the records of every dev set are byte-identical to a
# saved reference. For refactors that must not change a record.
# Usage: tests/bench/records-identical.sh [--save] [--no-build] [--lexicons] [REF_DIR]
#   --save      write the reference (from the current build) instead of comparing with it
#   --no-build  use the dll as it is
#   --lexicons  also export the built-in lexicons and compare the records made with
#               --lexicons EXPORTED_DIR (needs a build that has --export-lexicons)
#   REF_DIR defaults to /tmp/i18-ref. Sets: seeds, corpus (every folder), the article-extraction
#   HTML and text pages, the dates and fundus HTML pages; jsonl for all, csv for the corpus, and
#   the record schema.
set -euo pipefail
cd "$(dirname "$0")/../.."
save=0; build=1; lexicons=0; ref=/tmp/i18-ref
for arg in "$@"; do
  case "$arg" in
    --save) save=1 ;;
    --no-build) build=0 ;;
    --lexicons) lexicons=1 ;;
    -*) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
    *) ref="$arg" ;;
  esac
done
[ "$build" = 1 ] && dotnet build src/Extractor.Cli -c Release -v q -nologo > /dev/null
dll=src/Extractor.Cli/bin/Release/net10.0/extract.dll
shared=../shared

# run NAME OUTDIR EXTRA_ARGS...: every set into OUTDIR
run() {
  local out="$1"; shift
  mkdir -p "$out"
  dotnet "$dll" "$shared/seeds" -q -f jsonl "$@" > "$out/seeds.jsonl" 2>> "$out/errors" || true
  dotnet "$dll" "$shared/corpus" -q -f jsonl "$@" > "$out/corpus.jsonl" 2>> "$out/errors" || true
  dotnet "$dll" "$shared/corpus" -q -f csv "$@" > "$out/corpus.csv" 2>> "$out/errors" || true
  dotnet "$dll" "$shared/corpus" -q -f csv --explode interactions "$@" > "$out/corpus-interactions.csv" 2>> "$out/errors" || true
  dotnet "$dll" "$shared/bench/article-extraction/html" -q -f jsonl "$@" > "$out/ae-html.jsonl" 2>> "$out/errors" || true
  dotnet "$dll" "$shared/bench/article-extraction/text" -q -f jsonl "$@" > "$out/ae-text.jsonl" 2>> "$out/errors" || true
  dotnet "$dll" "$shared/bench/dates/html" -q -f jsonl "$@" > "$out/dates.jsonl" 2>> "$out/errors" || true
  dotnet "$dll" "$shared/bench/fundus/html" -q -f jsonl "$@" > "$out/fundus.jsonl" 2>> "$out/errors" || true
  dotnet "$dll" --schema "$@" > "$out/schema.json"
  if [ -s "$out/errors" ]; then head -3 "$out/errors" >&2; fi
}

if [ "$save" = 1 ]; then
  rm -rf "$ref"; run "$ref"
  wc -l "$ref"/* | tail -1
  echo "reference saved in $ref"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
compare() {
  local label="$1" dir="$2"
  for f in "$ref"/*; do
    [ "$(basename "$f")" = errors ] && continue
    name=$(basename "$f")
    if cmp -s "$f" "$dir/$name"; then :; else
      echo "DIFFERENT ($label): $name"; status=1
    fi
  done
}
run "$work/now"
compare "built-in" "$work/now"
if [ "$lexicons" = 1 ]; then
  dotnet "$dll" --export-lexicons "$work/lexicons"
  run "$work/lex" --lexicons "$work/lexicons"
  compare "--lexicons exported" "$work/lex"
fi
[ "$status" = 0 ] && echo "identical: $(ls "$ref" | wc -l) outputs$([ "$lexicons" = 1 ] && echo ', also with the exported lexicons')"
exit "$status"
