"""Resolvers for expressions relative to the anchor or to the narrative focus.

Weekdays follow the tense of their clause; "the next day" and "a year earlier" follow the
focus (the date the text last talked about); "last week" and "yesterday" follow the anchor.
"""

from __future__ import annotations

import datetime as dt
import re

from wirecheck.extract import timex_calendar as cal
from wirecheck.extract.numbers import parse_number
from wirecheck.extract.timex_context import Context, Resolved, date_result, resolver
from wirecheck.extract.timex_dates import month_number, weekday_number
from wirecheck.extract.timex_tense import FUTURE, PAST
from wirecheck.resources.timewords import DAY_PARTS, MONTH_RE, UNITS

_STEP = {"last": -1, "past": -1, "previous": -1, "prior": -1, "preceding": -1, "this": 0,
         "current": 0, "same": 0, "that": 0, "that same": 0, "next": 1, "coming": 1,
         "following": 1, "upcoming": 1}  # fmt: skip
_GRAIN = {"day": cal.DAY, "morning": cal.DAY, "afternoon": cal.DAY, "evening": cal.DAY,
          "night": cal.DAY, "week": cal.WEEK, "weekend": cal.WEEK, "month": cal.MONTH,
          "year": cal.YEAR, "fiscal year": cal.YEAR, "school year": cal.YEAR,
          "decade": cal.DECADE, "century": cal.CENTURY, "quarter": cal.QUARTER}  # fmt: skip
_DAY_WORDS = {"yesterday": -1, "last": -1, "today": 0, "tonight": 0, "this": 0, "tomorrow": 1}


def _part(word: str | None) -> str:
    return f"T{DAY_PARTS[word.lower()]}" if word else ""


def _weekday_date(ctx: Context, match: re.Match[str], name: str, rel: str) -> dt.date | None:
    if ctx.anchor is None:
        return None
    weekday = weekday_number(name)
    if rel in ("previous", "prior", "following"):  # counted from the day the text is on
        base = ctx.reference(cal.DAY) or ctx.anchor
        return cal.weekday_date(base, weekday, FUTURE if rel == "following" else PAST, True)
    if rel in ("last", "past"):
        return cal.weekday_date(ctx.anchor, weekday, PAST, strict=True)
    if rel in ("next", "coming", "upcoming"):
        return cal.weekday_date(ctx.anchor, weekday, FUTURE, strict=True)
    if ctx.scheduled(match):  # "a day of mourning for Friday", "postponed until Friday"
        return cal.weekday_date(ctx.anchor, weekday, FUTURE)
    if ctx.bounded(match):  # "until Tuesday", "by Monday": a deadline, the nearer one...
        ahead = ctx.tense(match, 0) == FUTURE  # ...unless still to come: "will stay shut until"
        return cal.weekday_date(ctx.anchor, weekday, FUTURE if ahead else 0)
    return cal.weekday_date(ctx.anchor, weekday, ctx.tense(match))


@resolver("weekday_of_week")
def weekday_of_week(match: re.Match[str], ctx: Context) -> Resolved | None:
    """ "on Tuesday next week": that weekday in the week after (or of, or before) the
    anchor's, whatever the tense of the clause."""
    if ctx.anchor is None:
        return Resolved("DATE", None)
    monday = ctx.anchor - dt.timedelta(days=ctx.anchor.isoweekday() - 1)
    weeks = _STEP[match["wk"].lower()]
    weekday = weekday_number(match["wd"])
    when = monday + dt.timedelta(days=7 * weeks + weekday - 1)
    return date_result(when, cal.DAY, "DATE", "")


@resolver("weekday")
def weekday(match: re.Match[str], ctx: Context) -> Resolved | None:
    when = _weekday_date(ctx, match, match["wd"], (match["rel"] or "").lower())
    part = _part(match["part"] or match["pre"])
    if when is None:
        return Resolved("TIME" if part else "DATE", None)
    return date_result(when, cal.DAY, "TIME" if part else "DATE", part)


@resolver("day_word")
def day_word(match: re.Match[str], ctx: Context) -> Resolved | None:
    if _in_a_name(match):
        return None  # "told Countryside Today", "USA Today": an outlet's name
    word = match["rd"].lower()
    part = _part("tonight" if word == "tonight" else match["part"])
    type_ = "TIME" if part else "DATE"
    if ctx.anchor is None:
        return Resolved(type_, None)
    return date_result(ctx.anchor + dt.timedelta(days=_DAY_WORDS[word]), cal.DAY, type_, part)


