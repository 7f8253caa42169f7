"""The report's context read from a store a page at a time (see `report.write_report`).

Every list the page shows is a `Lazy` sequence: it knows its length from a count, and each
pass over it reads the store again, a page of articles or one story at a time. So the report
of a store of any size is written with memory flat, and it is the page `report_context` gives
for the same records in memory (articles ordered the same way, ties in input order).
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from wirecheck.model import Article
from wirecheck.report import report_link, report_story_view, story_row
from wirecheck.store_codec import ARTICLE_COLUMNS, LAYERS, article_from_row, quoted
from wirecheck.store_read import count, entity_names, load_articles, load_findings
from wirecheck.store_schema import get_meta
from wirecheck.store_stream import iter_skipped, iter_stories, rows
from wirecheck.web.views import story_counts

# `report.article_order` in SQL: empty strings for missing values, then input order.
_ARTICLE_ORDER = "COALESCE(published, ''), COALESCE(title, ''), seq"


class Lazy:
    """A sequence read again on every pass: `len` and truth from a count, items on demand."""

    def __init__(self, size: int, items: Callable[[], Iterator[Any]]) -> None:
        self.size = size
        self.items = items

    def __len__(self) -> int:
        return self.size

    def __bool__(self) -> bool:
        return self.size > 0

    def __iter__(self) -> Iterator[Any]:
        return self.items()


def store_context(conn: sqlite3.Connection) -> dict[str, Any]:
    """What `report.html` shows, for the whole store."""
    stories = count(conn, "stories")
    return {
        "articles": Lazy(count(conn, "articles"), lambda: _listed_articles(conn)),
        "generated": get_meta(conn, "refreshed"),
        "skipped": Lazy(count(conn, "skipped"), lambda: iter_skipped(conn)),
        "totals": {"stories": stories, "entities": count(conn, "entities")},
        "layer_counts": {layer: count(conn, layer) for layer in LAYERS},
        "kind_counts": Counter(
            dict(conn.execute("SELECT kind, COUNT(*) FROM findings GROUP BY kind").fetchall())
        ),
        "story_rows": Lazy(stories, lambda: _story_rows(conn)),
        "stories": Lazy(stories, lambda: _story_views(conn)),
        "link": report_link,
        "outlets": _outlets(conn),
    }


def _listed_articles(conn: sqlite3.Connection) -> Iterator[Article]:
    # The list and the texts need no layers: read the articles' own rows only.
    columns = ", ".join(quoted(c) for c in ARTICLE_COLUMNS)
    sql = f"SELECT {columns} FROM articles ORDER BY {_ARTICLE_ORDER}"
    return (article_from_row(row) for row in rows(conn, sql))


def _outlets(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("SELECT DISTINCT source FROM articles WHERE source <> ''")
    return sorted(row[0] for row in rows)


def _story_rows(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    for story in iter_stories(conn):
        yield story_row(story, len(story.articles), _kind_counts(conn, story.id))


def _kind_counts(conn: sqlite3.Connection, story: str) -> dict[str, int]:
    """`views.story_counts` of the story's findings, counted in SQL: the table only needs
    the numbers, and the story's section loads the findings themselves."""
    counts = story_counts([])
    sql = "SELECT kind, COUNT(*) FROM findings WHERE story = ? GROUP BY kind"
    counts.update(conn.execute(sql, (story,)).fetchall())
    return counts


def _story_views(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    for story in iter_stories(conn):
        members = load_articles(conn, story.articles)
        names = entity_names(conn, [ref for a in members for ref in a.entity_refs()])
        yield report_story_view(story, members, load_findings(conn, story.id), names)
