"""The bundled example corpus end to end: every article found, metadata exact, JSON valid."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from tests.gold import METADATA_FIELDS, articles_by_key, load_gold
from wirecheck.model import Analysis

SCHEMA = Path(__file__).resolve().parents[1] / "src" / "wirecheck" / "resources"
GOLD = load_gold()
SNIPPET_LAYERS = {
    "quotes": "snippet",
    "times": "context",
    "quantities": "context",
    "events": "snippet",
}


def test_every_gold_article_is_read_and_nothing_is_skipped(example_analysis: Analysis) -> None:
    assert sorted(articles_by_key(example_analysis)) == sorted(GOLD["articles"])
    assert example_analysis.skipped == []


@pytest.mark.parametrize("key", sorted(GOLD["articles"]))
def test_metadata_is_exact(example_analysis: Analysis, key: str) -> None:
    article, gold = articles_by_key(example_analysis)[key], GOLD["articles"][key]
    got = {field: getattr(article, field) for field in METADATA_FIELDS}
    assert got == {field: gold[field] for field in METADATA_FIELDS}


@pytest.mark.parametrize("key", sorted(GOLD["articles"]))
def test_body_keeps_and_drops_the_right_phrases(example_analysis: Analysis, key: str) -> None:
    article, gold = articles_by_key(example_analysis)[key], GOLD["articles"][key]
    missing = [p for p in gold["must_contain"] if p not in article.text]
    leaked = [p for p in gold["must_not_contain"] if p in article.text]
    assert (missing, leaked) == ([], [])


def test_gold_snippets_occur_exactly_once_in_their_article(example_analysis: Analysis) -> None:
    articles = articles_by_key(example_analysis)
    bad = []
    for layer, field in SNIPPET_LAYERS.items():
        for record in GOLD[layer]:
            if articles[record["file"]].text.count(record[field]) != 1:
                bad.append((layer, record["file"], record[field]))
    for finding in GOLD["findings"]:
        for evidence in finding["evidence"]:
            if articles[evidence["file"]].text.count(evidence["snippet"]) != 1:
                bad.append(("findings", evidence["file"], evidence["snippet"]))
    assert bad == []


def test_analysis_json_follows_the_schema(example_analysis: Analysis) -> None:
    schema = json.loads((SCHEMA / "analysis.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(example_analysis.to_json()), schema)


def test_every_offset_points_inside_its_article(example_analysis: Analysis) -> None:
    data = example_analysis.to_dict()
    lengths = {a["id"]: len(a["text"]) for a in data["articles"]}
    spans = [r for layer in ("quotes", "times", "quantities", "events") for r in data[layer]]
    spans += [m for e in data["entities"] for m in e["mentions"]]
    spans += [ev for f in data["findings"] for ev in f["evidence"]]
    assert all(0 <= s["start"] <= s["end"] <= lengths[s["article"]] for s in spans)
