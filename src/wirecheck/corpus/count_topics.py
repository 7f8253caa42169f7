"""What a figure counts: the topic of a count from the cue words of its sentence, else from
its counted noun, and the slot of a sum of money or a percentage.

Two outlets' figures are compared only when they count the same thing, so this vocabulary
decides which figures can agree or conflict ("killed 12" and "12 deaths" are one toll; "41
were injured" beside "two died" is not).
"""

from __future__ import annotations

import re

from wirecheck.corpus.count_words import (
    AREA_NOUNS,
    BARE_TOPICS,
    CARED_FOR,
    COMPOUND_CLASSES,
    COUNT_TOPICS,
    CUE_PARTICIPLES,
    ESCAPE_TOPICS,
    HELD_NOUNS,
    JOBS_LOST,
    NOUN_CLASSES,
    PERSON_NOUNS,
    PROTEST_NOUNS,
    STAFF_CLASSES,
    THING_TOPICS,
    TOPIC_NOUNS,
)
from wirecheck.corpus.cue_owners import CLAUSE_BREAK, anothers_cue
from wirecheck.corpus.measure_slots import measure_slot
from wirecheck.corpus.money_slots import cue_gap, is_money, money_slot, nearest_cue
from wirecheck.corpus.not_counts import no_count, sized_whole
from wirecheck.corpus.percent_topics import PERCENT_TOPICS
from wirecheck.model import Quantity

