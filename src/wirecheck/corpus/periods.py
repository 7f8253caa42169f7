"""Periods across outlets: "scooters built between March 2024 and June 2026" / "built between
January 2024 and August 2026", "cases between 2016 and 2024" / "from 2017 to 2024".

A period is two dates or clock times of the time layer joined by "between ... and" or "from ...
to" ("a curfew from 10 p.m. to 6 a.m."). Two outlets' periods are about one thing when the
words before them share a common word ("built", "cases", "curfew"): other ends conflict (the
same ends only make a side of a conflict).
"""

from __future__ import annotations

from wirecheck.corpus.claims import Claim, quoted_at, quoted_spans
from wirecheck.corpus.date_align import content_words
from wirecheck.corpus.pairs import Pair, by_outlet, merge_agreements, merge_conflicts, outlet_pairs
from wirecheck.corpus.period_words import JOINS, OPENS
from wirecheck.model import Article, Time
from wirecheck.text_spans import sentence_around

BEFORE_CHARS = 60  # the words before a period that say what it is the period of
PERIOD_TOPIC = "period"


def period_claims(article: Article, outlet: str) -> list[Claim]:
    """One claim per period the article gives outside quotations."""
    quoted = quoted_spans(article)
    dates = sorted((t for t in article.times if t.type in ("DATE", "TIME") and t.value), key=_at)
    text = article.text
    claims = []
    for first, last in zip(dates, dates[1:], strict=False):
        opened = OPENS.search(text, max(0, first.start - 10), first.start)
        if not opened or not JOINS.match(text[first.end : last.start]):
            continue
        if quoted_at(first.start, quoted):
            continue
        start, end = sentence_around(text, first.start)
        before = text[max(start, opened.start() - BEFORE_CHARS) : opened.start()]
        claims.append(
            Claim(article.id, outlet, "period", PERIOD_TOPIC, PERIOD_TOPIC,
                  f"{first.text} to {last.text}", start, end, text[start:end],
                  time=f"{first.value}/{last.value}", context=before)
        )  # fmt: skip
    return claims


def _at(time: Time) -> int:
    return time.start


def align_periods(claims: list[Claim]) -> list[Pair]:
    """Agreements (grouped) and conflicts on one period across outlets."""
    pairs = []
    for lefts, rights in outlet_pairs(by_outlet(claims, "period")):
        for left in lefts:
            right = next((r for r in rights if _same_thing(left, r)), None)
            if right is not None:
                pairs.append(_period_pair(left, right))
    # Outlets giving one period alike is background (the years a review covers, the dates of
    # a recall): on our tuning corpora no writer listed such an agreement. Those who give it
    # alike stand as one side of a conflict.
    agreements = merge_agreements([p for p in pairs if p.kind == "agree"])
    return merge_conflicts([p for p in pairs if p.kind == "conflict"], agreements)


def _same_thing(left: Claim, right: Claim) -> bool:
    return bool(content_words(left.context) & content_words(right.context))


def _period_pair(left: Claim, right: Claim) -> Pair:
    if _same_bounds(left.time or "", right.time or ""):
        summary = f"{left.outlet} and {right.outlet} give the same period: {left.value}."
        return Pair("agree", PERIOD_TOPIC, summary, [left, right])
    summary = f"Period: {left.outlet} says {left.value}, {right.outlet} says {right.value}."
    return Pair("conflict", PERIOD_TOPIC, summary, [left, right])


def _same_bounds(left: str, right: str) -> bool:
    """Two periods with the same bounds, a month holding any of its days: "until the end of
    March" ends where "until March 31" does ("2027-03" / "2027-03-31")."""
    pairs = zip(left.split("/"), right.split("/"), strict=False)
    return left.count("/") == right.count("/") and all(
        a == b or a.startswith(b) or b.startswith(a) for a, b in pairs
    )
