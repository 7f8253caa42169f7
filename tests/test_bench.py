"""`wirecheck bench` and its corpus builder: distinct variants, valid offsets, the report's keys.

No timing is asserted here: timings depend on the machine (docs/BENCHMARKS.md has the figures).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wirecheck.bench_corpus import proper_names, transplant, variant, variants
from wirecheck.cli import app
from wirecheck.model import Article, Mention, article_id

STORIES = [
    "Dock workers in Valmora ended a two-day strike on Wednesday, union leader Petra Osei said."
    "\n\nAbout 300 workers had walked out on Monday, according to Osei.",
    "Heavy rain flooded the lower town of Brisk on Tuesday, mayor Tomas Virel told reporters."
    "\n\nVirel said 40 homes were evacuated as the river rose.",
    "The Harlow council approved a new tram line on Friday after a vote of 9 to 4, "
    "councillor Ines Marr said.\n\nMarr said building would start next spring.",
]


def _article(text: str, number: int) -> Article:
    return Article(id=article_id(text), path=f"s{number}.txt", text=text, title=f"Story {number}")


def test_bench_is_documented() -> None:
    result = CliRunner().invoke(app, ["bench", "--help"])
    assert result.exit_code == 0
    for option in ("--articles", "--workers", "--scheduler", "--corpus"):
        assert option in result.output


def test_variants_are_distinct_same_length_and_rename_only_names() -> None:
    bases = [_article(text, n) for n, text in enumerate(STORIES)]
    made = [copy for _, copy in variants(bases, 30)]
    assert len({a.id for a in made}) == 30
    for n, copy in enumerate(made):
        assert len(copy.text) == len(bases[n % 3].text)
    first_variant = made[3].text
    assert "Valmora" not in first_variant and "Osei" not in first_variant
    assert "Wednesday" in first_variant and "strike" in first_variant


def test_proper_names_skip_words_that_only_start_sentences() -> None:
    names = proper_names(["About 300 workers met Petra Osei. Heavy rain fell on Tuesday."])
    assert {"Petra", "Osei"} <= names
    assert not {"About", "Heavy", "Tuesday"} & names


def test_transplanted_layers_point_at_the_renamed_text() -> None:
    base = _article(STORIES[0], 0)
    start = base.text.index("Petra Osei")
    base.mentions = [Mention(base.id, start, start + 10, "Petra Osei", "PERSON")]
    names = proper_names([base.text])
    copy = transplant(base, variant(base, 2, names), names, 2)
    mention = copy.mentions[0]
    assert mention.article == copy.id != base.id
    assert copy.text[mention.start : mention.end] == mention.text != "Petra Osei"


@pytest.mark.slow
def test_bench_reports_throughput_and_the_ratio_to_bare_spacy(tmp_path: Path) -> None:
    for number, text in enumerate(STORIES):
        (tmp_path / f"s{number}.txt").write_text(f"Story {number}\n\n{text}", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["bench", "--articles", "6", "--workers", "1", "--corpus", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["articles"] == report["articles_written"] == 6
    for key in ("bare_spacy_s", "analyze_s", "ratio", "words_per_s", "articles_per_s"):
        assert report[key] > 0
    # Both times are rounded to milliseconds and the ratio to 3 places: allow for that only.
    full, bare, half_ms = report["analyze_s"], report["bare_spacy_s"], 0.0005
    low, high = (full - half_ms) / (bare + half_ms), (full + half_ms) / (bare - half_ms)
    assert low - half_ms <= report["ratio"] <= high + half_ms
    # The model runs once per distinct text; the rest of the requests come from its cache.
    assert 0 < report["embedded_texts"] <= report["embedding_requests"]
