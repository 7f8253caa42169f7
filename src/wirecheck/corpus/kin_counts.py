"""An outlet that counts the same group under another word.

Counts are compared one slot at a time ("students" with "students"), so when two outlets give
the number of students and a third gives "about 620 contestants", the third is left out of
the comparison, and a reader sees two outlets disagree where three did. Once every aligner
has run, an outlet a count finding lacks joins it with a figure of a kindred slot when:

- the outlet gives no figure of the finding's scale in its own slot (else that figure is its
  account; "about 250,000 passengers a year" is no account of 14 in a cabin);
- its figure is in no finding yet (but for an agreement, the conflict that holds all its
  members may hold it too), and is its only kindred figure of the same scale (within
  `KIN_SCALE` of the finding's figures) whose words read like the finding's (MiniLM cosine
  `KIN_SIMILARITY` or more; `KIN_FITTING_SIMILARITY` where the figure fits a member's, as
  "an Airbus A320 with 174 passengers" fits "carrying 174 passengers");
- the two slots count one kind of thing: people under two nouns ("contestants",
  "students"), people under a cue for what happened to them and a noun ("trapped",
  "passengers"), one currency as a sum and as a price, one unit as a bare measure and as
  one qualified ("nearly 40 feet" and "about 40 feet above the ground"), or the very noun the
  finding's slot names, counted under a cue ("2.5 million doses" recalled).

A conflict gets the figure on the side whose value it gives, or as a side of its own; an
agreement only when the figure agrees with every figure in it.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from wirecheck.corpus.align import figure_size, overlaps
from wirecheck.corpus.allies import rebuilt_conflict, value_sides
from wirecheck.corpus.claims import Claim
from wirecheck.corpus.count_topics import is_money
from wirecheck.corpus.count_words import NOUN_CLASSES, PERSON_NOUNS
from wirecheck.corpus.matching import similarity
from wirecheck.corpus.pairs import Pair, agreement

KIN_SIMILARITY = 0.55
KIN_FITTING_SIMILARITY = 0.45
KIN_SCALE = 3.0
# Cue topics that count people whatever happened to them: where they were, who moved them.
# The dead, the hurt, the sick and the arrested are told apart by the cue itself.
PEOPLE_CUES = {"evacuated", "rescued", "trapped", "on board", "missing", "participants"}
# A slot qualified by what sets its figure apart ("rhino (in captivity)", "EUR (share)").
QUALIFIED = "("
PEOPLE_CLASSES = PERSON_NOUNS | {NOUN_CLASSES[n] for n in PERSON_NOUNS if n in NOUN_CLASSES}


def join_kin_counts(
    pairs: list[Pair], claims: list[Claim], vectors: dict[str, np.ndarray]
) -> list[Pair]:
    """`pairs` with each count finding joined by the kindred figures of outlets it lacks."""
    used = {id(c) for p in pairs for c in p.claims}
    counts: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.kind == "count":
            counts[claim.outlet].append(claim)
    disputes = [{id(c) for c in p.claims} for p in pairs if p.kind == "conflict"]
    result = []
    for pair in pairs:
        joined = _kin(pair, counts, used - _same_dispute(pair, disputes), vectors)
        used |= {id(c) for c in joined}
        result.append(_with(pair, joined) if joined else pair)
    return result


def _same_dispute(pair: Pair, disputes: list[set[int]]) -> set[int]:
    """For an agreement, the figures (by id) of a conflict that holds all its members: one of
    them may be a kindred figure the agreement lacks ("about $19 million" beside two outlets'
    "$18 million", all three against a fourth's "$23 million"), free to join it too."""
    if pair.kind != "agree":
        return set()
    members = {id(c) for c in pair.claims}
    return {key for dispute in disputes if members <= dispute for key in dispute}


def _kin(
    pair: Pair,
    counts: dict[str, list[Claim]],
    used: set[int],
    vectors: dict[str, np.ndarray],
) -> list[Claim]:
    slots = {c.slot for c in pair.claims}
    if len(slots) != 1 or any(c.kind != "count" for c in pair.claims):
        return []
    slot = next(iter(slots))
    inside = {c.outlet for c in pair.claims}
    found = []
    for outlet, own in counts.items():
        if outlet in inside or any(c.slot == slot and _near(c, pair.claims) for c in own):
            continue
        fitting = [
            c
            for c in own
            if id(c) not in used
            and _kindred(slot, c)
            and _near(c, pair.claims)
            and max(similarity(vectors, c, m) for m in pair.claims)
            >= likeness_floor(c, pair.claims)
        ]
        if len(fitting) == 1 and _fits(pair, fitting[0]):
            found.append(fitting[0])
    return found


def likeness_floor(claim: Claim, members: list[Claim]) -> float:
    """The likeness a kindred figure needs: less where it fits a member's figure."""
    if any(overlaps(claim, m) for m in members):
        return KIN_FITTING_SIMILARITY
    return KIN_SIMILARITY


def _kindred(slot: str, claim: Claim) -> bool:
    if QUALIFIED in slot or QUALIFIED in claim.slot:
        return False  # "rhinos (in captivity)" are not all the rhinos
    if claim.counted and claim.counted == slot:
        return True
    if _people(slot) and _people(claim.slot):
        return True
    currency, other = (s.split(" ", 1)[0] for s in (slot, claim.slot))
    if currency != other:
        return False
    # "EUR" and "EUR price"; a measure in one unit, bare in one slot ("m" and "m altitude")
    return is_money(currency) or currency in (slot, claim.slot)


def _people(slot: str) -> bool:
    return slot in PEOPLE_CUES or slot in PEOPLE_CLASSES


def _near(claim: Claim, members: list[Claim]) -> bool:
    size = figure_size(claim)
    sizes = [s for s in (figure_size(m) for m in members) if s]
    if not size or not sizes:
        return False
    return all(max(size, s) / min(size, s) <= KIN_SCALE for s in sizes)


def _fits(pair: Pair, claim: Claim) -> bool:
    if pair.kind == "agree":
        return all(overlaps(claim, m) for m in pair.claims)
    sides = value_sides(pair)
    return sum(any(overlaps(claim, m) for m in side) for side in sides) <= 1


def _with(pair: Pair, joined: list[Claim]) -> Pair:
    if pair.kind == "agree":
        return agreement(pair.topic, [*pair.claims, *joined])
    sides = value_sides(pair)
    for claim in joined:
        side = next((s for s in sides if any(overlaps(claim, m) for m in s)), None)
        if side is None:
            sides.append([claim])
        else:
            side.append(claim)
    return rebuilt_conflict(pair, sides)
