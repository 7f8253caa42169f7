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
(`headline_people`, from the entity stage): whose event it is (another player arrested,
another defendant tried).

Resolved entities (`Mention.entity`) and events (`Event.type`) are used when the extract
stages filled them; without them the lexical signals stand alone.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from wirecheck.model import Article

LEAD_PARAGRAPHS = 3  # headline + this many paragraphs form the lead
# Of body text embedded with the headline. 200 characters give the ECB+ scores and the
# tuning-set findings that 400 gave, for 58% of the lead's tokens (issue #9: leads were 29%
# of the tokens MiniLM reads, now 19%; docs/BENCHMARKS.md).
LEAD_CHARS = 200
DETAIL_TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART"}

_WORD = re.compile(r"[^\W\d_](?:[^\W_]|['’-](?=[^\W\d_]))*|\d+(?:[.,:]\d+)*")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_PARAGRAPH = re.compile(r"\n\s*\n")
# A clause ends at a sentence stop, a semicolon, a dash or a comma that no digits surround.
_CLAUSE_END = re.compile(r"[.!?;:]\s|[—–]|\s-\s|,(?!\d)|(?<!\d),")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
COUNTED_WORDS = 3  # content words after a number that say what it counts
# Words just before a number that make it an estimate ("more than", "at least" end in these).
_HEDGES = frozenset(
    {"about", "around", "some", "nearly", "almost", "roughly", "approximately", "estimated"}
    | {"over", "than", "least"}
)
_POSSESSIVE = re.compile(r"['’]s$")  # "Beira's" names Beira
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_CLOCK = frozenset({"am", "pm"})
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'’”)]*\s+(?=[\"'‘“(]?[A-Z0-9])")
# Calendar words are capitalised but name no event; they must not pass for proper names.
_CALENDAR_WORDS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday "
    "friday saturday sunday today yesterday tomorrow"
)
_CALENDAR = frozenset(_CALENDAR_WORDS.split())
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# Day numbers of dates and clock times say when a report was filed, not what happened.
_DATE_OR_CLOCK = re.compile(
    rf"\b\d{{1,2}}\s*:\s*\d\d\b|\b\d{{1,2}}\s*/\s*\d{{1,2}}\s*/\s*\d{{2,4}}\b"
    rf"|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}",
    re.IGNORECASE,
)


@functools.cache
def stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | {"said", "says", "told", "according", "reported", "reports"}


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


def instant(value: str | None) -> float | None:
    """An ISO date or date-time as days since the epoch (UTC); None when unreadable."""
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        try:
            moment = dt.datetime.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.timestamp() / 86400.0


def arrival_order(articles: Iterable[Article]) -> list[Article]:
    """Earliest published first, undated last, ties in input order."""
    indexed = list(enumerate(articles))

    def key(item: tuple[int, Article]) -> tuple[int, float, int]:
        moment = instant(item[1].published)
        return (moment is None, moment or 0.0, item[0])

    return [article for _, article in sorted(indexed, key=key)]


def lead_text(article: Article) -> str:
    """Headline and the start of the body: what the embedding reads."""
    body = " ".join(article.text[:LEAD_CHARS].split())
    return f"{article.title}. {body}" if article.title else body


def signals_of(article: Article, outlet: str, vector: np.ndarray | None = None) -> Signals:
    """Every clustering feature of one article."""
    sentences = _sentences(article)
    proper = proper_words(sentences)
    terms, details = _weighted_words(sentences, proper)
    names, numbers = lead_names_and_numbers(article, proper)
    counts, estimates = lead_counts(article, numbers)
    _add_entities(article, details)
    _add_dates(article, details)
    return Signals(
        id=article.id,
        time=instant(article.published),
        published=article.published,
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
        headline_people=headline_people(article, proper),
    )


def _paragraphs(article: Article) -> list[str]:
    """The headline, then each body paragraph."""
    head = [article.title] if article.title else []
    return head + [p for p in _PARAGRAPH.split(article.text) if p.strip()]


