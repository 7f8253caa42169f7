"""Bytes to str: BOMs and declared UTF-8 first, then charset-normalizer's best guess."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from wirecheck.readers.base import ReadError

# Share of replacement/control characters above which a text is treated as binary noise.
_MAX_NOISE = 0.05
# Well-formed multi-byte UTF-8 sequences (overlong and surrogate forms aside, near enough).
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_CP1252_FALLBACK = "wirecheck-cp1252-fallback"


def _cp1252_bytes(exc: UnicodeError) -> tuple[str, int]:
    """Decode the bytes UTF-8 rejects as Windows-1252, the usual other half of a mixed file."""
    assert isinstance(exc, UnicodeDecodeError)
    bad = exc.object[exc.start : exc.end]
    return bad.decode("cp1252", errors="replace"), exc.end


codecs.register_error(_CP1252_FALLBACK, _cp1252_bytes)


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few stray bytes (a bad copy, or text pasted from a cp1252 file): the
    well-formed sequences outnumber the stray bytes. Decoding it all as a legacy encoding
    would garble every accented letter instead of only the stray ones."""
    sample = data[:200_000]
    sequences = _UTF8_SEQUENCE.findall(sample)
    stray = len(_HIGH_BYTE.findall(sample)) - sum(len(s) for s in sequences)
    return len(sequences) >= max(stray, 1)


def decode(data: bytes) -> str:
    """Decode bytes of unknown encoding; ReadError when they are not text."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return data.decode("utf-8", errors=_CP1252_FALLBACK)
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    if best is None:
        raise ReadError("the bytes are not text in any encoding we recognise")
    text = data.decode(best.encoding, errors="replace")
    if _noise_share(text) > _MAX_NOISE:
        raise ReadError(f"the bytes do not decode cleanly (best guess {best.encoding})")
    return text


def _noise_share(text: str) -> float:
    sample = text[:20_000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\n\r\f"))
    return bad / len(sample)


def looks_binary(head: bytes) -> bool:
    """NUL bytes in the first block mean a binary file (images, archives, executables)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    return b"\x00" in head[:8192]
