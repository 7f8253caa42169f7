"""`wirecheck bench`: end-to-end throughput, and what we cost beyond the bare spaCy pipeline.

Both timings run in one process on the same texts, with the same process count and the same
batches: first bare `nlp.pipe`, then the full `analyze` command's work (read, clean, parse,
every extraction stage, store, the corpus stages, and writing analysis.json and report.html).
The ratio of the two is what our own work costs on top of the model; machine load shifts both
timings alike, so the ratio is steadier than either.
"""

from __future__ import annotations

import os
import platform
import resource
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from wirecheck.analyze_store import analyze_to_folder
from wirecheck.bench_corpus import EXAMPLE_CORPUS, base_articles, variants, write_jsonl
from wirecheck.parallel import chunked, map_batches
from wirecheck.run import BATCH_SIZE, read_inputs
from wirecheck.settings import Settings


def parse_only(texts: list[str]) -> int:
    """Parse a batch with the bare pipeline (runs inside a worker); returns tokens parsed."""
    from wirecheck.nlp import parse_many

    return sum(len(doc) for doc in parse_many(texts))


def bare_spacy(texts: list[str], settings: Settings) -> float:
    """Seconds for `nlp.pipe` over `texts`, batched and spread exactly as `annotate` does."""
    started = time.perf_counter()
    for _ in map_batches(parse_only, chunked(texts, BATCH_SIZE), settings):
        pass
    return time.perf_counter() - started


class StageClock:
    """Progress callback that records when each stage (read, annotate, resolve, ...) ended."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.ended: dict[str, float] = {}

    def __call__(self, what: str, done: int, total: int | None) -> None:
        self.ended[what] = time.perf_counter()

    def seconds(self) -> dict[str, float]:
        out, last = {}, self.started
        for name, moment in self.ended.items():
            out[name] = round(moment - last, 2)
            last = moment
        return out


def throughput(
    articles: int = 1000,
    workers: int = 2,
    corpus: Path = EXAMPLE_CORPUS,
    scheduler: str | None = None,
) -> dict[str, Any]:
    """Scale `corpus` to `articles` distinct variants and time bare spaCy, then `analyze`."""
    settings = Settings(workers=workers, scheduler=scheduler, quiet=True)
    with tempfile.TemporaryDirectory(prefix="wirecheck-bench-") as folder:
        dump = Path(folder) / "bench.jsonl"
        count, words = write_jsonl((v for _, v in variants(base_articles(corpus), articles)), dump)
        texts = [a.text for a in read_inputs([dump], settings).articles]
        cpu_started = cpu_seconds()
        bare = bare_spacy(texts, settings)
        bare_cpu = cpu_seconds() - cpu_started
        with EmbedClock() as embedding:
            clock = StageClock()
            outcome = analyze_to_folder([dump], Path(folder) / "out", settings, clock)
            full = time.perf_counter() - clock.started
        full_cpu = cpu_seconds() - cpu_started - bare_cpu
    return {
        "articles": outcome.counts["articles"],
        "articles_written": count,
        "words": words,
        "workers": 1 if scheduler else workers,
        "scheduler": scheduler,
        "bare_spacy_s": round(bare, 3),
        "analyze_s": round(full, 3),
        "ratio": round(full / bare, 3),
        "bare_spacy_cpu_s": round(bare_cpu, 1),
        "analyze_cpu_s": round(full_cpu, 1),
        "cpu_ratio": round(full_cpu / bare_cpu, 3),
        "embedding_s": round(embedding.seconds, 2),
        "embedding_cpu_s": round(embedding.cpu, 1),
        "embedding_requests": embedding.texts,
        "embedded_texts": embedding.encoded,
        "ratio_without_embedding": round((full - embedding.seconds) / bare, 3),
        "cpu_ratio_without_embedding": round((full_cpu - embedding.cpu) / bare_cpu, 3),
        "articles_per_s": round(outcome.counts["articles"] / full, 2),
        "words_per_s": round(words / full),
        "spacy_words_per_s": round(words / bare),
        "stage_s": clock.seconds(),
        "stories": outcome.counts["stories"],
        "findings": outcome.counts["findings"],
        "peak_rss_mib": peak_rss_mib(),
        "machine": machine(),
    }


class EmbedClock:
    """Times every MiniLM call of the corpus stages (they run in this process).

    Embedding is a second model, costlier per token than parsing; timing it apart shows how
    much of the gap to bare spaCy is that model and how much is our own code. `texts` counts
    the texts asked for, `encoded` those the model ran on (the rest came from the cache,
    which starts empty so that every run pays for its own vectors).
    """

    def __init__(self) -> None:
        self.seconds = self.cpu = 0.0
        self.texts = self.encoded = 0

    def __enter__(self) -> EmbedClock:
        import wirecheck.embed

        wirecheck.embed.clear_cache()
        self.original = wirecheck.embed.embed
        self.original_encode = wirecheck.embed.encode
        wirecheck.embed.embed = self._timed
        wirecheck.embed.encode = self._counted
        return self

    def __exit__(self, *exc: object) -> None:
        import wirecheck.embed

        wirecheck.embed.embed = self.original
        wirecheck.embed.encode = self.original_encode

    def _timed(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        started, cpu_started = time.perf_counter(), time.process_time()
        try:
            return self.original(texts, batch_size)
        finally:
            self.seconds += time.perf_counter() - started
            self.cpu += time.process_time() - cpu_started
            self.texts += len(texts)

    def _counted(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        self.encoded += len(texts)
        return self.original_encode(texts, batch_size)


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the worker processes).

    Other work on a shared machine stretches wall time but not CPU time, so the CPU ratio is
    the steadier figure; workers end with each run (`map_batches` closes its pool), so their
    time is counted by then.
    """
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def peak_rss_mib() -> dict[str, int]:
    """Peak resident memory of this process and of its largest finished child, in MiB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    return {"self": own, "largest_child": child}


def machine() -> dict[str, Any]:
    model = next(
        (line.split(":", 1)[1].strip() for line in _cpuinfo() if line.startswith("model name")),
        platform.processor() or "unknown",
    )
    return {
        "cpus": os.cpu_count(),
        "cpu_model": model,
        "python": platform.python_version(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def _cpuinfo() -> list[str]:
    try:
        return Path("/proc/cpuinfo").read_text().splitlines()
    except OSError:
        return []
