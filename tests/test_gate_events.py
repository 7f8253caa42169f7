"""Quality gate for events: PLOVER gold records and our example-corpus event list.

PLOVER floors are the test-half figures (odd records) and the tuning-half figures (even
records, `train_` keys) measured when the event rules were last changed, rounded down to two
decimals. The corpus floors come from `examples/gold_events.json`, an event list we wrote for
13 articles of the example corpus, every event in them annotated. Raise floors when the rules
improve; never lower them to make a change pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.gold import EXAMPLES, articles_by_key, load_gold
from wirecheck.evaluate.goldfiles import snippet_span
from wirecheck.model import Analysis, Article, Event

PLOVER = Path(__file__).parents[1] / "../shared/data/plover-gsr/PLOVER_GSR_CAMEO.txt"

FLOORS = {
    "type_f1": 0.80,
    "type_macro_f1": 0.74,
    "actor_accuracy": 0.76,
    "source_accuracy": 0.79,
    "target_accuracy": 0.72,
    "train_type_f1": 0.96,
    "train_type_macro_f1": 0.96,
    "train_actor_accuracy": 0.95,
    "train_source_accuracy": 0.97,
    "train_target_accuracy": 0.93,
}
CORPUS_FLOORS = {"precision": 0.98, "recall": 0.89, "mode_accuracy": 0.91}


@pytest.fixture(scope="module")
def scores() -> dict[str, Any]:
    if not PLOVER.is_file():
        pytest.skip(
            f"PLOVER gold records not found at {PLOVER.resolve()} (they sit beside the repo)"
        )
    from wirecheck.evaluate import scorer

    return scorer("plover")(PLOVER)


@pytest.mark.slow
def test_records_read(scores: dict[str, Any]) -> None:
    assert (scores["records"], scores["train_records"]) == (161, 161)


@pytest.mark.slow
@pytest.mark.parametrize("key", sorted(FLOORS))
def test_floor(scores: dict[str, Any], key: str) -> None:
    assert scores[key] >= FLOORS[key], f"{key} fell to {scores[key]} (floor {FLOORS[key]})"


def corpus_scores(analysis: Analysis, gold: dict[str, Any]) -> dict[str, float]:
    """Precision and recall of our events against the gold list, over the annotated files.

    An event of ours matches a gold event of the same type whose snippet holds our trigger;
    each gold event is matched once. `mode_accuracy` is over the matched pairs.
    """
    articles = articles_by_key(analysis)
    ours = [(key, e) for key in gold["exhaustive"] for e in articles[key].events]
    spans = {id(g): snippet_span(articles[g["file"]], g["snippet"]) for g in gold["events"]}
    free = list(gold["events"])
    pairs = []
    for key, event in ours:
        mine = [g for g in free if g["file"] == key]
        found = next((g for g in mine if _same(articles[key], event, g, spans[id(g)])), None)
        if found is not None:
            free.remove(found)
            pairs.append((event, found))
    same_mode = sum(1 for event, g in pairs if event.mode == g["mode"])
    return {
        "precision": len(pairs) / len(ours) if ours else 0.0,
        "recall": len(pairs) / len(gold["events"]),
        "mode_accuracy": same_mode / len(pairs) if pairs else 0.0,
    }


def _same(
    article: Article, event: Event, gold: dict[str, Any], span: tuple[int, int] | None
) -> bool:
    if event.type != gold["type"] or span is None:
        return False
    return span[0] <= trigger_at(article, event) < span[1]


def trigger_at(article: Article, event: Event) -> int:
    """Where the trigger sits: its first whole-word occurrence in the event's span."""
    found = re.search(rf"\b{re.escape(event.trigger)}\b", article.text[event.start : event.end])
    return event.start + (found.start() if found else 0)


def unmatched(analysis: Analysis, gold: dict[str, Any]) -> Iterator[str]:
    """Our events that no gold event explains: printed when the corpus gate fails."""
    articles = articles_by_key(analysis)
    for key in gold["exhaustive"]:
        article = articles[key]
        for event in article.events:
            golds = [g for g in gold["events"] if g["file"] == key]
            if not any(
                _same(article, event, g, snippet_span(article, g["snippet"])) for g in golds
            ):
                clause = article.text[event.start : event.end]
                yield f"{key}: {event.type} {event.trigger!r} in {clause!r}"


@pytest.fixture(scope="module")
def event_gold() -> dict[str, Any]:
    return load_gold("gold_events.json")


def test_gold_list_is_large_enough(event_gold: dict[str, Any]) -> None:
    assert len(event_gold["events"]) >= 40
    assert {g["file"] for g in event_gold["events"]} <= set(event_gold["exhaustive"])
    assert all(g["trigger"] in g["snippet"] for g in event_gold["events"])
    assert (EXAMPLES / "gold_events.json").is_file()


@pytest.mark.slow
def test_gold_snippets_occur_once(example_analysis: Analysis, event_gold: dict[str, Any]) -> None:
    articles: dict[str, Article] = articles_by_key(example_analysis)
    missing = [
        g["snippet"]
        for g in event_gold["events"]
        if snippet_span(articles[g["file"]], g["snippet"]) is None
    ]
    assert missing == []


@pytest.mark.slow
@pytest.mark.parametrize("key", sorted(CORPUS_FLOORS))
def test_corpus_floor(example_analysis: Analysis, event_gold: dict[str, Any], key: str) -> None:
    found = corpus_scores(example_analysis, event_gold)
    extra = "\n".join(unmatched(example_analysis, event_gold))
    assert found[key] >= CORPUS_FLOORS[key], f"{key} fell to {found[key]}; unmatched:\n{extra}"
