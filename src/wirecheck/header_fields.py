"""Header lines that pack several fields, as many outlets' text exports write them:

    THE PROVINCIAL LEDGER
    National | By Graham Whitlock | Thursday, August 12, 2027, 8:00 a.m. ET
    THE SUNDAY COURIER | World News
    Ruth Ashdown, Europe Correspondent
    20 June 2027, 07:30 BST
    ENN | Eire News Network
    DPS — Dominion Press Service
    Luc Mertens | Published 12/03/2027 07:15 | Updated 12/03/2027 09:40

A line is read only when every part of it is a field: a time (labelled or not), a byline, an
outlet's name or abbreviation, or a section name beside such fields. A line with any other part
stays in the body, so a short sentence in the header zone is never taken for metadata. The
cleaner (header_zone.py) calls `read_fields` for header-zone lines its own patterns did not read.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from wirecheck import cleanrules as R
from wirecheck import header_names as N
from wirecheck.header_labels import (
    BREADCRUMB,
    EVERY_SECTION,
    filed_under,
    section_label,
    trail_section,
)
from wirecheck.header_times import RELATIVE_AGE, parse_time

# A time with its update in brackets after it: "... 09:47 GMT (last updated ... 17:20 GMT)".
UPDATE_ASIDE = re.compile(
    r"^(?P<published>[^()]+?)\s*\((?:(?:last\s+)?(?:updated|modified)|last\s+edited):?\s+"
    r"(?P<updated>[^()]+)\)$",
    re.IGNORECASE,
)
# The time shown is the update, the first one in brackets: "Monday October 4 2027, 5.20pm
# (first published 11.45am)"
_FIRST_ASIDE = re.compile(
    r"^(?P<updated>[^()]+?)\s*\((?:first|originally)\s+published:?\s+(?:at\s+)?"
    r"(?P<published>[^()]+)\)$",
    re.IGNORECASE,
)
# Parts of a line of fields: "Outlet | Section", "Outlet :: Section", "date · time". A slash,
# a dash, a comma, a semicolon or a full stop parts a time from its update ("13 Mar 2027 19:05
# UTC / Updated 13 Mar 2027 22:40 UTC", "7:02am AEST - updated 9:48am AEST", "08:02 UTC,
# updated 11:30 UTC", "Filed ... UTC; updated ... UTC", "at 6.50 pm. Updated Sunday ...");
# elsewhere a slash joins ("Courts / World"). After a clock time or its zone a space will do
# ("2 March 2027, 13:10 Updated 2 March 2027, 18:25", as a page shows its two times).
_SLASH_UPDATE = (
    r"(?:\s+[/—–-]|[,;.]|(?<=\d)|(?<=[A-Z]{3}))\s+"
    r"(?=(?:[Ll]ast\s+)?(?:[Uu]pdated|[Mm]odified)\b|[Ll]ast\s+edited\b)"
)
UPDATE_PART = re.compile(_SLASH_UPDATE)
# Marks that part a line of fields, however long ("Outlet · World · 20 Apr 2027 14:22 UTC ·
# Updated 20 Apr 2027 17:05 UTC" has more words than a header line usually has).
FIELD_MARKS = re.compile(r"[|·•]")
_PARTS = re.compile(
    rf"\s*(?:{FIELD_MARKS.pattern}|::)\s*|\s+[—–-]\s+|{_SLASH_UPDATE}|{R.FIELD_GAP.pattern}"
)
_PARTED = re.compile(rf"{FIELD_MARKS.pattern}|::|{_SLASH_UPDATE}")  # a line of several fields
# "09:30 IST" after a date part: the clock time of that date.
_CLOCK_PART = re.compile(
    r"^\d{1,2}[:.]\d{2}\s*(?:[apAP]\.?[mM]\.?)?(?:\s+(?:[A-Z]{2,5}|\([A-Z]{2,5}\)))?$"
)
# "Author: X", "Written by X", "Words by X", "Reporting by X; editing by Y".
AUTHOR_LABEL = re.compile(
    r"^(?:authors?|writers?|written by|words by|words|reporting by|reported by|posted by"
    r"|story by)\s*:?\s+(?P<who>[^;]+)",
    re.IGNORECASE,
)
# A byline dated in the same words: "Posted by Dean Harker on 21/09/2027 at 07:15".
_BYLINE_DATED = re.compile(r"^(?P<byline>.+?)\s+on\s+(?P<when>\S*\d.*)$")
_TIME_THEN_BYLINE = re.compile(
    r"^(?:posted|published)\s+(?:on\s+)?(?P<when>(?:[A-Za-z]+[.,]?\s+){0,2}\S*\d.*?)"
    r"\s+(?P<byline>by\s+[A-Z].*)$",
    re.I,
)
# "DPS — Dominion Press Service", "CNI - Channel Nord Info": an abbreviation and its outlet.
_ABBREVIATED = re.compile(r"^(?P<abbr>[A-Z]{2,6})\s*(?:—|–|-|:)\s*(?P<name>.+)$")
_ABBREVIATION = re.compile(r"^[A-Z]{2,6}$")
# "BNA Benelux News Agency": the abbreviation written before the outlet's name.
_ABBREVIATION_FIRST = re.compile(r"^[A-Z]{2,6}\s+(?=[A-Z][a-z])")
# "National Press Bureau (NPB)": the outlet's initials after its name.
_ABBREVIATION_AFTER = re.compile(r"\s+\([A-Z]{2,6}\)$")
_BRACKETED_SECTION = re.compile(r"^(?P<outlet>[^()]+?)\s+\((?P<label>[^()]+)\)$")
_SLASHED = re.compile(r"\S\s+/\s+\S")  # "World / UK", a label of two parts
_DIGIT = re.compile(r"\d")
_OFFSET = re.compile(r"(?:Z|[+-]\d{2}:\d{2})$")
_DOTTED_CLOCK = re.compile(r"^(\d{1,2})\.(\d{2})(?!\d)")  # "11.20am", "09.30 GMT"
_BRAND = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")  # "AeroWeek", "CivicPulse"
_NAMING_WORDS = R.OUTLET_WORDS - {"news"}  # "news" names sections too ("Local News")
# "Civic Ledger / National", "Northern Dispatch, News": an outlet's name and its section.
_NAME_THEN_LABEL = re.compile(r"^(?P<outlet>[^/,]+?)(?:\s+/|,)\s+(?P<label>[^/,]+)$")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A section label of up to four words; its first may be dotted initials ("U.S. News").
_SECTION = re.compile(
    r"^(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][A-Za-z&'’/-]*)(?:\s+[A-Za-z&][A-Za-z&'’/-]*){0,3}$"
)  # "Asia-Pacific"
_MAX_OUTLET_WORDS = 6
_SENTENCE_LABEL_WORDS = 3  # "News analysis", "Opinion and comment"
_MAX_CHARS = 160
_MAX_TIME_WORDS = 8


@dataclass
class Fields:
    """What one header line says."""

    source: str | None = None
    section: str | None = None
    byline: list[str] = field(default_factory=list)
    published: str | None = None
    updated: str | None = None
    # A byline read from a bare name beside other fields, with no "By" or "Author:" before it
    # ("Luc Mertens | Published ..."): a guess that a labelled byline below overrides.
    guessed: str | None = None


def read_fields(line: str, day: str | None = None) -> Fields | None:
    """The fields of a header line, or None when any part of it is not a field. `day`, the
    time published on an earlier line, dates an update given as a clock time alone."""
    aggregated = R.AGGREGATOR_BYLINE.match(line)
    if aggregated and _outlet(aggregated["who"]):
        return None  # "By Outlet (Section) | Created at ...": an aggregator's line, read as such
    found = _read_fields(line, day)
    if found is None and " / " in line and not FIELD_MARKS.search(line):
        # "Meridian Press / Asia-Pacific / Wed Dec 9, 2026 9:20am GMT": fields parted by
        # slashes, taken as such only when they name the outlet and the time ("Markets /
        # Energy" alone is one section label)
        slashed = _read_fields(line.replace(" / ", " | "), day)
        if slashed is not None and slashed.source and slashed.published:
            return slashed
    return found


def _read_fields(line: str, day: str | None = None) -> Fields | None:
    text = line.strip()
    if not text or len(text) > _MAX_CHARS:
        return None
    # one time said whole ("Sunday, August 22, 2027 - 10:15 AM"), not fields parted by "|"
    parted = _PARTED.search(text) or R.FIELD_GAP.search(text)
    single = not parted and len(text.split()) <= _MAX_TIME_WORDS
    first_aside = _FIRST_ASIDE.match(text)
    if first_aside:
        updated = parse_time(first_aside["updated"])
        published = on_published_day(first_aside["published"], updated)
        if published and updated:
            return Fields(published=published, updated=updated)
    updated_aside = UPDATE_ASIDE.match(text)
    if updated_aside:
        # "Thu 4 Mar 2027 09:47 GMT (last updated 4 Mar 2027 17:20 GMT)"
        published = parse_time(updated_aside["published"])
        updated = parse_time(updated_aside["updated"]) or on_published_day(
            updated_aside["updated"], published
        )  # "Tuesday 9 March 2027, 6.05pm (updated 8.20pm)"
        if published and updated:
            return Fields(published=published, updated=updated)
    whole = parse_time(text) if single and _YEAR.search(text) else None
    if whole and _updated_label(text):
        return Fields(updated=whole)  # "Updated 14:05 GMT, 2 March 2027"
    if whole:
        return Fields(published=whole)  # "Sunday, August 22, 2027 - 10:15 AM"
    trail = BREADCRUMB.split(text)
    crumbs = trail_section(trail[1:]) if len(trail) > 2 else None
    if crumbs and _outlet(trail[0]):
        return Fields(source=_outlet(trail[0]), section=crumbs)  # "Outlet > Business > Retail"
    if len(trail) == 2 and (headed := _outlet_over_section(*trail)):
        return headed  # "AeroWeek » Safety"
    named = _NAME_THEN_LABEL.match(text)
    label = section_label(named["label"]) if named else None  # "U.S. News" too
    if named and label and _outlet(named["outlet"]):
        return Fields(source=_outlet(named["outlet"]), section=label)
    abbreviated = _ABBREVIATED.match(text)
    outlet = _outlet(abbreviated.group("name")) if abbreviated else None
    if outlet:
        return Fields(source=outlet)
    parts = [p for p in _PARTS.split(text) if p]
    found = Fields()
    loose: list[str] = []
    for part in parts:
        if not _read_part(part, found, len(parts), day):
            loose.append(part)
    if not _any_field(found) or _only_a_bare_name(found, parts):
        return None
    for part in loose:
        crumbs = trail_section(BREADCRUMB.split(part))
        if crumbs:  # "Outlet | News > Business"
            found.section = found.section or crumbs
            continue
        slashed = section_label(part) if _SLASHED.search(part) else None
        if slashed:  # "Outlet | World / UK | time": one label, as section_label reads it
            found.section = found.section or slashed
            continue
        if not _SECTION.match(part) or not _label_case(part, found):
            return None
        # "National", "World News": named beside the other fields; of a trail of labels
        # ("Local | Health") the first, the widest, is the section
        found.section = found.section or part
    return found


def _outlet_over_section(head: str, label: str) -> Fields | None:
    """An outlet and one section ("AeroWeek » Safety", "Harbour Ledger > Retail"). The head is
    a brand written as one word with inner capitals, or an outlet's name by a word other than
    "news": "Local News > Larkfield" and "News > Health" are trails of sections."""
    if section_label(label) is None or label.lower() in EVERY_SECTION:
        return None
    if _BRAND.fullmatch(head):
        return Fields(source=head, section=label)
    outlet = _outlet(head)
    words = {w.lower().strip(".,") for w in head.split()}
    return Fields(source=outlet, section=label) if outlet and words & _NAMING_WORDS else None


def _updated_label(text: str) -> bool:
    labelled = R.AGGREGATOR_FIELD.match(text)
    return bool(labelled and labelled["label"].lower() in R.UPDATED_LABELS)


def is_clock(text: str) -> bool:
    """A clock time alone ("16:45 GMT", "5:48 PM"): a time with no day of its own."""
    return bool(_CLOCK_PART.match(text.strip()))


def on_published_day(clock: str, published: str | None) -> str | None:
    """An update given as a clock time alone ("| Updated 14:05 GMT") on the day published; a
    clock without its zone ("| Updated 1:15pm") is in the zone of the time published."""
    if not published or not is_clock(clock):
        return None
    day = dt.date.fromisoformat(published[:10])
    when = parse_time(f"{day.day} {day:%B} {day.year} {clock.strip()}")
    offset = _OFFSET.search(published) if "T" in published else None
    if when and offset and not _OFFSET.search(when):
        return when + offset.group()
    return when


def _label_case(part: str, found: Fields) -> bool:
    """A section's casing: title case, or a short label in sentence case beside the outlet's
    name or a time ("Building Safety Journal | News analysis", "UK news | Sun 21 Mar 2027")."""
    if R.is_title_case(part):
        return True
    beside = found.source or found.published or found.updated
    return beside is not None and len(part.split()) <= _SENTENCE_LABEL_WORDS


def _read_part(part: str, found: Fields, count: int, day: str | None = None) -> bool:
    """Fill `found` from one part; False when the part is none of the known fields."""
    if (
        _dated_byline(part, found, count)
        or _filed_under(part, found)
        or _part_with_update(part, found)
        or _labelled_time(part, found, day)
        or (count > 1 and _clock_of_date(part, found))
        or _time_part(part, found, count)
    ):
        return True
    names = _byline(part, count)
    if names:
        if not found.byline and names == [part.strip()] and not _byline_label(part):
            found.guessed = names[0]
        found.byline = found.byline or names
        return True
    if _ABBREVIATION.match(part) and count > 1 and not _beat(part):
        return True  # "ENN | Eire News Network": the name beside says who it is ("SPORT" is no
        # abbreviation but a section: "THE EVENING LEDGER - SPORT")
    outlet = _outlet(part)
    if outlet and found.source is None:
        found.source = outlet
        return True
    return _outlet_with_section(part, found)


def _outlet_with_section(part: str, found: Fields) -> bool:
    """ "Northern Ledger (Regional)": an outlet's name with its section in brackets (initials
    in brackets, "(NPB)", are the outlet's own and `_outlet` reads them)."""
    bracketed = _BRACKETED_SECTION.match(part.strip())
    if bracketed is None or found.source is not None:
        return False
    outlet, label = _outlet(bracketed["outlet"]), section_label(bracketed["label"])
    if not outlet or not label or _ABBREVIATION.match(label):
        return False
    found.source, found.section = outlet, found.section or label
    return True


