"""Reading records back out of the store: whole analyses, or a few articles with their layers."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from wirecheck.model import Analysis, Article, Entity, Evidence, Finding, Skipped, Span, Story
from wirecheck.store_codec import (
    LAYERS,
    article_from_row,
    entity_from_row,
    finding_from_row,
    layer_record,
    quoted,
    story_from_row,
    unpack_article,
)
from wirecheck.store_schema import get_meta

# SQLite accepts at most 32766 bound parameters; stay far below in IN (...) lists.
CHUNK = 500


def marks(n: int) -> str:
    """`?, ?, ?` for an IN list: only placeholders are put into the SQL text, never values."""
    return ", ".join("?" for _ in range(n))


def chunks(items: Sequence[str], size: int = CHUNK) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def load_analysis(conn: sqlite3.Connection) -> Analysis:
    """Everything stored, in the `analysis.json` shape (layers as the corpus stages left them)."""
    rows = conn.execute("SELECT * FROM articles ORDER BY seq").fetchall()
    articles = [article_from_row(r) for r in rows]
    _attach_layers(conn, articles, None)
    return Analysis(
        articles=articles,
        entities=load_entities(conn),
        stories=load_stories(conn),
        findings=load_findings(conn),
        skipped=[Skipped(r["path"], r["reason"]) for r in conn.execute("SELECT * FROM skipped")],
        generated=get_meta(conn, "refreshed"),
    )


def load_raw_articles(conn: sqlite3.Connection) -> list[Article]:
    """Every article as it was annotated, before any corpus stage: the corpus stages' input."""
    rows = conn.execute("SELECT raw FROM articles ORDER BY seq")
    return [unpack_article(row["raw"]) for row in rows]


def load_articles(conn: sqlite3.Connection, ids: Sequence[str]) -> list[Article]:
    """The named articles with text and layers, in the order of `ids` (unknown ids dropped)."""
    found: dict[str, Article] = {}
    for part in chunks(list(dict.fromkeys(ids))):
        sql = f"SELECT * FROM articles WHERE id IN ({marks(len(part))})"
        for row in conn.execute(sql, tuple(part)):
            found[row["id"]] = article_from_row(row)
    articles = [found[i] for i in ids if i in found]
    _attach_layers(conn, articles, list(found))
    return articles


def _attach_layers(
    conn: sqlite3.Connection, articles: list[Article], ids: list[str] | None
) -> None:
    by_id = {a.id: a for a in articles}
    for layer in LAYERS:
        for row in _layer_rows(conn, layer, ids):
            owner = by_id.get(row["article"])
            if owner is not None:
                getattr(owner, layer).append(layer_record(layer, row))


def _layer_rows(conn: sqlite3.Connection, layer: str, ids: list[str] | None) -> Iterator[Any]:
    if ids is None:
        yield from conn.execute(f"SELECT * FROM {layer} ORDER BY rowid")
        return
    for part in chunks(ids):
        sql = f"SELECT * FROM {layer} WHERE article IN ({marks(len(part))}) ORDER BY rowid"
        yield from conn.execute(sql, tuple(part))


def load_entities(
    conn: sqlite3.Connection, ids: Sequence[str] | None = None, mentions: bool = True
) -> list[Entity]:
    """Every entity, or those of `ids`; without their mentions unless `mentions`."""
    spans: dict[str, list[Span]] = defaultdict(list)
    mentions_sql = f"SELECT entity, article, start, {quoted('end')} FROM entity_mentions"
    if ids is None:
        rows = conn.execute("SELECT * FROM entities ORDER BY position").fetchall()
        mention_rows = []
        if mentions:
            mention_rows = conn.execute(f"{mentions_sql} ORDER BY entity, position").fetchall()
    else:
        rows, mention_rows = [], []
        for part in chunks(list(ids)):
            args, where = tuple(part), f"IN ({marks(len(part))})"
            rows += conn.execute(f"SELECT * FROM entities WHERE id {where}", args)
            if mentions:
                sql = f"{mentions_sql} WHERE entity {where} ORDER BY entity, position"
                mention_rows += conn.execute(sql, args)
    for m in mention_rows:
        spans[m["entity"]].append(Span(m["article"], m["start"], m["end"]))
    return [entity_from_row(r, spans[r["id"]]) for r in rows]


def load_stories(conn: sqlite3.Connection, ids: Sequence[str] | None = None) -> list[Story]:
    where, args = _id_filter("id", ids)
    rows = conn.execute(f"SELECT * FROM stories {where} ORDER BY position", args).fetchall()
    members: dict[str, list[str]] = defaultdict(list)
    where, args = _id_filter("story", ids)
    for m in conn.execute(f"SELECT story, article FROM story_articles {where} "
                          "ORDER BY story, position", args):  # fmt: skip
        members[m["story"]].append(m["article"])
    return [story_from_row(r, members[r["id"]]) for r in rows]


def load_findings(conn: sqlite3.Connection, story: str | None = None) -> list[Finding]:
    """Findings in story order, ranked inside each story as the comparison ranked them."""
    where, args = ("WHERE f.story = ?", (story,)) if story else ("", ())
    rows = conn.execute(
        "SELECT f.* FROM findings f JOIN stories s ON s.id = f.story "
        f"{where} ORDER BY s.position, f.position",
        args,
    ).fetchall()
    evidence: dict[str, list[Evidence]] = defaultdict(list)
    ev_where = "WHERE finding IN (SELECT id FROM findings WHERE story = ?)" if story else ""
    end = quoted("end")
    for e in conn.execute(
        f"SELECT finding, article, start, {end}, text, value FROM evidence {ev_where} "
        "ORDER BY finding, position",
        args,
    ):
        evidence[e["finding"]].append(
            Evidence(e["article"], e["start"], e["end"], e["text"], e["value"])
        )
    return [finding_from_row(r, evidence[r["id"]]) for r in rows]


def _id_filter(column: str, ids: Sequence[str] | None) -> tuple[str, tuple[str, ...]]:
    """A WHERE clause on a short id list (callers pass at most a page of ids)."""
    if ids is None:
        return "", ()
    ids = list(ids)[:CHUNK]
    return f"WHERE {column} IN ({marks(len(ids))})", tuple(ids)


def count(conn: sqlite3.Connection, table: str) -> int:
    """Rows in one of our tables (the name is always one of our constants)."""
    return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def entity_names(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, str]:
    """Names of the given entities, without their (possibly many) mentions."""
    names: dict[str, str] = {}
    for part in chunks(list(dict.fromkeys(ids))):
        sql = f"SELECT id, name FROM entities WHERE id IN ({marks(len(part))})"
        names.update((r["id"], r["name"]) for r in conn.execute(sql, tuple(part)))
    return names
