"""Whose cue is it: a cue word in a figure's sentence may tell what befell another group or
another figure ("110 rescuers reached 20 men ... that killed six", "2,000 students marched
... after the trustees voted"). Read by `count_topics`, which picks the cue nearest a figure
among those that are its own.
"""

from __future__ import annotations

import re

from wirecheck.corpus.count_words import THING_TOPICS

# A cue before a figure, with "and" or a comma between, belongs to an earlier clause: a cue
# after the figure in its own clause is nearer in the sense that counts.
CLAUSE_BREAK = re.compile(r"\band\b|[,;]")
# "there were no deaths", "No one was injured", "Nobody was hurt": the cue counts nobody.
NONE_BEFORE = re.compile(
    r"\bno\s+$|\b(?:no[- ]one|nobody)\s+(?:was|were|is|has been|had been)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
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
# A distance, no count of its own: "1,200 residents living within one kilometre of the plant".
LENGTH_AFTER = re.compile(r"\s*(?:kilomet(?:re|er)s?|km|miles?)\b", re.IGNORECASE)
# A cue that names the figure after it ("backed by six aircraft"), not one before it.
FIGURE_NAMED = re.compile(r"backed by\b", re.IGNORECASE)
NEXT_CLAUSE = re.compile(r",\s+and\b|;")  # a clause of its own, with its own subject
CLAUSE_OPENER = re.compile(r"\b(?:when|while|as|after|before|that|which|who|where|because)\b")
ASIDE = re.compile(
    r"\s*(?:including|among them|of whom|most of them|all of them|(?:both |all )?aged)\b", re.I
)  # "Two men, aged 34 and 41, were arrested": their ages are no count


def _in_subset_aside(sentence: str, end: int, cue_start: int) -> bool:
    """The cue stands in an aside on some of the counted that is still open where the cue is
    ("..., most of them children taking part"), not one closed before it ("Twelve people,
    including three children, were killed")."""
    aside = SUBSET_ASIDE.search(sentence, end, cue_start)
    return aside is not None and "," not in sentence[aside.end() : cue_start]


def anothers_cue(sentence: str, end: int, here: int, topic: str, cue: re.Match[str]) -> bool:
    """Whether the cue counts something else than the figure at `here` (ending at `end`)."""
    if NONE_BEFORE.search(sentence, 0, cue.start()):
        return True  # "six were treated, and there were no deaths": no cue for the six; "No
        # one was injured: about 300 residents had left their homes": none for the 300
    if cue.start() >= end and FIGURE_NAMED.match(cue.group()):
        return True  # "400 firefighters, backed by six aircraft": "backed by" counts the six
    if cue.start() >= end and FIGURE_AFTER_CUE.match(sentence, cue.end()):
        return True  # "sending 150 soldiers ... an outbreak that has killed six people"
    joined = topic in THING_TOPICS  # "140 operations and 1,200 appointments were axed"
    if past_another_figure(sentence, end, cue.start(), joined):
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
    return cue.end() <= here and governs_another(sentence, cue.end(), here)


def _other_clause(sentence: str, here: int, cue: re.Match[str]) -> bool:
    """A cue of things in another clause than the figure: after it, past ", and" ("50 schools
    shut, and the hospital cancelled operations"); before it, past "and" or a comma ("210
    flights were cancelled and 31 flights were diverted")."""
    if cue.start() >= here:
        return bool(NEXT_CLAUSE.search(sentence, here, cue.start()))
    return bool(CLAUSE_BREAK.search(sentence, cue.end(), here))


def past_another_figure(sentence: str, after: int, cue: int, joined: bool = False) -> bool:
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


def governs_another(sentence: str, cue_end: int, here: int) -> bool:
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