# The whole of a group whose part a cue counts: "none of the 24 crew", "all of its 300 staff".
WHOLE_GROUP = re.compile(r"\b(?:none|neither|all|each|both|any) of (?:the|its|their) $", re.I)
RESCUED = dict(COUNT_TOPICS)["rescued"]
# A cue before the figure past "and" or a comma (`cue_owners.CLAUSE_BREAK`) belongs to an
# earlier clause: it counts as this much further than its characters.
CLAUSE_PENALTY = 40
# A share of a group said to have voted for something: "91% of them voted for industrial
# action", "87 per cent of players had voted to strike", "57.3 percent of voters rejected the
# plan", "62 percent of voters in Caldmere said no" (not "voted to accept a deal worth 14.5
# percent", the deal's size).
VOTED_SHARE = re.compile(
    r"\s+of\s+(?:[\w'’-]+\s+){0,8}?(?:had\s+|have\s+)?"
    r"(?:voted|backed|supported|rejected|approved|opposed|endorsed|said (?:yes|no))\b"
    r"|\s+(?:backing|supporting|voting for)\b"  # "with 87 percent backing action"
)
# An opinion poll's share is no vote: "a poll found that 64 percent of voters supported it".
POLL = re.compile(r"\b(?:poll|survey)\b", re.IGNORECASE)
# How full a store is, said right after its percentage: "38 percent full", "at about 41 percent
# of its capacity"
HOW_FULL = re.compile(r"\s*(?:full|of (?:its |their |total )?capacity)\b")
# Where the counted were, right after them: "people on board fell ill" (the cue after tells more)
WHERE_THEY_ARE = re.compile(r"\s+(?:on board|aboard|in intensive care)\b", re.IGNORECASE)
WHERE_TOPICS = {"on board", "intensive care"}  # the topics those words name
# Some of a group a cue names, right after the figure: "Eight of the injured were in critical
# condition" (a cue after the group says what befell the part).
PART_OF_GROUP = re.compile(r"\s+of\s+(?:the|those)\s+(?:\w+\s+)?\w+", re.IGNORECASE)
# What may befall such a part ("All three of the dead were contract workers" stays the dead).
PART_TOPICS = {"intensive care", "in hospital", "casualties", "airlifted"}
# A relative clause right after the counted: "64 people who attended a banquet have fallen
# ill", "a woman who was pulled from the ruins died overnight".
WHO_CLAUSE = re.compile(r"\s+(?:who|that)\s+", re.I)
PUNCTUATION_BREAK = re.compile(r"[,;]")
# Every job a company has, counted under its owner's name: "all of Almenara's 2,700 jobs", "the
# plant's 400 jobs" are its workforce ("cut 900 jobs" counts no owner: a part of it).
_INSTITUTIONS = r"\b(?:its|their)"  # an institution's own: "its 720 staff", "of its stores"
OWNED_JOBS = re.compile(rf"(?:['’]s|{_INSTITUTIONS})\s+$", re.IGNORECASE)
# A company's own staff ("Its 720 staff"); not any owner's ("Halvorsen Station's 23 staff" may
# be another station's).
OWN_STAFF = re.compile(rf"{_INSTITUTIONS}\s+$", re.IGNORECASE)
# The words that make a figure a peak once reached: "peaked at 14 percent", "down from a peak
# of 14 percent", "hit a record high of".
PEAK_BEFORE = re.compile(r"\b(?:peak(?:ed)?|(?:record )?high|highest)\s+(?:at|of)\s+$", re.I)
# A measure of a lesser event inside the story ("a magnitude 4.6 aftershock") is not the
# measure of the story's event ("a magnitude 5.9 earthquake").
SUB_EVENTS = {"aftershock", "aftershocks", "foreshock", "tremor", "tremors"}
# A measure as a departure from the usual, not a level: "2.5 degrees above the average for
# the time of year" is not "31.9 degrees at the height of the heatwave".
ABOVE_NORMAL = re.compile(
    r"\s*(?:above|below|over|under|higher than|lower than|warmer than|colder than)\s+"
    r"(?:the\s+)?(?:long-term\s+|seasonal\s+)?(?:average|normal|usual|mean)\b",
    re.IGNORECASE,
)
# A usual temperature, not the one the story reports: "summers normally peak at around 19
# degrees", "sea temperatures seldom climb much above 15C".
HABITUAL = re.compile(r"\b(?:normally|usually|typically|seldom|rarely|on average)\b", re.I)
ARRESTED = re.compile(r"\b(?:arrest\w*|detain\w*)\b", re.IGNORECASE)
# What befell a crowd, right after it: "Twenty-seven spectators were hurt" counts the hurt.
HURT_AFTER = re.compile(
    r"\s+(?:were|was|have been|had been)\s+(?:\w+\s+)?(?:hurt|injured|killed"
    r"|treated for (?:\w+ )?(?:injuries|cuts|burns))\b"
)
CAPTIVE = re.compile(r"\b(?:in captivity|captive|in zoos)\b", re.IGNORECASE)
# "two of its crew", "three of the passengers": a part of a group named by its whole.
PARTITIVE = re.compile(r"^\S+\s+of\s+(?:its|the|their|his|her|our)\s", re.IGNORECASE)
ANIMALS_KILLED = re.compile(r"\b(?:killed|died|dead|slaughtered|culled|put down)\b")
# Killed right after the figure: "shot one wolf dead", "two sheep were killed".
KILLED_AFTER = re.compile(r"\s+(?:(?:was|were|had\s+been)\s+)?(?:killed|dead|culled|put\s+down)\b")
# "all 480 of its stores": every one of an institution's group, its size, not a part of it.
ALL_BEFORE = re.compile(r"\ball\s+$", re.IGNORECASE)
OWNED_PART = re.compile(rf"\sof\s+{_INSTITUTIONS}\s", re.IGNORECASE)
# Staff a project will take on are the jobs it creates, not a workforce it has: "says it will
# put £18 million into the project and employ about 60 people once it is running".
NEW_STAFF = re.compile(
    r"\b(?:will|would|could|(?:expects?|plans?|aims?|hopes?|intends?) to)\b"
    r"(?:(?!\bemploy)[^.;]){0,130}\bemploy\b"
    r"|\bemploy\b[^.;]{0,60}\b(?:once|when)\s+(?:it|the\s+\w+)\s+(?:is|opens|starts)\b",
    re.IGNORECASE,
)
SIZE = " (size)"  # a place's or an institution's size: a slot of its own, never a unique


def count_topic(sentence: str, quantity: Quantity, here: int) -> str | None:
    """What a count is about: its unit, a cue in its sentence (killed, took part), else its
    noun. A rate's peak once reached is apart from the rate now ("peaked at 14 percent" /
    "was 4.1 percent in February"); a river's peak is the level the story is about."""
    topic = _level_topic(sentence, quantity, here)
    peak = quantity.unit == "%" and PEAK_BEFORE.search(sentence, 0, here)
    return f"{topic} (peak)" if topic and peak else topic


