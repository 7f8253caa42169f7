"""What story clustering knows about one article: weighted words, details, years, time, vector.

Two kinds of words. `terms` are all content words (the topic: "earthquake", "magnitude",
"rescue"); `details` are the words that pin one event down: proper names (words the article
itself writes capitalised mid-sentence more often than lower-case), numbers, resolved entity
ids and calendar dates. Headline and lead words weigh more, as they name the event.
Years named in the headline or lead are kept apart: two reports naming disjoint years are
almost never about the same event, and two naming the same year usually are. So are the
names and numbers of the headline and lead (`names`, `numbers`; day numbers of dates and clock
times aside): who and how many, which tell two events of one kind apart; those written as
estimates ("about 62,000 packs", a round 80,000) keep what they count (`estimates`), as two
reports of one event may estimate one count differently. And the weekdays the opening names
(`weekdays`): the day the event happened. And the people the headline names
(`headline_people`, from the entity stage; without it, the headline's proper names,
`headline_names`): whose event it is (another player arrested, another defendant tried;
`story_names`); and the surnames among the headline's words (`headline_persons`: the entity
stage's, and the words the body writes as surnames), with every headline word beside them.
Numbers and what they count are read in `story_numbers`, the words, paragraphs and sentences
of an article in `story_text`.

Resolved entities (`Mention.entity`) and events (`Event.type`) are used when the extract
stages filled them; without them the lexical signals stand alone.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from wirecheck.corpus.local_time import local_instant
from wirecheck.corpus.story_names import (
    headline_names,
    headline_people,
    headline_persons,
    headline_words,
)
from wirecheck.corpus.story_numbers import lead_counts, lead_estimates, number_value
from wirecheck.corpus.story_text import (
    LEAD_PARAGRAPHS,
    POSSESSIVE,
    WORD,
    Sentences,
    lead_end,
    opening_end,
    paragraphs,
    proper_words,
    sentences,
    stop_words,
)
from wirecheck.model import Article

# Of body text embedded with the headline. 200 characters give the ECB+ scores and the
# tuning-set findings that 400 gave, for 58% of the lead's tokens (issue #9: leads were 29%
# of the tokens MiniLM reads, now 19%; docs/BENCHMARKS.md).
LEAD_CHARS = 200
DETAIL_TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART"}

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# Day numbers of dates and clock times say when a report was filed, not what happened.
_DATE_OR_CLOCK = re.compile(
    rf"\b\d{{1,2}}\s*:\s*\d\d\b|\b\d{{1,2}}\s*/\s*\d{{1,2}}\s*/\s*\d{{2,4}}\b"
    rf"|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}",
    re.IGNORECASE,
)
__all__ = [  # what other modules and tests take from here, some of it defined apart
    "DETAIL_TYPES", "LEAD_CHARS", "LEAD_PARAGRAPHS", "Signals", "arrival_order", "article_arrival",
    "dated_at", "dot", "headline_names", "headline_people", "instant", "lead_counts",
    "lead_estimates", "lead_names_and_numbers", "lead_text", "lead_years", "number_value",
    "opening_weekdays",
    "proper_words", "signals_of", "stop_words", "weighted_vector",
]  # fmt: skip


@dataclass
class Signals:
    """One article's clustering features; weights are raw (before IDF)."""

    id: str
    time: float | None  # days since 1970-01-01, UTC
    published: str | None
    title: str | None
    outlet: str
    terms: dict[str, float] = field(default_factory=dict)
    details: dict[str, float] = field(default_factory=dict)
    years: frozenset[str] = frozenset()
    events: frozenset[str] = frozenset()
    vector: np.ndarray | None = None
    names: frozenset[str] = frozenset()  # proper names and entities of headline and lead
    numbers: frozenset[str] = frozenset()  # numbers of headline and lead, years aside
    estimates: dict[str, list[str]] = field(default_factory=dict)  # lead number -> counted words
    counts: dict[str, list[str]] = field(default_factory=dict)  # every lead number, likewise
    weekdays: frozenset[str] = frozenset()  # the days the headline and first paragraph name
    headline_people: dict[str, str] = field(default_factory=dict)  # entity key -> surname
    headline_names: frozenset[str] = frozenset()  # without entities: the headline's names
    headline_persons: frozenset[str] = frozenset()  # surnames of the headline's people
    headline_words: frozenset[str] = frozenset()  # every headline word, lower-case


