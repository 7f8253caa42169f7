"""Whose event a report is: the people and names its headline gives.

Two events of one kind (another player arrested on the same charge, another climber fallen on
the same mountain) share their kind's words but not their protagonist, and a report's headline
names its protagonist. With the entity stage, the headline's people are the persons it found
whose surnames the headline writes (`headline_people`); without it (no mentions at all), the
headline's proper names stand in (`headline_names`): the headline words that the body itself
writes capitalised mid-sentence more often than lower-case. A headline's own capitals say
nothing, as many outlets capitalise every headline word.
"""

from __future__ import annotations

from wirecheck.corpus.story_text import POSSESSIVE, WORD, body_sentences, proper_words
from wirecheck.model import Article

MIN_NAME = 3  # shorter capitalised words are mostly abbreviations ("AM", "ET", "US")


def headline_people(article: Article, proper: set[str]) -> dict[str, str]:
    """People the headline names: each person the entity stage found in the text whose surname
    the headline writes, as its entity key ("e:" + entity id, as in `details`) -> surname.

    The surname must be one of the article's proper words (`proper_words`), so a word the
    tagger took for a person at the start of a sentence ("Schools shut as ...") is not one.
    """
    headline = _headline_words(article)
    people: dict[str, str] = {}
    for mention in article.mentions:
        if mention.type != "PERSON" or not mention.text.split():
            continue
        surname = POSSESSIVE.sub("", mention.text.split()[-1].lower())
        if len(surname) > 2 and surname in headline and surname in proper:
            people["e:" + (mention.entity or mention.text.lower())] = surname
    return people


def headline_names(article: Article) -> frozenset[str]:
    """The headline's proper names when no entity stage ran (the article has no mentions):
    headline words that the body writes as names. Empty when there are mentions, as
    `headline_people` then says whose event it is, and more exactly."""
    if article.mentions or not article.title:
        return frozenset()
    names = proper_words(body_sentences(article))
    return frozenset(w for w in _headline_words(article) if w in names and len(w) >= MIN_NAME)


def _headline_words(article: Article) -> set[str]:
    return {POSSESSIVE.sub("", w.lower()) for w in WORD.findall(article.title or "")}
