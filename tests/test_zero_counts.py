"""Tolls of none ("No one was injured") as counts of zero, against other outlets' figures."""

from __future__ import annotations

import pytest

from tests.test_compare import analyse, article, count, quote
from wirecheck.corpus.zero_counts import zero_claims

INJURED = "Four passengers suffered minor injuries when the tram braked hard on Monday."


@pytest.mark.parametrize(
    ("sentence", "topic", "value"),
    [
        ("No one was injured when the tram braked hard on Monday.", "injured", "no one"),
        ("Nobody was hurt, the operator said.", "injured", "nobody"),
        ("No injuries were reported after the tram braked hard.", "injured", "no injuries"),
        ("No deaths have been reported in the district.", "casualties", "no deaths"),
        ("There were no fatalities, police said.", "casualties", "no fatalities"),
        ("There were no reports of injuries, police said.", "injured", "no injuries"),
        # a qualified zero is the toll of the badly hurt only
        ("None was seriously hurt.", "seriously injured", "none"),
        ("Police said nobody was critically injured.", "seriously injured", "nobody"),
    ],
)
def test_a_statement_of_none_is_a_count_of_zero(sentence: str, topic: str, value: str) -> None:
    (claim,) = zero_claims(article("Ledger", sentence), "Ledger")
    assert (claim.topic, claim.value, claim.low, claim.high) == (topic, value, 0, 0)
    assert claim.text == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "No one else was killed in the crash.",  # a further victim, not the toll
        "No deaths among the crew were reported.",  # one group, not the whole toll
        "There were no casualties, the operator said.",  # the dead, the hurt or both
        "“No one was hurt, thank God,” the driver said.",  # the speaker's words
    ],
)
def test_a_qualified_or_quoted_none_is_no_count(sentence: str) -> None:
    made = article("Ledger", sentence)
    if "“" in sentence:
        made.quotes = [quote(sentence, "No one was hurt, thank God", None)]
    assert zero_claims(made, "Ledger") == []


def test_none_hurt_conflicts_with_a_count_of_injured() -> None:
    none = "No one was injured when the tram braked hard on Monday, the operator said."
    a = article("Ledger", none)
    b = article(
        "Planet", INJURED, quantities=[count(INJURED, "Four passengers", 4, 4, "passenger")]
    )
    (finding,) = analyse(a, b).findings
    assert (finding.kind, finding.topic) == ("conflict", "injured")
    assert "no one" in finding.summary and "Four passengers" in finding.summary


def test_two_outlets_saying_none_agree_and_a_none_is_never_unique() -> None:
    a = article("Ledger", "No one was injured when the tram braked hard on Monday.")
    b = article("Planet", "Nobody was hurt when the tram stopped suddenly on Monday.")
    assert [(f.kind, f.topic) for f in analyse(a, b).findings] == [("agree", "injured")]
    c = article("Valley", "The tram braked hard on Monday near the market square.")
    assert analyse(a, c).findings == []


def test_outlets_saying_none_was_badly_hurt_agree_and_leave_minor_injuries_alone() -> None:
    a = article("Ledger", "Nobody was seriously hurt when the tram braked hard on Monday.")
    b = article("Planet", INJURED + " None was seriously hurt.")
    b.quantities = [count(b.text, "Four passengers", 4, 4, "passenger")]
    assert [(f.kind, f.topic) for f in analyse(a, b).findings] == [("agree", "seriously injured")]
