"""Figures that are one item of a list of people or of ages (corpus/list_parts.py) are no
count of their own, so a toll told in parts never conflicts with the whole; a length named
by its dimension ("250 metres wide") is compared with the same dimension only; and miles meet
kilometres (corpus/common_units.py)."""

from __future__ import annotations

import pytest

from tests.test_compare import analyse, article, count, kinds
from tests.test_count_topics import measure
from wirecheck.corpus.common_units import in_metric, members_counted
from wirecheck.corpus.list_parts import listed_part
from wirecheck.model import Quantity
from wirecheck.store_codec import pack_article, unpack_article


def figure(text: str, phrase: str, unit: str | None = None):
    found = count(text, phrase, 1, 1, "man")
    found.unit = unit
    return found


@pytest.mark.parametrize(
    ("text", "phrase", "part"),
    [
        ("The dead were two German men aged 34 and 41 and a Dutch woman.", "two German men", True),
        ("The dead were two German men aged 34 and 41 and a Dutch woman.", "41", True),
        ("The victims were a Belgian woman and two men in their forties.", "two men", True),
        ("The jury of seven women and five men retired on Tuesday.", "seven women", True),
        ("Three children and four adults were taken to hospital.", "Three children", True),
        ("The victims were aged 19, 23 and 40.", "40", True),
        # roles are counts of their own, worth comparing
        ("The jet carried 186 passengers and six crew.", "186 passengers", False),
        ("About 1,100 firefighters and 200 soldiers were deployed.", "About 1,100 firefighters",
         False),
        ("About 70 rescuers and four helicopters took part.", "About 70 rescuers", False),
        # a clause joined by "and" is no list item
        ("Rescued by fishermen, and at least 12 people remain missing.", "at least 12 people",
         False),
        ("Three people died and two men were hurt.", "Three people", False),
    ],
)  # fmt: skip
def test_list_items_and_ages(text: str, phrase: str, part: bool) -> None:
    assert listed_part(text, figure(text, phrase)) is part


def test_a_toll_told_in_parts_is_no_conflict_with_the_whole() -> None:
    text_a = "The dead were two German men aged 34 and 41 and a Dutch woman, police said."
    text_b = "Three people died when the avalanche struck, police said."
    a = article(
        "Alpine Wire",
        text_a,
        quantities=[count(text_a, "two German men", 2, 2, "man"), count(text_a, "41", 41, 41, "")],
    )
    b = article("Valley Post", text_b, quantities=[count(text_b, "Three people", 3, 3, "people")])
    assert not [k for k in kinds(analyse(a, b)) if k[0] == "conflict"]


def test_skiers_killed_are_the_dead() -> None:
    text_a = "Three skiers were killed when the slope gave way on Saturday."
    text_b = "Four people died in the avalanche on Saturday, police said."
    a = article("Alpine Wire", text_a, quantities=[count(text_a, "Three skiers", 3, 3, "skier")])
    b = article("Valley Post", text_b, quantities=[count(text_b, "Four people", 4, 4, "people")])
    assert kinds(analyse(a, b)) == {("conflict", "casualties")}


def about(text: str, phrase: str, value: float, unit: str, low: float, high: float) -> Quantity:
    """A hedged measure ("about 250 metres") with its interval."""
    found = measure(text, phrase, value, unit)
    found.low, found.high = low, high
    return found


def test_two_widths_of_one_slab_conflict_however_their_sentences_read() -> None:
    text_a = "The lifts were still turning when a slab of snow some 400 metres wide broke loose."
    text_b = "Investigators said the slab was about 250 metres wide and 1.5 metres deep."
    a = article("Alpine Wire", text_a, quantities=[about(text_a, "some 400 metres", 400, "m",
                                                         360, 440)])  # fmt: skip
    b = article("Valley Post", text_b, quantities=[about(text_b, "about 250 metres", 250, "m",
                                                         225, 275)])  # fmt: skip
    assert kinds(analyse(a, b)) == {("conflict", "m width")}


def test_a_stored_article_shares_its_id_and_labels_across_records() -> None:
    text = "Three people died. Two men were hurt."
    stored = article(
        "Alpine Wire",
        text,
        quantities=[
            count(text, "Three people", 3, 3, "people"),
            count(text, "Two men", 2, 2, "man"),
        ],
    )
    loaded = unpack_article(pack_article(stored))
    assert loaded.to_dict() == stored.to_dict()
    first, second = loaded.quantities
    assert first.article is loaded.id and second.article is loaded.id


def test_miles_and_kilometres_are_compared_as_one_distance() -> None:
    text_a = "The rocket came down about 40 kilometres north of the island."
    text_b = "The vehicle fell into the sea about 25 miles north of the island."
    a = article("Wire", text_a, quantities=[about(text_a, "about 40 kilometres", 40, "km", 36, 44)])
    b = article("Local", text_b, quantities=[about(text_b, "about 25 miles", 25, "mi", 23, 27)])
    assert kinds(analyse(a, b)) == {("agree", "km")}
    b.quantities[0].low, b.quantities[0].high = 54, 66  # "about 60 miles": 97 km
    assert kinds(analyse(a, b)) == {("conflict", "km")}


def test_litres_and_cubic_metres_are_one_volume() -> None:
    text_a = "About 4,000 cubic metres of slurry poured into the stream."
    text_b = "Some 9 million litres of slurry poured into the stream, the agency said."
    a = article("Wire", text_a, quantities=[about(text_a, "About 4,000 cubic metres", 4000, "m3",
                                                  3600, 4400)])  # fmt: skip
    b = article("Local", text_b, quantities=[about(text_b, "Some 9 million litres", 9e6, "l",
                                                   8.1e6, 9.9e6)])  # fmt: skip
    assert kinds(analyse(a, b)) == {("conflict", "m3")}


def test_a_figure_converted_by_an_outlet_agrees_with_the_rounded_original() -> None:
    assert (
        in_metric(measure("100 mph", "100 mph", 100, "mph")).low
        < 160
        < in_metric(measure("100 mph", "100 mph", 100, "mph")).high
    )
    assert in_metric(measure("9 km", "9 km", 9, "km")).high == 9


@pytest.mark.parametrize(
    ("phrase", "counted"),
    [("three-man gang", "man"), ("a five-member panel", "member"), ("12-person crew", "people"),
     ("three masked men", "gang")],
)  # fmt: skip
def test_a_group_sized_by_its_members_counts_them(phrase: str, counted: str) -> None:
    found = members_counted(count(phrase, phrase, 3, 3, "gang"))
    assert found.counted == counted
