#!/usr/bin/env python3
"""Builds the world development set from its annotation files.

Usage: build.py [ANNOTATIONS_DIR] [OUT_DIR]   (defaults: eval/world/annotations, eval/world; OUT_DIR holds
selection.jsonl, written by sample_wcep.py)

Reads the annotators' files (GUIDELINES.md: one item per line, toponyms in order of appearance),
checks every code against Debian iso-codes (ISO 3166-1 alpha-2 plus XK; first-level ISO 3166-2),
finds each toponym after the previous one to get its offsets, and writes
  NAME.articles.jsonl  RawArticle lines (what `newsstream eval regions --articles` reads)
  NAME.gold.jsonl      {id, language, wcep, toponyms[{start,end,text,country,admin1}], countries, focus}
where NAME is OUT_DIR's own name (world, world-test), which also prefixes the ids.
`countries` and `focus` follow ../shared/data's definition: the distinct gold countries, and the most
frequent one (ties to the one mentioned first). `admin1` here is an ISO 3166-2 code, not GeoNames'.
Exits 1 on the first invalid annotation, naming it.
"""
import json
import os
import sys
from collections import Counter

ORDER = ["en-1", "en-2", "en-3", "de", "fr", "es", "ru"]
ISO1 = "/usr/share/iso-codes/json/iso_3166-1.json"
ISO2 = "/usr/share/iso-codes/json/iso_3166-2.json"


def fail(where, why):
    sys.exit(f"{where}: {why}")


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "eval/world/annotations"
    out = sys.argv[2] if len(sys.argv) > 2 else "eval/world"
    countries = {c["alpha_2"] for c in json.load(open(ISO1))["3166-1"]} | {"XK"}
    admin1 = {s["code"] for s in json.load(open(ISO2))["3166-2"] if "parent" not in s}
    prefix = os.path.basename(os.path.normpath(out))
    dates = {s["wcep"]: s["date"] for s in map(json.loads, open(os.path.join(out, "selection.jsonl"), encoding="utf-8"))}
    articles, golds, seen = [], [], set()
    for batch in ORDER:
        path = os.path.join(src, batch + ".jsonl")
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            item = json.loads(line)
            where = f"{path}:{n} ({item['wcep']})"
            if item["wcep"] in seen:
                fail(where, "item annotated twice")
            seen.add(item["wcep"])
            body = item["body"]
            toponyms, at = [], 0
            for t in item["toponyms"]:
                start = body.find(t["text"], at)
                if not t["text"] or start < 0:
                    fail(where, f"'{t['text']}' not found after offset {at}")
                cc, a1 = t.get("country"), t.get("admin1")
                if cc is not None and cc not in countries:
                    fail(where, f"'{t['text']}': unknown country {cc}")
                if a1 is not None and (a1 not in admin1 or cc is None or not a1.startswith(cc + "-")):
                    fail(where, f"'{t['text']}': {a1} is not a first-level subdivision of {cc}")
                at = start + len(t["text"])
                toponyms.append({"start": start, "end": at, "text": t["text"], "country": cc, "admin1": a1})
            lang = item["language"]
            ident = f"{prefix}-{lang}-{len([g for g in golds if g['language'] == lang]):03d}"
            named = [t["country"] for t in toponyms if t["country"]]
            counts = Counter(named)
            focus = max(counts, key=lambda c: (counts[c], -named.index(c))) if named else None
            articles.append({"id": ident, "url": f"https://world.example/{ident}", "source": "world.example",
                             "title": None, "body": body, "author": None, "language": lang,
                             "publishedAt": dates.get(item["wcep"]), "section": None})
            golds.append({"id": ident, "language": lang, "wcep": item["wcep"], "toponyms": toponyms,
                          "countries": sorted(counts), "focus": focus})
    for name, rows in ((prefix + ".articles.jsonl", articles), (prefix + ".gold.jsonl", golds)):
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    langs = Counter(g["language"] for g in golds)
    all_countries = {c for g in golds for c in g["countries"]}
    print(f"{len(golds)} articles {dict(langs)}, {sum(len(g['toponyms']) for g in golds)} toponyms, "
          f"{len(all_countries)} countries, {len({g['focus'] for g in golds if g['focus']})} focus countries")


if __name__ == "__main__":
    main()
