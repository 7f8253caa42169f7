"""Which claim sentences the comparison embeds (issue #9): fewer texts, the same findings."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

import wirecheck.embed
from tests.test_compare import article as _article
from tests.test_compare import event as _event
from wirecheck.corpus import compare
from wirecheck.corpus.claims import Claim, claims_of
from wirecheck.corpus.compare import compare_stories, compared_gists
from wirecheck.model import Analysis, Quantity, Quote, Story


def _count(text: str, phrase: str, value: float, counted: str | None) -> Quantity:
    start = text.index(phrase)
    return Quantity("", "", start, start + len(phrase), phrase, value, value, value, None, counted)


def _quote(text: str, words: str) -> Quote:
    start = text.index(words)
    return Quote("", "", start, start + len(words), words, "direct", None)


FLOOD_A = "The river swamped 120 homes in the lower town on Monday, the mayor said."
FLOOD_B = "About 90 homes were flooded when the river burst its banks on Monday."
FLOOD_C = "Rescuers evacuated 300 residents from the valley on Tuesday morning."
VOTE_A = "The council approved the tram line on Friday by 9 votes to 4."
VOTE_B = "Councillors voted for the new tram line on Friday."
LONE = "Workers at the port went on strike on Wednesday over pay."
SAID = "“We will rebuild every street,” the mayor said."


def _analysis() -> Analysis:
    flood = [
        _article("Herald", FLOOD_A, quantities=[_count(FLOOD_A, "120 homes", 120, "home")]),
        _article("Courier", FLOOD_B, quantities=[_count(FLOOD_B, "About 90 homes", 90, "home")]),
        _article(
            "Post",
            FLOOD_C + " " + SAID,
            quantities=[_count(FLOOD_C, "300 residents", 300, "resident")],
            quotes=[_quote(FLOOD_C + " " + SAID, "We will rebuild every street")],
        ),
    ]
    vote = [
        _article("Herald", VOTE_A, events=[_event(VOTE_A, "approved", "AGREE", "asserted")]),
        _article("Courier", VOTE_B, events=[_event(VOTE_B, "voted", "AGREE", "asserted")]),
    ]
    strike = [_article("Post", LONE, events=[_event(LONE, "strike", "STRIKE", "asserted")])]
    stories = [
        Story(f"s:{n}", title, [a.id for a in members], sorted({a.source or "" for a in members}))
        for n, (title, members) in enumerate([("Flood", flood), ("Vote", vote), ("Strike", strike)])
    ]
    return Analysis(articles=flood + vote + strike, stories=stories)


def _findings(analysis: Analysis) -> list[tuple[str, str, str, str]]:
    return [(f.id, f.kind, f.topic, f.summary) for f in analysis.findings]


def test_a_lone_claim_and_a_quote_are_not_embedded(encoded: list[str]) -> None:
    analysis = _analysis()
    compare_stories(analysis)
    assert LONE not in encoded  # one outlet tells the strike: nothing to compare it with
    assert not any("rebuild" in text for text in encoded)  # quotes match on their words
    assert any("120 homes" in text for text in encoded)


def test_each_distinct_sentence_is_embedded_once(encoded: list[str]) -> None:
    compare_stories(_analysis())
    assert encoded
    assert len(encoded) == len(set(encoded))


def test_findings_equal_those_of_embedding_every_gist(
    encoded: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    selective = _analysis()
    compare_stories(selective)

    def every_gist(claims: list) -> dict[str, np.ndarray]:
        texts = sorted({c.gist for c in claims})
        return dict(zip(texts, wirecheck.embed.encode(texts), strict=True))

    monkeypatch.setattr(compare, "sentence_vectors", every_gist)
    monkeypatch.setattr(compare, "PREFETCH_TEXTS", 1)
    eager = _analysis()
    compare_stories(eager)
    assert _findings(selective) == _findings(eager)
    assert selective.findings  # the stories do give findings to compare


def test_compared_gists_needs_two_outlets_of_a_kind() -> None:
    articles = {a.text: a for a in _analysis().articles}
    lone = claims_of(articles[LONE], "Post", {})
    assert lone and compared_gists(lone) == set()
    flood = [articles[FLOOD_A], articles[FLOOD_B]]
    claims = [c for a in flood for c in claims_of(a, a.source or "", {})]
    counts = {c.gist for c in claims if c.kind == "count"}
    assert len(counts) == 2 and counts <= compared_gists(claims)


def _quote_claim(outlet: str, words: str, reported: bool) -> Claim:
    return Claim(
        f"a:{outlet}", outlet, "quote", "quote speaker", "quote", "The mayor", 0, len(words),
        words, quote_text=words, reported=reported,
    )  # fmt: skip


def test_an_announcement_and_the_quotes_it_is_echoed_against_are_fetched() -> None:
    """`unique._echoed` measures a quote announcing a decision against every quote of the
    other outlets: those gists come in the batch, not one by one when first read."""
    announced = _quote_claim("Herald", "the city would review every building permit", True)
    other = _quote_claim("Courier", "We will rebuild every street", False)
    same_outlet = _quote_claim("Herald", "Nobody saw the water coming that fast", False)
    assert compared_gists([announced, other, same_outlet]) == {announced.gist, other.gist}
    plain = _quote_claim("Herald", "the water rose faster than anyone had expected", True)
    assert compared_gists([plain, other]) == set()  # no announcement: matched on words


def _claim(outlet: str, kind: str, slot: str, text: str, **fields: Any) -> Claim:
    return Claim(f"a:{outlet}", outlet, kind, slot, slot, "", 0, len(text), text, **fields)


def test_a_figure_is_fetched_only_where_another_outlet_counts_the_same_thing() -> None:
    herald = _claim("Herald", "count", "homes", "The river flooded 120 homes.", low=120, high=120)
    courier = _claim("Courier", "count", "homes", "About 90 homes were flooded.", low=90, high=90)
    # Two sons: a lone slot, and too small a figure to be news only the Courier has.
    sons = _claim("Courier", "count", "sons", "She waited with her two sons.", low=2, high=2)
    assert compared_gists([herald, courier, sons]) == {herald.gist, courier.gist}


def test_a_date_is_fetched_only_when_another_outlet_dates_the_same_thing() -> None:
    hearing = "The appeal will be heard on March 3."
    heard = _claim("Herald", "date", "date", hearing, time="2024-03-03", future=True)
    again = _claim("Courier", "date", "date", "The appeal is due on March 4.", time="2024-03-04",
                   future=True)  # fmt: skip
    # The day a thing was said, not in the opening's deed: `align_dates` does not weigh it.
    said = _claim("Post", "date", "date", "The minister said on Monday the appeal was wrong.",
                  time="2024-02-26", today=True)  # fmt: skip
    assert compared_gists([heard, again, said]) == {heard.gist, again.gist}


def test_a_news_figure_is_fetched_with_the_figures_of_its_kind_it_may_echo() -> None:
    """`unique._echoed` reads a salient claim against every other outlet's claim of its family,
    whatever their slots; money is only measured against money."""
    ransom = _claim("Herald", "count", "EUR ransom", "A ransom of €2 million was paid.",
                    low=2e6, high=2e6)  # fmt: skip
    fee = _claim("Courier", "count", "EUR fee", "The club paid a €5 million fee.", low=5e6,
                 high=5e6)  # fmt: skip
    homes = _claim("Courier", "count", "homes", "About 90 homes were flooded.", low=90, high=90)
    assert compared_gists([ransom, fee, homes]) == {ransom.gist, fee.gist}
