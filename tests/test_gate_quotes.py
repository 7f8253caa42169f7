"""Quality gate: quote attribution on the PolNeAR dev split must not fall below these floors.

The floors are the figures measured when the quote rules were last changed, rounded down to
two decimals. Raise them when the rules improve; never lower them to make a change pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

DEV = Path(__file__).parents[1] / "../shared/data/polnear/data/dev"

# Measured 2026-12-05, fourth session (`wirecheck eval polnear ../shared/data/polnear/data/dev
# --json`): source exact 0.8025, source overlap 0.8303, cue exact 0.7376, content exact
# 0.6571, content overlap 0.844, direct-quote speaker accuracy 0.9392 (rounded down; on
# 2026-12-04 they were 0.7993 / 0.8298 / 0.7371 / 0.6557 / 0.8431 / 0.9358).
FLOORS = {
    "source_exact_f1": 0.80,
    "source_overlap_f1": 0.83,
    "cue_exact_f1": 0.73,
    "content_exact_f1": 0.65,
    "content_overlap_f1": 0.84,
    "direct_quote_speaker_accuracy": 0.93,
}


@pytest.fixture(scope="module")
def scores() -> dict:
    if not (DEV / "text").is_dir():
        pytest.skip(f"PolNeAR dev split not found at {DEV.resolve()} (it sits beside the repo)")
    from wirecheck.evaluate import scorer

    return scorer("polnear")(DEV)


@pytest.mark.slow
def test_documents_read(scores: dict) -> None:
    assert scores["documents"] == 84
    assert scores["gold"] > 0 and scores["system"] > 0


@pytest.mark.slow
@pytest.mark.parametrize("key", sorted(FLOORS))
def test_floor(scores: dict, key: str) -> None:
    assert scores[key] >= FLOORS[key], f"{key} fell to {scores[key]} (floor {FLOORS[key]})"
