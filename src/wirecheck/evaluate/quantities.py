"""Quantities scorer: our extractor against a gold table of written cases (JSONL).

A case is `{"text": sentence, "quantity": expression, "value", "low", "high", "unit",
"counted"}`: the expression's first occurrence in the sentence locates it, and the record we
extract that overlaps it most is compared field by field. A case with `"none": true` names
something that is not a quantity (an ordinal, a date, an age): it is right when nothing we
extract overlaps it. `exact` is the share of cases with value, low, high and counted all right
(for a negative case: nothing extracted); `<field>_accuracy` is per field over positive cases,
`text_accuracy` compares the whole expression.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from wirecheck.evaluate import register_scorer
from wirecheck.model import Quantity

FIELDS = ("value", "low", "high", "unit", "counted")


def read_cases(path: Path) -> list[dict[str, Any]]:
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def extract(cases: list[dict[str, Any]]) -> list[list[Quantity]]:
    """Our quantities for each case's sentence, parsed in one batch."""
    from wirecheck.extract.quantities import find_quantities
    from wirecheck.nlp import parse_many

    docs = parse_many(case["text"] for case in cases)
    return [find_quantities(case["text"], doc) for case, doc in zip(cases, docs, strict=True)]


def match(case: dict[str, Any], found: list[Quantity]) -> Quantity | None:
    """The extracted record that overlaps the case's expression most."""
    start = case["text"].find(case["quantity"])
    end = start + len(case["quantity"])
    overlapping = [q for q in found if q.start < end and start < q.end]
    return max(overlapping, key=lambda q: min(q.end, end) - max(q.start, start), default=None)


def same(gold: Any, ours: Any) -> bool:
    if isinstance(gold, int | float) and isinstance(ours, int | float):
        return math.isclose(gold, ours, rel_tol=1e-9, abs_tol=1e-9)
    return gold == ours


def judge(case: dict[str, Any], record: Quantity | None) -> dict[str, bool]:
    """Field by field verdicts for one case."""
    if case.get("none"):
        return {"exact": record is None}
    if record is None:
        return {"exact": False, "text": False, **{f: False for f in FIELDS}}
    verdict = {f: same(case.get(f), getattr(record, f)) for f in FIELDS}
    verdict["text"] = record.text == case["quantity"]
    verdict["exact"] = all(verdict[f] for f in ("value", "low", "high", "counted"))
    return verdict


def figures(verdicts: list[dict[str, bool]]) -> dict[str, Any]:
    positive = [v for v in verdicts if "value" in v]
    result: dict[str, Any] = {
        "cases": len(verdicts),
        "exact": sum(v["exact"] for v in verdicts) / len(verdicts) if verdicts else 0.0,
    }
    for field in (*FIELDS, "text"):
        hits = sum(v[field] for v in positive)
        result[f"{field}_accuracy"] = hits / len(positive) if positive else 0.0
    return result


@register_scorer("quantities")
def score(path: Path) -> dict[str, Any]:
    """Figures for our quantity extractor on the gold table at `path`."""
    cases = read_cases(Path(path))
    if not cases:
        raise ValueError(f"no cases in {path}; expected one JSON object per line")
    found = extract(cases)
    return figures([judge(case, match(case, f)) for case, f in zip(cases, found, strict=True)])
