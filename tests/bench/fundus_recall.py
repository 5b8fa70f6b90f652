#!/usr/bin/env python3
"""Recall and precision of extract's `text` against the JSON-LD articleBody of the same page.

A proxy for pages without reference bodies: many publisher pages state the article in JSON-LD
(`articleBody`). Pages without one (or with one under 400 characters: a summary, or a paywall
stub) are left out. Measure as score_text.py: word 4-gram shingles, per-document precision and
recall, averaged; F1 from the averages. Usage:

    fundus_recall.py --html DIR --pred out.jsonl [--worst N] [--min-body 400]

The id of a record is the file name without .html/.htm/.gz, as extract writes it.
"""
import argparse
import gzip
import html
import json
import os
import re
import sys
from collections import Counter

WORD = re.compile(r"\w+", re.UNICODE)
LD = re.compile(r'<script[^>]*type\s*=\s*["\']?application/ld\+json["\']?[^>]*>(.*?)</script>', re.S | re.I)


def shingles(text, n=4):
    toks = WORD.findall(text or "")
    return Counter(tuple(toks[i:i + n]) for i in range(max(1, len(toks) - n + 1)) if toks)


def find_body(node, depth=0):
    if depth > 8:
        return None
    if isinstance(node, list):
        for item in node:
            b = find_body(item, depth + 1)
            if b:
                return b
    elif isinstance(node, dict):
        b = node.get("articleBody")
        if isinstance(b, str) and b.strip():
            return b
        for key in ("@graph", "mainEntity"):
            if key in node:
                b = find_body(node[key], depth + 1)
                if b:
                    return b
    return None


def article_body(path):
    raw = open(path, "rb").read()
    if path.endswith(".gz"):
        raw = gzip.decompress(raw)
    page = raw.decode("utf-8", "replace")
    for m in LD.finditer(page):
        try:
            body = find_body(json.loads(m.group(1).strip(), strict=False))
        except ValueError:
            continue
        if body:
            # Some publishers put HTML markup in articleBody.
            return html.unescape(re.sub(r"<[^>]+>", " ", html.unescape(body)))
    return None


def page_id(name):
    for ending in (".gz", ".html", ".htm", ".xhtml"):
        if name.endswith(ending):
            name = name[: -len(ending)]
    return name


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--html", required=True)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--worst", type=int, default=0)
    ap.add_argument("--min-body", type=int, default=400)
    args = ap.parse_args()
    with open(args.pred, encoding="utf-8") as f:
        pred = {r["id"]: r.get("text") or "" for r in (json.loads(l) for l in f if l.strip())}
    rows = []
    for name in sorted(os.listdir(args.html)):
        body = article_body(os.path.join(args.html, name))
        if body is None or len(body) < args.min_body:
            continue
        key = page_id(name)
        t, p = shingles(body), shingles(pred.get(key, ""))
        tp = sum((t & p).values())
        rec = tp / max(1, sum(t.values()))
        prec = tp / sum(p.values()) if sum(p.values()) else 0.0
        rows.append((key, prec, rec))
    if not rows:
        sys.exit("no page with a JSON-LD articleBody")
    P = sum(r[1] for r in rows) / len(rows)
    R = sum(r[2] for r in rows) / len(rows)
    F = 2 * P * R / (P + R) if P + R else 0
    print(f"pages {len(rows)}  precision {P:.3f}  recall {R:.3f}  F1 {F:.3f}")
    for key, p, r in sorted(rows, key=lambda x: x[2])[: args.worst]:
        print(f"  recall {r:.3f}  precision {p:.3f}  {key}")


if __name__ == "__main__":
    main()
