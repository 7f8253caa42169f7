"""Durations as intervals of seconds, so approximate lengths compare as counts do.

"about 28 hours" is 25 to 31 hours and "nearly 30 hours" 27 to 30, so the two may agree;
"more than 30 hours" starts above 30 hours and conflicts with "about 28 hours". The markers
and their rule are EVAL.md's, read from the duration's own words ("more than 30 hours"); a
bare "over" is left out, since with a length of time it means "during" ("negotiated over
four years").
"""

from __future__ import annotations

import math
import re

SECONDS = {"S": 1, "M": 60, "H": 3600, "D": 86400, "W": 604800}
CALENDAR_SECONDS = {"Y": 31_536_000, "M": 2_592_000, "W": 604800, "D": 86400}
ISO_DURATION = re.compile(
    r"P(?:(?P<date>(?:\d+(?:\.\d+)?[YMWD])+))?(?:T(?P<time>(?:\d+(?:\.\d+)?[HMS])+))?"
)
# Words that make a length another event's: a further one ("called a second 48-hour strike
# for May"), or one told in a clause an earlier year opens ("the first strike since 2019, when
# a one-day walkout grounded half the flights").
ANOTHER = re.compile(r"\b(?:second|third|another|further|fresh)\s+$", re.IGNORECASE)
YEAR_WHEN = re.compile(r"\b(?:in|since) (?:19|20)\d\d,? when\b[^,;]*$")
USUAL = re.compile(r"\b(?:normally|usually|typically|generally|on average)\b", re.IGNORECASE)
PART = re.compile(r"(\d+(?:\.\d+)?)([YMWDHS])")
MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (rule, re.compile(rf"^\s*(?:{words})\b", re.IGNORECASE))
    for rule, words in (
        ("about", r"about|around|roughly|some|approximately|an estimated"),
        ("nearly", r"nearly|almost|just under|close to"),
        ("more", r"more than|just over|well over|upwards of"),
        ("atleast", r"at least"),
        ("fewer", r"fewer than|less than|under|up to|no more than"),
    )
)


def duration_seconds(value: str | None) -> float | None:
    """Seconds of an ISO 8601 duration ("PT30H", "P2D", "P1Y6M"); None for anything else."""
    match = ISO_DURATION.fullmatch(value or "")
    if not match or not (match["date"] or match["time"]):
        return None
    total = sum(float(n) * CALENDAR_SECONDS[unit] for n, unit in PART.findall(match["date"] or ""))
    total += sum(float(n) * SECONDS[unit] for n, unit in PART.findall(match["time"] or ""))
    return total


def duration_interval(text: str, value: str | None) -> tuple[float, float] | None:
    """Low and high seconds of a duration as written ("about 28 hours", "PT28H")."""
    seconds = duration_seconds(value)
    if seconds is None:
        return None
    rule = next((name for name, marker in MARKERS if marker.match(text)), None)
    if rule == "about":
        return 0.9 * seconds, 1.1 * seconds
    if rule == "nearly":
        return 0.9 * seconds, seconds
    if rule == "more":
        return seconds + 1, math.inf
    if rule == "atleast":
        return seconds, math.inf
    if rule == "fewer":
        return 0.0, seconds
    return seconds, seconds


def another_events_length(text: str, start: int, sentence_start: int, sentence_end: int) -> bool:
    """Whether the length at `start` is another event's than the story's (see ANOTHER), or
    what such things usually last ("symptoms usually begin between six hours and three days
    after eating"): general knowledge, not this story's fact."""
    return bool(
        ANOTHER.search(text, max(0, start - 12), start)
        or YEAR_WHEN.search(text, sentence_start, start)
        or USUAL.search(text, sentence_start, sentence_end)
    )
