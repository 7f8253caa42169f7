"""Resolvers for durations (P30D, PT2H), sets (P1D, XXXX-WXX-1) and vague references."""

from __future__ import annotations

import re

from wirecheck.extract import timex_calendar as cal
from wirecheck.extract.numbers import parse_number
from wirecheck.extract.timex_context import Context, Resolved, resolver
from wirecheck.extract.timex_dates import weekday_number
from wirecheck.resources.timewords import DAY_PARTS, FREQUENCIES, SEASONS, UNITS, VAGUE

# Number words that give no amount: "several years" -> PXY.
_VAGUE_AMOUNTS = {"several", "a few", "few", "some", "many"}
_SET_UNITS = {"second": "PT1S", "minute": "PT1M", "hour": "PT1H", "day": "P1D", "night": "P1D",
              "week": "P1W", "month": "P1M", "quarter": "P1Q", "year": "P1Y", "decade": "P10Y",
              "weekend": "XXXX-WXX-WE"}  # fmt: skip
_COUNTED_BEFORE = re.compile(
    r"(?:\d|%|\b(?:once|twice|times|one|two|three|four|five|six|seven|eight|nine|ten|dozen"
    r"|hundred|thousand|million|billion)\b)",
    re.IGNORECASE,
)


def _unit(word: str) -> tuple[str, int, bool] | None:
    key = re.sub(r"\s+", " ", word.lower())
    if key in UNITS:
        return UNITS[key]
    if key.endswith("s") and key[:-1] in UNITS:
        return UNITS[key[:-1]]
    return UNITS.get(key.replace("centuries", "century"))


def _amount(words: str) -> float | None:
    key = re.sub(r"\s+", " ", words.lower().strip())
    if key in _VAGUE_AMOUNTS:
        return None
    key = key.replace("half an", "0.5").replace("half a", "0.5")
    key = re.sub(r"^(?:a\s+)?couple(?:\s+of)?$", "two", key)
    return parse_number(key)


@resolver("duration")
def duration(match: re.Match[str], ctx: Context) -> Resolved | None:
    unit = _unit(match["unit"])
    if unit is None or unit[0] == "WE" or re.match(r"the\s+\d{4}\b", match.group(0), re.I):
        return None  # "the 1988 quarter" is a period of that year
    letter, multiple, time_unit = unit
    words = match["n"].lower()
    amount = _amount(words)
    if amount is None and words not in _VAGUE_AMOUNTS:
        return None
    if words in ("a", "an") and (_is_rate(match, ctx) or letter == "S"):
        return None  # "$5 a year" is a rate; "a second group" an ordinal
    if letter == "Q" and (words in ("a", "an") or "-" in match.group(0) or _fraction(match, ctx)):
        return None  # "three-quarters of", "a quarter of the votes"
    if amount is not None and match["half"]:
        amount += 0.5  # "a minute and a half"
    value = cal.duration(None if amount is None else amount * multiple, letter, time_unit)
    return Resolved("DURATION", value)


_SHARE_OF = re.compile(r"\s+of\s+(?:the|a|an|all|its|their|his|her|our|this|that|these|those)\b")


def _fraction(match: re.Match[str], ctx: Context) -> bool:
    """ "three quarters of the vote" is a share; "several quarters of losses" a period."""
    return bool(_SHARE_OF.match(ctx.text, match.end()))


def _is_rate(match: re.Match[str], ctx: Context) -> bool:
    before = ctx.text[max(0, match.start() - 30) : match.start()]
    return bool(_COUNTED_BEFORE.search(before.split(".")[-1]))


@resolver("elapsed")
def elapsed(match: re.Match[str], ctx: Context) -> Resolved | None:
    """ "2:09:21" -> PT2H9M21S: hours, minutes and seconds of a race or a record."""
    parts = zip((match["h"], match["min"], match["sec"]), "HMS", strict=True)
    return Resolved("DURATION", "PT" + "".join(f"{int(n)}{u}" for n, u in parts if int(n)))


@resolver("the_units")
@resolver("bare_units")
def bare_units(match: re.Match[str], ctx: Context) -> Resolved | None:
    unit = _unit(match["unit"])
    if unit is None:
        return None
    letter, _, time_unit = unit
    return Resolved("DURATION", cal.duration(None, letter, time_unit))


@resolver("vague")
def vague(match: re.Match[str], ctx: Context) -> Resolved | None:
    phrase = re.sub(r"\s+", " ", match["vague"].lower())
    if phrase in ("current", "future", "present") and _is_compound_word(match, ctx):
        return None
    value = VAGUE[phrase]
    return Resolved("DURATION" if re.match(r"PT?[\dX]", value) else "DATE", value)


def _is_compound_word(match: re.Match[str], ctx: Context) -> bool:
    """ "current account", "future contracts": an adjective fused into a term, not a time."""
    after = ctx.text[match.end() : match.end() + 12].lower()
    return bool(re.match(r"\s*(?:account|contract|generation|tense|president|member)", after))


@resolver("frequency")
def frequency(match: re.Match[str], ctx: Context) -> Resolved | None:
    return Resolved("SET", FREQUENCIES[match["freq"].lower()])


@resolver("every")
def every(match: re.Match[str], ctx: Context) -> Resolved | None:
    word = match["unit"].lower()
    if word in DAY_PARTS:
        return Resolved("SET", f"XXXX-XX-XXT{DAY_PARTS[word]}")
    if word in SEASONS:
        return Resolved("SET", f"XXXX-{SEASONS[word]}")
    count = parse_number(match["n"]) if match["n"] else None
    base = _SET_UNITS[word]
    if count and count > 1 and base.startswith("P"):
        base = re.sub(r"\d+", lambda m: str(int(m.group()) * int(count)), base, count=1)
    return Resolved("SET", base)


@resolver("weekday_set")
def weekday_set(match: re.Match[str], ctx: Context) -> Resolved | None:
    number = weekday_number(match["wd"])
    word = match.groupdict().get("part")
    part = f"T{DAY_PARTS[word.lower().rstrip('s')]}" if word else ""
    return Resolved("SET", f"XXXX-WXX-{number}{part}")


# A run of weekdays this long is a weekly schedule ("7am to 7pm, Monday to Saturday"); a
# shorter one may be the days of one event ("from Friday to Sunday"), read day by day.
SCHEDULE_DAYS = 5


@resolver("weekday_span")
def weekday_span(match: re.Match[str], ctx: Context) -> Resolved | None:
    first, last = weekday_number(match["wd"]), weekday_number(match["wd_end"])
    if (last - first) % 7 + 1 < SCHEDULE_DAYS:
        return None
    return Resolved("SET", f"XXXX-WXX-{first}")
