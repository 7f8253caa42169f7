"""Figures and lengths of an earlier event: a sentence dated well before the story gives
another event's toll ("the 2023 quake killed 50,000"), not a figure of this one (read by
`claims`)."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from wirecheck.corpus.count_words import COUNT_TOPICS
from wirecheck.model import Article, Quantity
from wirecheck.resources.timewords import YEAR_RE

# Tolls and measures of an event: dated well before the story, they belong to another event.
EVENT_MEASURES = {topic for topic, _ in COUNT_TOPICS} | {"magnitude"}
BACKGROUND_DAYS = 45  # six weeks: a story's start ("declared on Oct. 29") told a month on
SINCE = re.compile(r"\bsince\b(?:\s+[\w'’-]+){0,5}\s+(?:on|in)?\s*$")
# "examined 312 cases between 2017 and 2024": the years bound what was counted, not an
# earlier event the figure belongs to.
YEAR_RANGE = re.compile(
    r"\b(?:between|from)\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+(?:and|to|until)\s+(?:[A-Z][a-z]+\s+)?\d{4}\b"
)
# A year the headline names: the story's own, however long ago ("steamer lost in 1887 gale").
HEADLINE_YEAR = re.compile(rf"\b{YEAR_RE}\b")
# A length still to come: "is expected to remain offline for at least six weeks".
TO_COME = re.compile(r"\b(?:will|would|expected to|set to|due to)\b[^.;,]{0,40}$")
# A figure in words without a number ("several thousand"), or one told in a clause that an
# earlier year opens ("struck the coast in 2003, when 10,000 birds died"): history, when the
# sentence is dated well before the story.
LOOSE_FIGURE = re.compile(r"\b(?:several|a few|many|dozens|scores|hundreds|thousands)\b", re.I)
WHEN_IN_YEAR = re.compile(r"\bin (?:19|20)\d\d,? when\b[^,;]*$")


def of_an_earlier_event(
    article: Article, quantity: Quantity, topic: str, start: int, end: int
) -> bool:
    """Whether a figure in the sentence [start, end) belongs to an earlier event: a toll or
    measure of one, a figure in words or one an earlier year's clause tells, in a sentence
    dated well before the story."""
    earlier = (
        topic in EVENT_MEASURES
        or LOOSE_FIGURE.search(quantity.text)
        or WHEN_IN_YEAR.search(article.text, start, quantity.start)
    )
    return bool(earlier) and dated_earlier(article, start, end)


def confirmable(article: Article, quantity: Quantity, topic: str, start: int) -> bool:
    """An exact toll or measure: dated well before the story, it may still be the story's own
    event ("the collision on 14 March 2026 killed two ferry passengers", in a report of the
    captain's sentence a year on), which another outlet's same figure shows (`compare`)."""
    return (
        topic in EVENT_MEASURES
        and not LOOSE_FIGURE.search(quantity.text)
        and not WHEN_IN_YEAR.search(article.text, start, quantity.start)
    )


def dated_earlier(article: Article, start: int, end: int) -> bool:
    """A sentence dated well before the story ("the 2023 quake killed 50,000") gives the toll
    of another, earlier event: not this story's figure. A count "since" a date is this
    story's running total ("hospitalised since the outbreak was declared on Oct. 29"), and a
    sentence that also names the story's own day is about the story, the old dates an aside
    ("a court on Wednesday sentenced X, minister from 2017 to 2019, to seven years"). Years
    that bound a count ("312 cases between 2017 and 2024") are its scope, not another event."""
    ranges = [m.span() for m in YEAR_RANGE.finditer(article.text, start, end)]
    dates = [
        t
        for t in article.times
        if t.type == "DATE"
        and start <= t.start < end
        and not any(low <= t.start < high for low, high in ranges)
    ]
    if any(not ended_before(t.value, t.anchor) and is_day(t.value) for t in dates):
        return False
    # a year the headline names is the story's own ("Divers find steamer lost in 1887 gale")
    framed = set(HEADLINE_YEAR.findall(article.title or ""))
    return any(
        ended_before(time.value, time.anchor)
        and (time.value or "")[:4] not in framed
        and not SINCE.search(article.text, max(start, time.start - 60), time.start)
        for time in dates
    )


def is_day(value: str | None) -> bool:
    """A day (not a year or a month): the story's own news is dated to the day."""
    return bool(value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value))


def ended_before(value: str | None, anchor: str | None) -> bool:
    """Whether a date, month or year ended more than `BACKGROUND_DAYS` before the anchor day."""
    if not (value and anchor and re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", value)):
        return False
    try:
        anchor_day = date.fromisoformat(anchor[:10])
    except ValueError:
        return False
    parts = [int(p) for p in value.split("-")]
    year, month = parts[0], parts[1] if len(parts) > 1 else 12
    day = parts[2] if len(parts) > 2 else calendar.monthrange(year, month)[1]
    return date(year, month, day) < anchor_day - timedelta(days=BACKGROUND_DAYS)


def still_to_come(text: str, start: int) -> bool:
    """A length a sentence says is still to come ("is expected to remain offline for at least
    six weeks"): no earlier event's, whatever past year the sentence also names ("a reactor
    commissioned in 1989")."""
    return bool(TO_COME.search(text, max(0, start - 60), start))
