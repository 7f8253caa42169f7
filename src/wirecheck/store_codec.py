"""Records to store rows and back: column lists, JSON list columns, packed articles, hashes."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sqlite3
import sys
import zlib
from typing import Any

from wirecheck.model import (
    Article,
    Entity,
    Event,
    Evidence,
    Finding,
    Mention,
    Quantity,
    Quote,
    Removed,
    Span,
    Story,
    Time,
)

# Layer name -> (record class, columns in table order). Columns equal the dataclass fields,
# so a row is built from a record by name and a record from a row by keyword.
LAYERS: dict[str, tuple[type[Any], tuple[str, ...]]] = {
    "mentions": (Mention, tuple(f.name for f in dataclasses.fields(Mention))),
    "quotes": (Quote, tuple(f.name for f in dataclasses.fields(Quote))),
    "times": (Time, tuple(f.name for f in dataclasses.fields(Time))),
    "quantities": (Quantity, tuple(f.name for f in dataclasses.fields(Quantity))),
    "events": (Event, tuple(f.name for f in dataclasses.fields(Event))),
}
JSON_COLUMNS = {"byline", "contributors", "removed", "errors", "actors", "targets"}
ARTICLE_COLUMNS = (
    "id", "path", "url", "source", "agency", "section", "title", "byline", "contributors",
    "dateline", "published", "updated", "language", "syndicated_of", "text", "removed",
    "errors", "dateline_date", "reference_date",
)  # fmt: skip
# The article metadata without its text: what lists and story pages need.
ARTICLE_META = tuple(c for c in ARTICLE_COLUMNS if c not in ("text", "removed"))


def quoted(name: str) -> str:
    """A column name for SQL text: `end` is a keyword. Only ever our own constant names."""
    return f'"{name}"'


def to_cell(name: str, value: Any) -> Any:
    if name in JSON_COLUMNS:
        return json.dumps(_plain(value), ensure_ascii=False)
    return value


def from_cell(name: str, value: Any) -> Any:
    if name in JSON_COLUMNS and isinstance(value, str):
        return json.loads(value)
    return value


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def layer_row(layer: str, record: Any) -> tuple[Any, ...]:
    columns = LAYERS[layer][1]
    return tuple(to_cell(c, getattr(record, c)) for c in columns)


def layer_record(layer: str, row: sqlite3.Row) -> Any:
    cls, columns = LAYERS[layer]
    return cls(**{c: from_cell(c, row[c]) for c in columns})


def article_row(article: Article) -> tuple[Any, ...]:
    return tuple(to_cell(c, getattr(article, c)) for c in ARTICLE_COLUMNS)


def article_from_row(row: sqlite3.Row) -> Article:
    """An article from an `articles` row; columns the query left out keep their defaults."""
    keys = set(row.keys())
    fields = {c: from_cell(c, row[c]) for c in ARTICLE_COLUMNS if c in keys}
    fields.setdefault("text", "")
    fields["removed"] = [Removed(**r) for r in fields.get("removed", [])]
    return Article(**fields)


def pack_article(article: Article) -> bytes:
    """The whole article with its layers and run context, compressed: the corpus stages' input."""
    return zlib.compress(json.dumps(dataclasses.asdict(article)).encode("utf-8"), 6)


def unpack_article(blob: bytes) -> Article:
    data = json.loads(zlib.decompress(blob))
    data["removed"] = [Removed(**r) for r in data.get("removed", [])]
    for layer, (cls, _) in LAYERS.items():
        data[layer] = [cls(**_shared(r, data["id"])) for r in data.get(layer, [])]
    return Article(**data)


# Labels, types and entity ids recur in every record; one copy each instead of one per record.
_SHARED_UP_TO = 24


def _shared(record: dict[str, Any], article: str) -> dict[str, Any]:
    """The record with its article id and its short strings shared with every other record."""
    for key, value in record.items():
        if isinstance(value, str) and len(value) <= _SHARED_UP_TO:
            record[key] = sys.intern(value)
        elif isinstance(value, list):
            record[key] = [sys.intern(v) if isinstance(v, str) else v for v in value]
    record["article"] = article
    return record


def layers_hash(article: Article) -> str:
    """What corpus stages may rewrite on an article: its references and its layers."""
    # Field by field rather than `dataclasses.asdict` (the same dicts: layer records hold only
    # plain values and lists of strings), which took most of a refresh on a large store.
    layers = [
        [{c: getattr(r, c) for c in columns} for r in getattr(article, layer)]
        for layer, (_, columns) in LAYERS.items()
    ]
    return digest([article.syndicated_of, layers])


def digest(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, default=_plain)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def entity_from_row(row: sqlite3.Row, spans: list[Span]) -> Entity:
    return Entity(
        id=row["id"],
        name=row["name"],
        type=row["type"],
        code=row["code"],
        aliases=json.loads(row["aliases"]),
        roles=json.loads(row["roles"]),
        mentions=spans,
    )


def story_from_row(row: sqlite3.Row, articles: list[str]) -> Story:
    return Story(
        id=row["id"],
        title=row["title"],
        articles=articles,
        outlets=json.loads(row["outlets"]),
        first_seen=row["first_seen"],
        last_seen=row["last_seen"],
    )


def finding_from_row(row: sqlite3.Row, evidence: list[Evidence]) -> Finding:
    return Finding(
        id=row["id"],
        story=row["story"],
        kind=row["kind"],
        topic=row["topic"],
        summary=row["summary"],
        evidence=evidence,
    )
