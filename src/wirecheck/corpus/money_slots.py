"""The slot of a sum of money, and the nearest cue that names a figure's slot.

A sum is compared with another outlet's only when both are the same kind of money: lost and
recovered, pledged, a price, a fine, what insurance covers, damage, a ransom, what buyers
ordered, the sum first planned, a deficit, revenue (`MONEY_CUES`). The cue nearest the figure
within its clause names the slot (`nearest_cue`), as it does for a percentage
(`percent_topics`); a few cues name only a sum told after them (`BEFORE_ONLY`). Split out of
`count_topics`.
"""

from __future__ import annotations

import re

from wirecheck.corpus.sources import Cues, cues
from wirecheck.model import Quantity

CONTEXT_CHARS = 50
# A relative clause naming the base of a share, between the share and a cue: "91 per cent of
# players who took part backed the strike" is the share that backed it, not a turnout.
BASE_CLAUSE = re.compile(r"\s+of\s+(?:the\s+|those\s+|its\s+|their\s+)?[\w-]*\s*(?:who|that)\s+")
CURRENCIES = {"USD", "EUR", "GBP", "KES", "JPY", "CNY", "INR", "CHF", "AUD", "CAD"}
CURRENCY_CODE = re.compile(r"[A-Z]{3}")  # ISO 4217: any three capitals a unit carries is money
# "$5 million in aid", "CHF 1.3 million in compensation": the noun after "in" names the sum's
# purpose, however near a verb such as "paid" stands before it.
IN_PURPOSE = re.compile(r"\s+in\s+(?P<noun>[a-z]+)\b")
# A sum written as one word before a noun ("a $38-million shortfall", "the 520-million-euro
# satellite"): it tells what the noun is worth, and the noun alone says what kind of sum it is.
HYPHENED = re.compile(r"-[a-z]+$", re.IGNORECASE)
COMPOUND_SUM = re.compile(
    r"(?:-[a-z]+)*\s+(?P<noun>[a-z]+)\b(?:\s+(?P<next>[a-z]+)\b)?", re.IGNORECASE
)
# Cue words that are verbs after such a noun, not the noun's own kind of sum.
COMPOUND_VERBS = frozenset(["lost", "paid", "pays", "owes", "sold", "fetched"])
# After a sum, "for" and a verb in -ing give the reason for it, not what the sum is.
FOR_DOING = re.compile(r"\s+for\s+\w+ing\b")
# Cues that name only a sum told after them: "sold C$500 million of bonds after investors placed
# orders for C$2.1 billion" (the orders are the second sum, not the first).
BEFORE_ONLY = frozenset(["orders", "planned"])
# One party's part of a sum: "Corvane's share of the penalty, 34.5 million euros".
SHARE_OF = re.compile(r"\b(?:share|portion|part)\s+of\s+the\b")
SHARE_REACH = 40
# A cue after the figure but past the start of another predicate names what that predicate is
# about: "cost about £3 million and was paid for by public donations", "The rebuild, which
# cost £3.8m, was paid for partly with a grant" (a cost, not a price or a pledge).
NEXT_PREDICATE = re.compile(
    r"\s+(?:and|but)\s+(?:was|were|is|are|has|have|had|will|would)\b", re.IGNORECASE
)
# The end of a relative clause holding the figure, then the main verb: ", was paid for".
CLAUSE_END = re.compile(r"^,\s+(?:was|were|is|are|has|have|had|will|would)\b", re.IGNORECASE)
RELATIVE_OPEN = re.compile(r",\s+(?:which|that|who)\b[^,]*$", re.IGNORECASE)
# Another sum between a figure and a cue after it takes the cue: "The rebuild, which cost £3.8m,
# was paid for partly with a £1.5 million grant" (the grant is the second sum).
ANOTHER_SUM = re.compile(r"[$€£¥]\s?\d|\d(?:[\d,.]*\d)?\s*(?:m|bn|million|billion)\b")

