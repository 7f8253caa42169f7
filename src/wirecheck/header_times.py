"""Times as headers write them: "2024-11-02 08:10", "Nov. 2, 2024 7:03 p.m. EST", "2 November
2024, 08:10 BST", "Fri 21.05.2027 - 09:30", "Posted: 25 May 2027 | 14:05". Split out of
cleanrules.py; the cleaner, `header_fields` and the HTML reader import `parse_time` from here.

A header value starts with its time (after at most a weekday); a sentence that mentions a date
somewhere is not a header value. Dates in figures are read day first, as most of the world
writes them, and month first only where the second number cannot be a month. A zone
abbreviation with one meaning (BST, CEST, EAT, EDT, ...) becomes its offset; the North
American "ET", "CT", "MT" and "PT", which leave summer time unsaid, take their zone's offset on
that date ("March 2, 2027 2:10 p.m. ET" is -05:00, an August morning -04:00); ambiguous ones
(IST, CST) are left out.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

# "N hours ago", "a day ago", "just now": ages relative to when a page was scraped, not times.
RELATIVE_AGE = re.compile(
    r"\b(?:(?:\d+|an?|one|two|few)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|"
    r"months?|years?)\s+ago|just now|yesterday|today)\b",
    re.IGNORECASE,
)

# --- times ----------------------------------------------------------------------------------

# Zone abbreviations with one meaning -> UTC offset.
ZONES = {
    "WET": "+00:00", "WEST": "+01:00", "BST": "+01:00", "CET": "+01:00", "CEST": "+02:00",
    "EET": "+02:00", "EEST": "+03:00", "MSK": "+03:00", "WAT": "+01:00", "CAT": "+02:00",
    "EAT": "+03:00", "SAST": "+02:00", "PKT": "+05:00", "HKT": "+08:00", "SGT": "+08:00",
    "MYT": "+08:00", "PHT": "+08:00", "AWST": "+08:00", "WIB": "+07:00", "ACST": "+09:30",
    "ACDT": "+10:30",
    "JST": "+09:00", "KST": "+09:00", "AEST": "+10:00", "AEDT": "+11:00", "NZST": "+12:00",
    "NZDT": "+13:00", "EST": "-05:00", "EDT": "-04:00", "CDT": "-05:00", "MST": "-07:00",
    "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00",
    # Latin America: none of these keeps summer time or shares its letters with another zone
    "COT": "-05:00", "PET": "-05:00", "ART": "-03:00", "BRT": "-03:00",
    # China's standard time shares the letters, but English-language news means the American
    # zone by them: every outlet of our corpora that wrote "CST" was in the US Midwest or Texas
    "CST": "-06:00",
    # Atlantic Canada, Newfoundland, Alaska and Hawaii; "AST" is Arabia's standard time too,
    # but as with "CST", the outlets of our corpora that wrote it meant Halifax
    "AST": "-04:00", "ADT": "-03:00", "NST": "-03:30", "NDT": "-02:30", "AKST": "-09:00",
    "AKDT": "-08:00", "HST": "-10:00",
}  # fmt: skip
# Generic North American zones: the offset depends on the date.
REGIONAL_ZONES = {
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
    "PT": "America/Los_Angeles", "AT": "America/Halifax",
}  # fmt: skip
# Zones whose writers put the month first in a slashed date.
_NORTH_AMERICAN = {"EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", *REGIONAL_ZONES}
_ZONE_NAMES = sorted([*ZONES, *REGIONAL_ZONES], key=len, reverse=True)
_NAMED_ZONE = "|".join(_ZONE_NAMES)
# An offset or a zone's name may stand in brackets: "20/05/2027 10:15 (+08:00)", "08:30 (EET)".
_ZONE = (
    r"(?:\((?:UTC|GMT|[+-]\d{2}:?\d{2}|(?:UTC|GMT)[+-]\d{1,2}(?::\d{2})?|"  # "(UTC+8)"
    + _NAMED_ZONE
    + r")\)"
    r"|(?:Z|(?:UTC|GMT)[+-]\d{1,2}(?::\d{2})?|UTC|GMT|[+-]\d{2}:?\d{2}|" + _NAMED_ZONE + r")\b)"
)
# Between a date and its clock time: ", ", " at ", " - ", " | ", " · ", " / ".
_CLOCK_JOIN = r"(?:,?\s+(?:at\s+)?|\s*[-–—|·/]\s*)"

ISO_TIME = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})(?:[ T](?P<time>\d{1,2}:\d{2}(?::\d{2})?)"
    r"(?:\s*(?P<ampm>[AaPp]\.?[Mm]\b\.?))?"  # "2027-09-19 11:05 PM"
    rf"(?:\s*(?P<zone>{_ZONE}))?)?"
)
# A header value starts with its time, after at most a weekday ("Wednesday, Nov. 6, 2024").
TIME_MAX_OFFSET = 12
MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}
# "22h15" as French and other outlets write the hour
_CLOCK = (
    r"(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})(?::(?P<second>\d{2}))?\s*(?P<ampm>[apAP]\.?[mM]\.?)?"
)
# A clock time before the date it belongs to, after at most a label word.
CLOCK_FIRST = re.compile(rf"^(?:[A-Za-z]+:?\s+)?{_CLOCK}(?:\s*(?P<zone>{_ZONE}))?,?\s+")
# "Nov. 2, 2024 7:03 p.m." and "2 November 2024, 08:10"; a day may be an ordinal ("2nd July
# 2027", "July 2nd, 2027").
_ORDINAL = r"(?:st|nd|rd|th)?"
WORDY_TIME = re.compile(
    rf"(?:(?P<mon1>[A-Za-z]{{3,9}})\.?\s+(?P<day1>\d{{1,2}}){_ORDINAL},?\s+(?P<year1>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?(?P<mon2>[A-Za-z]{{3,9}})\.?,?\s+(?P<year2>\d{{4}}))"
    rf"(?:{_CLOCK_JOIN}{_CLOCK})?"
    rf"(?:\s*(?P<zone>{_ZONE}))?"
)

# "11.03.2027 12:40", "25/03/2027", "20-05-2027 18:42": day first, as most of the world writes
# dates in figures; month first where the second number cannot be a month ("03/25/2027", US
# style) or where a North American zone follows ("06/11/2027 07:30 PDT" is June 11).
# A dotted date may give its year in two figures ("23.07.26", days and months in two figures as
# well), never a slashed one, whose first figures are as often the month ("07/23/26").
NUMERIC_TIME = re.compile(
    rf"(?P<lead>\d{{1,2}})(?P<sep>[./-])(?P<next>\d{{1,2}})(?P=sep)"
    r"(?P<year>\d{4}|(?<=\d\d\.\d\d\.)\d{2}(?![\d.:]))"
    r"(?:(?<=\d)\.(?=\s))?"  # "8.10.2026. 09:47": a date closed by its dot, as Croatian writes it
    rf"(?:{_CLOCK_JOIN}{_CLOCK})?"
    rf"(?:\s*(?P<zone>{_ZONE}))?"
)


def parse_time(text: str) -> str | None:
    """ISO 8601 from a header value, as precise as written; None for ages like "5 hours ago"."""
    text = RELATIVE_AGE.sub(" ", text).strip()
    first = CLOCK_FIRST.match(text)  # "Published 14:20 GMT, 14 September 2027"
    if first:
        day = _date_time(text[first.end() :])
        if day and "T" not in day:
            return _iso(day, _clock(first), first.group("zone"))
    return _date_time(text)


def _date_time(text: str) -> str | None:
    match = ISO_TIME.search(text)
    if match and match.start() <= TIME_MAX_OFFSET:
        return _iso(match.group("date"), _twelve_hour(match), match.group("zone"))
    match = WORDY_TIME.search(text)
    if match is not None and match.start() <= TIME_MAX_OFFSET:
        return _wordy_iso(match)
    numeric = NUMERIC_TIME.search(text)
    if numeric is None or numeric.start() > TIME_MAX_OFFSET:
        return None  # a sentence that mentions a date somewhere is not a header value
    return _numeric_iso(numeric)


def _numeric_iso(match: re.Match[str]) -> str | None:
    first, second = int(match.group("lead")), int(match.group("next"))
    zone = (match.group("zone") or "").upper()
    month_first = second > 12 or zone in _NORTH_AMERICAN
    day, month = (second, first) if match.group("sep") == "/" and month_first else (first, second)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    clock = _clock(match)
    year = int(match.group("year"))
    year += 2000 if year < 100 else 0  # "23.07.26": this century's
    return _iso(f"{year:04d}-{month:02d}-{day:02d}", clock, match.group("zone"))


def _wordy_iso(match: re.Match[str]) -> str | None:
    month = MONTHS.get((match.group("mon1") or match.group("mon2") or "").lower())
    day = int(match.group("day1") or match.group("day2"))
    year = int(match.group("year1") or match.group("year2"))
    if month is None or not 1 <= day <= 31:
        return None
    clock = _clock(match)
    return _iso(f"{year:04d}-{month:02d}-{day:02d}", clock, match.group("zone"))


def _clock(match: re.Match[str]) -> str | None:
    if not match.group("hour"):
        return None
    clock = f"{_hour24(match.group('hour'), match.group('ampm')):02d}:{match.group('minute')}"
    return clock + f":{match.group('second')}" if match.group("second") else clock


def _twelve_hour(match: re.Match[str]) -> str | None:
    """An ISO date's clock time, read on a 12-hour clock where "a.m." or "p.m." follows."""
    clock, ampm = match.group("time"), match.group("ampm")
    if not clock or not ampm:
        return clock
    hour, _, rest = clock.partition(":")
    return f"{_hour24(hour, ampm):02d}:{rest}"


