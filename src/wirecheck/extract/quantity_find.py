"""Find the number expressions of a text: the number, its scale, currency or unit, the range it
opens and the approximation marker before it. Pure text work; `quantities.py` adds the parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wirecheck.extract.numbers import parse_number
from wirecheck.resources.numberwords import (
    APPROXIMATORS,
    ATTACHED_UNITS,
    CHANGE_WORDS,
    CURRENCY_ADJECTIVES,
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    LETTER_UNITS,
    MEASURE_UNITS,
    NATIONAL_CURRENCIES,
    NUMBER_WORDS_RE,
    SCALE_RE,
    SHORT_SCALES,
    VAGUE_PLURALS,
    VAGUE_RE,
)

# "12 3/4" (a price or rate in fractions), "1,200.5", "26"
# units written onto the number: "170km/h", "90mph", "5km"
_ATTACHED = "|".join(sorted(map(re.escape, ATTACHED_UNITS), key=len, reverse=True))
_DIGITS = r"\d+\s+[1-7]/(?:2|4|8|16)\b|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORD = NUMBER_WORDS_RE
_HALF = rf"(?:a\s+)?half\s+(?:a\s+)?(?={SCALE_RE}\b)"  # "half a million", "a half million"
# "a quarter of a million", "three-quarters of a billion": a fraction of a scale word
_PART_OF = rf"(?:a|one|two|three)[\s-](?:quarters?|thirds?)\s+of\s+an?\s+(?={SCALE_RE}\b)"
_WORDS = rf"(?:(?:a|an)\s+(?={SCALE_RE}\b)|{_HALF}|{_PART_OF})?{_WORD}(?:[\s-]+(?:and\s+)?{_WORD})*"
_CORE = (
    rf"(?:(?P<vague>{VAGUE_RE})|(?P<digits>{_DIGITS})(?:(?P<short>mn|mln|bn|tn|[mbk])\b"
    rf"|(?:\s*|-)(?P<scale>{SCALE_RE})\b)?|(?P<words>{_WORDS}))"  # "a $38-million shortfall"
    rf"(?:(?=(?:{_ATTACHED})(?![\w/]))|(?![\w,]\d|st\b|nd\b|rd\b|th\b|\w))"
)
# "magnitude-5.9": the one hyphenated word a number may follow; and the rand's "R" before
# an amount written as money ("R4.5 million", "R250,000"), but not a road's number ("R101")
_RAND = r"(?<=(?<![\w.])R)(?=\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s*(?:mn|bn|m|million|billion)\b)"
CORE = re.compile(rf"(?:(?<![\w.,/'’-])|(?<=magnitude-)|{_RAND}){_CORE}", re.IGNORECASE)
_SECOND = re.compile(_CORE, re.IGNORECASE)  # the second number of "20-30" follows a hyphen
_SYMBOLS = "|".join(sorted(map(re.escape, CURRENCY_SYMBOLS), key=len, reverse=True))
_CODES = "|".join(sorted(CURRENCY_CODES))
_CURRENCY_BEFORE = re.compile(rf"(?:(?P<sym>{_SYMBOLS})|\b(?P<code>{_CODES})\s?)$")
# Every currency word, longest first, as one regex alternation (place_align reads it too).
CURRENCY_WORD = "|".join(sorted(CURRENCY_WORDS, key=len, reverse=True))
_CURRENCY_AFTER = re.compile(
    rf"\s+(?:{CURRENCY_ADJECTIVES}\s+)?(?P<word>{CURRENCY_WORD})(?:e?s)?\b", re.IGNORECASE
)
# "weighs 340 pounds", "weighing about 750 pounds": pounds of weight, not money.
_WEIGHED_BEFORE = re.compile(r"\bweigh(?:s|ed|ing)?\b[^.;]{0,20}$", re.IGNORECASE)
# "a five-pound note": a hyphened pound before these is still money.
POUND_MONEY_NOUNS = {"note", "notes", "coin", "coins", "fine", "fee", "ticket", "prize", "bet"}
# A determiner right after a currency word that is also a verb ("won") makes it the verb.
_VERB_AFTER = re.compile(r"\s+(?:a|an|the|his|her|their|its|our|this|that|every|all)\b", re.I)
VERB_CURRENCIES = {"won"}
_UNIT = "|".join(sorted(map(re.escape, MEASURE_UNITS), key=len, reverse=True))
_LABEL_BEFORE = re.compile(r"\b[A-Z][a-z]*\s+$")  # "Terminal 2C": a name's letter, not a unit
_UNIT_AFTER = re.compile(rf"\s?(?P<unit>{_UNIT})(?![\w/])")
_CODE_AFTER = re.compile(rf"\s+(?P<code>{_CODES})\b")
_APPROX = "|".join(sorted(map(re.escape, APPROXIMATORS), key=len, reverse=True))
_APPROX_BEFORE = re.compile(rf"\b(?P<approx>{_APPROX})\s+$", re.IGNORECASE)
_RANGE_START = re.compile(r"\b(?P<open>between|from)\s+$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|and)\s*", re.IGNORECASE)
_MAGNITUDE = re.compile(r"\bmagnitude[\s-]+$", re.IGNORECASE)
_MAGNITUDE_AFTER = re.compile(r"[\s-]magnitude\b", re.IGNORECASE)  # "a 5.9-magnitude quake"
_CHANGE_BEFORE = re.compile(rf"\b{CHANGE_WORDS}\s+(?:by\s+)?$", re.IGNORECASE)
# Shares said in words: "four in ten voters", "two in every five containers", "nine out of
# 10", "a third of", "just over half of the votes". Read as percentages, so they compare with
# "38 per cent". A fraction word is followed by "of" or "the" ("half an hour" is a duration),
# never by "of a(n)" ("a quarter of a million" is a number, "a quarter of an hour" a duration).
_SMALL = r"one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}"
_PROPORTION = re.compile(
    rf"(?<![\w-])(?:(?P<num>{_SMALL})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<den>{_SMALL})"
    rf"(?=\s+[a-z])"
    rf"|(?P<fnum>a|one|two|three|four)[\s-](?P<frac>halves|half|thirds?|quarters?|fifths?)"
    rf"(?=\s+(?:of|the)\s+(?!an?\s))|(?P<half>half)(?=\s+(?:of|the)\s+(?!an?\s)))",
    re.IGNORECASE,
)
_FRACTIONS = {"half": 2, "halve": 2, "third": 3, "quarter": 4, "fifth": 5}


@dataclass
class Amount:
    """One number expression before the parse tells what it counts."""

    start: int  # of the whole expression, approximation marker included
    end: int
    number_start: int
    number_end: int
    value: float | None
    high: float | None = None  # second number of a range
    vague: tuple[float, float] | None = None
    unit: str | None = None
    approx: str | None = None  # kind from APPROXIMATORS, or "range"
    words: bool = False  # written in words ("twenty-six"), not digits
    multiplier: float = 1.0  # the scale word's: 1e6 for "1.5 million"


def amounts(text: str) -> list[Amount]:
    """Every number expression of `text`, left to right, ranges merged into one."""
    found = _proportions(text)
    shares = [(a.start, a.end) for a in found]
    taken = 0
    for match in CORE.finditer(text):
        if match.start() < taken or any(s <= match.start() < e for s, e in shares):
            continue
        amount = _amount(text, match)
        if amount is None or _is_score(text, amount):
            continue
        _range(text, amount)
        _approximation(text, amount)
        found.append(amount)
        taken = amount.end
    return sorted(found, key=lambda a: a.start)


def _proportions(text: str) -> list[Amount]:
    """Shares in words as percentages; a bare one is approximate ("a third" is said of 31%)."""
    found = []
    for match in _PROPORTION.finditer(text):
        share = _share(match)
        if share is None:
            continue
        start, end = match.span()
        amount = Amount(start, end, start, end, round(share, 2), unit="%", words=True)
        _approximation(text, amount)
        amount.approx = amount.approx or "about"
        found.append(amount)
    return found


def _share(match: re.Match[str]) -> float | None:
    if match["half"]:
        return 50.0
    if match["frac"]:
        part = parse_number("one" if match["fnum"].lower() == "a" else match["fnum"])
        parts = _FRACTIONS[match["frac"].lower().rstrip("s")]
        return 100.0 * part / parts if part and part < parts else None
    count, whole = parse_number(match["num"]), parse_number(match["den"])
    if not (count and whole) or count >= whole:
        return None
    return 100.0 * count / whole


def _amount(text: str, match: re.Match[str]) -> Amount | None:
    start, end = match.span()
    if match["vague"]:
        key = re.sub(r"\s+", " ", match["vague"].lower())
        vague = Amount(start, end, start, end, None, vague=VAGUE_PLURALS[key])
        _currency(text, match, vague)  # "several thousand dollars"
        return vague
    value, multiplier = _value(match)
    if value is None:
        return None
    amount = Amount(start, end, start, end, value, words=bool(match["words"]))
    amount.multiplier = multiplier
    _currency(text, match, amount)
    if amount.unit is None:
        _measure(text, amount, match)
    if amount.unit is None and text[amount.end : amount.end + 1].isalpha():
        return None  # "Terminal 2C": a name's number and letter, no unit read
    return amount


def _value(match: re.Match[str]) -> tuple[float | None, float]:
    if match["words"]:
        scale = re.search(rf"{SCALE_RE}$", match["words"], re.IGNORECASE)
        multiplier = parse_number(scale.group(0)) if scale else None
        return parse_number(match["words"]), multiplier or 1.0
    value = parse_number(match["digits"])
    multiplier = parse_number(match["scale"]) if match["scale"] else None
    if value is None:
        return None, 1.0
    return value * (multiplier or 1.0), multiplier or 1.0


def _currency(text: str, match: re.Match[str], amount: Amount) -> None:
    """ "$1.5 billion", "£48m", "KSh 500", "30 billion shillings", "5 million USD"."""
    before = _CURRENCY_BEFORE.search(text[max(0, amount.start - 4) : amount.start])
    short = (match["short"] or "").lower() if match["digits"] else ""
    if before:
        amount.unit = CURRENCY_SYMBOLS.get(before["sym"] or "") or before["code"]
        amount.start -= len(before.group(0))
    after = _CURRENCY_AFTER.match(text, amount.end) or _CODE_AFTER.match(text, amount.end)
    if after and _verb_not_currency(text, after):
        after = None  # "five won a majority", "ten won the lottery": a verb, not the currency
    if amount.unit is None and after:
        amount.unit = _currency_after(after)
        if amount.unit == "GBP" and weighed_before(text, amount.start):
            amount.unit = "lb"
        amount.end = after.end()
    if short and amount.value is not None:
        if amount.unit is None and short == "m":
            amount.number_end -= 1  # "100m" without a currency is metres, handled as a unit
            amount.end = amount.number_end
        else:
            amount.value *= SHORT_SCALES[short]
            amount.multiplier = SHORT_SCALES[short]


def weighed_before(text: str, number_start: int) -> bool:
    """Whether a verb of weighing comes just before the figure at `number_start`."""
    return bool(_WEIGHED_BEFORE.search(text, max(0, number_start - 40), number_start))


def _verb_not_currency(text: str, after: re.Match[str]) -> bool:
    word = (after.groupdict().get("word") or "").lower()
    return word in VERB_CURRENCIES and bool(_VERB_AFTER.match(text, after.end()))


def _currency_after(after: re.Match[str]) -> str:
    groups = after.groupdict()
    if not groups.get("word"):
        return after["code"]
    word = groups["word"].lower()
    adjective = " ".join((groups.get("adj") or "").lower().split())
    return NATIONAL_CURRENCIES.get(f"{adjective} {word}") or CURRENCY_WORDS[word]


def _measure(text: str, amount: Amount, match: re.Match[str]) -> None:
    """ "5%", "20 percent", "160 km/h", "170km/h", "magnitude 5.9", "a 5.9-magnitude quake"."""
    magnitude = _MAGNITUDE.search(text[max(0, amount.start - 12) : amount.start])
    if magnitude:
        amount.unit = "magnitude"
        amount.start -= len(magnitude.group(0))
        return
    after = _MAGNITUDE_AFTER.match(text, amount.end)
    if after and not amount.words:
        amount.unit = "magnitude"
        amount.end = after.end()
        return
    unit = _UNIT_AFTER.match(text, amount.end)
    if unit is None:
        return
    spaced = unit.group(0).startswith(" ")
    if unit["unit"] in LETTER_UNITS and (spaced or _LABEL_BEFORE.search(text, 0, amount.start)):
        return  # "Grade 5 C", "Terminal 2C", "Gate 4F": labels, not temperatures
    if spaced or not amount.words:
        amount.unit = MEASURE_UNITS[unit["unit"]]
        amount.end = unit.end()


_SCORE = re.compile(r"[-–](\d+)\b")


def _is_score(text: str, amount: Amount) -> bool:
    """ "a 3-1 win", "won 24-17": a score, whose numbers count nothing comparable."""
    second = _SCORE.match(text, amount.end)
    return bool(second and amount.value is not None and amount.value >= int(second[1]))


def _range(text: str, amount: Amount) -> None:
    """ "between 20 and 30", "20 to 30", "20-30": one amount from the first to the second."""
    join = _RANGE_JOIN.match(text, amount.end)
    if join is None or amount.value is None:
        return
    second = _SECOND.match(text, join.end())
    if second is None or second["vague"]:
        second = _currency_then_core(text, join.end())
    if second is None or second["vague"]:
        return
    other = _amount(text, second)
    word = join.group(0).strip().lower()
    opened = _RANGE_START.search(text[max(0, amount.start - 10) : amount.start])
    if other is None or other.value is None or word == "and" and not opened:
        return
    if word == "to" and not opened and _change_then_level(text, amount, other):
        return
    low, high = amount.value, other.value
    if amount.multiplier == 1 and other.multiplier > 1 and low * other.multiplier <= high:
        low *= other.multiplier  # "between 20 and 30 million"
    if low >= high:
        return  # "3-1" is a score, not a range
    amount.value, amount.high, amount.end = low, high, other.end
    amount.unit = amount.unit or other.unit
    amount.approx = "range"
    if opened:
        amount.start -= len(opened.group(0))


def _change_then_level(text: str, amount: Amount, other: Amount) -> bool:
    """ "rose 12 pence to 418 pence", "9% to $2.48 billion": a change, then the new level."""
    if amount.unit != other.unit and amount.unit and other.unit:
        return True
    return bool(_CHANGE_BEFORE.search(text[max(0, amount.start - 20) : amount.start]))


def _currency_then_core(text: str, at: int) -> re.Match[str] | None:
    symbol = re.match(rf"(?:{_SYMBOLS})", text[at:])
    return _SECOND.match(text, at + symbol.end()) if symbol else None


def _approximation(text: str, amount: Amount) -> None:
    if amount.approx == "range":
        return
    marker = _APPROX_BEFORE.search(text[max(0, amount.start - 20) : amount.start])
    if marker:
        amount.approx = APPROXIMATORS[re.sub(r"\s+", " ", marker["approx"].lower())]
        amount.start -= len(marker.group(0))
