"""Which reader a file needs, from its content alone (never its name).

Formats: "warc" (plain or gzip), "feed" (RSS/Atom/RDF), "html", "jsonl", "text", and "gzip"
for any other gzip file: the gzip reader unpacks it (bounded) and dispatches on what is inside.
"""

from __future__ import annotations

import importlib
import json
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

from wirecheck.readers.base import READERS, Item, ReadError, register
from wirecheck.readers.encoding import looks_binary
from wirecheck.settings import Settings

_READER_MODULES = ("text", "html", "feed", "warc", "jsonl")
_loaded = False

GZIP_MAGIC = b"\x1f\x8b"
# Gzip bombs: never inflate past this many times the compressed size (nor past max_bytes).
MAX_GZIP_RATIO = 20
# ...except that tiny files may inflate this far, since text can compress very well.
MIN_GZIP_ALLOWANCE = 1024 * 1024
_STEP = 64 * 1024

# Magic numbers of files people drop into a news folder by mistake, named in plain words.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"BZh", "bzip2-compressed file"),
    (b"\xfd7zXZ\x00", "xz-compressed file"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed file"),
    (b"\x7fELF", "program (ELF executable)"),
    (b"MZ", "Windows program"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Microsoft Office document"),
    (b"OggS", "Ogg audio/video file"),
    (b"ID3", "MP3 audio file"),
    (b"RIFF", "RIFF media file (WebP, WAV or AVI)"),
)

# Text has almost no C0 control characters; above this share of the first block it is binary.
MAX_CONTROL_SHARE = 0.1
_CONTROL_NO_NUL = re.compile(rb"[\x01-\x08\x0e-\x1a]")
_WEAK_MAGIC = frozenset([b"MZ", b"BZh", b"ID3", b"RIFF", b"OggS"])
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a]")
_SKIP_PROLOG = re.compile(
    r"\A(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)*", re.S | re.I
)
_ROOT = re.compile(r"<([A-Za-z_][\w:.-]*)")
_FEED_ROOTS = {"rss", "feed", "rdf"}
_HTML_HINT = re.compile(r"<(?:html|head|body|article|div|p|h1|meta|title)[\s>/]", re.I)


def load_readers() -> None:
    """Import the built-in reader modules so their @register hooks run (once)."""
    global _loaded
    if _loaded:
        return
    for name in _READER_MODULES:
        module = f"wirecheck.readers.{name}"
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            # text.py is written separately; anything else missing is a real error.
            if exc.name != module or name != "text":
                raise
    _loaded = True


def detect_format(data: bytes) -> str:
    """The format name of these bytes; ReadError when they are not something we read."""
    load_readers()
    if data.startswith(GZIP_MAGIC):
        return "warc" if gunzip_head(data).lstrip().startswith(b"WARC/1.") else "gzip"
    if data.lstrip()[:7] == b"WARC/1.":
        return "warc"
    kind = binary_kind(data)
    if kind:
        raise ReadError(f"this looks like a binary file ({kind}), not an article")
    head = _head_text(data)
    if not head.strip():
        raise ReadError("the file holds only white space")
    return _markup_format(head) or ("jsonl" if _looks_jsonl(head, data) else "text")


def binary_kind(data: bytes) -> str | None:
    """What kind of binary file this is, in words; None for text."""
    for magic, name in _MAGIC:
        # Magic numbers short enough to begin a sentence ("MZ", "BZh") need control bytes too.
        if data.startswith(magic) and (magic not in _WEAK_MAGIC or _CONTROL.search(data[:1024])):
            return name
    if data[257:262] == b"ustar":
        return "tar archive"
    head = data[:8192]
    if looks_binary(head) or len(_CONTROL_NO_NUL.findall(head)) > MAX_CONTROL_SHARE * len(head):
        return "unknown binary data"
    return None


def gunzip_head(data: bytes, size: int = 4096) -> bytes:
    """The first bytes of a gzip file's first member ('' when it is too broken to start)."""
    try:
        return zlib.decompressobj(wbits=31).decompress(data[: 64 * 1024], size)
    except zlib.error:
        return b""


def gunzip(data: bytes, max_bytes: int) -> bytes:
    """A whole gzip file (all members), bounded against gzip bombs; ReadError if broken."""
    result = inflate(data, gzip_limit(len(data), max_bytes), keep=True)
    if result.problem:
        raise ReadError(
            f"{result.problem} after {result.size:,} unpacked bytes; "
            "the file cannot be read (copy or download it again)"
        )
    return result.data


def gzip_limit(compressed: int, max_bytes: int) -> int:
    """How far a gzip file of this size may unpack before it counts as a bomb."""
    return min(max_bytes, max(MAX_GZIP_RATIO * compressed, MIN_GZIP_ALLOWANCE))


