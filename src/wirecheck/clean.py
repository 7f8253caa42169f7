"""Draft -> Article: the verbatim body, the lines taken out of it, and what they told us.

The cleaner works line by line on every reader's drafts. Lines it recognises (titles, date
prefixes, bylines, datelines, captions, credits, sub-headings, contributor lines, trailers)
leave the body and go to `removed` and to metadata; every other line stays exactly as written.
Paragraphs are the runs of kept lines between blank or removed lines, so each paragraph of
`text` is a substring of the draft body and offsets map back to the source.

Decisions worth knowing:
- Contributors are the people credited with *reporting or writing* ("Reporting by",
  "Additional reporting by", "X contributed to this report"); editors, photographers and
  graphic artists are production credits and only appear in `removed`.
- In an aggregator line `By OUTLET (SECTION) | Created at ...` the name after "By" is the
  outlet, as those exports write it; in an ordinary byline it is a person unless it looks like
  an outlet or agency.
- Metadata hints from the container (HTML meta, feed and JSONL fields) win over the text,
  except times, where the more precise value wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wirecheck import cleanrules as R
from wirecheck.header_fields import on_published_day, read_fields, section_label
from wirecheck.header_times import parse_time
from wirecheck.model import Article, Removed, article_id
from wirecheck.readers.base import Draft

# Below this many characters the language identifier guesses; trust the hint or English.
_MIN_LANGID_CHARS = 40
# A section label of two parts: "Sport - Sailing", "Heritage · Aldermoor", "Local / Weather".
_LABEL_PARTS = re.compile(r"\s[-–·/|]\s")
# The opening of a long text tells its language as well as the whole does, much faster.
_LANGID_SAMPLE = 5000
# Marks that part a line of fields, however long ("Outlet · World · 20 Apr 2027 14:22 UTC ·
# Updated 20 Apr 2027 17:05 UTC" has more words than a header line usually has).
_FIELD_MARKS = re.compile(r"[|·•]")
# "Meridian Press staff", "Courier staff writers": an outlet's staff, not a person.
_STAFF = re.compile(r"\s+staff(?:\s+(?:writers?|reporters?))?$", re.IGNORECASE)


@dataclass
class _Said:
    """What the text itself says about the article."""

    title: str | None = None
    source: str | None = None
    agency: str | None = None
    section: str | None = None
    dateline: str | None = None
    dateline_when: str | None = None  # ", Nov 2" as written; dated once `published` is known
    dateline_tag: str | None = None  # "(MPA)": the agency as the dateline writes it
    published: str | None = None
    updated: str | None = None
    url: str | None = None
    byline: list[str] = field(default_factory=list)
    contributors: list[str] = field(default_factory=list)


@dataclass
class _Body:
    """The draft's lines as the cleaner works on them."""

    lines: list[str]
    kinds: dict[int, str] = field(default_factory=dict)  # dropped line -> removed kind
    removed: list[tuple[int, Removed]] = field(default_factory=list)
    cut: set[int] = field(default_factory=set)  # lines whose prefix went: each opens a paragraph

    def drop(self, i: int, kind: str) -> None:
        self.kinds[i] = kind
        self.removed.append((i, Removed(kind, self.lines[i].strip())))

    def cut_prefix(self, i: int, end: int, kind: str = "header") -> None:
        """Remove the first `end` characters of line i; the rest of the line stays body."""
        self.removed.append((i, Removed(kind, self.lines[i][:end].strip())))
        self.lines[i] = self.lines[i][end:]
        self.cut.add(i)
        if not self.lines[i].strip():
            self.kinds[i] = kind

    def kept(self, i: int) -> bool:
        return i not in self.kinds and bool(self.lines[i].strip())

    def kept_indices(self) -> list[int]:
        return [i for i in range(len(self.lines)) if self.kept(i)]