def _sentences(article: Article) -> list[tuple[float, list[str]]]:
    """Words of each sentence with its weight: headline x2, lead x1.5, the rest x1."""
    out: list[tuple[float, list[str]]] = []
    for index, paragraph in enumerate(_paragraphs(article)):
        weight = 2.0 if index == 0 else 1.5 if index <= LEAD_PARAGRAPHS else 1.0
        out += [(weight, _WORD.findall(s)) for s in _SENTENCE_END.split(paragraph)]
    return out


def proper_words(sentences: list[tuple[float, list[str]]]) -> set[str]:
    """Words written capitalised mid-sentence more often than lower-case in this article."""
    capital: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for _, words in sentences:
        for position, word in enumerate(words):
            if word[0].islower():
                lower[word.lower()] += 1
            elif word[0].isupper() and position > 0:
                capital[word.lower()] += 1
    excluded = stop_words() | _CALENDAR
    return {w for w, n in capital.items() if n > lower[w] and w not in excluded}


def _weighted_words(
    sentences: list[tuple[float, list[str]]], proper: set[str]
) -> tuple[dict[str, float], dict[str, float]]:
    """Raw weights of content words; details are the names and numbers among them."""
    stops = stop_words()
    terms: defaultdict[str, float] = defaultdict(float)
    details: defaultdict[str, float] = defaultdict(float)
    for weight, words in sentences:
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
    """Years written in the headline or lead, and years of dates the times layer found there."""
    paragraphs = _paragraphs(article)
    lead = " ".join(paragraphs[: LEAD_PARAGRAPHS + 1])
    years = set(_YEAR.findall(lead))
    lead_end = _lead_end(article.text)
    for time in article.times:
        if time.value and time.start < lead_end and _YEAR.fullmatch(time.value[:4]):
            years.add(time.value[:4])
    return frozenset(years)


def opening_weekdays(article: Article) -> frozenset[str]:
    """Weekdays the headline and first paragraph name, written out or as dates the times layer
    resolved there: the day the event happened, which two reports of one event share."""
    opening = " ".join(_paragraphs(article)[:2]).lower()
    days = set(_WEEKDAY.findall(opening))
    first_end = _opening_end(article.text)
    for time in article.times:
        if time.value and time.start < first_end and _DAY.fullmatch(time.value):
            try:
                days.add(dt.date.fromisoformat(time.value).strftime("%A").lower())
            except ValueError:  # a well-formed but impossible date ("2026-02-30")
                continue
    return frozenset(days)


def headline_people(article: Article, proper: set[str]) -> dict[str, str]:
    """People the headline names: each person the entity stage found in the text whose surname
    the headline writes, as its entity key ("e:" + entity id, as in `details`) -> surname.

    The surname must be one of the article's proper words (`proper_words`), so a word the
    tagger took for a person at the start of a sentence ("Schools shut as ...") is not one.
    """
    headline = {_POSSESSIVE.sub("", w.lower()) for w in _WORD.findall(article.title or "")}
    people: dict[str, str] = {}
    for mention in article.mentions:
        if mention.type != "PERSON" or not mention.text.split():
            continue
        surname = _POSSESSIVE.sub("", mention.text.split()[-1].lower())
        if len(surname) > 2 and surname in headline and surname in proper:
            people["e:" + (mention.entity or mention.text.lower())] = surname
    return people


def _opening_end(text: str) -> int:
    """Offset where the body's first paragraph ends."""
    first = _PARAGRAPH.search(text)
    return first.start() if first else len(text)


def lead_names_and_numbers(
    article: Article, proper: set[str]
) -> tuple[frozenset[str], frozenset[str]]:
    """Who and how many the headline and lead name: what sets one event apart from another.

    Two reports of one event name mostly the same people and places up front; two events of
    one kind share the kind's words but differ in these (another ship, another toll).
    """
    lead = " ".join(_paragraphs(article)[: LEAD_PARAGRAPHS + 1])
    words = [_POSSESSIVE.sub("", w.lower()) for w in _WORD.findall(lead)]
    names = {w for w in words if w in proper or w + "'s" in proper or w + "’s" in proper}
    undated = _DATE_OR_CLOCK.sub(" ", lead)
    numbers = {w for w in _WORD.findall(undated) if w[0].isdigit() and not _YEAR.fullmatch(w)}
    lead_end = _lead_end(article.text)
    for mention in article.mentions:
        if mention.type in DETAIL_TYPES and mention.start < lead_end:
            names.add("e:" + (mention.entity or mention.text.lower()))
    return frozenset(names), frozenset(numbers)


