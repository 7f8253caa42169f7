"""The words that make two times one period: "between March 2024 and June 2026", "from 10 p.m.
to 6 a.m.". Read by `periods` (the period claims) and by `claims`, where a clock time that opens
or closes a period is no moment of its own."""

from __future__ import annotations

import re

from wirecheck.model import Time

OPENS = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
JOINS = re.compile(r"^\s*(?:and|to|until|through|-|–)\s*$", re.IGNORECASE)
_JOINED_AFTER = re.compile(r"\s*(?:and|to|until|through)\s", re.IGNORECASE)
_CLOSES = re.compile(
    r"\b(?:from|between)\s+\S+(?:\s+\S+){0,2}\s+(?:and|to|until|through)\s+$", re.IGNORECASE
)
_BEFORE_CHARS = 40


def period_end(text: str, time: Time) -> bool:
    """Whether the time opens ("from 10 p.m. to ...") or closes ("... to 6 a.m.") a period."""
    before = text[max(0, time.start - _BEFORE_CHARS) : time.start]
    opens = OPENS.search(before) and _JOINED_AFTER.match(text, time.end)
    return bool(opens or _CLOSES.search(before))
