#!/usr/bin/env bash
# Benchmark (not a test): instructions the shipped native build executes on the bench's HTML pages,
# its text dumps and the readouts of ../shared/corpus, one `-f jsonl -j 1` run each under
# valgrind's callgrind. Unlike wall time on a shared machine, the count hardly moves between
# runs (about ±0.3%), so it is the figure to compare two builds or commits by.
# Usage: tests/bench/instructions.sh [BINARY]   (default: publish and measure artifacts/native/extract)
#        SHARED=/path/to/shared tests/bench/instructions.sh
# Skips politely (exit 0) when valgrind or the bench data is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared="${SHARED:-../shared}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v valgrind >/dev/null; then
  echo "valgrind not found: skipped"
  exit 0
fi

if [ ! -d "$shared/bench/article-extraction" ]; then
  echo "bench data not found at $shared/bench/article-extraction: skipped"
  exit 0
fi

if [ $# -ge 1 ]; then
  source_binary="$1"
else
  dotnet publish src/Extractor.Cli -c Release -o artifacts/native -v quiet -nologo >/dev/null
  source_binary=artifacts/native/extract
fi

# valgrind cannot read the native build's separate debug file, so it runs a copy without it; the
# workstation collector keeps the run on the threads the tool itself starts.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$source_binary" "$work/extract"

printf '%-8s %6s %16s\n' set files instructions
for set in html text corpus; do
  case "$set" in
    html | text) dir="$shared/bench/article-extraction/$set" ;;
    corpus) dir="$shared/corpus" ;;
  esac
  [ -d "$dir" ] || continue
  pages=$(find "$dir" -type f | wc -l)
  count=$(DOTNET_gcServer=0 valgrind --tool=callgrind --callgrind-out-file=/dev/null \
    "$work/extract" "$dir" -f jsonl -j 1 -q 2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
  awk -v s="$set" -v p="$pages" -v c="$count" 'BEGIN { printf "%-8s %6s %14.3f G\n", s, p, c / 1e9 }'
done