# A capitalised word right before: "Today" then ends a name ("Countryside Today").
NAME_BEFORE = re.compile(r"\b[A-Z][\w&'’-]*\s+$")


def _in_a_name(match: re.Match[str]) -> bool:
    """A capitalised day word after a capitalised word, inside a sentence."""
    before = match.string[max(0, match.start() - 40) : match.start()]
    return match.group()[0].isupper() and bool(NAME_BEFORE.search(before))


@resolver("day_part")
def day_part(match: re.Match[str], ctx: Context) -> Resolved | None:
    word, part = match["rd"].lower(), match["part"].lower()
    if word == "last" and part != "night":
        return None  # "last evening" is rare; "last morning" is not a time
    if ctx.anchor is None:
        return Resolved("TIME", None)
    when = ctx.anchor + dt.timedelta(days=_DAY_WORDS[word])
    return date_result(when, cal.DAY, "TIME", _part(part))


@resolver("mid_part")
def mid_part(match: re.Match[str], ctx: Context) -> Resolved | None:
    """ "mid-afternoon yesterday", "by midmorning": a part of the anchor's day (or the named)."""
    part = {"morning": "TMO", "afternoon": "TAF", "day": "TMI"}[match["part"].lower()]
    if ctx.anchor is None:
        return Resolved("TIME", None)
    day = ctx.anchor + dt.timedelta(days=_DAY_WORDS[(match["rd"] or "today").lower()])
    return date_result(day, cal.DAY, "TIME", part)


def _clock_day(match: re.Match[str], ctx: Context) -> dt.date | None:
    """The day a clock time names after it ("... on Friday", "... tomorrow", "... on May 3"),
    else the day in focus, else the anchor. Patterns without those groups get the last two."""
    named = match.groupdict()
    if named.get("cmon") and ctx.anchor:
        month, day = month_number(named["cmon"]), int(re.sub(r"\D", "", named["cd"]))
        return cal.safe_date(cal.nearest_year(ctx.anchor, month, day, 0), month, day)
    if named.get("wd"):
        return _weekday_date(ctx, match, named["wd"], "")
    if named.get("rd") and ctx.anchor:
        return ctx.anchor + dt.timedelta(days=_DAY_WORDS[named["rd"].lower()])
    if ctx.focus and ctx.focus[1] == cal.DAY:
        return ctx.focus[0]
    return ctx.anchor


def _clock_value(day: dt.date | None, hour: int, minute: int) -> Resolved:
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    return Resolved("TIME", f"{prefix}T{hour:02d}:{minute:02d}", day, cal.DAY if day else None)


def _before_writing(
    day: dt.date | None, hour: int, minute: int, match: re.Match[str], ctx: Context
) -> dt.date | None:
    """A past event told at a clock time later than the article's own writing that day
    ("the train left the tracks shortly before 7 a.m." in a paper out at 6:30 a.m.) happened
    the day before."""
    late = ctx.written is not None and dt.time(hour % 24, minute) > ctx.written
    told = ctx.focus is not None and ctx.focus[1] == cal.DAY  # "Thursday evening ... at 7:15"
    if told or any(_group(match, name) for name in ("cmon", "wd", "rd")):
        return day
    if day is not None and day == ctx.anchor and late and ctx.tense(match, FUTURE) == PAST:
        return day - dt.timedelta(days=1)
    return day


def _group(match: re.Match[str], name: str) -> str | None:
    return match[name] if name in match.re.groupindex else None


@resolver("clock")
def clock(match: re.Match[str], ctx: Context) -> Resolved | None:
    hour, minute = int(match["h"]), int(match["min"] or 0)
    if not 1 <= hour <= 12:
        return None
    evening = match["ampm"].lower().startswith("p")
    hour = hour % 12 + (12 if evening else 0)
    day = _before_writing(_clock_day(match, ctx), hour, minute, match, ctx)
    return _clock_value(day, hour, minute)


@resolver("clock_24")
def clock_24(match: re.Match[str], ctx: Context) -> Resolved | None:
    day = _clock_day(match, ctx)  # "at 01:30 on Friday", else the day in focus or the anchor
    hour, minute = int(match["h"]), int(match["min"])
    return _clock_value(_before_writing(day, hour, minute, match, ctx), hour, minute)


