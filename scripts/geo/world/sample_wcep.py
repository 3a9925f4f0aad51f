#!/usr/bin/env python3
"""Picks the world development set's items from the shared WCEP 2025 summaries (CC BY-SA 4.0).

Usage: sample_wcep.py WCEP_ARTICLES_JSONL OUT_JSONL [SEED EXCLUDE_JSONL...]

The development set: seed 20261206, no exclusions. The held-out test set: another seed, excluding every item
of the development set's selection.

Deterministic (seeded shuffle). An item qualifies with >= 30 words. To keep the set a world set
rather than a copy of 2025's busiest stories, at most CAP items share the first country whose
ISO 3166-1 English name (Debian iso-codes) occurs in the text; items naming none are capped too.
The first EN items stay English, then LANG_EACH per other language are marked for translation.
The project's geoparser plays no part in the choice.
"""
import json
import random
import re
import sys

CAP = 4
EN = 110
LANG_EACH = 30
LANGS = ["de", "fr", "es", "ru"]

names = []
for c in json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]:
    for key in ("common_name", "name"):
        if key in c:
            names.append((c[key], c["alpha_2"]))
pattern = re.compile(r"\b(" + "|".join(re.escape(n) for n, _ in sorted(names, key=lambda x: -len(x[0]))) + r")\b")
code_of = dict(names)

items = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
items = [a for a in items if len(a["body"].split()) >= 30]
seed = int(sys.argv[3]) if len(sys.argv) > 3 else 20261206
excluded = {json.loads(line)["wcep"] for path in sys.argv[4:] for line in open(path, encoding="utf-8")}
items = [a for a in items if a["id"] not in excluded]
random.Random(seed).shuffle(items)

used, picked = {}, []
for a in items:
    m = pattern.search(a["body"])
    key = code_of[m.group(1)] if m else "-"
    if used.get(key, 0) >= CAP:
        continue
    used[key] = used.get(key, 0) + 1
    picked.append(a)
    if len(picked) == EN + LANG_EACH * len(LANGS):
        break

with open(sys.argv[2], "w", encoding="utf-8") as out:
    for i, a in enumerate(picked):
        lang = "en" if i < EN else LANGS[(i - EN) // LANG_EACH]
        out.write(json.dumps({"wcep": a["id"], "date": a["publishedAt"], "language": lang, "text": a["body"]},
                             ensure_ascii=False) + "\n")
print(f"{len(picked)} items, {len(used)} first-named countries (or none)", file=sys.stderr)
