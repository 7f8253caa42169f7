"""Claims: the comparable statements an article makes, built from its extracted layers.

A claim names what it is about (`topic`, plus a `slot` that must match for two claims to be
compared), the value it gives (as text, and as an interval for counts), and the sentence that
states it (the evidence span). The comparison aligns claims across outlets inside a story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wirecheck.model import Article, Entity, Quantity
from wirecheck.text_spans import sentence_around

# Cue words near a count that say what is being counted, whatever the counted noun is.
# Order matters: the nearest cue wins, ties go to the earlier entry.
COUNT_TOPICS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (topic, re.compile(pattern, re.IGNORECASE))
    for topic, pattern in (
        ("casualties", r"\b(?:kill\w*|dead|deaths?|died|dying|fatalit\w*|death toll|lives)\b"),
        ("injured", r"\b(?:injur\w*|wound\w*|hurt|hospitali[sz]ed)\b"),
        ("arrests", r"\b(?:arrest\w*|detain\w*|detention)\b"),
        ("missing", r"\bmissing\b"),
        ("evacuated", r"\b(?:evacuat\w*|displaced|homeless|fled)\b"),
        ("participants", r"\b(?:took part|take part|taking part|join\w*|attend\w*|particip\w*)\b"),
    )
)
# Counted nouns that name participants of a meeting, so "40 ministers" and "35 nations"
# quantify the same thing when the sentence is about taking part.
PARTICIPANT_NOUNS = {
    "minister", "nation", "country", "leader", "delegation", "delegate", "state",
    "government", "official", "representative", "member", "head", "envoy",
}  # fmt: skip
CUE_WINDOW = 80  # characters either side of a count in which a topic cue counts
NOT_HAPPENED = {"proposed", "future", "hypothetical", "negated"}


@dataclass
class Claim:
    article: str
    outlet: str  # independence key: a syndicated copy carries its original's outlet
    kind: str  # count | quote | event
    topic: str
    slot: str
    value: str
    start: int  # evidence: the sentence that states the claim
    end: int
    text: str
    low: float | None = None
    high: float | None = None
    speaker: str | None = None
    mode: str | None = None
    time: str | None = None
    quote_text: str | None = None


def claims_of(article: Article, outlet: str, entities: dict[str, Entity]) -> list[Claim]:
    """Every comparable claim in one article."""
    claims = [c for q in article.quantities if (c := _count_claim(article, outlet, q))]
    claims += _quote_claims(article, outlet, entities)
    claims += _event_claims(article, outlet)
    return claims


def _count_claim(article: Article, outlet: str, quantity: Quantity) -> Claim | None:
    if quantity.low is None and quantity.high is None:
        return None
    topic = count_topic(article.text, quantity)
    if topic is None:
        return None
    start, end = sentence_around(article.text, quantity.start)
    return Claim(
        article.id, outlet, "count", topic, topic, describe_count(quantity),
        start, end, article.text[start:end], low=quantity.low, high=quantity.high,
    )  # fmt: skip


def count_topic(text: str, quantity: Quantity) -> str | None:
    """What a count is about: a cue nearby (killed, injured, took part), else its noun or unit."""
    window_start = max(0, quantity.start - CUE_WINDOW)
    window = text[window_start : quantity.end + CUE_WINDOW]
    here = quantity.start - window_start
    best: tuple[int, str] | None = None
    for topic, pattern in COUNT_TOPICS:
        for match in pattern.finditer(window):
            distance = min(abs(match.start() - here), abs(match.end() - here))
            if best is None or distance < best[0]:
                best = (distance, topic)
    if best and (best[1] != "participants" or quantity.counted in PARTICIPANT_NOUNS):
        return best[1]
    return quantity.counted or quantity.unit


def describe_count(quantity: Quantity) -> str:
    exact = quantity.low == quantity.high
    if exact or quantity.value is None:
        return quantity.text
    low = _number(quantity.low) if quantity.low is not None else "…"
    high = _number(quantity.high) if quantity.high is not None else "…"
    return f"{quantity.text} ({low}–{high})"


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def _quote_claims(article: Article, outlet: str, entities: dict[str, Entity]) -> list[Claim]:
    claims = []
    for quote in article.quotes:
        if quote.kind not in ("direct", "partial") or len(quote.text.split()) < 4:
            continue
        speaker = entities[quote.speaker].name if quote.speaker in entities else None
        claims.append(
            Claim(
                article.id, outlet, "quote", "quote speaker", "quote",
                speaker or (quote.speaker_text or "unknown"), quote.start, quote.end,
                quote.text, speaker=quote.speaker, quote_text=quote.text,
            )
        )  # fmt: skip
    return claims


def _event_claims(article: Article, outlet: str) -> list[Claim]:
    claims = []
    for event in article.events:
        start, end = sentence_around(article.text, event.start)
        claims.append(
            Claim(
                article.id, outlet, "event", event.type.lower(), event.type,
                event.mode, start, end, article.text[start:end],
                mode=event.mode, time=event.time,
            )
        )  # fmt: skip
    return claims


def happened(mode: str | None) -> bool:
    return mode not in NOT_HAPPENED
