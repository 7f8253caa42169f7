"""JSONL dumps (news-please, GDELT and the like): one article per line.

Keys are looked up by our field names through `settings.fields` first (the `--field` option),
then through the names common dumps use. A broken line is one failed Item `path:LINE`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from wirecheck.readers.base import Draft, Item, ReadError, register
from wirecheck.readers.dates import iso_date
from wirecheck.readers.encoding import decode
from wirecheck.readers.html import body_from_html
from wirecheck.readers.html_meta import people, split_names
from wirecheck.settings import Settings

# Our field name -> the keys dumps use for it, most specific first.
DEFAULT_KEYS: dict[str, tuple[str, ...]] = {
    "text": ("maintext", "text", "body", "content", "article_text", "description"),
    "title": ("title", "headline"),
    "published": ("date_publish", "date_published", "published", "publish_date", "date"),
    "updated": ("date_modify", "date_modified", "updated", "modified"),
    "authors": ("authors", "author", "byline"),
    "url": ("url", "link", "canonical_url", "sourceurl"),
    "source": ("source_domain", "source", "domain", "outlet", "site_name"),
    "language": ("language", "lang"),
    "section": ("section", "category"),
}
_TAG = re.compile(r"<(?:p|br|div|/p)\b", re.I)


@register("jsonl")
def read_jsonl(data: bytes, path: str, settings: Settings) -> Iterator[Item]:
    """One Item per non-blank line (or per object of a single JSON document).

    Lines are parsed one at a time as Items are taken, so a dump of ten thousand articles is
    held once, as its text, not also as a list of lines and of parsed records."""
    keys = field_keys(settings.fields)
    text = decode(data)
    del data  # the caller lets go of the bytes too (`readers.read_file`)
    empty = True
    for line, value in _records(text):
        empty = False
        where = f"{path}:{line}"
        if isinstance(value, ReadError):
            yield Item(failed=where, reason=str(value))
            continue
        try:
            yield Item(draft=record_draft(value, keys, path, line))
        except ReadError as exc:
            yield Item(failed=where, reason=str(exc))
    if empty:
        raise ReadError("the file has no JSON lines")


def field_keys(mapping: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """Keys to look up per field: a `--field` mapping replaces that field's defaults."""
    unknown = sorted(set(mapping) - set(DEFAULT_KEYS))
    if unknown:
        raise ReadError(
            f"--field names {', '.join(unknown)}, which we do not know; "
            f"use one of {', '.join(DEFAULT_KEYS)}"
        )
    return {
        ours: (mapping[ours],) if ours in mapping else keys for ours, keys in DEFAULT_KEYS.items()
    }


def _records(text: str) -> Iterator[tuple[int, dict[str, Any] | ReadError]]:
    """(line number, object or the reason it is not one) for each non-blank line."""
    whole = _whole_document(text)
    if whole is not None:
        yield from ((number, value) for number, value in enumerate(whole, start=1))
        return
    for number, line in enumerate(_lines(text), start=1):
        if line.strip():
            yield number, _parse_line(line, number)


def _lines(text: str) -> Iterator[str]:
    """The lines one at a time, split at line feeds only: JSON strings may hold a raw U+2028,
    which `str.splitlines` would split a record at (and its list would copy the whole dump)."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield text[start:end].removesuffix("\r")
        start = end + 1


def _whole_document(text: str) -> list[dict[str, Any]] | None:
    """A pretty-printed JSON object or list of objects, read as records (else None)."""
    first = next((line.strip() for line in _lines(text) if line.strip()), "")
    if first.startswith("{") and isinstance(_parse_line(first, 0), dict):
        return None  # ordinary JSONL
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if isinstance(value, dict):
        return [value]
    if isinstance(value, list) and all(isinstance(v, dict) for v in value):
        return value
    return None


def _parse_line(line: str, number: int) -> dict[str, Any] | ReadError:
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        joint = " " if exc.msg.endswith(" at") else " at "
        return ReadError(f"line {number} is not valid JSON: {exc.msg}{joint}column {exc.colno}")
    except ValueError as exc:
        return ReadError(f"line {number} is not valid JSON: {exc}")
    except RecursionError:  # "[[[[..." thousands deep: hostile, never an article
        return ReadError(f"line {number} nests JSON too deeply to read")
    if not isinstance(value, dict):
        return ReadError(f"line {number} is a JSON {type(value).__name__}, not an object")
    return value


def record_draft(
    record: dict[str, Any], keys: dict[str, tuple[str, ...]], path: str, line: int
) -> Draft:
    """A draft from one dump record; ReadError when it carries no article text."""
    found = {ours: _lookup(record, names) for ours, names in keys.items()}
    body = _body(found["text"])
    if not body:
        raise ReadError(f"line {line} has no article text (looked for {', '.join(keys['text'])})")
    source = _string(found["source"])
    byline, agency = people(_authors(found["authors"]), source)
    return Draft(
        path=path,
        body=body,
        format="jsonl",
        url=_string(found["url"]),
        title=_string(found["title"]),
        source=source,
        agency=agency,
        section=_string(found["section"]),
        byline=byline,
        published=iso_date(found["published"]),
        updated=iso_date(found["updated"]),
        language=_language(found["language"]),
    )


def _lookup(record: dict[str, Any], names: tuple[str, ...]) -> Any:
    """The first non-empty value under any of the names (dotted names reach into objects)."""
    for name in names:
        value: Any = record
        for part in name.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        if value not in (None, "", [], {}):
            return value
    return None


def _body(value: Any) -> str:
    """Paragraphs separated by blank lines; one-per-line dumps get blank lines between."""
    text = _string(value) or ""
    if _TAG.search(text):
        return body_from_html(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    separator = "\n\n" if "\n\n" in text else "\n"
    paragraphs = (p.strip() for p in text.split(separator))
    return "\n\n".join(p for p in paragraphs if p)


def _authors(value: Any) -> list[str]:
    if isinstance(value, list):
        names = [n for item in value for n in _authors(item)]
    elif isinstance(value, dict):
        names = _authors(value.get("name"))
    elif isinstance(value, str):
        names = split_names(value)
    else:
        names = []
    return list(dict.fromkeys(names))


def _string(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value).strip() or None
    return None


def _language(value: Any) -> str | None:
    code = re.split(r"[-_]", (_string(value) or "").lower())[0]
    return code if re.fullmatch(r"[a-z]{2}", code) else None
