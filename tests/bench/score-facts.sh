#!/usr/bin/env bash
# Scores the fact stage: the seed pages, then the three dev gold sets together.
#   tests/bench/score-facts.sh [--show]     (build first: dotnet build -c Release)
# Reads ../shared (corpus, gold, scorer); skips politely when it is absent.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=../shared
if [[ ! -d $shared/corpus || ! -f $shared/tools/score_records.py ]]; then
  echo "score-facts: $shared not found; nothing to score" >&2
  exit 0
fi
dll=src/Extractor.Cli/bin/Release/net10.0/extract.dll
[[ -f $dll ]] || { echo "score-facts: build first (dotnet build -c Release)" >&2; exit 1; }
tmp=${TMPDIR:-/tmp}/score-facts.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT

echo "== seeds"
dotnet "$dll" samples/seeds -q -j 2 -f jsonl > "$tmp/seeds.jsonl" || true
python3 $shared/tools/score_records.py --gold $shared/gold/seeds.json --pred "$tmp/seeds.jsonl" "$@" | grep -vE '^(title|published|updated|outlet|authors|agencies|dateline|text_)'

for set in state-dept white-house kremlin; do
  dotnet "$dll" $shared/corpus/$set -q -j 2 -f jsonl > "$tmp/$set.jsonl" || true
done
cat "$tmp"/state-dept.jsonl "$tmp"/white-house.jsonl "$tmp"/kremlin.jsonl > "$tmp/dev.jsonl"
python3 - "$shared" "$tmp/dev-gold.json" <<'PY'
import json, sys
shared, out = sys.argv[1], sys.argv[2]
records = {}
for name in ("state-dept", "white-house", "kremlin"):
    records.update(json.load(open(f"{shared}/gold/{name}.json", encoding="utf-8"))["records"])
json.dump({"records": records}, open(out, "w", encoding="utf-8"))
PY
echo "== dev (state-dept + white-house + kremlin)"
python3 $shared/tools/score_records.py --gold "$tmp/dev-gold.json" --pred "$tmp/dev.jsonl" "$@" | grep -vE '^(title|published|updated|outlet|authors|agencies|dateline|text_)'
if [[ -n ${KEEP:-} ]]; then cp "$tmp"/*.jsonl "$KEEP"/; fi
