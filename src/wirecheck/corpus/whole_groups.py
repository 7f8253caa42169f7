"""A group counted by what befell all of it in some outlets and by its noun alone in others.

"To 14 passengers trapped in a cable car cabin", "rescuers freed 14 passengers" and "Sixteen
passengers spent the day dangling" count one group: each outlet's first figure for the noun,
where the state takes in the whole group (everyone aboard was trapped, then freed). Such counts
fall in different slots (`count_words.COUNT_TOPICS`), so before counts are pooled, an outlet's
lead count of the noun joins the state's slot when that outlet gives no count in it. The first
state of `WHOLE_GROUP_STATES` that an outlet of the story uses wins, and only where every
outlet then counts the group in it. A state that takes a part of a group (the injured, the
dead) is never the group's size.
"""

from __future__ import annotations

from dataclasses import replace

from wirecheck.corpus.claims import Claim

WHOLE_GROUP_STATES = ("trapped", "rescued")


def whole_groups(claims: list[Claim]) -> list[Claim]:
    """The counts, with lead counts of a noun moved into the whole-group state's slot that
    other outlets count that noun in (see the module text)."""
    for state in WHOLE_GROUP_STATES:
        nouns = {c.counted for c in claims if _lead(c) and c.slot == state and c.counted}
        for noun in sorted(nouns):
            claims = _joined(claims, state, noun)
    return claims


def _joined(claims: list[Claim], state: str, noun: str) -> list[Claim]:
    """The claims with the move made, if then every outlet counts the group in the state's
    slot; else as they were (an outlet naming the group by another noun, "riders" beside
    "passengers", would be left out of what the others agree on). Of an outlet, its lead count
    in another whole-group state moves, else its lead count of the noun."""
    in_state = {c.outlet for c in claims if c.kind == "count" and c.slot == state}
    movers: dict[str, Claim] = {}
    for slots in (WHOLE_GROUP_STATES, (noun,)):
        for claim in claims:
            if _lead(claim) and claim.counted == noun and claim.slot in slots:
                movers.setdefault(claim.outlet, claim)
    movers = {outlet: c for outlet, c in movers.items() if outlet not in in_state}
    moved = [
        replace(c, slot=state, topic=state) if movers.get(c.outlet) is c else c for c in claims
    ]
    every = {c.outlet for c in claims}
    return moved if {c.outlet for c in moved if c.slot == state} == every else claims


def _lead(claim: Claim) -> bool:
    return claim.kind == "count" and claim.rank == 0
