"""Plain-text reader: the whole file is one draft; the cleaner deals with its loose headers."""

from __future__ import annotations

from collections.abc import Iterator

from wirecheck.readers.base import Draft, Item, register
from wirecheck.readers.encoding import decode
from wirecheck.settings import Settings


@register("text")
def read_text(data: bytes, path: str, settings: Settings) -> Iterator[Item]:
    """One Item with the decoded text as its body, newlines normalised to "\\n"."""
    text = decode(data).replace("\r\n", "\n").replace("\r", "\n")
    yield Item(draft=Draft(path=path, body=text, format="text"))
