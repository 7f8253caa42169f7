"""The header zone of a draft: the title, the outlet and its section, bylines, labelled times
and lines of packed fields among the first lines.

`clean` reads the header zone first (`read_header_zone`), then the body's own lines and the
dateline (header_dateline); the state both share is `Body` and `Said` (header_state);
mastheads are read by header_masthead, section labels by header_labels. Container hints
(HTML meta, feed fields) are merged with `Said` by the cleaner, which lets the more precise
time win.
"""

from __future__ import annotations

import re

from wirecheck import cleanrules as R
from wirecheck import header_names as N
from wirecheck.header_dateline import dateline, is_kicker
from wirecheck.header_fields import (
    AUTHOR_LABEL,
    FIELD_MARKS,
    UPDATE_ASIDE,
    UPDATE_PART,
    is_clock,
    on_published_day,
    read_fields,
)
from wirecheck.header_labels import section_label, section_over_area
from wirecheck.header_masthead import WIRE_SLUG, is_motto, masthead_name, read_masthead
from wirecheck.header_state import Body, Said, fold, more_precise
from wirecheck.header_times import parse_time

# A section label of two parts: "Sport - Sailing", "Heritage · Aldermoor", "Local / Weather".
_LABEL_PARTS = re.compile(r"\s[-–·/|]\s")
CONTRIBUTOR_LABEL = re.compile(r"(?:reporting|reported) by\b", re.IGNORECASE)
# "Title: SkyServe stands firm ...": a headline under its label, as some text exports print it.
_TITLE_LABEL = re.compile(r"^\s*(?:title|headline)\s*:\s*(?=\S)", re.IGNORECASE)
# Fields parted by dashes: "MERIDIAN WIRE — Asia-Pacific — 27 January 2027 18:40 AEDT".
_DASHED = re.compile(r"\s[—–]\s")
# A time's "a.m." or "p.m." at the end of a line: no sentence's full stop.
_AMPM_END = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
# "Meridian Press staff", "Courier staff writers": an outlet's staff, not a person.
_STAFF = re.compile(r"\s+staff(?:\s+(?:writers?|reporters?))?$", re.IGNORECASE)


# --- headers --------------------------------------------------------------------------------


def read_header_zone(body: Body, said: Said, hint_title: str | None) -> None:
    """Title, date prefixes, bylines and labelled meta lines among the first lines."""
    zone = _read_mastheads(body, said, body.kept_indices()[: R.HEADER_ZONE], hint_title)
    if said.source and len(zone) > 1 and _section_over(body, zone, hint_title):
        line = body.lines[zone[0]]
        label = section_label(line) or section_over_area(line)  # "Environment", then the title
        if label:
            said.section = said.section or label
            body.drop(zone[0], "header")
            zone = zone[1:]
    if len(zone) > 1 and _fields_above_title(body, zone, hint_title):
        _read_fields(body.lines[zone[0]], said)  # "Outlet | Section | By A | date", then the title
        body.drop(zone[0], "header")
        zone = zone[1:]
    tagged = R.TITLE_TAG.match(body.lines[zone[0]]) if zone else None
    if tagged:  # "(MPA) Cargo ship captain jailed ...": a wire's tag on its headline
        body.cut_prefix(zone[0], tagged.end())
    if zone and _is_title(body, zone[0], hint_title):
        said.title = _title_text(body.lines[zone[0]])
        body.drop(zone[0], "header")
        zone = zone[1:]
    packed = True  # lines of packed fields come before the first line of body text
    for i in zone:
        packed = packed and not _body_like(body.lines[i])
        if packed and said.title is None and _title_under_fields(body, i, hint_title):
            said.title = _title_text(body.lines[i])
            body.drop(i, "header")
        elif packed and said.title is None and _section_over_title(body, i, hint_title):
            said.section = said.section or section_label(body.lines[i])
            body.drop(i, "header")
        else:
            _read_header_line(body, said, i, packed)


def _read_mastheads(body: Body, said: Said, zone: list[int], hint: str | None) -> list[int]:
    """Read the masthead lines above the title; the zone's lines under them."""
    while len(zone) > 1 and read_masthead(body.lines[zone[0]], said, body.lines[zone[1]]):
        body.drop(zone[0], "header")  # "SHANNONSIDE NEWS AGENCY", "NATIONAL" above the title
        zone = zone[1:]
        below = body.lines[zone[0]] if zone else ""
        if said.source and len(zone) > 1 and is_motto(below) and not section_label(below):
            body.drop(zone[0], "header")  # "Shetland's news since 1962" under the name
            zone = zone[1:]
    named = masthead_name(body.lines[zone[0]]) if len(zone) > 2 and not said.source else None
    if named and section_label(body.lines[zone[1]]) and _is_title(body, zone[2], hint):
        # "The Wessex Mercury", then "Environment", then the title: a name by its place alone,
        # with no outlet's word ("Herald", "News") to tell it
        said.source = named
        body.drop(zone[0], "header")
        zone = zone[1:]
    return zone


