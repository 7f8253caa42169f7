"""Figures known only by their noun: a part of a group is no rival to the whole group."""

from __future__ import annotations

from tests.test_compare import analyse, article, count, kinds
from wirecheck.model import Quantity

WIRE = "About 180 pilot whales became stranded on the beach on Monday, officials said."


def _whales(text: str, phrase: str, low: float, high: float) -> list[Quantity]:
    return [count(text, phrase, low, high, "whale")]


def test_a_part_of_a_group_is_not_set_against_the_whole_group() -> None:
    # what the 140 did (they died) is said by the verb, not by a cue we read
    paper = "By nightfall on Monday, 140 of the whales had died on the beach, officials said."
    a = article("Wire", WIRE, quantities=_whales(WIRE, "About 180 pilot whales", 162, 198))
    b = article("Paper", paper, quantities=_whales(paper, "140 of the whales", 140, 140))
    assert ("conflict", "whale") not in kinds(analyse(a, b))


def test_two_wholes_still_conflict() -> None:
    paper = "Some 230 pilot whales were stranded on the beach on Monday, officials said."
    a = article("Wire", WIRE, quantities=_whales(WIRE, "About 180 pilot whales", 162, 198))
    b = article("Paper", paper, quantities=_whales(paper, "Some 230 pilot whales", 207, 253))
    assert kinds(analyse(a, b)) >= {("conflict", "whale")}


def test_a_part_named_by_a_cue_is_still_compared() -> None:
    wire = "Three of the miners were killed in the blast, the company said."
    paper = "Five miners were killed in the blast, the union said."
    a = article("Wire", wire, quantities=[count(wire, "Three of the miners", 3, 3, "miner")])
    b = article("Paper", paper, quantities=[count(paper, "Five miners", 5, 5, "miner")])
    assert ("conflict", "casualties") in kinds(analyse(a, b))


def test_a_part_and_a_whole_of_one_size_may_agree() -> None:
    wire = "The accord takes effect once at least 12 of the member states have ratified it."
    paper = "The accord takes effect after 12 member states ratify it, officials said."
    a = article("Wire", wire, quantities=[count(wire, "at least 12 of the member states", 12,
                                                None, "state")])  # fmt: skip
    b = article("Paper", paper, quantities=[count(paper, "12 member states", 12, 12, "state")])
    assert ("agree", "state") in kinds(analyse(a, b))
