"""Corpus stages (resolve, syndication, cluster, compare) at 10k and 100k articles.

Usage: .venv/bin/python benchmarks/corpus_scale.py [--sizes 10000 100000] [--days 5]

The articles are variants of the parsed example corpus carrying their base's real layers, and
MiniLM is replaced by hashed bag-of-words vectors (see `synthetic.py`): this times our corpus
code, not the models. Variant k of a base article is published `k * --days` days after it, so
the article rate (20 per --days days; 4 a day by default) is the same at every size, and
variants of one story fall outside each other's 3-day clustering window (100k articles span
68 years: the index of open stories stays small, as in a feed read in publication order).
Seconds are wall time and this process's CPU time; the machine is shared, so the CPU ratio
is the steadier one. Each size runs in its own process, so its
peak memory is its own. Prints one JSON object: per size the seconds of each stage, stories,
findings, peak memory; and time(largest) / time(smallest) per stage and in all (target <= 12
for a 10x larger input).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def run_size(size: int, days: float) -> dict[str, object]:
    from synthetic import parsed_bases, patch_embeddings, transplanted

    from wirecheck.corpus import load_builtin_corpus_stages
    from wirecheck.model import Analysis

    patch_embeddings()
    stages = load_builtin_corpus_stages()
    started = time.perf_counter()
    analysis = Analysis(articles=list(transplanted(parsed_bases(), size, days)))
    prepared = time.perf_counter() - started
    rss_before = _peak_mib()
    seconds: dict[str, float] = {}
    cpu: dict[str, float] = {}
    for name, stage in stages:
        started, cpu_started = time.perf_counter(), time.process_time()
        stage(analysis)
        seconds[name] = round(time.perf_counter() - started, 2)
        cpu[name] = round(time.process_time() - cpu_started, 2)
    return {
        "articles": len(analysis.articles),
        "distinct_ids": len({a.id for a in analysis.articles}),
        "prepare_s": round(prepared, 1),
        "stage_s": seconds,
        "total_s": round(sum(seconds.values()), 2),
        "stage_cpu_s": cpu,
        "total_cpu_s": round(sum(cpu.values()), 2),
        "entities": len(analysis.entities),
        "stories": len(analysis.stories),
        "findings": len(analysis.findings),
        "rss_before_stages_mib": round(rss_before),
        "peak_rss_mib": round(_peak_mib()),
    }


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ratios(small: dict, large: dict, kind: str = "") -> dict[str, float]:
    """time(large) / time(small) for each stage and for all of them (kind: "" or "cpu_")."""
    stage, total = f"stage_{kind}s", f"total_{kind}s"
    out = {
        name: round(large[stage][name] / max(small[stage][name], 0.01), 2) for name in small[stage]
    }
    out["total"] = round(large[total] / small[total], 2)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--days", type=float, default=5.0)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_size(args.child, args.days)))
        return
    runs = []
    for size in args.sizes:
        runs.append(_child(size, args.days))
        print(json.dumps(runs[-1]), file=sys.stderr)  # each size as soon as it is done
    report: dict[str, object] = {"days_per_variant": args.days, "runs": runs}
    if len(runs) >= 2:
        report["size_ratio"] = runs[-1]["articles"] / runs[0]["articles"]
        report["time_ratio"] = ratios(runs[0], runs[-1])
        report["cpu_time_ratio"] = ratios(runs[0], runs[-1], "cpu_")
    print(json.dumps(report, indent=2))


def _child(size: int, days: float) -> dict:
    from children import child_report

    return child_report(__file__, str(size), "--days", str(days))


if __name__ == "__main__":
    main()
