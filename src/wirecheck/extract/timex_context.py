"""What a time resolver sees: the match, the anchor, the tense and the narrative focus."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wirecheck.extract import timex_calendar as cal
from wirecheck.extract.timex_tense import PAST, UNKNOWN, direction, looks_ahead

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_BOUND = re.compile(
    r"\b(?:until|till|through|by|effective|as\s+(?:early|soon|late)\s+as)\s+"
    r"(?:(?:early|mid|late)[- ]?)?$",
    re.I,
)
# A bare weekday or month in a clause without a tensed verb: news mostly reports what happened.
DEFAULT_DIRECTION = PAST


@dataclass(frozen=True)
class Resolved:
    """A resolver's answer; `when`/`granularity` become the narrative focus for later phrases."""

    type: str
    value: str | None
    when: dt.date | None = None
    granularity: str | None = None
    # Comparisons ("a year earlier", "the year-ago quarter") do not move the focus: the text
    # keeps talking about the period it compares with.
    refocus: bool = True


@dataclass
class Context:
    text: str
    anchor: dt.date | None
    doc: Doc | None = None
    focus: tuple[dt.date, str] | None = None  # the last explicit or resolved date and its grain
    # when the article was written, if on the anchor's day: a past event is no later
    written: dt.time | None = None

    def tense(self, match: re.Match[str], default: int = DEFAULT_DIRECTION) -> int:
        """Direction of the governing clause; `default` when it tells nothing."""
        found = direction(self.doc, match.start(), match.end())
        return default if found == UNKNOWN else found

    def scheduled(self, match: re.Match[str]) -> bool:
        """ "set the vote for Thursday", "postponed until Friday": a date that lies ahead."""
        return looks_ahead(self.doc, match.start(), match.end())

    def bounded(self, match: re.Match[str]) -> bool:
        """ "until mid-November", "by Monday": a deadline, which may lie either side."""
        return bool(_BOUND.search(self.before(match, 30)))

    def token(self, start: int) -> Token | None:
        if self.doc is None:
            return None
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def reference(self, granularity: str) -> dt.date | None:
        """The focus when it is at least as fine as `granularity`, else the anchor."""
        if self.focus and _finer_or_equal(self.focus[1], granularity):
            return self.focus[0]
        return self.anchor

    def before(self, match: re.Match[str], chars: int = 40) -> str:
        return self.text[max(0, match.start() - chars) : match.start()]


_ORDER = [cal.CENTURY, cal.DECADE, cal.YEAR, cal.HALF, cal.QUARTER, cal.SEASON, cal.MONTH,
          cal.WEEK, cal.DAY]  # fmt: skip


def _finer_or_equal(have: str, want: str) -> bool:
    return _ORDER.index(have) >= _ORDER.index(want)


def date_result(
    when: dt.date, granularity: str, type_: str = "DATE", suffix: str = "", refocus: bool = True
) -> Resolved:
    return Resolved(type_, cal.fmt(when, granularity) + suffix, when, granularity, refocus)


Resolver = Callable[[re.Match[str], Context], Resolved | None]
RESOLVERS: dict[str, Resolver] = {}


def resolver(kind: str) -> Callable[[Resolver], Resolver]:
    """Register the function that resolves matches of pattern `kind`."""

    def wrap(fn: Resolver) -> Resolver:
        RESOLVERS[kind] = fn
        return fn

    return wrap
