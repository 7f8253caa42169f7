"""Figures that are never an outlet's own news, whatever their size: read by
`unique_salience.salience`.

A reader comparing outlets wants the figures of what happened. These say something else:

- who told the reporter ("according to two negotiators", "three people familiar with the
  plan"): a count of sources. "Officials said 900 homes were damaged" counts homes, so a
  plain "said" does not make one;
- a magnitude in words, hedged ("several hundred volunteers", "a few thousand sandbags"): an
  estimate, like the bare "hundreds" (`claims.vague`);
- a share in words of something named right after it ("half the bill", "a quarter of its
  staff"): colour, like "40 percent of the seam";
- the record the story happens against: a total of last year or of every year ("the airline
  lost 8 million dollars last year", "some 20 avalanches close the pass each year"), and a
  change over years ("fares have risen by about 30 percent in four years"). A share of last
  year ("only 55 percent of voters turned out last year") is the state the story reports, so
  the yearly record leaves shares alone;
- either side of a ratio ("nine of 14 judges", "a margin of 800 votes out of some 20,000
  cast"): the ratio is the point, and the whole is only its base.
"""

from __future__ import annotations

import functools
import re

from wirecheck.corpus.claims import Claim, vague

# Who told the news: "according to two negotiators", "three people familiar with the plan".
SOURCES = (
    r"\baccording to\s+{value}\b",
    r"\b{value}\s+(?:[\w-]+\s+){{0,3}}?(?:familiar with|with (?:direct )?knowledge of"
    r"|briefed on)\b",
)
HEDGED_MAGNITUDE = re.compile(
    r"(?:several|a few|a couple of|many)\s+(?:dozen|hundred|thousand)\b", re.IGNORECASE
)
WHOLE = r"(?:of\s+)?(?:the|its|their|his|her|this|that)\b"  # "half the bill", "a quarter of its"
# A ratio: "nine of 14", "800 votes out of some 20,000".
NUMBER = (
    r"(?:\d[\d,.]*|(?:[a-z]+-)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen))"
)
OF = r"\s+(?:out\s+)?of\s+(?:(?:nearly|about|around|some|almost|roughly)\s+)?"
# Where the clause of a figure ends ("The mill, which lost ... last year, will shed 250 jobs").
_OF_ANYWHERE = re.compile(OF, re.IGNORECASE)
_SOURCE_WORDS = re.compile(
    r"\baccording to\s|familiar with|with (?:direct )?knowledge of|briefed on", re.IGNORECASE
)
CLAUSE_MARKS = (",", ";", ":", "(", ")", " - ", "—")
YEARLY = re.compile(r"\b(?:last|each|every)\s+(?:year|season)\b", re.IGNORECASE)
# What is still to be done: a yearly figure of a plan is the plan's news.
PLANNED = re.compile(
    r"\b(?:will|would|shall|plans?\s+to|planned\s+to|aims?\s+to|(?:is|are)\s+(?:due|set)\s+to)\b",
    re.IGNORECASE,
)
SPAN = r"(?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|several|\w+teen|twenty)"
OVER_YEARS = re.compile(
    rf"\b(?:in|over)\s+(?:the\s+(?:past|last)\s+)?{SPAN}\s+(?:years|decades?)\b"
    r"|\bover\s+the\s+(?:past|last)\s+(?:years|decade)\b",
    re.IGNORECASE,
)
# A change that has happened ("have risen", "fell", "rising"), not one planned over years.
MOVED = re.compile(
    r"\b(?:rose|risen|rising|fell|fallen|falling|grew|grown|growing|doubled|tripled|halved"
    r"|increased|decreased|dropped|climbed|declined|jumped|soared|slumped|shrunk|shrank)\b",
    re.IGNORECASE,
)


def _words(claim: Claim) -> str:
    """The figure as the text writes it ("two negotiators", not "two negotiators (2–2)")."""
    return claim.value.split(" (")[0]


def counts_sources(claim: Claim) -> bool:
    """Whether a count of people counts who told the news, not whom it is about."""
    if not _SOURCE_WORDS.search(claim.text):
        return False  # neither pattern can match: no need to build them
    return any(pattern.search(claim.text) for pattern in _source_patterns(_words(claim)))


@functools.lru_cache(maxsize=1024)
def _source_patterns(words: str) -> tuple[re.Pattern[str], ...]:
    value = re.escape(words)
    return tuple(re.compile(p.format(value=value), re.IGNORECASE) for p in SOURCES)


def loose(claim: Claim) -> bool:
    """A figure given as a word of magnitude, alone or hedged."""
    return vague(claim) or bool(HEDGED_MAGNITUDE.match(claim.value))


def fraction_of_whole(claim: Claim) -> bool:
    """A share in words followed by the whole it is taken of ("half the bill")."""
    words = _words(claim)
    if re.search(r"\d", words):
        return False
    return bool(re.search(rf"\b{re.escape(words)}\s+{WHOLE}", claim.text, re.IGNORECASE))


def in_a_ratio(claim: Claim) -> bool:
    """Whether the figure is the part ("nine of 14 judges") or the whole ("out of some 20,000
    cast") of a ratio the sentence gives."""
    if not _OF_ANYWHERE.search(claim.text):
        return False  # both sides of a ratio need "of" between them
    return any(ratio.search(claim.text) for ratio in _ratio_patterns(_words(claim)))


@functools.lru_cache(maxsize=1024)
def _ratio_patterns(words: str) -> tuple[re.Pattern[str], ...]:
    value = re.escape(words)
    part = rf"\b{value}{OF}{NUMBER}\b"
    whole = rf"\b{NUMBER}(?:\s+[\w-]+){{0,2}}{OF}{value}"
    return tuple(re.compile(ratio, re.IGNORECASE) for ratio in (part, whole))


def of_the_record(claim: Claim, share: bool) -> bool:
    """Whether a figure is a yearly total (not for a `share`) or a change over years that has
    happened (a plan, "will spend 40 million over five years", "will take 500 more pupils each
    year", is news), in the clause that gives it: in "The mill, which lost 3 million dollars
    last year, will shed 250 jobs" the 250 jobs are news."""
    clause = _clause(claim)
    yearly = not share and YEARLY.search(clause) and not PLANNED.search(clause)
    trend = OVER_YEARS.search(clause) and MOVED.search(clause)
    return bool(yearly or trend)


def _clause(claim: Claim) -> str:
    """The words of the claim's sentence between the punctuation marks around its figure (the
    words around it when the text writes the figure otherwise)."""
    found = re.search(re.escape(_words(claim)), claim.text, re.IGNORECASE)
    if found is None:
        return claim.context
    start = max(claim.text.rfind(mark, 0, found.start()) for mark in CLAUSE_MARKS) + 1
    ends = [claim.text.find(mark, found.end()) for mark in CLAUSE_MARKS]
    end = min((e for e in ends if e >= 0), default=len(claim.text))
    return claim.text[start:end]
