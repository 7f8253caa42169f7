"""Quantities: cardinals with what they count, as intervals comparable across outlets.

A quantity is a cardinal in digits or words ("26", "twenty-six", "1.5 million", "1,200"), a
money amount ("$1.5 billion" -> 1.5e9 USD), a measure ("5%", "160 km/h") or a vague plural
("dozens of drones"), with the lemma of the noun it counts (`counted`: the noun the number
modifies in the parse, through "of" for "dozens of drones") or its unit. The text runs from the
approximation marker to the counted noun: "about 40 ministers".

Interval rule (EVAL.md; N is the stated number, "counts" are amounts without a unit):

| wording                                        | low, high                                 |
|------------------------------------------------|-------------------------------------------|
| N                                              | N, N                                      |
| about / around / roughly / some / approx. N    | N - r, N + r with r = max(1, round(0.1 N)) |
| nearly / almost / just under / close to N      | round(0.9 N), N - 1 (counts) or N         |
| more than / over / upwards of N                | N + 1 (counts) or N, open                 |
| at least N                                     | N, open                                   |
| up to / as many as / no more than / at most N  | 0, N                                      |
| fewer than / less than / under N               | 0, N - 1 (counts) or N                    |
| between A and B, A to B, A-B                   | A, B (value null: no single number)       |
| dozens, scores / hundreds / thousands / millions | 24-99 / 200-999 / 2000-9999 / 2e6-999e6 |

Vague plurals have no value (null). Changes to the table, documented here: for a non-integer
N ("about 2.5%") r is 0.1 N, since rounding a fraction to at least 1 would swallow it; strict
bounds ("more than", "fewer than") step by 1 only for counts, while a money amount or a
measure keeps N itself as its (open) bound.

A single person killed or hurt without a number ("a volunteer firefighter died") is a count
of 1 when the noun is a person noun and its verb a casualty verb. A currency word several
countries use ("pesos") takes the code of the one such country the article names, else stays
the bare word ("peso") rather than a guessed code.

Not quantities: ordinals, dates, years and clock times (anything inside a time expression the
time extractor finds, so "a 30-day ceasefire" is a duration, not a count of days), ages ("aged
45", "a 45-year-old", "Fenwick, 58,"; an age describes a person rather than reports a count,
and outlets round it differently without conflicting), phone numbers, numbers that name
something ("Flight 370", "Resolution 425", "No. 10", "G7") and a bare "one" with nothing to count.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wirecheck.extract import register_stage
from wirecheck.extract.counted_nouns import NOUNS, counted_noun, token_at
from wirecheck.extract.quantity_find import Amount, amounts
from wirecheck.extract.quantity_parts import a_member, counted_group, counted_of_them
from wirecheck.extract.times import find_times
from wirecheck.model import Article, Quantity
from wirecheck.resources.numberwords import (
    ADDRESS_WORDS,
    CASUALTY_VERBS,
    CONTEXT_CURRENCIES,
    CONTEXT_DEFAULTS,
    MEASURE_UNITS,
    SINGLE_CASUALTY_NOUNS,
    SINGULAR_COUNTED,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_PHONE = re.compile(r"(?<![\w.])\+?\(?\d{2,4}\)?(?:[ .-]\d{2,4}){2,}(?!\w|[.,]\d)")
_AGE_BEFORE = re.compile(r"\b(?:aged|age|ages)\s+$", re.IGNORECASE)
_AGE_AFTER = re.compile(r"(?:-|\s)(?:years?|months?|weeks?)(?:-|\s)old\b", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"(?:\b(?:No|Nos|no|Number|number|#)\.?\s*|[A-Za-z]-)$")
_CURRENCY_CUES = {
    word: {code: re.compile(rf"\b(?:{cue})\b") for code, cue in cues.items()}
    for word, cues in CONTEXT_CURRENCIES.items()
}
BARE_CROWN = "crown"  # Swedish, Norwegian, Danish, Czech or Icelandic: the article says which
MIN_BARE_CROWNS = 1_000
_CASUALTY_ROLES = ("nsubj", "nsubjpass", "dobj")  # "a firefighter died", "killed a soldier"


def find_quantities(text: str, doc: Doc | None, anchor: str | None = None) -> list[Quantity]:
    """The quantities of `text` as records of an unnamed article (ids left empty)."""
    blocked = _blocked_spans(text, doc, anchor)
    found = []
    for amount in amounts(text):
        if _overlaps(amount, blocked) or _excluded(text, amount, doc):
            continue
        record = _record(text, amount, doc)
        if record is not None:
            found.append(record)
    found += _single_casualties(text, doc, found)
    _currency_by_context(text, found)
    found.sort(key=lambda q: q.start)
    counted_of_them(text, found)
    counted_group(text, found)
    return found


def _currency_by_context(text: str, found: list[Quantity]) -> None:
    """ "50,000 pesos" in an article about the Philippines is PHP; with no country or several
    the unit stays the bare word rather than a guessed code ("dollars" are then US dollars)."""
    units: dict[str, str] = {}  # the countries are looked for once per word, not per figure
    for record in found:
        word = record.unit or ""
        if word in _CURRENCY_CUES:
            if word not in units:
                units[word] = _context_currency(text, word)
            record.unit = units[word]
            if record.unit == BARE_CROWN and (record.low or 0) < MIN_BARE_CROWNS:
                # "won three crowns": titles, not a sum in a currency no country names
                record.unit, record.counted = None, BARE_CROWN


def _context_currency(text: str, word: str) -> str:
    codes = [code for code, cue in _CURRENCY_CUES[word].items() if cue.search(text)]
    if len(codes) == 1:
        return codes[0]
    return CONTEXT_DEFAULTS.get(word, word)


def _single_casualties(text: str, doc: Doc | None, found: list[Quantity]) -> list[Quantity]:
    """ "A volunteer firefighter died", "the blast killed a journalist": one person killed or
    hurt, counted without a number. Only person nouns with a casualty verb count, so "a man
    said" or "an official arrived" does not."""
    if doc is None:
        return []
    singles = []
    for det in doc:
        noun = det.head
        if det.dep_ != "det" or det.lower_ not in ("a", "an") or noun.tag_ != "NN":
            continue
        if noun.lemma_.lower() not in SINGLE_CASUALTY_NOUNS or not _casualty(noun):
            continue
        start, end = det.idx, noun.idx + len(noun)
        if any(q.start < end and start < q.end for q in found):
            continue
        singles.append(Quantity("", "", start, end, text[start:end], 1.0, 1.0, 1.0, None,
                                noun.lemma_.lower()))  # fmt: skip
    return singles


