"""Resolvers for calendar dates: full dates, months, years, decades, seasons, quarters, holidays."""

from __future__ import annotations

import datetime as dt
import re

from wirecheck.extract import timex_calendar as cal
from wirecheck.extract.numbers import parse_number
from wirecheck.extract.timex_context import Context, Resolved, date_result, resolver
from wirecheck.extract.timex_tense import FUTURE, PAST
from wirecheck.resources.timewords import HOLIDAYS, MONTHS, ORDINAL_WORDS, SEASONS, WEEKDAYS

_REL_STEP = {"last": -1, "past": -1, "previous": -1, "prior": -1, "this": 0, "current": 0,
             "next": 1, "coming": 1, "following": 1, "upcoming": 1}  # fmt: skip
# Cue words that make a bare "May" (or another full month name) a month, not a modal or name.
_MONTH_CUE = re.compile(
    r"\b(?:the|in|since|until|till|by|of|from|through|to|during|early|late|mid|last|next|this"
    r"|before|after|between|and|or|for|end|beginning|start|middle)[\s-]+$",
    re.IGNORECASE,
)
# A month just before this one and joined to it ("in February and March", "from May to
# July"): the second month follows the first, whatever the tense says of it alone.
_PAIRED_MONTH = re.compile(
    r"\b(?P<mon>(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december))\s*(?:and|or|to|through|until|-|–)\s*$",
    re.IGNORECASE,
)
_YEAR_UNITS = {"year", "years", "fiscal", "season", "budget", "quarter", "election", "census"}


def month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def weekday_number(name: str) -> int:
    """ISO weekday of "Tuesday", "Tue.", "tues": 1 for Monday to 7 for Sunday."""
    return WEEKDAYS[name.lower().rstrip(".")]


def _year(text: str) -> int:
    return int(text)


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _full_date(ctx: Context, match: re.Match[str], month: int, day: int) -> Resolved | None:
    year = match.group("y") if "y" in match.re.groupindex else None
    if year:
        when = cal.safe_date(_year(year), month, day)
        return date_result(when, cal.DAY) if when else None
    if cal.safe_date(2000, month, day) is None:
        return None
    if ctx.anchor is None:
        return Resolved("DATE", f"XXXX-{month:02d}-{day:02d}")
    if ctx.bounded(match):  # "until Nov. 9", "effective Feb. 1": a deadline, mostly ahead
        year = cal.nearest_year(ctx.anchor, month, day, FUTURE, 2)
    else:
        tense = ctx.tense(match, 0)
        year = cal.nearest_year(ctx.anchor, month, day, tense or PAST, 3 if tense else 2)
    when = cal.safe_date(year, month, day)
    return date_result(when, cal.DAY) if when else None


@resolver("iso_date")
def iso_date(match: re.Match[str], ctx: Context) -> Resolved | None:
    when = cal.safe_date(int(match["y"]), int(match["m"]), int(match["d"]))
    return date_result(when, cal.DAY) if when else None


@resolver("slash_date")
def slash_date(match: re.Match[str], ctx: Context) -> Resolved | None:
    """Day first unless impossible (13/03/2025 and 03/13/2025 both read as 13 March)."""
    first, second, year = int(match["a"]), int(match["b"]), int(match["y"])
    if year < 100:
        year += 2000 if year < 50 else 1900
    day, month = (second, first) if second > 12 >= first else (first, second)
    when = cal.safe_date(year, month, day)
    return date_result(when, cal.DAY) if when else None


@resolver("md_date")
@resolver("dm_date")
def month_day(match: re.Match[str], ctx: Context) -> Resolved | None:
    return _full_date(ctx, match, month_number(match["mon"]), _day(match["d"]))


@resolver("month_year")
def month_year(match: re.Match[str], ctx: Context) -> Resolved | None:
    year = _spelled(match["sy"]) if "sy" in match.re.groupindex else _year(match["y"])
    return date_result(dt.date(year, month_number(match["mon"]), 1), cal.MONTH)


@resolver("every_month")
def every_month(match: re.Match[str], ctx: Context) -> Resolved | None:
    return Resolved("SET", f"XXXX-{month_number(match['mon']):02d}")