def _level_topic(sentence: str, quantity: Quantity, here: int) -> str | None:
    if quantity.unit:
        follower = re.match(r"\s*(\w+)", sentence[here + len(quantity.text) :])
        if follower and follower.group(1).lower() in SUB_EVENTS:
            return f"{quantity.unit} ({follower.group(1).lower()})"
        if ABOVE_NORMAL.match(sentence, here + len(quantity.text)):
            return f"{quantity.unit} (from normal)"  # "2.5 degrees above the average"
        if quantity.unit in ("°", "°F") and HABITUAL.search(sentence, 0, here):
            return f"{quantity.unit} (usual)"  # "summers normally peak at around 19 degrees"
        if quantity.unit == "%" and HOW_FULL.match(sentence, here + len(quantity.text)):
            return "% capacity"
        if quantity.unit == "%" and _voted_share(sentence, here + len(quantity.text)):
            return "vote share"  # "91% of them voted for industrial action"
        if quantity.unit == "%":
            return nearest_cue(sentence, quantity, here, PERCENT_TOPICS, "%")
        if is_money(quantity.unit):
            return money_slot(sentence, quantity, here)
        return measure_slot(sentence, quantity, here)
    if no_count(sentence, quantity, here):
        return None  # a clock time, a road's or a channel's number
    kind = _noun_class(quantity)
    whole = sized_whole(sentence, quantity, here)
    if whole == "population":
        return f"population{SIZE}"  # "a town of about 3,400 residents" / "of roughly 5,000 people"
    if whole == "capacity":
        return f"capacity{SIZE}"  # "which holds 28,000 people" / "holds 27,500 spectators"
    if whole:
        return f"{kind}{SIZE}"  # "a university of about 24,000 students"
    hurt = HURT_AFTER.match(sentence, here + len(quantity.text))
    owner = sentence[here + len(quantity.text) : here + len(quantity.text) + 1] in ("'", "’")
    if quantity.counted in PROTEST_NOUNS and not (ARRESTED.search(sentence) or hurt or owner):
        # but "police arrested 31 protesters": the arrests; "One Rovers fans' forum": a forum
        return "participants"
    if quantity.counted == "job" and OWNED_JOBS.search(sentence, 0, here):
        return "workforce"
    if kind in STAFF_CLASSES and OWN_STAFF.search(sentence, 0, here):
        return "workforce"  # "Its 720 staff were called to a meeting"
    if kind in STAFF_CLASSES and JOBS_LOST.match(sentence, here + len(quantity.text)):
        return "job"  # "2,000 workers ... will lose their jobs": the jobs cut
    if WHOLE_GROUP.search(sentence, 0, here):
        return kind  # "None of the 24 crew was injured": 24 is the crew
    if _animals_killed(sentence, quantity, here):
        # "shot one wolf dead as the hunt went on for animals that escaped": the wolf killed,
        # not the escaped, whose cue lies further on
        return kind  # as "killing two sheep", which no cue may count
    main = _main_clause_cue(sentence, quantity, here)
    if main:
        return _outcome(main, sentence, quantity.counted)
    best = _part_cue(sentence, quantity, here) or _best_cue(sentence, quantity, here)
    if best and best[1] in WHERE_TOPICS:
        # "some 220 people on board fell ill", "About 40 patients in intensive care and
        # neonatal units were transferred": where they were, then what befell them
        where = WHERE_THEY_ARE.match(sentence, here + len(quantity.text))
        befell = where and _best_cue(sentence, quantity, here, after=where.end())
        best = befell or best
    if best:
        return _outcome(best[1], sentence, quantity.counted)
    whole_of = ALL_BEFORE.search(sentence, 0, here) and OWNED_PART.search(quantity.text)
    if PARTITIVE.search(quantity.text) and not ANIMALS_KILLED.search(sentence) and not whole_of:
        # "sending two of its crew to hospital": some of a group, not its size; but "Two of
        # the family's sheep were killed" counts the animals killed, as "killing two sheep"
        return None
    # "nine rhinos live in captivity" / "fewer than 50 survive in the wild": two populations
    return f"{kind} (in captivity)" if kind and CAPTIVE.search(sentence) else kind


def _animals_killed(sentence: str, quantity: Quantity, here: int) -> bool:
    """A count of things the dead's cue may not count (animals), killed right after it."""
    counted = _noun(quantity)
    return (
        counted is not None
        and not _counts("casualties", counted)
        and KILLED_AFTER.match(sentence, here + len(quantity.text)) is not None
    )


def _part_cue(sentence: str, quantity: Quantity, here: int) -> tuple[int, str] | None:
    """The cue after the group a part is taken from ("Eight of the injured were in critical
    condition": the eight are the gravely hurt, not the hurt)."""
    part = PART_OF_GROUP.match(sentence, here + len(quantity.text))
    cue = _best_cue(sentence, quantity, here, after=part.end()) if part else None
    return cue if cue and cue[1] in PART_TOPICS else None


