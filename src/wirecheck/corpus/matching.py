"""Which two claims of two outlets are about one thing: `best_match`, and the vectors it reads.

Pairs are ranked by what the claims say (a place in common, a figure over a word for a
magnitude, each outlet's lead figure first) and only then by how alike their sentences read.
The sentence vectors are the pipeline's largest cost (issue #9), so they are read a rank at a
time, best rank first, and the first rank holding a pair close enough decides; one pair that
any similarity lets through is taken without reading them. `weighed_gists` names, before any
vector is read, the gists a call can read, so that the comparison can embed them in one batch.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

import numpy as np

from wirecheck.corpus.claims import Claim, vague

# No cosine falls below this floor: a pair held to it is close enough whatever it reads.
ANY_SIMILARITY = -1.0
Floor = float | Callable[[Claim, Claim], float]
Rank = tuple[bool, int, int, int]


def similarity(vectors: dict[str, np.ndarray], a: Claim, b: Claim) -> float:
    if a.gist == b.gist:
        return 1.0
    return float(vectors[a.gist] @ vectors[b.gist])


def best_match(
    lefts: list[Claim],
    rights: list[Claim],
    vectors: dict[str, np.ndarray],
    floor: Floor,
    plausible: Callable[[Claim, Claim], bool] = lambda a, b: True,
    lead_first: bool = False,
    lead_floor: float | None = None,
) -> tuple[Claim, Claim] | None:
    """The two claims most likely about one thing: those naming the same place first, then
    figures over words for a magnitude, then (for a cue topic such as the dead) each outlet's
    lead figure, else the closest sentences at or above their floor (`floor` may depend on
    the pair; two lead claims are held to `lead_floor` instead)."""
    for candidates in ranked_pairs(lefts, rights, plausible, lead_first):
        found = _closest_pair(candidates, vectors, floor, lead_floor)
        if found:
            return found
    return None


def ranked_pairs(
    lefts: list[Claim],
    rights: list[Claim],
    plausible: Callable[[Claim, Claim], bool],
    lead_first: bool,
) -> list[list[tuple[Claim, Claim]]]:
    """The plausible pairs grouped by rank, best rank first, each group in input order (so
    that the first of equally close pairs wins, as one `max` over them all would pick)."""
    ranked: dict[Rank, list[tuple[Claim, Claim]]] = defaultdict(list)
    for a in lefts:
        for b in rights:
            if plausible(a, b):
                ranked[_rank(a, b, lead_first)].append((a, b))
    return [ranked[key] for key in sorted(ranked, reverse=True)]


def _rank(a: Claim, b: Claim, lead_first: bool) -> Rank:
    lead = -(a.rank + b.rank) if lead_first else 0
    precise = -(vague(a) + vague(b))  # "thousands" only where no figure is given
    both_lead = lead_first and a.rank == b.rank == 0
    return (both_lead, place_match(a, b), precise, lead)


def settled(candidates: list[tuple[Claim, Claim]], floor: Floor, lead_floor: float | None) -> bool:
    """Whether a rank's pairs are decided without vectors: one pair, held to no floor."""
    return len(candidates) == 1 and _floor(*candidates[0], floor, lead_floor) <= ANY_SIMILARITY


def _closest_pair(
    candidates: list[tuple[Claim, Claim]],
    vectors: dict[str, np.ndarray],
    floor: Floor,
    lead_floor: float | None,
) -> tuple[Claim, Claim] | None:
    """Of pairs of one rank, the closest at or above its floor (the later claims among
    equals)."""
    if settled(candidates, floor, lead_floor):
        return candidates[0]
    scored = [(similarity(vectors, a, b), a, b) for a, b in candidates]
    scored = [s for s in scored if s[0] >= _floor(s[1], s[2], floor, lead_floor)]
    if not scored:
        return None
    _, left, right = max(scored, key=lambda s: (s[0], -s[1].start, -s[2].start))
    return left, right


def _floor(a: Claim, b: Claim, floor: Floor, lead_floor: float | None) -> float:
    """Two lead figures on one topic are about the story's main event even when the long
    lead sentences around them read differently."""
    if lead_floor is not None and a.rank == b.rank == 0:
        return lead_floor
    return floor(a, b) if callable(floor) else floor


def weighed_gists(
    lefts: list[Claim],
    rights: list[Claim],
    floor: Floor,
    plausible: Callable[[Claim, Claim], bool],
    lead_first: bool,
    repeat: bool,
    lead_floor: float | None = None,
) -> set[str]:
    """The gists `best_match` can read on these claims (with `repeat`, and on those left
    after each match, as a one-to-one matching calls it): none where its best rank is
    `settled`, else those of every plausible pair of different gists (which ranks a call
    reaches, and so which claims are left, depends on the vectors themselves)."""
    groups = ranked_pairs(lefts, rights, plausible, lead_first)
    if not groups:
        return set()
    if not settled(groups[0], floor, lead_floor):
        return {c.gist for group in groups for a, b in group if a.gist != b.gist for c in (a, b)}
    if not repeat:
        return set()
    left, right = groups[0][0]
    rest = ([c for c in lefts if c is not left], [c for c in rights if c is not right])
    return weighed_gists(*rest, floor, plausible, lead_first, repeat, lead_floor)


def place_match(a: Claim, b: Claim) -> int:
    """1 when two claims name a place in common, -1 when they name different places of one
    kind (two countries, or two towns or regions), else 0: a town against a country says
    nothing, since the town may lie in it ("the largest stranding in Australia" / "near
    Strahan" recall one stranding)."""
    if not (a.places and b.places):
        return 0
    if a.places & b.places:
        return 1
    towns_apart = bool(a.places - a.countries) and bool(b.places - b.countries)
    return -1 if towns_apart or (a.countries and b.countries) else 0


def words_around(claim: Claim, count: int = 4) -> str:
    """A few words either side of the value as the sentence writes it, not the value itself
    ("three" is no word two claims share): what happened to what a figure counts, what a
    date dates. Empty when the value is not written as is."""
    value = claim.value.split(" (")[0]
    at = claim.text.find(value) if value else -1
    if at < 0:
        return ""
    before = claim.text[:at].split()[-count:]
    after = claim.text[at + len(value) :].split()[:count]
    return " ".join([*before, *after])
