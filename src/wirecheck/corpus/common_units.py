"""Figures in the terms other outlets use: imperial measures in metric units, so that "about 25
miles north of the island" and "about 40 kilometres north of Unst" are one distance; and a
group sized by its members ("the three-man gang") as a count of those members ("four men").

Only the figures a claim compares (its value and interval) are converted; the words shown
stay as the outlet wrote them.
"""

from __future__ import annotations

import dataclasses
import re

from wirecheck.model import Quantity

# unit as reported -> (metric unit, factor)
TO_METRIC = {
    "mi": ("km", 1.609344),
    "nmi": ("km", 1.852),
    "ft": ("m", 0.3048),
    "yd": ("m", 0.9144),
    "in": ("cm", 2.54),
    "lb": ("kg", 0.45359237),
    # a mass in tonnes and one in kilograms are one slot ("the 1.2-tonne satellite" / "the
    # 1,450-kilogram spacecraft"); "tons" read as tonnes is within a tenth of either ton
    "t": ("kg", 1000.0),
    "mph": ("km/h", 1.609344),
    "acre": ("ha", 0.40468564),
    "mi2": ("km2", 2.58998811),
    "l": ("m3", 0.001),  # "some 8 million litres" / "about 3,000 cubic metres" of one spill
    # a plant's power in either unit: "1.2 gigawatts" / "900 megawatts"
    "GW": ("MW", 1000.0),
    "kW": ("MW", 0.001),
}
ROUNDING = 0.03


def in_metric(quantity: Quantity) -> Quantity:
    """The quantity in its metric unit (itself when it has none to convert to)."""
    if quantity.unit not in TO_METRIC:
        return quantity
    unit, factor = TO_METRIC[quantity.unit]

    def scaled(value: float | None, margin: float = 0.0) -> float | None:
        return None if value is None else value * factor * (1.0 + margin)

    # One figure converted is rounded by whoever converts it ("160 km/h (100 mph)"): an exact
    # figure stands for a small interval in the other unit.
    exact = quantity.low is not None and quantity.low == quantity.high
    return dataclasses.replace(
        quantity,
        unit=unit,
        value=scaled(quantity.value),
        low=scaled(quantity.low, -ROUNDING if exact else 0.0),
        high=scaled(quantity.high, ROUNDING if exact else 0.0),
    )


# "three-man gang", "a five-member panel", "a 12-person crew": the figure counts the members.
_SIZED_GROUP = re.compile(r"-(man|woman|member|person)\s+[a-z]+$", re.IGNORECASE)
_MEMBER_NOUNS = {"man": "man", "woman": "woman", "member": "member", "person": "people"}


def members_counted(quantity: Quantity) -> Quantity:
    """A group sized by its members counts the members (itself otherwise)."""
    sized = _SIZED_GROUP.search(quantity.text)
    if sized is None or quantity.unit:
        return quantity
    return dataclasses.replace(quantity, counted=_MEMBER_NOUNS[sized.group(1).lower()])


# "put the number of nurses on strike at fewer than 700", "the queue of ships waiting
# offshore grew to 22": the figure counts the nurses, the ships.
_NUMBER_OF = re.compile(
    r"\b(?:number|queue|line|total|tally) of (?P<noun>[a-z]+)\b"
    r"(?:\s+[\w-]+){0,4}\s+(?:at|as|to)\s+$"
)


def number_of_named(quantity: Quantity, before: str) -> Quantity:
    """A bare figure whose noun the words before it name ("the number of nurses ... at", "the
    queue of ships ... grew to")."""
    named = _NUMBER_OF.search(before)
    if named is None or quantity.counted or quantity.unit:
        return quantity
    noun = named["noun"]
    noun = noun[:-3] + "y" if noun.endswith("ies") else noun.removesuffix("s")
    return dataclasses.replace(quantity, counted=noun)