def _casualty(noun: Token) -> bool:
    if any(c.ent_type_ == "ORDINAL" or c.lower_ == "further" for c in noun.children):
        return False  # "a second person died": the toll rose, it is not one
    verb = noun.head
    if noun.dep_ not in _CASUALTY_ROLES or verb.lemma_.lower() not in CASUALTY_VERBS:
        return False
    return noun.dep_ != "dobj" or verb.lemma_.lower() != "die"


def _blocked_spans(text: str, doc: Doc | None, anchor: str | None) -> list[tuple[int, int]]:
    spans = [(t.start, t.end) for t in find_times(text, anchor or "2000-01-01", doc)]
    return spans + [m.span() for m in _PHONE.finditer(text)]


def _overlaps(amount: Amount, spans: list[tuple[int, int]]) -> bool:
    return any(s < amount.number_end and amount.number_start < e for s, e in spans)


def _excluded(text: str, amount: Amount, doc: Doc | None) -> bool:
    before = text[max(0, amount.number_start - 8) : amount.number_start]
    if _AGE_BEFORE.search(before) or _AGE_AFTER.match(text, amount.number_end):
        return True
    if _NAME_BEFORE.search(before) and amount.unit is None:
        return True
    if amount.unit is not None:
        return False  # "at magnitude 6.1", "170 km/h": a measure names nothing
    token = token_at(doc, amount.number_end - 1)
    return token is not None and _names_or_ages(token)


def _names_or_ages(token: Token) -> bool:
    """ "Flight 370", "Boeing 737", "page 3" (a number after the noun it names) and "Fenwick,
    58," (an age in apposition)."""
    head = token.head
    if token.dep_ == "appos" and head.pos_ == "PROPN":
        return True
    if token.dep_ not in ("nummod", "appos", "compound") or head.i >= token.i:
        return False
    return head.pos_ in ("NOUN", "PROPN") and head.lower_ not in MEASURE_UNITS


