"""Story clustering kept in the store: the `StoryIndex` between ingests, and lead vectors.

The cluster stage feeds every article, in arrival order, to a fresh `StoryIndex`. Feeding is
sequential, so an index that has seen the first k articles of that order and is then fed the
rest ends in the same state as one fed everything. A refresh therefore loads the stored index
and feeds it only the new articles, when that is the same as a clean run would do:

- the new articles all come after the fed ones in arrival order (later published; equal times
  go by storage order, as a clean run goes by input order), and
- no fed article's clustering input changed: its resolved entity ids, times, event types and
  syndication original, which the corpus stages before clustering recompute over every
  article (a new article can give an entity a fuller name, hence a new id).

Otherwise (and when no index is stored, or it was built with other options) the index is
rebuilt from every stored article. Either way each article's lead vector (MiniLM, headline +
lead) is embedded once, when the article is first clustered, and kept in `story_feed`.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from wirecheck.corpus.cluster import add_article, lead_vectors
from wirecheck.corpus.story_index import StoryIndex
from wirecheck.corpus.story_signals import arrival_order, article_arrival
from wirecheck.corpus.story_state import ClusterOptions
from wirecheck.model import Article, Story
from wirecheck.store_codec import digest

FEED_CHUNK = 256  # articles loaded and fed to the index at a time
CLUSTERED = "clustered"  # meta key: how the last refresh clustered ("incremental" or why not)


@dataclass
class Clustering:
    """The outcome of one refresh's clustering, written by `save_clustering`."""

    index: StoryIndex
    stories: list[Story]
    fed: dict[str, str]  # article id -> clustering input hash, for the articles fed now
    vectors: dict[str, np.ndarray] = field(default_factory=dict)  # newly embedded
    rebuilt: str | None = None  # why the index was rebuilt; None when fed incrementally


def cluster_input(article: Article) -> str:
    """Hash of what the corpus stages may change and `signals_of` reads."""
    mentions = [(m.start, m.type, m.entity, m.text) for m in article.mentions]
    times = [(t.start, t.value) for t in article.times]
    events = [e.type for e in article.events]
    return digest([article.syndicated_of, mentions, times, events])


@dataclass
class Feed:
    """Every stored article as clustering sees it, without holding the articles themselves."""

    order: list[str]  # ids in arrival order (`article_arrival`)
    inputs: dict[str, str]  # id -> `cluster_input` of the resolved article
    when: dict[str, tuple[bool, float]]  # id -> arrival key without the tie-break
    load: Callable[[Sequence[str]], list[Article]]  # resolved articles, in the order asked

    @classmethod
    def of(cls, articles: list[Article]) -> Feed:
        """A feed over articles held in memory (in storage order)."""
        by_id = {a.id: a for a in articles}
        return cls(
            [a.id for a in arrival_order(articles)],
            {a.id: cluster_input(a) for a in articles},
            {a.id: article_arrival(a) for a in articles},
            lambda ids: [by_id[i] for i in ids],
        )


def cluster_stored(conn: sqlite3.Connection, feed: Feed) -> Clustering:
    """Stories of every stored article, from the stored index if it can.

    Articles are loaded and fed a chunk at a time, so a rebuild holds one chunk, not the store.
    """
    index, fed = load_index(conn), fed_inputs(conn)
    fresh = [i for i in feed.order if i not in fed]
    reason = _rebuild_reason(index, fed, feed, fresh)
    if index is None or reason is not None:
        index, fresh = StoryIndex(), feed.order
    embedded: dict[str, np.ndarray] = {}
    for begin in range(0, len(fresh), FEED_CHUNK):
        articles = feed.load(fresh[begin : begin + FEED_CHUNK])
        vectors, new = _vectors(conn, articles)
        embedded.update(new)
        for article in articles:
            add_article(index, article, vectors.get(article.id))
    fed_now = {i: feed.inputs[i] for i in fresh}
    return Clustering(index, index.stories(), fed_now, embedded, reason)


def _rebuild_reason(
    index: StoryIndex | None, fed: dict[str, str], feed: Feed, fresh: list[str]
) -> str | None:
    """Why feeding only `fresh` would not equal a clean run; None when it would."""
    if index is None:
        return "no stored index"
    if index.options_dict() != dataclasses.asdict(ClusterOptions()):
        return "clustering options changed"
    if set(index.assigned) != set(fed) or not set(fed) <= set(feed.inputs):
        return "stored index does not match the stored articles"
    changed = [i for i, h in fed.items() if feed.inputs[i] != h]
    if changed:
        return f"clustering input of {len(changed)} clustered articles changed"
    newest = max((feed.when[i] for i in fed), default=None)
    if newest is not None and any(feed.when[i] < newest for i in fresh):
        return "new articles are older than clustered ones"
    return None


def _vectors(
    conn: sqlite3.Connection, articles: list[Article]
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """Lead vectors of `articles`: stored ones, and the missing ones embedded (returned apart)."""
    stored = load_vectors(conn, [a.id for a in articles])
    embedded = lead_vectors([a for a in articles if a.id not in stored])
    return {**stored, **embedded}, embedded


def load_vectors(conn: sqlite3.Connection, ids: list[str]) -> dict[str, np.ndarray]:
    from wirecheck.store_read import chunks, marks

    vectors: dict[str, np.ndarray] = {}
    for part in chunks(ids):
        sql = f"SELECT article, vector FROM story_feed WHERE article IN ({marks(len(part))})"
        for article, blob in conn.execute(sql, tuple(part)):
            if blob is not None:
                vectors[article] = np.frombuffer(blob, dtype=np.float32).copy()
    return vectors


def fed_inputs(conn: sqlite3.Connection) -> dict[str, str]:
    rows = conn.execute("SELECT article, fed FROM story_feed WHERE fed IS NOT NULL")
    return {row[0]: row[1] for row in rows}


def load_index(conn: sqlite3.Connection) -> StoryIndex | None:
    row = conn.execute("SELECT state FROM story_index WHERE id = 1").fetchone()
    if row is None:
        return None
    try:
        return StoryIndex.from_dict(json.loads(zlib.decompress(row[0])))
    except (ValueError, KeyError, TypeError, zlib.error):  # another format: rebuild it
        return None


def save_clustering(conn: sqlite3.Connection, clustering: Clustering) -> None:
    """Store the index, the fed inputs and new vectors (inside the refresh's transaction)."""
    state = zlib.compress(json.dumps(clustering.index.to_dict()).encode("utf-8"), 6)
    conn.execute(
        "INSERT INTO story_index(id, state) VALUES (1, ?) "
        "ON CONFLICT(id) DO UPDATE SET state = excluded.state",
        (state,),
    )
    if clustering.rebuilt is not None:
        conn.execute("UPDATE story_feed SET fed = NULL")
    conn.executemany(
        "INSERT INTO story_feed(article, fed) VALUES (?, ?) "
        "ON CONFLICT(article) DO UPDATE SET fed = excluded.fed",
        list(clustering.fed.items()),
    )
    conn.executemany(
        "INSERT INTO story_feed(article, vector) VALUES (?, ?) "
        "ON CONFLICT(article) DO UPDATE SET vector = excluded.vector",
        [(i, v.astype(np.float32).tobytes()) for i, v in clustering.vectors.items()],
    )
