"""Findings are ranked: conflicts first, then agreements, then unique claims, each by salience."""

from __future__ import annotations

from tests.test_compare import analyse, article, count, quote
from wirecheck.corpus.claims import Claim
from wirecheck.corpus.ranking import claim_weight, ranked, salience
from wirecheck.model import Evidence, Finding


def claim(kind: str, topic: str, lead: bool = False) -> Claim:
    return Claim("a1", "Ledger", kind, topic, topic, "v", 0, 10, "text", lead=lead)


def finding(name: str, kind: str, topic: str, articles: int) -> Finding:
    evidence = [Evidence(f"a{i}", 0, 5, "text", None) for i in range(articles)]
    return Finding(name, "s1", kind, topic, "summary", evidence)


def test_a_toll_or_money_outweighs_another_count_which_outweighs_a_quote() -> None:
    assert claim_weight(claim("count", "casualties")) == 3
    assert claim_weight(claim("count", "EUR lost")) == 3
    assert claim_weight(claim("count", "flood warning")) == 2
    assert claim_weight(claim("event", "consult")) == 2
    assert claim_weight(claim("quote", "quote speaker")) == 1
    assert claim_weight(claim("place", "place")) == 1


def test_a_claim_in_the_first_paragraph_weighs_one_more() -> None:
    assert claim_weight(claim("quote", "quote speaker", lead=True)) == 2
    assert salience([claim("quote", "quote speaker"), claim("count", "injured", lead=True)]) == 4


def test_conflicts_come_first_then_agreements_then_uniques_each_by_salience() -> None:
    findings = [
        (finding("u-heavy", "unique", "casualties", 1), 4),
        (finding("a-light", "agree", "quote speaker", 2), 1),
        (finding("c-light", "conflict", "place", 2), 1),
        (finding("a-heavy", "agree", "casualties", 2), 3),
        (finding("c-heavy", "conflict", "injured", 2), 3),
    ]
    order = [f.id for f in ranked(findings)]
    assert order == ["c-heavy", "c-light", "a-heavy", "a-light", "u-heavy"]


def test_among_equally_salient_findings_more_outlets_come_first() -> None:
    findings = [
        (finding("two", "agree", "date", 2), 2),
        (finding("four", "agree", "time", 4), 2),
    ]
    assert [f.id for f in ranked(findings)] == ["four", "two"]


def test_a_story_lists_an_agreed_rescue_count_before_an_agreed_quote() -> None:
    # Alphabetical order would put "quote speaker" before "rescued": salience decides here.
    words = "Every hull in the harbour will be inspected before the ferries sail again"
    texts = {
        "Planet": f"Nine people were rescued when the ferry capsized.\n“{words},” Eklund said.",
        "Meridian": f"Coastguards rescued nine passengers.\n“{words},” Eklund told reporters.",
    }
    articles = [
        article(
            source,
            text,
            quantities=[count(text, "Nine" if source == "Planet" else "nine", 9, 9, "people")],
            quotes=[quote(text, words, "e:eklund")],
        )
        for source, text in texts.items()
    ]
    topics = [(f.kind, f.topic) for f in analyse(*articles).findings]
    assert topics == [("agree", "rescued"), ("agree", "quote speaker")]
