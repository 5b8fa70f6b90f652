#!/usr/bin/env bash
# Scores extract's records against the reference records in ../shared/gold with the project's
# scorer (score_records.py): the seed pages, each dev set (State Department, White House,
# Kremlin), then the three dev sets together — every metadata, interaction and text figure.
#
#   tests/bench/score-records.sh            build Release, then score
#   tests/bench/score-records.sh --no-build score the existing Release build
#   tests/bench/score-records.sh --show     also list every miss (with or after --no-build)
#   KEEP=DIR tests/bench/score-records.sh   keep the predictions in DIR
#
# Skips politely (exit 0) when ../shared is not there.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${SHARED:-../shared}
if [[ ! -d $shared/corpus || ! -f $shared/tools/score_records.py ]]; then
  echo "score-records: $shared not found; nothing to score" >&2
  exit 0
fi
if [[ "${1:-}" == "--no-build" ]]; then shift; else dotnet build src/Extractor.Cli -c Release -v quiet -nologo > /dev/null; fi
dll=src/Extractor.Cli/bin/Release/net10.0/extract.dll
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
score() { python3 "$shared/tools/score_records.py" --gold "$1" --pred "$2" "${@:3}"; }

echo "== seeds"
dotnet "$dll" samples/seeds -q -f jsonl > "$tmp/seeds.jsonl" || true
score "$shared/gold/seeds.json" "$tmp/seeds.jsonl" "$@"
for set in state-dept white-house kremlin; do
  echo "== $set"
  dotnet "$dll" "$shared/corpus/$set" -q -f jsonl > "$tmp/$set.jsonl" || true
  score "$shared/gold/$set.json" "$tmp/$set.jsonl" "$@"
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
echo "== dev sets together (state-dept + white-house + kremlin)"
score "$tmp/dev-gold.json" "$tmp/dev.jsonl" "$@"
if [[ -n ${KEEP:-} ]]; then cp "$tmp"/*.jsonl "$KEEP"/; fi
