#!/usr/bin/env bash
# Article-extraction benchmark: runs extract on ../shared/bench/article-extraction (HTML pages and
# their text dumps) and prints F1, precision, recall (score_text.py, the benchmark's own measure)
# and pages per second (whole process, --jobs 1) for each kind.
#
# It times the shipped tool, the native executable of `dotnet publish` (artifacts/native/extract),
# and first checks that the native build writes the same bytes as the JIT build in every format.
#
#   tests/bench/article-extraction.sh            build and publish Release, then measure both kinds
#   tests/bench/article-extraction.sh --no-build measure the existing builds
#   tests/bench/article-extraction.sh --jit      time the JIT build (dotnet extract.dll) instead
#   SHARED=/path/to/shared tests/bench/...       where the bench data lives (default: ../shared)
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
    for format in jsonl csv tsv; do
        if ! cmp -s <("$native" "$root/samples" --format "$format" --quiet) <(dotnet "$dll" "$root/samples" --format "$format" --quiet); then
            echo "native and JIT builds differ on samples/ in $format" >&2
            exit 1
        fi
    done
    echo "native output identical to the JIT build on samples/ (jsonl, csv, tsv)"
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

printf '%-5s %6s %6s %9s %6s %7s %8s\n' kind pages F1 precision recall seconds pages/s
for kind in html text; do
    [[ -d "$bench/$kind" ]] || continue
    pages=$(find "$bench/$kind" -type f | wc -l)
    start=$(date +%s.%N)
    "${run[@]}" "$bench/$kind" --format jsonl --jobs 1 --quiet > "$out/$kind.jsonl"
    end=$(date +%s.%N)
    python3 "$scorer" --truth "$bench/truth.json" --pred "$out/$kind.jsonl" --json > "$out/$kind.score"
    python3 - "$out/$kind.score" "$kind" "$pages" "$start" "$end" <<'PY'
import json, sys
score = json.load(open(sys.argv[1]))
kind, pages, start, end = sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
seconds = end - start
print(f"{kind:<5} {pages:6d} {score['f1']:6.3f} {score['precision']:9.3f} {score['recall']:6.3f} {seconds:7.2f} {pages / seconds:8.1f}")
PY
done