def instant(value: str | None) -> float | None:
    """An ISO date or date-time as days since the epoch (UTC; a time without a zone is read as
    UTC); None when unreadable."""
    return local_instant(value, None)


def _middle_of_day(value: str | None) -> float | None:
    """`instant`, reading a date without a clock time as its noon: the day is all it says, and
    its middle is at most half a day from any moment in it (its midnight would put a report
    filed that evening a whole day before the next morning's)."""
    when = instant(value)
    if when is not None and value is not None and _DAY.fullmatch(value):
        return when + 0.5
    return when


def dated_at(article: Article) -> str | None:
    """When the article was out: its publication time, or its update time when the page gives
    only that ("Updated 14:05 GMT, 5 March 2027"): a report is updated no earlier than it was
    published, and an undated report would be clustered after every dated one."""
    return article.published or article.updated


def arrival_order(articles: Iterable[Article]) -> list[Article]:
    """Earliest out first (`dated_at`), undated last, ties in input order."""
    indexed = list(enumerate(articles))
    indexed.sort(key=lambda item: (*article_arrival(item[1]), item[0]))
    return [article for _, article in indexed]


def article_arrival(article: Article) -> tuple[bool, float]:
    """`arrival_key` of an article: when it was out (`dated_at`), read in its dateline's zone."""
    return arrival_key(dated_at(article), article.dateline)


def arrival_key(published: str | None, dateline: str | None = None) -> tuple[bool, float]:
    """The key `arrival_order` sorts on, before its tie-break: undated last; a time without a
    zone is read in the zone of the dateline's country (`local_time`)."""
    moment = local_instant(published, dateline)
    return (moment is None, moment or 0.0)


def lead_text(article: Article) -> str:
    """Headline and the start of the body: what the embedding reads."""
    body = " ".join(article.text[:LEAD_CHARS].split())
    return f"{article.title}. {body}" if article.title else body


def signals_of(article: Article, outlet: str, vector: np.ndarray | None = None) -> Signals:
    """Every clustering feature of one article."""
    weighted = sentences(article)
    proper = proper_words(weighted)
    terms, details = _weighted_words(weighted, proper)
    names, numbers = lead_names_and_numbers(article, proper)
    people = headline_people(article, proper)
    counts, estimates = lead_counts(article, numbers)
    _add_entities(article, details)
    _add_dates(article, details)
    out = dated_at(article)
    return Signals(
        id=article.id,
        time=_middle_of_day(out),
        published=out,
        title=article.title,
        outlet=outlet,
        terms=terms,
        details=details,
        years=lead_years(article),
        events=frozenset(e.type for e in article.events if e.type),
        vector=vector,
        names=names,
        numbers=numbers,
        counts=counts,
        estimates=estimates,
        weekdays=opening_weekdays(article),
        headline_people=people,
        headline_names=headline_names(article),
        headline_persons=headline_persons(article, people, weighted),
        headline_words=headline_words(article),
    )


def _weighted_words(
    weighted: Sentences, proper: set[str]
) -> tuple[dict[str, float], dict[str, float]]:
    """Raw weights of content words; details are the names and numbers among them."""
    stops = stop_words()
    terms: defaultdict[str, float] = defaultdict(float)
    details: defaultdict[str, float] = defaultdict(float)
    for weight, words in weighted:
        for word in words:
            key = word.lower()
            if len(key) < 2 or key in stops:
                continue
            terms[key] += weight
            if key in proper or key[0].isdigit():
                details[key] += weight
    return dict(terms), dict(details)


def _add_entities(article: Article, details: dict[str, float]) -> None:
    """Resolved entities are details: aliases of one entity count as one name."""
    for mention in article.mentions:
        if mention.type in DETAIL_TYPES:
            key = "e:" + (mention.entity or mention.text.lower())
            details[key] = details.get(key, 0.0) + 1.0


