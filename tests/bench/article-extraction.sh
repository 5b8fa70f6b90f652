#!/usr/bin/env bash
# Article-extraction benchmark: runs extract on ../shared/bench/article-extraction (HTML pages and
# their text dumps) and prints F1, precision, recall (score_text.py, the benchmark's own measure)
# and pages per second (whole process, --jobs 1) for each kind.
#
# It times the shipped tool, the native executable of `dotnet publish` (artifacts/native/extract),
# and first checks that the native build writes the same bytes as the JIT build in every format
# (tests/native-check.sh).
#
#   tests/bench/article-extraction.sh            build and publish Release, then measure both kinds
#   tests/bench/article-extraction.sh --no-build measure the existing builds
#   tests/bench/article-extraction.sh --jit      time the JIT build (dotnet extract.dll) instead
#   SHARED=/path/to/shared tests/bench/...       where the bench data lives (default: ../shared)
#   RUNS=9 tests/bench/...                       how many timed runs per kind (default 5; median reported)
#
# Skips politely (exit 0) when the bench data is not there.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
shared="${SHARED:-$root/../shared}"
bench="$shared/bench/article-extraction"
scorer="$shared/tools/score_text.py"
dll="$root/src/Extractor.Cli/bin/Release/net10.0/extract.dll"
native="$root/artifacts/native/extract"
build=1
jit=0
for arg in "$@"; do
    case "$arg" in
        --no-build) build=0 ;;
        --jit) jit=1 ;;
        *) echo "unknown option: $arg" >&2; exit 2 ;;
    esac
done

if [[ ! -d "$bench" || ! -f "$scorer" ]]; then
    echo "article-extraction bench not found at $bench: skipped"
    exit 0
fi

if (( build )); then
    dotnet build "$root/src/Extractor.Cli" -c Release -v quiet -nologo > /dev/null
    if (( ! jit )); then
        dotnet publish "$root/src/Extractor.Cli" -c Release -o "$root/artifacts/native" -v quiet -nologo > /dev/null
    fi
fi

if (( jit )); then
    run=(dotnet "$dll")
    echo "timing the JIT build: dotnet $dll"
else
    run=("$native")
    echo "timing the native build: $native"
    # The native build must write exactly what the JIT build writes, in every format.
    NATIVE="$native" bash "$root/tests/native-check.sh"
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# The machine's speed varies from run to run (a shared virtual machine: the same run took 1.1 to
# 1.8 s), so each kind is timed RUNS times (default 5) and the median is reported, with the range.
runs="${RUNS:-5}"
printf '%-5s %6s %6s %9s %6s %8s %8s  %s\n' kind pages F1 precision recall median pages/s "range of $runs runs (s)"
for kind in html text; do
    [[ -d "$bench/$kind" ]] || continue
    pages=$(find "$bench/$kind" -type f | wc -l)
    times=()
    for ((i = 0; i < runs; i++)); do
        start=$(date +%s.%N)
        "${run[@]}" "$bench/$kind" --format jsonl --jobs 1 --quiet > "$out/$kind.jsonl"
        end=$(date +%s.%N)
        times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')")
    done
    python3 "$scorer" --truth "$bench/truth.json" --pred "$out/$kind.jsonl" --json > "$out/$kind.score"
    python3 - "$out/$kind.score" "$kind" "$pages" "${times[@]}" <<'PY'
import json, statistics, sys
score = json.load(open(sys.argv[1]))
kind, pages, times = sys.argv[2], int(sys.argv[3]), sorted(float(t) for t in sys.argv[4:])
median = statistics.median(times)
print(f"{kind:<5} {pages:6d} {score['f1']:6.3f} {score['precision']:9.3f} {score['recall']:6.3f} {median:8.2f} {pages / median:8.1f}  {times[0]:.2f}-{times[-1]:.2f}")
PY
done
