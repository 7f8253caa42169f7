"""The noun a number counts, or the unit it is in, read from the parse: "40 [potential]
jurors", "dozens of drones", "its crew of four", "30 billion shillings", "a 1,500-home
development". Used by `quantities`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirecheck.extract.quantity_find import POUND_MONEY_NOUNS, Amount, weighed_before
from wirecheck.resources.numberwords import CURRENCY_WORDS, GROUP_NOUNS, MEASURE_UNITS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

NUMBER_TAGS = ("nummod", "quantmod", "compound", "nmod", "amod")
NOUNS = ("NOUN", "PROPN")
MAX_REACH = 6  # tokens between a number and its counted noun ("1,000 search and rescue staff")


def token_at(doc: Doc | None, char: int) -> Token | None:
    """The token at a character offset of the text, if the text was parsed."""
    if doc is None:
        return None
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def counted_noun(doc: Doc | None, amount: Amount, at: int) -> tuple[Token | None, int]:
    """The counted noun and where the expression ends: "40 [potential] jurors"."""
    token = token_at(doc, at)
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
            nouns = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in NOUNS]
            if nouns:
                return nouns[0]
    group = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    if group is not None and group.lemma_.lower() in GROUP_NOUNS and group.i < token.i:
        return group  # "its crew of four", "a family of five": the group is counted
    current = token
    for _ in range(3):
        head = current.head
        if current.dep_ not in NUMBER_TAGS or head.i <= current.i:
            return None
        if head.i - token.i > MAX_REACH:
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
        and noun.head.i - number.i <= MAX_REACH
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
        if not doc[noun.i + 1].whitespace_ and after.pos_ in NOUNS:
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
