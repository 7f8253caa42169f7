"""The data model: JSON in exactly the analysis.json shape, ids, pickling."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import jsonschema
import pytest

from wirecheck.model import (
    Analysis,
    Article,
    Entity,
    Event,
    Evidence,
    Finding,
    Mention,
    Quantity,
    Quote,
    Removed,
    Skipped,
    Span,
    Story,
    Time,
    article_id,
)

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_PATH = ROOT / "src" / "wirecheck" / "resources" / "analysis.schema.json"
SHARED_SCHEMA = ROOT.parent / "shared" / "analysis.schema.json"


def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def full_analysis() -> Analysis:
    text = "Ministers met in Geneva on Tuesday. “We agree,” Ms Okafor said. About 40 joined."
    aid = article_id(text)
    article = Article(
        id=aid,
        path="a.txt",
        text=text,
        source="Daily Planet",
        byline=["Jane Roe"],
        removed=[Removed("caption", "A photo caption")],
        mentions=[Mention(aid, 17, 23, "Geneva", "GPE", entity="e:1")],
        quotes=[Quote(f"{aid}:q:37", aid, 37, 45, "We agree", "direct", "e:2", "Ms Okafor")],
        times=[Time(f"{aid}:t:27", aid, 27, 34, "Tuesday", "DATE", "2024-11-05", "2024-11-02")],
        quantities=[Quantity(f"{aid}:n:68", aid, 68, 76, "About 40", 40, 36, 44, None, None)],
        events=[Event(f"{aid}:v:0", aid, 0, 35, "CONSULT", "met", ["e:3"], [], None, "e:1")],
    )
    return Analysis(
        articles=[article],
        entities=[Entity("e:1", "Geneva", "GPE", None, ["Genf"], [], [Span(aid, 17, 23)])],
        stories=[Story("s:" + aid, "Talks", [aid], ["Daily Planet"], None, None)],
        findings=[
            Finding(
                "f:1",
                "s:" + aid,
                "unique",
                "place",
                "Only here.",
                [Evidence(aid, 17, 23, "Geneva", "Geneva")],
            )
        ],
        skipped=[Skipped("bad.bin", "binary file")],
    )


def test_full_analysis_validates_against_schema() -> None:
    jsonschema.validate(json.loads(full_analysis().to_json()), schema())


def test_empty_analysis_has_every_top_level_key() -> None:
    data = json.loads(Analysis().to_json())
    assert set(schema()["required"]) <= set(data)
    assert data["schema"] == "wirecheck.analysis/1"
    jsonschema.validate(data, schema())


def test_article_json_has_exactly_the_schema_keys() -> None:
    keys = set(full_analysis().to_dict()["articles"][0])
    assert keys == set(schema()["$defs"]["article"]["required"])


@pytest.mark.parametrize("layer", ["quote", "time", "quantity", "event", "entity", "story"])
def test_layer_records_carry_every_required_key(layer: str) -> None:
    plural = {"quantity": "quantities", "entity": "entities", "story": "stories"}.get(
        layer, layer + "s"
    )
    record = full_analysis().to_dict()[plural][0]
    assert set(schema()["$defs"][layer]["required"]) <= set(record)


def test_article_id_folds_white_space() -> None:
    assert article_id("A  b\n\nc ") == article_id("A b c")
    assert article_id("A b c") != article_id("A b d")
    assert len(article_id("x")) == 16


def test_records_pickle_round_trip() -> None:
    analysis = full_analysis()
    assert pickle.loads(pickle.dumps(analysis)).to_dict() == analysis.to_dict()


def test_anchor_prefers_dateline_then_published_then_reference() -> None:
    article = Article(id="x", path="p", text="t", published="2024-11-03T08:00:00")
    article.reference_date = "2024-01-01"
    assert article.anchor() == "2024-11-03"
    article.dateline_date = "2024-11-02"
    assert article.anchor() == "2024-11-02"
    article.dateline_date = article.published = None
    assert article.anchor() == "2024-01-01"


def test_bundled_schema_matches_shared_contract() -> None:
    if not SHARED_SCHEMA.exists():
        pytest.skip(f"{SHARED_SCHEMA} not present")
    assert json.loads(SHARED_SCHEMA.read_text()) == schema()
