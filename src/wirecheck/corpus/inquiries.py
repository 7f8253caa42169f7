"""Inquiries opened: the one deed whose agreement across outlets is news of its own.

Readers ask who is investigating, whatever another outlet says of it, so outlets that each
tell an inquiry under way agree, beside any conflict with an outlet that writes it as only
weighed (deeds.py finds the deeds and that conflict). One inquiry goes by several names and
tenses: "has opened an investigation", "has launched an inquiry", "Prosecutors opened a probe
on Sunday", "which has launched its own investigation", "France's BEA is investigating". Two
outlets tell one inquiry when the words after it share a word of what it looks into, or the
words before it a word of the body that opened it ("Prosecutors in Varnsby have opened" /
"Prosecutors opened"). The inquiry's open question is agreed on the same way: outlets that
each say the cause is not yet known ("What caused the blaze remains unclear", "the cause of
the escape was under investigation") agree.
"""

from __future__ import annotations

import re
from dataclasses import replace

from wirecheck.corpus.claims import Claim, quoted_at, quoted_spans
from wirecheck.corpus.deeds import INQUIRIES, shared_object
from wirecheck.corpus.pairs import (
    STATUS_TOPIC,
    Pair,
    agreed_sentences,
    agreement,
    by_outlet,
    merge_agreements,
    outlet_names,
    outlet_pairs,
)
from wirecheck.model import Article
from wirecheck.text_spans import sentence_around

# "The cause of the fire was not yet known", "the cause has not been established", "What caused
# the blaze remains unclear", "The cause of the escape is under investigation".
UNKNOWN_CAUSE = re.compile(
    r"\b(?:cause(?:\s+of\s+(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)?)?|what\s+caused\s+the\s+[a-z-]+)\s+"
    r"(?:was|is|has|had|remains|remained)\s+(?:still\s+)?"
    r"(?:not\s+(?:yet\s+)?(?:been\s+)?(?:known|determined|established|clear)|unknown|unclear|"
    r"under\s+investigation|being\s+investigated)\b"
)
UNKNOWN_CAUSE_SLOT = "cause unknown"
_WORD = re.compile(r"[A-Za-z][\w-]{2,}")
# Words before an inquiry that name no body ("The agency said it had opened"); "police" and a
# short name ("the BEA") do.
_NOT_BODY = frozenset(
    ("the", "and", "but", "has", "have", "had", "its", "their", "which", "who", "that", "was",
     "were", "also", "already", "now", "said", "says", "told", "with", "from", "for", "this",
     "after")
)  # fmt: skip


def align_inquiries(claims: list[Claim], pairs: list[Pair]) -> list[Pair]:
    """One agreement per inquiry that outlets tell under way, unless an agreement found
    before (a statement told alike, "Detectives are examining ...") already holds all their
    sentences."""
    opened = [
        c
        for c in claims
        if (c.slot in INQUIRIES or c.slot == UNKNOWN_CAUSE_SLOT) and c.value == "done"
    ]
    alike = [
        Pair("agree", STATUS_TOPIC, "", [left, right])
        for lefts, rights in outlet_pairs(by_outlet(opened, "deed"))
        for left in lefts
        for right in rights
        if left.slot == right.slot
        and (
            left.slot == UNKNOWN_CAUSE_SLOT  # one story, one event whose cause is sought
            or shared_object(left, right)
            or same_body(left, right)
        )
    ]
    held = agreed_sentences(pairs)
    return [
        _agreement(group.claims)
        for group in merge_agreements(alike)
        if not all((c.article, c.start) in held for c in group.claims)
    ]


def _agreement(claims: list[Claim]) -> Pair:
    """One agreement of every outlet telling the inquiry under way (or its cause not yet
    known), in their own words."""
    found = agreement(STATUS_TOPIC, claims)
    told = " / ".join(dict.fromkeys(f"“{c.context}”" for c in found.claims))
    unknown = found.claims[0].slot == UNKNOWN_CAUSE_SLOT
    what = "the cause is not yet known" if unknown else "an inquiry is under way"
    return replace(found, summary=f"{outlet_names(found.claims)} agree that {what}: {told}.")


def same_body(left: Claim, right: Claim) -> bool:
    """A word in common before the two deeds: one body opened both."""
    return bool(_body_words(left) & _body_words(right))


def _body_words(claim: Claim) -> set[str]:
    at = claim.text.find(claim.context)
    before = claim.text[: max(at, 0)]
    words = {w.lower() for w in _WORD.findall(before)} - _NOT_BODY
    return {w[:-1] if w.endswith("s") else w for w in words}  # "prosecutors" / "a prosecutor"


def unknown_cause_claims(article: Article, outlet: str) -> list[Claim]:
    """The sentences outside quotations that say the cause is not yet known: an inquiry's
    open question, which outlets agree on as they agree on the inquiry."""
    quoted = quoted_spans(article)
    claims = []
    for match in UNKNOWN_CAUSE.finditer(article.text.lower()):
        if quoted_at(match.start(), quoted):
            continue
        start, end = sentence_around(article.text, match.start())
        phrase = article.text[match.start() : match.end()]
        claims.append(
            Claim(
                article.id, outlet, "deed", STATUS_TOPIC, UNKNOWN_CAUSE_SLOT, "done", start, end,
                article.text[start:end], context=phrase, trigger="cause",
            )
        )  # fmt: skip
    return claims
