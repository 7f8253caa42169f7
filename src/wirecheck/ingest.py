"""`wirecheck ingest`: stream inputs into the store in committed batches, then update stories.

Each batch of new articles is read, cleaned, annotated and committed in one transaction;
articles already stored are recognised by id (the content hash) before the costly annotation
and skipped. Local workers start once for the whole ingest (`parallel.worker_pool`).

Corpus stages (`refresh`): entity resolution and syndication re-run over every stored article,
from the layers as annotated (kept packed beside each article): they need no models, and an
entity's name and id depend on every article that names it, so an ingest may rename an entity
a clean run would also rename. Story clustering keeps its `StoryIndex` in the store and feeds
it only the new articles whenever that gives what a clean run gives (`store_cluster` says
when; otherwise it rebuilds the index from the stored articles and their stored lead
vectors). Only the stories whose members, metadata or member layers changed are re-compared;
the others keep their stored findings, and unchanged rows are not rewritten. To keep the total
cost near-linear in a long ingest, the refresh runs after a batch only once the store has grown
by `REFRESH_GROWTH` since the last refresh (every batch while the store is small), and always
at the end. Until then the store is marked dirty, and a re-run after a crash refreshes it first.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from wirecheck.corpus import CorpusStage, load_builtin_corpus_stages
from wirecheck.model import Analysis, Article, Skipped, Story
from wirecheck.parallel import worker_pool
from wirecheck.run import BATCH_SIZE as PARSE_BATCH
from wirecheck.run import Progress, _quiet, annotate
from wirecheck.settings import Settings
from wirecheck.store import DIRTY, Store
from wirecheck.store_cluster import CLUSTERED, Clustering, cluster_stored, save_clustering
from wirecheck.store_codec import layers_hash
from wirecheck.store_read import load_findings, load_raw_articles, load_stories
from wirecheck.store_schema import set_meta, transaction
from wirecheck.store_write import (
    record_entity_moves,
    rewrite_layers,
    sync_entities,
    sync_findings,
    sync_stories,
)

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
) -> IngestReport:
    """Read the inputs into the store, one committed batch at a time; update the stories."""
    settings = settings or Settings()
    report = IngestReport()
    if store.dirty:  # an earlier ingest stopped between a batch and its refresh
        report.recompared += len(refresh(store))
    if settings.workers > 1 or settings.scheduler:
        # Each store batch waits for its slowest worker: give each a few parser batches' work.
        batch_size = max(batch_size, settings.workers * 2 * PARSE_BATCH)
    with worker_pool(settings):
        _ingest_batches(paths, store, settings, batch_size, report, progress)
    if store.dirty:
        report.recompared += len(refresh(store))
    return report


def _ingest_batches(
    paths: Iterable[str | os.PathLike[str]],
    store: Store,
    settings: Settings,
    batch_size: int,
    report: IngestReport,
    progress: Progress,
) -> None:
    since_refresh = 0
    batches = _batches(paths, store, settings, batch_size, report, progress)
    for batch, skipped in batches:
        annotate(batch, settings)  # fills the layers in place (the list's items are replaced)
        result = store.ingest(batch, skipped)
        report.skipped.extend(skipped)
        report.new += len(result.new)
        report.batches += 1
        since_refresh += len(result.new)
        if since_refresh and since_refresh >= REFRESH_GROWTH * store_size(store):
            report.recompared += len(refresh(store))
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


def refresh(store: Store) -> set[str]:
    """Bring stories and findings up to date with the stored articles; return those re-compared.

    Resolution and syndication re-run over every stored article (from the layers as annotated:
    cheap, no models, and an entity's name and id depend on every article naming it); the
    built-in clustering feeds the stored `StoryIndex` only the new articles when that equals a
    clean run (`store_cluster`), else rebuilds it; comparison runs only on changed stories.
    """
    analysis = Analysis(articles=load_raw_articles(store.conn))
    before = {s.id: s for s in load_stories(store.conn)}
    touched: set[str] = set()
    clustering: Clustering | None = None
    hashes: dict[str, str] | None = None  # layers as the corpus stages left them
    for name, stage in load_builtin_corpus_stages():
        if name == "compare":
            hashes = {a.id: layers_hash(a) for a in analysis.articles}
            touched = _changed_stories(store, analysis, before, hashes)
            _compare_touched(stage, analysis, touched, store)
        elif name == "cluster" and _is_builtin_cluster(stage):
            clustering = cluster_stored(store.conn, analysis.articles)
            analysis.stories = clustering.stories
        else:
            stage(analysis)
    with transaction(store.conn) as conn:
        rewrite_layers(conn, analysis.articles, hashes)
        record_entity_moves(conn, analysis.entities)
        sync_entities(conn, analysis.entities)
        sync_stories(conn, analysis.stories)
        kept = {s.id for s in analysis.stories} - touched
        sync_findings(conn, analysis.findings, keep_stories=kept)
        if clustering is not None:
            save_clustering(conn, clustering)
            set_meta(conn, CLUSTERED, clustering.rebuilt or "incremental")
        set_meta(conn, DIRTY, "0")
        set_meta(conn, "refreshed", dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat())
    return touched


def _is_builtin_cluster(stage: CorpusStage) -> bool:
    """Only our own cluster stage is known to equal feeding its index one article at a time."""
    from wirecheck.corpus.cluster import cluster_stories

    return stage is cluster_stories


def _changed_stories(
    store: Store, analysis: Analysis, before: dict[str, Story], hashes: dict[str, str]
) -> set[str]:
    """Stories that are new, changed membership or metadata, whose articles' layers moved, or
    that refer to an entity whose name, type, code, aliases or roles changed (a summary may
    name it)."""
    stored_hash = dict(store.conn.execute("SELECT id, layers_hash FROM articles").fetchall())
    moved = {a.id for a in analysis.articles if stored_hash.get(a.id) != hashes[a.id]}
    renamed = _renamed_entities(store, analysis)
    moved |= {a.id for a in analysis.articles if renamed.intersection(a.entity_refs())}
    changed = set()
    for story in analysis.stories:
        old = before.get(story.id)
        if old is None or old.to_dict() != story.to_dict() or moved.intersection(story.articles):
            changed.add(story.id)
    return changed


def _renamed_entities(store: Store, analysis: Analysis) -> set[str]:
    import json

    rows = store.conn.execute("SELECT id, name, type, code, aliases, roles FROM entities")
    stored = {r["id"]: (r["name"], r["type"], r["code"], json.loads(r["aliases"]),
                        json.loads(r["roles"])) for r in rows}  # fmt: skip
    now = {e.id: (e.name, e.type, e.code, e.aliases, e.roles) for e in analysis.entities}
    return {i for i in stored.keys() | now.keys() if stored.get(i) != now.get(i)}


def _compare_touched(
    stage: CorpusStage, analysis: Analysis, touched: set[str], store: Store
) -> None:
    """Compare only the touched stories; the others keep the findings already stored."""
    stories = [s for s in analysis.stories if s.id in touched]
    # Every article goes in (only touched stories are walked): a syndicated copy's original
    # may sit in another story and still decides which outlet the copy speaks for.
    part = Analysis(articles=analysis.articles, entities=analysis.entities, stories=stories)
    if stories:
        stage(part)
    kept = [f for f in load_findings(store.conn) if f.story not in touched]
    live = {s.id for s in analysis.stories}
    analysis.findings = [f for f in kept if f.story in live] + part.findings