def _main_clause_cue(sentence: str, quantity: Quantity, here: int) -> str | None:
    """The cue of the main verb when a relative clause with a cue of its own comes between
    it and the counted: the clause says who they are, the main verb what befell them."""
    who = WHO_CLAUSE.match(sentence, here + len(quantity.text))
    if not who:
        return None
    stop = PUNCTUATION_BREAK.search(sentence, who.end())
    end = stop.start() if stop else len(sentence)
    cues = sorted(
        (match.start(), match.end(), topic)
        for topic, pattern in COUNT_TOPICS
        if _counts(topic, _noun(quantity))
        for match in pattern.finditer(sentence, who.end(), end)
    )
    later = [cue for cue in cues if cue[0] >= cues[0][1]] if cues else []
    return later[0][2] if later else None


def _best_cue(
    sentence: str, quantity: Quantity, here: int, after: int | None = None
) -> tuple[int, str] | None:
    """(distance, topic) of the cue nearest the figure that may count its noun; with `after`,
    only a cue after that offset, before any comma."""
    best: tuple[int, str] | None = None
    for topic, pattern in COUNT_TOPICS:
        if not _counts(topic, _noun(quantity)):
            continue
        for match in pattern.finditer(sentence):
            if after is not None and (
                match.start() < after or PUNCTUATION_BREAK.search(sentence, after, match.start())
            ):
                continue
            if anothers_cue(sentence, here + len(quantity.text), here, topic, match):
                continue
            distance = cue_gap(match.start(), match.end(), here, here + len(quantity.text))
            if match.end() <= here and CLAUSE_BREAK.search(sentence, match.end(), here):
                distance += CLAUSE_PENALTY  # "Two died and 41 were injured": 41 is the hurt
            if best is None or distance < best[0]:
                best = (distance, topic)
    return best


def _noun(quantity: Quantity) -> str | None:
    """The counted noun, unless the parser took the cue itself for one ("nearly 30 hurt")."""
    return None if quantity.counted in CUE_PARTICIPLES else quantity.counted


def _outcome(topic: str, sentence: str, counted: str | None) -> str:
    """The trapped whose sentence says they got out are counted as rescued: "all 12 miners
    trapped by a roof fall were rescued" is the rescue's count, and staff to be taken on are
    jobs (`NEW_STAFF`). People moved to a hospital who were no patients before are those taken
    there ("Four hunger strikers have been moved to a hospital"), not patients transferred."""
    if topic == "transferred" and counted not in CARED_FOR:
        return "injured"
    if topic == "workforce" and NEW_STAFF.search(sentence):
        return "job"
    if topic != "trapped":
        return topic
    return "rescued" if RESCUED.search(sentence) and _counts("rescued", counted) else topic


def _noun_class(quantity: Quantity) -> str | None:
    """The counted noun's class: "rescue workers" and "firefighters" are rescuers."""
    words = re.findall(r"[a-z]+", quantity.text.lower())
    if quantity.counted and len(words) >= 2:
        pair = f"{words[-2]} {quantity.counted}"
        if pair in COMPOUND_CLASSES:
            return COMPOUND_CLASSES[pair]
    return NOUN_CLASSES.get(quantity.counted or "", quantity.counted)


def _voted_share(sentence: str, after: int) -> bool:
    """A share of those who voted, said right after it, in a sentence that is no poll's."""
    return bool(VOTED_SHARE.match(sentence, after)) and not POLL.search(sentence)


def _counts(topic: str, counted: str | None) -> bool:
    """Whether a cue's topic may count this noun."""
    if counted is None:
        # "put the crowd at 15,000", "the toll rose to 14": a bare figure takes the cue
        return topic not in TOPIC_NOUNS or topic in BARE_TOPICS
    if topic in ESCAPE_TOPICS:
        return counted in HELD_NOUNS or counted not in PERSON_NOUNS
    if topic in THING_TOPICS and topic not in TOPIC_NOUNS:
        return counted not in PERSON_NOUNS and counted not in AREA_NOUNS
    return counted in TOPIC_NOUNS.get(topic, PERSON_NOUNS)


def describe_count(quantity: Quantity) -> str:
    exact = quantity.low == quantity.high
    if exact or quantity.value is None:
        return quantity.text
    low = _number(quantity.low) if quantity.low is not None else "…"
    high = _number(quantity.high) if quantity.high is not None else "…"
    return f"{quantity.text} ({low}–{high})"


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"
