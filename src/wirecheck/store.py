"""The store: one SQLite file holding articles, their layers and the corpus results.

`Store(path)` opens (or creates) it. `ingest` adds articles idempotently by id (the content
hash) in one transaction per call, so a killed ingest keeps every batch it committed and a
re-run adds the rest. Articles ingested without corpus results mark the store *dirty* in the
same transaction; `wirecheck.store_refresh.refresh` re-runs the corpus stages and clears the mark,
so a re-run after a crash also brings stories and findings up to date.

Module map: `store_schema` (DDL, connections), `store_codec` (records <-> rows),
`store_write`, `store_read` (whole analyses), `store_query` (API queries, search),
`store_export` (json, jsonl, csv), `store_cluster` (the story index kept between ingests).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from wirecheck import store_query, store_read, store_write
from wirecheck.model import Analysis, Article, Skipped
from wirecheck.store_schema import connect, create_schema, get_meta, set_meta, transaction

DEFAULT_PATH = "wirecheck.db"
DIRTY = "dirty"  # meta key: articles were added since the corpus stages last ran


@dataclass
class IngestResult:
    new: list[str] = field(default_factory=list)  # ids stored by this call
    known: int = 0  # articles that were stored already


class Store:
    """One store file. Not shared between threads: open one `Store` per thread or request."""

    def __init__(self, path: str | Path = DEFAULT_PATH, readonly: bool = False) -> None:
        self.path = Path(path)
        if not readonly:
            self.conn = connect(self.path)
            create_schema(self.conn)
        else:
            self.conn = connect(self.path, readonly=True)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------

    def ingest(
        self, items: Analysis | Iterable[Article], skipped: Iterable[Skipped] = ()
    ) -> IngestResult:
        """Store articles not stored yet; one transaction for the whole call.

        An `Analysis` with stories brings its corpus results along (upserted by id); bare
        articles mark the store dirty until the corpus stages run (`store_refresh.refresh`).
        """
        if isinstance(items, Analysis):
            analysis: Analysis | None = items
            articles = items.articles
        else:
            analysis, articles = None, list(items)
        with transaction(self.conn) as conn:
            new = store_write.insert_articles(conn, articles)
            store_write.insert_skipped(conn, [*(analysis.skipped if analysis else []), *skipped])
            if analysis is not None and analysis.stories:
                self._upsert_corpus(conn, analysis)
            elif new:
                set_meta(conn, DIRTY, "1")
        return IngestResult(new=new, known=len(articles) - len(new))

    @staticmethod
    def _upsert_corpus(conn: sqlite3.Connection, analysis: Analysis) -> None:
        store_write.rewrite_layers(conn, analysis.articles)
        store_write.sync_entities(conn, analysis.entities, prune=False)
        store_write.sync_stories(conn, analysis.stories, prune=False)
        store_write.sync_findings(conn, analysis.findings, prune=False)
        # Its stories came from elsewhere: the next refresh rebuilds the story index.
        conn.execute("DELETE FROM story_index")
        if analysis.generated:
            set_meta(conn, "refreshed", analysis.generated)

    def has(self, article_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None

    @property
    def dirty(self) -> bool:
        return get_meta(self.conn, DIRTY) == "1"

    def refresh(self) -> set[str]:
        """Re-run the corpus stages over the stored articles; return the re-compared stories."""
        from wirecheck.store_refresh import refresh

        return refresh(self)

    # -- reading ---------------------------------------------------------------------------

    def load_analysis(self) -> Analysis:
        return store_read.load_analysis(self.conn)

    def export(self, fmt: str, out: TextIO) -> None:
        """Write the store as `json` (the analysis.json shape), `jsonl` or `csv`."""
        from wirecheck.store_export import export

        export(self.conn, fmt, out)

    def counts(self) -> dict[str, int]:
        tables = ("articles", "entities", "quotes", "stories", "findings")
        return {t: store_read.count(self.conn, t) for t in tables}

    def integrity_check(self) -> str:
        return str(self.conn.execute("PRAGMA integrity_check").fetchone()[0])

    def articles(self, ids: list[str]) -> list[Article]:
        return store_read.load_articles(self.conn, ids)

    def stories(self, flt: store_query.StoryFilter) -> tuple[list[dict[str, Any]], int]:
        return store_query.list_stories(self.conn, flt)

    def search(self, q: str, limit: int = 20) -> dict[str, list[dict[str, Any]]]:
        return store_query.search(self.conn, q, limit)