def _spelled(words: str) -> int:
    """ "nineteen ninety-six" -> 1996."""
    rest = re.sub(r"^nineteen[\s-]+(?:hundred\s+(?:and\s+)?)?", "", words.lower())
    return 1900 + int(parse_number(rest) or 0)


@resolver("month_rel")
def month_rel(match: re.Match[str], ctx: Context) -> Resolved | None:
    if ctx.anchor is None:
        return Resolved("DATE", None)
    year = ctx.anchor.year + _REL_STEP[match["rel"].lower()]
    return date_result(dt.date(year, month_number(match["mon"]), 1), cal.MONTH)


@resolver("month")
def bare_month(match: re.Match[str], ctx: Context) -> Resolved | None:
    name, rel = match["mon"], (match["rel"] or "").lower()
    if name.endswith(".") or name.lower() in ("jan", "feb", "mar", "apr", "jun", "jul", "aug"):
        return None  # an abbreviation stands only before a day or a year
    if not rel and not _month_context(match, ctx):
        return None
    month = month_number(name)
    if ctx.anchor is None:
        return Resolved("DATE", f"XXXX-{month:02d}")
    return date_result(dt.date(_month_year(ctx, match, month, rel), month, 1), cal.MONTH)


def _month_context(match: re.Match[str], ctx: Context) -> bool:
    """A full month name standing alone: "May" and "March" need a cue; a name is no month."""
    token = ctx.token(match.start("mon"))
    if token is not None and token.ent_type_ in ("PERSON", "ORG"):
        return False
    if match["mon"].lower() in ("may", "march"):
        return bool(_MONTH_CUE.search(ctx.before(match)))
    return True


def _month_year(ctx: Context, match: re.Match[str], month: int, rel: str) -> int:
    anchor = ctx.anchor
    assert anchor is not None
    if rel in ("last", "past", "previous", "prior"):
        # "last February" said in March is a year back: last month would be "last month"
        return anchor.year if month < anchor.month - 1 else anchor.year - 1
    if rel in ("next", "coming", "following", "upcoming"):
        return anchor.year if month > anchor.month else anchor.year + 1
    if rel in ("this", "current"):
        return anchor.year
    if ctx.bounded(match):
        return cal.nearest_year(anchor, month, 15, FUTURE)
    paired = _PAIRED_MONTH.search(ctx.before(match, 24))
    if paired:  # "cancelled four concerts in February and March" (said in February)
        first = month_number(paired["mon"])
        first_year = _tensed_month_year(ctx, match, first)
        return first_year if month >= first else first_year + 1
    return _tensed_month_year(ctx, match, month)


def _tensed_month_year(ctx: Context, match: re.Match[str], month: int) -> int:
    anchor = ctx.anchor
    assert anchor is not None
    tense = ctx.tense(match, 0)
    if tense:
        return cal.month_year(anchor, month, tense)
    return cal.nearest_year(anchor, month, 15, PAST)


@resolver("year")
def year(match: re.Match[str], ctx: Context) -> Resolved | None:
    if not match["fiscal"] and not _looks_like_year(match, ctx):
        return None
    return date_result(dt.date(_year(match["y"]), 1, 1), cal.YEAR)


_NUMBER_SIGN = re.compile(r"(?:[$#£€]|\bNo\.?|\bNos?\.|\bNumber)\s*$")


def _looks_like_year(match: re.Match[str], ctx: Context) -> bool:
    """A four-digit number is a year unless it counts something: "2000 people" (a plural noun
    with no determiner before the number), "$1990", "No. 1990"."""
    if _NUMBER_SIGN.search(ctx.before(match, 8)):
        return False
    token = ctx.token(match.start("y"))
    if token is None:
        return not _counts_by_text(match, ctx)
    if token.dep_ != "nummod" or token.head.tag_ != "NNS":
        return True
    if token.head.lemma_.lower() in _YEAR_UNITS:
        return True
    left = token.doc[token.i - 1] if token.i else None
    return left is not None and (left.dep_ in ("det", "poss") or left.tag_ == "POS")


_PLURAL_AFTER = re.compile(r"\s+(?:[a-z]{3,}[^s\W]s|people|men|women|children|police|staff)\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|our|this|that|'s)\s+$", re.I)


def _counts_by_text(match: re.Match[str], ctx: Context) -> bool:
    """Without a parse: "of 2000 people" counts; "the 2000 elections" is still a year."""
    plural = _PLURAL_AFTER.match(ctx.text, match.end())
    return bool(plural) and not _DETERMINER_BEFORE.search(ctx.before(match, 12))


