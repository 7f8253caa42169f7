"""Comparison rules taught by the fourteenth round of blind sets, with short articles we write
ourselves (the helpers live in test_compare): a figure a request would undo is a fact."""

from __future__ import annotations

import pytest

from tests.test_compare import analyse, article, count
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