def lead_estimates(article: Article, numbers: Iterable[str]) -> dict[str, list[str]]:
    """The lead's `numbers` written as estimates, with what each counts: a number that a hedge
    precedes ("about", "more than", "nearly") or that is round (62,000), mapped to the content
    words that follow it in its clause ("62,000 battery packs sold" -> battery, pack, sold).

    Two reports of one event often give two estimates of one quantity (about 62,000 packs, more
    than 80,000 batteries); an estimate that counts the same thing as a member's, at about the
    same size, is then no sign of another event (`StoryState`). Exact counts (23 pirates held,
    26 pirates held) still tell two events of one kind apart.
    """
    return lead_counts(article, numbers)[1]


def lead_counts(
    article: Article, numbers: Iterable[str]
) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Every one of the lead's `numbers` with the words of what it counts, and the same for
    its estimates alone, in one pass over the lead."""
    wanted = set(numbers)
    counts: dict[str, set[str]] = {}
    estimates: dict[str, set[str]] = {}
    for clause in _CLAUSE_END.split(" ".join(_paragraphs(article)[: LEAD_PARAGRAPHS + 1])):
        words = _WORD.findall(clause)
        for position, word in enumerate(words):
            counted = _counted(words[position + 1 :]) if word in wanted else []
            if not counted:
                continue
            counts.setdefault(word, set()).update(counted)
            if _approximate(word, words[max(position - 2, 0) : position]):
                estimates.setdefault(word, set()).update(counted)
    return _sorted_things(counts), _sorted_things(estimates)


def _sorted_things(found: dict[str, set[str]]) -> dict[str, list[str]]:
    return {number: sorted(things) for number, things in sorted(found.items())}


def _approximate(number: str, before: list[str]) -> bool:
    """A hedged number ("about 62,000", "more than 80,000", "up to 300") or a round one."""
    hedge = [w.lower() for w in before]
    if (hedge[-1:] and hedge[-1] in _HEDGES) or hedge == ["up", "to"]:
        return True
    return _round(number)


def _round(number: str) -> bool:
    """A thousand or more, in at most two significant digits (62,000; 1,500; 3000)."""
    digits = number.replace(",", "") if _THOUSANDS.fullmatch(number) else number
    return digits.isdigit() and len(digits) >= 4 and len(digits.rstrip("0")) <= 2


def _counted(following: list[str]) -> list[str]:
    """The first few content words after a number, up to the next number (singular forms);
    none after a clock time ("8.40 pm")."""
    stops = stop_words() | _CALENDAR
    out: list[str] = []
    for word in following:
        key = word.lower()
        if key[0].isdigit() or len(out) == COUNTED_WORDS or (not out and key in _CLOCK):
            break
        if len(key) > 1 and key not in stops:
            out.append(_singular(key))
    return out


def _singular(word: str) -> str:
    """A crude singular: enough to match "batteries" with "battery" and "packs" with "pack"."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def number_value(word: str, counted: Iterable[str] = ()) -> float | None:
    """The value a number word writes ("62,000" -> 62000.0, "3.5" -> 3.5), times the scale
    among the words it counts ("1.2 million" -> 1200000.0); None if unclear."""
    text = word.replace(",", "") if _THOUSANDS.fullmatch(word) else word
    try:
        value = float(text)
    except ValueError:
        return None
    return value * max((_SCALES.get(w, 1.0) for w in counted), default=1.0)


def _lead_end(text: str) -> int:
    """Offset where the lead's last paragraph ends."""
    ends = [m.start() for m in _PARAGRAPH.finditer(text)]
    return ends[LEAD_PARAGRAPHS - 1] if len(ends) >= LEAD_PARAGRAPHS else len(text)


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
