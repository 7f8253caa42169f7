"""Outlets left out of a conflict they take a side in.

The aligners match claims one outlet pair at a time, each pair by its own sentences, so a
third outlet giving the very value one side gives ("Darren Pike, 32" beside "Pike, 32," and
"Pike, 29,") can miss its own match when its sentence reads differently, and the conflict
names two outlets where three took part. A reader wants every outlet on its side, and that
the two that agree do agree. So, once every aligner has run, a claim of an outlet the
conflict lacks joins the side whose value it gives when:

- it is of the side's kind and topic (and slot), not a quote, an event or a statement (those
  are matched on their own words); of an outlet's several candidates for one side, the one
  reading most like the side joins, and none where they take two sides;
- it gives that side's value and no other side's (a figure: overlapping only that side's
  figures; a date: its day, "on Thursday" beside "on March 4"; a length: its interval);
- its sentence reads like the side's (MiniLM cosine), unless the topic names its subject
  ("age of Darren Pike").

An agreement takes in an outlet it lacks by the same rules (`widen_agreements`), when that
outlet's claim gives the value of every claim of the agreement, of the same counted noun.

The side's agreement is not reported again on its own: beside conflicts that were wrong to
begin with ("on Wednesday" fined / "on Tuesday evening" announced), the added agreements
cost more than they found (compare_dev20, dev21).
"""

from __future__ import annotations

import dataclasses
import math
from collections import defaultdict

import numpy as np

from wirecheck.corpus.claims import Claim, bounds_only
from wirecheck.corpus.count_topics import is_money
from wirecheck.corpus.date_align import calendar_day, content_words
from wirecheck.corpus.matching import similarity
from wirecheck.corpus.money_slots import slot_unit
from wirecheck.corpus.pairs import Pair, agreement, compared_value, conflict_summary, of_counts
from wirecheck.corpus.time_align import same_time

# The very value of a side is itself a sign the claim is the side's: its sentence need only
# read somewhat alike (0.5 -> 0.25: 24 more right findings over 54 sets, 1 on a hold-out).
ALLY_SIMILARITY = 0.25
DATED_DEED_SIMILARITY = 0.15
# A quote, an event or a statement is matched on its own words (`quote_align`, `deeds`,
# `statements`): the same speaker or deed in another sentence is not the same claim.
OWN_WORDS_KINDS = {"quote", "event", "statement"}
# A count of people no cue word names ("drew 12,500 people", "More than 18,000 people"), or a
# sum in the conflict's currency under another cue: it joins a side of a count conflict its
# outlet has no claim in, when its sentence reads like the side's.
BARE_PEOPLE = ("count", "people", "people")
BARE_SIMILARITY = 0.3
# Topics that name whose value it is: a claim of the topic is about the one subject.
NAMED_TOPICS = ("age of ",)


def join_allies(
    pairs: list[Pair], claims: list[Claim], vectors: dict[str, np.ndarray]
) -> list[Pair]:
    """`pairs` with each conflict's allies joined."""
    pool = _pool(pairs, claims)
    result: list[Pair] = []
    for pair in pairs:
        if pair.kind != "conflict" or any(c.kind in OWN_WORDS_KINDS for c in pair.claims):
            result.append(pair)
            continue
        sides = value_sides(pair)
        allies = _allies(pair, sides, pool, vectors)
        if not allies:
            result.append(pair)
            continue
        for side, claim in allies:
            sides[side].append(claim)
        result.append(rebuilt_conflict(pair, sides))
    return result


def widen_agreements(
    pairs: list[Pair], claims: list[Claim], vectors: dict[str, np.ndarray]
) -> list[Pair]:
    """Agreements with the outlets left out of them that give the same value: an outlet whose
    sentence read too differently for its own match joins, by the rules of an ally."""
    pool = _pool(pairs, claims)
    found = {(p.topic, _outlets(p)) for p in pairs if p.kind == "agree"}
    result: list[Pair] = []
    for pair in pairs:
        if pair.kind != "agree" or any(c.kind in OWN_WORDS_KINDS for c in pair.claims):
            result.append(pair)
            continue
        # the value of every claim of the agreement, and the same noun ("more than 60
        # firefighters" is no ally of "about 150 residents", though the figures overlap)
        allies = [
            claim
            for _, claim in _allies(pair, [list(pair.claims)], pool, vectors)
            if all(_same_value(claim, c) and _same_noun(claim, c) for c in pair.claims)
        ]
        wider = agreement(pair.topic, [*pair.claims, *allies]) if allies else pair
        # an agreement of those very outlets on the topic is found already: not a second one
        result.append(wider if (pair.topic, _outlets(wider)) not in found else pair)
    return result


