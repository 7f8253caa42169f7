"""Every plain-text example article: gold metadata exact, must / must-not phrases honoured."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirecheck.clean import clean
from wirecheck.model import Article
from wirecheck.readers.text import read_text
from wirecheck.settings import Settings

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
FIELDS = ("source", "agency", "section", "title", "byline", "contributors", "dateline")
FIELDS += ("published", "updated", "url")


def _gold_text_articles() -> dict[str, dict]:
    gold_path = EXAMPLES / "gold.json"
    if not gold_path.exists():
        return {}
    articles = json.loads(gold_path.read_text(encoding="utf-8"))["articles"]
    return {key: value for key, value in articles.items() if key.startswith("text/")}


GOLD = _gold_text_articles()


def _cleaned(key: str) -> Article:
    path = EXAMPLES / "corpus" / key
    (item,) = read_text(path.read_bytes(), str(path), Settings())
    assert item.draft is not None
    return clean(item.draft)


def test_every_text_example_has_gold() -> None:
    files = sorted(p.name for p in (EXAMPLES / "corpus" / "text").glob("*.txt"))
    assert files, "no text examples found"
    assert files == sorted(key.removeprefix("text/") for key in GOLD)


@pytest.mark.parametrize("key", sorted(GOLD))
def test_metadata_is_exact(key: str) -> None:
    article, gold = _cleaned(key), GOLD[key]
    assert {f: getattr(article, f) for f in FIELDS} == {f: gold[f] for f in FIELDS}


@pytest.mark.parametrize("key", sorted(GOLD))
def test_must_and_must_not_contain(key: str) -> None:
    article, gold = _cleaned(key), GOLD[key]
    missing = [p for p in gold["must_contain"] if p not in article.text]
    leaked = [p for p in gold["must_not_contain"] if p in article.text]
    assert (missing, leaked) == ([], [])


@pytest.mark.parametrize("key", sorted(GOLD))
def test_paragraphs_are_verbatim_and_language_is_english(key: str) -> None:
    article = _cleaned(key)
    source = (EXAMPLES / "corpus" / key).read_text(encoding="utf-8").replace("\r\n", "\n")
    assert all(p in source for p in article.text.split("\n\n"))
    assert article.language == "en"
