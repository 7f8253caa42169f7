"""Writes to the store. Every function runs inside the caller's transaction.

SQL text is built only from our own constant table and column names; every value is a
bound parameter.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from wirecheck.model import Article, Entity, Finding, Quote, Skipped, Story
from wirecheck.store_codec import (
    ARTICLE_COLUMNS,
    LAYERS,
    article_row,
    digest,
    layer_row,
    layers_hash,
    pack_article,
    quoted,
)


def _insert_sql(table: str, columns: Sequence[str], verb: str = "INSERT") -> str:
    names = ", ".join(quoted(c) for c in columns)
    marks = ", ".join("?" for _ in columns)
    return f"{verb} INTO {table} ({names}) VALUES ({marks})"


_ARTICLE_INSERT = _insert_sql("articles", (*ARTICLE_COLUMNS, "seq", "raw", "layers_hash"))
_LAYER_INSERT = {layer: _insert_sql(layer, cols) for layer, (_, cols) in LAYERS.items()}


def insert_articles(conn: sqlite3.Connection, articles: Iterable[Article]) -> list[str]:
    """Store the articles not stored yet (by id, the content hash); return the new ids."""
    seq = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM articles").fetchone()[0]
    new: list[str] = []
    for article in articles:
        if conn.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone():
            continue
        seq += 1
        row = (*article_row(article), seq, pack_article(article), layers_hash(article))
        conn.execute(_ARTICLE_INSERT, row)
        conn.execute(
            "INSERT INTO article_fts(id, title, text) VALUES (?, ?, ?)",
            (article.id, article.title or "", article.text),
        )
        _insert_layers(conn, article)
        new.append(article.id)
    return new


def _insert_layers(conn: sqlite3.Connection, article: Article, search: bool = True) -> None:
    for layer in LAYERS:
        rows = [layer_row(layer, r) for r in getattr(article, layer)]
        conn.executemany(_LAYER_INSERT[layer], rows)
    if search:
        conn.executemany(
            "INSERT INTO quote_fts(id, article, text, speaker_text) VALUES (?, ?, ?, ?)",
            _searched(article.id, article.quotes),
        )


def _searched(article: str, quotes: Iterable[Quote]) -> list[tuple[str, str, str, str]]:
    """The quote search index's rows for one article's quotes."""
    return [(q.id, article, q.text, q.speaker_text or "") for q in quotes]


def rewrite_layers(
    conn: sqlite3.Connection, articles: Iterable[Article], hashes: dict[str, str] | None = None
) -> int:
    """Replace the stored layers of articles whose layers the corpus stages changed.

    `hashes`: the articles' `layers_hash` where the caller computed them already."""
    stored = dict(conn.execute("SELECT id, layers_hash FROM articles").fetchall())
    changed = 0
    for article in articles:
        new_hash = hashes[article.id] if hashes else layers_hash(article)
        if article.id not in stored or stored[article.id] == new_hash:
            continue
        rewrite_article_layers(conn, article, new_hash)
        changed += 1
    return changed


def rewrite_article_layers(conn: sqlite3.Connection, article: Article, new_hash: str) -> None:
    """Replace one stored article's layers and syndication mark with the given ones."""
    stored = conn.execute(
        "SELECT id, article, text, COALESCE(speaker_text, '') FROM quotes "
        "WHERE article = ? ORDER BY rowid",
        (article.id,),
    ).fetchall()
    # The search index cannot find an article's rows but by scanning all of it (the column
    # is unindexed): touch it only when what it holds changed, which the corpus stages,
    # rewriting entity ids, almost never do. Otherwise a refresh would grow as the square.
    search = [tuple(row) for row in stored] != _searched(article.id, article.quotes)
    for layer in LAYERS:
        conn.execute(f"DELETE FROM {layer} WHERE article = ?", (article.id,))
    if search:
        conn.execute("DELETE FROM quote_fts WHERE article = ?", (article.id,))
    _insert_layers(conn, article, search)
    conn.execute(
        "UPDATE articles SET syndicated_of = ?, layers_hash = ? WHERE id = ?",
        (article.syndicated_of, new_hash, article.id),
    )


def insert_skipped(conn: sqlite3.Connection, skipped: Iterable[Skipped]) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO skipped(path, reason) VALUES (?, ?)",
        [(s.path, s.reason) for s in skipped],
    )


