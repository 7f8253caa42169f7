"""The SQLite schema of the store, and how a connection to it is opened.

One file, WAL journal (readers never block the writer, and a killed writer loses only its
open transaction), foreign keys on. Plain tables and columns so that sqlite3, Datasette and
sqlite-utils read it as it is; lists are JSON text. Two FTS5 tables index article text and
quote content; both are written in the same transaction as the rows they index.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

SCHEMA_VERSION = "1"

_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, seq INTEGER NOT NULL UNIQUE, path TEXT NOT NULL, url TEXT,
    source TEXT, agency TEXT, section TEXT, title TEXT, byline TEXT NOT NULL,
    contributors TEXT NOT NULL, dateline TEXT, published TEXT, updated TEXT,
    language TEXT NOT NULL, syndicated_of TEXT, text TEXT NOT NULL, removed TEXT NOT NULL,
    errors TEXT NOT NULL, dateline_date TEXT, reference_date TEXT,
    raw BLOB NOT NULL,        -- the article as annotated, before corpus stages (zlib JSON)
    layers_hash TEXT          -- hash of the stored (resolved) layers, to rewrite only changes
);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE TABLE IF NOT EXISTS mentions (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL,
    role TEXT, entity TEXT
);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article, start);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity);
CREATE TABLE IF NOT EXISTS quotes (
    id TEXT NOT NULL, article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL,
    speaker TEXT, speaker_text TEXT, speaker_start INTEGER, speaker_end INTEGER,
    cue TEXT, cue_start INTEGER, cue_end INTEGER
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article, start);
CREATE INDEX IF NOT EXISTS quotes_id ON quotes(id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker);
CREATE TABLE IF NOT EXISTS times (
    id TEXT NOT NULL, article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL,
    value TEXT, anchor TEXT
);
CREATE INDEX IF NOT EXISTS times_article ON times(article, start);
CREATE INDEX IF NOT EXISTS times_id ON times(id);
CREATE TABLE IF NOT EXISTS quantities (
    id TEXT NOT NULL, article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, value REAL, low REAL,
    high REAL, unit TEXT, counted TEXT
);
CREATE INDEX IF NOT EXISTS quantities_article ON quantities(article, start);
CREATE INDEX IF NOT EXISTS quantities_id ON quantities(id);
CREATE TABLE IF NOT EXISTS events (
    id TEXT NOT NULL, article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, type TEXT NOT NULL, trigger TEXT NOT NULL,
    actors TEXT NOT NULL, targets TEXT NOT NULL, time TEXT, place TEXT, mode TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_article ON events(article, start);
CREATE INDEX IF NOT EXISTS events_id ON events(id);
CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, code TEXT,
    aliases TEXT NOT NULL, roles TEXT NOT NULL, position INTEGER NOT NULL, hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS entity_mentions (
    entity TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, position INTEGER NOT NULL,
    PRIMARY KEY (entity, position)
);
CREATE INDEX IF NOT EXISTS entity_mentions_article ON entity_mentions(article);
CREATE TABLE IF NOT EXISTS stories (
    id TEXT PRIMARY KEY, title TEXT, outlets TEXT NOT NULL, first_seen TEXT, last_seen TEXT,
    position INTEGER NOT NULL, hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS stories_last_seen ON stories(last_seen, id);
CREATE TABLE IF NOT EXISTS story_articles (
    story TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, PRIMARY KEY (story, article)
);
CREATE INDEX IF NOT EXISTS story_articles_article ON story_articles(article);
CREATE TABLE IF NOT EXISTS findings (
    id TEXT PRIMARY KEY, story TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    kind TEXT NOT NULL, topic TEXT NOT NULL, summary TEXT NOT NULL, position INTEGER NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS findings_story ON findings(story, position);
CREATE INDEX IF NOT EXISTS findings_kind ON findings(story, kind);
CREATE TABLE IF NOT EXISTS evidence (
    finding TEXT NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, value TEXT,
    PRIMARY KEY (finding, position)
);
CREATE INDEX IF NOT EXISTS evidence_article ON evidence(article);
CREATE TABLE IF NOT EXISTS skipped (
    path TEXT NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (path, reason)
);
-- Entity ids that a later refresh replaced (a fuller name, a merge), and the id that took
-- over their mentions, so links to an old id still lead somewhere.
CREATE TABLE IF NOT EXISTS entity_moves (old TEXT PRIMARY KEY, entity TEXT NOT NULL);
-- Story clustering between ingests (see store_cluster): each article's lead vector and the
-- hash of its clustering input when it was fed; the StoryIndex state as zlib JSON.
CREATE TABLE IF NOT EXISTS story_feed (
    article TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    vector BLOB,              -- float32 MiniLM vector of headline + lead
    fed TEXT                  -- clustering input hash as fed to the stored index
);
CREATE TABLE IF NOT EXISTS story_index (
    id INTEGER PRIMARY KEY CHECK (id = 1), state BLOB NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS article_fts USING fts5(
    id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE IF NOT EXISTS quote_fts USING fts5(
    id UNINDEXED, article UNINDEXED, text, speaker_text,
    tokenize = 'unicode61 remove_diacritics 2'
);
"""

# Layer record ids (<article>:t:<start>) are not unique keys: an extractor may emit two
# records at one offset, and the store keeps what it was given rather than refuse the batch.
# Per-article layer tables, in the order they are written and read.
LAYER_TABLES = ("mentions", "quotes", "times", "quantities", "events")


class StoreError(RuntimeError):
    """The store file cannot be used; the message says which file and what to do."""


def connect(path: str | Path, readonly: bool = False) -> sqlite3.Connection:
    """Open the store (creating it unless `readonly`), with the pragmas every connection needs."""
    path = Path(path)
    if readonly:
        # A URI so that SQLite itself refuses writes; readers of the web app use this.
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro",
            uri=True,
            timeout=30,
            isolation_level=None,
            check_same_thread=False,  # a web request may hop threads; one user at a time
        )
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Autocommit mode: every write goes through `transaction`, which says BEGIN itself.
        conn = sqlite3.connect(path, timeout=30, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 30000")
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
        # NORMAL is durable against process kills in WAL mode; FULL adds power-loss safety.
        conn.execute("PRAGMA synchronous = FULL")
    return conn


def create_schema(conn: sqlite3.Connection) -> None:
    """Create missing tables (idempotent) and check the schema version of an existing store."""
    conn.executescript(f"BEGIN IMMEDIATE;{_TABLES}COMMIT;")
    with transaction(conn):
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if row is None:
            conn.execute("INSERT INTO meta(key, value) VALUES ('schema', ?)", (SCHEMA_VERSION,))
        elif row["value"] != SCHEMA_VERSION:
            raise StoreError(
                f"the store was written with schema {row['value']}, this wirecheck reads "
                f"{SCHEMA_VERSION}; export it with the older version and re-ingest"
            )


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: all of it is committed, or none of it (also on kill -9)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def get_meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row["value"])


def set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
