"""Comparison rules taught by the fifteenth round of blind sets, with short articles we write
ourselves (the helpers live in test_compare): vote tallies written side by side, a group counted
by its whole-group state in one outlet and by its noun in another, kindred counts, vote shares,
crowds that were hurt, deficits, hives, hyphened scale words, lengths still to come and tolls
of none."""

from __future__ import annotations

import pytest

from tests.test_compare import analyse, article, count
from wirecheck.corpus.claims import Claim
from wirecheck.corpus.count_topics import count_topic
from wirecheck.corpus.kin_counts import KIN_SIMILARITY
from wirecheck.corpus.kin_counts import likeness_floor as kin_floor
from wirecheck.corpus.tally_pattern import TALLY
from wirecheck.corpus.whole_groups import whole_groups
from wirecheck.extract.quantity_find import amounts
from wirecheck.model import Quantity, Time


def _in_unit(text: str, phrase: str, low: float, high: float, unit: str) -> Quantity:
    figure = count(text, phrase, low, high, "")
    figure.unit, figure.counted = unit, None
    return figure


@pytest.mark.parametrize(
    ("sentence", "ayes", "noes"),
    [
        ("The motion was approved with 12 in favour and 8 against.", "12", "8"),
        ("It passed with 30 votes for and two against.", "30", "two"),
        ("The amendments were passed 139 to 68 after midnight.", "139", "68"),
        ("The council passed the motion with 12 votes, one more than needed.", "12", None),
        ("The chamber approved it 212 to 187.", "212", "187"),
        ("The court voted six to three to grant the river rights.", "six", "three"),
        ("In a 6-3 decision, the court sided with the fishermen.", "6", "3"),
        ("The justices split 5-4 on the question.", "5", "4"),
    ],
)
def test_tallies_written_side_by_side(sentence: str, ayes: str, noes: str | None) -> None:
    match = TALLY.search(sentence)
    assert match is not None
    sides = {k.rstrip("0123456789"): v for k, v in match.groupdict().items() if v}
    assert sides == ({"ayes": ayes, "noes": noes} if noes else {"ayes": ayes})


@pytest.mark.parametrize(
    "sentence",
    [
        "The plan has 40 in favor among residents polled.",  # a count of people, no vote
        "She won the seat with 12,000 votes.",  # an election's votes, no tally
        "MPs approved the bill with 141 votes in favour.",  # one side: a count of votes
        "Prices rose by two to three percent last year.",  # a range, spelled out
    ],
)
def test_what_is_no_tally(sentence: str) -> None:
    assert TALLY.search(sentence) is None


def test_a_tally_side_by_side_conflicts_with_one_written_as_votes_to() -> None:
    text_a = "The no-confidence motion was approved with 12 in favour and 8 against on Wednesday."
    text_b = "The motion was carried by 13 votes to 8 in the regional council."
    a = article("Adriatic Courier", text_a)
    b = article("Hillcrest Herald", text_b)
    conflicts = [f for f in analyse(a, b).findings if f.kind == "conflict"]
    assert [f.topic for f in conflicts] == ["vote tally"]
    assert {e.article for e in conflicts[0].evidence} == {a.id, b.id}


def _count(outlet: str, slot: str, figure: int, counted: str, rank: int = 0) -> Claim:
    value = f"{figure} {counted}s"
    return Claim(
        outlet, outlet, "count", slot, slot, value, 0, 10, value,
        low=figure, high=figure, counted=counted, rank=rank,
    )  # fmt: skip


def test_a_group_trapped_in_one_outlet_is_the_group_others_count_by_its_noun() -> None:
    claims = [
        _count("Lantern Post", "trapped", 14, "passenger"),
        _count("Meridian Wire", "rescued", 14, "passenger"),
        _count("Meridian Wire", "passenger", 250_000, "passenger"),  # a year's riders
        _count("Alpine Dispatch", "passenger", 14, "passenger"),
        _count("Harbour Times", "passenger", 16, "passenger"),
        _count("Harbour Times", "passenger", 2, "passenger", rank=1),  # later, a part
    ]
    slots = [(c.outlet, c.slot, c.low) for c in whole_groups(claims)]
    assert slots == [
        ("Lantern Post", "trapped", 14),
        ("Meridian Wire", "trapped", 14),  # freed: the same whole group
        ("Meridian Wire", "passenger", 250_000),  # not its lead figure for the group
        ("Alpine Dispatch", "trapped", 14),
        ("Harbour Times", "trapped", 16),
        ("Harbour Times", "passenger", 2),
    ]


