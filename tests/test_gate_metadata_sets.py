"""Quality gate: article metadata on every findings set (fields exact, floors never lowered).

Metadata decides what a finding compares: the dateline and the publication time anchor every
relative date, and the outlet names each side. The blind sets compare_dev30 to dev33 were
written with widely varied header styles; their floors are the figures of the session that
taught the cleaner those styles (2026-12-04, night). Reading and cleaning only, no parsing: the
whole gate takes seconds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wirecheck.evaluate import scorer

DATA = Path(__file__).parent / "data"

# set -> fields exact (of 10 per article) when pinned
FLOORS = {
    "compare_dev": 110, "compare_dev2": 115, "compare_dev9": 109, "compare_dev10": 103,
    "compare_dev11": 125, "compare_dev12": 138, "compare_dev13": 119, "compare_dev14": 122,
    "compare_dev15": 129, "compare_dev16": 122, "compare_dev17": 122, "compare_dev18": 122,
    "compare_dev19": 121, "compare_dev20": 122, "compare_dev21": 123, "compare_dev22": 129,
    "compare_dev23": 135, "compare_dev24": 137, "compare_dev25": 136, "compare_dev26": 142,
    "compare_dev27": 142, "compare_dev28": 139, "compare_dev29": 116, "compare_dev30": 140,
    "compare_dev31": 137, "compare_dev32": 134, "compare_dev33": 126,
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_metadata_fields_exact_on_a_findings_set(name: str) -> None:
    result = scorer("metadata")(DATA / name / "gold.json")
    assert result["found"] == result["articles"]
    assert result["fields_exact"] >= FLOORS[name], result["wrong"]
