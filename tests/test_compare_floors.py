"""Counts of animals by kind and by class, and a floor that fits both sides of a conflict,
with sentences we write ourselves: "26 tortoises" are reptiles, and "more than 20 reptiles"
agrees with the side more outlets give, not with each side, however many figures that side
is told in."""

from __future__ import annotations

from tests.test_compare import count
from tests.test_compare_more import analyse, article
from wirecheck.model import Article

# outlet: (sentence, the figure's words, low, high, counted noun)
SEIZURE = {
    "Post": ("Border officers found 26 live tortoises packed in suitcases at the airport.",
             "26", 26.0, 26.0, "tortoise"),
    "Herald": ("Officers seized 26 tortoises from a passenger's luggage at the airport.",
               "26", 26.0, 26.0, "tortoise"),
    "Wire": ("Customs officers found 41 reptiles hidden in luggage at the airport.",
             "41", 41.0, 41.0, "reptile"),
    "Courier": ("Two travellers tried to smuggle more than 20 reptiles through the airport.",
                "more than 20", 21.0, None, "reptile"),
}  # fmt: skip


def _told(source: str) -> Article:
    text, words, low, high, noun = SEIZURE[source]
    return article(source, text, quantities=[count(text, words, low, high, noun)])


def _outlets_by_kind(*sources: str) -> list[tuple[str, list[str]]]:
    findings = analyse(*map(_told, sources)).findings
    by_id = {_told(s).id: s for s in sources}
    return sorted(
        (f.kind, sorted({by_id[e.article] for e in f.evidence}))
        for f in findings
        if f.kind != "unique"
    )


def test_tortoises_and_reptiles_are_one_count() -> None:
    assert _outlets_by_kind("Post", "Wire") == [("conflict", ["Post", "Wire"])]


def test_a_floor_agrees_with_the_side_more_outlets_give() -> None:
    assert _outlets_by_kind("Post", "Herald", "Wire", "Courier") == [
        ("agree", ["Courier", "Herald", "Post"]),
        ("conflict", ["Herald", "Post", "Wire"]),
    ]


def test_a_floor_between_sides_of_equal_weight_agrees_with_both() -> None:
    assert _outlets_by_kind("Post", "Wire", "Courier") == [
        ("agree", ["Courier", "Post"]),
        ("agree", ["Courier", "Wire"]),
        ("conflict", ["Post", "Wire"]),
    ]


# The heavier side told in figures that differ ("4,212" and "about 4,000"), the floor one of
# the conflict's claims: the floor still stays with that side only.
COLONY = {
    "Post": ("Rangers counted 4,212 grey seal pups at the colony this winter.", "4,212",
             4212.0, 4212.0, "pup"),
    "Herald": ("About 4,000 grey seal pups were born at the colony this winter.", "About 4,000",
               3600.0, 4400.0, "pup"),
    "Courier": ("More than 4,200 grey seal pups were born at the colony this season.",
                "More than 4,200", 4201.0, None, "pup"),
    "Wire": ("The colony recorded 5,120 grey seal pups this breeding season.", "5,120", 5120.0,
             5120.0, "pup"),
}  # fmt: skip


def _pups(source: str) -> Article:
    text, words, low, high, noun = COLONY[source]
    return article(source, text, quantities=[count(text, words, low, high, noun)])


def test_a_floor_stays_with_the_heavier_side_told_in_several_figures() -> None:
    sources = ("Post", "Herald", "Courier", "Wire")
    by_id = {_pups(s).id: s for s in sources}
    found = [
        (f.kind, sorted({by_id[e.article] for e in f.evidence}))
        for f in analyse(*map(_pups, sources)).findings
        if f.kind == "agree"
    ]
    assert ["Courier", "Wire"] not in [outlets for _, outlets in found]
    assert any({"Courier", "Post"} <= set(outlets) for _, outlets in found)