def test_a_group_named_by_another_noun_somewhere_stays_in_its_slots() -> None:
    # "riders" in one outlet: moving the others into the state's slot would leave it out
    claims = [
        _count("Leisure Today", "trapped", 24, "people"),
        _count("Ghat Herald", "people", 21, "people"),
        _count("Deccan Wire", "rider", 21, "rider"),
    ]
    assert whole_groups(claims) == claims


def test_an_outlet_whose_figure_in_the_slot_is_of_another_scale_joins_by_its_kindred_one() -> None:
    # the wire's "40,000 residents" is the town, not the evacuees: its evacuated 300 joins
    a_t = "About 300 residents of the Calder tower spent Sunday night in a sports hall."
    b_t = "Some 450 residents of the Calder tower spent Sunday night in a school gym."
    c_t = (
        "Police evacuated 300 residents of the Calder tower on Sunday night after the fire. "
        "The town has about 40,000 residents."
    )
    a = article("Ledger", a_t, quantities=[count(a_t, "About 300 residents", 270, 330, "resident")])
    b = article("Courier", b_t, quantities=[count(b_t, "Some 450 residents", 405, 495, "resident")])
    town = count(c_t, "about 40,000 residents", 36_000, 44_000, "resident")
    c = article("Wire", c_t, quantities=[count(c_t, "300 residents", 300, 300, "resident"), town])
    conflicts = [f for f in analyse(a, b, c).findings if f.kind == "conflict"]
    assert len(conflicts) == 1
    assert {e.article for e in conflicts[0].evidence} == {a.id, b.id, c.id}


def test_a_kindred_figure_that_fits_a_member_needs_less_likeness() -> None:
    # "174 passengers" beside an "on board" finding of 174 and 190: one of its own figures
    members = [
        _count("Meridian", "on board", 174, "passenger"),
        _count("Ledger", "on board", 190, "passenger"),
    ]
    fitting, apart = (
        _count("Courier", "passenger", 174, "passenger"),
        _count("Post", "passenger", 120, "passenger"),
    )
    assert kin_floor(fitting, members) < kin_floor(apart, members) == KIN_SIMILARITY


@pytest.mark.parametrize(
    "sentence",
    [
        "A day after 57.3 percent of voters rejected the plan, the mayor withdrew the bid.",
        "The city dropped its bid after 62 percent of voters in Caldmere said no on Sunday.",
        "Nearly 60 percent of voters approved the new charter in the referendum.",
    ],
)
def test_a_share_of_voters_who_rejected_a_plan_is_a_vote_share(sentence: str) -> None:
    phrase = next(p for p in ("57.3 percent", "62 percent", "60 percent") if p in sentence)
    figure = _in_unit(sentence, phrase, 57, 62, "%")
    assert count_topic(sentence, figure, figure.start) == "vote share"


def test_a_height_said_above_the_ground_joins_the_heights_said_bare() -> None:
    a_t = "The front car left the track on a curve and stopped about 40 feet above the ground."
    b_t = "Investigators said the front car came off the track on a curve nearly 40 feet up."
    c_t = "The front car came off the track on a curve some 90 feet up, witnesses said."
    a = article("Wire", a_t, quantities=[_in_unit(a_t, "about 40 feet", 36, 44, "ft")])
    b = article("Channel 9", b_t, quantities=[_in_unit(b_t, "nearly 40 feet", 36, 40, "ft")])
    c = article("Observer", c_t, quantities=[_in_unit(c_t, "some 90 feet", 81, 99, "ft")])
    conflicts = [f for f in analyse(a, b, c).findings if f.kind == "conflict"]
    assert len(conflicts) == 1
    assert {e.article for e in conflicts[0].evidence} == {a.id, b.id, c.id}


HURT = "Twenty-seven spectators were hurt at the festival on Friday, the organisers said."
REVELLERS = "About 25 festivalgoers were injured when the bolt hit a mast."
WATCHED = "About 3,000 spectators watched the final from the banks."


