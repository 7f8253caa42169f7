"""The numbers of an article's headline and lead, and what each counts: who and how many tell
two events of one kind apart (23 pirates held, 26 pirates held), while two estimates of one
quantity (about 62,000 packs, more than 80,000 batteries) are no sign of another event.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from wirecheck.corpus.story_text import CALENDAR, LEAD_PARAGRAPHS, WORD, paragraphs, stop_words
from wirecheck.model import Article

# A clause ends at a sentence stop, a semicolon, a dash or a comma that no digits surround.
_CLAUSE_END = re.compile(r"[.!?;:]\s|[—–]|\s-\s|,(?!\d)|(?<!\d),")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
COUNTED_WORDS = 3  # content words after a number that say what it counts
# Words just before a number that make it an estimate ("more than", "at least" end in these).
_HEDGES = frozenset(
    {"about", "around", "some", "nearly", "almost", "roughly", "approximately", "estimated"}
    | {"over", "than", "least"}
)
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_CLOCK = frozenset({"am", "pm"})


def lead_estimates(article: Article, numbers: Iterable[str]) -> dict[str, list[str]]:
    """The lead's `numbers` written as estimates, with what each counts: a number that a hedge
    precedes ("about", "more than", "nearly") or that is round (62,000), mapped to the content
    words that follow it in its clause ("62,000 battery packs sold" -> battery, pack, sold).

    Two reports of one event often give two estimates of one quantity (about 62,000 packs, more
    than 80,000 batteries); an estimate that counts the same thing as a member's, at about the
    same size, is then no sign of another event (`StoryState`). Exact counts (23 pirates held,
    26 pirates held) still tell two events of one kind apart.
    """
    return lead_counts(article, numbers)[1]


def lead_counts(
    article: Article, numbers: Iterable[str]
) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Every one of the lead's `numbers` with the words of what it counts, and the same for
    its estimates alone, in one pass over the lead."""
    wanted = set(numbers)
    counts: dict[str, set[str]] = {}
    estimates: dict[str, set[str]] = {}
    for clause in _CLAUSE_END.split(" ".join(paragraphs(article)[: LEAD_PARAGRAPHS + 1])):
        words = WORD.findall(clause)
        for position, word in enumerate(words):
            counted = _counted(words[position + 1 :]) if word in wanted else []
            if not counted:
                continue
            counts.setdefault(word, set()).update(counted)
            if _approximate(word, words[max(position - 2, 0) : position]):
                estimates.setdefault(word, set()).update(counted)
    return _sorted_things(counts), _sorted_things(estimates)


def _sorted_things(found: dict[str, set[str]]) -> dict[str, list[str]]:
    return {number: sorted(things) for number, things in sorted(found.items())}


def _approximate(number: str, before: list[str]) -> bool:
    """A hedged number ("about 62,000", "more than 80,000", "up to 300") or a round one."""
    hedge = [w.lower() for w in before]
    if (hedge[-1:] and hedge[-1] in _HEDGES) or hedge == ["up", "to"]:
        return True
    return _round(number)


def _round(number: str) -> bool:
    """A thousand or more, in at most two significant digits (62,000; 1,500; 3000)."""
    digits = number.replace(",", "") if _THOUSANDS.fullmatch(number) else number
    return digits.isdigit() and len(digits) >= 4 and len(digits.rstrip("0")) <= 2


def _counted(following: list[str]) -> list[str]:
    """The first few content words after a number, up to the next number (singular forms);
    none after a clock time ("8.40 pm")."""
    stops = stop_words() | CALENDAR
    out: list[str] = []
    for word in following:
        key = word.lower()
        if key[0].isdigit() or len(out) == COUNTED_WORDS or (not out and key in _CLOCK):
            break
        if len(key) > 1 and key not in stops:
            out.append(_singular(key))
    return out


def _singular(word: str) -> str:
    """A crude singular: enough to match "batteries" with "battery" and "packs" with "pack"."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def number_value(word: str, counted: Iterable[str] = ()) -> float | None:
    """The value a number word writes ("62,000" -> 62000.0, "3.5" -> 3.5), times the scale
    among the words it counts ("1.2 million" -> 1200000.0); None if unclear."""
    text = word.replace(",", "") if _THOUSANDS.fullmatch(word) else word
    try:
        value = float(text)
    except ValueError:
        return None
    return value * max((_SCALES.get(w, 1.0) for w in counted), default=1.0)


def estimated_before(
    number: str, counted: Iterable[str], leads: Iterable[dict[str, list[str]]], ratio: float
) -> bool:
    """True when one of `leads` (numbers -> what they count, `lead_counts`) counts one of the
    same things at about the same size, within `ratio` (about 62,000 battery packs, more than
    80,000 batteries): two estimates of one quantity, where a toll of 3 and a toll of 40 are
    two events. `counted` is empty unless the number is written as an estimate."""
    things = set(counted)
    value = number_value(number, things)
    if not things or not value:
        return False
    for lead in leads:
        for other, other_things in lead.items():
            if not things.intersection(other_things):
                continue
            near = number_value(other, other_things)
            if near and max(value, near) <= ratio * min(value, near):
                return True
    return False