@resolver("clock_word")
def clock_word(match: re.Match[str], ctx: Context) -> Resolved | None:
    hour = 24 if match["word"].lower() == "midnight" else 12
    return _clock_value(_clock_day(match, ctx), hour, 0)


@resolver("clock_part")
def clock_part(match: re.Match[str], ctx: Context) -> Resolved | None:
    hour = int(parse_number(match["h"]) or 0)
    if not 1 <= hour <= 12:
        return None
    if match["part"].lower() != "morning":
        hour = hour % 12 + 12
    return _clock_value(ctx.anchor, hour % 24, 0)


def _period(ctx: Context, base: dt.date, unit: str, step: int) -> Resolved:
    grain = _GRAIN[unit]
    if unit == "weekend":
        when = cal.shift(base, cal.WEEK, step)
        return Resolved("DATE", cal.fmt(when, cal.WEEK) + "-WE", when, cal.WEEK)
    return date_result(cal.shift(base, grain, step), grain)


@resolver("rel_period")
def rel_period(match: re.Match[str], ctx: Context) -> Resolved | None:
    unit = re.sub(r"\s+", " ", match["unit"].lower())
    rel = match["rel"].lower()
    if ctx.anchor is None:
        return Resolved("DATE", None)
    if rel == "following":
        return _period(ctx, ctx.reference(_GRAIN[unit]) or ctx.anchor, unit, 1)
    if unit in ("decade", "century") and rel in ("past", "last"):
        return Resolved("DURATION", "P10Y" if unit == "decade" else "P100Y")  # the last ten years
    return _period(ctx, ctx.anchor, unit, _STEP[rel])


