"""WARC archives (plain or gzip): each HTML response record through the HTML reader.

warcio reads a cut-off archive without complaint (the last record just comes out short), so
the archive's integrity is checked here: a gzip WARC is scanned member by member first, a
plain one record by record against its declared length.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from wirecheck.readers.base import Item, ReadError, register
from wirecheck.readers.dates import iso_date
from wirecheck.readers.detect import GZIP_MAGIC, inflate
from wirecheck.readers.html import decode_html, read_html_text
from wirecheck.settings import Settings

_HTML_TYPES = ("text/html", "application/xhtml+xml")
# A WARC.gz may unpack to this many times its size (HTML compresses ~5-10x), and never more
# than WARC_MAX_UNPACKED in all: beyond that it is treated as a gzip bomb.
WARC_GZIP_RATIO = 20
WARC_MAX_UNPACKED = 200 * 1024 * 1024
_MIN_ALLOWANCE = 1024 * 1024


class _Broken(Exception):
    """The archive cannot be read from this record on."""

    def __init__(self, number: int, offset: int, reason: str) -> None:
        super().__init__(reason)
        self.number, self.offset, self.reason = number, offset, reason


@register("warc")
def read_warc(data: bytes, path: str, settings: Settings) -> Iterator[Item]:
    """One Item per HTML response; a broken record ends the file with one failed Item."""
    number = found = 0
    try:
        for number, record in _records(data):
            try:
                item = _record_item(record, number, path, settings)
            except Exception as exc:  # one odd page must not lose the rest of the archive
                item = _failed(path, number, None, f"the page could not be read ({exc})")
            if item is not None:
                found += 1
                yield item
    except _Broken as broken:
        reason = f"{broken.reason}; the records before it were read"
        yield _failed(path, broken.number, broken.offset, reason)
        return
    if not found:  # say so, rather than let a whole archive pass without a word
        raise ReadError(f"the archive holds no HTML pages ({number} records read)")


def _records(data: bytes) -> Iterator[tuple[int, Any]]:
    """(number, record) for each whole record; _Broken at the first damaged or cut-off one."""
    plain = not data.startswith(GZIP_MAGIC)
    broken_at, problem = (None, None) if plain else _gzip_break(data)
    archive = ArchiveIterator(io.BytesIO(data))
    records = iter(archive)
    number = 0
    while True:
        offset = archive.offset
        try:
            record = next(records)
        except StopIteration:
            break
        except Exception as exc:  # warcio raises many kinds on broken input
            raise _Broken(number + 1, offset, _damage(exc)) from exc
        number += 1
        offset = archive.offset
        if broken_at is not None and offset >= broken_at:
            raise _Broken(number, offset, problem or "the archive is cut off")
        if plain and _ends_early(data, offset, record.length):
            raise _Broken(number, offset, "the archive ends before this record does")
        if not record.rec_type or record.rec_headers.get_header("Content-Length") is None:
            raise _Broken(number, offset, "the archive is damaged here (no WARC record header)")
        yield number, record
    if broken_at is not None:
        # The break came before warcio could even start a record there.
        raise _Broken(number + 1, broken_at, problem or "the archive is cut off")


def _gzip_break(data: bytes) -> tuple[int | None, str | None]:
    """Offset and reason of the first cut-off or corrupt gzip member, if any."""
    limit = min(WARC_MAX_UNPACKED, max(WARC_GZIP_RATIO * len(data), _MIN_ALLOWANCE))
    scan = inflate(data, limit, keep=False)
    return scan.broken_at, scan.problem


def _ends_early(data: bytes, offset: int, length: int | None) -> bool:
    """A plain-WARC record whose declared Content-Length runs past the end of the file."""
    headers_end = data.find(b"\r\n\r\n", offset)
    return headers_end < 0 or headers_end + 4 + (length or 0) > len(data)


def _record_item(record: Any, number: int, path: str, settings: Settings) -> Item | None:
    """An Item for an HTML page record; None for every other record (skipped silently)."""
    content_type = _content_type(record)
    if content_type is None or content_type.split(";")[0].strip().lower() not in _HTML_TYPES:
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    payload = record.content_stream().read(settings.max_bytes + 1)
    if len(payload) > settings.max_bytes:
        reason = f"the page {url} is over the limit of {settings.max_bytes:,} bytes"
        return _failed(path, number, None, reason)
    try:
        draft = read_html_text(decode_html(payload, _charset(content_type)), path, url=url)
    except ReadError as exc:
        return _failed(path, number, None, f"the page {url}: {exc}")
    draft.published = draft.published or iso_date(record.rec_headers.get_header("WARC-Date"))
    return Item(draft=draft)


def _content_type(record: Any) -> str | None:
    """The page's media type for 2xx responses and stored resources; None otherwise."""
    if record.rec_type == "response" and record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        ok = status.startswith("2")
        return record.http_headers.get_header("Content-Type") if ok else None
    if record.rec_type == "resource":
        return record.rec_headers.get_header("Content-Type")
    return None


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None


def _failed(path: str, number: int, offset: int | None, reason: str) -> Item:
    where = f"record {number}" + (f" (at byte {offset:,})" if offset is not None else "")
    return Item(failed=f"{path}#{number}", reason=f"{where}: {reason}")


def _damage(exc: Exception) -> str:
    text = str(exc).strip() or exc.__class__.__name__
    return f"the archive is damaged here ({text})"
