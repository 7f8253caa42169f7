"""Peak memory of `analyze` and `ingest` at 1k and 10k articles, one process per run.

Usage: .venv/bin/python benchmarks/memory_scale.py [--sizes 1000 10000] [--modes ingest analyze]

Each run writes N distinct variants of the example corpus to a JSONL dump and reads it the
way the command does (`analyze`: `analyze_store.analyze_to_folder`, which writes analysis.json
and report.html through a temporary store; `ingest`: `ingest.ingest_paths` into a new SQLite
store; `library`: the in-memory `wirecheck.run.analyze`, which holds every article), in one
process (workers=1) so that ru_maxrss is the whole run's peak. Parsing 10k articles would
take hours here, so the per-article stages are replaced by the real layers
of the parsed base article, carried over to the variant as it is read, and MiniLM by hashed
vectors (see `synthetic.py`); the batching, storage and corpus stages are the real ones.
spaCy's own memory does not grow with the input (it holds one batch of documents at a time);
`wirecheck bench` reports the real pipeline's peak at 1k. Prints one JSON object: per run the
baseline (after setup), the peak, and the growth; and peak(10k) / peak(1k) per mode (target
<= 1.2).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from wirecheck.model import Article

sys.path.insert(0, str(Path(__file__).resolve().parent))


def run_size(size: int, mode: str) -> dict[str, object]:
    from synthetic import parsed_bases, patch_embeddings

    from wirecheck.bench_corpus import proper_names, transplant, variants, write_jsonl

    patch_embeddings()
    bases = parsed_bases()
    names = proper_names([a.text for a in bases] + [a.title or "" for a in bases])
    with tempfile.TemporaryDirectory(prefix="wirecheck-mem-") as folder:
        dump = Path(folder) / "articles.jsonl"
        write_jsonl(_tagged(variants(bases, size), len(bases)), dump)

        def carry_layers(batch: list[Article]) -> list[Article]:
            # The url says which base and variant the article is (see `_tagged`).
            for i, article in enumerate(batch):
                base, number = (int(x) for x in (article.url or "").rsplit("/", 2)[-2:])
                batch[i] = transplant(bases[base], article, names, number)
            return batch

        import wirecheck.run

        wirecheck.run.annotate_batch = carry_layers
        baseline = _peak_mib()
        started = time.perf_counter()
        counts = _run(mode, dump, Path(folder))
        seconds = time.perf_counter() - started
    peak = _peak_mib()
    return {"mode": mode, "articles": size, "seconds": round(seconds, 1), **counts,
            "baseline_mib": round(baseline), "peak_rss_mib": round(peak),
            "growth_mib": round(peak - baseline)}  # fmt: skip


def _tagged(pairs: Iterator[tuple[Article, Article]], bases: int) -> Iterator[Article]:
    """The variants, each with a url naming its base and variant number."""
    for n, (_, article) in enumerate(pairs):
        article.url = f"https://bench.invalid/{n % bases}/{n // bases}"
        yield article


def _run(mode: str, dump: Path, folder: Path) -> dict[str, int]:
    from wirecheck.settings import Settings

    settings = Settings(workers=1, quiet=True)
    if mode == "analyze":
        from wirecheck.analyze_store import analyze_to_folder

        outcome = analyze_to_folder([dump], folder / "out", settings)
        counts = outcome.counts
        return {"stored": counts["articles"], "stories": counts["stories"],
                "findings": counts["findings"]}  # fmt: skip
    if mode == "library":
        from wirecheck.run import analyze

        analysis = analyze([dump], settings)
        stored, found = len(analysis.articles), len(analysis.findings)
        return {"stored": stored, "stories": len(analysis.stories), "findings": found}
    from wirecheck.ingest import ingest_paths
    from wirecheck.store import Store

    with Store(folder / "bench.db") as store:
        report = ingest_paths([dump], store, settings)
        counts = store.counts()
        return {"stored": report.new, "stories": counts["stories"], "findings": counts["findings"]}


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000])
    parser.add_argument("--modes", nargs="+", default=["ingest", "analyze"])
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_size(int(args.child[0]), args.child[1])))
        return
    runs = []
    for mode in args.modes:
        for size in args.sizes:
            runs.append(_child(size, mode))
            print(json.dumps(runs[-1]), file=sys.stderr)  # each run as soon as it is done
    report: dict[str, object] = {"runs": runs}
    for mode in args.modes:
        mine = [r for r in runs if r["mode"] == mode]
        if len(mine) >= 2:
            ratio = mine[-1]["peak_rss_mib"] / mine[0]["peak_rss_mib"]
            report[f"{mode}_peak_ratio"] = round(ratio, 2)
    print(json.dumps(report, indent=2))


def _child(size: int, mode: str) -> dict:
    from children import child_report

    return child_report(__file__, str(size), mode)


if __name__ == "__main__":
    main()
