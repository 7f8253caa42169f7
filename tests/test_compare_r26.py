"""Rules taught by the twenty-sixth round of blind sets, with sentences we write ourselves: what
repairs cost is damage however the sentence puts it; what insurance covers is not the damage;
what buyers ordered is not what was sold, nor the sum first planned (both name only a sum after
them); two outlets' sums of money agree though each names the place in
other words; steel pylons are towers; the day someone remained in hospital dates that stay, not
the blast that put them there; one quote given to three speakers is one conflict, though one
outlet splits it around its cue; what a train can carry is its size; "one-way" counts nothing;
the crowd a crash happened in front of is its crowd; the hurt flown to hospital are counted
apart; a quarter is no report of "up to half"; those a witness was with are no unique figure."""

from __future__ import annotations

import pytest

from tests.test_events import analyse as analyse_events
from wirecheck.corpus.align import _count_pair
from wirecheck.corpus.claims import Claim
from wirecheck.corpus.count_topics import count_topic
from wirecheck.corpus.count_words import NOUN_CLASSES
from wirecheck.corpus.date_align import _ongoing
from wirecheck.corpus.money_slots import money_slot
from wirecheck.corpus.pairs import Pair, join_disputes
from wirecheck.corpus.unique_salience import salience
from wirecheck.model import Quantity


def _slot(sentence: str, phrase: str, unit: str) -> str:
    start = sentence.index(phrase)
    figure = Quantity("", "", start, start + len(phrase), phrase, 1.0, 1.0, 1.0, unit, None)
    return money_slot(sentence, figure, start)


@pytest.mark.parametrize(
    ("sentence", "phrase", "unit", "slot"),
    [
        # what repairs cost, in the words outlets use
        ("The trust put the repair bill at an estimated £3.2 million.", "£3.2 million", "GBP",
         "GBP damage"),
        ("Repairs could cost around £7 million, engineers said.", "£7 million", "GBP",
         "GBP damage"),
        ("The hall will stay shut while repairs, expected to cost about £900,000, are done.",
         "£900,000", "GBP", "GBP damage"),
        ("Engineers said repairs were expected to cost about £1.1 million.", "£1.1 million",
         "GBP", "GBP damage"),
        ("The board estimated the cost of the repair at about $30 million.", "$30 million",
         "USD", "USD damage"),
        # a sum with repairs and more in it is not the damage alone
        ("The firm said repairs and compensation would cost it 90,000 euros.", "90,000 euros",
         "EUR", "EUR pledged"),
        # what the insurance pays
        ("Its insurance policy covered only £500,000 of storm damage.", "£500,000", "GBP",
         "GBP insured"),
        # a painting's worth as its insurers value it is no payout
        ("The canvas, worth 3 million euros according to the museum's insurers, was found.",
         "3 million euros", "EUR", "EUR"),
        # what buyers asked for, and the sum first planned, are not what was raised
        ("The town sold C$200 million of bonds after investors placed orders for C$900 million.",
         "C$900 million", "CAD", "CAD orders"),
        ("The town sold C$200 million of bonds after investors placed orders for C$900 million.",
         "C$200 million", "CAD", "CAD"),
        ("The deal was enlarged from a planned C$150 million.", "C$150 million", "CAD",
         "CAD planned"),
        ("The city had originally aimed to borrow $150-million, bankers said.", "$150-million",
         "CAD", "CAD planned"),
        # a verb "order" and a deal that was planned are neither
        ("Prosecutors will ask the court to order the forfeiture of about $90 million.",
         "$90 million", "USD", "USD"),
        ("The banks called off their planned $1.2 billion merger on Friday.", "$1.2 billion",
         "USD", "USD"),
        # orders told after the sum are another sum
        ("The bond has brought in $200 million, the town said Tuesday, after investors put in "
         "orders of $900 million.", "$200 million", "CAD", "CAD"),
    ],
)  # fmt: skip
def test_the_kind_of_sum_a_sentence_gives(sentence: str, phrase: str, unit: str, slot: str) -> None:
    assert _slot(sentence, phrase, unit) == slot


