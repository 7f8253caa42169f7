"""Queries behind the API and the web pages: story lists with filters, full-text search.

Every value reaches SQLite as a bound parameter. Full-text queries never pass user syntax to
FTS5: each term is quoted as a string, so `"`, `*`, `NEAR(` or `OR` are only words to find.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from wirecheck.store_read import marks

MAX_TERMS = 16
# Marks around matched words in snippets; control characters never appear in cleaned text
# and are split out before rendering, so the page escapes the text and adds <mark> itself.
HIT_OPEN, HIT_CLOSE = "\x02", "\x03"
_TERM_CHARS = re.compile(r"\w", re.UNICODE)


def fts_query(text: str) -> str | None:
    """A safe FTS5 MATCH string: every term a quoted string, all terms required; None if empty."""
    # FTS5 reads its query as a C string: a NUL inside a quoted term would cut it short.
    terms = [t for t in text.replace("\x00", " ").split() if _TERM_CHARS.search(t)][:MAX_TERMS]
    if not terms:
        return None
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)


@dataclass(frozen=True)
class StoryFilter:
    q: str | None = None
    outlet: str | None = None
    entity: str | None = None
    since: str | None = None  # ISO date: stories still running on or after it
    until: str | None = None  # ISO date: stories begun on or before it
    limit: int = 50
    offset: int = 0


_STORY_WHERE = """
FROM stories s
WHERE (:since IS NULL OR substr(COALESCE(s.last_seen, ''), 1, 10) >= :since)
  AND (:until IS NULL OR substr(COALESCE(s.first_seen, ''), 1, 10) <= :until)
  AND (:outlet IS NULL OR EXISTS (
        SELECT 1 FROM story_articles sa JOIN articles a ON a.id = sa.article
        WHERE sa.story = s.id AND a.source = :outlet))
  AND (:entity IS NULL OR EXISTS (
        SELECT 1 FROM entity_mentions em JOIN story_articles sa ON sa.article = em.article
        WHERE em.entity = :entity AND sa.story = s.id))
  AND (:match IS NULL OR s.id IN (
        SELECT sa.story FROM story_articles sa
        WHERE sa.article IN (SELECT id FROM article_fts WHERE article_fts MATCH :match)))
"""
# The page is chosen first (newest first, by the last_seen index); counts only for its rows.
_STORY_PAGE = f"""
SELECT p.id, p.title, p.outlets, p.first_seen, p.last_seen,
  (SELECT COUNT(*) FROM story_articles sa WHERE sa.story = p.id) AS articles,
  (SELECT COUNT(*) FROM findings f WHERE f.story = p.id AND f.kind = 'conflict') AS conflicts,
  (SELECT COUNT(*) FROM findings f WHERE f.story = p.id AND f.kind = 'agree') AS agreements,
  (SELECT COUNT(*) FROM findings f WHERE f.story = p.id AND f.kind = 'unique') AS uniques