MONEY_CUES = cues(
    # "a deal valuing it at 2.4 billion including debt" is a price, not a debt
    ("lost", r"\b(?:lost|loss(?:es)?|owe[sd]|owing|(?<!including )(?<!plus )debts?)\b"),
    # a penalty is what the fined must pay ("fined the bank EUR 48 million", "must pay EUR 48
    # million", "a EUR 45 million penalty"), not a price (before "price": a tie goes to it)
    ("fine", r"\b(?:fined|fines?|penalt(?:y|ies)|must pay|ordered to pay)\b"),
    ("recovered", r"\b(?:recover\w*|repaid|refund\w*|returned)\b"),
    # what changed hands in a sale: "for 48 million euros" and "a fee of about 50 million"
    # (a project's "price tag" is what it costs, the bare sum)
    (
        "price",
        r"\b(?:fees?|prices?(?!\s+tags?\b)|paid|pay(?:s|ing)?|sold for|bought for|valu(?:ing|ed|es)"
        r"|fetch(?:ed|es|ing)?|charg(?:e|es|ed|ing)|fares?|tolls?"
        r"|(?:a|per) (?:share|patient|dose|person|head|ticket|night|unit))\b"
        # what a deal is worth is its price ("the takeover, worth EUR 2.6 billion"); "worth"
        # alone is not ("damage worth millions", "shares worth NZ$250,000")
        r"|\b(?:deal|takeover|acquisition|merger|transaction|purchase|buyout)s?,?"
        r"(?:\s+(?:is|was|were|are))?\s+worth\b"
        r"|\bfor(?= (?:about |around |some |nearly |almost |a reported "
        r"|an? (?:club-|world-|transfer-)?record )?(?:[$€£]|\d))",  # "for a club-record £76m"
    ),
    (
        "pledged",
        r"\b(?:pledg\w*|promis\w*|donat\w*|contribut\w*|offer\w*|aid|assistance|funds?|grants?"
        r"|compensation|set aside)\b",
    ),
    # what insurance pays is not the damage: "its policy covered only £1 million of damage"
    ("insured", r"\b(?:covered|insurance (?:payouts?|cover|polic(?:y|ies))|insured for)\b"),
    (
        "damage",
        r"\b(?:damage\w*|cost of (?:the )?repairs?|repair (?:bill|costs?)|cost to repair"
        r"|repairs?,?(?: (?:were|was|are|is|will|would|could|may|might|be|been|expected"
        r"|estimated|likely|set))* (?:to )?cost)\b",  # "repairs were expected to cost"
    ),
    ("demanded", r"\b(?:ransom|demand\w*)\b"),
    # what buyers asked for is not what was sold: "investors placed orders for C$2.1 billion"
    # (the noun, not "to order the forfeiture of $640 million")
    (
        "orders",
        r"\b(?:(?<!\bto )orders?(?! (?:the|a|an|that|its|their|them|him|her)\b)|order book)\b",
    ),
    # the sum first meant, not the one reached: "enlarged from a planned C$300 million"
    (
        "planned",
        r"\b(?:from (?:a|an|the) (?:initially |originally )?planned|(?:originally|initially)"
        r" planned|aimed to (?:borrow|raise|sell)|had sought to (?:borrow|raise))\b",
    ),
    # a budget's hole and the money a measure brings in are two sums: "to close a $38 million
    # deficit" / "will bring in about $14 million a year"
    (
        "deficit",
        r"\b(?:deficits?|shortfalls?|gaps?|holes? in (?:the |its |their )?\w* ?budgets?)\b",
    ),
    # raising money, not a wage or a price: "to raise $14.5 million a year" (and "revenue of",
    # not "cut its revenue by": that sum is a change)
    (
        "revenue",
        r"\b(?:(?:revenues?|income) of|bring(?:s|ing)? in|generat(?:e|es|ing))\b"
        r"|\brais(?:e|es|ing)(?= (?:about |around |some |nearly |almost |an estimated )?"
        r"(?:[A-Z]{0,3}[$€£]|\d))",
    ),
)


def is_money(unit: str | None) -> bool:
    return bool(unit and (unit in CURRENCIES or CURRENCY_CODE.fullmatch(unit)))


