"""Rules of the first session of 2026-12-07's evening, taught by the twenty-first round of
blind sets, with short sentences we write ourselves: what befell a part of a group ("leaving 12
of them injured") is a count; a project's "price tag" is what it costs, no sale; "the island
has some 430 residents" is its population; a cue in a later clause with a subject of its own
("... a day after the trustees voted") does not count the figure; an age told in words at a
death ("died ... at the age of 84") is the person's age, never a count, while one told of
the past ("in 2018, at the age of 22") is neither; an avalanche "buried" people (trapped); and
a mountain range or a state by its English name is no rival of a town."""

from __future__ import annotations

import pytest

from tests.test_ages import EKLUND, told
from tests.test_compare import article, count
from wirecheck.corpus.ages import age_claims
from wirecheck.corpus.claims import Claim, claims_of
from wirecheck.corpus.count_topics import count_topic
from wirecheck.corpus.deeds import deed_claims
from wirecheck.corpus.measure_slots import measure_slot
from wirecheck.corpus.money_slots import money_slot
from wirecheck.corpus.periods import align_periods
from wirecheck.corpus.place_align import WIDE
from wirecheck.corpus.tallies import tally_claims
from wirecheck.corpus.time_claims import date_claims
from wirecheck.extract.gazetteer import is_subdivision
from wirecheck.model import Quantity, Time


@pytest.mark.parametrize(
    ("sentence", "phrase", "topic"),
    [
        ("A minibus with 20 pupils left the road, leaving 12 of them injured.", "12", "injured"),
        ("The lift carried 30 guests; four of them were hurt when it dropped.", "four", "injured"),
        # a degree of a count already made is no count of its own
        ("Twenty pupils were injured, 12 of them seriously.", "12", None),
    ],
)  # fmt: skip
def test_what_befell_a_part_of_a_group_is_a_count(
    sentence: str, phrase: str, topic: str | None
) -> None:
    told_one = article("Wire", sentence, quantities=[count(sentence, phrase, 1, 1, "")])
    told_one.quantities[0].counted = None
    topics = [c.topic for c in claims_of(told_one, "Wire", {}) if c.kind == "count"]
    assert topics == ([topic] if topic else [])


def _sum(sentence: str, phrase: str) -> Quantity:
    start = sentence.index(phrase)
    return Quantity("", "", start, start + len(phrase), phrase, 4.1e8, 4.1e8, 4.1e8, "GBP", None)


@pytest.mark.parametrize(
    ("sentence", "phrase", "slot"),
    [
        ("The council approved a tram line whose price tag of £410 million has divided it.",
         "£410 million", "GBP"),
        ("The club paid a fee of £41 million for the striker.", "£41 million", "GBP price"),
    ],
)  # fmt: skip
def test_a_price_tag_is_what_a_project_costs(sentence: str, phrase: str, slot: str) -> None:
    figure = _sum(sentence, phrase)
    assert money_slot(sentence, figure, figure.start) == slot


@pytest.mark.parametrize(
    ("sentence", "phrase", "counted", "topic"),
    [
        ("Skarra has some 430 residents and a single shop.", "some 430 residents", "resident",
         "population (size)"),
        ("About 2,000 students marched across the campus a day after the university's "
         "trustees voted to raise fees.", "About 2,000 students", "student", "student"),
        # buried by snow or rubble: trapped; a tourer is a person whose death is counted
        ("An avalanche buried five members of the group on the pass.", "five members",
         "member", "trapped"),
        ("Two ski tourers were killed on the pass.", "Two ski tourers", "tourer", "casualties"),
        # a burial traps no one
        ("Two fishermen were buried at sea after the wreck.", "Two fishermen", "fisherman",
         "fisherman"),
        # the subject's own cue still counts it
        ("About 200 members voted to strike after the talks failed.", "About 200 members",
         "member", "votes"),
    ],
)  # fmt: skip
def test_what_a_figure_counts(sentence: str, phrase: str, counted: str, topic: str) -> None:
    figure = count(sentence, phrase, 1, 1, counted)
    assert count_topic(sentence, figure, figure.start) == topic


