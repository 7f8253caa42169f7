"""The time-expression patterns: one named regex per construction, assembled from resources.

Each pattern's kind names the resolver in `timex_resolve.py` that turns a match into a TIMEX3
type and value. Matching is leftmost-longest across all patterns (see `times.candidates`), so
a pattern only has to describe its own construction, not compete with the others.
"""

from __future__ import annotations

import re

from wirecheck.resources.timewords import (
    APPROX_RE,
    DAY_RE,
    FREQUENCIES,
    HOLIDAYS,
    MONTH_RE,
    NUMBER_RE,
    ORDINAL_RE,
    PART_RE,
    SEASON_RE,
    UNIT_RE,
    VAGUE,
    WEEKDAY_RE,
    YEAR_RE,
    ZONE_RE,
)

_YEAR_END = r"(?![\d,.]\d|\s*(?:%|percent\b))"
_WD = rf"(?P<wd>{WEEKDAY_RE})"
# The rest of a run of weekdays: "(Monday) to Saturday", "(Mondays) through Fridays".
_SPAN_END = rf"s?\s*(?:to|through|thru|-|–)\s*(?P<wd_end>{WEEKDAY_RE})s?\b"
_WD_ALONE = rf"{_WD}(?!{_SPAN_END})"  # a weekday that opens no run of weekdays
_MON = rf"(?P<mon>{MONTH_RE})"
_Y = rf"(?P<y>{YEAR_RE}){_YEAR_END}"
_REL = r"(?P<rel>last|this|next|past|coming|previous|current|following|upcoming|prior)"
_EDGE = r"(?:(?P<edge>early|late|mid|earlier|later)[- ](?:in\s+)?)"
_PART = rf"(?P<part>{PART_RE})"
_HOLIDAY = "|".join(sorted((re.escape(h) for h in HOLIDAYS), key=len, reverse=True))
_VAGUE = "|".join(sorted((re.escape(v) for v in VAGUE), key=len, reverse=True))
_FREQ = "|".join(FREQUENCIES)
_CLOCK = (
    r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<min>[0-5]\d))?\s*(?P<ampm>[ap]\.\s?m\.?|[ap]m\b)"
    rf"(?:\s+{ZONE_RE})?"
)
_DAY_WORD = r"(?P<rd>yesterday|today|tomorrow|tonight)"
# Just after "at", or "at about", a colon clock is a time of day ("happened at about 8:10").
_AT_CLOCK = (
    r"(?:(?<=\bat\s)|(?<=\bat\sabout\s)|(?<=\bat\saround\s)|(?<=\bat\sroughly\s)"
    r"|(?<=\bat\sapproximately\s))"
)
_TENS_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four"
    r"|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine)"
)
_SPELLED_Y = rf"(?P<sy>nineteen[\s-]+(?:hundred\s+(?:and\s+)?)?{_TENS_WORD})"

