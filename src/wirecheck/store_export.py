"""`wirecheck export`: the store as json (the analysis.json shape), jsonl or csv.

- json: one object, exactly the `analysis.json` contract.
- jsonl: one record a line, `{"record": "article" | "entity" | "quote" | ..., ...fields}`,
  streamed a chunk of articles at a time so memory stays flat on a large store.
- csv: one row per evidence span of every finding, with its story and article: the comparison
  as a spreadsheet (the whole store is in the SQLite file itself for other tools).
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from typing import Any, TextIO

from wirecheck.model import SCHEMA_ID
from wirecheck.store_schema import get_meta
from wirecheck.store_stream import (
    iter_articles,
    iter_entities,
    iter_findings,
    iter_skipped,
    iter_stories,
    write_analysis_json,
)

FORMATS = ("json", "jsonl", "csv")
CSV_COLUMNS = (
    "story", "story_title", "finding", "kind", "topic", "summary", "article", "outlet",
    "published", "title", "start", "end", "value", "text",
)  # fmt: skip


class ExportError(ValueError):
    """An export format we do not write."""


def export(conn: sqlite3.Connection, fmt: str, out: TextIO) -> None:
    if fmt == "json":
        write_analysis_json(conn, out)
        out.write("\n")
    elif fmt == "jsonl":
        for record in jsonl_records(conn):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        write_csv(conn, out)
    else:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def jsonl_records(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    yield {"record": "schema", "schema": SCHEMA_ID, "generated": get_meta(conn, "refreshed")}
    for article in iter_articles(conn):
        yield {"record": "article", **article.to_dict()}
        for layer, name in (("quotes", "quote"), ("times", "time"),
                            ("quantities", "quantity"), ("events", "event")):  # fmt: skip
            for item in getattr(article, layer):
                yield {"record": name, **item.to_dict()}
    for entity in iter_entities(conn):
        yield {"record": "entity", **entity.to_dict()}
    for story in iter_stories(conn):
        yield {"record": "story", **story.to_dict()}
    for finding in iter_findings(conn):
        yield {"record": "finding", **finding.to_dict()}
    for skipped in iter_skipped(conn):
        yield {"record": "skipped", **skipped.to_dict()}


_CSV_ROWS = """
SELECT f.story, s.title AS story_title, f.id AS finding, f.kind, f.topic, f.summary,
       e.article, a.source AS outlet, a.published, a.title, e.start, e."end", e.value, e.text
FROM findings f JOIN stories s ON s.id = f.story
JOIN evidence e ON e.finding = f.id JOIN articles a ON a.id = e.article
ORDER BY s.position, f.position, e.position
"""


def write_csv(conn: sqlite3.Connection, out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in conn.execute(_CSV_ROWS):
        writer.writerow([_csv_cell(row[c]) for c in CSV_COLUMNS])


def _csv_cell(value: Any) -> Any:
    # Spreadsheets run cells that start with = + - @ as formulas: article text is untrusted.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
