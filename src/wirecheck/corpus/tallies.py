"""Vote tallies and match scores across outlets: "passed by 318 votes to 236", "MPs voting
318 to 236", "a 6-3 vote", "councillors voted 14-7", "beat Fife Athletic 2-1". A tally is one
value, for and against together: outlets giving the same tally agree, outlets giving another
one conflict (one side per tally), however the sentences read. The figures of a vote tally
are not compared again as separate counts (`tally_pattern.TALLY`).
"""

from __future__ import annotations

import re

from wirecheck.corpus.claims import Claim, quoted_at, quoted_spans
from wirecheck.corpus.pairs import (
    Pair,
    by_outlet,
    merge_agreements,
    merge_conflicts,
    outlet_pairs,
)
from wirecheck.corpus.tally_pattern import TALLY, UNANIMOUS
from wirecheck.extract.numbers import parse_number
from wirecheck.model import Article
from wirecheck.text_spans import sentence_around

TOPIC = "vote tally"
UNTOLD = "?"  # the side of a tally an outlet does not give: "with 212 voting in favour"
UNANIMOUS_VALUE = "unanimous"  # nobody against, the votes for untold ("?–0")
SCORE_TOPIC = "score"
# A match result: "beat Fife Athletic 2-1", "won 3-0 at home", "drew 1-1 with the leaders",
# "hammering Dirk Vosloo 7-4".
SCORE = re.compile(
    r"\b(?:beat(?:s|ing|en)?|defeat(?:s|ed|ing)|sank|edg(?:es|ed|ing)|thrash(?:es|ed|ing)"
    r"|hammer(?:s|ed|ing)|crush(?:es|ed|ing)|rout(?:s|ed|ing)|overcame|overcoming|won|win"
    r"|wins|winning|lost|drew|down(?:ed|ing))\b"
    r"(?:\s+[\w'’.-]+){0,4}?\s+(?P<ayes>\d{1,2})[-–](?P<noes>\d{1,2})\b"
    # the result as a noun: "a 3-0 home defeat by Kingsmere", "a 3-1 loss at home"
    r"|\b(?P<ayes2>\d{1,2})[-–](?P<noes2>\d{1,2})\s+(?:(?:home|away)\s+)?"
    r"(?:defeat|loss|win|victory|draw|thrashing|drubbing)\b"
)


def tally_claims(article: Article, outlet: str) -> list[Claim]:
    """One claim per vote tally or match score outside quotations, on its sentence."""
    quoted = quoted_spans(article)
    claims = []
    for topic, match in _tallies(article.text):
        if quoted_at(match.start(), quoted):
            continue
        start, end = sentence_around(article.text, match.start())
        value = _value(match)
        claims.append(
            Claim(
                article.id, outlet, "tally", topic, topic, value, start, end,
                article.text[start:end], context=match.group(0),
            )
        )  # fmt: skip
    return claims


def _value(match: re.Match[str]) -> str:
    """For and against, as digits: "318–236"; an untold side is `UNTOLD` ("212–?"), a vote
    with nobody against "unanimous"; a share of a body's members leaves the rest against."""
    if match.re is UNANIMOUS:
        return UNANIMOUS_VALUE
    ayes = _number(_side(match, "ayes") or "")  # every form of TALLY gives the ayes
    total = match.groupdict().get("total8")
    if total:
        return f"{ayes}–{max(0, int(_number(total)) - int(ayes))}"
    noes = _side(match, "noes")
    return f"{ayes}–{_number(noes) if noes else UNTOLD}"


def _side(match: re.Match[str], side: str) -> str | None:
    """The figure of one side, from whichever of the pattern's forms matched (None: untold)."""
    return next((v for k, v in match.groupdict().items() if k.startswith(side) and v), None)


def same_tally(a: Claim, b: Claim) -> bool:
    """Equal tallies, or one side untold and the told sides equal ("212–?" and "212–187",
    "?–0" and "3–0")."""
    if a.value == b.value:
        return True
    (ayes_a, noes_a), (ayes_b, noes_b) = _sides(a.value), _sides(b.value)
    if ayes_a == ayes_b and UNTOLD in (noes_a, noes_b):
        return True
    return noes_a == noes_b and UNTOLD in (ayes_a, ayes_b)  # "?–0" (unanimous) and "3–0"


def _sides(value: str) -> tuple[str, str]:
    if value == UNANIMOUS_VALUE:
        return UNTOLD, "0"
    ayes, noes = value.split("–")
    return ayes, noes


def _tallies(text: str) -> list[tuple[str, re.Match[str]]]:
    found = [(TOPIC, m) for m in TALLY.finditer(text)]
    found += [(TOPIC, m) for m in UNANIMOUS.finditer(text)]
    found += [(SCORE_TOPIC, m) for m in SCORE.finditer(text)]
    return sorted(found, key=lambda item: item[1].start())


def _number(text: str) -> str:
    """Digits as written, a spelled number as digits ("eight" -> "8", "none" -> "0")."""
    if text.replace("-", "").isalpha():  # "eight", "thirty-one"
        return str(int(parse_number(text) or 0))
    return re.sub(r"\D", "", text)


def align_tallies(claims: list[Claim]) -> list[Pair]:
    """Per outlet pair and kind (a vote, a match), the first tallies compared: equal agree,
    different conflict."""
    pairs = []
    for lefts, rights in outlet_pairs(by_outlet(claims, "tally")):
        for topic in sorted({c.topic for c in lefts} & {c.topic for c in rights}):
            left = next(c for c in lefts if c.topic == topic)
            right = next(c for c in rights if c.topic == topic)
            pairs.append(_tally_pair(topic, left, right))
    agreements = merge_agreements(pairs, same_tally)
    conflicts = merge_conflicts([p for p in pairs if p.kind == "conflict"], agreements)
    # "unanimous" takes a side in a conflict; outlets that only call a vote unanimous agree on
    # no figure (no gold of ours lists that agreement beside its conflict)
    return conflicts + [a for a in agreements if not any(_unanimous(c) for c in a.claims)]


def _unanimous(claim: Claim) -> bool:
    return claim.value == UNANIMOUS_VALUE


def _tally_pair(topic: str, left: Claim, right: Claim) -> Pair:
    if same_tally(left, right):
        summary = f"{left.outlet} and {right.outlet} give the same {topic}: {left.value}."
        return Pair("agree", topic, summary, [left, right])
    said = f"{left.outlet} says {left.value}, {right.outlet} says {right.value}"
    return Pair("conflict", topic, f"{topic}: {said}.", [left, right])