def _sum(outlet: str, place: str, text: str) -> Claim:
    return Claim(f"a:{outlet}", outlet, "count", "CAD", "CAD", "C$200 million", 0, len(text),
                 text, low=2e8, high=2e8, places=frozenset([place]))  # fmt: skip


def test_sums_agree_though_each_outlet_names_the_place_in_other_words() -> None:
    wire = _sum("Wire", "e:city-of-aldmoor", "The City of Aldmoor sold C$200 million of bonds.")
    monitor = _sum("Monitor", "e:aldmoor", "Aldmoor has raised $200-million from its bond.")
    pair = _count_pair(wire, monitor)
    assert pair is not None and pair.kind == "agree"


def test_readings_at_two_places_still_do_not_agree() -> None:
    text = "Gusts of 120 km/h were recorded."
    left = Claim("a:1", "Wire", "count", "km/h", "km/h", "120 km/h", 0, len(text), text,
                 low=120, high=120, places=frozenset(["e:coast"]))  # fmt: skip
    right = Claim("a:2", "Post", "count", "km/h", "km/h", "120 km/h", 0, len(text), text,
                  low=120, high=120, places=frozenset(["e:hills"]))  # fmt: skip
    assert _count_pair(left, right) is None


def test_steel_pylons_are_towers() -> None:
    assert NOUN_CLASSES["pylon"] == "tower"


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers wounded in an attack on the convoy remained in hospital on Friday.",
        "Two men injured when rebels attacked the convoy stayed in hospital on Friday.",
    ],
)
def test_the_day_of_a_lasting_state_is_not_the_event_s(text: str) -> None:
    _, found = analyse_events(text)
    assert [e.time for e in found] == [None]


def test_the_event_s_own_day_is_still_read() -> None:
    _, found = analyse_events("Rebels attacked the convoy on Thursday.")
    assert [e.time for e in found] == ["2024-10-31"]


def _dated(outlet: str, text: str, day: str, words: str) -> Claim:
    at = text.index(words)
    return Claim(f"a:{outlet}", outlet, "date", "date", "date", words, 0, len(text), text,
                 time=day, lead_in=text[max(0, at - 60) : at], lead=True)  # fmt: skip


def test_a_day_someone_remained_in_hospital_is_a_state_s_day() -> None:
    stayed = _dated("Post", "Two men hurt in the blast remained in hospital in Leeds on Friday.",
                    "2026-11-27", "Friday")  # fmt: skip
    struck = _dated("Wire", "Seven men were hurt in the blast at the quarry on Thursday.",
                    "2026-11-26", "Thursday")  # fmt: skip
    assert _ongoing(stayed)
    assert not _ongoing(struck)
    # a state to come is the day it ends, which outlets compare
    assert not _ongoing(_dated("Post", "The road will stay closed until Dec. 18, it said.",
                               "2026-12-18", "Dec. 18"))  # fmt: skip


def _quoted(outlet: str, speaker: str, words: str, start: int = 0) -> Claim:
    return Claim(f"a:{outlet}", outlet, "quote", "quote speaker", "quote", speaker, start,
                 start + len(words), words, speaker=speaker, quote_text=words)  # fmt: skip


def test_one_quote_given_to_three_speakers_is_one_conflict() -> None:
    wire = _quoted("Wire", "Ana Reyes", "We let our riders down today, and I am sorry.")
    # the Gazette splits the quote around its cue: two claims, one speaker
    first = _quoted("Gazette", "Tom Hale", "We let our riders down today,")
    second = _quoted("Gazette", "Tom Hale", "and I am sorry.", 40)
    ledger = _quoted("Ledger", "Kim Osei", "We let our riders down today, and I am sorry.")
    pairs = [
        Pair("conflict", "quote speaker", "...", [first, wire]),
        Pair("conflict", "quote speaker", "...", [second, wire]),
        Pair("conflict", "quote speaker", "...", [first, ledger]),
        Pair("conflict", "quote speaker", "...", [wire, ledger]),
    ]
    (joined,) = join_disputes(pairs)
    assert {c.outlet for c in joined.claims} == {"Wire", "Gazette", "Ledger"}


