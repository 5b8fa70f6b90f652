#!/usr/bin/env bash
# Events and syndicated copies against the gold of ../shared (not part of the repository):
# runs extract --events on the seeds and the news set and prints pairwise precision and recall of
# "same event" and the copy_of pairs next to the gold notes. --no-build reuses the last build.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${SHARED:-../shared}
if [[ "${1:-}" != "--no-build" ]]; then
    dotnet build src/Extractor.Cli -c Release -v q -nologo >/dev/null
fi
dll=src/Extractor.Cli/bin/Release/net10.0/extract.dll
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet "$dll" "$shared/seeds" "$shared/corpus/news" -q -f jsonl --no-text -o "$out/records.jsonl" --events "$out/events.jsonl"
python3 tests/bench/score_events.py --gold "$shared/gold/seeds.json" "$shared/gold/news.json" \
    --records "$out/records.jsonl" --events "$out/events.jsonl" ${SHOW:+--show}
echo "--- all five dev sets (seeds, news, State Dept., White House, Kremlin: the same call read out by two governments is one event)"
dotnet "$dll" "$shared/seeds" "$shared/corpus/news" "$shared/corpus/state-dept" "$shared/corpus/white-house" "$shared/corpus/kremlin" \
    -q -f jsonl --no-text -o "$out/all.jsonl" --events "$out/all-events.jsonl"
python3 tests/bench/score_events.py --gold "$shared/gold/seeds.json" "$shared/gold/news.json" "$shared/gold/state-dept.json" \
    "$shared/gold/white-house.json" "$shared/gold/kremlin.json" --records "$out/all.jsonl" --events "$out/all-events.jsonl" ${SHOW:+--show}
