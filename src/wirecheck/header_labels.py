"""Section labels as header lines print them: "Environment", "Health & Pharma", "Sport /
Rowing", "News > Environment", "UK News · Courts", "Filed under: Transfer news". Split out of
header_fields, which reads them among a line's other fields; the cleaner, the masthead reader
and the HTML reader ask here whether a line is a label and which of its parts is the section.
"""

from __future__ import annotations

import re

from wirecheck import cleanrules as R

BREADCRUMB = re.compile(r"\s+[>»›]\s+")
EVERY_SECTION = frozenset(["home", "news", "homepage"])  # a trail's start, not a section
_DIGIT = re.compile(r"\d")
_DOTTED_INITIALS = re.compile(r"\b(?:[A-Z]\.){2,}")
_LABEL_JOINERS = re.compile(r"\s*[|/&·]\s*|\s+[-–—]\s+|\s+")  # "Sport - Sailing"
_LABEL_SEPARATORS = re.compile(r"\s*·\s*|\s+—\s+")
_LABEL_JOINED = re.compile(r"\s+[|/]\s+")
_MAX_LABEL_WORDS = 4
_LABEL_PARTS = re.compile(r"[|/·>»]")
# A label and the area it covers ("Local News — Whyalla and the Upper Spencer Gulf").
_OVER_AREA = re.compile(r"^(?P<label>[^—–]{2,30}?)\s+[—–]\s+(?P<area>[^—–.!?]{3,80})$")
_AREA_JOINERS = frozenset(["and", "the", "of", "&"])
_ABBREVIATION_MAX = 3  # letters of a word in capitals that may be an abbreviation ("NSW")
# A section given by its label among other fields: "By X | Posted: ... | Filed under: News".
_FILED_UNDER = re.compile(
    r"^(?:filed\s+(?:under|in)|categor(?:y|ies)|section|posted\s+in)\s*:?\s+(?P<label>\S.*)$",
    re.IGNORECASE,
)


def filed_under(part: str) -> str | None:
    """ "Filed under: Transfer news", "Category: Weather": the section, by its label."""
    filed = _FILED_UNDER.match(part.strip())
    return section_label(filed["label"]) if filed else None


def section_over_area(line: str) -> str | None:
    """ "Local News — Whyalla and the Upper Spencer Gulf": a section label, then after a long
    dash the area the section covers, in names and joining words; the section is the label."""
    found = _OVER_AREA.match(line.strip())
    if found is None:
        return None
    named = all(w[0].isupper() or w in _AREA_JOINERS for w in found["area"].split())
    return section_label(found["label"]) if named else None


def trail_section(trail: list[str]) -> str | None:
    """A trail of section labels ("Sport › Athletics", "News > Business"): its widest label
    that is more than the word for all news, or None when it is no trail of labels."""
    if len(trail) < 2 or not all(section_label(p) for p in trail):
        return None
    named = [p for p in trail if p.lower() not in EVERY_SECTION]
    return named[0] if named else None


def section_label(line: str) -> str | None:
    """A section label alone on its line: "Environment", "Research integrity", "Health &
    Pharma", "Reefs | Analysis", "Sport / Rowing", "Asia-Pacific" (words only, the first
    capitalised, no sentence punctuation)."""
    text = line.strip()
    trail = BREADCRUMB.split(text)
    if len(trail) > 1:
        # "News > Environment": a trail from the widest to the page's own section
        return trail[-1] if all(section_label(part) for part in trail) else None
    # dotted initials are one word ("U.S. / Transportation")
    plain = _DOTTED_INITIALS.sub(lambda m: m.group().replace(".", ""), text)
    words = [w for w in _LABEL_JOINERS.split(plain) if w]
    if not 0 < len(words) <= _MAX_LABEL_WORDS or _DIGIT.search(text):
        return None
    # a hyphenated word is one word ("Asia-Pacific", "Middle-East")
    if not words[0][0].isupper() or not all(w.replace("-", "").isalpha() for w in words):
        return None
    return None if R.SENTENCE_END.search(plain) else _widest(text)


def _widest(label: str) -> str:
    """Of a label of parts parted by "·" ("UK News · Courts") the first, the widest; a first
    part in capitals over one that is not ("PROVINCE · Justice") is a kicker, and the section
    is the last. Parts joined by "|" or "/" are one label ("Politics | Saskatchewan", "Sport /
    Rowing"), as most of our gold writes them (docs/BLIND_SETS.md), except after such a kicker
    ("NSW | Regional" is "Regional")."""
    parts = [p for p in _LABEL_SEPARATORS.split(label) if p]
    joined = [p for p in _LABEL_JOINED.split(label) if p]
    if len(parts) < 2 and len(joined) == 2 and _kicker_over(*joined):
        return joined[-1]  # "NSW | Regional", "UK / Transport": an edition's kicker
    if len(parts) < 2:
        return label
    if _kicker_over(parts[0], parts[-1]):
        return parts[-1]
    return parts[0]


def _kicker_over(first: str, last: str) -> bool:
    """A first part in capitals over a last one that is not: a kicker over the section."""
    return first.isupper() and not last.isupper()


def label_case(label: str | None) -> str | None:
    """A text export's section label in capitals ("NATIONAL", "LOCAL NEWS") in title case, as
    most of our gold writes it, short abbreviations kept ("UK NEWS" is "UK News"); one with
    initials ("U.S. NEWS") or of parts ("SPORT | FOOTBALL") stays as printed."""
    if not label or not label.isupper() or "." in label or _LABEL_PARTS.search(label):
        return label
    return " ".join(_word_case(w) for w in label.split())


def _word_case(word: str) -> str:
    """A word of a label in capitals as title case writes it: "UK" and "NSW" stay."""
    short = len(word) <= _ABBREVIATION_MAX and word.lower() not in R.MINOR_WORDS
    return word if short else "-".join(part.capitalize() for part in word.split("-"))
