"""Calendar arithmetic and TIMEX3 value formatting for the time extractor."""

from __future__ import annotations

import datetime as dt
import re

# Granularities of a resolved date, coarsest first.
CENTURY, DECADE, YEAR, HALF, QUARTER, SEASON, MONTH, WEEK, DAY = (
    "C", "E", "Y", "H", "Q", "S", "M", "W", "D",
)  # fmt: skip

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def parse_anchor(value: str | None) -> dt.date | None:
    """The date an anchor string starts with ("2024-11-02", "1998-08-07T06:18"), else None."""
    match = _ISO_DATE.match(value or "")
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by whole months, clamped to the end of shorter months."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for last in (day.day, 30, 29, 28):
        moved = safe_date(year, month + 1, min(day.day, last))
        if moved:
            return moved
    raise ValueError(f"cannot move {day} by {months} months")


def shift(day: dt.date, unit: str, amount: int) -> dt.date:
    """`day` moved by `amount` calendar units (D, W, M, Q, Y, E for decades, C)."""
    if unit == DAY:
        return day + dt.timedelta(days=amount)
    if unit == WEEK:
        return day + dt.timedelta(weeks=amount)
    months = {MONTH: 1, QUARTER: 3, HALF: 6, YEAR: 12, DECADE: 120, CENTURY: 1200}[unit]
    return add_months(day, months * amount)


def fmt(day: dt.date, granularity: str) -> str:
    """TIMEX3 value of the period of `granularity` that contains `day`."""
    if granularity == DAY:
        return day.isoformat()
    if granularity == WEEK:
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if granularity == MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    if granularity == QUARTER:
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if granularity == HALF:
        return f"{day.year:04d}-H{(day.month - 1) // 6 + 1}"
    if granularity == DECADE:
        return f"{day.year // 10:03d}"  # TimeML: "199" is the 1990s
    if granularity == CENTURY:
        return f"{day.year // 100:02d}"
    return f"{day.year:04d}"


def weekday_date(anchor: dt.date, weekday: int, direction: int, strict: bool = False) -> dt.date:
    """The `weekday` (1 = Monday) nearest `anchor` in `direction` (-1 before, +1 after).

    Not strict, the anchor's own weekday is the anchor ("on Saturday" in a Saturday story);
    strict, it is a week away ("next Saturday", "last Saturday"). Direction 0: the nearer one.
    """
    if direction == 0:
        ahead, back = weekday_date(anchor, weekday, 1), weekday_date(anchor, weekday, -1)
        return ahead if (ahead - anchor) <= (anchor - back) else back
    delta = (weekday - anchor.isoweekday()) * (1 if direction > 0 else -1) % 7
    if delta == 0 and strict:
        delta = 7
    return anchor + dt.timedelta(days=delta if direction > 0 else -delta)


def month_year(anchor: dt.date, month: int, direction: int) -> int:
    """Year of a bare month: past tense looks back, future ahead, otherwise the anchor's year."""
    if direction < 0 and month > anchor.month:
        return anchor.year - 1
    if direction > 0 and month < anchor.month:
        return anchor.year + 1
    return anchor.year


def nearest_year(anchor: dt.date, month: int, day: int, direction: int, weight: float = 2) -> int:
    """Year of a month-day without a year: the one nearest the anchor, counting the days on the
    wrong side of the tense `weight` times.

    "set for Nov. 21" in a Nov. 7 story is this year's Nov. 21 whatever the tense, while a past
    tense "on March 12" in November stays in March of the same year.
    """

    def cost(year: int) -> float:
        target = safe_date(year, month, min(day, 28) if month == 2 else day)
        if target is None:
            return float("inf")
        gap = (target - anchor).days
        against = gap > 0 and direction < 0 or gap < 0 and direction > 0
        return abs(gap) * (weight if against else 1)

    return min((anchor.year, anchor.year - 1, anchor.year + 1), key=cost)


def quarter_year(anchor: dt.date, quarter: int, direction: int) -> int:
    """Year of "the third quarter": the latest one begun by the anchor, or the next if future."""
    current = (anchor.month - 1) // 3 + 1
    latest = anchor.year if quarter <= current else anchor.year - 1
    # Results of the quarter just ended are still "expected": only an older one moves ahead.
    ended_ago = (anchor.year - latest) * 4 + current - quarter
    return latest + 1 if direction > 0 and ended_ago > 1 else latest


def season_year(anchor: dt.date, season: str, direction: int) -> int:
    """Year of a bare season, the same way as a bare month (by its middle month)."""
    middle = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}[season]
    if season == "WI" and anchor.month == 12:
        return anchor.year + 1 if direction >= 0 else anchor.year
    return month_year(anchor, middle, direction)


def easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    r = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * r) // 451
    month, day = divmod(h + r - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def thanksgiving(year: int) -> dt.date:
    """US Thanksgiving: the fourth Thursday of November."""
    first = dt.date(year, 11, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)


def duration(amount: float | None, letter: str, time_unit: bool) -> str:
    """TIMEX3 duration: P3D, PT2H, P1.5Y -> P18M, PXY for an unknown amount."""
    prefix = "PT" if time_unit else "P"
    if amount is None:
        return f"{prefix}X{letter}"
    if amount != int(amount):
        return _fractional(amount, letter, prefix)
    return f"{prefix}{int(amount)}{letter}"


_SMALLER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60),
            "MIN": ("S", 60)}  # fmt: skip


def _fractional(amount: float, letter: str, prefix: str) -> str:
    """ "5 1/2 hours" -> PT5H30M; "half a year" -> P6M."""
    key = "MIN" if letter == "M" and prefix == "PT" else letter
    smaller, factor = _SMALLER.get(key, (letter, 1))
    whole, rest = int(amount), round((amount - int(amount)) * factor)
    time_prefix = "PT" if prefix == "PT" or smaller in ("H",) and letter == "D" else "P"
    if whole == 0:
        return f"{time_prefix}{rest}{smaller}"
    if time_prefix != prefix:
        return f"P{whole}{letter}T{rest}{smaller}"
    return f"{prefix}{whole}{letter}{rest}{smaller}"
