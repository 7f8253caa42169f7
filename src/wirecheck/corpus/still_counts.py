"""Homes a repair has yet to reach, counted apart from the outage only where the outlet gives
both.

"About 95,000 customers remained without power on Wednesday morning" beside "at the height of
the outage, 190,000 customers": an outlet that gives the outage and what remains has two
facts, which `count_words` slots apart ("still without power"). An outlet that gives only the
figure that remains ("1,200 customers were still without power on Monday") tells the one
figure others give as the outage ("reported 1,150 customers without power"), so its count
joins the outage's slot. Miners still trapped stay apart: outlets that count only those left
underground ("the five miners still trapped") do not count all who were trapped.

Those who spent the night in a shelter are counted so too: apart from the evacuated where the
outlet gives both ("about 1,200 residents were evacuated ... Around 180 people spent the night
in a rest centre"), else as the evacuation ("Some 2,000 residents spent the night in sports
halls" beside "about 2,000 residents were evacuated").
"""

from __future__ import annotations

from dataclasses import replace

from wirecheck.corpus.claims import Claim

STILL_SLOTS = {"still without power": "power cuts", "sheltered": "evacuated"}


def still_counts(claims: list[Claim]) -> list[Claim]:
    """The counts, with an outlet's count of those remaining moved to the whole's slot when
    that outlet gives no count there."""
    counted = {(c.outlet, c.slot) for c in claims if c.kind == "count"}
    return [
        replace(c, slot=whole, topic=whole)
        if c.kind == "count"
        and (whole := STILL_SLOTS.get(c.slot)) is not None
        and (c.outlet, whole) not in counted
        else c
        for c in claims
    ]
