"""Rules of the session of 2026-12-07 (third), taught by the twentieth round of blind sets, with
short sentences we write ourselves: people treated at the scene or by paramedics, or assessed
by ambulance crews, are the hurt; staff "put on leave" are suspended; "all 480 of its stores"
is a company's whole group of stores, not a part of it; a match result told as a noun ("a 3-0
home defeat") is a score, and a vote passed "by 116-112" a tally; two lengths with only
far-apart floors ("more than a decade" / "more than twenty years") name no length in common; a
conflict with one outlet on two sides is two things that outlet reports, not a disagreement."""

from __future__ import annotations

import pytest

from tests.test_compare import count
from wirecheck.corpus.align import grouped
from wirecheck.corpus.claims import Claim
from wirecheck.corpus.count_topics import count_topic
from wirecheck.corpus.pairs import Pair
from wirecheck.corpus.tallies import tally_claims
from wirecheck.corpus.time_align import same_time
from wirecheck.model import Article


@pytest.mark.parametrize(
    ("sentence", "phrase", "counted", "topic"),
    [
        # treated where they fell, or by the crews who came: the hurt
        ("Nine people were treated at the scene for headaches and sickness.", "Nine people",
         "people", "injured"),
        ("Ambulance crews assessed 11 people, most of them for nausea.", "11 people", "people",
         "injured"),
        ("Twelve shoppers were treated by paramedics for smoke inhalation.", "Twelve shoppers",
         "shopper", "injured"),
        # staff put on leave while an inquiry runs
        ("Two officers at the prison have been put on administrative leave.", "Two officers",
         "officer", "suspended"),
        # a count with no word of harm stays its noun
        ("Eleven people were waiting at the bus stop when the alarm sounded.", "Eleven people",
         "people", "people"),
        # the whole of an institution's group is its size; a part of it counts nothing alone
        ("The cheeses were on sale in all 480 of its stores since February.",
         "480 of its stores", "store", "store"),
        ("The cheeses were on sale in 40 of its stores since February.", "40 of its stores",
         "store", None),
    ],
)  # fmt: skip
def test_what_a_figure_counts(sentence: str, phrase: str, counted: str, topic: str | None) -> None:
    figure = count(sentence, phrase, 1, 1, counted)
    assert count_topic(sentence, figure, figure.start) == topic


def _tallies(text: str) -> list[tuple[str, str]]:
    article = Article(id="a", path="a.txt", text=text)
    return [(c.topic, c.value) for c in tally_claims(article, "Wire")]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a match result as a noun
        ("The 3-0 home defeat by Kingsmere Town was the low point.", [("score", "3–0")]),
        ("It came after a 3-1 loss at home to Kingsmere Town.", [("score", "3–1")]),
        ("A 2-2 draw left them in 14th place.", [("score", "2–2")]),
        # a vote passed "by" its tally
        ("Parliament approved the 2027 budget by 116-112, with two abstentions.",
         [("vote tally", "116–112")]),
        # a range or a date is no result
        ("Temperatures of 3-5 degrees are expected.", []),
        ("The fair runs from 12-14 May.", []),
    ],
)  # fmt: skip
def test_a_result_as_a_noun_or_a_vote_passed_by_its_tally(
    sentence: str, found: list[tuple[str, str]]
) -> None:
    assert _tallies(sentence) == found


def _length(value: str, iso: str) -> Claim:
    return Claim("a", "Wire", "time", "duration", "DURATION", value, 0, 1, value, time=iso)


def test_two_lengths_with_only_far_apart_floors_name_no_length_in_common() -> None:
    decade, twenty = (
        _length("more than a decade", "P10Y"),
        _length("more than twenty years", "P20Y"),
    )
    assert not same_time(decade, twenty)
    # close floors, and a floor with a stated length above it, still agree
    assert same_time(decade, _length("more than 11 years", "P11Y"))
    assert same_time(decade, _length("12 years", "P12Y"))


def _share(outlet: str, value: float, start: int) -> Claim:
    return Claim(
        "a" + outlet, outlet, "count", "%", "%", f"{value} percent", start, start + 10,
        f"It will rise by {value} percent.", low=value, high=value,
    )  # fmt: skip


def test_a_conflict_with_one_outlet_on_two_sides_is_none() -> None:
    deficit, pensions = _share("Wire", 2.1, 0), _share("Wire", 3.5, 50)
    standard, post = _share("Standard", 2.1, 0), _share("Post", 3.5, 0)
    agreements = [
        Pair("agree", "%", "", [deficit, standard]),
        Pair("agree", "%", "", [pensions, post]),
    ]
    crossed = Pair("conflict", "%", "", [standard, pensions])
    assert [p.kind for p in grouped([crossed, *agreements], agreements)] == ["agree", "agree"]
    # the same two figures from outlets that each give one are a conflict
    alone = Pair("conflict", "%", "", [standard, post])
    kinds = [p.kind for p in grouped([alone], [])]
    assert kinds == ["conflict"]
