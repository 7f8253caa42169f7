"""Patterns and word lists the cleaner uses: the one place to tune what counts as boilerplate.

Every pattern here matches one *line* (or a line's prefix) of a draft body. They are written
for aggregator exports and wire copy in English; anything they miss stays in the body, which
is the safe failure (a stray line costs a little noise, a lost sentence costs a finding).
"""

from __future__ import annotations

import datetime as dt
import re

from wirecheck.header_times import MONTHS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- agencies and outlets -------------------------------------------------------------------

# Wire agencies as they are written, folded to lower case -> the name we store.
AGENCIES: dict[str, str] = {
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "thomson reuters foundation": "Reuters",
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "dpa": "dpa",
    "deutsche presse-agentur": "dpa",
    "ansa": "ANSA",
    "efe": "EFE",
    "xinhua": "Xinhua",
    "kyodo": "Kyodo",
    "yonhap": "Yonhap",
    "pti": "PTI",
    "upi": "UPI",
    "tass": "TASS",
    "anadolu": "Anadolu",
    "anadolu agency": "Anadolu",
    "bloomberg": "Bloomberg",
}

# Words that mark a name in a byline as an outlet rather than a person ("By Jane Roe, Daily
# Planet"). Deliberately news-specific: a person called "Post" is rarer than an outlet.
OUTLET_WORDS = _words(
    """daily times post news herald tribune journal gazette standard nation star guardian
    telegraph express mail observer chronicle monitor reporter press agency wire wires radio
    tv television network media online weekly courier sun independent review
    bulletin dispatch ledger record inquirer examiner sentinel globe mirror today desk
    service services bureau channel broadcasting broadcast info insider monthly magazine
    quarterly digest newswire echo clarion courant argus beacon advertiser register bugle
    messenger enquirer recorder voice mercury report"""
)

# Job titles after a byline name ("Jane Roe, East Africa correspondent"): not names, dropped.
ROLE_WORDS = _words(
    """correspondent correspondents reporter reporters writer editor editors staff contributor
    columnist analyst producer"""
)

# A desk of an outlet in a byline ("By Niamh Corrigan | Dublin Bureau"): not the outlet.
DESK_WORDS = frozenset(["bureau", "desk"])
# Words of a newsroom's sections, never of a bare byline's name ("HAVERLEIGH COURIER · City
# Hall" names the section).
BEAT_WORDS = _words(
    """hall city council politics business sport sports world local national news courts
    crime health science weather transport travel opinion culture arts money region regions
    metro education environment markets finance economy income"""
)

# Lower-case particles allowed inside personal names ("Ursula von der Leyen").
NAME_PARTICLES = _words("de del della der di da dos du la le van von bin binti al el y")

# "Newswire" and "Newsline" are two words to their initials: "Continental Newswire (CNW)".
CAMEL_WIRE = re.compile(r"\b(News)(wire|line|desk)\b", re.IGNORECASE)
# Small words that title case leaves in lower case ("No Pledges, Only Access for the Poor").
MINOR_WORDS = _words("a an and as at but by for from in into nor of on or per the to up via vs")

# --- lines and paragraphs -------------------------------------------------------------------

# How a paragraph that is a sentence ends; a line without it is a title, heading or label.
SENTENCE_END = re.compile(r"[.!?:;,…\"”’'»)\]]\s*$")
# A wire's initials before its headline: "(MPA) Cargo ship captain jailed for three years".
TITLE_TAG = re.compile(r"^\((?P<tag>[A-Z]{2,6})\)\s+(?=[A-Z\"“‘'])")
# (A headline may end in an initialism's stop: "... heart pills in the U.S.")
TITLE_BAD_END = re.compile(r"(?:(?<![A-Z]\.[A-Z])\.|[:;,…])\s*$")
INITIALISM_END = re.compile(r"\b(?:[A-Z]\.){2,}\s*$")

# Header lines sit in the first few non-blank lines of an export.
HEADER_ZONE = 8
# Titles, bylines, captions, credits and trailers are short; longer lines are body paragraphs
# and are not matched at all (which also keeps the patterns linear on giant lines).
MAX_LABEL_CHARS = 600
DATELINE_MAX_CHARS = 200
TITLE_MAX_WORDS = 25
KICKER_MAX_WORDS = 3
TAGLINE_MAX_WORDS = 8  # a masthead's tagline ("News and views from the locks")
HEADER_LINE_MAX_WORDS = 16
SENTENCE_MIN_WORDS = 7  # a header line ending in "." with fewer words is no sentence
TITLE_MAX_CHARS = 250
SUBHEADING_MAX_WORDS = 12
SUBHEADING_MAX_CHARS = 90

