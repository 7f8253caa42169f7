"""Rules taught by the twenty-sixth round of blind sets, with sentences we write ourselves: what
repairs cost is damage however the sentence puts it; what insurance covers is not the damage;
what buyers ordered is not what was sold, nor the sum first planned (both name only a sum after
them); two outlets' sums of money agree though each names the place in
other words; steel pylons are towers."""

from __future__ import annotations

import pytest

from wirecheck.corpus.align import _count_pair
from wirecheck.corpus.claims import Claim
from wirecheck.corpus.count_words import NOUN_CLASSES
from wirecheck.corpus.money_slots import money_slot
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
