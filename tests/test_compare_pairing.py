"""Which claims the comparison pairs: a day long before the article is still a fact to compare,
and a town is no evidence against a country when figures are matched. Short articles we write
ourselves (the helpers live in test_compare and test_compare_dates)."""

from __future__ import annotations

import pytest

from tests.test_compare import analyse, article, count
from tests.test_compare_dates import dated
from wirecheck.model import Entity, Mention, Quantity

PLACES = [
    Entity("e:australia", "Australia", "GPE", code="AUS"),
    Entity("e:strahan", "Strahan", "GPE"),
]


def test_two_days_months_before_the_article_conflict() -> None:
    # the day a sample was taken, told half a year on: a fact of the story, not background
    a = dated(
        "Herald", "The sample was collected at a training camp on January 14.", "January 14",
        "2025-01-14", "2025-07-10",
    )  # fmt: skip
    b = dated(
        "Star", "The sample was collected at the training camp on January 12.", "January 12",
        "2025-01-12", "2025-07-10",
    )  # fmt: skip
    (finding,) = analyse(a, b).findings
    assert (finding.kind, finding.topic) == ("conflict", "date")
    assert "2025-01-14" in finding.summary and "2025-01-12" in finding.summary


def test_months_long_before_the_article_are_still_background() -> None:
    # "in January" half a year on dates nothing precisely enough to contradict
    a = dated(
        "Herald", "The sample was collected at a training camp in January.", "January",
        "2025-01", "2025-07-10",
    )  # fmt: skip
    b = dated(
        "Star", "The sample was collected at the training camp in February.", "February",
        "2025-02", "2025-07-10",
    )  # fmt: skip
    assert analyse(a, b).findings == []


def whales(text: str, phrase: str, low: float, high: float) -> Quantity:
    return count(text, phrase, low, high, "whale")


def place(text: str, name: str, entity: str) -> Mention:
    start = text.index(name)
    return Mention("", start, start + len(name), name, "GPE", entity=entity)


def test_a_town_is_no_evidence_against_a_country_when_figures_are_paired() -> None:
    # the precedent both outlets recall is one fact (a town lies in some country); the toll
    # of this stranding is the other, and on it the outlets disagree
    herald = (
        "A surfer found about 180 pilot whales stranded at first light on Tuesday. "
        "In 2020, about 470 pilot whales beached on the west coast, the largest stranding in "
        "Australia."
    )
    star = (
        "By nightfall, about 230 pilot whales had been counted on the beach. "
        "It revived memories of the 2020 stranding near Strahan, when roughly 470 pilot whales "
        "beached on the west coast."
    )
    a = article(
        "Herald", herald,
        quantities=[whales(herald, "about 180 pilot whales", 162, 198),
                    whales(herald, "about 470 pilot whales", 423, 517)],
        mentions=[place(herald, "Australia", "e:australia")],
    )  # fmt: skip
    b = article(
        "Star", star,
        quantities=[whales(star, "about 230 pilot whales", 207, 253),
                    whales(star, "roughly 470 pilot whales", 423, 517)],
        mentions=[place(star, "Strahan", "e:strahan")],
    )  # fmt: skip
    findings = [f for f in analyse(a, b, entities=PLACES).findings if f.topic == "whale"]
    by_kind = {f.kind: f for f in findings}
    assert sorted(by_kind) == ["agree", "conflict"]
    assert "470" in by_kind["agree"].summary and "470" not in by_kind["conflict"].summary
    assert "180" in by_kind["conflict"].summary and "230" in by_kind["conflict"].summary


@pytest.mark.parametrize(
    ("word", "topic"),
    [
        # no cue names the count: the word beside both figures makes them one fact
        ("diverted", "flight"),
        # a cue does, whatever the noun ("cancelled": flights, arrivals and departures alike)
        ("cancelled", "cancelled"),
    ],
)
def test_two_lead_figures_sharing_what_happened_to_them_are_one_fact(word: str, topic: str) -> None:
    # the sentences around the figures read apart; the word beside both says one thing
    text_a = f"About 90 flights were {word} on Monday, affecting some travellers."
    text_b = (
        "Mount Orel coated the eastern plains in volcanic ash, with 130 arrivals and departures "
        f"{word}, according to figures from the operator."
    )
    a = article("Wire", text_a, quantities=[count(text_a, "About 90 flights", 81, 99, "flight")])
    b = article("Local", text_b, quantities=[count(text_b, "130 arrivals", 130, 130, "arrival")])
    findings = analyse(a, b).findings
    assert [(f.kind, f.topic) for f in findings] == [("conflict", topic)]


def test_a_figure_far_below_another_outlet_s_ceiling_is_neither_agreement_nor_conflict() -> None:
    text_a = "The building phase will support up to 2,000 jobs across the region."
    text_b = "The company plans to run the site from the harbour, creating about 400 jobs."
    a = article("Wire", text_a, quantities=[count(text_a, "up to 2,000 jobs", 0, 2000, "job")])
    b = article("Local", text_b, quantities=[count(text_b, "about 400 jobs", 360, 440, "job")])
    assert [f for f in analyse(a, b).findings if f.kind != "unique"] == []
    # near the ceiling it is a report of it
    text_c = "The building phase will support about 1,800 jobs across the region."
    c = article("Paper", text_c, quantities=[count(text_c, "about 1,800 jobs", 1620, 1980, "job")])
    assert [f.kind for f in analyse(a, c).findings if f.kind != "unique"] == ["agree"]


def test_a_word_for_a_magnitude_that_fits_both_sides_of_a_conflict_confirms_neither() -> None:
    said = [
        ("Wire", "About 600 motorists were stranded overnight on the motorway.",
         "About 600 motorists", 540, 660),
        ("Courier", "About 300 motorists were trapped on the motorway overnight.",
         "About 300 motorists", 270, 330),
        ("Ledger", "Hundreds of motorists spent the night in their cars on the motorway.",
         "Hundreds of motorists", 200, 999),
    ]  # fmt: skip
    made = [article(s, t, quantities=[count(t, p, lo, hi, "motorist")]) for s, t, p, lo, hi in said]
    made[2].quantities[0].value = None  # a word for a magnitude has no value of its own
    findings = analyse(*made).findings
    assert [f.kind for f in findings if f.kind != "unique"] == ["conflict"]
    # with no conflict to straddle, the word agrees with the figure it fits
    assert [f.kind for f in analyse(made[1], made[2]).findings] == ["agree"]
