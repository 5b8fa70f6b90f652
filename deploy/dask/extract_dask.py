#!/usr/bin/env python3
"""Runs extract over N shards of the inputs on a Dask cluster, one task per shard.

    extract_dask.py --shards N --out OUTDIR [--scheduler ADDRESS | --local-workers W]
                    [--extract EXTRACT] INPUT... [-- EXTRACT OPTIONS...]

Each task runs the extract executable as a subprocess on the worker with `--shard K/N` and writes
OUTDIR/part-K-of-N.jsonl (through extract's temporary file and rename, so a failed task leaves no
part, and a rerun is safe). The inputs and OUTDIR must be visible to every worker under the same
paths (a shared file system), as the executable must be. Without --scheduler, a LocalCluster of W
worker processes runs on this machine. The parts are disjoint and cover every page: a page goes to
the shard of a stable hash of its id. Exit status: 0 when every shard wrote its part (extract's
status 1, some pages unreadable, counts: each such page has its line in the report); else 1.
"""
import argparse
import os
import shlex
import subprocess
import sys
import time


def run_shard(extract, inputs, options, k, n, out):
    """One shard: the extract command, its status, its standard error and its wall time."""
    part = os.path.join(out, f"part-{k}-of-{n}.jsonl")
    command = [*extract, *inputs, "--shard", f"{k}/{n}", "--jobs", "1", "--format", "jsonl",
               "--progress", "never", "--output", part, *options]
    started = time.monotonic()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
    return k, done.returncode, done.stderr, time.monotonic() - started


def main(argv):
    options = []
    if "--" in argv:
        at = argv.index("--")
        argv, options = argv[:at], argv[at + 1:]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shards", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (tcp://host:8786)")
    parser.add_argument("--local-workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--processes", action="store_true",
                        help="a LocalCluster of worker processes rather than threads")
    parser.add_argument("--extract", default=os.environ.get("EXTRACT", "extract"),
                        help="the extract executable, or a command (\"dotnet extract.dll\")")
    parser.add_argument("inputs", nargs="+")
    args = parser.parse_args(argv)
    if args.shards < 1:
        parser.error("--shards must be at least 1")

    from distributed import Client, LocalCluster

    os.makedirs(args.out, exist_ok=True)
    out = os.path.abspath(args.out)
    extract = shlex.split(args.extract)
    if args.scheduler:
        cluster = None
        client = Client(args.scheduler)
    else:
        # The work of a task is a subprocess: worker threads serve as well as worker processes
        # and start in a fraction of the time.
        cluster = LocalCluster(n_workers=args.local_workers, threads_per_worker=1, processes=args.processes,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        futures = [client.submit(run_shard, extract, args.inputs, options, k, args.shards, out,
                                 key=f"extract-shard-{k}-of-{args.shards}", pure=False)
                   for k in range(1, args.shards + 1)]
        failed = 0
        for k, status, stderr, seconds in sorted(client.gather(futures)):
            sys.stderr.write(stderr)
            print(f"shard {k}/{args.shards}: exit {status}, {seconds:.2f} s", file=sys.stderr)
            failed += status not in (0, 1)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