@pytest.mark.parametrize(
    ("sentence", "phrase", "counted", "topic"),
    [
        (HURT, "Twenty-seven spectators", "spectator", "injured"),
        (REVELLERS, "About 25 festivalgoers", "festivalgoer", "injured"),
        (WATCHED, "About 3,000 spectators", "spectator", "participants"),
    ],
)
def test_a_crowd_said_to_be_hurt_counts_the_hurt(
    sentence: str, phrase: str, counted: str, topic: str
) -> None:
    figure = count(sentence, phrase, 1, 1, counted)
    assert count_topic(sentence, figure, figure.start) == topic


def test_a_hole_in_a_budget_is_a_deficit() -> None:
    sentence = "The council has run up a 48 million euro hole in its health budget."
    figure = _in_unit(sentence, "48 million euro", 48e6, 48e6, "EUR")
    assert count_topic(sentence, figure, figure.start) == "EUR deficit"


def test_a_kindred_sum_in_the_same_dispute_joins_the_agreement_beside_it() -> None:
    # three outlets put the project near $18-19 million against a fourth's $23 million
    a_t = "Crews paused the corrosion treatment during the $18 million pipe project, he said."
    b_t = "The director said the lead problem was linked to the $18 million pipe project."
    c_t = (
        "The director said the lead problem was linked to the pipe project, for which the city "
        "paid about $19 million."
    )
    d_t = "The city paid $23 million for the pipe replacement project, records show."
    record = article("Record", a_t, quantities=[_in_unit(a_t, "$18 million", 18e6, 18e6, "USD")])
    dispatch = article(
        "Dispatch", b_t, quantities=[_in_unit(b_t, "$18 million", 18e6, 18e6, "USD")]
    )
    radio = article(
        "Radio", c_t, quantities=[_in_unit(c_t, "about $19 million", 17.1e6, 20.9e6, "USD")]
    )
    ledger = article("Ledger", d_t, quantities=[_in_unit(d_t, "$23 million", 23e6, 23e6, "USD")])
    findings = analyse(record, dispatch, radio, ledger).findings
    (agreement,) = [f for f in findings if f.kind == "agree"]
    assert {e.article for e in agreement.evidence} == {record.id, dispatch.id, radio.id}


def test_a_beekeepers_colonies_are_hives() -> None:
    sentence = "Beekeepers say more than 2,800 colonies have collapsed in a week."
    figure = count(sentence, "more than 2,800 colonies", 2801, None, "colony")
    assert count_topic(sentence, figure, figure.start) == "hive"


@pytest.mark.parametrize(
    ("text", "value"),
    [("to erase a $38-million shortfall", 38e6), ("a $1.2-billion takeover", 1.2e9)],
)
def test_a_scale_word_joined_by_a_hyphen_scales_its_number(text: str, value: float) -> None:
    (amount,) = amounts(text)
    assert (amount.value, amount.high, amount.unit) == (value, None, "USD")


def _time(text: str, words: str, kind: str, value: str) -> Time:
    start = text.index(words)
    return Time("", "", start, start + len(words), words, kind, value, "2027-02-17")


def test_a_length_still_to_come_is_compared_beside_a_past_year() -> None:
    # "commissioned in 1989" dates the reactor, not the outage still to come
    a_t = (
        "Unit 2, a reactor commissioned in 1989, is expected to remain offline for at least six "
        "weeks while repairs are made."
    )
    b_t = "The operator said the unit would remain offline for about two weeks during repairs."
    a_times = [
        _time(a_t, "1989", "DATE", "1989"),
        _time(a_t, "at least six weeks", "DURATION", "P6W"),
    ]
    a = article("Meridian", a_t, times=a_times)
    b = article("Clarion", b_t, times=[_time(b_t, "about two weeks", "DURATION", "P2W")])
    conflicts = [f for f in analyse(a, b).findings if f.kind == "conflict"]
    assert [f.topic for f in conflicts] == ["duration"]


def test_no_one_died_is_a_toll_of_none_against_a_count_of_dead() -> None:
    a_t = "No one died, the fire service said, though two people were treated for smoke."
    b_t = "Two people were killed in the fire, the fire service said on Monday."
    a = article("Courier", a_t)
    b = article("Wire", b_t, quantities=[count(b_t, "Two people", 2, 2, "people")])
    conflicts = [f for f in analyse(a, b).findings if f.kind == "conflict"]
    assert [f.topic for f in conflicts] == ["casualties"]