def _labelled_time(part: str, found: Fields, day: str | None) -> bool:
    """ "Published 12/03/2027 07:15", "Updated 14:05 GMT" (on `day`), "Updated an hour ago"."""
    labelled = R.AGGREGATOR_FIELD.match(part)
    if labelled and RELATIVE_AGE.fullmatch(labelled["value"].strip()):
        return True  # "Updated an hour ago": a header field, its time unknown
    if not labelled or not _DIGIT.search(labelled["value"]):
        return False
    # an ambiguous date ("12/03/2027") is still a header field, only one we cannot read
    when = parse_time(labelled["value"])
    if labelled["label"].lower() in R.UPDATED_LABELS:
        when = when or on_published_day(labelled["value"], found.published or day)
        found.updated = found.updated or when
    else:
        found.published = found.published or when
    return True


def _clock_of_date(part: str, found: Fields) -> bool:
    """ "Fri 21.05.2027 - 09:30": the clock time of the date part before it, the update's when
    that came last ("Posted 16.09.2027 - 22:05 | Updated 17.09.2027 - 08:10")."""
    if not is_clock(part):
        return False
    clock = _DOTTED_CLOCK.sub(r"\1:\2", part)  # "11.05 ET" after "2027-03-10"
    if found.updated and "T" not in found.updated:
        found.updated = parse_time(f"{found.updated} {clock}") or found.updated
    elif found.published and "T" not in found.published:
        found.published = parse_time(f"{found.published} {clock}") or found.published
    return True