@resolver("decade")
def decade(match: re.Match[str], ctx: Context) -> Resolved | None:
    digits = match["dec"]
    if digits.startswith("'"):
        short = int(digits[1:])
        now = ctx.anchor.year if ctx.anchor else 2000
        start = 2000 + short if 2000 + short <= now else 1900 + short
    else:
        start = int(digits)
    return date_result(dt.date(start, 1, 1), cal.DECADE)


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}  # fmt: skip


@resolver("decade_word")
def decade_word(match: re.Match[str], ctx: Context) -> Resolved | None:
    return date_result(dt.date(1900 + 10 * _DECADE_WORDS[match["decw"].lower()], 1, 1), cal.DECADE)


@resolver("spelled_year")
def spelled_year(match: re.Match[str], ctx: Context) -> Resolved | None:
    """ "nineteen ninety-six", "the year two thousand" (transcripts spell years out)."""
    words = re.sub(r"\s+", " ", match["sy"].lower())
    if words.startswith("nineteen"):
        number = _spelled(words)
    else:
        cue = r"\b(?:year|in|by|since|until|before|after|of)\s+$"
        if not re.search(cue, ctx.before(match), re.IGNORECASE) and "year" not in match.group(0):
            return None  # "two thousand people"
        number = int(parse_number(words) or 0)
    return date_result(dt.date(number, 1, 1), cal.YEAR)


@resolver("year_adj")
def year_adj(match: re.Match[str], ctx: Context) -> Resolved | None:
    """ "year-earlier" results compare with the quarter in focus; "year-end" is this year's."""
    word = match["adj"].lower()
    focus = ctx.focus if ctx.focus and ctx.focus[1] in (cal.QUARTER, cal.HALF) else None
    if focus is None:
        if ctx.anchor is None:
            return Resolved("DATE", None)
        focus = (ctx.anchor, cal.YEAR)
    when, grain = focus
    if word in ("year-earlier", "year-ago"):
        return date_result(cal.shift(when, cal.YEAR, -1), grain, refocus=False)
    return date_result(when, cal.YEAR, refocus="end" not in word)


_CENTURY_WORDS = {"first": 1, "second": 2, "nineteenth": 19, "twentieth": 20,
                  "twenty-first": 21}  # fmt: skip


@resolver("century")
def century(match: re.Match[str], ctx: Context) -> Resolved | None:
    word = match["ord"].lower()
    if word in _REL_STEP:
        if ctx.anchor is None:
            return Resolved("DATE", None)
        number = ctx.anchor.year // 100 + 1 + _REL_STEP[word]
    else:
        number = _CENTURY_WORDS.get(word) or int(re.sub(r"\D", "", word) or 0)
    if not 0 < number < 30:
        return None
    return Resolved("DATE", f"{number - 1:02d}", dt.date(max(1, (number - 1) * 100), 1, 1),
                    cal.CENTURY)  # fmt: skip


@resolver("season")
def season(match: re.Match[str], ctx: Context) -> Resolved | None:
    code = SEASONS[match["season"].lower()]
    groups = match.groupdict()
    rel = re.sub(r"\s+", " ", (groups.get("rel") or "").lower())
    if groups.get("y") or groups.get("sy"):
        year = _year(groups["y"]) if groups.get("y") else _spelled(groups["sy"])
        return Resolved("DATE", f"{year}-{code}")
    if not rel and not _season_cue(match, ctx):
        return None  # "fall", "spring" as verbs or nouns
    if re.match(r"\s+of\s+(?!\d)", ctx.text[match.end() : match.end() + 6]):
        return None  # "the fall of the wall"
    if ctx.anchor is None:
        return Resolved("DATE", f"XXXX-{code}")
    step = _REL_STEP.get(rel)
    tense = PAST if rel == "this past" else ctx.tense(match, 0)
    base = cal.season_year(ctx.anchor, code, tense if step is None else 0)
    return Resolved("DATE", f"{base + (step or 0)}-{code}")


