#!/usr/bin/env python3
"""Summarises the CPU samples of a JFR recording: top self frames, samples per thread group, and
inclusive time of the pipeline's own stages.

usage: jfr print --events jdk.ExecutionSample --stack-depth 64 rec.jfr | scripts/bench/jfr_top.py [TOP]
"""
import re
import sys
from collections import Counter

TOP = int(sys.argv[1]) if len(sys.argv) > 1 else 25
FRAME = re.compile(r"^\s+([\w$.<>/]+)\(.*line: \d+")
THREAD = re.compile(r'sampledThread = "([^"]*)"')
STAGES = [  # (label, frame prefix), first match from the top of the stack wins
    ("enrich core: prepare (clean, fingerprint)", "io.newsstream.enrich.core.ArticlePreparer."),
    ("enrich core: regions", "io.newsstream.enrich.core.RegionTagger."),
    ("enrich core: topics", "io.newsstream.enrich.core.TopicTagger."),
    ("enrich core: dedup keys", "io.newsstream.enrich.core.DedupKeys."),
    ("Avro serde", "io.newsstream.schemas.serde."),
    ("sink: decode + JDBC", "io.newsstream.sink."),
    ("RocksDB", "org.rocksdb."),
    ("compression (lz4/zstd)", "net.jpountz."),
    ("synthetic article generator", "io.newsstream.app.bench.SyntheticArticles."),
]


def thread_group(name):
    name = re.sub(r"[-_]?[0-9a-f]{8}-[0-9a-f-]{27}", "", name)
    name = re.sub(r"\d+", "N", name)
    return name


def main():
    self_frames, threads, stages = Counter(), Counter(), Counter()
    total = 0
    stack, thread = [], None

    def flush():
        nonlocal total
        if not stack:
            return
        total += 1
        self_frames[stack[0]] += 1
        threads[thread_group(thread or "?")] += 1
        for label, prefix in STAGES:
            if any(f.startswith(prefix) for f in stack):
                stages[label] += 1
                break

    for line in sys.stdin:
        if line.startswith("jdk.ExecutionSample"):
            flush()
            stack, thread = [], None
            continue
        m = THREAD.search(line)
        if m:
            thread = m.group(1)
            continue
        m = FRAME.match(line)
        if m:
            stack.append(m.group(1))
    flush()
    if total == 0:
        print("no samples")
        return
    print(f"{total} samples")
    print("\n| thread group | share |\n|---|---|")
    for name, n in threads.most_common(12):
        print(f"| {name} | {100 * n / total:.1f} % |")
    print("\n| stage (inclusive, first match from the top) | share |\n|---|---|")
    for label, _ in STAGES:
        print(f"| {label} | {100 * stages[label] / total:.1f} % |")
    print(f"\n| top self frame | share |\n|---|---|")
    for frame, n in self_frames.most_common(TOP):
        print(f"| `{frame}` | {100 * n / total:.1f} % |")


if __name__ == "__main__":
    main()