# --- headers --------------------------------------------------------------------------------

# " date 2024-11-02 NAIROBI (Reuters) — ..." : an aggregator's date prefix.
DATE_PREFIX = re.compile(
    r"^\s*date:?\s+(?P<date>\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?)\s*"
)

# "By Daily Planet (Politics) | Created at 2024-11-02 08:10:00 | Updated at ... 5 hours ago"
AGGREGATOR_BYLINE = re.compile(
    r"^\s*By\s+(?P<who>[^|]+?)\s*(?:\((?P<section>[^()|]+)\))?\s*"
    r"(?P<rest>\|\s*(?:Created|Published|Posted|Updated|Modified|Last updated)\b.*)$"
)
AGGREGATOR_FIELD = re.compile(
    r"^\s*(?P<label>Created|Published|(?:First|Originally) published|Posted|Filed|Updated|Modified"
    r"|Last updated|Last modified|Last edited)"
    r"(?:\s+(?:at|on))?\s*:?\s*(?P<value>.*)$",
    re.IGNORECASE,
)

# "By Jane Roe and John Doe", "By Jane Roe, Daily Planet", "By JANE ROE | Daily Planet".
PLAIN_BYLINE = re.compile(r"^\s*(?:By|BY):?\s+(?P<who>[A-Z][^.!?]{1,160}?)\s*$")
# A byline that names no one: "By a Coastline Times reporter", "By our correspondent".
UNNAMED_BYLINE = re.compile(
    r"^\s*By\s+(?:a|an|our)\s+(?:(?P<who>[A-Z][\w&'’. -]*?)\s+)?(?:staff\s+)?"
    r"(?:reporter|correspondent|writer|staffer)s?\s*$"
)

# Between the people and outlets of a byline: "A, B and C | Daily Planet".
BYLINE_SPLIT = re.compile(r"\s*[,|/;]\s*|\s+and\s+|\s*&\s*")

# "Published: 2 November 2024 08:10", "Updated Nov. 2, 2024, 7:03 p.m.", "Posted on 2024-11-02",
# "Last modified on Fri 12 Mar 2027 08.15 GMT".
META_LINE = re.compile(  # after a mark a page left from the time before it: "· Last modified"
    r"^\s*(?:[·•|]\s*)?(?P<label>Published|(?:First|Originally) published|Posted|Filed|Created"
    r"|Updated|Last updated|Modified|Last modified|Last edited|Date|Section|Source|URL|Link)"
    r"(?:\s+(?:at|on))?"
    r"\s*:?\s+(?P<value>\S.*?)\s*$",
    re.IGNORECASE,
)
# Fields set apart by a run of spaces or a tab, as text exports lay them out in one line:
# "Published: 2027-08-14T19:05:00Z   Last updated: 2027-08-14T21:30:00Z".
FIELD_GAP = re.compile(r"\s{3,}|\t")
PUBLISHED_LABELS = frozenset({"published", "first published", "posted", "filed", "created", "date"})
# ("Edited" alone is left out: "Edited by Jane Roe" credits an editor.)
UPDATED_LABELS = frozenset({"updated", "last updated", "modified", "last modified", "last edited"})
BARE_URL = re.compile(r"^\s*(?P<url>https?://\S+)\s*$")

# --- datelines ------------------------------------------------------------------------------

_DASH = r"(?:—|–|--|-|\u2012|\u2015)"
_MONTH_ABBR = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|"
    r"June|July|August|September|October|November|December)\.?"
)
_DATE_IN_DATELINE = rf"(?:,\s*{_MONTH_ABBR}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)"
# Python's re has no \p{Lu}: places start with any letter here, and the cleaner checks case
# with str.isupper(), so "PÜTÜRGE, Turkey" is a dateline and "Ruto — who ..." is not.
_LETTER = r"[^\W\d_]"
_COUNTRY = rf"(?:,\s+{_LETTER}[\w.'’-]+(?:\s+{_LETTER}[\w.'’-]+){{0,2}})"
# An all-capitals city, optionally ", Country" in any case: "NAIROBI", "UNITED NATIONS",
# "KYIV, Ukraine", "ST. LOUIS".
_CAPS_PLACE = rf"(?P<city>{_LETTER}[\w.'’-]+(?:\s+{_LETTER}[\w.'’-]+){{0,3}}){_COUNTRY}?"
# A place in ordinary case ("Le Pecq, France"): only trusted with an agency in parentheses.
_ANY_PLACE = rf"{_LETTER}[\w.'’-]*(?:\s+[\w.'’-]+){{0,3}}{_COUNTRY}?"
_AGENCY_PARENS = r"\((?P<agency>[A-Za-z][A-Za-z .&-]{0,40})\)"

