"""Record ids are unique in every layer: the store, the API and the report key on them."""

from __future__ import annotations

from collections import Counter

import pytest

from wirecheck.extract.times import find_times

LAYERS = ("articles", "entities", "quotes", "times", "quantities", "events", "stories",
          "findings")  # fmt: skip


def test_a_widened_date_replaces_the_expression_it_takes_in() -> None:
    text = "Prices rose in the second half of October, the board said."
    found = find_times(text, "2024-11-20")
    starts = [f.start for f in found]
    assert len(starts) == len(set(starts))
    assert [text[f.start : f.end] for f in found] == ["the second half of October"]


@pytest.mark.slow
def test_ids_are_unique_in_every_layer_of_the_example_analysis(example_analysis) -> None:  # noqa: ANN001
    data = example_analysis.to_dict()
    for layer in LAYERS:
        counts = Counter(record["id"] for record in data[layer])
        assert [i for i, n in counts.items() if n > 1] == [], layer
        assert data[layer], layer  # an empty layer would pass without checking anything
