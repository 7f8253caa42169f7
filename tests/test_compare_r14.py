"""Comparison rules taught by the fourteenth round of blind sets, with short articles we write
ourselves (the helpers live in test_compare): a figure a request would undo is a fact."""

from __future__ import annotations

import pytest

from tests.test_compare import analyse, article, count, event
from wirecheck.corpus.count_topics import count_topic
from wirecheck.corpus.date_align import same_night
from wirecheck.corpus.not_counts import wished


def percent(text: str, phrase: str, share: float):
    figure = count(text, phrase, share, share, "")
    figure.unit, figure.counted = "%", None
    return figure


def test_a_rise_students_demand_be_reversed_is_compared() -> None:
    text_a = (
        "Dozens of students have occupied Carver Hall since Tuesday, demanding that the board "
        "reverse a 9 percent tuition increase."
    )
    text_b = "The students oppose the board's decision last week to raise tuition by 12 percent."
    a = article("Trillium Times", text_a, quantities=[percent(text_a, "9 percent", 9)])
    b = article("Northgate Lantern", text_b, quantities=[percent(text_b, "12 percent", 12)])
    conflicts = [f for f in analyse(a, b).findings if f.kind == "conflict"]
    assert len(conflicts) == 1 and {e.article for e in conflicts[0].evidence} == {a.id, b.id}


@pytest.mark.parametrize(
    ("before", "asked_for"),
    [
        ("The ministers asked both sides to allow ", True),
        ("The union is demanding a pay rise of ", True),
        ("Campaigners are calling for the levy to drop to ", True),  # a level asked for
        ("Students are demanding that the board reverse a ", False),
        ("Hauliers urged ministers to scrap the ", False),
        ("Farmers demanded the government lift the ", False),
        ("The board said it would raise fees by ", False),  # no request at all
    ],
)
def test_what_a_request_would_undo_is_no_wish(before: str, asked_for: bool) -> None:
    assert wished(before) is asked_for


def test_a_copy_that_retyped_the_words_still_shows_them() -> None:
    # the copy prints curly quotes and American spelling; the finding links its words too
    a_text = (
        '"We will not rest," the chief said. About 150 firefighters from neighbouring towns '
        "fought the blaze at the refinery through the night."
    )
    copy_text = (
        "“We will not rest,” the chief said. About 150 firefighters from neighboring towns "
        "fought the blaze at the refinery through the night."
    )
    b_text = "More than 300 firefighters fought the blaze at the refinery, officials said."
    original = article(
        "Meridian",
        a_text,
        quantities=[count(a_text, "About 150 firefighters", 135, 165, "firefighter")],
    )
    copy = article("Westbrook Times", copy_text)
    copy.syndicated_of = original.id
    other = article(
        "Courier",
        b_text,
        quantities=[count(b_text, "More than 300 firefighters", 301, None, "firefighter")],
    )
    conflicts = [f for f in analyse(original, copy, other).findings if f.kind == "conflict"]
    assert len(conflicts) == 1
    (shown,) = [e for e in conflicts[0].evidence if e.article == copy.id]
    assert "neighboring towns" in shown.text and copy_text[shown.start : shown.end] == shown.text


def _topic(sentence: str, phrase: str, low: float, high: float, counted: str | None) -> str | None:
    figure = count(sentence, phrase, low, high, counted or "")
    if counted is None:
        figure.unit, figure.counted = "%", None
    return count_topic(sentence, figure, figure.start)


@pytest.mark.parametrize(
    ("sentence", "phrase", "counted"),
    [
        ("The camp shelters about 38,000 refugees, most of them from Congo.", "38,000", "refugee"),
        ("The camp's tents house nearly 40,000 residents.", "40,000", "resident"),
        ("The camp is home to some 40,000 people.", "40,000", "people"),
        ("The camp now holds more than 52,000 people, administrators said.", "52,000", "people"),
    ],
)
def test_the_people_a_place_is_home_to_are_its_population(
    sentence: str, phrase: str, counted: str
) -> None:
    assert _topic(sentence, phrase, 38000, 52000, counted) == "population (size)"


def test_the_species_a_country_is_home_to_are_no_population() -> None:
    sentence = "Peru is home to more than 650 amphibian species."
    assert _topic(sentence, "650", 651, 651, "species") != "population (size)"


