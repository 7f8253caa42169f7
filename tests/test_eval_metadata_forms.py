"""The metadata scorer forgives only differences of form between annotators' gold files.

A byline given as a string is a one-name list; a stamp with ":00" seconds is the same minute as
one without. Anything that changes the name or the instant still counts as wrong.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from wirecheck.evaluate import scorer
from wirecheck.evaluate.metadata import same_value

ARTICLE = """Wellington council backs light rail to the airport
By Aroha Tane, Tasman Press | Published 2026-11-18 14:20

WELLINGTON (Tasman) - The regional council voted 10-3 on Wednesday to build a light rail line \
to the airport, ending a decade of argument over the route.

"This is the decision the city has waited for," the council chair said after the vote.
"""
KEY = "text/rail.txt"


def test_a_string_byline_equals_the_same_one_name_list() -> None:
    assert same_value("byline", ["Aroha Tane"], "Aroha Tane")
    assert same_value("contributors", ["Aroha Tane"], "Aroha Tane")


@pytest.mark.parametrize(
    ("ours", "gold"),
    [
        (["Aroha Tane"], "Sione Latu"),  # another name
        (["Aroha Tane", "Sione Latu"], "Aroha Tane"),  # a name missing from gold's string
        (["Aroha Tane", "Sione Latu"], "Aroha Tane and Sione Latu"),  # strings are not split
        ([], "Aroha Tane"),
        (["Aroha Tane"], ""),
    ],
)
def test_a_string_byline_with_other_names_still_differs(ours: list[str], gold: str) -> None:
    assert not same_value("byline", ours, gold)


@pytest.mark.parametrize(
    ("ours", "gold"),
    [
        ("2026-11-18T14:20+13:00", "2026-11-18T14:20:00+13:00"),
        ("2026-11-18T14:20", "2026-11-18T14:20:00"),  # zone-less on both sides
        ("2026-11-18T01:20+00:00", "2026-11-18T14:20:00+13:00"),  # one instant, two offsets
    ],
)
def test_zero_seconds_equal_none_for_the_same_instant(ours: str, gold: str) -> None:
    assert same_value("published", ours, gold)
    assert same_value("updated", ours, gold)


@pytest.mark.parametrize(
    ("ours", "gold"),
    [
        ("2026-11-18T14:21+13:00", "2026-11-18T14:20:00+13:00"),  # another minute
        ("2026-11-18T14:21", "2026-11-18T14:20:00"),
        ("2026-11-18T14:20+13:00", "2026-11-18T14:20:30+13:00"),  # seconds that are not zero
        ("2026-11-18T14:20+12:00", "2026-11-18T14:20:00+13:00"),  # another instant
        ("2026-11-18T14:20+13:00", "2026-11-18T14:20:00"),  # zone-less gold compared as written
        ("2026-11-18T00:00", "2026-11-18"),  # a date alone is not midnight
        (None, "2026-11-18T14:20:00"),
        ("2026-11-18T14:20", None),
        ("yesterday", "2026-11-18T14:20:00"),
    ],
)
def test_a_different_time_still_differs(ours: str | None, gold: str | None) -> None:
    assert not same_value("published", ours, gold)


def test_the_forms_are_forgiven_only_in_their_own_fields() -> None:
    assert not same_value("dateline", ["WELLINGTON"], "WELLINGTON")
    assert not same_value("title", "2026-11-18T14:20", "2026-11-18T14:20:00")


def _score(tmp_path: Path, gold_fields: dict[str, Any]) -> dict[str, Any]:
    """Our scorer on one written article against gold that differs from it only as given."""
    (tmp_path / "corpus" / "text").mkdir(parents=True)
    (tmp_path / "corpus" / KEY).write_text(ARTICLE, encoding="utf-8")
    expected = {
        "source": "Tasman Press", "agency": None, "section": None,
        "title": "Wellington council backs light rail to the airport", "byline": ["Aroha Tane"],
        "contributors": ["Aroha Tane"], "dateline": "WELLINGTON", "published": "2026-11-18T14:20",
        "updated": None, "url": None,
    }  # fmt: skip
    expected.update(gold_fields)
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"articles": {KEY: expected}}), encoding="utf-8")
    return scorer("metadata")(gold)


def test_the_scorer_counts_a_string_byline_and_seconds_as_exact(tmp_path: Path) -> None:
    result = _score(tmp_path, {"byline": "Aroha Tane", "published": "2026-11-18T14:20:00"})
    assert result["wrong"] == []
    assert result["per_field"]["byline"] == result["per_field"]["published"] == 1.0


def test_the_scorer_still_counts_another_minute_and_name_wrong(tmp_path: Path) -> None:
    result = _score(tmp_path, {"byline": "Sione Latu", "published": "2026-11-18T14:21:00"})
    assert result["wrong"] == [f"{KEY}: byline", f"{KEY}: published"]
    assert result["fields_exact"] == result["fields_total"] - 2