def _time_part(part: str, found: Fields, count: int) -> bool:
    """A time without a label: "Sun 21 Mar 2027 07.30 GMT", "16.06.2027" beside other fields."""
    dated = _YEAR.search(part) or count > 1 and _DIGIT.search(part)
    when = parse_time(part) if dated and len(part.split()) <= _MAX_TIME_WORDS else None
    if when:
        found.published = found.published or when
    return bool(when)


def _filed_under(part: str, found: Fields) -> bool:
    label = filed_under(part)
    if label:
        found.section = found.section or label
    return bool(label)


def _part_with_update(part: str, found: Fields) -> bool:
    """ "16 June 2027 09:20 (updated 13:45)": a time with its update in brackets, one part of
    a longer line ("Outlet — World — ...")."""
    aside = UPDATE_ASIDE.match(part)
    published = parse_time(aside["published"]) if aside else None
    if aside is None or published is None:
        return False
    updated = parse_time(aside["updated"]) or on_published_day(aside["updated"], published)
    found.published = found.published or published
    found.updated = found.updated or updated
    return True


def _dated_byline(part: str, found: Fields, count: int) -> bool:
    """ "Posted by Dean Harker on 21/09/2027 at 07:15", "Posted on 2 March 2027 at 08:05 by Sam
    Whitlock": a byline and the time published."""
    dated = _TIME_THEN_BYLINE.match(part) or _BYLINE_DATED.match(part)
    when = parse_time(dated["when"]) if dated else None
    byline = re.sub(r"^by\b", "By", dated["byline"], flags=re.I) if dated else ""
    if not (dated and when and _byline_label(byline)):
        return False
    found.byline = found.byline or _byline(byline, count)
    found.published = found.published or when
    return True