def _outlets(pair: Pair) -> frozenset[str]:
    return frozenset(c.outlet for c in pair.claims)


def _pool(pairs: list[Pair], claims: list[Claim]) -> dict[tuple[str, str, str], list[Claim]]:
    """Claims by (kind, topic, slot): those given to the comparison and those an aligner made
    itself (places)."""
    pool: dict[tuple[str, str, str], dict[int, Claim]] = defaultdict(dict)
    for claim in [*claims, *(c for p in pairs for c in p.claims)]:
        pool[claim.kind, claim.topic, claim.slot][id(claim)] = claim
    return {key: list(found.values()) for key, found in pool.items()}


def value_sides(pair: Pair) -> list[list[Claim]]:
    """The conflict's claims grouped by the value they give."""
    by_value: dict[str, list[Claim]] = {}
    for claim in pair.claims:
        by_value.setdefault(_side_key(claim), []).append(claim)
    return list(by_value.values())


def _side_key(claim: Claim) -> str:
    """What a side agrees on: a date's day ("Tuesday evening" and "Tuesday night" are one
    side against "Monday evening"), else the value compared."""
    if claim.kind == "date" and claim.time:
        return calendar_day(claim.time)
    return compared_value(claim)


def _allies(
    pair: Pair,
    sides: list[list[Claim]],
    pool: dict[tuple[str, str, str], list[Claim]],
    vectors: dict[str, np.ndarray],
) -> list[tuple[int, Claim]]:
    inside = {c.outlet for c in pair.claims}
    found: dict[str, list[tuple[int, Claim]]] = defaultdict(list)
    kinds = {(c.kind, c.topic, c.slot) for c in pair.claims}
    for key in kinds:
        for claim in [*pool.get(key, []), *_clocked_days(key, pool)]:
            if claim.outlet in inside:
                continue
            side = _side_of(claim, sides)
            if side is not None and _reads_alike(claim, sides[side], vectors):
                found[claim.outlet].append((side, claim))
    silent = {c.outlet for key in kinds for c in pool.get(key, [])} | inside
    for claim in _loose_candidates(kinds, pool):
        if claim.outlet in silent:
            continue
        side = _side_of(claim, sides, topical=False)
        if side is not None and _likeness(claim, sides[side], vectors) >= BARE_SIMILARITY:
            found[claim.outlet].append((side, claim))
    # An outlet whose candidates take two sides is left out: which one it means is a guess.
    # Of several for one side ("on Tuesday night" in its lead, "Tuesday" further down), the
    # one whose sentence reads most like the side's joins.
    return [
        max(candidates, key=lambda candidate: _likeness(candidate[1], sides[candidate[0]], vectors))
        for candidates in found.values()
        if len({side for side, _ in candidates}) == 1
    ]


def _clocked_days(
    key: tuple[str, str, str], pool: dict[tuple[str, str, str], list[Claim]]
) -> list[Claim]:
    """For a date conflict, clock times that name their day ("shortly after 6 p.m. on
    Sunday"): the day of the story's event, told with its hour."""
    if key[0] != "date":
        return []
    clocks = [c for k, claims in pool.items() if k[0] == "time" for c in claims]
    return [
        dataclasses.replace(c, kind="date", topic=key[1], slot=key[2])
        for c in clocks
        if c.time and len(c.time) > 10 and c.time[:4].isdigit()
    ]


def _loose_candidates(
    kinds: set[tuple[str, str, str]], pool: dict[tuple[str, str, str], list[Claim]]
) -> list[Claim]:
    """Claims of another slot that may give a count conflict's figure: a count of people no
    cue names, and a sum in the conflict's currency with or without a cue ("$42 million" /
    "the $42 million project" read as a price)."""
    if not all(kind == "count" for kind, _, _ in kinds):
        return []
    units = {slot_unit(slot) for _, _, slot in kinds if is_money(slot_unit(slot))}
    money = [
        claim
        for key, claims in pool.items()
        if key[0] == "count" and key[2].split()[0] in units and key not in kinds
        for claim in claims
    ]
    return [*pool.get(BARE_PEOPLE, []), *money]


def _side_of(claim: Claim, sides: list[list[Claim]], topical: bool = True) -> int | None:
    """The one side whose value the claim gives, if exactly one. A figure with one bound
    ("at least 27", "more than 170") that overlaps several sides gives the side its bound
    falls in ("27" / "about 30", not "more than 40")."""
    matching = [
        i for i, side in enumerate(sides) if any(_same_value(claim, c, topical) for c in side)
    ]
    bound = _one_bound(claim) if len(matching) > 1 else None
    if bound is not None:
        matching = [i for i in matching if any(_holds(c, bound) for c in sides[i])]
    return matching[0] if len(matching) == 1 else None