def test_a_share_of_voters_who_supported_a_recall_is_a_vote_share() -> None:
    sentence = "With most ballots counted, 61 percent of voters supported the recall."
    assert _topic(sentence, "61 percent", 61, 61, None) == "vote share"


def test_a_polls_share_of_voters_is_no_vote_share() -> None:
    sentence = "A poll found that 64 percent of voters supported impeachment."
    assert _topic(sentence, "64 percent", 64, 64, None) != "vote share"


def test_signatures_a_recall_campaign_gathered_are_no_product_recall() -> None:
    sentence = "Recall organizers gathered about 9,000 signatures to force the vote."
    assert _topic(sentence, "about 9,000 signatures", 8100, 9900, "signature") == "signature"


def test_a_night_and_the_morning_after_are_one_night() -> None:
    # the theft "overnight Sunday" and its discovery "at 7:30 a.m." Monday: no date conflict
    text_a = "Thieves stole 42 rare orchids from the glasshouse overnight Sunday."
    text_b = "A gardener discovered that thieves had stolen the orchids at 7:30 a.m. on Monday."
    a = article(
        "Sentinel", text_a, events=[event(text_a, "stole", "STEAL", "asserted", "2027-04-11TNI")]
    )
    b = article(
        "Coastal Press",
        text_b,
        events=[event(text_b, "stolen", "STEAL", "asserted", "2027-04-12T07:30")],
    )
    assert not [f for f in analyse(a, b).findings if f.kind == "conflict"]
    assert same_night("2027-04-11TNI", "2027-04-12T07:30")
    assert not same_night("2027-04-11TEV", "2027-04-12") and not same_night(
        "2027-04-12TNI", "2027-04-12"
    )


def test_one_of_a_captains_crew_counts_no_news_of_its_own() -> None:
    text_a = (
        "The trawler sank off the headland and one of her young crew died, the coastguard said."
    )
    text_b = "Ten crew members were winched to safety by a coastguard helicopter."
    a = article(
        "Isles Beacon", text_a, quantities=[count(text_a, "one of her young crew", 1, 1, "crew")]
    )
    b = article(
        "Orbis Times", text_b, quantities=[count(text_b, "Ten crew members", 10, 10, "crew")]
    )
    uniques = [
        f for f in analyse(a, b).findings if f.kind == "unique" and f.evidence[0].article == a.id
    ]
    assert not [f for f in uniques if "one of her young crew" in f.summary]


def _money(sentence: str, phrase: str, amount: float, unit: str) -> str | None:
    figure = count(sentence, phrase, amount, amount, "")
    figure.unit, figure.counted = unit, None
    return count_topic(sentence, figure, figure.start)


@pytest.mark.parametrize(
    ("sentence", "phrase", "slot"),
    [
        ("The rise is meant to close a $38 million deficit.", "$38 million", "USD deficit"),
        ("The cuts will help fill a $14 million gap in the budget.", "$14 million", "USD deficit"),
        (
            "Officials say the rise will bring in about $14 million a year.",
            "$14 million",
            "USD revenue",
        ),
        (
            "The higher fees are expected to raise $14.5 million a year.",
            "$14.5 million",
            "USD revenue",
        ),
    ],
)
def test_a_budgets_hole_and_the_money_a_measure_brings_in_are_two_sums(
    sentence: str, phrase: str, slot: str
) -> None:
    assert _money(sentence, phrase, 1e6, "USD") == slot


def test_money_raised_in_a_currency_with_its_countrys_letters_is_revenue() -> None:
    sentence = "The council expects the charge to raise about NZ$150 million a year."
    assert _money(sentence, "NZ$150 million", 150e6, "NZD") == "NZD revenue"


def test_raising_a_wage_is_not_raising_money() -> None:
    sentence = "The deal will raise the minimum wage to 985 euros a month from January."
    assert _money(sentence, "985 euros", 985, "EUR") != "EUR revenue"


@pytest.mark.parametrize(
    ("sentence", "phrase", "counted"),
    [
        ("The fighting has driven some 45,000 from their homes.", "some 45,000", None),
        (
            "More than 40 workers left the reactor building, the operator said.",
            "More than 40 workers",
            "worker",
        ),
    ],
)
def test_people_driven_from_their_homes_or_out_of_a_building_were_evacuated(
    sentence: str, phrase: str, counted: str | None
) -> None:
    figure = count(sentence, phrase, 40, 45000, counted or "")
    figure.counted = counted
    assert count_topic(sentence, figure, figure.start) == "evacuated"
