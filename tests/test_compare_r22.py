"""Rules taught by the twenty-second round of blind sets, with sentences we write ourselves:
the savers a failed firm took money from are its investors; a deed one expected to do
("the trustees expected to appoint administrators") or to begin ("are expected to begin
pulling the kettle from shelves") is planned; an inquiry opened and one expected are one deed
under either name; a deed named by its noun is done when it was issued, imposed or
declared ("has issued a boil-water notice"); one deed dated on a writer's own day and on the
day before conflicts; a tally after "ruling"; and the hurt taken to emergency rooms, or
toddlers treated at hospitals. The conflicts those deeds make are among test_deeds' cases."""

from __future__ import annotations

import pytest

from tests.test_compare import analyse, article, count, kinds
from wirecheck.corpus.claims import claims_of
from wirecheck.corpus.count_topics import count_topic
from wirecheck.corpus.deeds import deed_claims
from wirecheck.corpus.tallies import tally_claims
from wirecheck.model import Article, Time


def test_savers_and_investors_of_one_firm_are_one_count() -> None:
    one = "The collapsed fund took money from about 1,200 investors, prosecutors said."
    other = "The fund took its money from nearly 2,000 savers, most of them retired."
    left = article(
        "Herald", one, quantities=[count(one, "about 1,200 investors", 1080, 1320, "investor")]
    )
    right = article(
        "Wire", other, quantities=[count(other, "nearly 2,000 savers", 1800, 1999, "saver")]
    )
    topics = {
        c.topic
        for a in (left, right)
        for c in claims_of(a, a.source or "", {})
        if c.kind == "count"
    }
    assert topics == {"investor"}


@pytest.mark.parametrize(
    ("sentence", "deeds"),
    [
        (
            "The trustees said they expected to appoint administrators later this week.",
            [("appoint", "planned")],
        ),
        (
            "Shops are expected to begin pulling the kettle from shelves next week.",
            [("pul", "planned")],
        ),
        ("Shops have pulled the kettle from shelves.", [("pul", "done")]),
        (
            "The water board has issued a boil-water notice for the village.",
            [("notic", "done"), ("issu", "done")],
        ),
    ],
)
def test_deeds_expected_begun_or_issued(sentence: str, deeds: list[tuple[str, str]]) -> None:
    found = [(c.slot, c.value) for c in deed_claims(article("Wire", sentence), "Wire")]
    assert found == deeds


def _dated(source: str, text: str, said: str, value: str) -> Article:
    start = text.index(said)
    when = Time("", "", start, start + len(said), said, "DATE", value, "2025-05-15")
    return article(source, text, times=[when])


def test_one_deed_on_the_writers_own_day_and_on_the_day_before_conflicts() -> None:
    """Both outlets write on Thursday: one puts the eruption before dawn that day, the other
    late on Wednesday. The same past verb before each date makes them one deed."""
    own = _dated(
        "Herald",
        "Mount Ardel erupted before dawn on Thursday, sending ash over the valley.",
        "Thursday",
        "2025-05-15",
    )
    earlier = _dated(
        "Wire",
        "Flights were cancelled after Mount Ardel erupted late on Wednesday, officials said.",
        "Wednesday",
        "2025-05-14",
    )
    assert kinds(analyse(own, earlier)) == {("conflict", "date")}


def test_a_statement_on_the_writers_own_day_is_no_deed_to_set_against_an_earlier_day() -> None:
    own = _dated(
        "Herald",
        "The mayor said on Thursday that the valley road would stay shut.",
        "Thursday",
        "2025-05-15",
    )
    earlier = _dated(
        "Wire",
        "The valley road was closed late on Wednesday after the ash fall.",
        "Wednesday",
        "2025-05-14",
    )
    assert ("conflict", "date") not in kinds(analyse(own, earlier))


def test_a_tally_after_ruling() -> None:
    text = "The court upheld the result on Friday, ruling 4-3 that the late ballots count."
    assert [c.value for c in tally_claims(article("Wire", text), "Wire")] == ["4–3"]


@pytest.mark.parametrize(
    ("sentence", "phrase", "counted"),
    [
        ("Two children were taken to emergency rooms after swallowing the caps.", "Two children",
         "child"),
        ("Two toddlers were treated at hospitals after the caps came loose.", "Two toddlers",
         "toddler"),
    ],
)  # fmt: skip
def test_the_hurt_taken_to_emergency_rooms_or_toddlers_treated(
    sentence: str, phrase: str, counted: str
) -> None:
    figure = count(sentence, phrase, 2, 2, counted)
    assert count_topic(sentence, figure, figure.start) == "injured"
