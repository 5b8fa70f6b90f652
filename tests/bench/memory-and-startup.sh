#!/usr/bin/env bash
# Benchmark (not a test): streaming memory and start-up time of extract.
#  1. peak memory (maximum RSS from /usr/bin/time -v) on 200 and on 20,000 pages made by copying
#     samples/seeds; streaming end to end means the ratio stays <= 1.5 (exit 1 otherwise);
#  2. wall time of `extract --version` and of a run over the four seed pages (median of 5).
# It measures the shipped tool, the native executable of `dotnet publish` (artifacts/native);
# JIT=1 measures the JIT build (dotnet extract.dll) instead.
# Usage: [JIT=1] tests/bench/memory-and-startup.sh [SMALL] [LARGE]   (defaults 200 20000)
set -euo pipefail
cd "$(dirname "$0")/../.."
small="${1:-200}"
large="${2:-20000}"
jobs="${JOBS:-2}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ ! -x /usr/bin/time ]; then
  echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2
  exit 2
fi

if [ "${JIT:-0}" = 1 ]; then
  dotnet build src/Extractor.Cli -c Release -v quiet -nologo >/dev/null
  run=(dotnet "src/Extractor.Cli/bin/Release/net10.0/extract.dll")
else
  dotnet publish src/Extractor.Cli -c Release -o artifacts/native -v quiet -nologo >/dev/null
  run=(artifacts/native/extract)
fi
echo "measuring: ${run[*]}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

make_corpus() { # DIR COUNT: COUNT copies of the seed pages, 100 per folder
  local dir="$1" count="$2" i=0
  local seeds=(samples/seeds/*)
  mkdir -p "$dir"
  while [ "$i" -lt "$count" ]; do
    local sub="$dir/$((i / 100))"
    [ -d "$sub" ] || mkdir "$sub"
    cp "${seeds[$((i % ${#seeds[@]}))]}" "$sub/page$i.txt"
    i=$((i + 1))
  done
}

peak_kb() { # DIR: maximum resident set size in KB of one run writing JSON to /dev/null
  /usr/bin/time -v "${run[@]}" "$1" -q -j "$jobs" 2>"$work/time.txt" >/dev/null
  sed -n 's/.*Maximum resident set size (kbytes): *//p' "$work/time.txt"
}

median_seconds() { # COMMAND...: median wall time of 5 runs
  local times=()
  for _ in 1 2 3 4 5; do
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s.%N)
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
}

make_corpus "$work/small" "$small"
make_corpus "$work/large" "$large"
small_kb=$(peak_kb "$work/small")
large_kb=$(peak_kb "$work/large")
ratio=$(awk -v a="$large_kb" -v b="$small_kb" 'BEGIN { printf "%.2f", a / b }')
version_s=$(median_seconds "${run[@]}" --version)
seeds_s=$(median_seconds "${run[@]}" samples/seeds -q -j "$jobs")

echo "peak RSS, $small pages:   $((small_kb / 1024)) MB ($small_kb KB)"
echo "peak RSS, $large pages: $((large_kb / 1024)) MB ($large_kb KB)"
echo "ratio: $ratio (must be <= 1.5)"
echo "extract --version: ${version_s} s (median of 5)"
echo "extract samples/seeds: ${seeds_s} s (median of 5)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, jobs $jobs"
if awk -v r="$ratio" 'BEGIN { exit !(r > 1.5) }'; then
  echo "FAIL: memory grows with the corpus" >&2
  exit 1
fi