def test_an_age_told_at_a_death_is_an_age_and_no_count() -> None:
    text = "Lars Eklund, who led the union for a decade, died on Monday at the age of 84."
    one = told("Herald", text, ("Lars Eklund", "e:eklund"))
    one.quantities = [count(text, "84", 84, 84, "")]
    one.quantities[0].counted = None
    assert [(c.slot, c.value) for c in age_claims(one, "Herald", {"e:eklund": EKLUND})] == [
        ("e:eklund", "84")
    ]
    assert [c for c in claims_of(one, "Herald", {}) if c.kind == "count"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Lars Eklund first crossed the Atlantic alone in 2018, at the age of 22.",
        "Lars Eklund said two men aged 34 and 41 had been seen near the harbour.",
    ],
)
def test_an_age_in_words_told_of_the_past_or_of_others_is_no_age_of_the_person(
    text: str,
) -> None:
    one = told("Herald", text, ("Lars Eklund", "e:eklund"))
    assert age_claims(one, "Herald", {"e:eklund": EKLUND}) == []


def test_a_mountain_range_and_a_state_by_its_english_name_are_no_rival_towns() -> None:
    # "from Bavaria" beside "in the Alps" is no conflict of places: a range spans countries,
    # and a state holds towns (ISO 3166-2 names it "Bayern")
    assert WIDE.match("Alps") and WIDE.match("Pyrenees")
    assert is_subdivision("Bavaria") and is_subdivision("Tuscany")
    assert not is_subdivision("Munich")


@pytest.mark.parametrize(
    ("sentence", "phrase", "slot"),
    [
        ("Organisers stopped the stage with 40 km remaining.", "40 km", "km to go"),
        ("The race was halted 25 km from the finish.", "25 km", "km to go"),
        ("The riders covered 176 km in heavy rain.", "176 km", "km"),
    ],
)
def test_how_far_was_left_is_no_length_of_the_route(sentence: str, phrase: str, slot: str) -> None:
    start = sentence.index(phrase)
    figure = Quantity("", "", start, start + len(phrase), phrase, 1.0, 1.0, 1.0, "km", None)
    assert measure_slot(sentence, figure, start) == slot


@pytest.mark.parametrize(
    ("text", "phrase", "dated"),
    [
        # any Wednesday: a plan for next year's festival, no date in the story's week
        ("Next year's festival will add a Wednesday evening opening.", "Wednesday", False),
        # a weekday restating the date beside it is that date
        ("The first case was confirmed on 26 February, a Friday, at the school.", "Friday", True),
        ("The festival opened on Thursday in the park.", "Thursday", True),
    ],
)
def test_a_day_with_an_indefinite_article_is_no_date(text: str, phrase: str, dated: bool) -> None:
    start = text.index(phrase)
    day = Time("", "", start, start + len(phrase), phrase, "DATE", "2027-02-24", "2027-02-27")
    told_one = article("Wire", text)
    told_one.times = [day]
    assert bool(date_claims(told_one, "Wire", [])) == dated


def _period(outlet: str, value: str, time: str) -> Claim:
    words = "sailings will stop from"
    return Claim("a" + outlet, outlet, "period", "period", "period", value, 0, 1, words,
                 time=time, context=words)  # fmt: skip


def test_until_the_end_of_a_month_ends_on_its_last_day() -> None:
    claims = [
        _period("Herald", "Nov. 2 to March 31", "2026-11-02/2027-03-31"),
        _period("Planet", "Nov. 2 to the end of March", "2026-11-02/2027-03"),
    ]
    assert align_periods(claims) == []  # alike: background, no conflict
    claims.append(_period("Ledger", "November to the end of February", "2026-11/2027-02"))
    conflicts = [p for p in align_periods(claims) if p.kind == "conflict"]
    assert [sorted(c.outlet for c in p.claims) for p in conflicts] == [
        ["Herald", "Ledger", "Planet"]
    ]


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        # after a modal's verb a word in -ed describes the object: no deed
        ("Patients can return affected bottles to their pharmacy.", []),
        ("The company closed two plants in the north.", ["clos"]),
    ],
)
def test_a_participle_after_a_modals_verb_is_no_deed(text: str, slots: list[str]) -> None:
    assert [c.slot for c in deed_claims(article("Wire", text), "Wire")] == slots


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("She broke serve and held on to win 7-6, 4-6, 7-5.", [("score", "7–6")]),
        ("Kingsmere win 2-1 at home to stay top.", [("score", "2–1")]),
        ("They hope to win 20 seats at the election.", []),
    ],
)
def test_a_score_after_win(text: str, found: list[tuple[str, str]]) -> None:
    assert [(c.topic, c.value) for c in tally_claims(article("Wire", text), "Wire")] == found
