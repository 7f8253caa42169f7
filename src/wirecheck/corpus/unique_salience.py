"""How salient a claim is, for `unique`: whether one outlet alone reporting it is news.

Salience, highest first (a reader comparing outlets looks for these):

3. money (any currency), a count of people with an event cue: killed, injured, arrested,
   missing, evacuated, rescued ("two pickets were arrested"), and a dated event in the first
   paragraph (an outlet's main news that the others lack: "the court refused on Thursday");
2. a measure in a salient unit (magnitude); turnout, people on board, homes cut off and a
   share price's or a currency's move ("shares fell 6.2 percent") also rank 2.
1. any other count of at least ten things ("34 flood warnings").

An institution's decision or plan in reported speech ("the council said it would pay for
counselling") ranks 2; see `unique_speech`.

Never salient: other quotes (colour unless another outlet disputes them), clock times,
sentences naming a year (background), a dated event after the first paragraph (detail: "met
the general on Tuesday"), counts of time ("five years"), vague words ("hundreds", a sum of
"tens of millions"), and a small count that names a group already counted ("three of the
climbers", "the two pickets", "Two were rescued alive"). Figures that count sources, hedged
magnitudes, shares in words of a named whole, either side of a ratio and the record a story
happens against (a total of last year, a change over years) are never salient either: see
`unique_figures`.
"""

from __future__ import annotations

import re

from wirecheck.corpus.claims import Claim, vague
from wirecheck.corpus.count_topics import SIZE, is_money
from wirecheck.corpus.count_words import COUNT_TOPICS
from wirecheck.corpus.earlier import is_day
from wirecheck.corpus.money_slots import slot_unit
from wirecheck.corpus.unique_figures import (
    counts_sources,
    fraction_of_whole,
    in_a_ratio,
    loose,
    of_the_record,
)
from wirecheck.corpus.unique_speech import announced_decision
from wirecheck.corpus.zero_counts import is_zero

UNIQUE_MIN_COUNT = 10  # "two sons" is colour; "34 flood warnings" is news
# Counts of people an event struck; turnout, homes cut off and cancellations rank one lower.
LOWER_TOPICS = {
    "participants",
    "power cuts",
    "power restored",
    "homes supplied",
    "on board",
    "workforce",
    "cancelled",  # trains, flights or operations called off: the story's effects, not its toll
    "sheltered",  # a night in a shelter, a part of the evacuation an outlet also counts
}
# The gravest of a toll ("seven people were in intensive care", "remain in hospital"): a detail,
# ranked as any other count.
DETAIL_TOPICS = {"intensive care", "in hospital"}
PEOPLE_TOPICS = {topic for topic, _ in COUNT_TOPICS} - LOWER_TOPICS - DETAIL_TOPICS
# Counted nouns that measure time or frequency ("400 times", "five years"), not things.
NOT_THINGS = {None, "time", "year", "month", "week", "day", "hour", "minute", "percent"}
YEAR = re.compile(r"\b(?:19|20)\d\d(?:s|’s|'s)?\b")  # "since the 1950s" is background too
# A price set by a market: shares, a currency, an index ("the dollar dipped against the yen").
MARKET = re.compile(
    r"\b(?:shares?|stocks?|dollar|euro|pound|sterling|yen|yuan|rupee|index|bonds?)\b[^.]{0,40}"
    r"\b(?:fell|rose|dropped|jumped|slid|gained|climbed|plunged|tumbled|soared|dipped|sank"
    r"|slumped|surged|rallied|edged)\b",
    re.IGNORECASE,
)
PARTITIVE = re.compile(r"\bof\s+(?:the|them|those|these|its|their|her|his|our)\b", re.IGNORECASE)
PART_OF_WHOLE = re.compile(r"(?:percent|per cent|%)\s+of\s+(?:the|its|their|this|that)\b")
# Calls and orders that come with every story ("ordered schools to close", "urged residents
# to stay indoors"): no outlet's news on its own (none was a gold unique on our tuning sets).
BACKDROP_EVENTS = {"DEMAND"}
# A deed that did not happen, may happen or is still to come ("the board will meet on Thursday
# to consider the offer"): another outlet's report of what did happen answers it, so it is no
# news of one outlet's own (a future event was never a gold unique on the thirty-eight sets).
UNSETTLED = {"negated", "hypothetical", "future"}
HOMES_SUPPLIED = "homes supplied"  # a plant's size told as the homes it could power
# Topics where one person is news ("a motorist died"); elsewhere a count of one is colour.
TOLLS = {"casualties", "injured", "missing", "arrests", "rescued"}