Writer = Callable[[sqlite3.Connection, Any, int, str], None]


def _sync(
    conn: sqlite3.Connection,
    table: str,
    records: Sequence[Any],
    write: Writer,
    keep: Callable[[str], bool] = lambda _id: False,
    positions: Sequence[int] | None = None,
    prune: bool = True,
) -> set[str]:
    """Make `table` hold `records` (and, unless `prune`, every other row); return changed ids.

    With `prune`, stored rows not among `records` are deleted unless `keep` says to leave them.

    Rows whose content hash is unchanged are left alone, so a refresh that changes one story
    writes one story; a new position alone is a cheap UPDATE.
    """
    stored = {
        row[0]: (row[1], row[2])
        for row in conn.execute(f"SELECT id, hash, position FROM {table}").fetchall()
    }
    wanted = {r.id for r in records}
    gone = [(i,) for i in stored if prune and i not in wanted and not keep(i)]
    conn.executemany(f"DELETE FROM {table} WHERE id = ?", gone)
    places = range(len(records)) if positions is None else positions
    return {i for (i,) in gone} | _write_changed(conn, table, records, places, stored, write)


def _write_changed(
    conn: sqlite3.Connection,
    table: str,
    records: Sequence[Any],
    positions: Sequence[int],
    stored: dict[str, tuple[str, int]],
    write: Writer,
) -> set[str]:
    """Write the records whose content hash differs from the stored one (a moved one only
    gets its new position); return the ids written."""
    changed: set[str] = set()
    for record, position in zip(records, positions, strict=True):
        content = digest(record.to_dict())
        old = stored.get(record.id)
        if old is None or old[0] != content:
            write(conn, record, position, content)
            changed.add(record.id)
        elif old[1] != position:
            conn.execute(f"UPDATE {table} SET position = ? WHERE id = ?", (position, record.id))
    return changed


def sync_entities(
    conn: sqlite3.Connection, entities: Sequence[Entity], prune: bool = True
) -> set[str]:
    return _sync(conn, "entities", entities, _write_entity, prune=prune)


def write_entity(
    conn: sqlite3.Connection, entity: Entity, position: int, stored: tuple[str, int] | None
) -> bool:
    """Write one entity unless `stored` (its stored hash and position) says it is unchanged."""
    known = {} if stored is None else {entity.id: stored}
    return bool(_write_changed(conn, "entities", [entity], [position], known, _write_entity))


