"""Who gives a figure: "Police put the crowd at 15,000", "the organisers claimed 35,000".

Outlets often print two estimates of one thing from two sides (police and organisers, a union
and the company). Compared across outlets, the police figure of one outlet must meet the
police figure of the other, not the organisers'. The source is the nearest naming word within
reach of the figure, in its sentence.
"""

from __future__ import annotations

import re

SOURCE_WORDS = {
    "police": "police", "organisers": "organisers", "organizers": "organisers",
    "organiser": "organisers", "organizer": "organisers", "union": "union",
    "unions": "union", "company": "company", "management": "company", "employer": "company",
    "ministry": "government", "government": "government", "officials": "officials",
    "authorities": "officials", "hospital": "hospital", "hospitals": "hospital",
    "army": "military", "military": "military", "rebels": "rebels", "militants": "rebels",
}  # fmt: skip
SOURCE = re.compile(r"\b(?:" + "|".join(sorted(SOURCE_WORDS, key=len, reverse=True)) + r")\b", re.I)
REACH = 400  # characters between the figure and its source word: its whole sentence


def figure_source(sentence: str, start: int, end: int) -> str | None:
    """The source named nearest the figure at `start`..`end` of `sentence`, if any is near."""
    best: tuple[int, str] | None = None
    for match in SOURCE.finditer(sentence):
        distance = max(start - match.end(), match.start() - end, 0)
        if distance <= REACH and (best is None or distance < best[0]):
            best = (distance, SOURCE_WORDS[match.group(0).lower()])
    return best[1] if best else None


Cues = tuple[tuple[str, re.Pattern[str]], ...]


def cues(*named: tuple[str, str]) -> Cues:
    """(name, pattern) pairs compiled case-blind, in their order (the nearest cue wins, ties
    go to the earlier one)."""
    return tuple((name, re.compile(pattern, re.IGNORECASE)) for name, pattern in named)
