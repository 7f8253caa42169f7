"""Datelines ("NAIROBI (Reuters) — ", "KYIV, Ukraine — ", "NEW DELHI: ") and kickers, the short
labels over them; split out of header_zone, which reads the header zone with them, as the
cleaner reads the body's first line."""

from __future__ import annotations

import re

from wirecheck import cleanrules as R


def is_kicker(line: str) -> bool:
    """One to three capitalised words alone on a line, no sentence punctuation."""
    words = line.split()
    return (
        0 < len(words) <= R.KICKER_MAX_WORDS
        and R.is_title_case(line)
        and not (R.SENTENCE_END.search(line))
    )


def dateline(line: str) -> tuple[str, str | None, str | None, int] | None:
    """(place, date, agency as written, end of the prefix) when the line opens with a dateline."""
    head = line[: R.DATELINE_MAX_CHARS]
    match = R.DATELINE_WITH_AGENCY.match(head)
    if match is None or not match.group("place")[0].isupper():
        match = R.DATELINE_CAPS.match(head) or _colon_dateline(head, line)
        if match is None or not match.group("city").isupper():
            return None  # a dateline without an agency needs its city in capitals
    if _label_after(head[match.end() :]):
        return None  # "SPORT — ATHLETICS": a trail of sections, no dateline
    agency = match.groupdict().get("agency")
    place = match.group("place").strip(" ,")
    return place, match.group("date"), agency.strip() if agency else None, match.end()


def _label_after(rest: str) -> bool:
    """A dateline opens a sentence; a short label in capitals after the dash ends a line of
    sections instead, and a short phrase in lower case a masthead's tagline."""
    words = rest.split()
    if 0 < len(words) <= R.KICKER_MAX_WORDS and rest.strip().isupper():
        return True
    # "WILDWING — birds, wildlife and the outdoors": a masthead's tagline, no sentence
    return 0 < len(words) <= R.TAGLINE_MAX_WORDS and rest.strip()[0].islower()


def _colon_dateline(head: str, line: str) -> re.Match[str] | None:
    """A colon dateline opens a sentence ("NEW DELHI: The city ..."); a headline's capitals
    before its colon ("FAIRYTALE AT THE OCHE: Qualifier topples the king") end no sentence."""
    match = R.DATELINE_COLON.match(head)
    if match is None or match.group("city") in R.COLON_LABELS:
        return None
    return match if R.SENTENCE_END.search(line) else None
