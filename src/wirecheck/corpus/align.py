"""Aligning claims across outlets: which two claims are about the same thing, and do they agree.

Thresholds are similarities of MiniLM sentence vectors (cosine, -1..1); they were tuned on our
example corpus and are checked on our hold-out set. Quotes are aligned in `quote_align`, clock
times and durations in `time_align`, events in `event_align`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy as np

from wirecheck.corpus.claims import Claim, bounds_only, vague
from wirecheck.corpus.count_topics import is_money
from wirecheck.corpus.count_words import COUNT_TOPICS, FORCE_NOUNS, PROTEST_NOUNS
from wirecheck.corpus.date_align import STEM, content_words
from wirecheck.corpus.matching import (
    ANY_SIMILARITY,
    Floor,
    best_match,
    place_match,
    similarity,
    weighed_gists,
    words_around,
)
from wirecheck.corpus.measure_slots import DIMENSION_NAMES
from wirecheck.corpus.money_slots import slot_unit
from wirecheck.corpus.pairs import (
    Pair,
    by_outlet,
    complete_components,
    merge_agreements,
    merge_conflicts,
    outlet_pairs,
)
from wirecheck.corpus.percent_topics import PERCENT_TOPICS
from wirecheck.corpus.quote_align import align_quotes, word_diff
from wirecheck.corpus.still_counts import still_counts
from wirecheck.corpus.unique import unique_claims
from wirecheck.corpus.whole_groups import whole_groups

__all__ = [
    "Pair",
    "align_counts",
    "align_quotes",
    "best_match",
    "place_match",
    "similarity",
    "unique_claims",
    "word_diff",
]

# Count topics named by a cue word align on the topic alone; a topic that is only a counted
# noun ("people", "home") or a unit also needs similar sentences.
CUE_TOPICS = {topic for topic, _ in COUNT_TOPICS + PERCENT_TOPICS}
# A sum demanded ("a ransom of 2 million dollars") or a fine is one thing in a story, however
# the sentences around it read; losses, debts and pledges are often several.
MONEY_CUE_TOPICS = {"demanded", "fine"}
COUNT_SIMILARITY = {"cue": 0.35, "noun": 0.55}
EXACT_FIGURE_MIN = 10  # smaller counts ("two men", "three boats") meet by chance
CEILING_SHARE = 0.6  # well below an "up to" figure ("about a quarter" by "up to half") is none
FLOORS_APART = 1.25  # two "at least" figures further apart than this name no count in common
SCALE_RATIO = 20.0  # figures further apart than this are about different things
# A sum known only by its currency ("the deal, worth EUR 2.6 billion"; "EUR 180 million of
# savings") has no cue tying two outlets' sums to one fact, and a story holds many sums:
# outlets misreporting one sum are rarely this far apart.
BARE_MONEY_SCALE_RATIO = 5.0
# An area each outlet leads with is the story's one area (burned, flooded, lost), however the
# sentences read: "About 4 hectares of glass gave way" / "A 4.2-hectare section ... lies in
# ruins".
AREA_UNITS = {"ha", "acre", "km2", "mi2"}
LEAD_SIMILARITY = {"cue": -1.0, "noun": 0.35}  # each outlet's first figure on the topic
# "140 of the whales", "three of those arrested": a part of a group counted elsewhere.
PART_OF = re.compile(r"^(?:\S+\s+){1,3}of\s+(?:the|those|these|them|its|their)\b", re.IGNORECASE)


def align_counts(claims: list[Claim], vectors: dict[str, np.ndarray]) -> list[Pair]:
    """Per outlet pair and topic, the best-matching two counts: overlapping intervals agree."""
    pairs = []
    for lefts, rights, cue in _count_pools(claims):
        pairs += _count_pairs(lefts, rights, vectors, cue)
    pairs = complete_components(pairs, _count_pair, comparable)
    agreements = merge_agreements(pairs, overlaps)
    return grouped(pairs, [a for a in agreements if not _straddled(a, pairs)])


def _straddled(agreement: Pair, pairs: list[Pair]) -> bool:
    """An agreement of a word for a magnitude with one figure that the slot's conflict puts on
    one side, when the word admits the other side's figure too: "hundreds of motorists" fits
    "about 600" and "about 300" alike, so it confirms neither. (Beside two outlets' figures
    that agree, the word joins their agreement.)"""
    word = next((c for c in agreement.claims if vague(c)), None)
    if word is None or len(agreement.claims) > 2:
        return False
    sides = [
        c
        for p in pairs
        if p.kind == "conflict" and p.topic == agreement.topic
        for c in p.claims
        if c is not word and overlaps(c, word)
    ]
    return any(not overlaps(a, b) for a in sides for b in sides)


def weighed_count_gists(claims: list[Claim]) -> set[str]:
    """The gists `align_counts` can read vectors of, named before any is read (see
    `matching.weighed_gists`): one outlet's lead figure on a cue topic against another's
    is matched without them."""
    gists: set[str] = set()
    for lefts, rights, cue in _count_pools(claims):
        floor, lead_floor = _floors(cue)
        gists |= weighed_gists(lefts, rights, floor, comparable, cue, not cue, lead_floor)
    return gists


def _count_pools(claims: list[Claim]) -> Iterator[tuple[list[Claim], list[Claim], bool]]:
    """Per outlet pair, topic and named side, the two outlets' counts that `_count_pairs`
    matches, and whether a cue word names the topic."""
    for lefts, rights in outlet_pairs(by_outlet(whole_groups(still_counts(claims)), "count")):
        for topic in sorted({c.slot for c in lefts} & {c.slot for c in rights}):
            for left_group, right_group in _by_source(
                [c for c in lefts if c.slot == topic], [c for c in rights if c.slot == topic]
            ):
                yield left_group, right_group, _cued(topic)


def _count_pairs(
    lefts: list[Claim], rights: list[Claim], vectors: dict[str, np.ndarray], cue: bool
) -> list[Pair]:
    """The best-matching two counts; for a topic named by a unit or a noun only ("%", "EUR"),
    then the best of the rest, and so on: one outlet pair may give several percentages (a pay
    claim and an offer), each met by its own, while a cue topic is one fact told once."""
    pairs: list[Pair] = []
    lefts, rights = list(lefts), list(rights)
    floor, lead_floor = _floors(cue)
    while lefts and rights:
        best = best_match(
            lefts,
            rights,
            vectors,
            floor,
            plausible=comparable,
            lead_first=cue,
            lead_floor=lead_floor,
        )
        pair = _count_pair(*best) if best else None
        if pair:
            pairs.append(pair)
        if not best or cue:
            break
        lefts.remove(best[0])
        rights.remove(best[1])
    return pairs


def _floors(cue: bool) -> tuple[Floor, float | None]:
    """The similarity a pair of counts needs, and that of two lead figures (None: the pair's
    own floor decides)."""
    if cue:
        return COUNT_SIMILARITY["cue"], LEAD_SIMILARITY["cue"]
    return _noun_floor, None


def _noun_floor(a: Claim, b: Claim) -> float:
    """Two outlets' lead figures on one counted noun that share a word for what happened to
    the counted ("120 flights were cancelled" / "with 142 arrivals and departures
    cancelled") are one fact however their long sentences read, as a cue topic is."""
    if a.rank == b.rank == 0:
        # the same exact figure leading both ("for £82 million" / "for £82m") is one fact too,
        # but not a bare percentage, which many things in a story are
        exact = _same_exact_figure(a, b) and a.slot != "%"
        area = a.slot in AREA_UNITS and overlaps(a, b)
        one_fact = _same_fate(a, b) or exact or area
        return ANY_SIMILARITY if one_fact else LEAD_SIMILARITY["noun"]
    if _same_exact_figure(a, b):
        return COUNT_SIMILARITY["cue"]  # "87 branches" in two outlets: one fact, worded apart
    return COUNT_SIMILARITY["noun"]


def _same_exact_figure(a: Claim, b: Claim) -> bool:
    """The same exact figure, ten or more, of one noun or unit in two outlets: too rare to
    meet by chance, so it needs less alike sentences to be one fact."""
    exact = a.low == a.high == b.low == b.high
    return exact and a.low is not None and a.low >= EXACT_FIGURE_MIN


def _same_fate(a: Claim, b: Claim) -> bool:
    """A word beside both counted figures besides their nouns ("flights were cancelled" /
    "departures cancelled"). Beside a unit a word tells where ("200 km northeast of" / "10 km
    to the north"), not what happened: measures are left to their sentences."""
    if a.counted is None or b.counted is None:
        return False
    nouns = {a.counted[:STEM], b.counted[:STEM]}
    return bool(content_words(words_around(a)) & content_words(words_around(b)) - nouns)


def _cued(topic: str) -> bool:
    """Whether a cue word names the topic (the dead, a ransom, a depth), not a noun or unit."""
    named = topic.split(" ", 1)[-1]
    return topic in CUE_TOPICS or named in MONEY_CUE_TOPICS or named in DIMENSION_NAMES


def comparable(a: Claim, b: Claim) -> bool:
    """Two figures that can be one fact: of one scale, and where only their noun says what
    they count, not a part of a group beside a whole that differs from it. "140 of the
    whales" (those that died, say) is a part of a group another sentence counted, smaller
    than "about 230 pilot whales" on the beach by nature; what a part did is told by words
    we do not read. A part and a whole of one size may still be one count ("ratified by at
    least 10 of the signatories" / "by ten signatories")."""
    if not same_scale(a, b):
        return False
    if _opposed_sides(a.counted, b.counted):
        return False
    one_part = bool(PART_OF.match(a.value)) != bool(PART_OF.match(b.value))
    return _cued(a.slot) or not one_part or overlaps(a, b)


def _opposed_sides(noun: str | None, other: str | None) -> bool:
    """Officers and protesters: two groups of one clash, counted apart."""
    nouns = {noun, other}
    return bool(nouns & FORCE_NOUNS) and bool(nouns & PROTEST_NOUNS)


def _by_source(lefts: list[Claim], rights: list[Claim]) -> list[tuple[list[Claim], list[Claim]]]:
    """An outlet giving one topic's figure from two named sides (police and organisers) has
    its figures met side by side, a figure of no named side meeting either; otherwise who gives
    a figure does not split it."""
    named = [{c.source for c in side if c.source} for side in (lefts, rights)]
    if max(len(named[0]), len(named[1])) < 2 or not named[0] & named[1]:
        return [(lefts, rights)]
    return [
        ([c for c in lefts if _sided(c, s)], [c for c in rights if _sided(c, s)])
        for s in sorted(named[0] & named[1])
    ]


def _sided(claim: Claim, source: str) -> bool:
    """A figure of this side, or of no named side unless it is only a word for a magnitude
    ("tens of thousands marched": the outlet's own gloss, not either side's count)."""
    return claim.source == source or claim.source is None and not vague(claim)


def grouped(pairs: list[Pair], agreements: list[Pair]) -> list[Pair]:
    conflicts = merge_conflicts([p for p in pairs if p.kind == "conflict"], agreements, allies=True)
    return [c for c in conflicts if not _outlet_against_itself(c)] + agreements


def _outlet_against_itself(conflict: Pair) -> bool:
    """A conflict with one outlet on two sides ("2.1 percent" and "3.5 percent" of one wire,
    each beside another outlet's): its two figures are two things, no disagreement."""
    return any(
        a.outlet == b.outlet and not overlaps(a, b)
        for i, a in enumerate(conflict.claims)
        for b in conflict.claims[i + 1 :]
    )


def _count_pair(left: Claim, right: Claim) -> Pair | None:
    if overlaps(left, right) and vague(left) and vague(right):
        return None  # "thousands" and "thousands" agree on next to nothing
    if _under_ceiling(left, right) or _under_ceiling(right, left):
        return None  # "up to 2,000 jobs" and "about 400 permanent jobs": two things
    if overlaps(left, right) and bounds_only(left, right):
        return None  # "at least 1 billion euros" and "up to 8 billion euros": no common figure
    if _floors_apart(left, right):
        return None  # "more than a dozen pupils" and "at least 23 cases": no common figure
    if overlaps(left, right) and _measured_apart(left, right):
        return None  # gusts on one coast and on another: two readings that agree on nothing
    if overlaps(left, right):
        summary = (
            f"{left.outlet} and {right.outlet} agree on {left.topic}: {left.value} / {right.value}."
        )
        return Pair("agree", left.topic, summary, [left, right])
    summary = f"{left.topic}: {left.outlet} says {left.value}, {right.outlet} says {right.value}."
    return Pair("conflict", left.topic, summary, [left, right])


def _under_ceiling(ceiling: Claim, other: Claim) -> bool:
    """A figure far below another outlet's "up to" figure: a ceiling ("up to 2,000 jobs")
    bounds what it says, it does not count what a small figure counts."""
    if ceiling.high is None or (ceiling.low or 0) > 0 or other.high is None:
        return False
    return other.high < CEILING_SHARE * ceiling.high


def _measured_apart(left: Claim, right: Claim) -> bool:
    """Two measurements (a unit, no counted noun) taken at different named places. Only an
    agreement needs the same place: outlets that disagree on "the strongest gust" often name
    different spots for it, and that is the conflict. Any two different places keep readings
    apart, a town and a country too: an agreement needs the same spot, not a possible one. A
    sum of money is no reading taken somewhere ("the City of Westbridge sold C$500 million",
    "Westbridge has raised $500-million")."""
    measured = left.counted is None and right.counted is None
    measured = measured and not is_money(slot_unit(left.slot))
    named = left.places and right.places
    return measured and bool(named) and not left.places & right.places


def same_scale(a: Claim, b: Claim) -> bool:
    """Two reports of one figure differ by a margin, not by orders of magnitude: one
    investor's £60,000 is not another outlet's account of the £48 million all lost."""
    a_size, b_size = figure_size(a), figure_size(b)
    if a_size is None or b_size is None or overlaps(a, b) and not _open(a) and not _open(b):
        return True
    if a_size == 0 or b_size == 0:
        return True  # "no one was hurt" against any count of the hurt (`zero_counts`)
    small, large = sorted((a_size, b_size))
    limit = BARE_MONEY_SCALE_RATIO if is_money(a.slot) else SCALE_RATIO
    return small > 0 and large / small <= limit


def _open(claim: Claim) -> bool:
    """A figure with only a lower bound ("more than 300 people"): it overlaps any larger one,
    so only its scale says whether a larger figure can be the same ("more than 300" at the
    head office is not the 11,000 the whole company employs)."""
    return claim.low is not None and claim.high is None


def _floors_apart(a: Claim, b: Claim) -> bool:
    """Two figures with only a lower bound, one more than a quarter above the other ("more
    than a dozen" / "at least 23"): they overlap above the higher one, yet name no figure in
    common. Close floors ("more than 230 flights" / "at least 240") round one count."""
    if not (_open(a) and _open(b)) or not a.low or not b.low:
        return False
    return lows_apart(a.low, b.low)


def lows_apart(low: float, other: float) -> bool:
    """Two lower bounds (both above zero) more than a quarter apart: figures or lengths that
    give only these name nothing in common (`time_align` reads lengths so too)."""
    return max(low, other) > FLOORS_APART * min(low, other)


def figure_size(claim: Claim) -> float | None:
    """The middle of a figure's bounds (its one bound when open)."""
    bounds = [v for v in (claim.low, claim.high) if v is not None]
    return sum(bounds) / len(bounds) if bounds else None


def overlaps(a: Claim, b: Claim) -> bool:
    """Intervals overlap; a missing bound is open. Two ranges that only touch ("just under
    28%", 25-28, and "roughly 31%", 28-34) do not: the bound of a hedged figure is where the
    writer's range ends, not a value both give. A stated figure (a point) still meets a range
    that ends on it."""
    a_low = -np.inf if a.low is None else a.low
    b_low = -np.inf if b.low is None else b.low
    a_high = np.inf if a.high is None else a.high
    b_high = np.inf if b.high is None else b.high
    if _point(a) or _point(b):
        return bool(a_low <= b_high and b_low <= a_high)
    return bool(a_low < b_high and b_low < a_high)


def _point(claim: Claim) -> bool:
    return claim.low is not None and claim.low == claim.high
