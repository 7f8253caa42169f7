"""Time expressions (TIMEX3): find, type and normalise them against the article's anchor.

Patterns (`timex_patterns`) propose spans; the longest leftmost proposal whose resolver accepts
it wins. Resolvers (`timex_dates`, `timex_relative`, `timex_durations`) read the anchor (the
dateline's date, else `published`, else the caller's reference date), the tense of the
governing clause from the spaCy parse (a bare weekday in a past clause is the one before the
anchor, in a future or present clause the one after, the anchor's own weekday is the anchor)
and the narrative focus (the last date the text talked about, for "the next day").
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wirecheck.extract import register_stage
from wirecheck.extract import timex_dates as _dates  # noqa: F401  (registers resolvers)
from wirecheck.extract import timex_durations as _durations  # noqa: F401
from wirecheck.extract import timex_relative as _relative  # noqa: F401
from wirecheck.extract.timex_calendar import parse_anchor
from wirecheck.extract.timex_context import RESOLVERS, Context, Resolved
from wirecheck.extract.timex_patterns import COMPILED, EDGE_BEFORE, NEEDLES
from wirecheck.model import Article, Time

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    priority: int
    kind: str
    match: re.Match[str]


@dataclass(frozen=True)
class Found:
    """A resolved time expression, before it becomes a `Time` record."""

    start: int
    end: int
    type: str
    value: str | None


_UNFOLDED = re.compile("[\u0130\u0131\u017f\u212a]")


# The times stage and the quantities stage (which sets time spans aside) both scan each
# article; the scan depends on the text alone, so the second one reuses the first.
@functools.lru_cache(maxsize=4)
def candidates(text: str) -> tuple[Candidate, ...]:
    """Every pattern match, leftmost first, longest first, then by pattern order."""
    found = []
    # Under IGNORECASE these four letters match ASCII ones ("ſ" matches "s") but do not lower
    # to them, so a text holding one is scanned by every pattern.
    lowered = None if _UNFOLDED.search(text) else text.lower()
    for priority, (kind, pattern) in enumerate(COMPILED):
        needles = NEEDLES.get(kind)
        if needles and lowered is not None and not any(n in lowered for n in needles):
            continue
        core = "core" in pattern.groupindex
        for match in pattern.finditer(text):
            start, end = match.span("core") if core else match.span()
            found.append(Candidate(start, _trim(text, start, end), priority, kind, match))
    return tuple(sorted(found, key=lambda c: (c.start, c.start - c.end, c.priority)))


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\n,":
        end -= 1
    return end


def find_times(
    text: str, anchor: str | None, doc: Doc | None = None, written: str | None = None
) -> list[Found]:
    """The time expressions of `text`, resolved against `anchor` (ISO date or None);
    `written`, the ISO moment the article was published, bounds its past clock times."""
    ctx = Context(text, parse_anchor(anchor), doc, written=_written(anchor, written))
    found: list[Found] = []
    taken = 0
    for cand in candidates(text):
        if cand.start < taken:
            continue
        resolved = RESOLVERS[cand.kind](cand.match, ctx)
        if resolved is None:
            continue
        start = _trim_article(text, _widen(text, cand.start, resolved), cand.end)
        if found and start < found[-1].end:
            # The widening took in an expression already found ("the second half" + "of
            # October"): the wider one replaces it, or, overlapping it only in part, stays
            # unwidened. Either way no two records share a start (record ids are by start).
            if start <= found[-1].start:
                found.pop()
            else:
                start = cand.start
        found.append(Found(start, cand.end, resolved.type, resolved.value))
        taken = cand.end
        if not POSSESSIVE_AFTER.match(text, cand.end):
            _refocus(ctx, resolved)
    return found


# "Tuesday's deadly blast" names another event by its day: the narrative stays where it was,
# so a clock time after it ("the shock hit at 10:25 a.m.") keeps the story's own day.
POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_HYPHENED_ADJECTIVE = re.compile(r"the\s+(?=[\w']+-[\w-]+$)", re.IGNORECASE)
_COUNTED = re.compile(
    r"an?\s+(?=(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|sixty|ninety|hundred)\b)",
    re.IGNORECASE,
)


def _trim_article(text: str, start: int, end: int) -> int:
    """Leave out the noun phrase's article: "the [third-quarter] results", "a [two day] trip"."""
    span = text[start:end]
    article = _COUNTED.match(span)
    if article is None and re.match(r"\s+[a-z]", text[end : end + 2]):
        article = _HYPHENED_ADJECTIVE.match(span)
    return start + article.end() if article else start


def _widen(text: str, start: int, resolved: Resolved) -> int:
    """Take in "early", "late", "mid-", "the end of" before a date (value unchanged)."""
    if resolved.type not in ("DATE", "TIME"):
        return start
    edge = EDGE_BEFORE.search(text[max(0, start - 40) : start])
    return start - len(edge.group(0)) if edge else start


def _refocus(ctx: Context, resolved: Resolved) -> None:
    if resolved.refocus and resolved.when is not None and resolved.granularity is not None:
        ctx.focus = (resolved.when, resolved.granularity)


def _written(anchor: str | None, written: str | None) -> dt.time | None:
    """The time of day an article was published, when that is on its anchor's day."""
    if not (anchor and written and written[:10] == anchor[:10] and len(written) >= 16):
        return None
    try:
        return dt.time.fromisoformat(written[11:16])
    except ValueError:
        return None


def times(article: Article, doc: Doc | None) -> list[Time]:
    """The article's time expressions as `Time` records anchored on `article.anchor()`."""
    anchor = article.anchor()
    found = find_times(article.text, anchor, doc, article.published)
    return [_record(article, f, anchor) for f in found]


def _record(article: Article, found: Found, anchor: str | None) -> Time:
    text = article.text[found.start : found.end]
    identity = f"{article.id}:t:{found.start}"
    return Time(identity, article.id, found.start, found.end, text, found.type, found.value, anchor)


register_stage("times", "times")(times)
