#!/usr/bin/env bash
# Benchmark (not a test): two builds of extract timed in turn on the same pages, so both see the
# same machine. This development machine is a shared VM whose speed drifts by up to a third
# from one hour to the next; runs taken side by side, alternating, are the only fair comparison
# of two builds' wall time. Prints each build's median and fastest run.
# Usage: tests/bench/compare-builds.sh OLD_BINARY NEW_BINARY [DIR] [RUNS]
#   DIR defaults to ../shared/bench/article-extraction/html, RUNS to 7; each run is
#   `BINARY DIR -f jsonl -j 1 -q`, whole process. Make OLD_BINARY with, e.g.:
#   git worktree add /tmp/old REV && dotnet publish /tmp/old/src/Extractor.Cli -c Release -o /tmp/old-native
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ $# -lt 2 ]; then
  sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi

old="$1"
new="$2"
dir="${3:-../shared/bench/article-extraction/html}"
runs="${4:-7}"
for binary in "$old" "$new"; do
  [ -x "$binary" ] || { echo "not an executable: $binary" >&2; exit 2; }
done
[ -d "$dir" ] || { echo "no such folder: $dir" >&2; exit 2; }

for _ in $(seq "$runs"); do
  for which in old new; do
    binary="$old"
    [ "$which" = new ] && binary="$new"
    start=$(date +%s.%N)
    "$binary" "$dir" -f jsonl -j 1 -q > /dev/null
    end=$(date +%s.%N)
    echo "$which $start $end"
  done
done | python3 -c '
import statistics, sys
times = {"old": [], "new": []}
for line in sys.stdin:
    which, start, end = line.split()
    times[which].append(float(end) - float(start))
for which in ("old", "new"):
    t = times[which]
    print(f"{which}: median {statistics.median(t):.3f} s, fastest {min(t):.3f} s over {len(t)} runs")
ratio = statistics.median(times["new"]) / statistics.median(times["old"])
print(f"new/old: {ratio:.2f}")
'