def _byline(part: str, count: int) -> list[str]:
    """'By Graham Whitlock', 'Ruth Ashdown, Europe Correspondent', or a bare name beside
    other fields ('Luc Mertens | Published ...')."""
    plain = _byline_label(part)
    if plain:
        who = plain.group("who").strip()
        name, comma, role = who.partition(",")
        if comma and _names_role(role):
            who = name  # "By Aoife Brennan, Western Correspondent"
        return N.split_names(who)
    name, comma, role = part.partition(",")
    if comma and N.is_person_name(name.strip()):
        return [name.strip()] if _names_role(role) else []
    bare = part.strip()
    if count < 2 or not N.is_person_name(bare) or _outlet(bare) or _beat(bare):
        return []
    return [bare]


def _beat(text: str) -> bool:
    return bool({w.lower() for w in text.split()} & R.BEAT_WORDS)


def _names_role(text: str) -> bool:
    """Whether words after a name give a job ("Europe Correspondent", "Staff Writers")."""
    return bool({w.lower().strip(".") for w in text.split()} & R.ROLE_WORDS)


def _outlet(part: str) -> str | None:
    """An outlet's name: a wire agency, or a few words one of which names a kind of outlet
    ("Herald", "News", "Ledger"); capitals only become title case."""
    text = _ABBREVIATION_AFTER.sub("", _ABBREVIATION_FIRST.sub("", part.strip()))
    words = text.split()
    if not words or len(words) > _MAX_OUTLET_WORDS:
        return None
    agency = N.agency_name(text)
    if agency:
        return agency
    if not {w.lower().strip(".,") for w in words} & R.OUTLET_WORDS:
        return None
    if len(words) == 1:
        return None  # "News | Drought": a section named by the word alone, no outlet's name
    return N.outlet_cased(text)


def _only_a_bare_name(found: Fields, parts: list[str]) -> bool:
    """Labels alone, one of them two capitalised words ("Europe | Air Quality"): sections, not a
    byline; a bare name is a byline beside a time or an outlet, or with its label or role."""
    if found.source or found.published or found.updated:
        return False
    return not any(_byline_label(p) or "," in p for p in parts)


def _byline_label(part: str) -> re.Match[str] | None:
    """ "By X", "Author: X": a byline by its label, its names in the group "who"."""
    return R.PLAIN_BYLINE.match(part) or AUTHOR_LABEL.match(part)


def _any_field(found: Fields) -> bool:
    return bool(found.source or found.byline or found.published or found.updated)
