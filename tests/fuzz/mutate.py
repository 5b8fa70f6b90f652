#!/usr/bin/env python3
"""Writes N mutated pages made from the bench pages, with a fixed seed (tests/fuzz/fuzz.sh)."""
import gzip, os, random, sys

def load(src):
    pages = []
    for root, _, files in os.walk(src):
        for f in sorted(files):
            p = os.path.join(root, f)
            data = open(p, 'rb').read()
            if f.endswith('.gz'):
                try:
                    data = gzip.decompress(data)
                except Exception:
                    continue
            pages.append(data)
    return pages

def truncate(rng, d): return d[:rng.randrange(0, max(1, len(d)))]
def random_bytes(rng, d):
    b = bytearray(d)
    for _ in range(rng.randrange(1, 200)):
        if b: b[rng.randrange(len(b))] = rng.randrange(256)
    return bytes(b)
def deep_nesting(rng, d):
    n = rng.choice([500, 999, 1000, 1001, 5000, 50000])
    tag = rng.choice([b'div', b'span', b'b', b'table', b'li', b'p', b'font'])
    return b'<html><body>' + (b'<' + tag + b'>') * n + b'text' + (b'</' + tag + b'>') * rng.choice([0, n]) + d[:2000]
def huge_attribute(rng, d):
    size = rng.choice([10_000, 1_000_000, 5_000_000])
    attr = b'<div class="' + b'x' * size + (b'"' if rng.random() < .5 else b'') + b'>'
    at = rng.randrange(0, max(1, len(d)))
    return d[:at] + attr + d[at:]
def broken_entities(rng, d):
    ents = [b'&', b'&amp', b'&#', b'&#x', b'&#xFFFFFFFF;', b'&#0;', b'&#55296;', b'&#99999999999;', b'&nbsp', b'&;', b'&#x110000;', b'&' + b'a' * 5000 + b';']
    b = d
    for _ in range(rng.randrange(1, 50)):
        at = rng.randrange(0, max(1, len(b)))
        b = b[:at] + rng.choice(ents) + b[at:]
    return b
def mixed_encodings(rng, d):
    choice = rng.randrange(5)
    if choice == 0: return b'\xff\xfe' + d                       # UTF-16 LE BOM over UTF-8 bytes
    if choice == 1: return b'\xfe\xff' + d[:len(d) // 2 * 2]
    if choice == 2: return d.replace(b'e', b'\xe9', rng.randrange(1, 100))  # Latin-1 bytes in UTF-8
    if choice == 3: return b'<meta charset="' + rng.choice([b'utf-16', b'shift_jis', b'x-unknown', b'utf-7', b'']) + b'">' + d
    return d.decode('utf-8', 'replace').encode('utf-16')
def gz(rng, d):
    z = gzip.compress(d)
    return z[:rng.randrange(1, len(z))] if rng.random() < .7 else z

MUTATIONS = [truncate, random_bytes, deep_nesting, huge_attribute, broken_entities, mixed_encodings, gz]

def main():
    src, out, n, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    rng = random.Random(seed)
    pages = load(src)
    os.makedirs(out, exist_ok=True)
    for i in range(n):
        d = rng.choice(pages)
        kinds = rng.sample(MUTATIONS, rng.choice([1, 1, 2]))
        for m in kinds:
            d = m(rng, d)
        ext = '.html.gz' if gz in kinds else rng.choice(['.html', '.txt'])
        batch = os.path.join(out, 'b%03d' % (i // 100))
        os.makedirs(batch, exist_ok=True)
        with open(os.path.join(batch, '%05d-%s%s' % (i, '+'.join(k.__name__ for k in kinds), ext)), 'wb') as f:
            f.write(d)

main()