def slot_unit(slot: str) -> str:
    """The unit or currency a count's slot or topic begins with ("GBP damage" -> "GBP",
    "USD (share)" -> "USD", "km" -> "km")."""
    return re.split(r" |\(", slot)[0]


def money_slot(sentence: str, quantity: Quantity, here: int) -> str:
    """Money lost and money recovered (or pledged, or damage done) are different sums."""
    unit = str(quantity.unit)
    end = here + len(quantity.text)
    after = sentence[end:]
    named = IN_PURPOSE.match(after)
    if named:  # "paid CHF 1.3 million in compensation": the sum's own noun says what it is
        purpose = _money_kind(named["noun"])
        if purpose:
            return f"{unit} {purpose}"
    compound = (
        COMPOUND_SUM.match(after) if HYPHENED.search(quantity.text) or after[:1] == "-" else None
    )
    if compound:  # "the 520-million-euro satellite lost contact": the satellite's worth, no loss
        return _compound_slot(compound, unit)
    reason = FOR_DOING.match(after)  # "fined them EUR 68 million for fixing the price of ..."
    told = sentence[: end + reason.start()] if reason else sentence
    slot = nearest_cue(told, quantity, here, MONEY_CUES, unit, f"{unit} ", BEFORE_ONLY)
    # "Corvane's share of the penalty, EUR 34.5 million": a part, not the whole sum
    part = SHARE_OF.search(sentence, max(0, here - SHARE_REACH), here)
    return f"{slot} (share)" if part else slot


def _money_kind(word: str) -> str | None:
    """The kind of sum a single word names ("fund": pledged, "shortfall": a deficit)."""
    return next((name for name, cue in MONEY_CUES if cue.fullmatch(word)), None)


def _compound_slot(compound: re.Match[str], unit: str) -> str:
    """The slot of a sum before its noun: the noun's own cue ("a $10-million emergency fund" is
    pledged, "a $38-million shortfall" a deficit), else the bare sum (a verb after the noun,
    "the 520-million-euro satellite lost contact", says what the noun did)."""
    for word in (compound["noun"], compound["next"] or ""):
        if word.lower() in COMPOUND_VERBS or word.lower().endswith("ed"):
            break
        kind = _money_kind(word)
        if kind:
            return f"{unit} {kind}"
    return unit


def nearest_cue(
    sentence: str,
    quantity: Quantity,
    here: int,
    cues: Cues,
    default: str,
    prefix: str = "",
    before_only: frozenset[str] = frozenset(),
) -> str:
    """The cue nearest the figure, within the clause around it, names its slot; a cue of
    `before_only` names only figures after it."""
    best: tuple[int, str] | None = None
    end = here + len(quantity.text)
    for name, pattern in cues:
        for match in pattern.finditer(sentence):
            if name in before_only and match.start() > here:
                continue
            if BASE_CLAUSE.fullmatch(sentence, end, match.start()):
                continue  # "91 per cent of players who took part backed ...": the base
            if match.start() >= end and _past_predicate_or_sum(sentence, here, end, match.start()):
                continue
            distance = cue_gap(match.start(), match.end(), here, end)
            if distance <= CONTEXT_CHARS and (best is None or distance < best[0]):
                best = (distance, name)
    return prefix + best[1] if best else default


def cue_gap(start: int, end: int, figure_start: int, figure_end: int) -> int:
    """Characters between a cue and a figure (0 when they overlap)."""
    return max(0, figure_start - end, start - figure_end)


def _past_predicate_or_sum(sentence: str, here: int, end: int, cue: int) -> bool:
    """A cue after the figure names another predicate or another sum (`NEXT_PREDICATE`,
    `ANOTHER_SUM`), or the main clause after the relative clause the figure is told in."""
    between = sentence[end:cue]
    closed = CLAUSE_END.match(between) and RELATIVE_OPEN.search(sentence, 0, here)
    return bool(NEXT_PREDICATE.search(between) or ANOTHER_SUM.search(between) or closed)