def _add_dates(article: Article, details: dict[str, float]) -> None:
    """Full calendar dates (from the times layer) pin an event to a day."""
    for time in article.times:
        if time.value and _DAY.fullmatch(time.value):
            key = "d:" + time.value
            details[key] = details.get(key, 0.0) + 1.0


def lead_years(article: Article) -> frozenset[str]:
    """Years written in the headline or lead, and years of dates the times layer found there.

    A year the times layer resolved from words alone ("last year", "next year") is not one: it
    says how far from the report something lies (the dispute before the deal, the plan after
    it), not when the event happened, which its dates ("on Thursday") and written years say.
    """
    lead = " ".join(paragraphs(article)[: LEAD_PARAGRAPHS + 1])
    years = set(_YEAR.findall(lead))
    end = lead_end(article.text)
    for time in article.times:
        value = time.value or ""
        # a month, week or day ("2027-02-25"), not a bare year
        if len(value) > 4 and time.start < end and _YEAR.fullmatch(value[:4]):
            years.add(value[:4])
    return frozenset(years)


def opening_weekdays(article: Article) -> frozenset[str]:
    """Weekdays the headline and first paragraph name, written out or as dates the times layer
    resolved there: the day the event happened, which two reports of one event share."""
    opening = " ".join(paragraphs(article)[:2]).lower()
    days = set(_WEEKDAY.findall(opening))
    first_end = opening_end(article.text)
    for time in article.times:
        if time.value and time.start < first_end and _DAY.fullmatch(time.value):
            try:
                days.add(dt.date.fromisoformat(time.value).strftime("%A").lower())
            except ValueError:  # a well-formed but impossible date ("2026-02-30")
                continue
    return frozenset(days)


def lead_names_and_numbers(
    article: Article, proper: set[str]
) -> tuple[frozenset[str], frozenset[str]]:
    """Who and how many the headline and lead name: what sets one event apart from another.

    Two reports of one event name mostly the same people and places up front; two events of
    one kind share the kind's words but differ in these (another ship, another toll).
    """
    lead = " ".join(paragraphs(article)[: LEAD_PARAGRAPHS + 1])
    words = [POSSESSIVE.sub("", w.lower()) for w in WORD.findall(lead)]
    names = {w for w in words if w in proper or w + "'s" in proper or w + "’s" in proper}
    undated = _DATE_OR_CLOCK.sub(" ", lead)
    numbers = {w for w in WORD.findall(undated) if w[0].isdigit() and not _YEAR.fullmatch(w)}
    end = lead_end(article.text)
    for mention in article.mentions:
        if mention.type in DETAIL_TYPES and mention.start < end:
            names.add("e:" + (mention.entity or mention.text.lower()))
    names |= _dateline_town(article)
    return frozenset(names), frozenset(numbers)


TOWN_WORD = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:['’.-][^\W\d_]+)*\.?")


def _dateline_town(article: Article) -> set[str]:
    """The town a report is filed from ("GHENT, Belgium" -> ghent; "SAN JOSE" -> san jose,
    which meets only another dateline): the place of the event when the parser misses it in
    the lead ("Ghent's city administration was crippled")."""
    words = (article.dateline or "").split(",")[0].lower().split()
    named = words and all(w[0].isalpha() and TOWN_WORD.fullmatch(w) for w in words)
    return {" ".join(words)} if named else set()


def weighted_vector(raw: dict[str, float], idf: dict[str, float], keep: int) -> dict[str, float]:
    """Unit-length TF-IDF vector of the `keep` heaviest words (sub-linear term frequency)."""
    weights = {w: (1.0 + math.log(max(n, 1.0))) * idf[w] for w, n in raw.items()}
    top = sorted(weights.items(), key=lambda item: (-item[1], item[0]))[:keep]
    norm = math.sqrt(sum(v * v for _, v in top)) or 1.0
    return {w: v / norm for w, v in top}


def dot(small: dict[str, float], large: dict[str, float]) -> float:
    if len(small) > len(large):
        small, large = large, small
    return sum(v * large.get(w, 0.0) for w, v in small.items())
