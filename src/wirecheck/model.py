"""Article and the annotation records: picklable dataclasses in the `analysis.json` shape.

Every record that points into an article carries `article`, `start` and `end` (end exclusive),
Python str offsets into that article's cleaned `text`. `to_dict()` gives exactly the keys of
`analysis.schema.json`, so the JSON writer never has to know about layers.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

SCHEMA_ID = "wirecheck.analysis/1"

_WHITESPACE = re.compile(r"\s+")


def article_id(text: str) -> str:
    """First 16 hex digits of sha256 of the text with white-space runs folded to one space."""
    folded = _WHITESPACE.sub(" ", text).strip()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:16]


class Record:
    """Mixin: plain-dict view with the schema's keys, in declaration order."""

    __slots__ = ()  # lets a record declared with slots do without a per-instance dict

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _plain(getattr(self, f.name)) for f in dataclasses.fields(self)}  # type: ignore[arg-type]


def _plain(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


@dataclass(slots=True)
class Span(Record):  # slots: an entity named in every article holds thousands of these
    article: str
    start: int
    end: int


@dataclass
class Removed(Record):
    """A line taken out of the body: caption, credit, subheading, trailer, contributors, ..."""

    kind: str
    text: str


@dataclass
class Mention(Record):
    """One entity mention inside an article, before resolution across articles."""

    article: str
    start: int
    end: int
    text: str
    type: str
    role: str | None = None
    entity: str | None = None


@dataclass
class Entity(Record):
    id: str
    name: str
    type: str
    code: str | None = None
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Quote(Record):
    id: str
    article: str
    start: int
    end: int
    text: str
    kind: str
    speaker: str | None = None
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None


@dataclass
class Time(Record):
    id: str
    article: str
    start: int
    end: int
    text: str
    type: str
    value: str | None
    anchor: str | None


@dataclass
class Quantity(Record):
    id: str
    article: str
    start: int
    end: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    unit: str | None = None
    counted: str | None = None


@dataclass
class Event(Record):
    id: str
    article: str
    start: int
    end: int
    type: str
    trigger: str
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    time: str | None = None
    place: str | None = None
    mode: str = "asserted"


@dataclass
class Story(Record):
    id: str
    title: str | None
    articles: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    first_seen: str | None = None
    last_seen: str | None = None


@dataclass
class Evidence(Record):
    article: str
    start: int
    end: int
    text: str
    value: str | None


@dataclass
class Finding(Record):
    id: str
    story: str
    kind: str
    topic: str
    summary: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Skipped(Record):
    path: str
    reason: str


# Fields of Article that are written to analysis.json, in schema order.
ARTICLE_KEYS = [
    "id",
    "path",
    "url",
    "source",
    "agency",
    "section",
    "title",
    "byline",
    "contributors",
    "dateline",
    "published",
    "updated",
    "language",
    "syndicated_of",
    "text",
    "removed",
    "errors",
]


@dataclass
class Article(Record):
    """The one object that flows through the per-article stages."""

    id: str
    path: str
    text: str
    url: str | None = None
    source: str | None = None
    agency: str | None = None
    section: str | None = None
    title: str | None = None
    byline: list[str] = field(default_factory=list)
    contributors: list[str] = field(default_factory=list)
    dateline: str | None = None
    published: str | None = None
    updated: str | None = None
    language: str = "en"
    syndicated_of: str | None = None
    removed: list[Removed] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    # Run context, not written out: the date a dateline carries ("GENEVA, Nov 2 (AFP)") as
    # ISO, and the caller's --reference-date; together with `published` they anchor times.
    dateline_date: str | None = None
    reference_date: str | None = None
    # Annotation layers, filled by the extract stages.
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {key: _plain(getattr(self, key)) for key in ARTICLE_KEYS}

    def snippet(self, start: int, end: int) -> str:
        return self.text[start:end]

    def anchor(self) -> str | None:
        """Reference date for relative times: dateline date, else published, else updated (a
        page that shows only its update time was published at or before it), else the
        caller's."""
        for candidate in (self.dateline_date, self.published, self.updated, self.reference_date):
            if candidate:
                return candidate[:10]
        return None

    def entity_refs(self) -> set[str]:
        """Every entity id this article's layers point to: mentions, speakers, event arguments."""
        refs = {m.entity for m in self.mentions if m.entity}
        refs |= {q.speaker for q in self.quotes if q.speaker}
        for v in self.events:
            refs |= {*v.actors, *v.targets, *([v.place] if v.place else [])}
        return refs


@dataclass
class Analysis(Record):
    """Everything one `analyze` run produced."""

    articles: list[Article] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    generated: str | None = None
    duplicates: int = 0  # inputs that repeated an article already read (not written out)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_ID,
            "generated": self.generated,
            "articles": [a.to_dict() for a in self.articles],
            "entities": [e.to_dict() for e in self.entities],
            "quotes": [q.to_dict() for a in self.articles for q in a.quotes],
            "times": [t.to_dict() for a in self.articles for t in a.times],
            "quantities": [n.to_dict() for a in self.articles for n in a.quantities],
            "events": [v.to_dict() for a in self.articles for v in a.events],
            "stories": [s.to_dict() for s in self.stories],
            "findings": [f.to_dict() for f in self.findings],
            "skipped": [s.to_dict() for s in self.skipped],
        }

    def to_json(self, indent: int | None = 2) -> str:
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def article(self, article_id: str) -> Article | None:
        return next((a for a in self.articles if a.id == article_id), None)
