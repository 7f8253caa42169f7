"""Dates across outlets: the same thing dated alike or differently ("talks resume on Thursday"
/ "talks resume on Friday").

Two date claims are about one thing when the words around them, the dates left out, read alike
(MiniLM cosine) and share a content word ("resume", "broke out", "close"): reporting verbs and
weekdays are no evidence that two sentences date the same thing. Different days or months
conflict. The same date is worth an agreement only when it is news: a date still to come (a
next meeting), a date another outlet contests, or a date outside both leads (the lead dates
the story's own event, which every outlet gives).
"""

from __future__ import annotations

import re

import numpy as np

from wirecheck.corpus.claims import Claim
from wirecheck.corpus.pairs import Pair, by_outlet, merge_agreements, merge_conflicts, outlet_pairs

DATE_SIMILARITY = 0.5
# Words that say nothing about what is dated.
PLAIN_WORDS = {
    "said", "says", "told", "that", "this", "with", "from", "their", "they", "them", "were",
    "would", "will", "have", "been", "after", "before", "when", "which", "where", "while",
    "about", "into", "over", "than", "some", "more", "also", "officials", "official",
    "police", "according", "statement", "spokesman", "spokeswoman", "spokesperson",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "morning", "afternoon", "evening", "night", "next", "last", "year", "week", "month",
}  # fmt: skip


def align_dates(claims: list[Claim], vectors: dict[str, np.ndarray]) -> list[Pair]:
    """Per outlet pair, each date matched to the other outlet's closest date on the same thing."""
    pairs: list[Pair] = []
    for lefts, rights in outlet_pairs(by_outlet(claims, "date")):
        for left in lefts:
            scored = [
                (_similarity(vectors, left, right), right)
                for right in rights
                if _shared_words(left, right)
            ]
            scored = [s for s in scored if s[0] >= DATE_SIMILARITY]
            if scored:
                pairs.append(_date_pair(left, max(scored, key=lambda s: s[0])[1]))
    contested = {id(c) for p in pairs if p.kind == "conflict" for c in p.claims}
    kept = [p for p in pairs if p.kind == "conflict" or _newsworthy(p, contested)]
    agreements = merge_agreements([p for p in kept if p.kind == "agree"], _same_date)
    conflicts = merge_conflicts([p for p in kept if p.kind == "conflict"], agreements)
    return conflicts + agreements


def _similarity(vectors: dict[str, np.ndarray], a: Claim, b: Claim) -> float:
    return 1.0 if a.gist == b.gist else float(vectors[a.gist] @ vectors[b.gist])


def content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in PLAIN_WORDS}


def _shared_words(a: Claim, b: Claim) -> bool:
    return bool(content_words(a.gist) & content_words(b.gist))


def _same_date(a: Claim, b: Claim) -> bool:
    """A day agrees with its own month ("2026-06-30" and "2026-06")."""
    x, y = a.time or "", b.time or ""
    return x.startswith(y) or y.startswith(x)


def _date_pair(left: Claim, right: Claim) -> Pair:
    if _same_date(left, right):
        summary = f"{left.outlet} and {right.outlet} agree on the date: {left.time}"
        return Pair("agree", "date", summary, [left, right])
    summary = f"Date: {left.outlet} says {left.time}, {right.outlet} says {right.time}"
    return Pair("conflict", "date", summary, [left, right])


def _newsworthy(pair: Pair, contested: set[int]) -> bool:
    claims = pair.claims
    return (
        any(c.future for c in claims)
        or any(id(c) in contested for c in claims)
        or not any(c.lead for c in claims)
    )
