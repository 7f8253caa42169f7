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
from wirecheck.corpus.measure_slots import measure_slot
from wirecheck.corpus.money_slots import cue_gap, is_money, money_slot, nearest_cue
from wirecheck.corpus.not_counts import no_count, sized_whole
from wirecheck.corpus.percent_topics import PERCENT_TOPICS
from wirecheck.model import Quantity

# The whole of a group whose part a cue counts: "none of the 24 crew", "all of its 300 staff".
WHOLE_GROUP = re.compile(r"\b(?:none|neither|all|each|both|any) of (?:the|its|their) $", re.I)
NONE_BEFORE = re.compile(r"\bno\s+$", re.IGNORECASE)
RESCUED = dict(COUNT_TOPICS)["rescued"]

# A cue before a figure, with "and" or a comma between, belongs to an earlier clause: a cue
# after the figure in its own clause is nearer in the sense that counts.
CLAUSE_BREAK = re.compile(r"\band\b|[,;]")
CLAUSE_PENALTY = 40
# A figure in digits or in the words news copy writes most.
_NUMBER = (
    r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty"
    r"|hundreds|thousands"
)
# A figure right after a cue, its object: "that has killed six people", "injuring at least 12".
FIGURE_AFTER_CUE = re.compile(
    r"\s+(?:(?:at least|about|some|more than|nearly|almost|around|over|up to)\s+)?"
    rf"(?:{_NUMBER}|dozens)\b(?![-:\d]|[,.]\d)"
    # not a measure: "remained trapped some 1,200 feet below ground"
    r"(?!\s*(?:%|per ?cent|feet|foot|ft|met(?:re|er)s?|m|km|kilomet\w+|miles?|yards?|inch\w*"
    r"|cm|mm|kg|kilos?|tonnes?|tons?|pounds?|degrees?|hours?|minutes?|seconds?|days?|weeks?"
    r"|months?|years?|times|[ap]\.?m)\b)",
    re.IGNORECASE,
)
ANOTHER_FIGURE = re.compile(  # not an age between commas: "a firefighter, 61, died"
    rf"(?<!, )\b(?:{_NUMBER}|dozens?)\b(?![-:])",  # not "a 24-hour strike", not "6:40"
    re.IGNORECASE,
)
# A place's size between a figure and its cue: "in and around the town of about 900 people".
PLACE_SIZED = re.compile(
    r"\b(?:town|village|city|community|hamlet|island|parish|county|district) of\s+"
    r"(?:about |around |some |nearly |almost |roughly |more than |fewer than )?$"
)
# A clause about other people between a figure and a cue after it: the cue tells what they did.
OTHERS_CLAUSE = re.compile(r"\b[a-z]+ (?:who|whose)\b")
# A later clause with a subject of its own: "2,000 students marched ... a day after the
# university's trustees voted" (the trustees voted, the students marched).
OWN_SUBJECT_CLAUSE = re.compile(
    r"\b(?:after|before|since|until|because|while|when)\s+(?:the|a|an|its|their)\s+"
    r"[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+$",
    re.IGNORECASE,
)
# An aside on some of the counted, after the figure: "Some 65 people were in the hall, most of
# them children taking part in a tournament" (the taking part is the children's).
SUBSET_ASIDE = re.compile(
    r",\s*(?:including|among them|of whom|(?:most|many|some|all|half) of them)\b", re.I
)
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
PART_TOPICS = {"intensive care", "in hospital", "casualties"}
# A relative clause right after the counted: "64 people who attended a banquet have fallen
# ill", "a woman who was pulled from the ruins died overnight".
WHO_CLAUSE = re.compile(r"\s+(?:who|that)\s+", re.I)
# A distance, no count of its own: "1,200 residents living within one kilometre of the plant".
LENGTH_AFTER = re.compile(r"\s*(?:kilomet(?:re|er)s?|km|miles?)\b", re.IGNORECASE)
# A cue that names the figure after it ("backed by six aircraft"), not one before it.
FIGURE_NAMED = re.compile(r"backed by\b", re.IGNORECASE)
PUNCTUATION_BREAK = re.compile(r"[,;]")
NEXT_CLAUSE = re.compile(r",\s+and\b|;")  # a clause of its own, with its own subject
CLAUSE_OPENER = re.compile(r"\b(?:when|while|as|after|before|that|which|who|where|because)\b")
# Every job a company has, counted under its owner's name: "all of Almenara's 2,700 jobs", "the
# plant's 400 jobs" are its workforce ("cut 900 jobs" counts no owner: a part of it).
_INSTITUTIONS = r"\b(?:its|their)"  # an institution's own: "its 720 staff", "of its stores"
OWNED_JOBS = re.compile(rf"(?:['’]s|{_INSTITUTIONS})\s+$", re.IGNORECASE)
# A company's own staff ("Its 720 staff"); not any owner's ("Halvorsen Station's 23 staff" may
# be another station's).
OWN_STAFF = re.compile(rf"{_INSTITUTIONS}\s+$", re.IGNORECASE)
ASIDE = re.compile(
    r"\s*(?:including|among them|of whom|most of them|all of them|(?:both |all )?aged)\b", re.I
)  # "Two men, aged 34 and 41, were arrested": their ages are no count
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
    r"\s+(?:were|was|have been|had been)\s+(?:\w+\s+)?(?:hurt|injured|killed)\b"
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
    if quantity.counted in PROTEST_NOUNS and not ARRESTED.search(sentence) and not hurt:
        return "participants"  # but "police arrested 31 protesters": the arrests
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
            if _anothers_cue(sentence, here + len(quantity.text), here, topic, match):
                continue
            distance = cue_gap(match.start(), match.end(), here, here + len(quantity.text))
            if match.end() <= here and CLAUSE_BREAK.search(sentence, match.end(), here):
                distance += CLAUSE_PENALTY  # "Two died and 41 were injured": 41 is the hurt
            if best is None or distance < best[0]:
                best = (distance, topic)
    return best


