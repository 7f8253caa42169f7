"""`wirecheck ingest`: stream inputs into the store in committed batches, then update stories.

Each batch of new articles is read, cleaned, annotated and committed in one transaction;
articles already stored are recognised by id (the content hash) before the costly annotation
and skipped. Local workers start once for the whole ingest (`parallel.worker_pool`).

Corpus stages (`store_refresh.refresh`): entity resolution and syndication re-run over every
stored article, from the layers as annotated (kept packed beside each article): they need no
models, and an entity's name and id depend on every article that names it, so an ingest may
rename an entity a clean run would also rename. Story clustering keeps its `StoryIndex` in the
store and feeds it only the new articles whenever that gives what a clean run gives
(`store_cluster` says when). Only the stories whose members, metadata or member layers changed
are re-compared; the others keep their stored findings, and unchanged rows are not rewritten.
The refresh reads the store a chunk at a time, so memory stays near flat as the store grows.
To keep the total cost near-linear in a long ingest, the refresh runs after a batch only once
the store has grown by `REFRESH_GROWTH` since the last refresh (every batch while the store is
small), and always at the end. Until then the store is marked dirty, and a re-run after a
crash refreshes it first.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from wirecheck.model import Article, Skipped
from wirecheck.parallel import worker_pool
from wirecheck.run import BATCH_SIZE as PARSE_BATCH
from wirecheck.run import Progress, _quiet, annotate, annotate_ahead
from wirecheck.settings import Settings
from wirecheck.store import Store
from wirecheck.store_refresh import refresh

BATCH_SIZE = 64
REFRESH_GROWTH = 0.10  # refresh mid-ingest when the store grew by this share since the last


@dataclass
class IngestReport:
    new: int = 0
    known: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    batches: int = 0
    recompared: int = 0  # stories re-compared, summed over refreshes


def ingest_paths(
    paths: Iterable[str | os.PathLike[str]],
    store: Store,
    settings: Settings | None = None,
    progress: Progress = _quiet,
    batch_size: int = BATCH_SIZE,
    refresh_growth: float | None = REFRESH_GROWTH,
) -> IngestReport:
    """Read the inputs into the store, one committed batch at a time; update the stories.

    The corpus stages run whenever the store grew by `refresh_growth` since they last ran,
    and at the end; with `None`, only at the end.
    """
    settings = settings or Settings()
    report = IngestReport()
    if store.dirty:  # an earlier ingest stopped between a batch and its refresh
        report.recompared += len(refresh(store, progress))
    if settings.workers > 1 or settings.scheduler:
        # Each store batch waits for its slowest worker: give each a few parser batches' work.
        batch_size = max(batch_size, settings.workers * 2 * PARSE_BATCH)
    with worker_pool(settings):
        _ingest_batches(paths, store, settings, batch_size, refresh_growth, report, progress)
    if store.dirty:
        report.recompared += len(refresh(store, progress))
    return report


def _ingest_batches(
    paths: Iterable[str | os.PathLike[str]],
    store: Store,
    settings: Settings,
    batch_size: int,
    refresh_growth: float | None,
    report: IngestReport,
    progress: Progress,
) -> None:
    since_refresh = 0
    batches = _batches(paths, store, settings, batch_size, report, progress)
    # Each batch is annotated in the workers while the one before is stored.
    for batch, skipped in annotate_ahead(batches, settings):
        result = store.ingest(batch, skipped)
        report.skipped.extend(skipped)
        report.new += len(result.new)
        report.batches += 1
        since_refresh += len(result.new)
        due = refresh_growth is not None and since_refresh >= refresh_growth * store_size(store)
        if since_refresh and due:
            report.recompared += len(refresh(store, progress))
            since_refresh = 0
        progress("stored", report.new, None)


def ingest_articles(store: Store, articles: list[Article]) -> list[str]:
    """Annotate and store articles given whole (the API's POST); return the new ids."""
    fresh = [a for a in articles if not store.has(a.id)]
    annotate(fresh, Settings())
    result = store.ingest(fresh)
    if store.dirty:
        refresh(store)
    return result.new


def store_size(store: Store) -> int:
    return int(store.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])


def _batches(
    paths: Iterable[str | os.PathLike[str]],
    store: Store,
    settings: Settings,
    size: int,
    report: IngestReport,
    progress: Progress,
) -> Iterator[tuple[list[Article], list[Skipped]]]:
    """Batches of articles not stored yet, each with the inputs skipped while reading it."""
    from wirecheck.readers import iter_files
    from wirecheck.run import _articles_of

    batch: list[Article] = []
    skipped: list[Skipped] = []
    seen: set[str] = set()
    files = list(iter_files(paths))  # names only: cheap, and it gives the bar its total
    for done, input_file in enumerate(files, start=1):
        progress("read", done, len(files))
        if input_file.problem:
            skipped.append(Skipped(input_file.path, input_file.problem))
            continue
        for article in _articles_of(input_file.path, settings, skipped):
            if article.id in seen or store.has(article.id):
                report.known += 1
                continue
            seen.add(article.id)
            batch.append(article)
            if len(batch) >= size:
                yield batch, skipped
                batch, skipped = [], []
    if batch or skipped:
        yield batch, skipped
