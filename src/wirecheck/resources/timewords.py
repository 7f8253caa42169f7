"""Word lists and regex fragments for time expressions (data, not logic).

The fragments are plain regex source strings; `extract/timex_patterns.py` assembles them. Month
and weekday names are matched case-sensitively (`(?-i:...)`) so the verb "march", the modal
"may" and "sun" stay out; everything else is matched case-insensitively.
"""

from __future__ import annotations

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7, "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4,
    "fri": 5, "sat": 6, "sun": 7,
}  # fmt: skip

# TIMEX3 season codes.
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

# Parts of the day and their TIMEX3 suffixes.
DAY_PARTS = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "tonight": "NI", "midday": "MI", "noon": "MI", "dawn": "MO", "dusk": "EV",
}  # fmt: skip

# Calendar units: word -> (TIMEX3 duration letter, multiplier, is-time-unit).
UNITS = {
    "second": ("S", 1, True), "minute": ("M", 1, True), "hour": ("H", 1, True),
    "day": ("D", 1, False), "night": ("D", 1, False), "week": ("W", 1, False),
    "fortnight": ("W", 2, False), "weekend": ("WE", 1, False), "month": ("M", 1, False),
    "quarter": ("Q", 1, False), "year": ("Y", 1, False), "decade": ("Y", 10, False),
    "century": ("Y", 100, False), "centurie": ("Y", 100, False), "millennium": ("Y", 1000, False),
    "millennia": ("Y", 1000, False),
}  # fmt: skip

# Frequency adverbs (SET) -> TIMEX3 value.
FREQUENCIES = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y",
    "hourly": "PT1H", "biweekly": "P2W",
}  # fmt: skip

# Vague references: phrase (lower case) -> TIMEX3 value (a P... value makes it a DURATION:
# "in recent weeks" spans the weeks up to now). Only words that news annotators mark
# as times more often than not; "soon", "once", "already" and a bare "future" ("future
# contracts") are too often plain words.
VAGUE = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "at present": "PRESENT_REF", "at the moment": "PRESENT_REF", "the present": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "recent years": "PAST_REF", "recent months": "PXM", "recent weeks": "PXW",
    "recent days": "PXD", "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the coming years": "FUTURE_REF", "past years": "PAST_REF",
    "coming days": "FUTURE_REF", "coming weeks": "FUTURE_REF", "coming months": "FUTURE_REF",
    "coming quarters": "FUTURE_REF", "the weeks ahead": "PXW", "the months ahead": "PXM",
    "the years ahead": "PXY", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "then current": "PAST_REF", "then-current": "PAST_REF",
    "recent quarters": "PXM",
    "coming years": "FUTURE_REF",
}  # fmt: skip

# Fixed-date holidays (month, day); movable ones are computed in timex_calendar.
HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "halloween": (10, 31),
    "valentine's day": (2, 14), "independence day": (7, 4), "boxing day": (12, 26),
    "may day": (5, 1), "bastille day": (7, 14), "veterans day": (11, 11),
}  # fmt: skip

# Cues that put the event of a clause after the anchor: modal/future auxiliaries and verbs
# that govern a planned action ("plans to meet on Tuesday").
FUTURE_AUX = {"will", "wo", "'ll", "shall", "would", "'d", "may", "might", "should", "must",
              "can", "ca", "gon"}  # fmt: skip
FUTURE_GOVERNORS = {
    "plan", "expect", "schedule", "due", "set", "intend", "hope", "want", "aim", "seek",
    "go", "prepare", "promise", "vow", "threaten", "pledge", "agree", "decide", "likely",
    "poised", "about", "scheduled", "expected", "slate", "slated", "ready", "propose", "wish",
    "offer", "order", "call", "urge", "ask", "invite", "be",
}  # fmt: skip
# Verbs whose object date lies ahead even in the past tense ("set the vote for Tuesday").
FUTURE_VERBS = {"schedule", "postpone", "delay", "adjourn", "defer", "reschedule", "slate",
                "plan", "summon"}  # fmt: skip
# Past verbs that look ahead only through "for": "called for a strike on Tuesday".
FUTURE_FOR_VERBS = {"call", "ask", "push", "press", "set", "aim", "appeal", "schedule", "plan"}
# Verbs that move an event to a new date, which lies ahead: "moved the vote to Thursday",
# "extended the deadline until Monday" (but "rose 5% in the week to Friday" looks back).
RESCHEDULE_VERBS = FUTURE_VERBS | {"move", "push", "extend", "bring", "shift", "change", "set"}
# Prepositions that name the date something is moved to.
TARGET_PREPS = {"to", "until", "till"}
# Predicates of a timetable: "the report is due on Wednesday", "talks are slated for Monday".
SCHEDULE_PREDICATES = {"due", "slated", "scheduled", "timetabled"}

# --- regex fragments -------------------------------------------------------------------------
MONTH_RE = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER"
    r"|DECEMBER|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
    r"(?![a-zA-Z])"  # a whole word: not the "Mar" of "15 Marovian diplomats"
)
WEEKDAY_RE = (
    r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY"
    r"|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri)\.)"
)
DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR_RE = r"(?:1[6-9]\d\d|20\d\d)"
NUMBER_WORD_RE = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three"
    r"|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|a\s+hundred|one\s+hundred|a\s+dozen|a|an|half\s+an?|a\s+half|several|a\s+few|few"
    r"|a\s+couple\s+of|a\s+couple|couple\s+of|some|many)"
)
# "five and a half", "five-and-a-half"
_AND_A_HALF = r"(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half"
NUMBER_RE = rf"(?:\d+(?:\.\d+)?(?:\s+1/2)?|{NUMBER_WORD_RE}(?:{_AND_A_HALF})?)"
UNIT_RE = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|weekends?|months?"
    r"|quarters?|years?|decades?|century|centuries|millenni(?:um|a))"
)
PART_RE = r"(?:morning|afternoon|evening|night|overnight)"
SEASON_RE = r"(?:spring|summer|fall|autumn|winter)"
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    "final": 4, "last": 4,
}  # fmt: skip
ORDINAL_RE = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
APPROX_RE = (
    r"(?:about|around|nearly|almost|roughly|some|approximately|more\s+than|less\s+than"
    r"|fewer\s+than|over(?!\s+the\b)|under|up\s+to|at\s+least|at\s+most|just|only|barely"
    r"|well\s+over"
    r"|just\s+over|just\s+under|the\s+better\s+part\s+of)"
)
ZONE_RE = r"(?-i:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|EAT|WAT)"
