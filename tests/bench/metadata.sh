#!/usr/bin/env bash
# Scores the metadata stage on the metadata sets in ../shared: the news pages (score_records.py:
# title, published, outlet, authors, agencies, dateline; the outlet also on the pages whose text
# names it, tests/bench/outlet-named.py), htmldate's date pages and fundus's
# publisher pages (score_meta.py: published, title, authors, authors_people).
#
#   tests/bench/metadata.sh             build Release, then score
#   tests/bench/metadata.sh --no-build  score the existing Release build
#   KEEP=DIR tests/bench/metadata.sh    keep the predictions in DIR (news.jsonl, dates.jsonl, fundus.jsonl)
#
# For comparison (as published with the sets): htmldate 0.904 on the whole dates set (0.920 on
# its dev half); newspaper4k 0.690 title and 0.586 authors (people) on the fundus set.
# Skips politely (exit 0) when ../shared is not there.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${SHARED:-../shared}
if [[ ! -d $shared/bench/dates || ! -f $shared/tools/score_meta.py ]]; then
  echo "metadata: $shared not found; nothing to score" >&2
  exit 0
fi
if [[ "${1:-}" == "--no-build" ]]; then shift; else dotnet build src/Extractor.Cli -c Release -v quiet -nologo > /dev/null; fi
dll=src/Extractor.Cli/bin/Release/net10.0/extract.dll
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

dotnet "$dll" "$shared/corpus/news" -q -f jsonl > "$tmp/news.jsonl" || true
dotnet "$dll" "$shared/bench/dates/html" -q -f jsonl --no-text > "$tmp/dates.jsonl" || true
dotnet "$dll" "$shared/bench/fundus/html" -q -f jsonl --no-text > "$tmp/fundus.jsonl" || true

python3 - "$shared" "$tmp" <<'PY'
import json, subprocess, sys
shared, tmp = sys.argv[1], sys.argv[2]
def run(args):
    out = subprocess.run(["python3", *args, "--json"], capture_output=True, text=True, check=True).stdout
    return json.loads(out)
def flat(d, prefix=""):
    for k, v in d.items():
        if isinstance(v, dict): yield from flat(v, prefix + k + ".")
        else: yield prefix + k, v
news = dict(flat(run([f"{shared}/tools/score_records.py", "--gold", f"{shared}/gold/news.json", "--pred", f"{tmp}/news.jsonl"])))
dates = dict(flat(run([f"{shared}/tools/score_meta.py", "--gold", f"{shared}/bench/dates/gold.json", "--pred", f"{tmp}/dates.jsonl"])))
fundus = dict(flat(run([f"{shared}/tools/score_meta.py", "--gold", f"{shared}/bench/fundus/gold.json", "--pred", f"{tmp}/fundus.jsonl"])))
def pick(d, name):
    for k, v in d.items():
        if k == name or k.endswith("." + name): return v
    return None
def fmt(v): return "—" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v)
print("| set | field | extract | for comparison |")
print("| --- | --- | --- | --- |")
for f in ("title", "published", "outlet", "authors", "agencies", "dateline"):
    print(f"| news ({len(json.load(open(shared + '/gold/news.json'))['records'])}) | {f} | {fmt(pick(news, f))} | |")
named = run(["tests/bench/outlet-named.py", "--gold", f"{shared}/gold/news.json", "--pages", f"{shared}/corpus/news", "--pred", f"{tmp}/news.jsonl", "--tools", f"{shared}/tools"])
print(f"| news | outlet on the {named['named_pages']} pages naming it | {named['named_right']} ({fmt(named['named_share'])}); wrong on {named['unnamed_wrong']} of the {named['unnamed_pages']} naming none | |")
print(f"| dates | published | {fmt(pick(dates, 'published'))} | htmldate 0.920 (dev half), 0.904 (all) |")
cmp = {"title": "newspaper4k 0.690 (all)", "authors_people": "newspaper4k 0.586 (all)", "published": "htmldate 0.969, newspaper4k 0.930 (all)"}
for f in ("title", "published", "authors", "authors_people"):
    print(f"| fundus | {f} | {fmt(pick(fundus, f))} | {cmp.get(f, '')} |")
PY
if [[ -n ${KEEP:-} ]]; then cp "$tmp"/*.jsonl "$KEEP"/; fi
