"""Background only one outlet gives: a sentence that dates something with a year no other
outlet of the story names ("The ferry was built in 1995", "the hospital was hit by a smaller
cyberattack in 2021", "close the last mines by 2049").

The history or the horizon of a story is where outlets differ most in what they tell: one
reporter looked up the ship's age or the earlier attack, the others did not. A reader comparing
coverage wants to know which outlet adds that. The year itself is the test: a year that no
other outlet's article names anywhere is background only this outlet supplies (a year another
outlet names, in any words, belongs to a fact they share). Decades ("since the 1990s") are too
loose to say that. Words inside quotation marks are a speaker's, not the outlet's, and a
sentence holding a claim another outlet compares is already covered by that finding.
"""

from __future__ import annotations

import re

from wirecheck.corpus.claims import Claim, quoted_at, quoted_spans
from wirecheck.model import Article
from wirecheck.text_spans import sentence_around

BACKGROUND = "background"
YEAR = re.compile(r"\b(?:19|20)\d\d\b(?!s|['’]s)")


def years_named(text: str) -> frozenset[str]:
    return frozenset(YEAR.findall(text))


def background_claims(article: Article, outlet: str) -> list[Claim]:
    """One claim per sentence of the article that names a year outside quotations."""
    quoted = quoted_spans(article)
    named = years_named(article.text)
    lead_end = article.text.find("\n\n")
    claims: dict[tuple[int, int], Claim] = {}
    for match in YEAR.finditer(article.text):
        if quoted_at(match.start(), quoted):
            continue
        start, end = sentence_around(article.text, match.start())
        if (start, end) in claims:
            continue
        claims[(start, end)] = Claim(
            article.id, outlet, BACKGROUND, BACKGROUND, BACKGROUND, match.group(), start, end,
            article.text[start:end], lead=lead_end < 0 or start < lead_end,
            article_names=named,
        )  # fmt: skip
    return list(claims.values())


def background_only_here(claim: Claim, claims: list[Claim]) -> bool:
    """Whether no other outlet's article names the year of this background claim."""
    years = years_named(claim.text)
    return not any(
        years & other.article_names
        for other in claims
        if other.kind == BACKGROUND and other.outlet != claim.outlet
    )
