"""Bytes to str: BOMs and declared UTF-8 first, then charset-normalizer's best guess."""

from __future__ import annotations

import charset_normalizer

from wirecheck.readers.base import ReadError

# Share of replacement/control characters above which a text is treated as binary noise.
_MAX_NOISE = 0.05


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
