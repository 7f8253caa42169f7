"""CPU time of each per-article extraction stage, against parsing the same articles.

Usage: .venv/bin/python benchmarks/stage_overhead.py [--articles 40]

Parses N variants of the example corpus (`wirecheck.bench_corpus`) in this process, then runs
every registered stage on every parsed article, and prints one JSON object: CPU seconds for
parsing and per stage, and the stages' share of the parse. CPU time, not wall time, so other
work on a shared machine does not change the figures much.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict

from wirecheck.bench_corpus import base_articles, variants
from wirecheck.extract import load_builtin_stages
from wirecheck.nlp import parse_many, spacy_pipeline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40)
    args = parser.parse_args()
    articles = [copy for _, copy in variants(base_articles(), args.articles)]
    spacy_pipeline()  # loading the model is part of neither figure
    stages = load_builtin_stages()
    started = time.process_time()
    docs = list(parse_many(a.text for a in articles))
    parse = time.process_time() - started
    cost: dict[str, float] = defaultdict(float)
    for article, doc in zip(articles, docs, strict=True):
        for stage in stages:
            started = time.process_time()
            setattr(article, stage.layer, stage.fn(article, doc))
            cost[stage.name] += time.process_time() - started
    print(json.dumps({
        "articles": len(articles),
        "words": sum(len(a.text.split()) for a in articles),
        "parse_cpu_s": round(parse, 2),
        "stage_cpu_s": {name: round(seconds, 2) for name, seconds in cost.items()},
        "stages_over_parse": round(sum(cost.values()) / parse, 3),
    }))  # fmt: skip


if __name__ == "__main__":
    main()
