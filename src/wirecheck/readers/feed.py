"""RSS, Atom and RDF feeds: one draft per entry, read with feedparser after a safety check.

Feeds with XML entity declarations are refused before parsing: an entity that expands into
other entities ("billion laughs") can grow a few hundred bytes into gigabytes.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any

import feedparser
from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeTree

from wirecheck.readers.base import Draft, Item, ReadError, register
from wirecheck.readers.dates import iso_date
from wirecheck.readers.html import body_from_html
from wirecheck.readers.html_meta import people, split_names
from wirecheck.settings import Settings

_ENTITY_DECL = re.compile(rb"<!ENTITY", re.I)
# The root element: the first "<" that opens neither a declaration nor a processing instruction.
_ROOT_START = re.compile(rb"<(?![!?])")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
# "jane@example.com (Jane Roe)" (RSS) and "Jane Roe <jane@example.com>".
_EMAIL_NAME = re.compile(r"^\s*\S+@\S+\s*\((?P<a>[^)]+)\)\s*$|^\s*(?P<b>[^<]+?)\s*<\S+@\S+>\s*$")
_EMAIL = re.compile(r"^\S+@\S+\.\S+$")


@register("feed")
def read_feed(data: bytes, path: str, settings: Settings) -> Iterator[Item]:
    """One Item per entry; a broken entry is a failed Item `path#N`, the rest go on."""
    refuse_entities(data)
    try:
        parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=False)
    except Exception as exc:  # feedparser is loose, but odd encoding declarations still break it
        raise ReadError(f"the feed cannot be parsed ({type(exc).__name__}: {exc})") from exc
    if not parsed.entries:
        if parsed.bozo:
            raise ReadError(f"the feed is not well-formed XML ({_bozo_reason(parsed)})")
        raise ReadError("the feed has no entries")
    # In a feed that is not well-formed, a failing entry is most likely the damaged part.
    note = f"; the feed is not well-formed XML ({_bozo_reason(parsed)})" if parsed.bozo else ""
    for number, entry in enumerate(parsed.entries, start=1):
        try:
            yield Item(draft=entry_draft(entry, parsed.feed, path))
        except Exception as exc:  # one odd entry must not lose the others
            reason = str(exc) if isinstance(exc, ReadError) else f"could not be read ({exc})"
            yield Item(failed=f"{path}#{number}", reason=f"entry {number}: {reason}{note}")


def refuse_entities(data: bytes) -> None:
    """ReadError when the XML declares entities, before any parser expands them."""
    message = (
        "the feed declares XML entities in a DOCTYPE, which can expand without bound "
        "(a 'billion laughs' attack); refusing to read it"
    )
    root = _ROOT_START.search(data)
    if _ENTITY_DECL.search(data[: root.start() if root else len(data)]):
        raise ReadError(message)
    try:
        # Catches declarations the byte search cannot see (UTF-16 feeds); expat stops at the
        # first declaration, so nothing is expanded.
        SafeTree.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise ReadError(message) from exc
    except Exception:  # malformed XML is feedparser's to judge, loosely
        pass


def entry_draft(entry: Any, channel: Any, path: str) -> Draft:
    """A draft from one feed entry: full content if it has any, else summary + link."""
    body = _entry_body(entry)
    if not body:
        raise ReadError("no text (neither content nor a summary)")
    tags = entry.get("tags") or []
    source = (channel.get("title") or "").strip() or None
    byline, agency = people(_authors(entry), source)
    return Draft(
        path=path,
        body=body,
        format="feed",
        url=entry.get("link") or None,
        title=(entry.get("title") or "").strip() or None,
        source=source,
        agency=agency,
        section=next((t.get("term") for t in tags if t.get("term")), None),
        byline=byline,
        published=iso_date(entry.get("published") or entry.get("created")),
        # FeedParserDict.get("updated") silently falls back to "published"; ask the plain dict.
        updated=iso_date(dict.get(entry, "updated")),
        language=_language(entry, channel),
    )


def _entry_body(entry: Any) -> str:
    contents = entry.get("content") or []
    best = max(contents, key=lambda c: len(c.get("value") or ""), default=None)
    if best is not None and (best.get("value") or "").strip():
        return _as_text(best.get("value"), best.get("type"))
    detail = entry.get("summary_detail") or {}
    return _as_text(entry.get("summary") or "", detail.get("type"))


def _as_text(value: str, mime: str | None) -> str:
    if mime in _HTML_TYPES or "<" in value:
        return body_from_html(value)
    paragraphs = (p.strip() for p in re.split(r"\n\s*\n", value.replace("\r\n", "\n")))
    return "\n\n".join(p for p in paragraphs if p)


def _authors(entry: Any) -> list[str]:
    """Names from author fields; feedparser's own split of "email (Name)" is unreliable."""
    raw = [a.get("name") or "" for a in entry.get("authors") or []]
    if entry.get("author"):
        raw = [entry["author"]]  # the field as written, parsed below
    names: list[str] = []
    for value in raw:
        match = _EMAIL_NAME.match(value)
        value = (match.group("a") or match.group("b")) if match else value
        names.extend(n for n in split_names(value) if not _EMAIL.match(n))
    return list(dict.fromkeys(names))


def _language(entry: Any, channel: Any) -> str | None:
    detail = entry.get("title_detail") or {}
    lang = detail.get("language") or channel.get("language") or ""
    code = re.split(r"[-_]", lang.strip())[0].lower()
    return code if re.fullmatch(r"[a-z]{2}", code) else None


def _bozo_reason(parsed: Any) -> str:
    exc = parsed.get("bozo_exception")
    text = str(getattr(exc, "getMessage", lambda: exc)()) if exc else "unknown problem"
    return text.strip() or exc.__class__.__name__