def retire_entities(conn: sqlite3.Connection, gone: Sequence[str]) -> int:
    """Delete the `gone` entities, first noting for each the live entity now holding most of
    its mentions (on a tie, the one holding its earliest); return how many ids moved.

    Call once the live entities are written: their mentions are compared with the stored
    mentions of the gone ones, which this deletes last."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS retiring (id TEXT PRIMARY KEY)")
    conn.execute("DELETE FROM temp.retiring")
    conn.executemany("INSERT OR IGNORE INTO temp.retiring(id) VALUES (?)", [(i,) for i in gone])
    votes = conn.execute(
        "SELECT o.entity, n.entity, COUNT(*), MIN(o.position) FROM entity_mentions o "
        "JOIN entity_mentions n ON n.article = o.article AND n.start = o.start "
        "WHERE o.entity IN (SELECT id FROM temp.retiring) "
        "AND n.entity NOT IN (SELECT id FROM temp.retiring) GROUP BY o.entity, n.entity"
    )
    best: dict[str, tuple[int, int, str]] = {}
    for old, new, count, first in votes:
        if old not in best or (-count, first) < best[old][:2]:
            best[old] = (-count, first, new)
    conn.executemany(
        "INSERT INTO entity_moves(old, entity) VALUES (?, ?) "
        "ON CONFLICT(old) DO UPDATE SET entity = excluded.entity",
        [(old, heir) for old, (_, _, heir) in best.items()],
    )
    conn.executemany("DELETE FROM entities WHERE id = ?", [(i,) for i in gone])
    conn.execute("DROP TABLE temp.retiring")
    return len(best)


def sync_stories(
    conn: sqlite3.Connection, stories: Sequence[Story], prune: bool = True
) -> set[str]:
    return _sync(conn, "stories", stories, _write_story, prune=prune)


def sync_findings(
    conn: sqlite3.Connection,
    findings: Sequence[Finding],
    keep_stories: set[str] | None = None,
    prune: bool = True,
) -> set[str]:
    """Findings of all stories; those of `keep_stories` (not re-compared) stay as stored."""
    kept: set[str] = set()
    if keep_stories:
        rows = conn.execute("SELECT id, story FROM findings").fetchall()
        kept = {row[0] for row in rows if row[1] in keep_stories}
    # A finding's position is its rank inside its story, so kept stories keep their order.
    ranks = _ranks(findings)
    return _sync(conn, "findings", findings, _write_finding, kept.__contains__, ranks, prune)


def sync_story_findings(
    conn: sqlite3.Connection, stories: Sequence[str], findings: Sequence[Finding]
) -> set[str]:
    """Make the stored findings of `stories` the given ones (those stories' findings only)."""
    from wirecheck.store_read import chunks, marks

    stored: dict[str, tuple[str, int]] = {}
    for part in chunks(list(stories)):
        sql = f"SELECT id, hash, position FROM findings WHERE story IN ({marks(len(part))})"
        stored.update((r[0], (r[1], r[2])) for r in conn.execute(sql, tuple(part)))
    wanted = {f.id for f in findings}
    gone = [i for i in stored if i not in wanted]
    conn.executemany("DELETE FROM findings WHERE id = ?", [(i,) for i in gone])
    ranks = _ranks(findings)
    return set(gone) | _write_changed(conn, "findings", findings, ranks, stored, _write_finding)


def _ranks(findings: Sequence[Finding]) -> list[int]:
    """Each finding's rank inside its story: its stored position."""
    seen: dict[str, int] = {}
    ranks = []
    for finding in findings:
        ranks.append(seen.get(finding.story, 0))
        seen[finding.story] = ranks[-1] + 1
    return ranks


def _write_entity(conn: sqlite3.Connection, entity: Entity, position: int, content: str) -> None:
    conn.execute(
        "INSERT INTO entities(id, name, type, code, aliases, roles, position, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
        "type = excluded.type, code = excluded.code, aliases = excluded.aliases, "
        "roles = excluded.roles, position = excluded.position, hash = excluded.hash",
        (
            entity.id, entity.name, entity.type, entity.code, json.dumps(entity.aliases),
            json.dumps(entity.roles), position, content,
        ),
    )  # fmt: skip
    conn.execute("DELETE FROM entity_mentions WHERE entity = ?", (entity.id,))
    conn.executemany(
        'INSERT INTO entity_mentions(entity, article, start, "end", position) '
        "VALUES (?, ?, ?, ?, ?)",
        [(entity.id, m.article, m.start, m.end, i) for i, m in enumerate(entity.mentions)],
    )


def _write_story(conn: sqlite3.Connection, story: Story, position: int, content: str) -> None:
    # An upsert, not delete + insert: deleting a story would cascade to its findings.
    conn.execute(
        "INSERT INTO stories(id, title, outlets, first_seen, last_seen, position, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET title = excluded.title, "
        "outlets = excluded.outlets, first_seen = excluded.first_seen, "
        "last_seen = excluded.last_seen, position = excluded.position, hash = excluded.hash",
        (
            story.id, story.title, json.dumps(story.outlets, ensure_ascii=False),
            story.first_seen, story.last_seen, position, content,
        ),
    )  # fmt: skip
    conn.execute("DELETE FROM story_articles WHERE story = ?", (story.id,))
    conn.executemany(
        "INSERT OR IGNORE INTO story_articles(story, article, position) VALUES (?, ?, ?)",
        [(story.id, a, i) for i, a in enumerate(story.articles)],
    )


def _write_finding(conn: sqlite3.Connection, finding: Finding, position: int, content: str) -> None:
    conn.execute(
        "INSERT INTO findings(id, story, kind, topic, summary, position, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET story = excluded.story, "
        "kind = excluded.kind, topic = excluded.topic, summary = excluded.summary, "
        "position = excluded.position, hash = excluded.hash",
        (
            finding.id, finding.story, finding.kind, finding.topic, finding.summary, position,
            content,
        ),
    )  # fmt: skip
    conn.execute("DELETE FROM evidence WHERE finding = ?", (finding.id,))
    conn.executemany(
        'INSERT INTO evidence(finding, position, article, start, "end", text, value) '
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (finding.id, i, e.article, e.start, e.end, e.text, e.value)
            for i, e in enumerate(finding.evidence)
        ],
    )
