"""Which measure a figure with a unit of length or mass gives: a depth, a width, a length, the
size or the mass of a thing, else a plain distance or weight (read by `count_topics`, which
slots every figure)."""

from __future__ import annotations

import re

from wirecheck.model import Quantity

_ABOUT = r"(?:about |around |roughly |some |nearly |almost |more than |up to )?"
# The dimension after the figure, as a word or joined to its unit: "40 feet wide", "a
# 60-foot-wide section" (read as "60" then "-foot-wide").
_JOINED = r"(?:\s+|-[a-z]+-)"
# The dimensions of a thing or a place, each its own slot, said right before or after the
# figure: a depth ("at a depth of 830 metres", "830 metres underground", "1,050 metres below
# the surface") is not a distance, and how wide a slab is says nothing of how far away it fell.
# A height above the ground ("stopped 40 metres above the ground") and how far away a thing was
# seen ("visible up to 200 km away") are facts of their own; a level or a height said plainly
# ("rose to", "peaked at", "at an altitude of 2,900 metres", "at nearly 3,000 metres") stays
# with the plain unit. Checked in this order.
DIMENSIONS: tuple[tuple[str, re.Pattern[str] | None, re.Pattern[str]], ...] = (
    (
        "depth",
        re.compile(rf"\bdepths? of\s+{_ABOUT}$", re.I),
        re.compile(rf"^{_JOINED}(?:underground|below|beneath|deep|of water)\b", re.I),
    ),
    (
        "width",  # "stones measuring 7 to 8 centimetres" meets "hailstones 5 centimetres across"
        re.compile(rf"\b(?:widths? of|measuring)\s+{_ABOUT}$", re.I),
        re.compile(rf"^{_JOINED}(?:wide|across)\b", re.I),
    ),
    (
        "length",
        re.compile(rf"\blengths? of\s+{_ABOUT}$", re.I),
        re.compile(rf"^{_JOINED}long\b", re.I),
    ),
    (
        "altitude",
        # "at an altitude of 2,900 metres" meets "at nearly 3,000 metres"; "at heights of up
        # to 60 metres" meets "80 metres above the slopes"
        re.compile(rf"\bheights? of\s+{_ABOUT}$", re.I),
        re.compile(
            r"^\s+(?:above (?:the |a )?(?:ground|sea level|surface|track|gorge|valley|river"
            r"|ravine|slopes?|water)|in the air)\b",
            re.I,
        ),
    ),
    (
        "distance",
        re.compile(rf"\bas far(?: away)? as\s+{_ABOUT}$", re.I),
        re.compile(r"^\s+away\b", re.I),
    ),
    (
        # how far was left of a race or a route: "with 40km remaining", "25 kilometres from
        # the finish", not the stage's own length
        "to go",
        None,
        re.compile(
            r"^\s+(?:remaining|to go|left|to the (?:finish|line|end)"
            r"|from (?:the )?(?:finish|line|end|summit))\b",
            re.I,
        ),
    ),
)
# A verb between the noun and its length says the length of the noun itself ("The bridge is two
# kilometres long"), as a dimension does.
_LINKING_VERBS = r"(?:is|was|are|were|be|been|being|stands|stood|runs|ran|measures|measured)"
# "a section roughly 45 metres long", "a stretch of road about 200 metres long", "The whale,
# about 9 metres long,": a noun then the figure, its length what other outlets give before the
# noun ("a 30-metre section", read as a plain "30 m").
THING_BEFORE = re.compile(
    rf"\b(?:a|an|the)\s+(?:[a-z]+\s+)?(?!{_LINKING_VERBS}\b)[a-z]+(?:\s+of\s+[a-z]+)?,?\s+"
    rf"{_ABOUT}$",
    re.I,
)  # "a sheen about two kilometres long", "a rainbow sheen roughly 2 km long"
LENGTH_UNITS = {"m", "km", "mi", "nmi", "ft", "cm", "mm", "yd"}
# What a thing weighs, said before its noun ("the 1.2-tonne satellite", "the 1,450-kilogram
# spacecraft"): the mass of the story's object, whatever noun each outlet gives it.
WEIGHED = re.compile(rf"\bweigh(?:s|ed|ing)?\s+{_ABOUT}$", re.I)
# ... and set off after it: "The biggest stone, about 1.8 kg, was found in a field".
APPOSED = re.compile(rf"\b[a-z]+,\s+{_ABOUT}$", re.I)
MASS_UNITS = {"kg", "t", "lb"}
# A length named by its dimension is one fact of a story, like a cue topic ("the slab was
# 250 metres wide"), and so is a mass.
DIMENSION_NAMES = {name for name, _, _ in DIMENSIONS} | {"mass"}


# A limit's level, not a reading: "the action level of 15 ppb", "a limit of 30 litres per
# customer", "capped sales at 30 litres".
LIMIT_BEFORE = re.compile(
    r"\b(?:(?:limit|threshold|action level|safety level|standard)\s+(?:of|is|was)"
    r"|(?:capped|limited)\s+(?:\w+\s+){0,2}(?:at|to))\s+(?:about\s+)?$",
    re.IGNORECASE,
)
LIMIT_AFTER = re.compile(
    r"(?:-[a-z]+)?\s+(?:cap|limit|ceiling)\b", re.IGNORECASE
)  # "a 25-litre cap"


def measure_slot(sentence: str, quantity: Quantity, here: int) -> str:
    """A depth is not a distance, and the size of a thing ("a 60-metre section", "the
    6.2-kilometre tunnel") is neither: each compares only with its own kind."""
    unit = str(quantity.unit)
    attributive = re.search(r"\d-\w+$", quantity.text)
    before, after = sentence[:here], sentence[here + len(quantity.text) :]
    apposed = APPOSED.search(before) and not re.match(r"\s+of\b", after)
    if unit in MASS_UNITS and (
        attributive or re.match(r"-[a-z]+\b", after) or WEIGHED.search(before) or apposed
    ):
        return f"{unit} mass"  # "the 1,600-tonne crane", "the crane weighed 1,500 tonnes"
    if LIMIT_BEFORE.search(before) or LIMIT_AFTER.match(after):
        return f"{unit} limit"  # "above the federal action level of 15 parts per billion"
    if unit not in LENGTH_UNITS:
        return unit
    if attributive:
        return f"{unit} size"
    for dimension, said_before, said_after in DIMENSIONS:
        if dimension == "length" and said_after.match(after) and THING_BEFORE.search(before):
            return unit  # "a section roughly 45 metres long": as "a 30-metre section" reads
        if said_after.match(after) or said_before is not None and said_before.search(before):
            return f"{unit} {dimension}"
    return unit