def clean(draft: Draft) -> Article:
    """Clean one draft into an Article; never raises on odd text (empty text is allowed)."""
    body = _Body(draft.body.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    said = _Said()
    _read_header_zone(body, said, draft.title)
    _read_lines(body, said)
    _read_dateline(body, said)
    _mark_headings(body)
    text = "\n\n".join(_paragraphs(body))
    removed = list(draft.removed) + [r for _, r in sorted(body.removed, key=lambda p: p[0])]
    return _article(draft, said, text, removed)


# --- headers --------------------------------------------------------------------------------


def _read_header_zone(body: _Body, said: _Said, hint_title: str | None) -> None:
    """Title, date prefixes, bylines and labelled meta lines among the first lines."""
    zone = body.kept_indices()[: R.HEADER_ZONE]
    while len(zone) > 1 and _read_masthead(body.lines[zone[0]], said, body.lines[zone[1]]):
        body.drop(zone[0], "header")  # "SHANNONSIDE NEWS AGENCY", "NATIONAL" above the title
        zone = zone[1:]
    if said.source and len(zone) > 1 and _section_over(body, zone, hint_title):
        label = section_label(body.lines[zone[0]])  # "Environment" between outlet and title
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
        said.title = body.lines[zone[0]].strip()
        body.drop(zone[0], "header")
        zone = zone[1:]
    packed = True  # lines of packed fields come before the first line of body text
    for i in zone:
        packed = packed and not _body_like(body.lines[i])
        if packed and said.title is None and _title_under_fields(body, i, hint_title):
            said.title = body.lines[i].strip()
            body.drop(i, "header")
        else:
            _read_header_line(body, said, i, packed)


def _title_under_fields(body: _Body, i: int, hint: str | None) -> bool:
    """A headline printed under the outlet's header lines ("Northshore Observer — Regional",
    "Author: ...", "Posted ...", then the title): a header line was read above it, and it is
    more than a kicker ("Ontario" over a dateline)."""
    line = body.lines[i]
    if not any(j in body.kinds for j in range(i)) or _is_kicker(line) or _is_header_like(line):
        return False
    return _is_title(body, i, hint)


def _section_over(body: _Body, zone: list[int], hint: str | None) -> bool:
    """Whether the line under the outlet's name is its section: a title follows, or a header
    line follows a label of two parts ("Sport - Sailing", then "Author: ...")."""
    if _is_title(body, zone[1], hint):
        return True
    parted = _LABEL_PARTS.search(body.lines[zone[0]])
    return bool(parted) and _is_header_like(body.lines[zone[1]])


def _fields_above_title(body: _Body, zone: list[int], hint: str | None) -> bool:
    """A first line of several fields that names the outlet, with the title under it."""
    if _is_title(body, zone[0], hint):
        return False
    found = read_fields(body.lines[zone[0]])
    return found is not None and bool(found.source) and _is_title(body, zone[1], hint)


def _read_masthead(line: str, said: _Said, below: str) -> bool:
    """An outlet's name alone, or a section label in capitals, on a line above the title. A
    name in capitals over a section label is the outlet's ("THE TARN ISLANDER", "Local
    News"), and an outlet-like label under the outlet's name is its section."""
    text = line.strip()
    found = read_fields(text)
    if found is not None and found.source and not (found.byline or found.published):
        if said.source and not said.section and not found.section:
            said.section = text  # "Local News" under "THE TARN ISLANDER"
            return True
        said.source = said.source or found.source
        said.section = said.section or found.section
        return True
    parted = section_label(text) if "|" in text else None
    if parted:
        said.section = said.section or parted  # "Europe | Air Quality" over the outlet's name
        return True
    label = text.isupper() and len(text.split()) <= R.KICKER_MAX_WORDS
    if label and not any(ch.isdigit() for ch in text) and not R.SENTENCE_END.search(text):
        named = not said.source and len(text.split()) > 1 and not below.strip().isupper()
        if named and section_label(below):
            said.source = text.title()
        else:
            said.section = said.section or text.title()
        return True
    return False


def _read_header_line(body: _Body, said: _Said, i: int, packed: bool) -> None:
    line = body.lines[i]
    prefix = R.DATE_PREFIX.match(line)
    if prefix:
        said.published = _more_precise(said.published, parse_time(prefix.group("date")))
        body.cut_prefix(i, prefix.end())
    elif len(line) > R.MAX_LABEL_CHARS:
        return
    elif (
        _read_byline(line, said) or _read_meta(line, said) or (packed and _read_fields(line, said))
    ):
        body.drop(i, "header")
    elif packed and _name_over_time(body, i):
        said.byline = said.byline or [line.strip()]
        body.drop(i, "header")


def _body_like(line: str) -> bool:
    """A long line, or a dateline with its sentence: the body has begun."""
    text = line.strip()
    if _FIELD_MARKS.search(text) and read_fields(text) is not None:
        return False  # "Outlet | World | 16 Feb 2026 14:20 GMT | Updated 16 Feb 2026 17:05 GMT"
    words = len(text.split())
    opened = _dateline(text)
    rest = text[opened[3] :] if opened else ""
    if words > R.HEADER_LINE_MAX_WORDS or len(rest.split()) > 4 and not parse_time(rest):
        return True  # "EAST AFRICA WIRE — 13 May 2027, 19:40 EAT" is no dateline
    # a sentence; fields parted by "|" may end in "a.m." and are no sentence
    return words >= R.SENTENCE_MIN_WORDS and text[-1:] in ".!?" and "|" not in text


def _is_title(body: _Body, i: int, hint: str | None) -> bool:
    """A short first line without a final period, set apart by a blank line or a header."""
    line = body.lines[i].strip()
    if hint is not None and _fold(line) != _fold(hint):
        return False  # the container knows the title; do not guess at body lines
    if len(line) > R.TITLE_MAX_CHARS or len(line.split()) > R.TITLE_MAX_WORDS:
        return False
    if R.TITLE_BAD_END.search(line):
        return False
    if not line[0].isupper() and not line[0].isdigit() and line[0] not in "\"“‘'":
        return False
    if _is_header_like(line) or R.TRAILER.match(line) or R.CAPTION_MARKER.search(line):
        return False
    following = body.lines[i + 1] if i + 1 < len(body.lines) else ""
    return not following.strip() or _is_header_like(following) or _name_over_time(body, i + 1)


def _name_over_time(body: _Body, i: int) -> bool:
    """A bare name over a time line ("Jens Ekholm", then "Tuesday 13 July 2027 06.30 CEST"):
    the byline, as some outlets' text exports print it."""
    if i + 1 >= len(body.lines):
        return False
    name, below = body.lines[i].strip(), body.lines[i + 1].strip()
    return R.is_person_name(name) and parse_time(below) is not None


def _read_fields(line: str, said: _Said) -> bool:
    """A line of several header fields ("National | By A | date"; see header_fields)."""
    found = read_fields(line, said.published)
    if found is None:
        return False
    said.source = said.source or found.source
    said.section = said.section or found.section
    said.byline = said.byline or found.byline
    said.published = _more_precise(said.published, found.published)
    said.updated = said.updated or found.updated
    return True


def _is_header_like(line: str) -> bool:
    """Date prefix, byline, meta line or dateline (a dry run: nothing is recorded)."""
    if R.DATE_PREFIX.match(line) or _dateline(line) is not None:
        return True
    if len(line) > R.MAX_LABEL_CHARS:
        return False
    return _read_byline(line, _Said()) or _read_meta(line, _Said()) or read_fields(line) is not None


def _read_byline(line: str, said: _Said) -> bool:
    """Aggregator or ordinary byline -> source, section, times or author names."""
    match = R.AGGREGATOR_BYLINE.match(line)
    if match:
        _read_aggregator_byline(match, said)
        return True
    match = R.PLAIN_BYLINE.match(line)
    if not match:
        return False
    parts = _byline_parts(match.group("who"))
    if parts is None:
        return False
    names, outlets, agencies = parts
    said.byline = said.byline or names
    said.source = said.source or (outlets[0] if outlets else None)
    said.agency = said.agency or (agencies[0] if agencies else None)
    return True


def _read_aggregator_byline(match: re.Match[str], said: _Said) -> None:
    names, who = R.authors_and_outlet(match.group("who"))
    agency = R.agency_name(who)
    said.byline = said.byline or names
    said.source = said.source or agency or who
    said.agency = said.agency or agency
    said.section = said.section or _strip_or_none(match.group("section"))
    for part in match.group("rest").split("|"):
        labelled = R.AGGREGATOR_FIELD.match(part)
        if labelled:
            _set_time(said, labelled.group("label"), labelled.group("value"))


def _byline_parts(who: str) -> tuple[list[str], list[str], list[str]] | None:
    """Split a byline into (people, outlets, agencies); None when a part is none of these."""
    names: list[str] = []
    outlets: list[str] = []
    agencies: list[str] = []
    for part in R.BYLINE_SPLIT.split(who.strip()):
        part = R.NAME_LOCATION.sub("", part.strip())
        staff = _STAFF.search(part)
        if staff and _outlet_part(part[: staff.start()]):
            outlets.append(part[: staff.start()])  # "By Meridian Press staff": the outlet's
            continue
        words = {w.lower().strip(".") for w in part.split()}
        if not part or words & R.ROLE_WORDS or words & R.DESK_WORDS:
            continue  # "Western Correspondent", "Dublin Bureau": a role, an outlet's desk
        if R.agency_name(part):
            agencies.append(R.agency_name(part) or part)
        elif words & R.OUTLET_WORDS:
            outlets.append(part)
        elif R.is_person_name(part):
            names.append(part)
        else:
            return None
    return (names, outlets, agencies) if names or outlets or agencies else None


def _outlet_part(part: str) -> bool:
    words = {w.lower().strip(".") for w in part.split()}
    return bool(R.agency_name(part)) or bool(words & R.OUTLET_WORDS)


def _read_meta(line: str, said: _Said) -> bool:
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
    if _FIELD_MARKS.search(value) or R.FIELD_GAP.search(value):
        return False  # "Published: ... | Last updated: ...": fields, each read by its own label
    return _set_time(said, label, value)


def _read_name_field(said: _Said, label: str, value: str) -> bool:
    if len(value.split()) > 6 or R.SENTENCE_END.search(value):
        return False
    if label == "section":
        said.section = said.section or value
    else:
        said.source = said.source or R.agency_name(value) or value
    return True


def _set_time(said: _Said, label: str, value: str) -> bool:
    """Store a labelled time; relative ages ("5 hours ago") are not times and give nothing."""
    updated = label.lower() in R.UPDATED_LABELS
    when = parse_time(value)
    if when is None and updated:
        when = on_published_day(value, said.published)  # "| Last updated 5:48 PM"
    if when is None:
        return False
    if updated:
        said.updated = said.updated or when
    else:
        said.published = _more_precise(said.published, when)
    return True


# --- body lines -----------------------------------------------------------------------------


def _read_lines(body: _Body, said: _Said) -> None:
    """Contributor lines, trailers, captions and credits anywhere in the body."""
    for i in body.kept_indices():
        line = body.lines[i]
        if len(line) > R.MAX_LABEL_CHARS:
            continue
        if R.SEPARATOR_ONLY.match(line):
            body.drop(i, "header")  # "·" left between a page's two time elements
        elif R.AGGREGATOR_BYLINE.match(line):
            _read_byline(line, said)
            body.drop(i, "header")
        elif (names := R.contributor_names(line)) is not None:
            said.contributors.extend(n for n in names if n not in said.contributors)
            body.drop(i, "contributors")
        elif R.TRAILER.match(line):
            body.drop(i, "trailer")
        elif R.CAPTION_MARKER.search(line) and len(line.split()) <= R.CAPTION_MAX_WORDS:
            body.drop(i, "credit" if R.CREDIT_ONLY.match(line) else "caption")


def _read_dateline(body: _Body, said: _Said) -> None:
    """`NAIROBI (Reuters) — ` at the start of the first body line -> dateline and agency."""
    kept = body.kept_indices()
    if not kept:
        return
    first = kept[0]
    found = _dateline(body.lines[first].lstrip())
    if found is None and len(kept) > 1 and _is_kicker(body.lines[first]):
        # "Ontario" above "TORONTO — ...": a web page's section kicker over the dateline
        found = _dateline(body.lines[kept[1]].lstrip())
        if found is not None:
            body.drop(first, "header")
            first = kept[1]
    if found is None:
        return
    place, when, agency, end = found
    said.dateline = said.dateline or place
    said.dateline_when = when
    if agency:
        said.dateline_tag = agency
        said.agency = said.agency or R.agency_name(agency)
        if not R.agency_name(agency):
            said.source = said.source or agency  # "(CNN)": an outlet, not a wire agency
    indent = len(body.lines[first]) - len(body.lines[first].lstrip())
    body.cut_prefix(first, indent + end)


def _is_kicker(line: str) -> bool:
    """One to three capitalised words alone on a line, no sentence punctuation."""
    words = line.split()
    return (
        0 < len(words) <= R.KICKER_MAX_WORDS
        and R.is_title_case(line)
        and not (R.SENTENCE_END.search(line))
    )


def _dateline(line: str) -> tuple[str, str | None, str | None, int] | None:
    """(place, date, agency as written, end of the prefix) when the line opens with a dateline."""
    head = line[: R.DATELINE_MAX_CHARS]
    match = R.DATELINE_WITH_AGENCY.match(head)
    if match is None or not match.group("place")[0].isupper():
        match = R.DATELINE_CAPS.match(head) or _colon_dateline(head)
        if match is None or not match.group("city").isupper():
            return None  # a dateline without an agency needs its city in capitals
    agency = match.groupdict().get("agency")
    place = match.group("place").strip(" ,")
    return place, match.group("date"), agency.strip() if agency else None, match.end()


def _colon_dateline(head: str) -> re.Match[str] | None:
    match = R.DATELINE_COLON.match(head)
    return None if match is None or match.group("city") in R.COLON_LABELS else match


def _mark_headings(body: _Body) -> None:
    """Short unpunctuated stand-alone lines: sub-headings inside the body, trailers after it."""
    kept = body.kept_indices()[1:]  # the first body line is never a heading
    headings = {i for i in kept if _is_heading(body, i)}
    last_body = max((i for i in kept if i not in headings), default=-1)
    for i in sorted(headings):
        body.drop(i, "subheading" if i < last_body else "trailer")


def _is_heading(body: _Body, i: int) -> bool:
    line = body.lines[i].strip()
    if len(line.split()) > R.SUBHEADING_MAX_WORDS or len(line) > R.SUBHEADING_MAX_CHARS:
        return False
    if R.SENTENCE_END.search(line) or not (line[0].isupper() or line[0].isdigit()):
        return False
    before = body.lines[i - 1] if i > 0 and body.kept(i - 1) else ""
    after = body.lines[i + 1] if i + 1 < len(body.lines) and body.kept(i + 1) else ""
    if not before and not after:
        return True
    # Inside a block of lines, only a title-case line that follows a finished sentence:
    # a hard-wrapped sentence can break at any word.
    starts_sentence = not before or R.SENTENCE_END.search(before) is not None
    return starts_sentence and R.is_title_case(line) and (not after or not after[0].islower())


def _paragraphs(body: _Body) -> list[str]:
    """Runs of kept lines, stripped at their ends only."""
    paragraphs: list[str] = []
    run: list[str] = []
    for i, line in enumerate(body.lines):
        # A cut line joined to the line above would not be a slice of the body any more.
        if body.kept(i) and not (run and i in body.cut):
            run.append(line)
            continue
        if run:
            paragraphs.append("\n".join(run).strip())
        run = [line] if body.kept(i) else []
    if run:
        paragraphs.append("\n".join(run).strip())
    return [p for p in paragraphs if p]


# --- the article ----------------------------------------------------------------------------


def _article(draft: Draft, said: _Said, text: str, removed: list[Removed]) -> Article:
    agency = (
        draft.agency or said.agency or R.own_wire(said.dateline_tag, draft.source or said.source)
    )
    source = draft.source or said.source or agency
    outlets = {_fold(n) for n in (source, agency) if n}
    byline = [n for n in (draft.byline or said.byline) if _is_person(n, outlets)]
    published = _more_precise(draft.published, said.published)
    return Article(
        id=article_id(text),
        path=draft.path,
        text=text,
        url=draft.url or said.url,
        source=source,
        agency=agency,
        section=draft.section or said.section,
        title=draft.title or said.title,
        byline=_unique(byline),
        contributors=_unique(byline + draft.contributors + said.contributors),
        dateline=draft.dateline or said.dateline,
        published=published,
        updated=_more_precise(draft.updated, said.updated),
        language=detect_language(text, draft.language),
        removed=removed,
        dateline_date=R.dateline_date(said.dateline_when, published),
    )


def _is_person(name: str, outlets: set[str]) -> bool:
    """Containers put outlets and desks in author fields ("Associated Press", "X staff")."""
    words = {w.lower().strip(".,") for w in name.split()}
    if _fold(name) in outlets or R.agency_name(name):
        return False
    return not words & (R.OUTLET_WORDS | R.ROLE_WORDS)


def detect_language(text: str, hint: str | None = None) -> str:
    """ISO 639-1 code of the text; the hint (or English) when the text is too short to tell."""
    fallback = (hint or "en")[:2].lower()
    if len(text.strip()) < _MIN_LANGID_CHARS:
        return fallback
    import py3langid as langid  # loads its model on first use; keep import time low

    return str(langid.classify(text[:_LANGID_SAMPLE])[0])


def _more_precise(kept: str | None, other: str | None) -> str | None:
    """The hint unless the other value is strictly more precise (longer ISO string)."""
    if kept is None or (other is not None and len(other) > len(kept)):
        return other
    return kept


def _fold(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def _unique(names: list[str]) -> list[str]:
    """First spelling of each name, in order; case and spacing do not make a new name."""
    first: dict[str, str] = {}
    for name in names:
        first.setdefault(_fold(name), name)
    return list(first.values())


def _strip_or_none(value: str | None) -> str | None:
    return value.strip() or None if value else None
