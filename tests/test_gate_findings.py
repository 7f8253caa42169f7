"""Quality gate: cross-outlet findings (agree / conflict / unique) on our example corpus and
on our eight comparison tuning corpora (tests/data/compare_dev .. compare_dev8; gold written
before the engine was run on them; compare_dev2 tells its facts in other words from one
outlet to the next; compare_dev3 and compare_dev4, 6 articles and 2 stories each, were written
on 2026-12-02 to test constructions the others lack: one group under two nouns, durations,
places, police and organisers' figures, shares in words, the next meeting).

The floors are the figures measured when the comparison rules were last changed, rounded
down to two decimals. Raise them when the rules improve; never lower them to make a change
pass. (The targets of issue 7, precision 0.85 and recall 0.80, are measured on our hold-outs.)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from wirecheck.corpus.compare import outlet_keys
from wirecheck.model import Analysis

DATA = Path(__file__).parent / "data"
GOLD = Path(__file__).parents[1] / "examples" / "gold.json"

# Measured 2026-12-02: p 0.8197, r 0.9091, f1 0.8621 (61 system, 55 gold); agree p 0.7407
# r 1.0 f1 0.8511; conflict p 0.92 r 0.92 f1 0.92; unique p 0.7778 r 0.7 f1 0.7368.
FLOORS = {"precision": 0.81, "recall": 0.90, "f1": 0.86}
KIND_FLOORS = {
    "agree": {"precision": 0.74, "recall": 1.00, "f1": 0.85},
    "conflict": {"precision": 0.92, "recall": 0.92, "f1": 0.92},
    "unique": {"precision": 0.77, "recall": 0.70, "f1": 0.73},
}
# compare_dev: p 0.9808, r 0.8793, f1 0.9273 (52 system, 58 gold); agree p 0.9545 r 1.0;
# conflict p 1.0 r 0.875 f1 0.9333; unique p 1.0 r 0.6923 f1 0.8182. Precision was 1.0 before
# place findings: the one unmatched finding is a true agreement ("its Slovak factory" / "its
# newer factory in Slovakia") that this gold, written before places were compared, does not
# list. The precision floors follow that documented trade (recall floors rose).
DEV_FLOORS = {"precision": 0.98, "recall": 0.87, "f1": 0.92}
DEV_KIND_FLOORS = {
    "agree": {"precision": 0.95, "recall": 1.00, "f1": 0.97},
    "conflict": {"precision": 1.00, "recall": 0.87, "f1": 0.93},
    "unique": {"precision": 1.00, "recall": 0.69, "f1": 0.81},
}
# compare_dev2: p 0.9756, r 0.6349, f1 0.7692 (41 system, 63 gold); agree p 0.9565 r 0.8462;
# conflict p 1.0 r 0.9; unique p 1.0 r 0.3333. Before the rules were first changed for it the
# engine scored p 0.79 r 0.37 there.
DEV2_FLOORS = {"precision": 0.97, "recall": 0.63, "f1": 0.76}
DEV2_KIND_FLOORS = {
    "agree": {"precision": 0.95, "recall": 0.84, "f1": 0.89},
    "conflict": {"precision": 1.00, "recall": 0.90, "f1": 0.94},
    "unique": {"precision": 1.00, "recall": 0.33, "f1": 0.50},
}
# compare_dev3: first run p 0.652 r 0.652; now p 0.95, r 0.8261, f1 0.8837 (20 system, 23
# gold); agree p 0.9 r 0.8182; conflict p 1.0 r 0.8889; unique p 1.0 r 0.6667.
DEV3_FLOORS = {"precision": 0.95, "recall": 0.82, "f1": 0.88}
DEV3_KIND_FLOORS = {
    "agree": {"precision": 0.90, "recall": 0.81, "f1": 0.85},
    "conflict": {"precision": 1.00, "recall": 0.88, "f1": 0.94},
    "unique": {"precision": 1.00, "recall": 0.66, "f1": 0.80},
}
# compare_dev4: first run p 0.727 r 0.50; now p 0.7059, r 0.75, f1 0.7273 (17 system, 16
# gold); agree p 0.7143 r 0.7143; conflict p 0.75 r 0.8571; unique p 0.5 r 0.5.
DEV4_FLOORS = {"precision": 0.70, "recall": 0.75, "f1": 0.72}
DEV4_KIND_FLOORS = {
    "agree": {"precision": 0.71, "recall": 0.71, "f1": 0.71},
    "conflict": {"precision": 0.75, "recall": 0.85, "f1": 0.79},
    "unique": {"precision": 0.50, "recall": 0.50, "f1": 0.50},
}
# compare_dev5 (9 articles, 3 stories, written blind to the engine by another engineer):
# first run p 0.684 r 0.50; now p 0.8571, r 0.6923, f1 0.766 (21 system, 26 gold); agree
# p 0.8 r 0.8889; conflict p 1.0 r 0.7273; unique p 0.6667 r 0.3333.
DEV5_FLOORS = {"precision": 0.85, "recall": 0.69, "f1": 0.76}
DEV5_KIND_FLOORS = {
    "agree": {"precision": 0.80, "recall": 0.88, "f1": 0.84},
    "conflict": {"precision": 1.00, "recall": 0.72, "f1": 0.84},
    "unique": {"precision": 0.66, "recall": 0.33, "f1": 0.44},
}
# compare_dev6 (9 articles, 3 stories, written blind like compare_dev5): first run p 0.50
# r 0.20 (two reports clustered apart); now p 0.7826, r 0.72, f1 0.75 (23 system, 25 gold);
# agree p 0.6364 r 0.7778; conflict p 0.8889 r 0.8; unique p 1.0 r 0.5.
DEV6_FLOORS = {"precision": 0.78, "recall": 0.72, "f1": 0.74}
DEV6_KIND_FLOORS = {
    "agree": {"precision": 0.63, "recall": 0.77, "f1": 0.70},
    "conflict": {"precision": 0.88, "recall": 0.80, "f1": 0.84},
    "unique": {"precision": 1.00, "recall": 0.50, "f1": 0.66},
}
# compare_dev7 (9 articles, 3 stories, written blind): first run p 0.714 r 0.417; now
# p 0.8947, r 0.7083, f1 0.7907 (19 system, 24 gold); agree p 0.7778 r 0.875; conflict p 1.0
# r 0.6; unique p 1.0 r 0.6667. Its three cyclone reports, worded very differently, were
# clustered as three stories until same-day reports sharing lead names got a bonus.
DEV7_FLOORS = {"precision": 0.89, "recall": 0.70, "f1": 0.79}
DEV7_KIND_FLOORS = {
    "agree": {"precision": 0.77, "recall": 0.87, "f1": 0.82},
    "conflict": {"precision": 1.00, "recall": 0.60, "f1": 0.74},
    "unique": {"precision": 1.00, "recall": 0.66, "f1": 0.80},
}
# compare_dev8 (6 articles, 2 stories, written blind, each outlet leading with another angle):
# first run p 0.667 r 0.353; now p 0.7143, r 0.5882, f1 0.6452 (14 system, 17 gold). The
# cholera report led by the emergency declaration, once clustered alone, joins its story
# (one shared place and one topic on one day), and "37 deaths" counts the dead.
DEV8_FLOORS = {"precision": 0.71, "recall": 0.58, "f1": 0.64}


def _tuning(name: str) -> Path:
    return DATA / name / "gold.json"


# corpus name -> (its corpus folder, its gold file or None, overall floors, per-kind floors)
SETS: dict[str, tuple[Path, Path | None, dict[str, float], dict[str, dict[str, float]]]] = {
    "examples": (GOLD.parent / "corpus", GOLD, FLOORS, KIND_FLOORS),
    **{
        name: (DATA / name / "corpus", _tuning(name), floors, kinds)
        for name, floors, kinds in (
            ("compare_dev", DEV_FLOORS, DEV_KIND_FLOORS),
            ("compare_dev2", DEV2_FLOORS, DEV2_KIND_FLOORS),
            ("compare_dev3", DEV3_FLOORS, DEV3_KIND_FLOORS),
            ("compare_dev4", DEV4_FLOORS, DEV4_KIND_FLOORS),
            ("compare_dev5", DEV5_FLOORS, DEV5_KIND_FLOORS),
            ("compare_dev6", DEV6_FLOORS, DEV6_KIND_FLOORS),
            ("compare_dev7", DEV7_FLOORS, DEV7_KIND_FLOORS),
            ("compare_dev8", DEV8_FLOORS, {}),
        )
    },
    # our hold-outs: only their articles are read here, never their gold findings
    "holdout": (DATA / "holdout" / "corpus", None, {}, {}),
    "holdout2": (DATA / "holdout2" / "corpus", None, {}, {}),
}
OVERALL = [(name, metric) for name, (_, _, floors, _) in SETS.items() for metric in floors]
PER_KIND = [
    (name, kind, metric)
    for name, (_, _, _, kinds) in SETS.items()
    for kind, floors in kinds.items()
    for metric in floors
]


@pytest.fixture(scope="module")
def analyses() -> dict[str, Analysis]:
    """Each corpus analysed once for the whole module, on first use."""
    return {}


def analysis_of(analyses: dict[str, Analysis], name: str) -> Analysis:
    if name not in analyses:
        from wirecheck.run import analyze
        from wirecheck.settings import Settings

        analyses[name] = analyze([SETS[name][0]], Settings(quiet=True))
    return analyses[name]


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, Any]]:
    return {}


def scores_of(
    analyses: dict[str, Analysis], scores: dict[str, dict[str, Any]], name: str
) -> dict[str, Any]:
    if name not in scores:
        from wirecheck.evaluate.findings import score_analysis
        from wirecheck.evaluate.goldfiles import load_gold

        corpus, gold, _, _ = SETS[name]
        assert gold is not None
        scores[name] = score_analysis(analysis_of(analyses, name), load_gold(gold), corpus)
    return scores[name]


@pytest.mark.parametrize(("name", "metric"), OVERALL)
def test_findings_overall_floor(
    analyses: dict[str, Analysis], scores: dict[str, dict[str, Any]], name: str, metric: str
) -> None:
    found = scores_of(analyses, scores, name)
    assert found[metric] >= SETS[name][2][metric], found


@pytest.mark.parametrize(("name", "kind", "metric"), PER_KIND)
def test_findings_per_kind_floor(
    analyses: dict[str, Analysis],
    scores: dict[str, dict[str, Any]],
    name: str,
    kind: str,
    metric: str,
) -> None:
    found = scores_of(analyses, scores, name)["per_kind"]
    assert found[kind][metric] >= SETS[name][3][kind][metric], found


@pytest.mark.parametrize("name", ["examples", "compare_dev", "holdout", "holdout2"])
def test_every_conflict_has_evidence_in_two_independent_outlets(
    analyses: dict[str, Analysis], name: str
) -> None:
    analysis = analysis_of(analyses, name)
    by_id = {a.id: a for a in analysis.articles}
    outlets = outlet_keys(analysis.articles, by_id)
    conflicts = [f for f in analysis.findings if f.kind == "conflict"]
    assert conflicts
    for finding in conflicts:
        assert len({outlets[e.article] for e in finding.evidence}) >= 2, finding


def test_every_kind_is_reported(analyses: dict[str, Analysis]) -> None:
    found = analysis_of(analyses, "examples").findings
    assert {f.kind for f in found} == {"agree", "conflict", "unique"}
