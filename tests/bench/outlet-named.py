#!/usr/bin/env python3
"""Outlet on the pages that name it: of the reference records whose page text holds one of the
gold outlet's names (case ignored), how many get the outlet right (score_records.py's outlet
comparison); and, on the pages that name none, how many get an outlet that is wrong (SPEC: a
page that gives no sign of its outlet gets null, never a guess).

  python3 tests/bench/outlet-named.py --gold ../shared/gold/news.json --pages ../shared/corpus/news --pred OUT.jsonl [--show]
"""
import argparse
import json
import os
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--pages", required=True, help="the directory of the pages, named by record id")
    ap.add_argument("--pred", required=True)
    ap.add_argument("--tools", default=None, help="the directory of score_records.py (default: beside the gold's directory)")
    ap.add_argument("--show", action="store_true", help="list every miss")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    sys.path.insert(0, args.tools or os.path.join(os.path.dirname(os.path.abspath(args.gold)), "..", "tools"))
    from score_records import accepts, load_records, outlet_key

    gold = json.load(open(args.gold, encoding="utf-8"))["records"]
    pred = load_records(args.pred)
    files = {os.path.splitext(f)[0]: os.path.join(args.pages, f) for f in os.listdir(args.pages)}
    named = right = unnamed = wrong = 0
    misses = []
    for doc, g in sorted(gold.items()):
        if "outlet" not in g or doc not in files:
            continue
        text = open(files[doc], encoding="utf-8", errors="replace").read().casefold()
        options = g["outlet"] if isinstance(g["outlet"], list) else [g["outlet"]]
        got = pred.get(doc, {}).get("outlet")
        ok = accepts(g["outlet"], got, outlet_key)
        if any(o and o.casefold() in text for o in options):
            named += 1
            right += ok
            if not ok:
                misses.append(f"  named   {doc}: want {g['outlet']!r} got {got!r}")
        else:
            unnamed += 1
            if got is not None and not ok:
                wrong += 1
                misses.append(f"  guessed {doc}: want {g['outlet']!r} got {got!r}")
    figures = {"named_pages": named, "named_right": right, "named_share": round(right / named, 3) if named else None,
               "unnamed_pages": unnamed, "unnamed_wrong": wrong}
    if args.json:
        print(json.dumps(figures))
    else:
        print(f"outlet on pages naming it  {right} of {named} ({figures['named_share']})")
        print(f"wrong outlet, page names none  {wrong} of {unnamed}")
    if args.show:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