def market_move(claim: Claim) -> bool:
    """A share price's or a currency's move ("shares fell 6.2 percent", "the dollar dipped 0.3
    percent"): the market's verdict on the news."""
    return claim.topic.startswith("%") and bool(MARKET.search(claim.text))


def salience(claim: Claim) -> int:
    """0 (not worth a unique finding) to 3; see the module docstring."""
    if claim.kind == "quote":
        return 2 if announced_decision(claim) else 0
    if claim.kind not in ("count", "event") or YEAR.search(claim.text) or is_zero(claim):
        return 0  # a toll of none is news only against another outlet's count
    if claim.kind == "event":
        if not is_day(claim.time) or claim.mode in UNSETTLED or claim.slot in BACKDROP_EVENTS:
            return 0
        # Later in an article a dated deed is detail ("met the general on Tuesday"): on our
        # blind-written tuning corpora such picks were right one time in six.
        return 3 if claim.lead else 0
    unit = slot_unit(claim.topic)
    if claim.topic.endswith(SIZE) or claim.topic == HOMES_SUPPLIED:
        # "a town of about 3,400 residents", "enough to power 900,000 homes": what the place
        # or the plant is, not the news
        return 0
    if claim.topic in PEOPLE_TOPICS and (claim.high or 0) < 2 and claim.topic not in TOLLS:
        return 0  # "one science teacher said she would vote": a voice, not a figure
    if (claim.low or 0) < UNIQUE_MIN_COUNT and _of_people(claim) and _refers_back(claim):
        return 0
    if _companions(claim):
        return 0
    if (_of_people(claim) and counts_sources(claim)) or of_the_record(claim, unit == "%"):
        return 0  # see `unique_figures`
    if in_a_ratio(claim):
        return 0
    if is_money(unit) and vague(claim):
        return 0  # "skeletons have sold for tens of millions": colour, not a sum anyone paid
    if claim.topic == "casualties" and loose(claim):
        # "air pollution causes thousands of early deaths", "the plague killed millions of
        # people": the record a story is told against, never an outlet's own toll
        return 0
    if is_money(unit) or claim.topic in PEOPLE_TOPICS:
        return 3
    if claim.topic in LOWER_TOPICS and loose(claim):
        return 0  # "dozens of flights were cancelled": a word of magnitude, no figure to compare
    if unit == "magnitude" or claim.topic in LOWER_TOPICS or market_move(claim):
        return 2
    if unit == "%":
        # "a pay offer of 3.5 percent", "a 15 percent sell-on clause", "71 percent of
        # two-year-olds": the story's own terms and rates; "40 percent of the seam" is colour
        return 0 if PART_OF_WHOLE.search(claim.context) or fraction_of_whole(claim) else 1
    if claim.counted in NOT_THINGS or (claim.low or 0) < UNIQUE_MIN_COUNT or loose(claim):
        return 0
    return 1


def _of_people(claim: Claim) -> bool:
    """A count of people or things, not a measure ("3.5 percent", "five won")."""
    return claim.topic in PEOPLE_TOPICS or claim.counted is not None


def _companions(claim: Claim) -> bool:
    """Those someone was with ("spent two hours in a lifeboat with about 50 other people"):
    who shared a witness's lot, not a count the story reports."""
    words = claim.value.split(" (")[0]
    others = re.search(r"\bother\b", words, re.IGNORECASE)
    return bool(others) and bool(re.search(rf"\bwith\s+{re.escape(words)}", claim.text))


def _refers_back(claim: Claim) -> bool:
    """Whether a small count names a group the story has already counted rather than a new
    figure: a part of it ("three of the climbers were hurt", "five of the seven judges agreed"),
    the group again ("the two pickets were arrested"), or a bare number standing for it ("Two
    were rescued alive", "a crew of five", "three others")."""
    words = claim.value.split(" (")[0]
    value = re.escape(words)
    told_again = [
        rf"\b{value}\s+{PARTITIVE.pattern}",  # "five of the seven judges"
        rf"\b(?:the|these|those|both|all)\s+{value}\b",  # "the two pickets"
        rf"\bof\s+{value}\b",  # "a crew of five"
    ]
    return (
        bool(PARTITIVE.search(words))  # "three of the climbers"
        or any(re.search(pattern, claim.text, re.IGNORECASE) for pattern in told_again)
        or (claim.counted is None and words.isalpha())  # "Two were rescued alive"
        or claim.counted == "other"  # "one was shot and three others were recaptured"
    )
