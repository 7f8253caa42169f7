"""Records and tallies: "the third fatal bus crash on the road this year", "the second attack
on a hospital in a month". An outlet that places the story in a series tells readers something
the others do not; when only one outlet does, it is a unique finding worth showing.

A record claim is the phrase from the ordinal to the period, outside quotations. It is never
aligned (two outlets rarely count a series the same way, and a disagreement there is seldom a
conflict of fact); it only competes to be an article's unique claim, beside its main one.
"""

from __future__ import annotations

import re

from wirecheck.corpus.claims import Claim, quoted_spans
from wirecheck.model import Article
from wirecheck.text_spans import sentence_around

ORDINALS = r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)"
PERIOD = (
    r"(?:so far )?this (?:year|month|week|season|decade)|in (?:a|the past|the last|less than a)"
    r" (?:year|month|week|decade)|since (?:19|20)\d\d"
)
RECORD = re.compile(
    rf"\b(?:the|its|their)\s+(?P<ordinal>{ORDINALS})\s+(?:[\w'’-]+\s+){{0,7}}?(?:{PERIOD})\b",
    re.IGNORECASE,
)
TOPIC = "series"


def record_claims(article: Article, outlet: str) -> list[Claim]:
    """One claim per ordinal-in-a-period phrase outside quotations, on its sentence."""
    quoted = quoted_spans(article)
    claims = []
    for match in RECORD.finditer(article.text):
        if any(start <= match.start() < end for start, end in quoted):
            continue
        start, end = sentence_around(article.text, match.start())
        claims.append(
            Claim(
                article.id, outlet, "record", TOPIC, TOPIC, match.group(0), start, end,
                article.text[start:end], context=match.group(0),
            )
        )  # fmt: skip
    return claims
