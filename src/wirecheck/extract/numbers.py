"""Numbers written in digits or words -> float: "1,200", "1.5 million", "twenty-six", "a dozen".

Shared by the time and quantity extractors; pure functions, no spaCy.
"""

from __future__ import annotations

import re

from wirecheck.resources.numberwords import SCALES, SINGLE, TENS_WORDS, UNITS_WORDS

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$|^\.\d+$")
_FRACTION = re.compile(r"^(\d+)\s+(\d)/(\d)$|^(\d)/(\d)$")
_SPLIT = re.compile(r"[\s-]+")
# "a quarter of a million", "three-quarters of a billion"
_PART_OF = re.compile(r"^(a|one|two|three)[\s-](quarter|third)s?\s+of\s+(?:an?\s+)?(.+)$")
_PARTS = {"quarter": 4, "third": 3}


def parse_number(text: str) -> float | None:
    """The value of a cardinal in digits, words or both; None when it is not a number."""
    cleaned = text.strip().lower().replace("\u2009", "").replace("\xa0", " ")
    if not cleaned:
        return None
    if _DIGITS.match(cleaned):
        return float(cleaned.replace(",", ""))
    fraction = _FRACTION.match(cleaned)
    if fraction:
        return _fraction_value(fraction)
    part_of = _PART_OF.match(cleaned)
    if part_of:
        return _part_of_value(part_of)
    return _words_value([w for w in _SPLIT.split(cleaned) if w and w != "and"])


def _fraction_value(match: re.Match[str]) -> float:
    if match.group(1):
        return int(match.group(1)) + int(match.group(2)) / int(match.group(3))
    return int(match.group(4)) / int(match.group(5))


def _part_of_value(match: re.Match[str]) -> float | None:
    part = 1 if match.group(1) == "a" else _word(match.group(1))
    whole = _words_value(["a", *_SPLIT.split(match.group(3))])
    if part is None or whole is None:
        return None
    return part / _PARTS[match.group(2)] * whole


def _words_value(words: list[str]) -> float | None:
    """Sum of scaled groups: "two hundred thousand", "one and a half", "a dozen"."""
    if words and words[0] in ("a", "an") and len(words) > 1:
        words = words[1:]  # "a dozen", "a hundred", "a half": the article is the multiplier 1
    total, group = 0.0, None
    for word in words:
        value = _word(word)
        if value is None or word in ("a", "an") and group is not None:
            if word in ("a", "an"):
                continue  # "one and a half"
            return None
        if word == "half":
            group = (group or 0.0) + 0.5
        elif word in SCALES or word == "dozen":
            group = (group if group is not None else 1.0) * value
            if value >= 1000:
                total, group = total + group, None
        else:
            group = (group or 0.0) + value
    return total + group if group is not None else total or None


def _word(word: str) -> float | None:
    if word in UNITS_WORDS:
        return float(UNITS_WORDS[word])
    if word in TENS_WORDS:
        return float(TENS_WORDS[word])
    if word in SCALES:
        return float(SCALES[word])
    if word in SINGLE:
        return float(SINGLE[word])
    if _DIGITS.match(word):
        return float(word.replace(",", ""))
    return None
