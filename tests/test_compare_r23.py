"""Rules taught by the twenty-third round of blind sets, with sentences we write ourselves:
the towns where two different people live or work are no places of one thing; a market goods
are packaged for is no place where the story happened; a flock culled is counted as birds or
by its kind; and a meeting one outlet announced for a later day and another, written on that
day, reports held is no dispute about whether it happened; and a speaker's short name ("Northway"
for "Northway Waste Services") is the same speaker; and a day a state still held on ("still
fighting the fire on Tuesday") is no day of the deed."""

from __future__ import annotations

import pytest

from tests.test_compare import analyse as analyse_quotes
from tests.test_compare import article as quoted_article
from tests.test_compare import event, kinds, quote
from tests.test_compare_more import analyse, article, place
from wirecheck.corpus.claims import claims_of
from wirecheck.model import Article, Entity, Quantity, Time


def _pharmacist(source: str, quote: str, name: str, town: str) -> Article:
    text = f"“{quote},” said {name}, who runs a pharmacy in {town}."
    return article(source, text, mentions=[place(text, name, f"e:{name.split()[-1]}", "PERSON")])


def _place_findings(*articles: Article) -> list[tuple[str, str]]:
    return [(f.kind, f.topic) for f in analyse(*articles).findings if f.topic == "place"]


def test_the_towns_of_two_pharmacists_do_not_conflict() -> None:
    one = _pharmacist("Post", "We phone the supplier every morning", "Aoife Brennan", "Kilmacow")
    other = _pharmacist("Herald", "Patients phone us every morning", "Nuala Furlong", "Rathgoran")
    assert _place_findings(one, other) == []


def test_one_pharmacist_in_two_towns_still_conflicts() -> None:
    one = _pharmacist("Post", "We phone the supplier every morning", "Aoife Brennan", "Kilmacow")
    other = _pharmacist("Herald", "We phone the supplier every day", "Aoife Brennan", "Rathgoran")
    assert _place_findings(one, other) == [("conflict", "place")]


def test_a_market_goods_are_packed_for_is_no_place_of_the_fault() -> None:
    text_a = "The regulator approved pens packaged for the Lithuanian market to fill the gap."
    text_b = "The maker traced the fault to a plant in Malta where pens are packaged."
    a = article("Post", text_a, mentions=[place(text_a, "Lithuanian", "e:ltu", "NORP")])
    b = article("Herald", text_b, mentions=[place(text_b, "Malta", "e:mlt")])
    assert _place_findings(a, b) == []


def test_hens_and_birds_of_one_cull_are_one_count() -> None:
    topics = set()
    for source, text, phrase, noun in (
        ("Post", "Workers began killing 212,000 hens on Tuesday.", "212,000 hens", "hen"),
        ("Herald", "About 210,000 birds will be culled.", "About 210,000 birds", "bird"),
        ("Wire", "More than 200,000 chickens are being destroyed.", "200,000 chickens", "chicken"),
    ):
        start = text.index(phrase)
        found = Quantity("", "", start, start + len(phrase), phrase, 1.0, 1.0, 1.0, None, noun)
        made = article(source, text, quantities=[found])
        topics |= {c.topic for c in claims_of(made, source, {}) if c.kind == "count"}
    assert len(topics) == 1


def _meeting(source: str, text: str, trigger: str, mode: str, published: str) -> Article:
    made = article(source, text, events=[event(text, trigger, "CONSULT", mode, "2026-03-11")])
    made.published = published
    return made


PLANNED = "The transport minister is due to meet the hauliers' leaders in the capital on Wednesday."
HELD = "The transport minister met the hauliers' leaders in the capital on Wednesday."


def test_a_meeting_announced_the_day_before_and_held_is_no_dispute() -> None:
    before = _meeting("Post", PLANNED, "meet", "future", "2026-03-10T11:00:00")
    after = _meeting("Herald", HELD, "met", "asserted", "2026-03-11T19:00:00")
    assert ("conflict", "event status") not in kinds(analyse(before, after))


def test_met_and_will_meet_written_on_one_day_still_dispute() -> None:
    planned = _meeting("Post", PLANNED, "meet", "future", "2026-03-11T08:00:00")
    held = _meeting("Herald", HELD, "met", "asserted", "2026-03-11T19:00:00")
    assert ("conflict", "event status") in kinds(analyse(planned, held))


def test_a_company_and_its_short_name_are_one_speaker() -> None:
    """The entity stage left "Northway" and "Northway Waste Services" apart: one voice."""
    said = "We are deeply sorry for the disruption to residents"
    firm = [Entity("e:nws", "Northway Waste Services", "ORG"), Entity("e:nw", "Northway", "ORG")]
    texts = [f"“{said},” the company said.", f"“{said},” it said in a statement."]
    left, right = (
        quoted_article(source, text, quotes=[quote(text, said, speaker)])
        for source, text, speaker in (("Post", texts[0], "e:nws"), ("Herald", texts[1], "e:nw"))
    )
    found = kinds(analyse_quotes(left, right, entities=firm))
    assert ("agree", "quote speaker") in found
    assert ("conflict", "quote speaker") not in found


def _dated(source: str, text: str, said: str, value: str) -> Article:
    start = text.index(said)
    when = Time("", "", start, start + len(said), said, "DATE", value, "2026-03-11")
    return article(source, text, times=[when])


@pytest.mark.parametrize(
    ("still", "found"),
    [
        ("Crews were still fighting the moorland fire above Tarnby on Tuesday.", []),
        ("Crews were fighting the moorland fire above Tarnby on Tuesday.", [("conflict", "date")]),
    ],
)
def test_a_day_a_state_still_held_on_is_no_day_of_the_deed(
    still: str, found: list[tuple[str, str]]
) -> None:
    """ "still fighting the fire on Tuesday" says the fire burned on; an outlet writing that it
    was fought on Monday does not contradict it. Without "still" the two days conflict."""
    monday = "Crews were fighting the moorland fire above Tarnby on Monday."
    left = _dated("Post", still, "Tuesday", "2026-03-10")
    right = _dated("Herald", monday, "Monday", "2026-03-09")
    dates = [(f.kind, f.topic) for f in analyse(left, right).findings if f.topic == "date"]
    assert dates == found
