"""Story clustering: the town a report is filed from is one of the names its opening gives,
so two outlets' reports of one city's event share it even where the parser misses the place in
the lead. Texts are ours; no entity stage and no model are needed."""

from __future__ import annotations

from wirecheck.corpus.story_signals import signals_of
from wirecheck.model import Article, article_id


def _report(text: str, dateline: str | None) -> Article:
    return Article(id=article_id(text), path="r", text=text, title="City hit", dateline=dateline)


TEXT = "The city administration was crippled by a cyber attack discovered on Saturday evening."


def test_the_dateline_town_is_among_the_opening_names() -> None:
    assert "ghent" in signals_of(_report(TEXT, "GHENT, Belgium"), "o").names
    assert "san jose" in signals_of(_report(TEXT, "SAN JOSE"), "o").names


def test_a_dateline_that_is_no_town_adds_no_name() -> None:
    plain = signals_of(_report(TEXT, None), "o").names
    assert signals_of(_report(TEXT, "Nov. 23"), "o").names == plain
    assert signals_of(_report(TEXT, "2026"), "o").names == plain
