"""Bare dollars in a story told in another dollar: "worth nearly half a million dollars" beside
other outlets' "NZ$250,000" is the New Zealand figure.

An article that names no country leaves a bare "dollars" or "$" as US dollars (the extract
stage's default, `resources.numberwords.CONTEXT_DEFAULTS`). Within a story, when the other
outlets write exactly one other dollar currency and none writes US dollars explicitly, that
default was a guess the story corrects: the claim is compared with the story's currency.
"""

from __future__ import annotations

import re

from wirecheck.corpus.claims import Claim
from wirecheck.resources.numberwords import CONTEXT_CURRENCIES, CONTEXT_DEFAULTS

DEFAULT_DOLLAR = CONTEXT_DEFAULTS["dollar"]
DOLLAR_CODES = frozenset(CONTEXT_CURRENCIES["dollar"])  # the dollars an article's places pick
# A figure that says which dollar it is: "US$5", "NZ$3.50", "5 million Canadian dollars".
EXPLICIT = re.compile(
    r"\b(?:US|U\.S\.|NZ|A|C|HK|S|NT)\$|\b(?:USD|CAD|AUD|NZD|HKD|SGD|TWD)\b"
    r"|\b(?:US|U\.S\.|American|Canadian|Australian|New Zealand|Hong Kong|Singapore|Taiwan)"
    r" dollars?\b"
)


def settle_bare_dollars(claims: list[Claim]) -> None:
    """Re-slot, in place, bare-dollar count claims to the story's one explicit dollar."""
    written = {_code(c) for c in claims if c.kind == "count" and _explicit(c)}
    written.discard(None)
    if len(written) != 1 or DEFAULT_DOLLAR in written:
        return
    (code,) = written
    assert code is not None
    for claim in claims:
        if claim.kind == "count" and _code(claim) == DEFAULT_DOLLAR and not _explicit(claim):
            claim.topic = code + claim.topic[len(DEFAULT_DOLLAR) :]
            claim.slot = code + claim.slot[len(DEFAULT_DOLLAR) :]


def _code(claim: Claim) -> str | None:
    head = claim.topic.split(" ", 1)[0]
    return head if head in DOLLAR_CODES else None


def _explicit(claim: Claim) -> bool:
    return bool(EXPLICIT.search(claim.value))
