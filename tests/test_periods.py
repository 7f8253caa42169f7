"""Periods across outlets (corpus/periods.py): "built between March 2024 and June 2026"."""

from __future__ import annotations

import pytest

from tests.test_compare import analyse, article
from wirecheck.corpus.period_words import period_end
from wirecheck.corpus.periods import period_claims
from wirecheck.model import Quote, Time


def dated(text: str, *dates: tuple[str, str]) -> list[Time]:
    found = []
    for said, value in dates:
        start = text.index(said)
        found.append(Time("", "", start, start + len(said), said, "DATE", value, None))
    return found


WIRE = "The recall covers scooters built between March 2024 and June 2026, the company said."
WIRE_DATES = (("March 2024", "2024-03"), ("June 2026", "2026-06"))


@pytest.mark.parametrize(
    ("text", "dates", "kind"),
    [
        ("Owners of scooters built between January 2024 and August 2026 should stop riding them.",
         (("January 2024", "2024-01"), ("August 2026", "2026-08")), "conflict"),
        # the same period is background, no finding of its own
        ("It applies to every scooter built from March 2024 to June 2026.", WIRE_DATES, None),
        # a period of something else: no common word before it
        ("The firm's chief executive served from March 2024 to June 2026.",
         (("March 2024", "2024-03"), ("June 2026", "2026-06")), None),
    ],
)  # fmt: skip
def test_one_period_in_two_outlets(text: str, dates: tuple, kind: str | None) -> None:
    a = article("Wire", WIRE, times=dated(WIRE, *WIRE_DATES))
    b = article("Paper", text, times=dated(text, *dates))
    found = [f.kind for f in analyse(a, b).findings if f.topic == "period"]
    assert found == ([kind] if kind else [])


def test_a_period_inside_a_quotation_is_the_speakers() -> None:
    text = '"We built them between March 2024 and June 2026," she said.'
    quoted = article("Wire", text, times=dated(text, *WIRE_DATES))
    quoted.quotes = [Quote("q", quoted.id, 1, 46, text[1:46], "direct")]
    assert period_claims(quoted, "Wire") == []


def test_two_curfews_of_other_hours_conflict() -> None:
    text_a = "The government ordered an overnight curfew from 10 p.m. to 6 a.m. in the capital."
    text_b = "Officials imposed a curfew from 11 p.m. to 6 a.m. across the region."
    times_a = [("10 p.m.", "2026-11-04T22:00"), ("6 a.m.", "2026-11-05T06:00")]
    times_b = [("11 p.m.", "2026-11-04T23:00"), ("6 a.m.", "2026-11-05T06:00")]
    a = article("Wire", text_a, times=dated(text_a, *times_a))
    b = article("Paper", text_b, times=dated(text_b, *times_b))
    for time in a.times + b.times:
        time.type = "TIME"
    assert [f.kind for f in analyse(a, b).findings if f.topic == "period"] == ["conflict"]


@pytest.mark.parametrize(
    ("text", "said", "end"),
    [
        ("A curfew runs from 10 p.m. to 6 a.m. in the capital.", "10 p.m.", True),
        ("A curfew runs from 10 p.m. to 6 a.m. in the capital.", "6 a.m.", True),
        ("Shops stay open between 9 a.m. and 1 p.m. on Sundays.", "1 p.m.", True),
        ("The blackout began at 3:16 p.m. local time.", "3:16 p.m.", False),
        ("Power came back from 9 p.m., the grid operator said.", "9 p.m.", False),
    ],
)
def test_a_clock_time_that_ends_a_period(text: str, said: str, end: bool) -> None:
    start = text.index(said)
    time = Time("", "", start, start + len(said), said, "TIME", "2026-11-04T00:00", None)
    assert period_end(text, time) is end


def test_the_ends_of_a_period_are_no_moments_of_their_own() -> None:
    text_a = "By 11 p.m., about 70 percent of customers had their power back."
    text_b = "Officials imposed a curfew from 11 p.m. to 6 a.m. across the region."
    a = article("Wire", text_a, times=dated(text_a, ("11 p.m.", "2026-11-04T23:00")))
    b = article("Paper", text_b, times=dated(text_b, ("11 p.m.", "2026-11-04T23:00"),
                                              ("6 a.m.", "2026-11-05T06:00")))  # fmt: skip
    for time in a.times + b.times:
        time.type = "TIME"
    assert [f for f in analyse(a, b).findings if f.topic == "time"] == []
