"""Whose event a report is: the people and names its headline gives.

Two events of one kind (another player arrested on the same charge, another climber fallen on
the same mountain) share their kind's words but not their protagonist, and a report's headline
names its protagonist. With the entity stage, the headline's people are the persons it found
whose surnames the headline writes (`headline_people`); without it (no mentions at all), the
headline's proper names stand in (`headline_names`): the headline words that the body itself
writes capitalised mid-sentence more often than lower-case. A headline's own capitals say
nothing, as many outlets capitalise every headline word. Either way, the surnames among the
headline's words (`headline_persons`) say whose event it is, and a report headlining none of
the people a story headlines is another person's (`protagonist_conflict`).
"""

from __future__ import annotations

import re

from wirecheck.corpus.story_text import (
    POSSESSIVE,
    WORD,
    Sentences,
    body_sentences,
    proper_words,
    stop_words,
)
from wirecheck.model import Article

MIN_NAME = 3  # shorter capitalised words are mostly abbreviations ("AM", "ET", "US")
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_FIRM = re.compile(r"\b([A-Z][a-z]+)\s+&\s+([A-Z][a-z]+)\b")


def headline_people(article: Article, proper: set[str]) -> dict[str, str]:
    """People the headline names: each person the entity stage found in the text whose surname
    the headline writes, as its entity key ("e:" + entity id, as in `details`) -> surname.

    The surname must be one of the article's proper words (`proper_words`), so a word the
    tagger took for a person at the start of a sentence ("Schools shut as ...") is not one.
    Nor is a word that ends the name of a place the article names (a place the entity stage
    found, the dateline's town): the tagger, unsure of a name it does not know, calls it a
    place in one sentence and a person in another ("Port Wenlow", then "Friends of Port
    Wenlow", a residents' group), and the headline writes the place ("Port Wenlow commuters
    stranded ..."). A headline person that is no one would cost every report of the event
    that does not name him the `headline_stranger` penalty.
    """
    headline = _headline_words(article)
    names = proper - _place_ends(article) - _firm_words(article)
    people: dict[str, str] = {}
    for mention in article.mentions:
        if mention.type != "PERSON" or not mention.text.split():
            continue
        surname = _last_word(mention.text)
        if len(surname) > 2 and surname in headline and surname in names:
            people["e:" + (mention.entity or mention.text.lower())] = surname
    return people


def _last_word(name: str) -> str:
    return POSSESSIVE.sub("", name.split()[-1].lower())


def _firm_words(article: Article) -> set[str]:
    """Names joined by "&" ("Hollins & Reed", "Marks & Spencer"): a firm's, not a person's,
    though the tagger may take either name for one."""
    return {w.lower() for pair in _FIRM.findall(article.text) for w in pair}


def _place_ends(article: Article) -> set[str]:
    """Last words of the places the entity stage found, and of the dateline's town."""
    places = [m.text for m in article.mentions if m.type in PLACE_TYPES]
    town = (article.dateline or "").split(",")[0]
    return {_last_word(name) for name in [*places, town] if name.split()}


def headline_names(article: Article) -> frozenset[str]:
    """The headline's proper names when no entity stage ran (the article has no mentions):
    headline words that the body writes as names. Empty when there are mentions, as
    `headline_people` then says whose event it is, and more exactly."""
    if article.mentions or not article.title:
        return frozenset()
    names = proper_words(body_sentences(article))
    return frozenset(w for w in _headline_words(article) if w in names and len(w) >= MIN_NAME)


def headline_words(article: Article) -> frozenset[str]:
    """Every word of the headline, lower-case, possessives stripped."""
    return frozenset(_headline_words(article))


def _headline_words(article: Article) -> set[str]:
    return {POSSESSIVE.sub("", w.lower()) for w in WORD.findall(article.title or "")}


# Words before a name that make it a group's ("the Herons", a team), not a person's.
_GROUP_MARKERS = frozenset({"the", "a", "an"})
# Capitalised words separated by spaces alone (a comma ends a name: "Harlow, Essex").
_CAPITAL_RUN = re.compile(r"(?<![\w'’.-])[A-Z][\w'’-]*\.?(?:[ \t]+[A-Z][\w'’-]*\.?)*")
_LAST_WORD = re.compile(r"(\w+)\W*$")
_SENTENCE_END = re.compile(r"[.!?]['\"’”]?\s*$")


