"""Rules of the session of 2026-12-07 (third), taught by the twentieth round of blind sets, with
short sentences we write ourselves: people treated at the scene or by paramedics, or assessed
by ambulance crews, are the hurt; "all 480 of its stores" is a company's whole group of stores,
not a part of it."""

from __future__ import annotations

import pytest

from tests.test_compare import count
from wirecheck.corpus.count_topics import count_topic


@pytest.mark.parametrize(
    ("sentence", "phrase", "counted", "topic"),
    [
        # treated where they fell, or by the crews who came: the hurt
        ("Nine people were treated at the scene for headaches and sickness.", "Nine people",
         "people", "injured"),
        ("Ambulance crews assessed 11 people, most of them for nausea.", "11 people", "people",
         "injured"),
        ("Twelve shoppers were treated by paramedics for smoke inhalation.", "Twelve shoppers",
         "shopper", "injured"),
        # a count with no word of harm stays its noun
        ("Eleven people were waiting at the bus stop when the alarm sounded.", "Eleven people",
         "people", "people"),
        # the whole of an institution's group is its size; a part of it counts nothing alone
        ("The cheeses were on sale in all 480 of its stores since February.",
         "480 of its stores", "store", "store"),
        ("The cheeses were on sale in 40 of its stores since February.", "40 of its stores",
         "store", None),
    ],
)  # fmt: skip
def test_what_a_figure_counts(sentence: str, phrase: str, counted: str, topic: str | None) -> None:
    figure = count(sentence, phrase, 1, 1, counted)
    assert count_topic(sentence, figure, figure.start) == topic