def _title_text(line: str) -> str:
    """The headline without the label a text export may print before it ("Title: ...")."""
    labelled = _TITLE_LABEL.match(line)
    return line[labelled.end() :].strip() if labelled else line.strip()


def _title_under_fields(body: Body, i: int, hint: str | None) -> bool:
    """A headline printed under the outlet's header lines ("Northshore Observer — Regional",
    "Author: ...", "Posted ...", then the title): a header line was read above it, and it is
    more than a kicker ("Ontario" over a dateline)."""
    line = body.lines[i]
    if not any(j in body.kinds for j in range(i)) or is_kicker(line) or _is_header_like(line):
        return False
    return _is_title(body, i, hint)


def _section_over_title(body: Body, i: int, hint: str | None) -> bool:
    """A section label between the header lines and the title ("EASTBROOK DAILY SIGNAL", the
    time line, "Local News", then the title)."""
    if i + 1 >= len(body.lines) or not any(j in body.kinds for j in range(i)):
        return False
    return bool(section_label(body.lines[i])) and _title_under_fields(body, i + 1, hint)


def _section_over(body: Body, zone: list[int], hint: str | None) -> bool:
    """Whether the line under the outlet's name is its section: a title follows, or a header
    line follows a label of two parts ("Sport - Sailing", then "Author: ...") or a short label
    with a title soon after."""
    line = body.lines[zone[0]]
    if section_over_area(line):
        return True
    if _is_title(body, zone[1], hint):
        return True
    if not _is_header_like(body.lines[zone[1]]):
        return False
    if _LABEL_PARTS.search(line):
        return True
    # "Cities & Regions", then the time line, then the title
    if not is_kicker(line) or _is_header_like(line):
        return False
    if any(_is_title(body, i, hint) for i in zone[2:4]):
        return True
    # "Latin America", then a byline and two time lines, then the title
    after = next((i for i in zone[2:] if not _is_header_like(body.lines[i])), None)
    return after is not None and _is_title(body, after, hint)


def _fields_above_title(body: Body, zone: list[int], hint: str | None) -> bool:
    """A first line of several fields that names the outlet, with the title under it."""
    if _is_title(body, zone[0], hint):
        return False
    found = read_fields(body.lines[zone[0]])
    return found is not None and bool(found.source) and _is_title(body, zone[1], hint)


def _read_header_line(body: Body, said: Said, i: int, packed: bool) -> None:
    line = body.lines[i]
    prefix = R.DATE_PREFIX.match(line)
    if prefix:
        said.published = more_precise(said.published, parse_time(prefix.group("date")))
        body.cut_prefix(i, prefix.end())
    elif packed and WIRE_SLUG.match(line):
        body.drop(i, "header")  # "US-WEATHER-CRASH/ (UPDATE 2)": the wire's own filing code
    elif len(line) > R.MAX_LABEL_CHARS:
        if packed and _read_fields(line, said):
            body.drop(i, "header")  # "OUTLET — World — 27 Jan 2027 18:40 AEDT (updated 21:15)"
    elif read_byline(line, said) or _read_meta(line, said) or (packed and _read_fields(line, said)):
        body.drop(i, "header")
    elif packed and said.title and not said.section and _section_under_title(body, i):
        said.section = section_label(line)
        body.drop(i, "header")
    elif packed and _name_over_time(body, i):
        said.byline = said.byline or [line.strip()]
        body.drop(i, "header")


def _section_under_title(body: Body, i: int) -> bool:
    """A section label right under the title, over a header line."""
    above = body.lines[i - 1].strip() if i else ""
    after = body.lines[i + 1] if i + 1 < len(body.lines) else ""
    return (
        body.kinds.get(i - 1) == "header"
        and bool(above)
        and _is_header_like(after)
        and bool(section_label(body.lines[i]))
    )