FROM (SELECT s.* {_STORY_WHERE} ORDER BY s.last_seen DESC, s.id LIMIT :limit OFFSET :offset) p
ORDER BY p.last_seen DESC, p.id
"""


def list_stories(conn: sqlite3.Connection, f: StoryFilter) -> tuple[list[dict[str, Any]], int]:
    """One page of stories, newest first, with finding counts; and how many match in all."""
    match = fts_query(f.q) if f.q else None
    if f.q and match is None:
        return [], 0
    args = {"since": f.since, "until": f.until, "outlet": f.outlet, "entity": f.entity}
    args["match"] = match
    total = conn.execute(f"SELECT COUNT(*) {_STORY_WHERE}", args).fetchone()[0]
    rows = conn.execute(_STORY_PAGE, {**args, "limit": f.limit, "offset": f.offset}).fetchall()
    stories = [dict(r) for r in rows]
    per_outlet = outlet_counts(conn, [s["id"] for s in stories])
    for story in stories:
        story["outlets"] = _json_list(story["outlets"])
        story["outlet_counts"] = per_outlet.get(story["id"], {})
    return stories, int(total)


def outlet_counts(conn: sqlite3.Connection, story_ids: list[str]) -> dict[str, dict[str, int]]:
    """Articles per outlet in each story (syndicated copies counted under their own outlet)."""
    if not story_ids:
        return {}
    rows = conn.execute(
        "SELECT sa.story, COALESCE(a.source, '(unknown)') AS outlet, COUNT(*) AS n "
        "FROM story_articles sa JOIN articles a ON a.id = sa.article "
        f"WHERE sa.story IN ({marks(len(story_ids))}) GROUP BY sa.story, outlet "
        "ORDER BY n DESC, outlet",
        tuple(story_ids),
    )
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for row in rows:
        counts[row["story"]][row["outlet"]] = row["n"]
    return counts


def outlets(conn: sqlite3.Connection, limit: int = 500) -> list[str]:
    rows = conn.execute(
        "SELECT DISTINCT source FROM articles WHERE source IS NOT NULL ORDER BY source LIMIT ?",
        (limit,),
    )
    return [r["source"] for r in rows]


def search(conn: sqlite3.Connection, q: str, limit: int = 20) -> dict[str, list[dict[str, Any]]]:
    """Articles and quotes matching every term of `q`, best first, with marked snippets."""
    match = fts_query(q)
    if match is None:
        return {"articles": [], "quotes": []}
    articles = conn.execute(
        "SELECT f.id, a.title, a.source, a.published, "
        f"snippet(article_fts, 2, '{HIT_OPEN}', '{HIT_CLOSE}', ' … ', 24) AS snippet "
        "FROM article_fts f JOIN articles a ON a.id = f.id "
        "WHERE article_fts MATCH ? ORDER BY rank LIMIT ?",
        (match, limit),
    ).fetchall()
    quotes = conn.execute(
        "SELECT q.id, q.article, q.speaker, q.speaker_text, a.source, a.title, "
        f"snippet(quote_fts, 2, '{HIT_OPEN}', '{HIT_CLOSE}', ' … ', 32) AS snippet "
        "FROM quote_fts f JOIN quotes q ON q.id = f.id JOIN articles a ON a.id = q.article "
        "WHERE quote_fts MATCH ? ORDER BY rank LIMIT ?",
        (match, limit),
    ).fetchall()
    return {"articles": [dict(r) for r in articles], "quotes": [dict(r) for r in quotes]}


def stories_of_articles(conn: sqlite3.Connection, ids: list[str]) -> list[dict[str, Any]]:
    """The stories holding any of the articles (an entity's or one article's stories)."""
    if not ids:
        return []
    rows = conn.execute(
        "SELECT DISTINCT s.id, s.title, s.first_seen, s.last_seen FROM stories s "
        f"JOIN story_articles sa ON sa.story = s.id WHERE sa.article IN ({marks(len(ids))}) "
        "ORDER BY COALESCE(s.last_seen, '') DESC LIMIT 100",
        tuple(ids),
    )
    return [dict(r) for r in rows]


def entity_mentions(conn: sqlite3.Connection, entity: str, limit: int) -> list[dict[str, Any]]:
    """An entity's mentions with their article's metadata and the words around each."""
    rows = conn.execute(
        'SELECT em.article, em.start, em."end", a.title, a.source, a.published, '
        "substr(a.text, max(1, em.start - 119), min(em.start, 120)) AS before, "
        'substr(a.text, em.start + 1, em."end" - em.start) AS text, '
        'substr(a.text, em."end" + 1, 120) AS after '
        "FROM entity_mentions em JOIN articles a ON a.id = em.article "
        "WHERE em.entity = ? ORDER BY a.published, em.article, em.start LIMIT ?",
        (entity, limit),
    )
    return [dict(r) for r in rows]


def entity_outlets(conn: sqlite3.Connection, entity: str) -> dict[str, int]:
    rows = conn.execute(
        "SELECT COALESCE(a.source, '(unknown)') AS outlet, COUNT(*) AS n "
        "FROM entity_mentions em JOIN articles a ON a.id = em.article "
        "WHERE em.entity = ? GROUP BY outlet ORDER BY n DESC, outlet",
        (entity,),
    )
    return {r["outlet"]: r["n"] for r in rows}


def entity_article_ids(conn: sqlite3.Connection, entity: str, limit: int = 500) -> list[str]:
    rows = conn.execute(
        "SELECT DISTINCT article FROM entity_mentions WHERE entity = ? LIMIT ?", (entity, limit)
    )
    return [r["article"] for r in rows]


def quotes_by(conn: sqlite3.Connection, entity: str, limit: int) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT q.*, a.title, a.source, a.published FROM quotes q "
        "JOIN articles a ON a.id = q.article WHERE q.speaker = ? "
        "ORDER BY a.published, q.article, q.start LIMIT ?",
        (entity, limit),
    )
    return [dict(r) for r in rows]


def _json_list(value: str | None) -> list[str]:
    import json

    return list(json.loads(value)) if value else []


def current_entity(conn: sqlite3.Connection, entity: str, hops: int = 8) -> str | None:
    """The stored entity an id names now: itself, or where a refresh moved its mentions."""
    for _ in range(hops):  # a rename of a rename; bounded, as a move may point back
        if conn.execute("SELECT 1 FROM entities WHERE id = ?", (entity,)).fetchone():
            return entity
        row = conn.execute("SELECT entity FROM entity_moves WHERE old = ?", (entity,)).fetchone()
        if row is None:
            return None
        entity = str(row[0])
    return None
