"""Figures that count nothing the story tells (a clock time read as a figure, a number that is
part of a name), and figures that size a whole (a town's population, a university's
students): a slot of their own (read by `count_topics`)."""

from __future__ import annotations

import re

from wirecheck.corpus.count_words import PERSON_NOUNS
from wirecheck.model import Quantity

_ABOUT = r"(?:about |around |some |roughly |nearly |almost |more than |over |just over )?"
# A place described by its size: "a town of 3,000 people", "a population of 1.2 million".
POPULATION = re.compile(
    r"\b(?:(?:town|village|city|community|island|municipality|district|province)s?"
    r"(?: [\w-]+){0,2}|population) of (?:about |around |some |roughly |nearly |just over )?$",
    re.IGNORECASE,
)
# An institution described by its size (see `sized_whole`).
INSTITUTION_SIZE = re.compile(
    r"\b(?:university|college|school|academy|hospital|company|firm|bank|club|union)"
    rf"(?: (?!an?\b|the\b)[\w-]+){{0,2}} of {_ABOUT}$",  # not "gives the company a network of"
    re.IGNORECASE,
)
# What a place or vessel holds: "Harrowgate Park, which holds 28,000 people", "the cathedral,
# which seats 2,000", "the museum holds about 300 works" (the whole's size, not who came).
# (a vehicle's too: "room for 420 passengers", "can carry up to 420 passengers")
HOLDS = re.compile(
    rf"\b(?:holds|can hold|could hold|seats|room for|can carry|could carry)\s+(?:up to )?{_ABOUT}$",
    re.I,
)
# Who lives in a place now: "the camp is home to some 40,000 people", "shelters about 38,000
# refugees", "now holds more than 52,000 people" (its population, however the verb puts it).
HOME_TO = re.compile(
    rf"\b(?:home to|hous(?:e|es|ing)|shelter(?:s|ing)?|now holds?)\s+{_ABOUT}$", re.IGNORECASE
)
# A place's residents as what it has: "Inchmara has some 430 residents" is its population.
HAS_RESIDENTS = re.compile(rf"\b(?:has|have|had)\s+{_ABOUT}$", re.IGNORECASE)
RESIDENT_NOUNS = {"resident", "inhabitant"}
# Who fills the places a venue holds; a prison that "holds about 640 inmates" tells how many
# are there, which is news in a story about the prison.
AUDIENCE = {
    "people", "person", "spectator", "fan", "supporter", "visitor", "worshipper", "seat",
    "passenger",
}  # fmt: skip
SIZE_ASIDE_BEFORE = re.compile(rf",\s+with {_ABOUT}$")
SIZE_ASIDE_AFTER = re.compile(r"\s*,")
# Nouns a figure only names the parties by ("talks between the two sides"), counting nothing.
PARTIES = {"side"}
WAYS = {"way"}  # "one-way fares", "a two-way street": what kind of thing, not how many
# A figure that is part of a clock time ("19:30"), whole or either half.
CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
ROAD = re.compile(r"\b(?:Highway|Route|Interstate|Hwy|[Rr]oad|[Mm]otorway)\s+$")
# A number that is part of a name: a broadcaster's channel ("12 News"), or a capitalised
# number word after a capitalised word ("Net Zero Secretary"; "Three Britons" opening a
# sentence is a count).
CHANNEL = re.compile(r"\d+\s+(?:News|TV|Radio|FM)\b")
NUMBER_WORD_NAME = re.compile(r"(?:Zero|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\s+[A-Z]")
NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+$")


def no_count(sentence: str, quantity: Quantity, here: int) -> bool:
    """Whether a figure at `here` in `sentence` counts nothing: "before the 19:30 kick-off",
    "off Highway 99 north of Squamish", "WKPA 12 News", "Net Zero Secretary Alison Drummond",
    "the two sides".
    (A town's size is a count of its own: see `sized_whole`.)"""
    if CLOCK.search(sentence, max(0, here - 3), here + len(quantity.text) + 3):
        return True
    if quantity.counted in PARTIES:
        return True  # "the two sides will meet on Friday": the parties to a dispute
    if quantity.counted in WAYS:
        return True  # "One-way fares start at 59 euros": a kind of ticket, no count
    if ROAD.search(sentence, 0, here) or CHANNEL.match(quantity.text):
        return True
    return bool(NUMBER_WORD_NAME.match(quantity.text) and NAME_BEFORE.search(sentence, 0, here))


def sized_whole(sentence: str, quantity: Quantity, here: int) -> str | None:
    """What a figure gives the size of, if it sizes a whole: "population" for a place ("a town
    of about 3,400 residents", "of roughly 5,000 people"), "members" for an institution ("a
    public university of about 24,000 students", "Carrow State, with about 24,000 students,
    ..."), "capacity" for the audience a place holds ("a ground which holds 28,000 people").
    A slot of its own, never what befell some of them ("disrupted tests for 14,000 students").
    """
    if POPULATION.search(sentence, 0, here) or _people_living(sentence, quantity, here):
        return "population"
    if INSTITUTION_SIZE.search(sentence, 0, here):
        return "members"
    if HOLDS.search(sentence, 0, here) and (quantity.counted or "people") in AUDIENCE:
        return "capacity"
    after = here + len(quantity.text)
    aside = SIZE_ASIDE_BEFORE.search(sentence, 0, here) and SIZE_ASIDE_AFTER.match(sentence, after)
    return "members" if aside else None


def _people_living(sentence: str, quantity: Quantity, here: int) -> bool:
    """People a place is home to; "home to more than 650 amphibian species" is news itself."""
    people = quantity.counted is None or quantity.counted in PERSON_NOUNS
    if quantity.counted in RESIDENT_NOUNS and HAS_RESIDENTS.search(sentence, 0, here):
        return True
    return people and bool(HOME_TO.search(sentence, 0, here))


# A figure someone asks for is not a report of what happened: a wish or a goal, not a fact
# ("asked both sides to allow 20 trucks", "a target of 8 to 11 gigawatts by the end of the
# decade").
REQUEST = re.compile(
    # "demanded", never the noun: "demand climbed to 3,400 megawatts" is a measure
    r"\b(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)? for|demand(?:s|ed|ing)"
    r"|(?:target|goal|ambition) of)\b"
)
# What a request would undo is already a fact: "demanding that the board reverse a 9 percent
# increase", "urged ministers to scrap the 15 percent levy" (but "to drop it to 5 percent" and
# "to cut it by 2 percent" ask for a level or a change).
UNDONE = re.compile(
    r"\b(?:revers|scrap|withdraw|drop|cancel|rescind|overturn|repeal|abandon|halt|undo"
    r"|lift|revok)\w*\b(?![^\n]*\b(?:to|by)\b)"
)


def wished(before: str) -> bool:
    """Whether the words before a figure ask for it rather than report it."""
    requests = list(REQUEST.finditer(before))
    return bool(requests) and not UNDONE.search(before, requests[-1].end())