def _body_like(line: str) -> bool:
    """A long line, or a dateline with its sentence: the body has begun."""
    text = line.strip()
    parted = FIELD_MARKS.search(text) or UPDATE_PART.search(text) or _DASHED.search(text)
    if parted and read_fields(text) is not None:
        # "Outlet | World | 16 Feb 2026 14:20 GMT | Updated 16 Feb 2026 17:05 GMT", "First
        # published Tuesday 9 May 2028 at 7.50 am. Updated Tuesday 9 May 2028 at 11.05 am"
        return False
    words = len(text.split())
    opened = dateline(text)
    rest = text[opened[3] :] if opened else ""
    if words > R.HEADER_LINE_MAX_WORDS or len(rest.split()) > 4 and not parse_time(rest):
        return True  # "EAST AFRICA WIRE — 13 May 2027, 19:40 EAT" is no dateline
    # a sentence; fields parted by "|" and a time alone ("Wednesday, March 10, 2027 - 9:12
    # p.m.") may end in "a.m." and are no sentence; a short question may be a headline ("Roarke
    # out: where do United go from here?")
    sentence = words >= R.SENTENCE_MIN_WORDS and text[-1:] in ".!" and "|" not in text
    sentence = sentence and not R.INITIALISM_END.search(text)  # "... pills in the U.S."
    return sentence and not (_AMPM_END.search(text) and parse_time(text))


def _is_title(body: Body, i: int, hint: str | None) -> bool:
    """A short first line without a final period, set apart by a blank line or a header."""
    line = _title_text(body.lines[i])
    if hint is not None and fold(line) != fold(hint):
        return False  # the container knows the title; do not guess at body lines
    if not line or len(line) > R.TITLE_MAX_CHARS or len(line.split()) > R.TITLE_MAX_WORDS:
        return False
    if R.TITLE_BAD_END.search(line):
        return False
    if not line[0].isupper() and not line[0].isdigit() and line[0] not in "\"“‘'":
        return False
    if _is_header_like(line) or R.TRAILER.match(line) or R.CAPTION_MARKER.search(line):
        return False
    following = body.lines[i + 1] if i + 1 < len(body.lines) else ""
    if not following.strip() or _is_header_like(following) or _name_over_time(body, i + 1):
        return True
    # "Business / Economy" under the title, then "Author: ...": the section between them
    after = body.lines[i + 2] if i + 2 < len(body.lines) else ""
    return bool(section_label(following)) and _is_header_like(after)


def _name_over_time(body: Body, i: int) -> bool:
    """A bare name over a time line ("Jens Ekholm", then "Tuesday 13 July 2027 06.30 CEST"):
    the byline, as some outlets' text exports print it."""
    if i + 1 >= len(body.lines):
        return False
    name, below = body.lines[i].strip(), body.lines[i + 1].strip()
    return N.is_person_name(name) and parse_time(below) is not None


def _read_fields(line: str, said: Said) -> bool:
    """A line of several header fields ("National | By A | date"; see header_fields)."""
    found = read_fields(line, said.published)
    if found is None:
        return False
    said.source = said.source or found.source
    said.section = said.section or found.section
    if not said.byline and found.guessed:
        said.guessed_byline = found.guessed
    said.byline = said.byline or found.byline
    said.published = more_precise(said.published, found.published)
    said.updated = said.updated or found.updated
    return True


def _is_header_like(line: str) -> bool:
    """Date prefix, byline, meta line or dateline (a dry run: nothing is recorded)."""
    if R.DATE_PREFIX.match(line) or dateline(line) is not None:
        return True
    if len(line) > R.MAX_LABEL_CHARS:
        return False
    return read_byline(line, Said()) or _read_meta(line, Said()) or read_fields(line) is not None


def read_byline(line: str, said: Said) -> bool:
    """Aggregator or ordinary byline -> source, section, times or author names."""
    match = R.AGGREGATOR_BYLINE.match(line)
    if match:
        _read_aggregator_byline(match, said)
        return True
    unnamed = R.UNNAMED_BYLINE.match(line)
    if unnamed:  # "By a Coastline Times reporter": the outlet's, and no one's name
        said.source = said.source or unnamed["who"]
        return True
    # "By X" or "Author: X": "Author: Meridian Press staff" names the outlet as "By" would
    match = R.PLAIN_BYLINE.match(line) or _author_alone(line)
    if not match:
        return False
    parts = _byline_parts(match.group("who"))
    if parts is None:
        return False
    names, outlets, agencies = parts
    said.take_byline(names)
    if outlets and said.source:
        # "Author: Pan-Continental Press" under the Harrowgate Courier's masthead: the wire
        # whose copy the outlet runs
        agencies = agencies or [a for a in [N.copied_wire(outlets[0], said.source)] if a]
    said.source = said.source or (outlets[0] if outlets else None)
    said.agency = said.agency or (agencies[0] if agencies else None)
    return True


def _author_alone(line: str) -> re.Match[str] | None:
    """ "Author: X" with no other field beside it ("Written by X | News" is read as fields);
    "Reporting by X; Editing by Y" is a contributor line, read with the body's."""
    if FIELD_MARKS.search(line) or CONTRIBUTOR_LABEL.match(line.strip()):
        return None
    return AUTHOR_LABEL.match(line.strip())