DATELINE_WITH_AGENCY = re.compile(
    rf"^(?P<place>{_ANY_PLACE})(?P<date>{_DATE_IN_DATELINE})?\s*{_AGENCY_PARENS}\s*{_DASH}\s+"
)
# The date inside a dateline's ", Nov 2" or ", Nov. 4, 2024".
DATELINE_DAY = re.compile(r"(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:,?\s+(?P<year>\d{4}))?")
DATELINE_CAPS = re.compile(rf"^(?P<place>{_CAPS_PLACE})(?P<date>{_DATE_IN_DATELINE})?\s*{_DASH}\s+")
# "NEW DELHI: The ...", as South Asian wires write a dateline; never a label like "UPDATE:".
DATELINE_COLON = re.compile(rf"^(?P<place>{_CAPS_PLACE})(?P<date>):\s+(?=[A-Z\d\"“‘'])")
COLON_LABELS = frozenset(
    ["BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "LIVE", "OPINION", "ANALYSIS",
     "EDITORIAL", "PHOTOS", "VIDEO", "CORRECTION", "NOTE", "WARNING", "ALERT", "REVIEW"]
)  # fmt: skip

# --- captions and credits -------------------------------------------------------------------

# A photo credit in parentheses: "(Jane Roe/Pool Photo via AP)", "(AP Photo/Brian Inganga)",
# "(Photo by Jane Roe / AFP)", "(Getty Images)".
_CREDIT_PARENS = (
    r"\((?:[^()]*\b(?:Photo|Photos|Photograph|Getty|Images|Pool|Shutterstock)\b[^()]*"
    r"|[A-Z][\w.'’ -]{1,60}/\s*[A-Z][\w.'’ /-]{1,80})\)"
)
# Captions end with their credit ("... 2024. (AP Photo/Brian Otieno)", "... REUTERS/Idris Musa
# Photo: REUTERS/Idris Musa", "... in Varnholm. Credit: IMO organising committee"); a
# credit-like phrase inside a sentence is not enough.
CAPTION_MARKER = re.compile(
    r"(?:"
    + _CREDIT_PARENS
    + r"|\b(?:Photo(?:graph)?s?\s*:|Photo by\b|Credit\s*:|AP Photo/|REUTERS/|AFP/|EPA/|EPA-EFE/)"
    r"[^()]{0,80}?"
    r"|(?:via\s+)?Getty Images)\W*$"
    r"|^\s*FILE PHOTO\b|^\s*(?:Image|Picture) (?:caption|source)\b",
)
# A line that is nothing but a credit.
CREDIT_ONLY = re.compile(
    r"^\s*(?:(?:Photo|Photograph|Image|Picture|Credit|Photo credit)s?\s*:\s*\S.{0,80}"
    r"|\(?(?:Photo by\s+)?[A-Z][\w.'’ -]{1,40}/\s*[A-Z][\w.'’ /-]{1,60}\)?"
    r"|\(?(?:[\w.'’-]+\s+){0,4}(?:via\s+)?Getty Images\)?"
    r"|File photo)\s*$",
    re.IGNORECASE,
)

# --- contributor lines ----------------------------------------------------------------------

# Roles in "Reporting by A; Editing by B" lines. Reporters and writers are contributors;
# editors, photographers and graphic artists are credited for production, not for the report.
CONTRIBUTOR_ROLES = re.compile(
    r"^\s*(?:additional\s+|further\s+|with\s+)?(?:reporting|writing|compiled|reported)\s+by\s+(?P<names>.+)$",
    re.IGNORECASE,
)
CREDIT_ROLES = re.compile(
    r"^\s*(?:editing|edited|graphics?|photos?|photography|video|fact-checking|translated|"
    r"translation)\s+by\s+",
    re.IGNORECASE,
)
CONTRIBUTED = re.compile(
    r"^\s*(?:[-—–]\s*)?(?P<names>[A-Z].{0,200}?)\s+(?:also\s+)?contributed\b"
    r"(?:\s+(?:reporting|to\s+(?:this|the)\s+(?:report|story|article)|from\s+.+))*\s*\.?\s*$",
)
# A Canadian paper's credit at the foot of a story: "— With files from Alex Moreau" (a person
# contributed; "With files from Herald wire services" names no one and is a trailer).
WITH_FILES = re.compile(r"^\s*(?:[-—–]+\s*)?with\s+files\s+from\s+(?P<names>.+?)\.?\s*$", re.I)
CONTRIBUTING = re.compile(r"^\s*(?:Contributing|Contributors?)\s*:\s*(?P<names>.+?)\.?\s*$")
# Locations after a name: "Jane Roe in Mombasa", "John Doe from Kisumu".
NAME_LOCATION = re.compile(r"\s+(?:in|from|at)\s+.*$")
NAME_LIST_SPLIT = re.compile(r",?\s+and\s+|\s*&\s*|,\s*and\s+")
NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’.-]*|[A-Z]\.)$")

