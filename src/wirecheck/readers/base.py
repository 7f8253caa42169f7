"""What every reader returns, and how readers are registered (built-ins like plugins)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from wirecheck.model import Removed
from wirecheck.settings import Settings


class ReadError(Exception):
    """A whole input could not be read; the message is shown to the user next to the path."""


@dataclass
class Draft:
    """An article as a reader found it, before cleaning.

    `body` is the article body with paragraphs separated by blank lines, sentences verbatim;
    readers for loose formats (plain-text exports) leave headers and trailers in it for the
    cleaner. Metadata the container already knew (HTML meta, feed fields, JSONL keys) comes as
    hints, which the cleaner keeps unless the text itself says better.
    """

    path: str
    body: str
    format: str
    url: str | None = None
    title: str | None = None
    source: str | None = None
    agency: str | None = None
    section: str | None = None
    byline: list[str] = field(default_factory=list)
    contributors: list[str] = field(default_factory=list)
    dateline: str | None = None
    published: str | None = None
    updated: str | None = None
    removed: list[Removed] = field(default_factory=list)
    language: str | None = None


@dataclass
class Item:
    """One result of reading: a draft, or a named part of the input that failed."""

    draft: Draft | None = None
    failed: str | None = None  # where inside the input ("feed.xml#3")
    reason: str | None = None


Reader = Callable[[bytes, str, Settings], Iterator[Item]]

READERS: dict[str, Reader] = {}


def register(fmt: str) -> Callable[[Reader], Reader]:
    """Register a reader for a detected format name; plugins use the same hook."""

    def wrap(reader: Reader) -> Reader:
        READERS[fmt] = reader
        return reader

    return wrap