def _one_bound(claim: Claim) -> float | None:
    """The bound of a figure open at one end; None for a closed or unbounded one."""
    if (claim.low is None) == (claim.high is None):
        return None
    return claim.low if claim.low is not None else claim.high


def _holds(claim: Claim, value: float) -> bool:
    if not _bounded(claim):
        return False
    low, high = _bounds(claim)
    return low <= value <= high


def _same_value(a: Claim, b: Claim, topical: bool = True) -> bool:
    if a.kind != b.kind or topical and a.topic != b.topic:
        return False
    if bounds_only(a, b):
        return False  # "at least 1 billion" and "up to 8 billion" share no figure
    if _bounded(a) and _bounded(b):
        a_low, a_high = _bounds(a)
        b_low, b_high = _bounds(b)
        return a_low <= b_high and b_low <= a_high
    if compared_value(a) == compared_value(b):
        return True
    if a.kind == "date" and a.time and b.time:
        return calendar_day(a.time) == calendar_day(b.time)  # "on Thursday" is "on March 4"
    return a.kind == "time" and same_time(a, b)  # "almost five hours" is "nearly five hours"


def _same_noun(a: Claim, b: Claim) -> bool:
    return a.counted is None or b.counted is None or a.counted == b.counted


def _bounded(claim: Claim) -> bool:
    return claim.low is not None or claim.high is not None


def _bounds(claim: Claim) -> tuple[float, float]:
    """A figure's interval, a missing bound open ("more than 12,000")."""
    low = -math.inf if claim.low is None else claim.low
    high = math.inf if claim.high is None else claim.high
    return low, high


def _likeness(claim: Claim, side: list[Claim], vectors: dict[str, np.ndarray]) -> float:
    return max(similarity(vectors, c, claim) for c in side)


def _reads_alike(claim: Claim, side: list[Claim], vectors: dict[str, np.ndarray]) -> bool:
    if claim.topic.startswith(NAMED_TOPICS):
        return True
    return any(similarity(vectors, c, claim) >= _ally_floor(claim, c) for c in side)


def _ally_floor(claim: Claim, member: Claim) -> float:
    """A date whose words just before it name the side's deed ("The raids, carried out on
    Wednesday" / "during raids on 11 premises on Wednesday") joins on a fainter likeness."""
    if claim.kind == "date" and content_words(claim.lead_in) & content_words(member.lead_in):
        return DATED_DEED_SIMILARITY
    return ALLY_SIMILARITY


def rebuilt_conflict(pair: Pair, sides: list[list[Claim]]) -> Pair:
    claims = sorted((c for side in sides for c in side), key=lambda c: (c.outlet, c.start))
    return Pair("conflict", pair.topic, conflict_summary(pair.topic, sides), claims)


def without_floor_bridges(pairs: list[Pair]) -> list[Pair]:
    """`pairs` less the agreements a figure open at one end makes with the smaller side of a
    count conflict it fits both sides of ("more than 20 reptiles" beside "26 lizards" and "41
    reptiles"; "more than 4,200 pups" beside "4,212" and "about 4,000", and "5,120"): a reader
    lists it with the side more outlets give, and its agreement with the other side only
    restates the floor. A floor between two sides that as many outlets give stays with both."""
    agreements = [p for p in pairs if p.kind == "agree" and of_counts(p)]
    floors = {_key(c): c for a in agreements for c in a.claims if _one_bound(c) is not None}
    dropped: set[int] = set()
    for conflict in (p for p in pairs if p.kind == "conflict" and of_counts(p)):
        for floor in floors.values():
            joined = _joined_in(floor, conflict, agreements)
            weights = [len({c.outlet for c in a.claims if _key(c) != _key(floor)}) for a in joined]
            if len(joined) < 2 or weights.count(max(weights)) > 1:
                continue
            heaviest = joined[weights.index(max(weights))]
            dropped |= {id(a) for a in joined if a is not heaviest}
    return [p for p in pairs if id(p) not in dropped]


def _joined_in(floor: Claim, conflict: Pair, agreements: list[Pair]) -> list[Pair]:
    """The agreements on the conflict's topic that join `floor` with claims of the conflict
    and nothing else: one per side the floor fits (the floor may be no claim of the conflict
    itself)."""
    members = {_key(c) for c in conflict.claims} | {_key(floor)}
    return [
        a
        for a in agreements
        if a.topic == conflict.topic
        and _key(floor) in {_key(c) for c in a.claims}
        and all(_key(c) in members for c in a.claims)
    ]


def _key(claim: Claim) -> tuple[str, int, str]:
    """One claim however many pairs carry a copy of it."""
    return claim.article, claim.start, claim.value
