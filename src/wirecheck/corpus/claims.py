"""Claims: the comparable statements an article makes, built from its extracted layers.

A claim names what it is about (`topic`, plus a `slot` that must match for two claims to be
compared), the value it gives (as text, and as an interval for counts), and the sentence that
states it (the evidence span). The comparison aligns claims across outlets inside a story.
"""

from __future__ import annotations

import re

from wirecheck.corpus.attributed import attributed_span, experts_quoted
from wirecheck.corpus.claim import (
    Claim,
    figure_context,
    happened,
    quoted_at,
    quoted_spans,
)
from wirecheck.corpus.common_units import in_metric, members_counted, number_of_named
from wirecheck.corpus.count_topics import count_topic, describe_count, is_money
from wirecheck.corpus.earlier import (
    confirmable,
    of_an_earlier_event,
)
from wirecheck.corpus.list_parts import listed_part
from wirecheck.corpus.money_slots import CONTEXT_CHARS
from wirecheck.corpus.not_counts import wished
from wirecheck.corpus.sources import figure_source
from wirecheck.corpus.story_text import opening_end
from wirecheck.corpus.tally_pattern import TALLY
from wirecheck.corpus.time_claims import date_claims, time_claims
from wirecheck.model import Article, Entity, Quantity, Quote
from wirecheck.text_spans import sentence_around

# Claim and its helpers live in `claim`; most modules still import them from here.
__all__ = [
    "AGE_WORDS",
    "after_a_death",
    "Claim",
    "bounds_only",
    "capitalised_words",
    "claims_of",
    "happened",
    "quoted_at",
    "quoted_spans",
    "vague",
]

CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")
POSSESSIVE = re.compile(r"['’]s$")  # "Bergen's Flesland airport" names Bergen
VAGUE = re.compile(r"\b(?:dozens|scores|hundreds|thousands|millions)\b", re.IGNORECASE)
VAGUE_RANK = 99  # a word for a magnitude is never an outlet's lead figure
MIN_EVENT_WORDS = 3  # fewer is a heading or a label, no sentence that tells an event
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# The former level of a figure that moved: "down from 3.6 percent", "to 4.75 percent from 5
# percent" ("raised the age from 62 to 65" names no new level before "from": both count).
PREVIOUS = re.compile(
    r"(?:\b(?:down|up)\s+from|\bto\s+[\d.,]+\s*(?:%|percent|per cent)?[^.;]{0,30}?\bfrom)"
    r"\s+(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)
# "died ... at the age of 84", "died ..., aged 84": an age told at a death (`ages`), no count.
# `ages` reads the ages after these same words.
AGE_WORDS = r"(?:at the age of|aged)"
AGE_BEFORE = re.compile(rf"\b{AGE_WORDS}\s+$", re.IGNORECASE)
DEATH = re.compile(r"\b(?:died|dies|death)\b")
QUOTE_KINDS = {"direct", "partial", "indirect"}
# Fewest words of a quote worth aligning: direct words, and a reported point (which must be
# long enough that its wording, retold, still tells it from other points of the same speaker).
QUOTE_WORDS = {False: 4, True: 6}
FORECAST = re.compile(r"\s*(?:[\w/]+\s+){0,2}?(?:expected|forecast|predicted)\b", re.IGNORECASE)
# The figure someone expects ("Organisers expect several hundred people"): a hope, no count.
EXPECTED = re.compile(r"\b(?:expects?|anticipates?)\s+$", re.IGNORECASE)
# A level kept over a period, compared only with other such levels: "are expected to stay
# above 30C until Friday", "would remain below 5 percent" (not a reading of 34.6C).
KEPT_LEVEL = re.compile(
    r"\b(?:stay(?:s|ed|ing)?|remain(?:s|ed|ing)?|kept|keep(?:s|ing)?)\s+(?:well\s+)?"
    r"(?:above|below|over|under)\s"
)
# "23 of them seriously": a part of a count already made, not a figure of its own.
# But "leaving 31 of them injured", "four of them were killed": what befell a part is a count.
SUBSET = re.compile(
    r"^\s*of (?:them|whom|those|which)\b(?!\s+(?:(?:were|was|had been)\s+)?"
    r"(?:injured|hurt|killed|dead|wounded|missing|hospitali[sz]ed)\b)",
    re.IGNORECASE,
)
# "One of the rescued men", "one of the smallest networks", "four of the most serious cases":
# one person or a few picked out of a group, never a count ("four of the miners were taken to
# hospital" is the count of the hurt).
PARTITIVE = re.compile(r"^(?:one of the|\S+ of the (?:most|least))\b", re.IGNORECASE)
# "At two schools with the highest number of cases": the worst few of a group counted elsewhere.
PICKED_OUT = re.compile(
    r"^\s*(?:with|that have|that had|where) the (?:highest|most|largest|biggest|worst|lowest"
    r"|fewest)\b",
    re.IGNORECASE,
)
# "beat her rival by 6,000 votes", "rose by 3": a difference between two figures, never the
# figure itself, so it is compared only with other differences.
MARGIN = re.compile(
    r"\b(?:beat(?:en|s)?|won|wins?|winning|lead(?:s|ing)?|led|ahead|trail\w*|rose|risen|"
    r"fell|fallen|increased|decreased|grew|grown|dropped|climbed)\b(?:\s+[\w'’-]+){0,4}\s+by\s+$",
    re.IGNORECASE,
)
MARGIN_WINDOW = 60
PLACE_TYPES = {"GPE", "LOC", "NORP"}  # a demonym counts once resolved to its country


def claims_of(article: Article, outlet: str, entities: dict[str, Entity]) -> list[Claim]:
    """Every comparable claim in one article."""
    quoted = quoted_spans(article)
    claims = [c for q in article.quantities if (c := _count_claim(article, outlet, q, quoted))]
    claims += _quote_claims(article, outlet, entities)
    claims += _event_claims(article, outlet, quoted)
    claims += time_claims(article, outlet, quoted)
    claims += date_claims(article, outlet, quoted)
    return _with_places_and_ranks(article, claims, entities)


def _with_places_and_ranks(
    article: Article, claims: list[Claim], entities: dict[str, Entity]
) -> list[Claim]:
    """Places resolve through entities, so "the U.K." and "Britain" (or "French" and
    "France") name one place; the rank tells the lead figure from later asides."""
    places = [
        (m.start, m.entity or m.text.lower())
        for m in article.mentions
        if m.type in PLACE_TYPES and (m.type != "NORP" or m.entity)
    ]
    seen: dict[tuple[str, str], int] = {}
    first_end = opening_end(article.text)
    names = capitalised_words(article.text)  # shared by every claim: who the article names
    for claim in sorted(claims, key=lambda c: c.start):
        claim.lead = claim.start < first_end
        claim.article_names = names
        claim.places = frozenset(p for at, p in places if claim.start <= at < claim.end)
        claim.countries = frozenset(p for p in claim.places if p in entities and entities[p].code)
        if claim.kind == "count" and vague(claim):
            claim.rank = VAGUE_RANK  # "thousands were forced out", then "2,800 were moved"
            continue
        claim.rank = seen.get((claim.kind, claim.slot), 0)
        seen[(claim.kind, claim.slot)] = claim.rank + 1
    return claims


def _foreseen(text: str, quantity: Quantity, before: str) -> bool:
    """A figure forecast ("150 km/h expected on the coast") or a crowd hoped for ("organisers
    expect several hundred people") rather than counted. (A sum a company expects, "expects
    $3.1 billion in revenue", is its guidance, which news outlets compare.)"""
    if FORECAST.match(text[quantity.end : quantity.end + CONTEXT_CHARS]):
        return True
    return quantity.unit is None and bool(EXPECTED.search(before))


def _count_claim(
    article: Article, outlet: str, quantity: Quantity, quoted: list[tuple[int, int]]
) -> Claim | None:
    if quantity.low is None and quantity.high is None:
        return None
    if quantity.unit != "%" and (
        SUBSET.match(article.text[quantity.end : quantity.end + 20])
        and not quantity.counted
        or PARTITIVE.match(quantity.text)
        or PICKED_OUT.match(article.text[quantity.end : quantity.end + CONTEXT_CHARS])
    ):
        # "95 per cent of them" is a share, the figure itself; a part that counts the noun of
        # the figure before it ("200 workers ..., and three of them were treated") is a count;
        # a few picked out ("two schools with the highest number of cases") are no count
        return None
    if quoted_at(quantity.start, quoted) or listed_part(article.text, quantity):
        return None  # the speaker's rhetoric; one item of a list of people ("two men and a woman")
    if PREVIOUS.search(article.text[max(0, quantity.start - CONTEXT_CHARS) : quantity.start]):
        return None  # "fell to 2.6 per cent, from 3.3 per cent": the level it left, not news
    if _age_at_death(article.text, quantity.start):
        return None  # "died at the age of 84": an age (`ages`), no count
    if _in_tally(article.text, quantity):
        return None  # "by 318 votes to 236" is one tally (`tallies`), not two counts
    start, end = sentence_around(article.text, quantity.start)
    before = article.text[max(start, quantity.start - CONTEXT_CHARS) : quantity.start]
    if wished(before) and not is_money(quantity.unit):
        return None  # "asked both sides to allow 20 trucks a day": a wish, not a fact (a sum
        # demanded, "demanded a ransom of 2 million dollars", is the news itself)
    if _foreseen(article.text, quantity, before):
        return None  # "gusts of 150 km/h expected on the coast": a forecast, not a measure
    quantity = number_of_named(members_counted(quantity), before)
    measured = in_metric(quantity)  # compared in metric units, shown as written
    topic = count_topic(article.text[start:end], measured, quantity.start - start)
    if topic is None:
        return None
    earlier = of_an_earlier_event(article, quantity, topic, start, end)
    if earlier and not confirmable(article, quantity, topic, start):
        return None
    if MARGIN.search(article.text[max(start, quantity.start - MARGIN_WINDOW) : quantity.start]):
        topic = f"{topic} margin"
    elif KEPT_LEVEL.search(before + article.text[quantity.start : quantity.end]):
        topic = f"{topic} threshold"  # "to stay above 30C until Friday": not a reading
    return Claim(
        article.id, outlet, "count", topic, topic, describe_count(quantity),
        start, end, article.text[start:end], low=measured.low, high=measured.high,
        context=figure_context(article.text, quantity, start, end),
        counted=None if quantity.unit else quantity.counted,
        source=figure_source(article.text[start:end], quantity.start - start,
                             quantity.end - start),
        earlier=earlier,
    )  # fmt: skip


def _age_at_death(text: str, at: int) -> bool:
    """Whether the figure at `at` is an age told in words in a sentence of a death."""
    return bool(AGE_BEFORE.search(text, max(0, at - CONTEXT_CHARS), at)) and after_a_death(text, at)


def after_a_death(text: str, at: int) -> bool:
    """Whether a death is told in the sentence before offset `at` ("died on March 5 at the age
    of 84"): an age told in words there is the age at death (read here and by `ages`)."""
    return DEATH.search(text, sentence_around(text, at)[0], at) is not None


def _in_tally(text: str, quantity: Quantity) -> bool:
    near = max(0, quantity.start - CONTEXT_CHARS)
    return any(
        near + t.start() <= quantity.start < near + t.end()
        for t in TALLY.finditer(text[near : quantity.end + CONTEXT_CHARS])
    )


def vague(claim: Claim) -> bool:
    """A figure given only as a word for an order of magnitude ("thousands of savers")."""
    return bool(VAGUE.search(claim.value)) and not re.search(r"\d", claim.value)


def bounds_only(a: Claim, b: Claim) -> bool:
    """A figure with only a lower bound beside one with only an upper bound, in either order
    ("at least 1 billion euros", "up to 8 billion euros"): they overlap without naming a
    figure in common."""
    return _floor_and_ceiling(a, b) or _floor_and_ceiling(b, a)


def _floor_and_ceiling(floor: Claim, ceiling: Claim) -> bool:
    only_floor = floor.low is not None and floor.high is None
    only_ceiling = ceiling.high is not None and not ceiling.low
    return only_floor and only_ceiling


def _quote_claims(article: Article, outlet: str, entities: dict[str, Entity]) -> list[Claim]:
    claims = []
    experts = experts_quoted(article, entities)
    for quote in article.quotes:
        reported = quote.kind == "indirect"
        if quote.kind not in QUOTE_KINDS or len(quote.text.split()) < QUOTE_WORDS[reported]:
            continue
        if reported and not quote.speaker:
            continue  # "officials said ...": nobody to agree with
        speaker = entities[quote.speaker].name if quote.speaker in entities else None
        shown = attributed_span(article.text, quote, speaker)
        claims.append(
            Claim(
                article.id, outlet, "quote", "quote speaker", "quote",
                speaker or (quote.speaker_text or "unknown"), quote.start, quote.end,
                quote.text, speaker=quote.speaker, quote_text=quote.text, reported=reported,
                shown=shown,
                whole=_with_rest(article, quote, shown) or _with_first(article, quote, speaker),
                expert=quote.speaker in experts,
            )
        )  # fmt: skip
    return claims


def _with_rest(
    article: Article, quote: Quote, shown: tuple[int, int, str] | None
) -> tuple[int, int, str] | None:
    """'“We cannot hold back the sea,” Ashby said, “but we can ...”': a quotation split around
    its cue, up to the end of the piece after the cue, so a reader (and a finding's evidence)
    sees the whole statement; None when the quote runs on after no cue."""
    rest = next((q for q in article.quotes if _after_its_cue(quote, q)), None)
    return _both_pieces(article, quote, rest, shown) if rest else None


def _with_first(article: Article, quote: Quote, speaker: str | None) -> tuple[int, int, str] | None:
    """The piece after the cue, shown as the piece before it shows the whole: either piece may
    be the one another outlet's quotation is found to match, and both give one finding."""
    first = next((q for q in article.quotes if _after_its_cue(q, quote)), None)
    if first is None:
        return None
    return _both_pieces(article, first, quote, attributed_span(article.text, first, speaker))


def _both_pieces(
    article: Article, first: Quote, rest: Quote, shown: tuple[int, int, str] | None
) -> tuple[int, int, str] | None:
    """The span from the first piece (with its attribution when `shown`) to the end of the
    rest; None when a paragraph ends between them."""
    if "\n" in article.text[first.end : rest.start]:
        return None
    start = shown[0] if shown else first.start
    return start, rest.end, article.text[start : rest.end]


def _after_its_cue(quote: Quote, other: Quote) -> bool:
    """Whether `other` is the piece after the cue that `quote` comes before."""
    if quote.cue_end is None or other.cue_start is None:
        return False
    same = (other.cue_start, other.cue_end, other.speaker) == (
        quote.cue_start,
        quote.cue_end,
        quote.speaker,
    )
    return same and quote.end <= quote.cue_end <= other.start


def capitalised_words(text: str) -> frozenset[str]:
    """Every capitalised word of a text, lower-cased, a possessive 's taken off."""
    return frozenset(POSSESSIVE.sub("", w).lower() for w in CAPITALISED.findall(text))


def _event_claims(article: Article, outlet: str, quoted: list[tuple[int, int]]) -> list[Claim]:
    claims = []
    for event in article.events:
        if quoted_at(event.start, quoted):
            continue  # the speaker's words: the quote itself is the claim
        start, end = sentence_around(article.text, event.start)
        if len(article.text[start:end].split()) < MIN_EVENT_WORDS:
            continue  # a page's label read as a sentence ("Region", "Admissions")
        claims.append(
            Claim(
                article.id, outlet, "event", event.type.lower(), event.type,
                event.mode, start, end, article.text[start:end],
                mode=event.mode, time=event.time, trigger=event.trigger.lower(),
                future=_after_day(event.time, article.anchor()),
            )
        )  # fmt: skip
    return claims


def _after_day(day: str | None, anchor: str | None) -> bool:
    """Whether a dated deed lies after the article's own day: a step still to come when the
    article was written."""
    if not (day and anchor and ISO_DAY.match(day)):
        return False
    return day[:10] > anchor[:10]
