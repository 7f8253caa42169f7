"""Claims of time: clock times and durations compared as values, and days something happened
or will happen, compared through the words around them (`date_align`)."""

from __future__ import annotations

import re

from wirecheck.corpus.claim import LEAD_IN_CHARS, Claim, figure_context, quoted_at
from wirecheck.corpus.durations import another_events_length
from wirecheck.corpus.earlier import dated_earlier, ended_before, is_day, still_to_come
from wirecheck.corpus.period_words import period_end
from wirecheck.model import Article, Time
from wirecheck.text_spans import sentence_around

TIME_SLOTS = {"TIME": "time", "DURATION": "duration"}
PART_OF_DAY = re.compile(r"T(?:MO|AF|EV|NI)$")
# "Eighteen months later", "two days earlier": how far back or on the story steps, no length.
OFFSET = re.compile(r"\s+(?:later|earlier)\b", re.IGNORECASE)
# A window looked back over ("the most valuable stolen in the past decade", "over the last
# three days"): the frame of a superlative or a tally, not how long anything lasted.
LOOKBACK = re.compile(r"\b(?:in|over|during|within|of)\s+$", re.IGNORECASE)
# A length that only spans a figure before it ("18 per cent over three years", "EUR 2 billion
# across five years", "a 14 per cent pay rise over three years").
FIGURE_SCOPE = re.compile(
    r"(?:per ?cent|percent|%|\d(?:[\d,.]*\d)?(?:\s*(?:million|billion|bn|m))?)"
    r"(?:\s+(?:pay\s+)?(?:rise|increase|raise|cut|deal))?"
    r"\s+(?:a year\s+)?(?:over|across|spread over)\s+(?:the\s+(?:next|coming)\s+)?$",
    re.IGNORECASE,
)


def _figure_scope(text: str, time: Time) -> bool:
    """Whether the length spans a figure before it, its "over" read inside the time's words
    too ("12 percent over three years" where the times layer took "over three years")."""
    lead = re.match(r"(?:over|across|spread over)\s+", time.text, re.IGNORECASE)
    end = time.start + (lead.end() if lead else 0)
    return bool(FIGURE_SCOPE.search(text, max(0, time.start - 40), end))


def time_claims(article: Article, outlet: str, quoted: list[tuple[int, int]]) -> list[Claim]:
    """Clock times and durations ("hit at 4:12 a.m.", "expected to last eight weeks"); dates
    are compared through the events they date."""
    claims = []
    for time in article.times:
        if time.type not in TIME_SLOTS or not time.value or PART_OF_DAY.search(time.value):
            continue  # "Monday evening" and "Monday night" are one day, compared as dates
        if quoted_at(time.start, quoted) or _unmeasured(time):
            continue  # a quote's own words; "within minutes", "a day of talks": no figure
        if _figure_scope(article.text, time):
            continue  # "a rise of 18 per cent over three years": the figure's span, no claim
        if time.type == "TIME" and period_end(article.text, time):
            continue  # "a curfew from 10 p.m. to 6 a.m.": compared as a period (`periods`)
        if time.type == "DURATION" and OFFSET.match(article.text, time.end):
            continue  # see OFFSET
        if time.type == "DURATION" and _looks_back(article.text, time):
            continue  # see LOOKBACK
        start, end = sentence_around(article.text, time.start)
        if time.type == "DURATION" and (
            dated_earlier(article, start, end)
            and not still_to_come(article.text, time.start)
            or another_events_length(article.text, time.start, start, end)
        ):
            continue  # "the last strike, in 2019, lasted three days": another event's length
        claims.append(
            Claim(
                article.id, outlet, "time", TIME_SLOTS[time.type], time.type, time.text,
                start, end, article.text[start:end], time=time.value,
                context=figure_context(article.text, time, start, end),
            )
        )  # fmt: skip
    return claims


def _looks_back(text: str, time: Time) -> bool:
    """ "in the past decade", "over the last three days": the time's own words begin with
    "the past" or "the last", and a preposition of span stands before them."""
    opening = time.text.lower().startswith(("the past ", "the last "))
    return opening and bool(LOOKBACK.search(text, max(0, time.start - 12), time.start))


def _unmeasured(time: Time) -> bool:
    """A length given by a word, not a figure: "within minutes", "a day of talks"."""
    return "X" in str(time.value) or bool(re.match(r"(?i)an? \w+$", time.text))


# A day with an indefinite article is any such day: "a Wednesday evening opening"; not one
# that restates a date beside it ("on 26 February, a Friday").
GENERIC_DAY = re.compile(r"(?<!, )\ban?\s+$", re.IGNORECASE)
# A sentence that reads the weather ("Temperatures on the summit fell to minus 6C on Saturday
# night"): its day dates the reading, not a deed of the story; the figure is compared itself.
WEATHER_READING = re.compile(r"(?:Temperatures?|The (?:temperature|mercury|thermometer))\b")


def date_claims(article: Article, outlet: str, quoted: list[tuple[int, int]]) -> list[Claim]:
    """Days and months something happened or will happen ("resume on Thursday", "close by the
    end of June next year"), and days long past: a month long past is background, a day a fact
    two outlets looked up ("collected on June 14", told in November). The words around the
    date, without it, say what is dated, so two outlets dating one thing apart read alike."""
    claims = []
    for time in article.times:
        day = _calendar_value(time)
        if day is None or (ended_before(day, time.anchor) and not is_day(day)):
            continue
        if quoted_at(time.start, quoted):
            continue
        if GENERIC_DAY.search(article.text, max(0, time.start - 6), time.start):
            continue  # "adding a Wednesday evening opening": any Wednesday, no date
        start, end = sentence_around(article.text, time.start)
        if WEATHER_READING.match(article.text, start):
            continue  # "Temperatures fell to minus 6C on Saturday night": the weather's day
        context = figure_context(article.text, time, start, end).replace(time.text, " ")
        claims.append(
            Claim(
                article.id, outlet, "date", "date", "date", time.text, start, end,
                article.text[start:end], time=day, context=" ".join(context.split()),
                future=bool(time.anchor) and day[:10] > str(time.anchor)[: len(day)],
                today=bool(time.anchor) and day == str(time.anchor)[:10],
                lead_in=article.text[max(start, time.start - LEAD_IN_CHARS) : time.start],
            )
        )  # fmt: skip
    return claims


def _calendar_value(time: Time) -> str | None:
    """A day or a month ("2025-03-12", "2026-06"); a part of a day counts as its day."""
    if time.type not in ("DATE", "TIME") or not time.value:
        return None
    match = re.fullmatch(r"(\d{4}-\d{2}(?:-\d{2})?)(?:T(?:MO|AF|EV|NI))?", time.value)
    return match.group(1) if match else None