def _in_subset_aside(sentence: str, end: int, cue_start: int) -> bool:
    """The cue stands in an aside on some of the counted that is still open where the cue is
    ("..., most of them children taking part"), not one closed before it ("Twelve people,
    including three children, were killed")."""
    aside = SUBSET_ASIDE.search(sentence, end, cue_start)
    return aside is not None and "," not in sentence[aside.end() : cue_start]


def _anothers_cue(sentence: str, end: int, here: int, topic: str, cue: re.Match[str]) -> bool:
    """Whether the cue counts something else than the figure at `here` (ending at `end`)."""
    if NONE_BEFORE.search(sentence, 0, cue.start()):
        return True  # "six were treated, and there were no deaths": no cue for the six
    if cue.start() >= end and FIGURE_NAMED.match(cue.group()):
        return True  # "400 firefighters, backed by six aircraft": "backed by" counts the six
    if cue.start() >= end and FIGURE_AFTER_CUE.match(sentence, cue.end()):
        return True  # "sending 150 soldiers ... an outbreak that has killed six people"
    joined = topic in THING_TOPICS  # "140 operations and 1,200 appointments were axed"
    if _past_another_figure(sentence, end, cue.start(), joined):
        return True  # "110 rescuers reached 20 men ... that killed six": six are the dead
    if cue.start() >= end and OWN_SUBJECT_CLAUSE.search(sentence, end, cue.start()):
        return True  # "... a day after the university's trustees voted"
    if OTHERS_CLAUSE.search(sentence, end, max(here, cue.start())):
        return True  # "1,000 rescuers, with tents for families who fled": families fled
    if cue.start() >= end and _in_subset_aside(sentence, end, cue.start()):
        return True  # "65 people were in the hall, most of them taking part": some of them
    if topic in THING_TOPICS and _other_clause(sentence, here, cue):
        return True  # "50 schools shut, and the hospital cancelled operations"
    # "detained 87 suspects when about 320 officers stormed": the 87 are the ones held
    return cue.end() <= here and _governs_another(sentence, cue.end(), here)


def _noun(quantity: Quantity) -> str | None:
    """The counted noun, unless the parser took the cue itself for one ("nearly 30 hurt")."""
    return None if quantity.counted in CUE_PARTICIPLES else quantity.counted


def _other_clause(sentence: str, here: int, cue: re.Match[str]) -> bool:
    """A cue of things in another clause than the figure: after it, past ", and" ("50 schools
    shut, and the hospital cancelled operations"); before it, past "and" or a comma ("210
    flights were cancelled and 31 flights were diverted")."""
    if cue.start() >= here:
        return bool(NEXT_CLAUSE.search(sentence, here, cue.start()))
    return bool(CLAUSE_BREAK.search(sentence, cue.end(), here))


def _past_another_figure(sentence: str, after: int, cue: int, joined: bool = False) -> bool:
    """Whether another figure stands between a figure and a cue after it, other than the whole
    of a part or where the counted come from ("seven of the nine members voted": nine is the
    committee, seven voted; "60 negotiators from the three delegations took part"); with
    `joined`, nor one joined to it by "and" (things cancelled or recalled together; people so
    joined, "186 passengers and seven crew on board", are two groups)."""
    for other in ANOTHER_FIGURE.finditer(sentence, after, max(after, cue)):
        between = sentence[after : other.start()]
        if re.match(r"\s+(?:of|from)\b", between) or _aside(sentence, other.start(), cue):
            continue
        if LENGTH_AFTER.match(sentence, other.end()):
            continue  # "1,200 residents living within one kilometre ... were evacuated"
        if PLACE_SIZED.search(sentence, max(after, other.start() - 40), other.start()):
            continue  # "1,200 customers in the town of about 900 people were without power"
        if joined and re.fullmatch(r"\s+and\s+", between):
            continue  # "140 operations and 1,200 appointments were cancelled": both were
        return True
    return False


def _governs_another(sentence: str, cue_end: int, here: int) -> bool:
    """Whether a cue before the figure counts another figure first, and a clause of its own
    ("when", "that", "who" ...) opens between that figure and this one: "Police arrested 87
    people in a raid on a call centre that cheated some 4,000 people"."""
    other = ANOTHER_FIGURE.search(sentence, cue_end, here)
    return other is not None and bool(CLAUSE_OPENER.search(sentence, other.end(), here))


def _aside(sentence: str, at: int, cue: int) -> bool:
    """Whether a figure stands in an aside that closes before the cue: "12 people, including
    three children, were killed" (the dead are 12)."""
    opened = sentence.rfind(",", 0, at)
    closed = sentence.find(",", at, cue)
    return opened >= 0 and closed >= 0 and bool(ASIDE.match(sentence, opened + 1))


def _outcome(topic: str, sentence: str, counted: str | None) -> str:
    """The trapped whose sentence says they got out are counted as rescued: "all 12 miners
    trapped by a roof fall were rescued" is the rescue's count. People moved to a hospital who
    were no patients before are those taken there ("Four hunger strikers have been moved to a
    hospital"), not patients transferred."""
    if topic == "transferred" and counted not in CARED_FOR:
        return "injured"
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