# --- trailers -------------------------------------------------------------------------------

TRAILER = re.compile(
    r"^\s*(?:"
    r"with\s+(?:[\w'’.-]+\s+){0,3}"
    r"(?:wires?|agencies|agency|wire services|files(?:\s+from\s+.+)?)\.?"
    r"|with\s+(?:reuters|ap|afp|agencies)\.?"
    r"|read (?:the )?(?:entire|full|whole|complete|original) (?:article|story)\b.*"
    r"|read more\b.*|continue reading\b.*|also read\b.*|related\s*:.*|more\s*:.*"
    r"|sign up\b.*|subscribe\b.*|follow (?:us|\w+) on\b.*|click here\b.*|share this\b.*"
    r"|©.*|\(c\)\s*\d{4}.*|copyright\s*(?:©|\(c\)|\d{4}).*|.*\ball rights reserved\b.*"
    # "(c) The Ashvale Courier 2026", "Copyright The Daily Ledger 2026. Do not reproduce.",
    # "The Courier is editorially independent. Copyright 2026."
    r"|(?:.*[.!]\s+)?(?:copyright|\(c\))\s+(?-i:(?:[A-Z][\w&'’.-]*\s+){0,6})(?:19|20)\d\d\b.*"
    r"|advertisement|sponsored|listen to (?:this )?(?:article|story)\b.*|\d+\s+min(?:ute)? read"
    r"|this (?:article|story) (?:was|has been) (?:first |originally )?"
    r"(?:published|updated|corrected|amended)\b.*|originally published\b.*"
    r")\s*$",
    re.IGNORECASE,
)

CAPTION_MAX_WORDS = 80


ARTICLES = frozenset(["the", "a", "an"])
# A line of separators alone, left where a page's fields were taken out ("Published ... ·
# Updated ..."): never body text.
SEPARATOR_ONLY = re.compile(r"^\s*[|·•/:–—-]+\s*$")
# A time's label alone, left where a page's <time> element was taken out ("Published"), or
# labels with at most a clock time each ("Updated , first published 6.30am").
_TIME_LABEL = (
    r"(?:first\s+|last\s+)?(?:published|posted|filed|updated|modified)(?:\s+on)?\s*:?"
    r"(?:\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?"
)
BARE_TIME_LABEL = re.compile(
    rf"^\s*[·•|]?\s*{_TIME_LABEL}(?:\s*[,;·•|]\s*{_TIME_LABEL})*\s*$",  # "· Updated"
    re.IGNORECASE,
)
# A first word that makes two capitalised words a region ("West Country", "North Coast"): a
# section or a place, never a person.
COMPASS_WORDS = _words(
    "north south east west northern southern eastern western central upper lower"
)


# --- small parsers over the patterns above ----------------------------------------------------


def is_title_case(text: str) -> bool:
    """Every word capitalised except small words after the first: "No Pledges, Only Access"."""
    words = [w.strip("\"“”‘’'()[],:;-—") for w in text.split()]
    words = [w for w in words if w and any(ch.isalpha() for ch in w)]
    if not words:
        return False
    return all(
        w[0].isupper() or w[0].isdigit() or (n and w in MINOR_WORDS) for n, w in enumerate(words)
    )


def dateline_date(text: str | None, published: str | None) -> str | None:
    """ISO date of a dateline's "Nov 2"; with no year given, the year nearest `published`."""
    match = DATELINE_DAY.search(text or "")
    month = MONTHS.get(match.group("mon").lower()) if match else None
    if match is None or month is None:
        return None
    day = int(match.group("day"))
    if match.group("year"):
        return _valid_date(int(match.group("year")), month, day)
    if not published:
        return None  # a bare "Nov 2" names no year we could trust
    try:
        ref = dt.date.fromisoformat(published[:10])
    except ValueError:
        return None
    near = [_valid_date(ref.year + k, month, day) for k in (-1, 0, 1)]
    dates = [dt.date.fromisoformat(d) for d in near if d]
    return min(dates, key=lambda d: abs(d - ref)).isoformat() if dates else None


def _valid_date(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