@resolver("year_period")
def year_period(match: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the 1994 third quarter", "the 1995 period" (the quarter in focus, in that year)."""
    if match["ord"]:
        number = ORDINAL_WORDS[match["ord"].lower()]
    elif ctx.focus and ctx.focus[1] == cal.QUARTER:
        number = (ctx.focus[0].month - 1) // 3 + 1
    elif ctx.anchor:  # no quarter yet: the last one ended, as in an earnings report
        number = (cal.shift(ctx.anchor, cal.QUARTER, -1).month - 1) // 3 + 1
    else:
        return None
    return date_result(dt.date(_year(match["y"]), number * 3 - 2, 1), cal.QUARTER, refocus=False)


def _season_cue(match: re.Match[str], ctx: Context) -> bool:
    cue = r"\b(?:the|in|this|during|by|until|since)\s+$"
    return bool(re.match(r"the\s", match.group(0), re.I) or re.search(cue, ctx.before(match), re.I))


@resolver("quarter")
def quarter(match: re.Match[str], ctx: Context) -> Resolved | None:
    number = ORDINAL_WORDS[match["ord"].lower()]
    compared = (match["poss"] or "").lower() in ("year-earlier", "year-ago")
    year = None if compared else _stated_year(match, ctx)
    if year is None:
        if ctx.anchor is None:
            return Resolved("DATE", f"XXXX-Q{number}")
        year = cal.quarter_year(ctx.anchor, number, ctx.tense(match, PAST)) - compared
    return date_result(dt.date(year, number * 3 - 2, 1), cal.QUARTER, refocus=not compared)


@resolver("half")
def half(match: re.Match[str], ctx: Context) -> Resolved | None:
    number = 1 if match["ord"].lower() == "first" else 2  # "second half", "last half"
    year = _stated_year(match, ctx)
    if year is None:
        if ctx.anchor is None:
            return Resolved("DATE", f"XXXX-H{number}")
        year = ctx.focus[0].year if ctx.focus else ctx.anchor.year
    return date_result(dt.date(year, number * 6 - 5, 1), cal.HALF)


def _stated_year(match: re.Match[str], ctx: Context) -> int | None:
    groups = match.re.groupindex
    if "y" in groups and match["y"]:
        return _year(match["y"])
    rel = match["yrel"] if "yrel" in groups else None
    if "poss" in groups and match["poss"]:
        rel = match["poss"].split()[0]
    if rel and ctx.anchor:
        return ctx.anchor.year + _REL_STEP[rel.lower()]
    return None


_AWAY = re.compile(r"[^.;!?]{0,30}?\b(?:days|weeks|months)\s+away\b", re.IGNORECASE)


@resolver("holiday")
def holiday(match: re.Match[str], ctx: Context) -> Resolved | None:
    name = re.sub(r"\s+", " ", match["hol"].lower())
    if match["y"]:
        when = _holiday_date(name, _year(match["y"]))
        return date_result(when, cal.DAY) if when else None
    if ctx.anchor is None:
        return Resolved("DATE", None)
    rel = (match["rel"] or "").lower()
    tense = {"last": PAST, "next": FUTURE}.get(rel, ctx.tense(match, 0))
    if _AWAY.match(match.string, match.end()):
        tense = FUTURE  # "with the Christmas season only weeks away": what is away is to come
    options = [_holiday_date(name, ctx.anchor.year + step) for step in (-1, 0, 1)]
    dated = [d for d in options if d is not None]
    if not dated:
        return None
    when = min(dated, key=lambda d: _tense_cost(d, ctx.anchor, tense))
    return date_result(when, cal.DAY)


def _tense_cost(day: dt.date, anchor: dt.date | None, tense: int) -> float:
    assert anchor is not None
    gap = (day - anchor).days
    against = gap > 0 and tense == PAST or gap < 0 and tense == FUTURE
    return abs(gap) + (1000 if against else 0)


def _holiday_date(name: str, year: int) -> dt.date | None:
    if name in HOLIDAYS:
        return cal.safe_date(year, *HOLIDAYS[name])
    if name.startswith("thanksgiving"):
        return cal.thanksgiving(year)
    if name.startswith("election"):  # US: the Tuesday after the first Monday in November
        return cal.weekday_date(dt.date(year, 11, 2), 2, 1)
    easter = cal.easter(year)
    offsets = {"good friday": -2, "easter monday": 1}
    return easter + dt.timedelta(days=offsets.get(name, 0))