def _record(text: str, amount: Amount, doc: Doc | None) -> Quantity | None:
    noun, end = (None, amount.end)
    if amount.unit is None:
        noun, end = counted_noun(doc, amount, amount.end - 1)
        if noun is None and amount.approx == "range":
            noun, end = counted_noun(doc, amount, amount.number_end - 1)
        if noun is None:
            noun, end = _strong(doc, amount)
    if _not_a_count(text, amount, noun, doc):
        return None
    counted = _lemma(noun) if noun is not None else None
    low, high = interval(amount, is_count=amount.unit is None)
    value = None if amount.approx == "range" or amount.vague else amount.value
    end = max(end, amount.end)
    return Quantity("", "", amount.start, end, text[amount.start : end], value, low, high,
                    amount.unit, counted)  # fmt: skip


def _strong(doc: Doc | None, amount: Amount) -> tuple[Token | None, int]:
    """ "A 120-strong team of officials": the group's size, counting its members (or the
    group's own noun, "a 40-strong crowd")."""
    number = token_at(doc, amount.number_start)
    if number is None or number.i + 3 >= len(number.doc):
        return None, amount.end
    after = number.doc[number.i + 1 : number.i + 6]
    if after[0].text != "-" or after[1].lower_ != "strong" or after[2].pos_ not in NOUNS:
        return None, amount.end
    group = after[2]
    if len(after) >= 5 and after[3].lower_ == "of" and after[4].pos_ in NOUNS:
        return after[4], after[4].idx + len(after[4])
    return group, group.idx + len(group)


def _not_a_count(text: str, amount: Amount, noun: Token | None, doc: Doc | None) -> bool:
    if noun is None:
        # "Flight 370" (a number in a name); "one of them" (nothing counted, nothing to compare)
        small_word = amount.words and amount.value is not None and amount.value <= 1
        # ("a one-mile walk" measures: its unit keeps it)
        return amount.unit is None and (small_word or _after_name(doc, amount))
    if noun.lower_ in ADDRESS_WORDS:
        return True  # "212 Alder St."
    return (
        amount.value == 1
        and a_member(text, amount.start, amount.number_start, amount.end)
        or _model_number(text, amount, noun)
    )


def _model_number(text: str, amount: Amount, noun: Token) -> bool:
    """ "the 8088 chip", "a 747 jet": a bare number before a singular noun names a model."""
    digits = text[amount.number_start : amount.number_end]
    if (
        amount.approx
        or amount.words
        or "," in digits
        or len(digits) < 3
        or "-" in text[amount.number_end : amount.number_end + 1]
    ):
        return False
    return noun.tag_ == "NN" and noun.lower_ not in SINGULAR_COUNTED


def _lemma(noun: Token) -> str:
    return noun.lemma_.lower() if noun.lower_ != "people" else "people"


def _after_name(doc: Doc | None, amount: Amount) -> bool:
    token = token_at(doc, amount.number_start)
    return token is not None and token.i > 0 and token.nbor(-1).pos_ == "PROPN"


def interval(amount: Amount, is_count: bool) -> tuple[float | None, float | None]:
    """`low`, `high` of an amount by the rule in this module's docstring."""
    if amount.vague:
        return float(amount.vague[0]), float(amount.vague[1])
    value = amount.value
    if value is None:
        return None, None
    if amount.approx == "range":
        return value, amount.high
    whole = value == int(value)
    step = 1 if is_count and whole else 0
    return _RULES.get(amount.approx or "", _exact)(value, whole, step)


def _exact(value: float, whole: bool, step: int) -> tuple[float | None, float | None]:
    return value, value


def _about(value: float, whole: bool, step: int) -> tuple[float | None, float | None]:
    radius = max(1, round(0.1 * value)) if whole else 0.1 * value
    return value - radius, value + radius


def _nearly(value: float, whole: bool, step: int) -> tuple[float | None, float | None]:
    return (float(round(0.9 * value)) if whole else 0.9 * value), value - step


_RULES = {
    "about": _about,
    "nearly": _nearly,
    "more": lambda value, whole, step: (value + step, None),
    "atleast": lambda value, whole, step: (value, None),
    "upto": lambda value, whole, step: (0.0, value),
    "fewer": lambda value, whole, step: (0.0, value - step),
}


def quantities(article: Article, doc: Doc | None) -> list[Quantity]:
    """The article's quantities as `Quantity` records."""
    records = find_quantities(article.text, doc, article.anchor())
    for record in records:
        record.id, record.article = f"{article.id}:n:{record.start}", article.id
    return records


register_stage("quantities", "quantities")(quantities)
