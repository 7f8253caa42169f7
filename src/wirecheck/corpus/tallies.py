"""Vote tallies across outlets: "passed by 318 votes to 236", "MPs voting 318 to 236", "a 6-3
vote", "councillors voted 14-7". A tally is one value, for and against together: outlets
giving the same tally agree, outlets giving another one conflict (one side per tally),
however the sentences read. The figures of a tally are not compared again as separate counts
(`count_topics.TALLY`).
"""

from __future__ import annotations

import re

from wirecheck.corpus.claims import Claim, quoted_at, quoted_spans
from wirecheck.corpus.count_topics import TALLY
from wirecheck.corpus.pairs import (
    Pair,
    by_outlet,
    merge_agreements,
    merge_conflicts,
    outlet_pairs,
)
from wirecheck.model import Article
from wirecheck.text_spans import sentence_around

TOPIC = "vote tally"


def tally_claims(article: Article, outlet: str) -> list[Claim]:
    """One claim per vote tally outside quotations, on its sentence."""
    quoted = quoted_spans(article)
    claims = []
    for match in TALLY.finditer(article.text):
        if quoted_at(match.start(), quoted):
            continue
        start, end = sentence_around(article.text, match.start())
        ayes = match["ayes"] or match["ayes2"] or match["ayes3"]
        noes = match["noes"] or match["noes2"] or match["noes3"]
        value = f"{_number(ayes)}–{_number(noes)}"
        claims.append(
            Claim(
                article.id, outlet, "tally", TOPIC, TOPIC, value, start, end,
                article.text[start:end], context=match.group(0),
            )
        )  # fmt: skip
    return claims


def _number(text: str) -> str:
    return re.sub(r"\D", "", text)


def align_tallies(claims: list[Claim]) -> list[Pair]:
    """Per outlet pair, the lead tallies compared: equal agree, different conflict."""
    pairs = []
    for lefts, rights in outlet_pairs(by_outlet(claims, "tally")):
        left, right = lefts[0], rights[0]
        if left.value == right.value:
            summary = f"{left.outlet} and {right.outlet} give the same tally: {left.value}."
            pairs.append(Pair("agree", TOPIC, summary, [left, right]))
        else:
            said = f"{left.outlet} says {left.value}, {right.outlet} says {right.value}"
            pairs.append(Pair("conflict", TOPIC, f"{TOPIC}: {said}.", [left, right]))
    agreements = merge_agreements(pairs, lambda a, b: a.value == b.value)
    return merge_conflicts([p for p in pairs if p.kind == "conflict"], agreements) + agreements
