"""The same input analysed by 2 local processes and by a Dask LocalCluster of 2 workers.

Usage: .venv/bin/python benchmarks/dask_vs_local.py [--articles 100]

The input is the example corpus scaled to N distinct variants (`wirecheck.bench_corpus`).
Both runs go through `wirecheck.run.analyze`; only `Settings` differs (workers=2, or
scheduler=the cluster's address). The cluster is started before its run and its start-up is
reported apart, as a user pointing `--scheduler` at a running cluster would not pay it.
CPU time counts this process and its finished children (the local workers, or the Dask
workers once the cluster is closed). Prints one JSON object with both runs, the ratio
dask / local for the whole run and for the per-article stage (the only part that runs in a
different place), and whether the two analyses are identical (same ids, same findings).
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path
from typing import Any

from wirecheck.bench import StageClock, machine
from wirecheck.bench_corpus import base_articles, variants, write_jsonl
from wirecheck.model import Analysis
from wirecheck.run import analyze
from wirecheck.settings import Settings


def cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def timed(dump: Path, settings: Settings) -> tuple[Analysis, dict[str, Any]]:
    clock = StageClock()
    analysis = analyze([dump], settings, clock)
    return analysis, {"seconds": round(time.perf_counter() - clock.started, 2),
                      "stage_s": clock.seconds()}  # fmt: skip


def on_dask(dump: Path) -> tuple[Analysis, dict[str, Any]]:
    from distributed import LocalCluster

    cpu, started = cpu_seconds(), time.perf_counter()
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                           host="127.0.0.1", dashboard_address="127.0.0.1:0")  # fmt: skip
    start_up = time.perf_counter() - started
    try:
        analysis, run = timed(dump, Settings(scheduler=cluster.scheduler_address, quiet=True))
    finally:
        cluster.close()
    run["cluster_start_s"] = round(start_up, 2)
    run["cpu_s_with_cluster"] = round(cpu_seconds() - cpu, 1)
    return analysis, run


def on_local(dump: Path) -> tuple[Analysis, dict[str, Any]]:
    cpu = cpu_seconds()
    analysis, run = timed(dump, Settings(workers=2, quiet=True))
    run["cpu_s"] = round(cpu_seconds() - cpu, 1)
    return analysis, run


def warm_up() -> None:
    """Load what the main process loads on first use (MiniLM, spaCy's word list) beforehand,
    so that neither run pays it; the corpus stages then cost the same in both."""
    from wirecheck.corpus.story_signals import stop_words
    from wirecheck.embed import embed

    embed(["warm up"])
    stop_words()


def comparable(analysis: Analysis) -> dict[str, Any]:
    data = analysis.to_dict()
    data.pop("generated")
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wirecheck-dask-") as folder:
        dump = Path(folder) / "articles.jsonl"
        count, words = write_jsonl((v for _, v in variants(base_articles(), args.articles)), dump)
        warm_up()
        local, local_run = on_local(dump)
        dask, dask_run = on_dask(dump)
    print(json.dumps({
        "articles": count, "words": words,
        "local_2_processes": local_run, "dask_2_workers": dask_run,
        "dask_over_local": round(dask_run["seconds"] / local_run["seconds"], 3),
        "annotate_dask_over_local": round(
            dask_run["stage_s"]["annotate"] / local_run["stage_s"]["annotate"], 3
        ),
        "identical": comparable(local) == comparable(dask),
        "machine": machine(),
    }, indent=2))  # fmt: skip


if __name__ == "__main__":
    main()