@resolver("the_period")
def the_period(match: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the week", "the year": the anchor's period; "the weekend" by tense."""
    if not match.group(0).lower().startswith("the"):
        return None
    after = ctx.text[match.end() : match.end() + 12].lower()
    if re.match(r"\s*(?:before|after|earlier|later|ago|of\b|-)", after):
        return None
    if ctx.anchor is None:
        return Resolved("DATE", None)
    unit = re.sub(r"\s+", " ", match["unit"].lower())
    if unit == "fiscal year":
        return Resolved("DURATION", "P1Y")  # "throughout the fiscal year": its length
    if unit == "weekend":
        step = -1 if ctx.tense(match) == PAST and ctx.anchor.isoweekday() < 6 else 0
        return _period(ctx, ctx.anchor, unit, step)
    if unit != "week" and re.match(r"\s+(?:end(?:ed|ing)|to\s+date)\b", after):
        return Resolved("DURATION", "P1M" if unit == "month" else "P1Y")  # "the year ended May 31"
    return _period(ctx, ctx.reference(_GRAIN[unit]) or ctx.anchor, unit, 0)


@resolver("in_week")
def in_week(match: re.Match[str], ctx: Context) -> Resolved | None:
    if ctx.anchor is None:
        return Resolved("DATE", None)
    return _period(ctx, ctx.anchor, match["unit"].lower(), 0)


def _unit(word: str) -> tuple[str, int, bool]:
    key = word.lower()
    key = key[:-1] if key.endswith("s") and key[:-1] in UNITS else key
    return UNITS.get(key) or UNITS["year"]


@resolver("offset")
def offset(match: re.Match[str], ctx: Context) -> Resolved | None:
    """ "three days ago", "a year earlier": the anchor (or the focus) moved by the amount."""
    amount = parse_number(match["n"])
    later = match["dir"].lower() in ("later", "from now", "hence")
    letter, multiple, time_unit = _unit(match["unit"])
    if amount is None or letter in ("WE",):
        return Resolved("DATE", "FUTURE_REF" if later else "PAST_REF")
    if time_unit:
        return None  # "two hours ago": a duration is what the annotators mark
    grain = {"D": cal.DAY, "W": cal.WEEK, "M": cal.MONTH, "Q": cal.QUARTER}.get(letter, cal.YEAR)
    base = _offset_base(ctx, match, grain)
    if base is None:
        return Resolved("DATE", None)
    steps = round(amount * multiple) * (1 if later else -1)
    if ctx.focus and ctx.focus[1] == cal.QUARTER and grain == cal.YEAR and amount == 1:
        # "profit rose from a year earlier": the quarter in focus, a year before
        return date_result(cal.shift(ctx.focus[0], cal.YEAR, steps), cal.QUARTER, refocus=False)
    return date_result(cal.shift(base, grain, steps), grain, refocus=False)


def _offset_base(ctx: Context, match: re.Match[str], grain: str) -> dt.date | None:
    if match["dir"].lower() in ("earlier", "later"):
        return ctx.reference(grain)
    return ctx.anchor


@resolver("narrative")
def narrative(match: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the next day", "the previous week", "that day": the focus moved by one unit."""
    unit = match["unit"].lower()
    rel = (match["rel"] or match["that"] or "that").lower()
    rel = re.sub(r"\s+", " ", rel)
    grain = _GRAIN[unit]
    base = ctx.reference(grain)
    if base is None:
        return Resolved("DATE", None)
    part = _part(unit) if unit in DAY_PARTS else ""
    if unit in DAY_PARTS:
        when = base + dt.timedelta(days=_STEP[rel])
        return date_result(when, cal.DAY, "TIME", part)
    return _period(ctx, base, unit, _STEP[rel])


@resolver("day_before")
def day_before(match: re.Match[str], ctx: Context) -> Resolved | None:
    unit = match["unit"].lower()
    base = ctx.reference(_GRAIN[unit])
    if base is None:
        return Resolved("DATE", None)
    return _period(ctx, base, unit, -1 if match["dir"].lower() == "before" else 1)


def _last_quarter(ctx: Context) -> dt.date | None:
    """The quarter a financial story talks about: the focus if it is one, else the last ended."""
    if ctx.focus and ctx.focus[1] == cal.QUARTER:
        return ctx.focus[0]
    return cal.shift(ctx.anchor, cal.QUARTER, -1) if ctx.anchor else None


_QUARTER_STEPS = {"previous": -1, "prior": -1, "preceding": -1, "next": 1}


@resolver("quarter_rel")
def quarter_rel(match: re.Match[str], ctx: Context) -> Resolved | None:
    words = re.findall(r"[a-z]+(?:-[a-z]+)?", (match["rel"] or "").lower())
    if not words and not match.group(0).lower().startswith(("the", "last year's")):
        return None  # "a quarter of the votes"
    if ctx.anchor is None:
        return Resolved("DATE", None)
    if {"current", "this"} & set(words):
        return date_result(ctx.anchor, cal.QUARTER)
    if "that" in words and ctx.focus and ctx.focus[1] == cal.QUARTER:
        base: dt.date | None = ctx.focus[0]
    elif {"latest", "recent", "just-ended", "ended", "last", "past"} & set(words):
        base = cal.shift(ctx.anchor, cal.QUARTER, -1)
    else:
        base = _last_quarter(ctx)
    assert base is not None
    ended = _quarter_ended(match, ctx)
    base = ended or base
    compared = bool({"year-earlier", "year-ago", "comparable"} & set(words)) or bool(match["ago"])
    compared = compared or match.group(0).lower().startswith("last year's")
    if compared:
        base = cal.shift(base, cal.YEAR, -1)
    step = next((_QUARTER_STEPS[w] for w in words if w in _QUARTER_STEPS), 0)
    when = cal.shift(base, cal.QUARTER, step)
    return date_result(when, cal.QUARTER, refocus=not compared)


_ENDED = re.compile(rf"\s+(?:that\s+)?end(?:ed|ing|s)\s+(?P<mon>{MONTH_RE})", re.IGNORECASE)


def _quarter_ended(match: re.Match[str], ctx: Context) -> dt.date | None:
    """ "the quarter ended Sept. 30": the quarter holding the month before the end month."""
    ended = _ENDED.match(ctx.text, match.end())
    if ended is None or ctx.anchor is None:
        return None
    month = month_number(ended["mon"])
    year = cal.nearest_year(ctx.anchor, month, 1, PAST)
    return cal.add_months(dt.date(year, month, 1), -1)


@resolver("period")
def period(match: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the year-earlier period" compares with the quarter or year in focus."""
    if ctx.focus and ctx.focus[1] in (cal.QUARTER, cal.YEAR, cal.HALF, cal.MONTH):
        when, grain = ctx.focus
    elif ctx.anchor:
        when, grain = cal.shift(ctx.anchor, cal.QUARTER, -1), cal.QUARTER
    else:
        return Resolved("DATE", None)
    rel = match["rel"].lower()
    compared = rel in ("year-earlier", "year-ago", "comparable", "prior-year") or bool(match["ago"])
    if compared:
        when = cal.shift(when, cal.YEAR, -1)
    return date_result(when, grain, refocus=not compared)
