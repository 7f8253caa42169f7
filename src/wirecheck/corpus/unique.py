"""Unique claims: a salient claim only one independent outlet makes.

How salient a claim is, and which claims never are, is `unique_salience`'s question. Here:
a further figure on a slot other outlets also count (a detail of a compared topic) is not
unique unless the text says it is a count of its own ("another 400 jobs at suppliers"). A
claim another outlet echoes (similar sentence) is not unique, nor a large figure another
outlet gives in other words (within a tenth of it: "some 1,450 nurses" / "about 1,500
staff"), nor an event whose sentence another outlet already confirms through a figure in it,
nor an opening event whose sentence reads like another outlet's opening. Each article gives
its most salient claim (the earliest among equals), and besides it at most one announcement
or market move in another sentence: any other second pick added only false findings on our
tuning sets. A market move ("shares fell 4.1 per cent") is a slot of its own unless another
outlet reports a market move too, with or without a figure ("the carmaker's stock slipped in
Tokyo").

Besides an expert's view, the own words of a named person speaking for an organised group (a
union, campaigners, a chamber of commerce) that no other outlet names are unique: see
`voices`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from itertools import islice

import numpy as np

from wirecheck.corpus.background import BACKGROUND, background_only_here
from wirecheck.corpus.claims import Claim, vague
from wirecheck.corpus.count_topics import is_money
from wirecheck.corpus.money_slots import slot_unit
from wirecheck.corpus.pairs import Pair
from wirecheck.corpus.unique_salience import MARKET, market_move, salience
from wirecheck.corpus.unique_speech import as_announcement
from wirecheck.corpus.voices import expert_voices, group_voices
from wirecheck.embed import embed_missing

UNIQUE_MAX_SIMILARITY = 0.6
# Two openings this alike tell one piece of news: on our tuning sets the opening events that
# were an outlet's own news scored at most 0.46 against the other outlets' openings, and three
# of the four that were the shared news in other words 0.54 or more.
LEAD_RETOLD_SIMILARITY = 0.5
SAME_FIGURE_MIN = 100  # below it, two outlets' figures can fit each other by chance
SAME_FIGURE_SPREAD = 0.1  # "some 1,450" and "about 1,500" are one figure told twice


def unique_claims(
    claims: list[Claim], vectors: dict[str, np.ndarray], pairs: list[Pair]
) -> list[Claim]:
    """Per article, its most salient claims that no other independent outlet echoes."""
    paired = {id(c) for p in pairs for c in p.claims}
    # An event is its whole sentence: one whose figure another outlet confirms ("3,000 residents
    # were ordered to leave" / "2,800 were moved out"), or whose date another outlet confirms or
    # contradicts ("will next meet on April 9" / "is due on April 10"), is not news only one
    # outlet has.
    compared = {
        (c.article, c.start, c.end)
        for p in pairs
        for c in p.claims
        if (p.kind == "agree" and not vague(c)) or c.kind in ("date", "time")
    }  # "as thousands protested" beside a court's ruling confirms the protest, not the ruling

    def unpaired(claim: Claim) -> bool:
        return id(claim) not in paired and not _compared_event(claim, compared)

    def fresh(claim: Claim) -> bool:
        return not _retold_lead(claim, claims, vectors) and not _echoed(claim, claims, vectors)

    candidates = _candidates(claims, unpaired)
    result: list[Claim] = []
    for article in sorted(candidates):
        picks = _picks(candidates[article], fresh)
        result += [as_announcement(c, claims) if c.kind == "quote" else c for c in picks]
    taken = paired | {id(c) for c in result}
    voices = expert_voices(claims, taken) + group_voices(claims, taken)
    return result + _backgrounds(claims, pairs, result) + voices


def _candidates(claims: list[Claim], kept: Callable[[Claim], bool]) -> dict[str, list[Claim]]:
    """Per article, its salient `kept` claims that no other outlet tells in a way the claims
    alone show, most salient first (the earliest among equals): what `_picks` chooses from."""
    shared = {slot for slot, outlets in _outlets_per_slot(claims).items() if len(outlets) > 1}
    scored: dict[str, list[tuple[int, Claim]]] = defaultdict(list)
    for claim in claims:
        score = salience(claim)
        if score and kept(claim) and not _told_elsewhere(claim, claims, shared):
            scored[claim.article].append((score, claim))
    return {
        article: [c for _, c in sorted(ranks, key=lambda s: (-s[0], s[1].start))]
        for article, ranks in scored.items()
    }


def _told_elsewhere(claim: Claim, claims: list[Claim], shared: set[str]) -> bool:
    """Whether another outlet tells the claim, as its claims show without sentence vectors: a
    count on a slot others count too (unless it is one of its own), a market move others
    report, or a large figure others give in other words."""
    if claim.kind == "count" and claim.slot in shared and not _own_count(claim, claims):
        return True
    if market_move(claim) and _market_told_elsewhere(claim, claims):
        return True
    return _same_figure(claim, claims)


def _backgrounds(claims: list[Claim], pairs: list[Pair], picked: list[Claim]) -> list[Claim]:
    """Per article, its first sentence of background only it gives (see `background`), in a
    sentence no finding already covers."""
    covered = [(c.article, c.start, c.end) for p in pairs for c in p.claims] + [
        (c.article, c.start, c.end) for c in picked
    ]
    found: dict[str, Claim] = {}
    for claim in claims:
        if claim.kind != BACKGROUND or claim.article in found:
            continue
        if any(a == claim.article and s < claim.end and claim.start < e for a, s, e in covered):
            continue
        if background_only_here(claim, claims):
            found[claim.article] = claim
    return [found[article] for article in sorted(found)]


def _further(claim: Claim) -> bool:
    """Whether a count says it is one of its own beside the figure other outlets compare
    ("Another 400 jobs at suppliers could be lost"), not a detail of it."""
    further = rf"\b(?:another|a further|an additional)\s+{re.escape(claim.value)}\b"
    return bool(re.search(further, claim.text, re.IGNORECASE))


def _own_count(claim: Claim, claims: list[Claim]) -> bool:
    """Whether a count on a slot other outlets also count is a claim of its own: a further one
    (see `_further`), or a market's move (other outlets' "40 percent of homes" say nothing
    about "shares fell 4.1 percent"; one that another outlet reports too is no outlet's own:
    see `_market_told_elsewhere`)."""
    return _further(claim) or market_move(claim)


def _market_told_elsewhere(claim: Claim, claims: list[Claim]) -> bool:
    """Whether another outlet reports a market's move too, with a figure or without one
    ("the carmaker's stock slipped in Tokyo" tells the move "its shares fell 2.3 percent"
    tells, and either outlet's move reads the market's verdict on the same news)."""
    return any(MARKET.search(other.text) for other in claims if other.outlet != claim.outlet)


def _compared_event(claim: Claim, compared: set[tuple[str, int, int]]) -> bool:
    return claim.kind == "event" and (claim.article, claim.start, claim.end) in compared


def _picks(ranked: list[Claim], fresh: Callable[[Claim], bool]) -> list[Claim]:
    """The most salient `fresh` claim, and the first fresh announcement or market move outside
    its sentence: what an institution decided and how the market took the news are news of
    their own beside an outlet's main figure. `fresh` costs sentence vectors, so it is asked
    only of a claim that would be picked if it holds (issue #9: most candidates never are)."""
    first = next((i for i, c in enumerate(ranked) if fresh(c)), None)
    if first is None:
        return []
    lead = ranked[first]
    second = (c for c in ranked[first + 1 :] if _beside(c, lead) and fresh(c))
    return [lead, *islice(second, 1)]


def _beside(claim: Claim, first: Claim) -> bool:
    """Whether a claim can be an article's second pick beside its first."""
    apart = claim.end <= first.start or first.end <= claim.start
    return (claim.kind == "quote" or market_move(claim)) and apart


def _echoed(claim: Claim, claims: list[Claim], vectors: dict[str, np.ndarray]) -> bool:
    """Whether another outlet's claim of the same family reads like this one."""
    gists = _echo_gists(claim, claims)
    if not gists or claim.gist in gists:
        return bool(gists)  # nothing to echo it, or the same words: no vectors needed
    embed_missing(vectors, gists | {claim.gist})  # one batch, not one call per missing gist
    return any(
        float(vectors[claim.gist] @ vectors[gist]) >= UNIQUE_MAX_SIMILARITY for gist in gists
    )


def _echo_gists(claim: Claim, claims: list[Claim]) -> set[str]:
    """The gists of other outlets' claims of the claim's family: what could echo it."""
    family = _family(claim)
    return {o.gist for o in claims if o.outlet != claim.outlet and _family(o) == family}


def echoed_gists(claims: list[Claim]) -> set[str]:
    """The gists `_echoed` is likely to read, to be embedded in one batch with the rest: those
    of the claims `_picks` would ask about and their echoes (an identical echo needs no
    vector). Pairs are not known yet when the batch is fetched: an opening event another
    outlet tells in the same slot is taken to be paired (on the bench corpus this guess
    missed no gist `_echoed` read); a gist missed is embedded when read (time, never a
    finding)."""
    gists: set[str] = set()
    for ranked in _candidates(claims, lambda c: True).values():
        for claim in _picks(ranked, lambda c: not _contested(c, claims)):
            echoes = _echo_gists(claim, claims)
            if echoes and claim.gist not in echoes:
                gists |= echoes | {claim.gist}
    return gists


def _contested(claim: Claim, claims: list[Claim]) -> bool:
    """An event another outlet tells in the same slot: `align_events` may pair it."""
    return claim.kind == "event" and any(
        o.kind == "event" and o.slot == claim.slot and o.outlet != claim.outlet for o in claims
    )


def _retold_lead(claim: Claim, claims: list[Claim], vectors: dict[str, np.ndarray]) -> bool:
    """Whether an event of an article's opening reads like another outlet's opening, whatever
    that one's claims are ("Ferry fares will rise in March after the regional board voted on
    Monday" / "The regional board approved higher ferry fares on Monday"): the story's main news
    in other words, which only differs in the event its words name."""
    if claim.kind != "event":
        return False
    openings = {o.text for o in claims if o.outlet != claim.outlet and o.lead}
    embed_missing(vectors, openings | {claim.text})
    return any(
        float(vectors[claim.text] @ vectors[text]) >= LEAD_RETOLD_SIMILARITY for text in openings
    )


def _same_figure(claim: Claim, claims: list[Claim]) -> bool:
    """Whether another outlet gives a figure of the same measure that fits this one ("some 1,450
    nurses" / "about 1,500 hospital staff", "€80,000" / "about €78,000"): the same fact in
    other words, not news only one outlet has. Only for large figures, where two outlets hit
    the same range by chance so rarely that it is no coincidence."""
    if claim.kind != "count" or (claim.low or 0) < SAME_FIGURE_MIN:
        return False
    return any(
        other.kind == "count"
        and other.outlet != claim.outlet
        and _measure(other) == _measure(claim)
        and _overlap(claim, other)
        for other in claims
    )


def _measure(claim: Claim) -> str:
    """What a figure measures: its unit or currency ("NZD", "%", "km"), or things counted."""
    return "things" if claim.counted else slot_unit(claim.topic)


def _overlap(one: Claim, other: Claim) -> bool:
    """Two bounded figures within a tenth of each other ("more than 120" bounds nothing)."""
    centre, other_centre = _centre(one), _centre(other)
    if centre is None or other_centre is None:
        return False
    return abs(centre - other_centre) <= SAME_FIGURE_SPREAD * max(centre, other_centre)


def _centre(claim: Claim) -> float | None:
    if claim.low is None or claim.high is None:
        return None
    return (claim.low + claim.high) / 2


def _family(claim: Claim) -> tuple[str, bool]:
    """Claims that can echo each other: of one kind, and sums of money only with money (a
    pledge of $75 million is not echoed by "25 million people")."""
    return claim.kind, is_money(slot_unit(claim.topic))


def _outlets_per_slot(claims: list[Claim]) -> dict[str, set[str]]:
    outlets: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        if claim.kind == "count":
            outlets[claim.slot].add(claim.outlet)
    return outlets
