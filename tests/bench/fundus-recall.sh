#!/usr/bin/env bash
# Benchmark (not a test): recall and precision of the HTML cleaner on the fundus publisher pages
# (130 pages, 91 publishers, 30+ languages) and the dates pages (515, mostly German and other
# European news and blogs), against the JSON-LD articleBody of the pages that state one
# (fundus_recall.py) — a proxy for pages in many languages without reference bodies.
#   tests/bench/fundus-recall.sh [--no-build] [--worst N]
# Skips politely (exit 0) when ../shared is not there.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${SHARED:-../shared}
if [[ ! -d $shared/bench/fundus/html ]]; then
  echo "fundus-recall: $shared/bench/fundus/html not found; nothing to score" >&2
  exit 0
fi
if [[ "${1:-}" == "--no-build" ]]; then shift; else dotnet build src/Extractor.Cli -c Release -v quiet -nologo > /dev/null; fi
dll=src/Extractor.Cli/bin/Release/net10.0/extract.dll
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for set in fundus dates; do
  dir=$shared/bench/$set/html
  [[ -d $dir ]] || continue
  echo "== $set"
  dotnet "$dll" "$dir" -q -f jsonl > "$tmp/$set.jsonl" || true
  python3 tests/bench/fundus_recall.py --html "$dir" --pred "$tmp/$set.jsonl" "$@"
done
