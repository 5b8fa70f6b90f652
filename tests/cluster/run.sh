#!/usr/bin/env bash
# Real runs on a cluster scheduler, end to end: packs pages into WARC files with a real WARC writer
# (the pages served on 127.0.0.1 by python3 -m http.server and fetched by wget --warc-file), adds
# a hand-made WARC with a truncated record, then runs 4 shards on a single-node Slurm started here
# (munged, slurmctld, slurmd: deploy/slurm/extract.sbatch as an array job) and on a Dask
# LocalCluster (deploy/dask/extract_dask.py), and checks that the merged parts equal one
# process's output byte for byte once ordered by id, and that the error lines agree.
#
# Pages: samples/seeds always; the bench pages of ../shared/bench/article-extraction (HTML and
# text dumps) when ../shared is there. Needs wget, python3 with distributed (Debian's
# python3-distributed, run with /usr/bin/python3), slurmctld, slurmd, slurm-client and munge:
# .ci/run installs them; without them this script says what is missing and skips (exit 0).
# Needs a Release build (dotnet build -c Release). Every wait has a timeout and every daemon is
# stopped by pid on exit, whatever happens.
#   tests/cluster/run.sh            EXTRACT="path/to/native/extract" tests/cluster/run.sh
set -euo pipefail
[[ -z "${CLUSTER_TRACE:-}" ]] || { PS4='+ $SECONDS s: '; set -x; }
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dll="$root/src/Extractor.Cli/bin/Release/net10.0/extract.dll"
python=/usr/bin/python3
shards=4
started=$SECONDS

