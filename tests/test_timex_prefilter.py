"""The word prefilter of `times.candidates` (issue #9): the same candidates as scanning every
pattern over the whole text, in less time."""

from __future__ import annotations

import pytest

from wirecheck.bench_corpus import base_articles
from wirecheck.extract import times
from wirecheck.extract.timex_patterns import COMPILED, NEEDLES

SENTENCES = [
    "The plant closed in the 1990s and reopened in the mid-2000s, before the nineties ended.",
    "Sales rose in the third quarter and the year-earlier period; the first half was weak.",
    "On Christmas Eve, three days ago, the 20th century ended at noon in the morning.",
    "Every Monday, the weekly market opens tomorrow evening; later in the week it rains.",
    "The storm hit last winter, the day before the 12/03/2024 vote on 2024-03-12.",
    "Nineteen ninety-nine was the year the two thousand workers struck every other week.",
    # Under IGNORECASE "ſ" matches "s" and "K" (Kelvin) matches "k": no prefilter there.
    "The ſeaſon ended in the 1990ſ, and the ſpring came two weekſ ago.",
    "THE DAY BEFORE, YESTERDAY AFTERNOON, MIDDAY ON EASTER MONDAY.",
]


def _every_pattern(text: str) -> list[tuple[int, int, int, str]]:
    found = []
    for priority, (kind, pattern) in enumerate(COMPILED):
        core = "core" in pattern.groupindex
        for match in pattern.finditer(text):
            start, end = match.span("core") if core else match.span()
            found.append((start, times._trim(text, start, end), priority, kind))
    return sorted(found, key=lambda c: (c[0], c[0] - c[1], c[2]))


def _candidates(text: str) -> list[tuple[int, int, int, str]]:
    times.candidates.cache_clear()
    return [(c.start, c.end, c.priority, c.kind) for c in times.candidates(text)]


@pytest.mark.parametrize("text", SENTENCES)
def test_candidates_equal_a_scan_of_every_pattern(text: str) -> None:
    assert _candidates(text) == _every_pattern(text)


def test_candidates_of_the_example_articles_equal_a_scan_of_every_pattern() -> None:
    articles = base_articles()
    assert len(articles) >= 20
    for article in articles:
        assert _candidates(article.text) == _every_pattern(article.text), article.path


def test_the_needles_name_existing_kinds_in_lower_case() -> None:
    kinds = {kind for kind, _ in COMPILED}
    assert set(NEEDLES) <= kinds
    assert all(n == n.lower() and n for needles in NEEDLES.values() for n in needles)


@pytest.mark.parametrize("text", SENTENCES)
def test_each_match_holds_a_needle_of_its_kind(text: str) -> None:
    for kind, pattern in COMPILED:
        for match in pattern.finditer(text):
            if kind in NEEDLES and text.isascii():
                assert any(n in match.group(0).lower() for n in NEEDLES[kind]), match.group(0)
