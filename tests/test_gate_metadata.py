"""Quality gate: article metadata on our example corpus (floors never lowered silently)."""

from __future__ import annotations

from tests.gold import EXAMPLES
from wirecheck.evaluate import scorer

FLOOR_ACCURACY = 1.0  # 200 / 200 fields exact when pinned


def test_metadata_fields_exact_on_the_example_corpus() -> None:
    result = scorer("metadata")(EXAMPLES / "gold.json")
    assert result["found"] == result["articles"]
    assert result["accuracy"] >= FLOOR_ACCURACY, result["wrong"]
