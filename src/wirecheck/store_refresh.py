"""Bringing the store's entities, stories and findings up to date with its articles.

The corpus stages take every article at once; a store may hold far more articles than fit in
memory with their layers, so the refresh walks the store in chunks and keeps only what each
stage needs of every article:

1. resolution (`store_resolve`) reads each stored article as annotated (its packed `raw`
   copy) into a temporary table of referents, writes each entity as it is built, and keeps
   the local -> global id map in a temporary table too;
2. one walk in arrival order rewrites each article's ids, marks syndicated copies (the
   syndication index forgets bodies older than its window) and rewrites the layers that
   changed;
3. clustering feeds the stored `StoryIndex` (`store_cluster`), loading articles a chunk at a
   time;
4. only the stories that changed are re-compared, a few at a time, each with its members and
   their syndication originals; the findings of the others stay as stored.

The result equals running the corpus stages over every article at once (`test_store_refresh`
holds both to it). Corpus stages registered beside the built-in ones (plugins) take the whole
analysis, so with one of them the refresh loads every article, as it must.
All of it is one transaction: a refresh that is interrupted leaves the store as it was,
still marked dirty, and the next ingest runs it again.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field

from wirecheck.corpus import CorpusStage, load_builtin_corpus_stages
from wirecheck.corpus.resolve import rewrite_article_ids
from wirecheck.corpus.story_signals import arrival_key
from wirecheck.corpus.syndication import SyndicationIndex
from wirecheck.model import Analysis, Article, Entity, Story
from wirecheck.run import Progress, _quiet
from wirecheck.store import DIRTY, Store
from wirecheck.store_cluster import (
    CLUSTERED,
    Clustering,
    Feed,
    cluster_input,
    cluster_stored,
    save_clustering,
)
from wirecheck.store_codec import layers_hash, unpack_article
from wirecheck.store_read import (
    chunks,
    load_entities,
    load_findings,
    load_raw_articles,
    load_stories,
    marks,
)
from wirecheck.store_resolve import IdMap, end_temp, naming, resolve_stored, stored_naming
from wirecheck.store_schema import set_meta, transaction
from wirecheck.store_write import (
    retire_entities,
    rewrite_article_layers,
    rewrite_layers,
    sync_entities,
    sync_findings,
    sync_stories,
    sync_story_findings,
)

READ_CHUNK = 256  # articles unpacked at a time
COMPARE_CHUNK = 64  # changed stories compared at a time
BUILTIN = ("resolve", "syndication", "cluster", "compare")


def refresh(store: Store, progress: Progress = _quiet) -> set[str]:
    """Bring stories and findings up to date with the stored articles; return those re-compared.

    `progress` hears of three steps ("corpus": resolution, walk, clustering) and of each
    re-compared story ("compare").
    """
    stages = load_builtin_corpus_stages()
    if [name for name, _ in stages] != list(BUILTIN) or not _is_builtin_cluster(stages[2][1]):
        return refresh_whole(store)
    with transaction(store.conn) as conn:
        progress("corpus", 0, 3)
        before = {s.id: s for s in load_stories(conn)}
        ids, renamed = resolve_stored(conn, READ_CHUNK)
        progress("corpus", 1, 3)
        walk = _walk(conn, ids, renamed)
        progress("corpus", 2, 3)
        clustering = cluster_stored(conn, _feed(conn, walk, ids))
        progress("corpus", 3, 3)
        touched = _changed(before, clustering.stories, walk.moved)
        sync_stories(conn, clustering.stories)
        compare = stages[3][1]
        _compare_changed(conn, compare, clustering.stories, touched, walk, ids, progress)
        end_temp(conn)
        _finish(conn, clustering)
    return touched


@dataclass
class Walk:
    """What the walk in arrival order learnt of every article."""

    order: list[str] = field(default_factory=list)  # ids in arrival order
    when: dict[str, tuple[bool, float]] = field(default_factory=dict)
    inputs: dict[str, str] = field(default_factory=dict)  # id -> clustering input
    originals: dict[str, str] = field(default_factory=dict)  # copy id -> first copy's id
    moved: set[str] = field(default_factory=set)  # layers changed, or name a renamed entity


def _walk(conn: sqlite3.Connection, ids: IdMap, renamed: set[str]) -> Walk:
    """Resolve, mark copies and rewrite changed layers, one chunk at a time in arrival order."""
    walk = Walk()
    walk.order, walk.when = _arrival(conn)
    copies = SyndicationIndex()
    for part in chunks(walk.order, READ_CHUNK):
        stored, mapping = _stored_hashes(conn, part), ids.of(part)
        for article in _raw(conn, part):
            rewrite_article_ids(article, mapping)
            article.syndicated_of = copies.add(article)
            if article.syndicated_of:
                walk.originals[article.id] = article.syndicated_of
            walk.inputs[article.id] = cluster_input(article)
            new_hash = layers_hash(article)
            if stored[article.id] != new_hash:
                rewrite_article_layers(conn, article, new_hash)
                walk.moved.add(article.id)
            elif renamed.intersection(article.entity_refs()):
                walk.moved.add(article.id)  # a summary may name the entity
    return walk


def _arrival(conn: sqlite3.Connection) -> tuple[list[str], dict[str, tuple[bool, float]]]:
    """Ids in arrival order (as `arrival_order` sorts, storage order breaking ties), and keys."""
    # COALESCE: an article giving only its update time is dated by it (`dated_at`)
    sql = "SELECT id, COALESCE(published, updated), dateline FROM articles ORDER BY seq"
    rows = conn.execute(sql).fetchall()
    when = {row[0]: arrival_key(row[1], row[2]) for row in rows}
    ranked = sorted(range(len(rows)), key=lambda i: (*when[rows[i][0]], i))
    return [rows[i][0] for i in ranked], when


def _stored_hashes(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, str]:
    sql = f"SELECT id, layers_hash FROM articles WHERE id IN ({marks(len(ids))})"
    return dict(conn.execute(sql, tuple(ids)).fetchall())


def _raw(conn: sqlite3.Connection, ids: Sequence[str]) -> list[Article]:
    """The named articles as annotated (before any corpus stage), in the order of `ids`."""
    found: dict[str, bytes] = {}
    for part in chunks(list(ids)):
        sql = f"SELECT id, raw FROM articles WHERE id IN ({marks(len(part))})"
        found.update((row["id"], row["raw"]) for row in conn.execute(sql, tuple(part)))
    return [unpack_article(found[i]) for i in ids if i in found]


def _resolved(
    conn: sqlite3.Connection, wanted: Sequence[str], ids: IdMap, walk: Walk
) -> list[Article]:
    """The named articles as the corpus stages leave them: global ids, syndication marks."""
    articles, mapping = _raw(conn, wanted), ids.of(wanted)
    for article in articles:
        rewrite_article_ids(article, mapping)
        article.syndicated_of = walk.originals.get(article.id)
    return articles


def _feed(conn: sqlite3.Connection, walk: Walk, ids: IdMap) -> Feed:
    return Feed(
        walk.order, walk.inputs, walk.when, lambda wanted: _resolved(conn, wanted, ids, walk)
    )


def _changed(before: dict[str, Story], stories: list[Story], moved: set[str]) -> set[str]:
    """Stories that are new, changed membership or metadata, or hold an article that moved."""
    changed = set()
    for story in stories:
        old = before.get(story.id)
        if old is None or old.to_dict() != story.to_dict() or moved.intersection(story.articles):
            changed.add(story.id)
    return changed


def _renamed_entities(conn: sqlite3.Connection, entities: list[Entity]) -> set[str]:
    """Entity ids whose name, type, code, aliases or roles differ from the stored ones."""
    rows = conn.execute("SELECT name, type, code, aliases, roles, id FROM entities")
    stored = {row["id"]: stored_naming(row) for row in rows}
    now = {e.id: naming(e) for e in entities}
    return {i for i in stored.keys() | now.keys() if stored.get(i) != now.get(i)}


def _compare_changed(
    conn: sqlite3.Connection,
    compare: CorpusStage,
    stories: list[Story],
    touched: set[str],
    walk: Walk,
    ids: IdMap,
    progress: Progress = _quiet,
) -> None:
    """Re-compare the touched stories a few at a time and store their findings."""
    changed = [s for s in stories if s.id in touched]
    for begin in range(0, len(changed), COMPARE_CHUNK):
        progress("compare", begin, len(changed))
        group = changed[begin : begin + COMPARE_CHUNK]
        members = [a for story in group for a in story.articles]
        # A copy's original may sit in another story and still decides whose voice it is.
        wanted = list(dict.fromkeys(members + _originals_of(members, walk)))
        part = Analysis(articles=_resolved(conn, wanted, ids, walk), stories=group)
        named = sorted({ref for article in part.articles for ref in article.entity_refs()})
        part.entities = load_entities(conn, named, mentions=False)
        compare(part)
        sync_story_findings(conn, [s.id for s in group], part.findings)
        del part  # before the next group is read, not after: one group in memory at a time
    progress("compare", len(changed), len(changed))


def _originals_of(ids: list[str], walk: Walk) -> list[str]:
    """Every article a chain of syndication marks leads to from `ids`."""
    found: list[str] = []
    for article in ids:
        seen = {article}
        while (article := walk.originals.get(article, "")) and article not in seen:
            seen.add(article)
            found.append(article)
    return found


def _finish(conn: sqlite3.Connection, clustering: Clustering | None) -> None:
    if clustering is not None:
        save_clustering(conn, clustering)
        set_meta(conn, CLUSTERED, clustering.rebuilt or "incremental")
    set_meta(conn, DIRTY, "0")
    set_meta(conn, "refreshed", dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat())


def _is_builtin_cluster(stage: CorpusStage) -> bool:
    """Only our own cluster stage is known to equal feeding its index one article at a time."""
    from wirecheck.corpus.cluster import cluster_stories

    return stage is cluster_stories


def refresh_whole(store: Store) -> set[str]:
    """The refresh with every stored article in memory: for corpus stages beside our own."""
    analysis = Analysis(articles=load_raw_articles(store.conn))
    before = {s.id: s for s in load_stories(store.conn)}
    touched: set[str] = set()
    clustering: Clustering | None = None
    hashes: dict[str, str] | None = None  # layers as the corpus stages left them
    for name, stage in load_builtin_corpus_stages():
        if name == "compare":
            hashes = {a.id: layers_hash(a) for a in analysis.articles}
            stored = dict(store.conn.execute("SELECT id, layers_hash FROM articles").fetchall())
            moved = {a.id for a in analysis.articles if stored.get(a.id) != hashes[a.id]}
            renamed = _renamed_entities(store.conn, analysis.entities)
            moved |= {a.id for a in analysis.articles if renamed & a.entity_refs()}
            touched = _changed(before, analysis.stories, moved)
            _compare_touched(stage, analysis, touched, store.conn)
        elif name == "cluster" and _is_builtin_cluster(stage):
            clustering = cluster_stored(store.conn, Feed.of(analysis.articles))
            analysis.stories = clustering.stories
        else:
            stage(analysis)
    with transaction(store.conn) as conn:
        rewrite_layers(conn, analysis.articles, hashes)
        sync_entities(conn, analysis.entities, prune=False)
        live = {e.id for e in analysis.entities}
        ever = [row[0] for row in conn.execute("SELECT id FROM entities")]
        retire_entities(conn, [i for i in ever if i not in live])
        sync_stories(conn, analysis.stories)
        kept = {s.id for s in analysis.stories} - touched
        sync_findings(conn, analysis.findings, keep_stories=kept)
        _finish(conn, clustering)
    return touched


def _compare_touched(
    stage: CorpusStage, analysis: Analysis, touched: set[str], conn: sqlite3.Connection
) -> None:
    """Compare only the touched stories; the others keep the findings already stored."""
    stories = [s for s in analysis.stories if s.id in touched]
    part = Analysis(articles=analysis.articles, entities=analysis.entities, stories=stories)
    if stories:
        stage(part)
    kept = [f for f in load_findings(conn) if f.story not in touched]
    live = {s.id for s in analysis.stories}
    analysis.findings = [f for f in kept if f.story in live] + part.findings