def _topic(sentence: str, phrase: str, counted: str | None) -> str | None:
    start = sentence.index(phrase)
    figure = Quantity("", "", start, start + len(phrase), phrase, 1.0, 1.0, 1.0, None, counted)
    return count_topic(sentence, figure, start)


@pytest.mark.parametrize(
    ("sentence", "phrase", "counted", "topic"),
    [
        # what a train or a ship can carry is its size, not who travelled
        ("The train has 10 carriages and room for 380 passengers in berths.", "380 passengers",
         "passenger", "capacity (size)"),
        ("The ferry can carry up to 600 passengers in summer.", "600 passengers", "passenger",
         "capacity (size)"),
        # "one-way" names a kind of ticket
        ("One-way fares start at 49 euros for a couchette.", "One-way", "way", None),
    ],
)  # fmt: skip
def test_what_a_vehicle_holds_and_a_one_way_fare(
    sentence: str, phrase: str, counted: str, topic: str | None
) -> None:
    assert _topic(sentence, phrase, counted) == topic


@pytest.mark.parametrize(
    ("sentence", "phrase", "counted", "topic"),
    [
        # the crowd a crash happened in front of, not those it killed
        ("The plane crashed, killing its pilot in front of some 6,000 people, police said.",
         "some 6,000 people", "people", "participants"),
        # spectators treated for injuries are the injured
        ("Three spectators were treated for minor injuries after debris hit the stand.",
         "Three spectators", "spectator", "injured"),
        # the hurt flown to hospital are a part of the hurt, however it is put
        ("Two of the injured were airlifted to hospital in Swansea.", "Two", None, "airlifted"),
        ("Three of the injured were taken by air ambulance to hospital.", "Three", None,
         "airlifted"),
        ("Two men were flown by air ambulance to the city's main hospital.", "Two men", "man",
         "airlifted"),
        # flown in a serious condition: the gravely hurt
        ("Two men were flown to Perth by air ambulance in a serious condition.", "Two men",
         "man", "intensive care"),
        # lifted to safety is still a rescue
        ("Four walkers were airlifted to safety from the ridge.", "Four walkers", "walker",
         "rescued"),
    ],
)  # fmt: skip
def test_a_crowd_and_its_injured(
    sentence: str, phrase: str, counted: str | None, topic: str
) -> None:
    assert _topic(sentence, phrase, counted) == topic


def test_a_quarter_is_no_report_of_up_to_half() -> None:
    text = "Growers lost part of their crop."
    ceiling = Claim("a:1", "Digest", "count", "%", "%", "up to half", 0, len(text), text,
                    low=0, high=50)  # fmt: skip
    quarter = Claim("a:2", "Courant", "count", "%", "%", "about a quarter", 0, len(text), text,
                    low=23, high=27)  # fmt: skip
    nearly = Claim("a:3", "Post", "count", "%", "%", "nearly half", 0, len(text), text,
                   low=45, high=50)  # fmt: skip
    assert _count_pair(ceiling, quarter) is None
    pair = _count_pair(ceiling, nearly)
    assert pair is not None and pair.kind == "agree"


def test_those_a_witness_was_with_are_no_unique_figure() -> None:
    text = "She said she spent an hour in a lifeboat with about 40 other people."
    companions = Claim("a:1", "Post", "count", "people", "people", "about 40 other people", 0,
                       len(text), text, low=36, high=44, counted="people")  # fmt: skip
    assert salience(companions) == 0
    text = "The inspectors will also visit 40 other bridges built to the same design."
    bridges = Claim("a:1", "Post", "count", "bridge", "bridge", "40 other bridges", 0,
                    len(text), text, low=40, high=40, counted="bridge")  # fmt: skip
    assert salience(bridges) > 0
