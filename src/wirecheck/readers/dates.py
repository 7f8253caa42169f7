"""Dates as pages, feeds and dumps write them, to ISO 8601 as precise as they were given."""

from __future__ import annotations

import datetime as dt
import email.utils
import re

_ISO = re.compile(
    r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2}))?")
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")


def iso_date(value: object) -> str | None:
    """ISO 8601 for a date as a page, feed or dump writes it, as precise as given; else None.

    Offsets are kept as written ("+03:00", "Z"); a compact "+0300" gets its colon.
    """
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return dt.datetime.fromtimestamp(value, dt.UTC).isoformat()
        except (ValueError, OverflowError, OSError):  # NaN, infinity, past year 9999
            return None
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    for parse in (_from_iso, _from_compact, _from_rfc2822, _from_words):
        found = parse(text)
        if found:
            return found
    return None


def _from_iso(text: str) -> str | None:
    match = _ISO.fullmatch(text)
    if not match or not _valid_day(match.group(1)):
        return None
    day, clock, offset = match.groups()
    if not clock:
        return day
    if offset and offset != "Z" and ":" not in offset:
        offset = f"{offset[:3]}:{offset[3:]}"
    return f"{day}T{clock.replace(',', '.')}{offset or ''}"


def _from_compact(text: str) -> str | None:
    """GDELT-style 20241102091500 / 20241102."""
    match = _COMPACT.fullmatch(text)
    if not match:
        return None
    y, m, d, hh, mm, ss = match.groups()
    day = f"{y}-{m}-{d}"
    if not _valid_day(day):
        return None
    return f"{day}T{hh}:{mm}:{ss}" if hh else day


def _from_rfc2822(text: str) -> str | None:
    """RSS dates: "Sat, 02 Nov 2024 20:15:00 GMT"."""
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.isoformat() if parsed else None


def _from_words(text: str) -> str | None:
    """Last resort for prose dates ("November 7, 2024"), via dateparser."""
    if not re.search(r"\d", text) or len(text) > 60:
        return None
    import dateparser  # slow to import; most inputs never get here

    # Absolute dates only: "2d" or "2 days ago" would be read against the clock of the run,
    # so one file would get another date each time it is read.
    settings = {"PREFER_DAY_OF_MONTH": "first", "PARSERS": ["custom-formats", "absolute-time"]}
    parsed = dateparser.parse(text, settings=settings)
    if parsed is None:
        return None
    if not _CLOCK.search(text):
        return parsed.date().isoformat()
    return parsed.isoformat()


def _valid_day(day: str) -> bool:
    try:
        dt.date.fromisoformat(day)
    except ValueError:
        return False
    return True
