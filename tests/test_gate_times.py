"""Quality gate: time expressions on TempEval-3 TBAQ and quantities on our gold table.

The floors are the figures measured when the rules were last changed, rounded down to two
decimals. Raise them when the rules improve; never lower them to make a change pass. TBAQ is
the TempEval-3 training data (TimeBank + AQUAINT), the part we tune on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
TBAQ = ROOT / "../shared/data/tempeval3/train/TBAQ-cleaned"
QUANTITIES = ROOT / "tests/data/quantities_gold.jsonl"

TIME_FLOORS = {
    "strict_f1": 0.88,
    "relaxed_f1": 0.94,
    "relaxed_p": 0.93,
    "relaxed_r": 0.95,
    "type_f1": 0.90,
    "value_f1": 0.82,
    "type_accuracy": 0.95,
}
QUANTITY_FLOORS = {
    "exact": 1.0,
    "value_accuracy": 1.0,
    "low_accuracy": 1.0,
    "high_accuracy": 1.0,
    "unit_accuracy": 1.0,
    "counted_accuracy": 1.0,
    "text_accuracy": 1.0,
}


@pytest.fixture(scope="module")
def time_scores() -> dict:
    if not TBAQ.is_dir():
        pytest.skip(f"TempEval-3 TBAQ not found at {TBAQ.resolve()} (it sits beside the repo)")
    from wirecheck.evaluate import scorer

    return scorer("tempeval3")(TBAQ)


@pytest.fixture(scope="module")
def quantity_scores() -> dict:
    from wirecheck.evaluate import scorer

    return scorer("quantities")(QUANTITIES)


@pytest.mark.slow
def test_tbaq_documents_read(time_scores: dict) -> None:
    # 256 distinct DOCIDs: the TimeBank file repeated under testpipeline/ is read once
    assert (time_scores["documents"], time_scores["gold"]) == (256, 1822)


@pytest.mark.slow
@pytest.mark.parametrize("key", sorted(TIME_FLOORS))
def test_time_floor(time_scores: dict, key: str) -> None:
    floor = TIME_FLOORS[key]
    assert time_scores[key] >= floor, f"{key} fell to {time_scores[key]:.4f} (floor {floor})"


@pytest.mark.slow
def test_quantity_table_size(quantity_scores: dict) -> None:
    assert quantity_scores["cases"] >= 80


@pytest.mark.slow
@pytest.mark.parametrize("key", sorted(QUANTITY_FLOORS))
def test_quantity_floor(quantity_scores: dict, key: str) -> None:
    floor = QUANTITY_FLOORS[key]
    assert quantity_scores[key] >= floor, f"{key} fell to {quantity_scores[key]:.4f} ({floor})"
