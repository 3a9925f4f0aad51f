#!/usr/bin/env python3
"""Writes the top-level IPTC Media Topics (QCode and label) used by the enrich module's TopicTagger.

Usage: python3 scripts/gazetteer/build_mediatopics.py [--in ../shared/data/topics/iptc-mediatopics.jsonl]
Output: enrich/src/main/resources/io/newsstream/enrich/topics/mediatopics.tsv
IPTC Media Topics (c) IPTC, https://iptc.org/standards/media-topics/, CC BY 4.0.
"""
import argparse
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
OUT = os.path.join(ROOT, "enrich", "src", "main", "resources", "io", "newsstream", "enrich", "topics", "mediatopics.tsv")

ap = argparse.ArgumentParser()
ap.add_argument("--in", dest="src", default=os.path.join(ROOT, "..", "shared", "data", "topics", "iptc-mediatopics.jsonl"))
args = ap.parse_args()
lines = ["# IPTC Media Topics, top level (QCode<TAB>label, en-GB). (c) IPTC - International Press Telecommunications Council,",
         "# https://iptc.org/standards/media-topics/, licensed CC BY 4.0 (2023-10-02 SKOS export). Used unchanged."]
with open(args.src, encoding="utf-8") as f:
    for line in f:
        d = json.loads(line)
        if d["level"] == 1:
            lines.append(d["qcode"] + "\t" + d["label"])
with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(lines) + "\n")
print(f"wrote {len(lines) - 2} topics to {os.path.normpath(OUT)}")
