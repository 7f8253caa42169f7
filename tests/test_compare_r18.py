"""Rules from the eighteenth round of blind sets (compare_dev106 to dev109), on articles we
write: a cue with its own figure after it, the CFA franc, the rand's "R", concentrations in
parts per billion or million, people made ill, a limit's level apart from a reading, and an
age given by role where the article names the person later. The tests of what a rule finds
fail on the code before it; the others keep its limits."""

from __future__ import annotations

import pytest

from tests.test_compare import count
from wirecheck.corpus.ages import align_ages
from wirecheck.corpus.claims import Claim
from wirecheck.corpus.count_topics import count_topic
from wirecheck.corpus.measure_slots import measure_slot
from wirecheck.extract.quantities import find_quantities
from wirecheck.model import Quantity
from wirecheck.nlp import parse


def _topic(sentence: str, phrase: str, figure: float, noun: str) -> str | None:
    found = count(sentence, phrase, figure, figure, noun)
    return count_topic(sentence, found, found.start)


def test_a_cue_with_its_own_figure_after_it_counts_that_figure() -> None:
    sentence = (
        "The army is sending 150 soldiers to the port town to clear drains, after floods "
        "that have killed six people."
    )
    assert _topic(sentence, "150 soldiers", 150, "soldier") != "casualties"
    assert _topic(sentence, "six people", 6, "people") == "casualties"


def test_a_measure_after_the_cue_is_no_figure_of_its_own() -> None:
    sentence = "Nine men remained trapped some 1,200 feet below ground, the company said."
    assert _topic(sentence, "Nine men", 9, "man") == "still trapped"


def test_people_made_ill_are_cases() -> None:
    sentence = "Health officials said the soft cheese had made 14 people ill since early June."
    assert _topic(sentence, "14 people", 14, "people") == "cases"


def _units(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.unit) for q in find_quantities(text, parse(text))]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Growers are paid a fixed 1,900 CFA francs per kilogram this season.",
         ("1,900 CFA francs", "XOF")),
        ("The transfer fee was 4 million Swiss francs, the club said.",
         ("4 million Swiss francs", "CHF")),
        ("The robbers escaped with R3.2 million in cash, police said.", ("R3.2 million", "ZAR")),
        ("The insurer has offered a reward of R150,000 for information.", ("R150,000", "ZAR")),
        ("The worst sample contained 87 parts per billion of lead.",
         ("87 parts per billion", "ppb")),
        ("Readings in the boiler room reached 900 ppm on Friday.", ("900 ppm", "ppm")),
    ],
)  # fmt: skip
def test_currencies_and_concentrations(text: str, read: tuple[str, str]) -> None:
    assert read in _units(text)


def test_a_roads_number_is_no_sum_in_rand() -> None:
    assert not [unit for _, unit in _units("The crash closed the R101 for most of Friday.") if unit]


def _measure(sentence: str, phrase: str, unit: str) -> str:
    start = sentence.index(phrase)
    figure = Quantity("", "", start, start + len(phrase), phrase, 15, 15, 15, unit)
    return measure_slot(sentence, figure, start)


@pytest.mark.parametrize(
    ("sentence", "phrase", "unit", "slot"),
    [
        ("Forty homes are above the federal action level of 15 ppb, the city said.",
         "15 ppb", "ppb", "ppb limit"),
        ("Retailers have capped sales at 30 litres a visit across the region.",
         "30 litres", "l", "l limit"),
        ("Several chains have imposed a 25-litre cap on each purchase.", "25", "l", "l limit"),
        # readings stay readings
        ("The worst sample, taken on Orchard Street, contained 92 ppb of lead.",
         "92 ppb", "ppb", "ppb"),
        ("Each customer bought about 30 litres before the pumps ran dry.",
         "30 litres", "l", "l"),
    ],
)  # fmt: skip
def test_a_limits_level_is_apart_from_a_reading(
    sentence: str, phrase: str, unit: str, slot: str
) -> None:
    assert _measure(sentence, phrase, unit) == slot


def _age(outlet: str, slot: str, age: int, names: set[str], lead: bool) -> Claim:
    speaker = "the fisherman" if slot.startswith("role:") else "Warren Keogh"
    text = f"{speaker} is {age}, police said."
    return Claim(
        outlet[:3], outlet, "age", f"age of {speaker}", slot, str(age), 0, len(text), text,
        low=age, high=age, speaker=speaker, article_names=frozenset(names), lead=lead,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("names", "lead", "joined"),
    [
        ({"keogh", "mossgate"}, True, True),
        # the article never names him; or the role brings someone in after the opening
        ({"mossgate"}, True, False),
        ({"keogh", "mossgate"}, False, False),
    ],
)
def test_an_age_by_role_in_the_opening_meets_the_person_the_article_names_later(
    names: set[str], lead: bool, joined: bool
) -> None:
    found = align_ages(
        [
            _age("Harbour Wire", "role:fisherman", 61, names, lead),
            _age("Northern Sentinel", "e:keogh", 61, {"keogh"}, True),
            _age("Riverbend Star", "e:keogh", 64, {"keogh"}, True),
        ]
    )
    conflict = next(p for p in found if p.kind == "conflict")
    assert ("Harbour Wire" in {c.outlet for c in conflict.claims}) is joined


def test_a_worker_killed_named_by_trade_is_one_casualty() -> None:
    text = "A 52-year-old scaffolder was killed when the platform gave way on Monday."
    found = find_quantities(text, parse(text))
    assert [(q.text, q.counted) for q in found] == [("A 52-year-old scaffolder", "scaffolder")]
    assert count_topic(text, found[0], found[0].start) == "casualties"
    said = "An engineer said the bridge would reopen once it had been inspected."
    assert find_quantities(said, parse(said)) == []


def test_people_treated_at_hospitals_are_the_hurt_and_a_guest_who_died_the_dead() -> None:
    text = "A 58-year-old guest died and about 20 people were treated at hospitals, police said."
    found = find_quantities(text, parse(text))
    assert [(q.text, q.counted) for q in found] == [
        ("A 58-year-old guest", "guest"),
        ("about 20 people", "people"),
    ]
    assert [count_topic(text, q, q.start) for q in found] == ["casualties", "injured"]
