#!/usr/bin/env bash
# WARC input at scale, with the native build:
#  1. one process on a WARC of PAGES pages (default 20,000: the 181 bench HTML pages over and
#     over, each under its own URI, one gzip member per record as CC-NEWS ships them): wall
#     time, pages/s and peak memory, against the same on 200 pages (flat memory: at most 1.5x);
#  2. 1, 2 and 4 shards of SHARD_PAGES pages (default 4,000, in 4 files) on a single-node Slurm
#     and on a Dask LocalCluster started here: wall time and the speed-up over 1 shard.
# Needs ../shared/bench/article-extraction, and for 2. what tests/cluster/run.sh needs.
#   tests/bench/warc.sh                 NATIVE=artifacts/native/extract PAGES=2000 tests/bench/warc.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bench="$root/../shared/bench/article-extraction/html"
python=/usr/bin/python3
pages="${PAGES:-20000}"
shard_pages="${SHARD_PAGES:-4000}"
say() { echo "warc bench: $*" >&2; }
fail() { say "FAILED: $*"; exit 1; }
[[ -d "$bench" ]] || fail "$bench not found"
source "$root/tests/cluster/lib.sh"

native="${NATIVE:-}"
if [[ -z "$native" ]]; then
    say "publishing the native build"
    dotnet publish "$root/src/Extractor.Cli" -c Release -o "$work/native" -v quiet -nologo > "$work/publish.log" 2>&1 \
        || { cat "$work/publish.log" >&2; fail "native publish failed"; }
    native="$work/native/extract"
fi

# WARC files of response records, one gzip member each, cycling through the bench pages.
make_warcs() { # pages, files, prefix
    "$python" - "$bench" "$1" "$2" "$3" <<'PY'
import gzip, pathlib, sys
bench, pages, files, prefix = pathlib.Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
bodies = [(p.name[:-8], gzip.decompress(p.read_bytes())) for p in sorted(bench.glob("*.html.gz"))]
per_file = -(-pages // files)
for f in range(files):
    with open(f"{prefix}-{f + 1}.warc.gz", "wb") as out:
        for i in range(f * per_file, min(pages, (f + 1) * per_file)):
            name, body = bodies[i % len(bodies)]
            http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(body) + body
            head = (f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://bench.invalid/{i}/{name}\r\n"
                    f"WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{i:012d}>\r\n"
                    f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode()
            out.write(gzip.compress(head + http + b"\r\n\r\n", compresslevel=6))
PY
}
mkdir -p "$work/big" "$work/small" "$work/shards"
make_warcs "$pages" 1 "$work/big/big"
make_warcs 200 1 "$work/small/small"
make_warcs "$shard_pages" 4 "$work/shards/crawl"
say "WARC files written: $pages pages ($(du -h "$work/big/big-1.warc.gz" | cut -f1)), 200 pages, $shard_pages pages in 4 files"

measure() { # label, inputs... (after the label: extract's arguments)
    local label="$1"
    shift
    /usr/bin/time -f "%e %M" -o "$work/time" "$native" "$@" -f jsonl -q > "$work/out.jsonl" || [[ $? -eq 1 ]]
    read -r seconds kb < "$work/time"
    local n
    n=$(wc -l < "$work/out.jsonl")
    echo "$label: $n pages in $seconds s, $(awk -v n="$n" -v s="$seconds" 'BEGIN { printf "%.0f", n / s }') pages/s, peak RSS $((kb / 1024)) MB"
    last_kb=$kb
}
say "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
measure "one process, -j 2, 200 pages" "$work/small" -j 2
small_kb=$last_kb
measure "one process, -j 2, $pages pages" "$work/big" -j 2
echo "peak memory ratio $pages / 200 pages: $(awk -v a="$last_kb" -v b="$small_kb" 'BEGIN { printf "%.2f", a / b }') (must be at most 1.5)"
measure "one process, -j 1, $shard_pages pages (the shard set)" "$work/shards" -j 1

if ! command -v slurmctld > /dev/null || ! "$python" -c 'import distributed' 2> /dev/null || [[ $(id -u) -ne 0 ]]; then
    say "Slurm or Dask not installed (or not root): no shard figures"
    exit 0
fi
extract="$native"
start_local_slurm
for n in 1 2 4; do
    slurm_run "$n" "$work/slurm-out/$n" "$work/shards"
    [[ $(cat "$work/slurm-out/$n"/part-*.jsonl | wc -l) -eq $shard_pages ]] || fail "Slurm, $n shards: wrong number of records"
    eval "slurm_$n=$slurm_seconds"
    echo "Slurm, $n shards of $shard_pages pages: $slurm_seconds s"
done
for n in 1 2 4; do
    t0=$(date +%s.%N)
    timeout 600 "$python" "$root/deploy/dask/extract_dask.py" --shards "$n" --local-workers 2 --out "$work/dask-out/$n" \
        --extract "$native" "$work/shards" -- --quiet 2> "$work/dask.err" || fail "Dask: $(tail -n 5 "$work/dask.err")"
    seconds=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
    [[ $(cat "$work/dask-out/$n"/part-*.jsonl | wc -l) -eq $shard_pages ]] || fail "Dask, $n shards: wrong number of records"
    eval "dask_$n=$seconds"
    echo "Dask, $n shards of $shard_pages pages: $seconds s"
done
# shellcheck disable=SC2154
awk -v s1="$slurm_1" -v s2="$slurm_2" -v s4="$slurm_4" -v d1="$dask_1" -v d2="$dask_2" -v d4="$dask_4" 'BEGIN {
    printf "speed-up over 1 shard: Slurm 2 shards %.2fx, 4 shards %.2fx; Dask 2 shards %.2fx, 4 shards %.2fx\n", s1 / s2, s1 / s4, d1 / d2, d1 / d4 }'
say "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
