"""The store read back a page at a time: records in `analysis.json` order, and that file itself.

`load_analysis` builds one `Analysis` holding everything, which grows with the store. These
generators hold one page of records at a time (`PAGE` articles, entities or stories), so
writing `analysis.json` or the report from a store of any size keeps memory flat. The file
written is byte for byte what `Analysis.to_json()` gives for the same records.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from wirecheck.model import SCHEMA_ID, Article, Entity, Finding, Skipped, Story
from wirecheck.store_codec import layer_record
from wirecheck.store_read import load_articles, load_entities, load_findings, load_stories
from wirecheck.store_schema import get_meta

PAGE = 200
LAYER_KEYS = ("quotes", "times", "quantities", "events")


def pages(conn: sqlite3.Connection, sql: str, size: int = PAGE) -> Iterator[list[str]]:
    """The ids a one-column query gives, a page at a time (the cursor is read lazily)."""
    cursor = conn.execute(sql)
    while page := [row[0] for row in cursor.fetchmany(size)]:
        yield page


def rows(conn: sqlite3.Connection, sql: str) -> Iterator[sqlite3.Row]:
    """A query's rows, fetched a page at a time."""
    cursor = conn.execute(sql)
    while page := cursor.fetchmany(PAGE):
        yield from page


def iter_articles(conn: sqlite3.Connection) -> Iterator[Article]:
    """Every article with its layers, in input order."""
    for page in pages(conn, "SELECT id FROM articles ORDER BY seq"):
        yield from load_articles(conn, page)


def iter_layer(conn: sqlite3.Connection, layer: str) -> Iterator[Any]:
    """One layer's records over every article: in input order, each article's as stored."""
    sql = f"SELECT l.* FROM {layer} l JOIN articles a ON a.id = l.article ORDER BY a.seq, l.rowid"
    return (layer_record(layer, row) for row in rows(conn, sql))


def iter_entities(conn: sqlite3.Connection) -> Iterator[Entity]:
    for page in pages(conn, "SELECT id FROM entities ORDER BY position"):
        by_id = {e.id: e for e in load_entities(conn, page)}
        yield from (by_id[i] for i in page)


def iter_stories(conn: sqlite3.Connection) -> Iterator[Story]:
    for page in pages(conn, "SELECT id FROM stories ORDER BY position"):
        yield from load_stories(conn, page)


def iter_findings(conn: sqlite3.Connection) -> Iterator[Finding]:
    """Findings in story order, as `load_findings` gives them, one story at a time."""
    for page in pages(conn, "SELECT id FROM stories ORDER BY position"):
        for story in page:
            yield from load_findings(conn, story)


def iter_skipped(conn: sqlite3.Connection) -> Iterator[Skipped]:
    for row in conn.execute("SELECT path, reason FROM skipped ORDER BY rowid"):
        yield Skipped(row["path"], row["reason"])


def write_analysis_json(conn: sqlite3.Connection, out: TextIO) -> None:
    """The store as `analysis.json`, written as it is read (no trailing newline)."""
    out.write("{\n")
    _write_value(out, "schema", SCHEMA_ID)
    _write_value(out, "generated", get_meta(conn, "refreshed"))
    _write_list(out, "articles", (a.to_dict() for a in iter_articles(conn)))
    _write_list(out, "entities", (e.to_dict() for e in iter_entities(conn)))
    for layer in LAYER_KEYS:
        _write_list(out, layer, (r.to_dict() for r in iter_layer(conn, layer)))
    _write_list(out, "stories", (s.to_dict() for s in iter_stories(conn)))
    _write_list(out, "findings", (f.to_dict() for f in iter_findings(conn)))
    _write_list(out, "skipped", (s.to_dict() for s in iter_skipped(conn)), last=True)
    out.write("}")


# The layout `json.dumps(..., indent=2, ensure_ascii=False)` gives a top-level object whose
# values are lists of records: keys at depth 1, records at depth 2.
_KEY_INDENT = "  "
_ITEM_INDENT = "    "


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def _write_value(out: TextIO, key: str, value: Any) -> None:
    out.write(f"{_KEY_INDENT}{_dumps(key)}: {_dumps(value)},\n")


def _write_list(out: TextIO, key: str, items: Iterable[Any], last: bool = False) -> None:
    out.write(f"{_KEY_INDENT}{_dumps(key)}: [")
    empty = True
    for item in items:
        # JSON strings escape their newlines, so every newline here is layout: indent it.
        body = _dumps(item).replace("\n", "\n" + _ITEM_INDENT)
        out.write(("\n" if empty else ",\n") + _ITEM_INDENT + body)
        empty = False
    out.write("]" if empty else f"\n{_KEY_INDENT}]")
    out.write("\n" if last else ",\n")
