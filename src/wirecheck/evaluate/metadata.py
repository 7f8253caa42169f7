"""`wirecheck eval metadata GOLD.json`: article metadata against our gold file, field by field.

The articles are the `corpus/` folder beside the gold file; every gold article must be found
(a missing one counts all its fields wrong) and each field must be equal. Equal means exactly
equal, except for two differences of form that gold files written by different annotators show
and that say nothing about our extraction (see `same_value`):

- a name list (`byline`, `contributors`) given as a plain string counts as a one-name list. It is
  not split on "and" or commas: EVAL.md does not say how names are listed in a string, and "By
  Jane Roe, Reuters" shows a comma need not separate names;
- a timestamp (`published`, `updated`) given with zero seconds ("T14:20:00") equals the same
  minute without them ("T14:20"), and two zoned stamps equal when they are the same instant. A
  zone-less stamp is compared as written: it only equals another zone-less one.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from wirecheck.evaluate import register_scorer
from wirecheck.evaluate.goldfiles import articles_by_key, load_gold
from wirecheck.settings import Settings

FIELDS = (
    "source", "agency", "section", "title", "byline", "contributors", "dateline", "published",
    "updated", "url",
)  # fmt: skip
NAME_LISTS = frozenset({"byline", "contributors"})
TIMESTAMPS = frozenset({"published", "updated"})


def _names(value: Any) -> Any:
    """A name list as a list: a string is one name; anything else is left for exact comparison."""
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    return value


def _instant(value: Any) -> datetime | None:
    """A stamp with a time of day as a datetime; None for anything else (compared as written).

    A date alone ("2024-11-03") is not parsed: Python would read it as midnight, and a date
    without a time must not equal a stamp at 00:00.
    """
    if not isinstance(value, str) or "T" not in value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def same_value(field: str, ours: Any, gold: Any) -> bool:
    """Whether our value of `field` equals gold's, forgiving only the forms the module names."""
    if ours == gold:
        return True
    if field in NAME_LISTS:
        return bool(_names(ours) == _names(gold))
    if field in TIMESTAMPS:
        mine, theirs = _instant(ours), _instant(gold)
        if mine is None or theirs is None:
            return False
        # A zone-less stamp is local time of unknown zone: it cannot be the same instant as a
        # zoned one (Python would raise on ordering, and == is False), so only like compares.
        if (mine.tzinfo is None) != (theirs.tzinfo is None):
            return False
        return mine == theirs
    return False


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
            if article is not None and same_value(
                field, getattr(article, field), expected.get(field)
            ):
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