def headline_persons(
    article: Article, people: dict[str, str], weighted: Sentences | None = None
) -> frozenset[str]:
    """Surnames of the people the headline names: those of `headline_people` (entity stage),
    and headline words the body writes as a surname (`surnames`), so that the protagonist is
    known without the entity stage too. Never a word the body writes after an article ("the
    Herons"): a team the tagger took for a person, whose matches two teams' headlines report.
    `weighted`: the article's `sentences`, when the caller has them."""
    headline = _headline_words(article)
    found = {surname for surname in people.values() if surname in headline}
    full, alone, grouped = _name_forms(article, weighted)
    return frozenset((found | (headline & full & alone)) - grouped)


def surnames(article: Article) -> set[str]:
    """Body words written as people's surnames: at the end of a two-word name ("Ivo Brandt was
    put ...") and alone ("Losing Brandt ..."), as news style names a person in full at first
    and by surname after. Not a word ever written after an article ("the Herons", a team), nor
    one after a first word the body also writes in lower case ("South Harlow", "Breaking
    News"), nor the end of a longer name ("Harlow Bay Ferry")."""
    full, alone, grouped = _name_forms(article)
    return (full & alone) - grouped


def _name_forms(
    article: Article, weighted: Sentences | None = None
) -> tuple[set[str], set[str], set[str]]:
    """Body words written as the end of a full name, alone, and after an article (a group's
    name: "the Herons"), as `surnames` reads them."""
    body = body_sentences(article, weighted)
    proper = proper_words(body)
    lower = {w for _, words in body for w in words if w[0].islower()}
    full: set[str] = set()
    alone: set[str] = set()
    grouped: set[str] = set()
    for run in _CAPITAL_RUN.finditer(article.text):
        before, words = _run_words(article.text, run)
        key = POSSESSIVE.sub("", words[-1].lower())
        if key not in proper or len(key) < MIN_NAME:
            continue
        if before in _GROUP_MARKERS:
            grouped.add(key)
        elif len(words) == 1:
            alone.add(key)
        elif _full_name(words, lower):
            full.add(key)
    return full, alone, grouped


def _run_words(text: str, run: re.Match[str]) -> tuple[str, list[str]]:
    """The word before a run of capitalised words (lower-case), and the run's name words: a
    sentence's capitalised opening stop word ("The Harlow Herons") is the word before, and so
    is a sentence's first word before a full name ("Winger Ivo Brandt will ...")."""
    head = _LAST_WORD.search(text[max(0, run.start() - 20) : run.start()])
    before = head.group(1).lower() if head else ""
    words = run.group().split()
    opens = not head or bool(_SENTENCE_END.search(text[max(0, run.start() - 3) : run.start()]))
    while len(words) > 1 and (words[0].lower() in stop_words() or (opens and len(words) > 2)):
        before, words, opens = words[0].lower(), words[1:], False
    return before, words


def _full_name(words: list[str], lower: set[str]) -> bool:
    """A first name and a surname, maybe with a middle initial ("Ivo J. Brandt", not "Harlow
    Bay Ferry")."""
    middle = words[1:-1]
    if len(middle) > 1 or any(len(w.rstrip(".")) > 1 for w in middle):
        return False
    first = words[0].lower()
    return first not in lower and first not in stop_words()


def protagonist_conflict(
    persons: frozenset[str],
    headline: frozenset[str],
    story_persons: dict[str, int],
    members: int,
    known_share: float,
) -> bool:
    """True when a report's headline is about another person than a story's headlines: it
    names people (`persons`), none of them the story's own (`own_persons`), and no word of it
    (`headline`) is one of those. Sibling events of one kind (two players put on injured
    reserve, two players arrested) recall each other in the body, so the headline, not the
    body, says whose event a report is."""
    if not persons:
        return False
    core = own_persons(story_persons, members, known_share)
    return bool(core) and not persons & core and not headline & core


def own_persons(
    story_persons: dict[str, int], members: int, known_share: float, least: int = 1
) -> frozenset[str]:
    """The people a story's headlines name: each in `known_share` of its members' headlines
    (`least` at least). A person one headline of a long story names (the other player,
    recalled) is not the story's."""
    known = max(float(least), known_share * members)
    return frozenset(name for name, count in story_persons.items() if count >= known)