@dataclass
class Inflated:
    """What unpacking a gzip file found: its data (if kept) and where it broke, if it did."""

    data: bytes
    size: int
    broken_at: int | None = None  # offset of the first member that is cut off or corrupt
    problem: str | None = None


def inflate(data: bytes, limit: int, keep: bool) -> Inflated:
    """Unpack every gzip member in small steps; ReadError once past `limit` unpacked bytes."""
    result = Inflated(b"", 0)
    out = bytearray()
    pos = 0
    while pos < len(data) and data.startswith(GZIP_MAGIC, pos):
        try:
            end = _member(data, pos, result, out if keep else None, limit)
        except zlib.error as exc:
            result.broken_at, result.problem = pos, f"the gzip data is corrupt ({exc})"
            break
        if end is None:
            result.broken_at, result.problem = pos, "the gzip data ends early (it is cut off)"
            break
        pos = end
        while pos < len(data) and data[pos] == 0:
            pos += 1  # some tools pad members with zeros; other trailing bytes are ignored
    result.data = bytes(out)
    return result


def _member(
    data: bytes, pos: int, result: Inflated, out: bytearray | None, limit: int
) -> int | None:
    """Unpack the member starting at `pos`; the offset after it, or None when it is cut off."""
    inflater = zlib.decompressobj(wbits=31)
    view = memoryview(data)
    while not inflater.eof and pos < len(data):
        chunk: bytes | memoryview = view[pos : pos + _STEP]
        pos += len(chunk)
        while not inflater.eof:
            piece = inflater.decompress(chunk, _STEP)
            result.size += len(piece)
            if result.size > limit:
                raise ReadError(_bomb(len(data), limit))
            if out is not None:
                out += piece
            chunk = inflater.unconsumed_tail
            if not piece and not chunk:
                break  # this chunk is used up and nothing is pending
    return pos - len(inflater.unused_data) if inflater.eof else None


def _bomb(compressed: int, limit: int) -> str:
    return (
        f"the gzip file unpacks to more than {limit:,} bytes (from {compressed:,}); "
        "refusing it as a possible gzip bomb (unpack it yourself, or raise --max-bytes)"
    )


@register("gzip")
def read_gzip(data: bytes, path: str, settings: Settings) -> Iterator[Item]:
    """A gzip file that is not a WARC: unpack it and read what is inside."""
    inner = gunzip(data, settings.max_bytes)
    if not inner:
        raise ReadError("the gzip file is empty inside")
    fmt = detect_format(inner)
    if fmt == "gzip":
        raise ReadError("this is a gzip file inside a gzip file; unpack it first")
    yield from READERS[fmt](inner, path, settings)


def _head_text(data: bytes) -> str:
    head = data[:65536]
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if head.startswith(bom):
            return head.decode(codec, errors="replace").lstrip("\ufeff")
    # Any ASCII-compatible encoding gives the same markup; exact decoding is the reader's job.
    return head.decode("latin-1")


def _markup_format(head: str) -> str | None:
    """'feed' or 'html' from the root element, or None when the text is not markup."""
    rest = head[_SKIP_PROLOG.match(head).end() :]  # type: ignore[union-attr]
    if re.match(r"<!DOCTYPE\s+html", head.lstrip(), re.I):
        return "html"
    root = _ROOT.match(rest)
    if not root:
        return None
    name = root.group(1).lower()
    if name.rpartition(":")[2] in _FEED_ROOTS:  # "rss", "feed", "atom:feed", "rdf:RDF"
        return "feed"
    if name.rpartition(":")[2] == "html" or _HTML_HINT.search(rest):
        return "html"
    if head.lstrip().startswith("<?xml"):
        raise ReadError(f"this is an XML file with root <{root.group(1)}>, not a feed or web page")
    return None


def _looks_jsonl(head: str, data: bytes) -> bool:
    """First non-blank lines are JSON objects (one broken line among them is the reader's job)."""
    lines = [line.strip() for line in head.splitlines() if line.strip()][:5]
    if not lines or not lines[0].startswith(("{", "[")):
        return False
    objects = [line for line in lines if line.startswith("{")]
    if 2 * len(objects) >= len(lines) and any(_is_object(line) for line in objects):
        return True
    # One JSON document (an object or a list of objects) pretty-printed over many lines.
    return _is_object(data) or _is_object_list(data)


def _is_object(text: str | bytes) -> bool:
    try:
        return isinstance(json.loads(text), dict)
    except RecursionError:
        return True  # JSON nested absurdly deep: the JSONL reader names the line and why
    except (ValueError, UnicodeDecodeError):
        return False


def _is_object_list(data: bytes) -> bool:
    try:
        value = json.loads(data)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return False
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)