def _hour24(hour: str, ampm: str | None) -> int:
    """The hour on a 24-hour clock; "12 a.m." is 0, "12 p.m." 12."""
    if not ampm:
        return int(hour)
    return int(hour) % 12 + (12 if ampm.lower().startswith("p") else 0)


def _iso(date: str, clock: str | None, zone: str | None) -> str:
    if not clock:
        return date
    hour, _, rest = clock.partition(":")
    value = f"{date}T{int(hour):02d}:{rest}"
    zone = zone.strip("()").upper() if zone else None
    if zone in REGIONAL_ZONES:
        return _regional(value, REGIONAL_ZONES[zone])
    if zone:
        zone = _offset_after_name(zone)
        zone = ZONES.get(zone, zone)
        if zone in ("Z", "UTC", "GMT"):
            return value + "Z"
        sign, digits = zone[0], zone[1:].replace(":", "")
        return f"{value}{sign}{digits[:2]}:{digits[2:]}"
    return value


def _offset_after_name(zone: str) -> str:
    """ "UTC+8" -> "+08:00", "GMT-3:30" -> "-03:30"; any other zone as it is."""
    if len(zone) <= 3 or zone[:3] not in ("UTC", "GMT"):
        return zone
    hours, _, minutes = zone[4:].partition(":")
    return f"{zone[3]}{int(hours):02d}:{minutes or '00'}"


def _regional(value: str, zone: str) -> str:
    """A local date-time with the offset its zone had then; as written if it is no real time."""
    try:
        moment = dt.datetime.fromisoformat(value).replace(tzinfo=ZoneInfo(zone))
    except ValueError:
        return value
    return moment.isoformat(timespec="seconds" if value.count(":") > 1 else "minutes")