def _read_aggregator_byline(match: re.Match[str], said: Said) -> None:
    names, who = N.authors_and_outlet(match.group("who"))
    agency = N.agency_name(who)
    if not names and not match.group("section") and _writer_under_outlet(who, said):
        names = [who]  # "PACIFIC CREST TRIBUNE" above "By Elena Marsh | Published ..."
    said.take_byline(names)
    said.source = said.source or agency or who
    said.agency = said.agency or agency
    said.section = said.section or _strip_or_none(match.group("section"))
    for part in match.group("rest").split("|"):
        labelled = R.AGGREGATOR_FIELD.match(part)
        if labelled:
            _set_time(said, labelled.group("label"), labelled.group("value"))


def _writer_under_outlet(who: str, said: Said) -> bool:
    """A person's name after "By" once a masthead named the outlet: the writer. Aggregator
    exports put the outlet there ("By Danube Herald | Created at ..."), so a name with an
    outlet's word, an agency or the masthead's own name stays the outlet."""
    words = {w.lower() for w in who.split()}
    outlet = words & R.OUTLET_WORDS or N.agency_name(who) or fold(who) == fold(said.source)
    return bool(said.source) and N.is_person_name(who) and not outlet


def _byline_parts(who: str) -> tuple[list[str], list[str], list[str]] | None:
    """Split a byline into (people, outlets, agencies); None when a part is none of these. A
    byline of roles alone ("Author: APS staff", "By Staff Reporter") names nobody, yet is one."""
    names: list[str] = []
    outlets: list[str] = []
    agencies: list[str] = []
    roles = False
    for part in R.BYLINE_SPLIT.split(who.strip()):
        part = R.NAME_LOCATION.sub("", part.strip())
        staff = _STAFF.search(part)
        if staff and _outlet_part(part[: staff.start()]):
            outlets.append(part[: staff.start()])  # "By Meridian Press staff": the outlet's
            continue
        words = {w.lower().strip(".") for w in part.split()}
        if not part or words & R.ROLE_WORDS or words & R.DESK_WORDS:
            roles = roles or bool(part)
            continue  # "Western Correspondent", "Dublin Bureau": a role, an outlet's desk
        agency = N.agency_name(part)
        if agency:
            agencies.append(agency)
        elif words & R.OUTLET_WORDS:
            outlets.append(part)
        elif N.is_person_name(part):
            names.append(part)
        else:
            return None
    return (names, outlets, agencies) if names or outlets or agencies or roles else None


def _outlet_part(part: str) -> bool:
    words = {w.lower().strip(".") for w in part.split()}
    return bool(N.agency_name(part)) or bool(words & R.OUTLET_WORDS)


def _read_meta(line: str, said: Said) -> bool:
    """`Published: ...`, `Section: ...`, `URL: ...` and bare URL lines."""
    bare = R.BARE_URL.match(line)
    if bare:
        said.url = said.url or bare.group("url")
        return True
    match = R.META_LINE.match(line)
    if not match:
        return False
    label, value = match.group("label").lower(), match.group("value")
    if label in ("url", "link"):
        if not value.startswith("http"):
            return False
        said.url = said.url or value.split()[0]
        return True
    if label in ("section", "source"):
        return _read_name_field(said, label, value)
    if (
        FIELD_MARKS.search(value)
        or R.FIELD_GAP.search(value)
        or UPDATE_PART.search(value)
        or UPDATE_ASIDE.match(value)
    ):
        # "Published: ... | Last updated: ...", "Posted ... GMT, updated at 12:15pm GMT",
        # "Posted 03/12/2026 07:50 (updated 03/12/2026 10:20)": fields, each read by its own label
        return False
    return _set_time(said, label, value)


def _read_name_field(said: Said, label: str, value: str) -> bool:
    if len(value.split()) > 6 or R.SENTENCE_END.search(value):
        return False
    if label == "section":
        said.section = said.section or value
    else:
        said.source = said.source or N.agency_name(value) or value
    return True


def _set_time(said: Said, label: str, value: str) -> bool:
    """Store a labelled time; relative ages ("5 hours ago") are not times and give nothing."""
    updated = label.lower() in R.UPDATED_LABELS
    when = parse_time(value)
    if when is None and updated:
        when = on_published_day(value, said.published)  # "| Last updated 5:48 PM"
    if when is None:
        # "· Updated 16:45 GMT" before any date: a header line still, its day unknown here
        return updated and is_clock(value)
    if updated:
        said.updated = said.updated or when
    else:
        said.published = more_precise(said.published, when)
    return True


def _strip_or_none(value: str | None) -> str | None:
    return value.strip() or None if value else None
