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
from wirecheck.extract.quantity_find import POUND_MONEY_NOUNS, Amount, amounts, weighed_before
from wirecheck.extract.quantity_parts import a_member, counted_group, counted_of_them
from wirecheck.extract.times import find_times
from wirecheck.model import Article, Quantity
from wirecheck.resources.numberwords import (
    ADDRESS_WORDS,
    CASUALTY_VERBS,
    CONTEXT_CURRENCIES,
    CONTEXT_DEFAULTS,
    CURRENCY_WORDS,
    GROUP_NOUNS,
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
_NUMBER_TAGS = ("nummod", "quantmod", "compound", "nmod", "amod")
_NOUNS = ("NOUN", "PROPN")
_MAX_REACH = 6  # tokens between a number and its counted noun ("1,000 search and rescue staff")
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
    token = _token(doc, amount.number_end - 1)
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


def _token(doc: Doc | None, char: int) -> Token | None:
    if doc is None:
        return None
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _record(text: str, amount: Amount, doc: Doc | None) -> Quantity | None:
    noun, end = (None, amount.end)
    if amount.unit is None:
        noun, end = _counted(doc, amount, amount.end - 1)
        if noun is None and amount.approx == "range":
            noun, end = _counted(doc, amount, amount.number_end - 1)
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
    number = _token(doc, amount.number_start)
    if number is None or number.i + 3 >= len(number.doc):
        return None, amount.end
    after = number.doc[number.i + 1 : number.i + 6]
    if after[0].text != "-" or after[1].lower_ != "strong" or after[2].pos_ not in _NOUNS:
        return None, amount.end
    group = after[2]
    if len(after) >= 5 and after[3].lower_ == "of" and after[4].pos_ in _NOUNS:
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
    token = _token(doc, amount.number_start)
    return token is not None and token.i > 0 and token.nbor(-1).pos_ == "PROPN"


def _counted(doc: Doc | None, amount: Amount, at: int) -> tuple[Token | None, int]:
    """The counted noun and where the expression ends: "40 [potential] jurors"."""
    token = _token(doc, at)
    if token is None:
        return None, amount.end
    noun = _counted_token(token)
    if noun is None:
        return None, amount.end
    unit = _unit_word(noun)
    if not unit:
        noun = _compound_head(noun, token)
    # "four of the six suspects": the expression stops where the noun's own number starts
    own_number = any(c.dep_ == "nummod" and c.i > token.i for c in noun.children)
    reach = noun.i > token.i and not own_number
    end = noun.idx + len(noun) if reach else amount.end
    if unit:
        amount.unit = unit
        return None, end
    return noun, end


def _counted_token(token: Token) -> Token | None:
    """The noun a number counts: its head ("35 nations"), through scale words ("30 billion
    shillings") and "of" ("dozens of drones", "three of the victims")."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            nouns = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in _NOUNS]
            if nouns:
                return nouns[0]
    group = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    if group is not None and group.lemma_.lower() in GROUP_NOUNS and group.i < token.i:
        return group  # "its crew of four", "a family of five": the group is counted
    current = token
    for _ in range(3):
        head = current.head
        if current.dep_ not in _NUMBER_TAGS or head.i <= current.i:
            return None
        if head.i - token.i > _MAX_REACH:
            return None
        if head.pos_ == "NUM" or head.lower_ in ("dozen", "hundred", "thousand", "million"):
            current = head
            continue
        return head if head.pos_ in ("NOUN", "PROPN") else None
    return None


def _compound_head(noun: Token, number: Token) -> Token:
    """The noun a compound modifier belongs to: the parser sometimes hangs "23" on "league" in
    "23 league goals", where goals are counted."""
    while (
        noun.dep_ == "compound"
        and noun.head.lower_ != "home"  # "sending 4,000 pupils home": the pupils are counted
        and not _hyphened_to(noun, number)
        and noun.head.i > noun.i
        and noun.head.pos_ in ("NOUN", "PROPN")
        and noun.head.i - number.i <= _MAX_REACH
    ):
        noun = noun.head
    return _hyphen_head(noun)


def _hyphened_to(noun: Token, number: Token) -> bool:
    """ "a 1,500-home development": the word joined to the number by a hyphen is what it
    counts (1,500 homes), not the noun the pair describes."""
    doc = noun.doc
    return (
        noun.i == number.i + 2
        and doc[number.i + 1].text == "-"
        and not number.whitespace_
        and not doc[number.i + 1].whitespace_
    )


def _hyphen_head(noun: Token) -> Token:
    """ "Eleven co-defendants": the tokenizer splits the word at its hyphen and the number may
    hang on "co"; the counted noun is the word's last part."""
    doc = noun.doc
    if noun.i + 2 < len(doc) and not noun.whitespace_ and doc[noun.i + 1].text == "-":
        after = doc[noun.i + 2]
        if not doc[noun.i + 1].whitespace_ and after.pos_ in _NOUNS:
            return after
    return noun


def _unit_word(noun: Token) -> str | None:
    """A currency or measure named after the number ("shillings", "kph")."""
    lower = noun.lower_
    if lower in ("mile", "miles") and _nautical(noun):
        return "nmi"  # "a 2-nautical-mile zone"
    if lower in MEASURE_UNITS:
        return MEASURE_UNITS[lower]
    singular = noun.lemma_.lower()
    currency = CURRENCY_WORDS.get(singular) or CURRENCY_WORDS.get(lower.rstrip("s"))
    return "lb" if currency == "GBP" and _pounds_weighed(noun) else currency


def _pounds_weighed(noun: Token) -> bool:
    """ "a 750-pound solar array", "weighs 340 pounds": pounds of weight. A hyphened "pound"
    before a word of money ("a five-pound note") stays money."""
    doc = noun.doc
    if noun.lower_ not in ("pound", "pounds"):
        return False
    hyphened = noun.i > 0 and doc[noun.i - 1].text == "-" and not doc[noun.i - 1].whitespace_
    following = doc[noun.i + 1].lower_ if noun.i + 1 < len(doc) else ""
    if hyphened and following.isalpha() and following not in POUND_MONEY_NOUNS:
        return True
    return weighed_before(doc.text, noun.idx)


def _nautical(noun: Token) -> bool:
    before = [t for t in noun.doc[max(0, noun.i - 2) : noun.i] if t.text != "-"]
    return bool(before) and before[-1].lower_ == "nautical"


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