PATTERNS: list[tuple[str, str]] = [
    ("iso_date", r"\b(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    # a race or record time: "crossing the line in 2:09:21", "clocked 1:04:50 at halfway";
    # one-digit hours only, so "14:05:30" stays a clock time
    (
        "elapsed",
        r"(?<![\d:.])(?P<h>\d):(?P<min>[0-5]\d):(?P<sec>[0-5]\d)(?![\d:]|\s*[ap]\.?m\b)",
    ),
    ("slash_date", r"\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d{2})\b"),
    ("md_date", rf"(?:{_WD},?\s+)?{_MON}\s+(?P<d>{DAY_RE})\b(?:,?\s+{_Y})?"),
    ("dm_date", rf"(?:{_WD},?\s+)?(?:the\s+)?(?P<d>{DAY_RE})\s+(?:of\s+)?{_MON}(?:,?\s+{_Y})?"),
    ("month_year", rf"{_MON},?\s+(?:of\s+)?{_Y}"),
    ("month_year", rf"{_MON},?\s+(?:of\s+)?{_SPELLED_Y}\b"),
    ("season", rf"(?:the\s+)?(?P<season>{SEASON_RE})\s+of\s+{_SPELLED_Y}\b"),
    ("every_month", rf"\b(?:every|each)\s+{_MON}"),
    ("month_rel", rf"{_MON}\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b"),
    ("month", rf"(?:{_REL}\s+)?\b{_MON}(?!\w|'(?!s\b))"),
    # "on Monday and Tuesday nights": the plural night makes both weekdays a set
    ("weekday_set", rf"{_WD}(?=\s+(?:and|or)\s+{WEEKDAY_RE}s?\s+(?P<part>{PART_RE})s\b)"),
    # "Monday to Saturday", "Mondays through Fridays": a weekly schedule (`weekday_span`)
    ("weekday_span", rf"{_WD}{_SPAN_END}"),
    # "on Tuesday next week", "Friday of last week": the weekday of the named week
    ("weekday_of_week", rf"{_WD}\s+(?:of\s+)?(?P<wk>next|this|last)\s+week\b"),
    (
        "weekday",
        rf"(?:(?:the\s+)?{_REL}\s+)?(?:(?P<edge>early|late)\s+)?"
        rf"(?:(?P<pre>overnight)\s+)?\b{_WD}(?:\s+{_PART}(?!s))?",
    ),
    ("weekday_set", rf"(?:every|each)\s+{_WD}(?:\s+{_PART})?\b"),
    ("weekday_set", rf"{_WD}s?(?:\s+{_PART}s)\b"),
    ("weekday_set", rf"{_WD}s\b"),
    (
        "clock",
        rf"{_CLOCK}(?:,?\s+(?:on\s+)?(?:{_WD_ALONE}|{_DAY_WORD}|(?P<cmon>{MONTH_RE})\s+"
        rf"(?P<cd>{DAY_RE})\b))?",
    ),
    # 24-hour clocks need a zone or "hours" to tell them from other numbers: "0735 GMT"
    ("clock_24", r"(?P<h>[01]\d|2[0-3]):?(?P<min>[0-5]\d)\s*(?:(?-i:GMT|UTC)|hours|hrs)\b"),
    ("clock_24", r"(?P<h>[01]?\d|2[0-3])[:.](?P<min>[0-5]\d)\s*(?:(?-i:GMT|UTC|[ECMP][SD]T)|h)\b"),
    # "landed at 14:05 local time", "the blast happened at 06:40": a colon clock after "at"
    # or before "local time" is a time of day
    ("clock_24", r"(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)\s+local\s+time\b"),
    (
        "clock_24",
        rf"{_AT_CLOCK}(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)\b(?!\s*[ap]\.?m\b)"
        rf"(?:,?\s+(?:on\s+)?(?:{_WD_ALONE}|{_DAY_WORD}))?",  # "at 01:30 on Friday"
    ),
    (
        "clock_word",
        rf"(?P<word>noon|midnight|midday)(?:,?\s+(?:on\s+)?(?:{_WD_ALONE}|{_DAY_WORD}))?",
    ),
    (
        "clock_part",
        r"(?P<h>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
        r"|twelve)\s+(?:o'clock\s+)?in\s+the\s+(?P<part>morning|afternoon|evening)",
    ),
    ("day_word", rf"(?:(?P<edge>early|late)\s+)?{_DAY_WORD}(?<!today(?='s))(?:'s)?(?:\s+{_PART})?"),
    (
        "mid_part",
        r"mid[- ]?(?P<part>morning|afternoon|day)(?:\s+(?P<rd>yesterday|today|tomorrow))?",
    ),
    ("day_part", rf"(?P<rd>this|last|tomorrow|yesterday)\s+{_PART}"),
    (
        "rel_period",
        rf"(?:{_EDGE})?(?:the\s+)?{_REL}\s+(?P<unit>week|weekend|month|year|decade"
        r"|century|fiscal\s+year|school\s+year)\b(?![- ]old|-long)",
    ),
    ("the_period", r"\bthe\s+(?P<unit>week|weekend|month|year|fiscal\s+year)\b(?![- ]old)"),
    # "three days later" is left to the duration: annotators mark the length, not the date
    (
        "offset",
        rf"(?:{APPROX_RE}\s+)?(?P<n>{NUMBER_RE})[\s-]+(?P<unit>{UNIT_RE})\s+"
        r"(?:or\s+so\s+)?(?P<dir>ago|earlier|from\s+now|hence|back|previously)\b",
    ),
    # "the last eight weeks" but "expected to last eight weeks": "last" needs its determiner
    (
        "duration",
        rf"(?:{APPROX_RE}\s+)?(?:(?:the|these|those|its|their|his|her)\s+(?:(?:last"
        r"|latest|whole|entire|full|same|other|remaining)\s+)?|(?:a|an|another)\s+)?"
        r"(?:(?P<lead>past|next|first|previous|coming|following|final|initial|year-earlier|year-ago"
        r"|additional|extra|further)\s+)?(?P<n>"
        rf"{NUMBER_RE})(?:\s+(?:more|full|straight|consecutive|additional|extra))?"
        rf"\s+(?P<unit>{UNIT_RE})\b(?P<half>\s+and\s+a\s+half)?(?!-|\s+old\b)",
    ),
    # "a five-and-a-half-year contract": the hyphenated half joins the number to its unit
    (
        "duration",
        rf"(?P<n>{NUMBER_RE})(?P<half>-and-a-half)?-(?P<unit>{UNIT_RE})\b(?:-long)?(?!-old)",
    ),
    (
        "bare_units",
        r"\b(?:for|in|over|within|after|took|take|takes)\s+(?P<core>(?P<unit>years"
        r"|months|weeks|days|decades|hours|minutes))\b(?!\s+(?:ago|of|earlier|later"
        r"|old))",
    ),
    (
        "the_units",
        r"\bthe\s+(?:(?:first|early|final|closing)\s+)?(?P<unit>hours|days|weeks"
        r"|months|years|decades)\b(?!\s+(?:ago|of|before|after|when|since|that|to)\b)",
    ),
    ("year", rf"(?:(?P<fiscal>fiscal(?:\s+year)?)\s+)?(?:the\s+year\s+)?(?<![$\d.,])\b{_Y}\b"),
    ("decade", r"(?:the\s+)?(?:(?P<edge>early|mid|late)[- ])?(?P<dec>(?:1[6-9]|20)\d0|'\d0)'?s\b"),
    (
        "decade_word",
        r"\bthe\s+(?:(?P<edge>early|mid|late)[- ])?(?P<decw>twenties|thirties|forties"
        r"|fifties|sixties|seventies|eighties|nineties)\b",
    ),
    (
        "spelled_year",
        r"(?:the\s+year\s+)?(?P<sy>nineteen[\s-]+(?:hundred\s+(?:and\s+)?)?"
        rf"{_TENS_WORD}|two\s+thousand(?:\s+(?:and\s+)?{_TENS_WORD})?)\b",
    ),
    (
        "year_adj",
        r"(?:the\s+)?(?P<adj>year-earlier|year-ago|year-end|year\s+end|year's\s+end"
        r"|full\s+year)\b",
    ),
    (
        "century",
        r"(?:the\s+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|this|last|next|(?:twenty-)?first"
        r"|second|nineteenth|twentieth|twenty-first)\s+century\b(?!-old)",
    ),
    (
        "season",
        rf"(?:(?:the\s+)?(?P<rel>this\s+past|last|this|next|past|coming|early|late|mid)[- ])?"
        rf"(?:the\s+)?(?P<season>{SEASON_RE})\b(?:\s+(?:of\s+)?{_Y})?",
    ),
    (
        "quarter",
        rf"(?:the\s+)?(?:(?P<poss>this\s+year's|last\s+year's|next\s+year's"
        r"|year-earlier|year-ago)\s+)?"
        rf"(?:(?:fiscal|calendar)\s+)?(?P<ord>{ORDINAL_RE})[- ](?:fiscal\s+)?quarter\b"
        rf"(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?{_Y}|(?P<yrel>last|this|next)\s+year))?",
    ),
    (
        "quarter_rel",
        r"(?:the\s+|last\s+year's\s+)?(?P<rel>(?:(?:latest|current|year-earlier|year-ago|previous"
        r"|same|past|last|this|next|recent|prior|preceding|comparable|most\s+recent"
        r"|fiscal|just-ended|just\s+ended|that)[- ]?)*)"
        r"quarter\b(?!-point|-to-|\s+(?:point|of\s+a|of\s+an|of\s+the|mile|final|century"
        r"|million|billion|percent))(?P<ago>\s+a\s+year\s+(?:ago|earlier))?",
    ),
    (
        "year_period",
        rf"the\s+{_Y}\s+(?:(?P<ord>{ORDINAL_RE})[- ])?(?:fiscal\s+)?(?:quarter"
        r"|period)\b",
    ),
    (
        "period",
        r"(?:the\s+)?(?P<rel>year-earlier|year-ago|latest|same|comparable|prior-year"
        r"|corresponding)\s+period\b(?P<ago>\s+(?:last\s+year|a\s+year\s+(?:ago|earlier)))?",
    ),
    (
        "half",
        rf"(?:the\s+)?(?P<ord>first|second|last)\s+half(?:\s+of\s+(?:{_Y}|(?P<yrel>this|next"
        r"|last)\s+year|the\s+year))?\b",
    ),
    (
        "narrative",
        r"(?:the\s+)?(?:(?P<rel>previous|next|following|same|prior|preceding)\s+"
        r"|(?P<that>that|that\s+same)\s+|(?P<edge>earlier|later)\s+that\s+)"
        r"(?P<unit>day|morning|afternoon|evening|night|week|weekend|month|year)\b",
    ),
    (
        "day_before",
        r"the\s+(?P<unit>day|night|week|month|year)\s+(?P<dir>before|after)"
        r"(?=\s*(?:[.,;:!?)]|''|\"|$))",
    ),
    (
        "holiday",
        rf"(?:(?P<rel>last|this|next)\s+)?\b(?P<hol>{_HOLIDAY}|thanksgiving(?:\s+day)?"
        rf"|easter(?:\s+sunday|\s+monday)?|good\s+friday|election\s+day)\b(?:\s+{_Y})?",
    ),
    ("vague", rf"\b(?P<vague>{_VAGUE})\b"),
    ("in_week", r"(?P<edge>earlier|later)\s+in\s+the\s+(?P<unit>week|month|year)\b"),
    ("frequency", rf"\b(?P<freq>{_FREQ})\b"),
    (
        "every",
        r"\b(?:every|each)\s+(?:other\s+)?(?P<n>\d+|two|three|four|five|six)?\s*"
        r"(?P<unit>second|minute|hour|day|night|week|month|quarter|year|morning"
        r"|evening|weekend|decade|spring|summer|fall|autumn|winter)s?\b",
    ),
]

COMPILED: list[tuple[str, re.Pattern[str]]] = [
    (kind, re.compile(rf"(?<!\w){source}", re.IGNORECASE)) for kind, source in PATTERNS
]

# Modifiers that widen a found expression without changing its value (TIMEX3 `mod`).
EDGE_BEFORE = re.compile(
    r"(?:\b(?:early|late|mid)[- ]|\bthe\s+(?:end|beginning|start|middle|close|turn|first\s+half"
    r"|second\s+half|rest|remainder|first\s+days?|last\s+days?|first\s+weeks?|last\s+weeks?)"
    r"\s+of\s+)$",
    re.IGNORECASE,
)
APPROX_BEFORE = re.compile(rf"\b{APPROX_RE}\s+$", re.IGNORECASE)
JOIN_DAY = re.compile(r"^,?\s+(?:on\s+)?$", re.IGNORECASE)

# Words of which a pattern's every match holds at least one, in lower case: `times.candidates`
# runs a pattern only on a text that holds one of them (a substring test costs a tenth of a
# regex scan). Listed only for kinds where each match must spell one of the words literally.
NEEDLES: dict[str, tuple[str, ...]] = {
    "iso_date": ("-",),
    "elapsed": (":",),
    "slash_date": ("/",),
    "season": ("spring", "summer", "fall", "autumn", "winter"),
    "every_month": ("every", "each"),
    "clock_word": ("noon", "midnight", "midday"),
    "clock_part": ("morning", "afternoon", "evening"),
    "day_word": ("yesterday", "today", "tomorrow", "tonight"),
    "mid_part": ("mid",),
    "day_part": ("morning", "afternoon", "evening", "night"),
    "offset": ("ago", "earlier", "from", "hence", "back", "previously"),
    "decade": ("0s", "0's"),
    "decade_word": ("ties",),
    "spelled_year": ("nineteen", "thousand"),
    "year_adj": ("year",),
    "century": ("century",),
    "quarter": ("quarter",),
    "quarter_rel": ("quarter",),
    "year_period": ("quarter", "period"),
    "period": ("period",),
    "half": ("half",),
    "day_before": ("before", "after"),
    "holiday": (*HOLIDAYS, "thanksgiving", "easter", "good", "election"),
    "in_week": ("earlier", "later"),
    "frequency": tuple(FREQUENCIES),
    "every": ("every", "each"),
}
