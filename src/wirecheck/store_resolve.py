"""Entity resolution over every stored article, without holding the referents or the entities.

The refresh (`store_refresh`) must resolve all the store's referents together, and holding them
was most of a large refresh's memory: one `Local` per referent, an `Entity` with every mention,
and the local -> global id map. Here:

- the referents wait in a temporary table and are read back by index (`StoredLocals`), so
  resolution holds one integer per referent (its root) and the blocking keys;
- each entity is written to the store as soon as its group is built, unchanged rows left
  alone, and then dropped;
- the local -> global id map is a temporary table, read an article chunk at a time (`IdMap`).

The entities, their ids and positions equal those of the in-memory `resolve` stage: the same
functions (`join_locals`, `groups_of`, `entities_of`) decide them.
"""

from __future__ import annotations

import functools
import itertools
import json
import pickle
import sqlite3
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

from wirecheck.corpus.referents import Local, local_entities
from wirecheck.corpus.resolve import entities_of, groups_of, join_locals
from wirecheck.model import Article, Entity
from wirecheck.store_codec import unpack_article
from wirecheck.store_read import chunks, marks
from wirecheck.store_write import retire_entities, write_entity

_CACHED_LOCALS = 512  # decoded locals (about 1 KB each) kept for the person joins
_TEMP_TABLES = {
    "refresh_locals": "(idx INTEGER PRIMARY KEY, data BLOB NOT NULL)",
    "refresh_ids": "(article TEXT NOT NULL, local TEXT NOT NULL, entity TEXT NOT NULL)",
    "refresh_live": "(id TEXT PRIMARY KEY)",
}


class StoredLocals(Sequence[Local]):
    """The refresh's locals in `Local.order`, kept in a temporary table of the connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.size = 0
        self._fetch = functools.lru_cache(maxsize=_CACHED_LOCALS)(self._load)

    def extend(self, locals_: Iterable[Local]) -> None:
        """Append locals that come after every one already held in `Local.order`."""
        start = self.size
        rows = [(start + i, _pack(local)) for i, local in enumerate(locals_)]
        self.conn.executemany("INSERT INTO temp.refresh_locals(idx, data) VALUES (?, ?)", rows)
        self.size += len(rows)

    def __len__(self) -> int:
        return self.size

    @overload
    def __getitem__(self, index: int) -> Local: ...
    @overload
    def __getitem__(self, index: slice) -> list[Local]: ...
    def __getitem__(self, index: int | slice) -> Local | list[Local]:
        if isinstance(index, slice):
            return [self._fetch(i) for i in range(*index.indices(self.size))]
        if not -self.size <= index < self.size:
            raise IndexError(index)
        return self._fetch(index % self.size)

    def __iter__(self) -> Iterator[Local]:
        rows = self.conn.execute("SELECT data FROM temp.refresh_locals ORDER BY idx")
        return (_unpack(row[0]) for row in rows)

    def _load(self, index: int) -> Local:
        sql = "SELECT data FROM temp.refresh_locals WHERE idx = ?"
        return _unpack(self.conn.execute(sql, (index,)).fetchone()[0])


def _pack(local: Local) -> bytes:
    # The slot values alone: a pickled instance would repeat every field name.
    values = tuple(getattr(local, name) for name in Local.__slots__)
    return pickle.dumps(values, pickle.HIGHEST_PROTOCOL)


def _unpack(data: bytes) -> Local:
    local = Local.__new__(Local)
    for name, value in zip(Local.__slots__, pickle.loads(data), strict=True):
        setattr(local, name, value)
    # Resolution keeps article ids of many locals (the person joins' context): one copy each.
    local.article = sys.intern(local.article)
    return local


class IdMap:
    """The local -> global entity ids of the refresh, looked up an article chunk at a time."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def add(self, group: Sequence[Local], entity: str) -> None:
        rows = [(local.article, local.id, entity) for local in group]
        self.conn.executemany(
            "INSERT INTO temp.refresh_ids(article, local, entity) VALUES (?, ?, ?)", rows
        )

    def of(self, articles: Sequence[str]) -> dict[str, str]:
        """The map of every local id of the named articles."""
        found: dict[str, str] = {}
        for part in chunks(list(articles)):
            sql = (
                f"SELECT local, entity FROM temp.refresh_ids WHERE article IN ({marks(len(part))})"
            )
            found.update(self.conn.execute(sql, tuple(part)).fetchall())
        return found


def resolve_stored(conn: sqlite3.Connection, chunk: int) -> tuple[IdMap, set[str]]:
    """Resolve every stored article's referents, reading `chunk` articles at a time, and write
    the entities (moves recorded, the vanished removed); return the id map and the ids whose
    name, type, code, aliases or roles changed (new and removed ones included)."""
    begin_temp(conn)
    locals_ = StoredLocals(conn)
    rows = conn.execute("SELECT raw FROM articles ORDER BY seq")
    for position, articles in unpacked_chunks(rows, chunk):
        locals_.extend(local_entities(articles, first_position=position))
    ids, renamed = IdMap(conn), set()
    built = entities_of(groups_of(locals_, join_locals(locals_)))
    for position, (entity, group) in enumerate(built):
        ids.add(group, entity.id)
        conn.execute("INSERT INTO temp.refresh_live(id) VALUES (?)", (entity.id,))
        if _write(conn, entity, position):
            renamed.add(entity.id)
    sql = "SELECT id FROM entities WHERE id NOT IN (SELECT id FROM temp.refresh_live)"
    gone = [row[0] for row in conn.execute(sql).fetchall()]
    retire_entities(conn, gone)
    return ids, renamed | set(gone)


def _write(conn: sqlite3.Connection, entity: Entity, position: int) -> bool:
    """Store the entity if it changed; say whether its name, type, code, aliases or roles did."""
    row = conn.execute(
        "SELECT name, type, code, aliases, roles, hash, position FROM entities WHERE id = ?",
        (entity.id,),
    ).fetchone()
    write_entity(conn, entity, position, None if row is None else (row[5], row[6]))
    if row is None:
        return True
    return stored_naming(row) != naming(entity)


def naming(entity: Entity) -> tuple[object, ...]:
    """What a summary may say of an entity: its name, type, code, aliases and roles."""
    return (entity.name, entity.type, entity.code, entity.aliases, entity.roles)


def stored_naming(row: sqlite3.Row) -> tuple[object, ...]:
    """`naming` of a stored entity, from a row whose first five columns are those fields."""
    return (row[0], row[1], row[2], json.loads(row[3]), json.loads(row[4]))


def unpacked_chunks(rows: Iterator[sqlite3.Row], size: int) -> Iterator[tuple[int, list[Article]]]:
    """Articles unpacked a chunk at a time, each chunk with the position of its first."""
    position = 0
    while batch := [unpack_article(row[0]) for row in itertools.islice(rows, size)]:
        yield position, batch
        position += len(batch)


def begin_temp(conn: sqlite3.Connection) -> None:
    """Empty temporary tables for one refresh (kept in a file, not in memory, by SQLite)."""
    for name, columns in _TEMP_TABLES.items():
        conn.execute(f"DROP TABLE IF EXISTS temp.{name}")
        conn.execute(f"CREATE TEMP TABLE {name} {columns}")
    conn.execute("CREATE INDEX temp.refresh_ids_article ON refresh_ids(article)")


def end_temp(conn: sqlite3.Connection) -> None:
    for name in _TEMP_TABLES:
        conn.execute(f"DROP TABLE IF EXISTS temp.{name}")