say() { echo "cluster: $*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

missing=()
for tool in wget slurmctld slurmd sbatch sinfo munged "$python"; do
    command -v "$tool" > /dev/null 2>&1 || missing+=("$tool")
done
if [[ ${#missing[@]} -eq 0 ]] && ! "$python" -c 'import distributed' 2> /dev/null; then
    missing+=("python3-distributed")
fi
if [[ ${#missing[@]} -gt 0 ]]; then
    say "skipped: not installed: ${missing[*]} (apt-get install wget slurmctld slurmd slurm-client munge python3-distributed)"
    exit 0
fi
if [[ $(id -u) -ne 0 ]]; then
    say "skipped: the single-node Slurm runs its daemons as root (SlurmUser=root)"
    exit 0
fi
[[ -f "$dll" ]] || fail "no Release build at $dll (dotnet build -c Release first)"

source "$root/tests/cluster/lib.sh"

# The executable every engine runs: EXTRACT, else the JIT build through a one-line wrapper.
if [[ -n "${EXTRACT:-}" ]]; then
    extract="$EXTRACT"
else
    extract="$work/extract"
    printf '#!/bin/sh\nexec dotnet "%s" "$@"\n' "$dll" > "$extract"
    chmod +x "$extract"
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# 1. The site: seeds, and the bench pages when ../shared is there, decompressed (a server would
#    send .html.gz as application/gzip).
site="$work/site"
mkdir -p "$site/seeds" "$site/html" "$site/text"
cp "$root"/samples/seeds/*.txt "$site/seeds/"
bench="$root/../shared/bench/article-extraction"
if [[ -d "$bench/html" ]]; then
    # One process for the lot: a gzip process per page costs seconds on a busy machine.
    "$python" - "$bench" "$site" <<'PY'
import gzip, pathlib, shutil, sys
bench, site = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
for kind in ("html", "text"):
    for page in sorted((bench / kind).glob("*")):
        target = site / kind / (page.name[:-3] if page.name.endswith(".gz") else page.name)
        if page.name.endswith(".gz"):
            target.write_bytes(gzip.decompress(page.read_bytes()))
        else:
            shutil.copyfile(page, target)
PY
else
    say "../shared/bench not found: the WARC files hold samples/seeds only"
fi
pages=$(find "$site" -type f | wc -l)

port="$(free_port)"
(cd "$site" && exec "$python" -u -m http.server "$port" --bind 127.0.0.1 > "$work/http.log" 2>&1) &
pids+=($!)
wait_for 20 wget -q -O /dev/null "http://127.0.0.1:$port/" || fail "http.server did not start (log: $(tail -n 3 "$work/http.log"))"

# 2. Three WARC files by wget: gzip per record (wget's default) for two, uncompressed for one. A
#    missing page in the first gives a 404 response, which must be skipped.
warcs="$work/warcs"
mkdir -p "$warcs"
(cd "$site" && find . -type f | sed 's|^\./||' | LC_ALL=C sort) > "$work/paths"
split -n r/3 -d "$work/paths" "$work/paths."
fetch() { # name, list, extra wget options
    local name="$1" list="$2"
    shift 2
    sed "s|^|http://127.0.0.1:$port/|" "$list" > "$work/$name.urls"
    local status=0
    timeout 120 wget -nv -a "$work/wget.log" --tries=3 --retry-connrefused --waitretry=1 --timeout=10 -O /dev/null --warc-file="$warcs/$name" -i "$work/$name.urls" "$@" || status=$?
    # 8: the server answered an error (the 404 asked for on purpose); anything else is a failure.
    [[ $status -eq 0 || $status -eq 8 ]] || fail "wget exit $status for $name"
}
echo "missing-page.html" >> "$work/paths.00"
fetch crawl-a "$work/paths.00"
fetch crawl-b "$work/paths.01"
fetch crawl-c "$work/paths.02" --no-warc-compression
kill "${pids[0]}" 2> /dev/null || true

# 3. A hand-made WARC: one resource record, then a response cut off inside its body.
{
    body='<html><head><title>Hand-made</title></head><body><p>The foreign ministers met in Seoul on Monday.</p></body></html>'
    printf 'WARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: https://example.com/hand-made\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n' "${#body}" "$body"
    printf 'WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.com/cut\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Cut off'
} > "$warcs/hand-made-truncated.warc"
say "$pages pages served, $(ls "$warcs" | wc -l) WARC files ($(du -sh "$warcs" | cut -f1)) in $((SECONDS - started)) s"

# 4. One process: the reference.
reference="$work/reference.jsonl"
status=0
timeout 300 "$extract" "$warcs" -f jsonl -o "$reference" 2> "$work/reference.err" || status=$?
[[ $status -eq 1 ]] || fail "one process: exit $status, expected 1 for the truncated record: $(cat "$work/reference.err")"
grep -q 'hand-made-truncated.warc#[0-9]*: truncated WARC record' "$work/reference.err" || fail "no error line for the truncated record: $(cat "$work/reference.err")"
grep -q 'WARC records skipped' "$work/reference.err" || fail "no count of skipped records: $(tail -n 1 "$work/reference.err")"
records=$(wc -l < "$reference")
(( records == pages + 1 )) || fail "one process gave $records records for $pages pages served + 1 hand-made"
grep '^extract: .*#[0-9]*: ' "$work/reference.err" | LC_ALL=C sort > "$work/reference.errors"
# copy_of names the first copy among the pages of one run, so a shard can only see copies within
# itself: it is left out of the comparison (README, "Shards").
without_copy_of() { sed -E 's/"copy_of":("([^"\\]|\\.)*"|null)/"copy_of":-/' "$@"; }
without_copy_of "$reference" | LC_ALL=C sort > "$work/reference.sorted"
say "one process: $(tail -n 1 "$work/reference.err")"

# Checks that the parts in $1 merge to the reference, and their error lines ($2) to its own.
compare() {
    local parts="$1" errors="$2" engine="$3"
    local count
    count=$(find "$parts" -name "part-*-of-$shards.jsonl" | wc -l)
    [[ $count -eq $shards ]] || fail "$engine wrote $count parts of $shards: $(ls "$parts")"
    without_copy_of "$parts"/part-*-of-"$shards".jsonl | LC_ALL=C sort > "$work/merged.sorted"
    cmp -s "$work/merged.sorted" "$work/reference.sorted" \
        || fail "$engine: the merged parts differ from one process ($(wc -l < "$work/merged.sorted") lines against $(wc -l < "$work/reference.sorted"))"
    # $errors is a list of files (or a glob) on purpose: left unquoted.
    # shellcheck disable=SC2086
    cat $errors | grep '^extract: .*#[0-9]*: ' | LC_ALL=C sort > "$work/merged.errors" || true
    cmp -s "$work/merged.errors" "$work/reference.errors" || fail "$engine: the error lines differ from one process's"
    local empty=0 part
    for part in "$parts"/part-*; do [[ -s "$part" ]] || empty=$((empty + 1)); done
    say "$engine: $shards parts, $(wc -l < "$work/merged.sorted") records, identical to one process after ordering by id ($empty empty parts)"
}

# 5. Slurm: a single node started here, the shards as an array job.
start_local_slurm
slurm_run "$shards" "$work/slurm/out/$shards" "$warcs"
compare "$work/slurm/out/$shards" "$work/slurm/out/$shards/task-*.log" "Slurm ($slurm_seconds s)"

# 6. Dask: a LocalCluster of two worker processes.
dask_out="$work/dask"
dask_started=$SECONDS
timeout 300 "$python" "$root/deploy/dask/extract_dask.py" --shards "$shards" --local-workers 2 --out "$dask_out" \
    --extract "$extract" "$warcs" -- --quiet 2> "$work/dask.err" \
    || fail "the Dask run failed: $(tail -n 20 "$work/dask.err")"
compare "$dask_out" "$work/dask.err" "Dask ($((SECONDS - dask_started)) s)"

say "passed in $((SECONDS - started)) s"
