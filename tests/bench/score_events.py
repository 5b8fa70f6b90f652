#!/usr/bin/env python3
"""Scores extract --events against events derived from the gold records.

Gold events: two gold interactions (of different records) are one event when they have the same
participants (each named participant by its normalised name -- the last word of the name without
accents, case, initials or suffix -- and each unnamed one by its country) and the same date (a gold
date given as alternatives, [null, "2022-10-26"], is the dated one; a null date agrees with nothing,
since null == null would make the 2017 and 2018 Moon-Trump meetings, or Macron-Scholz in 2022 and
2025, one event).

Each interaction the tool reports is paired with the gold interaction of the same record that it
matches best (shared names, then countries, then date and medium); each tool interaction is placed
in the event of --events that lists its record and fits it best. Over every pair of paired
interactions from different records: precision = pairs the tool calls one event that the gold
does too / pairs the tool calls one event; recall = the same / pairs the gold calls one event.
Also prints the syndicated pairs (copy_of) against the gold notes ("syndicated pair", "pair with").
"""
import argparse, itertools, json, re, sys, unicodedata


def name_key(name):
    if not name:
        return None
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    words = [w for w in re.split(r"[^a-z]+", plain) if len(w) > 1 and w not in ("jr", "sr", "ii", "iii", "iv")]
    return words[-1] if words else None


def party_keys(participants):
    keys = set()
    for p in participants:
        k = name_key(p.get("name"))
        keys.add(("n", k) if k else ("c", p.get("country_code")))
    return frozenset(keys)


def dates(d):
    """The gold date: where the gold offers alternatives ([null, "2022-10-26"]: undated on the page, dated by the
    annotators), the dated one. Null agrees with nothing: an undated interaction is an event of its own."""
    alternatives = [x for x in (d if isinstance(d, list) else [d]) if x]
    return set(alternatives[:1])


def load_jsonl_or_json(path):
    text = open(path, encoding="utf-8").read()
    text = text.strip()
    if text.startswith("["):
        return json.loads(text)
    return [json.loads(l) for l in text.splitlines() if l.strip()]


def fit(tool, gold):
    """How well a tool interaction fits a gold one (higher is better); 0 is no fit."""
    tn = {name_key(p.get("name")) for p in tool["participants"]} - {None}
    gn = {name_key(p.get("name")) for p in gold["participants"]} - {None}
    tc = set(tool.get("countries") or [p.get("country_code") for p in tool["participants"]]) - {None}
    gc = {p.get("country_code") for p in gold["participants"]} - {None}
    shared = len(tn & gn)
    if shared == 0 and not (tc and tc == gc):
        return 0
    score = 10 * shared + (5 if tc == gc else 0)
    score += 2 if tool.get("date") in dates(gold.get("date")) else 0
    score += 1 if tool.get("medium") == gold.get("medium") else 0
    return score


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", nargs="+", required=True)
    ap.add_argument("--records", required=True)
    ap.add_argument("--events", required=True)
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()

    gold = {}
    notes = {}
    for path in a.gold:
        for rid, rec in json.load(open(path, encoding="utf-8"))["records"].items():
            gold[rid] = rec.get("interactions", [])
            notes[rid] = rec.get("note", "") or ""
    records = {r["id"].split("/")[-1]: r for r in load_jsonl_or_json(a.records)}
    events = load_jsonl_or_json(a.events)
    by_record = {}
    for e in events:
        for rid in e["record_ids"]:
            by_record.setdefault(rid.split("/")[-1], []).append(e)

    items = []  # (record id, gold interaction index, tool event id)
    unpaired = 0
    for rid, rec in records.items():
        if rid not in gold:
            continue
        used = set()
        for ti in rec["interactions"]:
            # On a tie the earlier gold interaction (the page's main one comes first in both).
            best = max(((fit(ti, g), -gi) for gi, g in enumerate(gold[rid]) if gi not in used), default=(0, None))
            best = (best[0], -best[1] if best[1] is not None else None)
            if best[0] == 0:
                unpaired += 1
                continue
            used.add(best[1])
            cands = by_record.get(rid, [])
            ev = max(cands, key=lambda e: (fit(ti, e), -events.index(e)), default=None)
            items.append((rid, best[1], ev["event_id"] if ev else None))

    tp = tool_pairs = gold_pairs = 0
    misses = []
    for (r1, g1, e1), (r2, g2, e2) in itertools.combinations(items, 2):
        if r1 == r2:
            continue
        a1, a2 = gold[r1][g1], gold[r2][g2]
        same_gold = party_keys(a1["participants"]) == party_keys(a2["participants"]) and bool(dates(a1.get("date")) & dates(a2.get("date")))
        same_tool = e1 is not None and e1 == e2
        tp += same_gold and same_tool
        tool_pairs += same_tool
        gold_pairs += same_gold
        if same_gold or same_tool:
            kind = "both" if same_gold == same_tool else "false merge" if same_tool else "missed"
            misses.append((kind, r1, g1, r2, g2, a1.get("date"), a2.get("date")))

    p = tp / tool_pairs if tool_pairs else 1.0
    r = tp / gold_pairs if gold_pairs else 1.0
    print(f"interactions paired  {len(items)} (unpaired tool interactions {unpaired})")
    print(f"same-event pairs     gold {gold_pairs}, tool {tool_pairs}, both {tp}")
    print(f"events_precision     {p:.3f}")
    print(f"events_recall        {r:.3f}")
    if a.show:
        for m in misses:
            print("  ", *m)

    # Syndicated copies: the notes name pairs by outlet or id; a pair is read as the two records whose notes
    # say "syndicated pair" or "pair with" and whose interactions have the same participants and date.
    flagged = sorted(rid for rid, n in notes.items() if re.search(r"syndicated pair|pair with|pair-ish", n, re.I))
    found = sorted((r["id"].split("/")[-1], r["copy_of"].split("/")[-1]) for r in records.values() if r.get("copy_of"))
    print(f"gold notes: pages in a syndicated pair {len(flagged)}: {' '.join(flagged)}")
    print(f"copy_of pairs found  {len(found)}: {' '.join(a + '->' + b for a, b in found)}")
    print(f"copy_of pages in a noted pair {sum(1 for a, b in found if a in flagged and b in flagged)} of {len(found)}")


if __name__ == "__main__":
    sys.exit(main())
