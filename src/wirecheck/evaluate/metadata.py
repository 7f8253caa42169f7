"""`wirecheck eval metadata GOLD.json`: article metadata against our gold file, field by field.

The articles are the `corpus/` folder beside the gold file; every gold article must be found
(a missing one counts all its fields wrong) and each field must be exactly equal.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from wirecheck.evaluate import register_scorer
from wirecheck.evaluate.goldfiles import articles_by_key, load_gold
from wirecheck.settings import Settings

FIELDS = (
    "source", "agency", "section", "title", "byline", "contributors", "dateline", "published",
    "updated", "url",
)  # fmt: skip


@register_scorer("metadata")
def score_metadata(path: Path) -> dict[str, Any]:
    gold_path = path / "gold.json" if path.is_dir() else path
    corpus = gold_path.parent / "corpus"
    from wirecheck.run import read_inputs

    intake = read_inputs([corpus], Settings(quiet=True))
    from wirecheck.model import Analysis

    found = articles_by_key(Analysis(articles=intake.articles), corpus)
    gold = load_gold(gold_path)["articles"]
    per_field = {field: 0 for field in FIELDS}
    wrong: list[str] = []
    for key, expected in gold.items():
        article = found.get(key)
        for field in FIELDS:
            if article is not None and getattr(article, field) == expected.get(field):
                per_field[field] += 1
            else:
                wrong.append(f"{key}: {field}")
    exact = sum(per_field.values())
    total = len(gold) * len(FIELDS)
    return {
        "articles": len(gold),
        "found": sum(1 for key in gold if key in found),
        "fields_exact": exact,
        "fields_total": total,
        "accuracy": exact / total if total else 0.0,
        "per_field": {field: count / len(gold) for field, count in per_field.items()},
        "skipped": len(intake.skipped),
        "wrong": wrong,
    }
