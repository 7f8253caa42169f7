"""Metadata a page shows but does not declare. Many small sites carry no meta tags or JSON-LD:
the outlet is in the `<title>` after the headline ("Headline - Checkmate Daily") or in a
masthead or logo, the author in an element whose class says so (`byline`, `author`,
`writer`), and the date in one called `date`, `pub-date` or `when`. The HTML reader asks here
only for what the declared metadata lacks; trafilatura drops these elements from the body, so
nothing else would read them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from wirecheck import cleanrules as R
from wirecheck import header_names as N
from wirecheck.header_fields import Fields, on_published_day, read_fields
from wirecheck.header_labels import filed_under, section_label
from wirecheck.header_times import parse_time
from wirecheck.readers.html_title import TITLE_PARTS, printed_above

_SPACES = re.compile(r"\s+")
_WORDS = re.compile(r"\w+")
_FIELD_PARTS = re.compile(r"\s[|·•]\s")
_MAX_NAME_WORDS = 6
# Words of a site's section labels ("World News"), "news" aside: it is in outlets' names too.
_SECTION_NAMES = R.BEAT_WORDS - {"news"}
_MAX_FIELD_WORDS = 14
# Class or id words (lower case, split at "-", "_" and spaces) that name what an element holds.
_SITE_WORDS = frozenset(["logo", "masthead", "brand", "sitename", "site-name", "site-head"])
_AUTHOR_WORDS = frozenset(["byline", "author", "writer", "by", "reporter"])
_DATE_WORDS = frozenset([
    "date", "dates", "time", "times", "pub-date", "pubdate", "published", "timestamp", "when",
    "posted", "dateline",
])  # fmt: skip
# "dateline" too: some pages put the time published there ("Sat 13 Feb 2027 19.40 GMT"); a
# place alone does not read as a time, so it is passed over.
# A kicker or section label over the headline: "<div class="kicker">Switzerland</div>".
_SECTION_WORDS = frozenset(
    ["kicker", "section", "sections", "category", "cat", "rubric", "breadcrumb", "breadcrumbs",
     "crumbs", "strap"]
)  # fmt: skip
# A trail's first link, the site's front page: "Home / News" is the News section.
_TRAIL_MARKS = re.compile(r"[\s>»›]*[>»›][\s>»›]*")  # "Home > News > Environment"
_HOME_CRUMB = re.compile(r"^\s*home(?:page)?\s*[>/»›|]\s*", re.IGNORECASE)
# What a byline says before and after the names: "Words by X, Security Correspondent",
# "Posted by X on 21 May 2027", "Reported by X", "Author: X".
_BYLINE_LEAD = re.compile(
    r"^(?:(?:posted|written|reported|words|story|text)\s+by|by|words|authors?|writers?)\s*:?\s+",
    re.IGNORECASE,
)
_BYLINE_TAIL = re.compile(r"\s+(?:on|at|\||·|/)\s+.*$|,\s+[^,]*$")
_DATE_LABEL = re.compile(r"^(?:published|posted|first published|date)\s*:?\s*", re.IGNORECASE)
# An element for the last change: "<div class="updated">Last updated: 19 February 2027 at 21:10".
_UPDATED_WORDS = frozenset(["updated", "modified", "last-updated", "lastupdated"])
_UPDATED_LABEL = re.compile(r"^(?:last\s+)?(?:updated|modified)(?:\s+on)?\s*:?\s*", re.IGNORECASE)
# An element that packs a byline and the times, a field per line or parted by "|" or "·":
# "<div class="meta">By Brianna Tate | WKRM 9 News<br>Published 04/13/2027 1:22 PM EDT".
_CREDIT_TAGS = ("p", "div", "span", "small", "footer", "em", "i")  # a credit line's blocks
_FIELDS_WORDS = frozenset(["meta", "postinfo", "postmeta", "stamp", "info", "credits"])


def shown_meta(
    tree: Any, headline: str | None, wanted: Iterable[str], published: str | None = None
) -> dict[str, Any]:
    """The `wanted` fields of "source", "byline", "published", "updated" and "section" as the
    page shows them (None / [] when absent). Each is a walk over the whole page: only what
    the caller lacks is read. `published`, when known, dates an update shown as a clock time
    alone ("Updated 22:05 GMT")."""
    found: dict[str, Any] = {}
    packs: dict[str | None, Fields] = {}

    def day() -> str | None:
        return published or found.get("published")  # the page's own, read just before

    def packed(on_day: str | None) -> Fields:
        """`_packed` once per day it is read with: each is a walk over the whole page."""
        if on_day not in packs:
            packs[on_day] = _packed(tree, on_day)
        return packs[on_day]

    readers: dict[str, Callable[[], Any]] = {
        "source": lambda: (
            _title_suffix(tree, headline)
            or _masthead(tree)
            or _bare_title(tree, headline)
            or _bold_name(tree)
            or _named_above(tree).source
        ),
        "byline": lambda: _byline(tree) or packed(day()).byline,
        "published": lambda: (
            _date(tree, _DATE_WORDS, _DATE_LABEL, unless=_UPDATED_LABEL)
            or _dated_fields(tree, None).published
            or packed(None).published
        ),
        # a date element may say it holds the last change: "<p class="timestamp">Last updated:"
        "updated": lambda: (
            _date(tree, _UPDATED_WORDS, _UPDATED_LABEL, day=day())
            or _date(tree, _DATE_WORDS, _UPDATED_LABEL, labelled=True)
            or _dated_fields(tree, day()).updated
            or packed(day()).updated
        ),
        "section": lambda: _section(tree) or _filed_section(tree) or _named_above(tree).section,
    }
    for key in wanted:  # "published" before "updated", which may need its day
        found[key] = readers[key]()
    return found


def _title_suffix(tree: Any, headline: str | None) -> str | None:
    """The outlet after the headline in the `<title>`: "Headline - Celtic Tech Daily", or
    before it: "Calder Valley Star - Pensioner found dead ..."."""
    title = tree.find(".//title")
    text = _flat_text(title) if title is not None else ""
    parts = TITLE_PARTS.split(text)
    if len(parts) < 2:
        return None
    last = parts[-1].strip()
    name = _outlet_name(last) if not _headline_part(last, headline) else None
    if name or len(parts) > 2:
        return name
    named_first = {w.lower() for w in parts[0].split()} & R.OUTLET_WORDS
    return _outlet_name(parts[0]) if named_first else None


def _headline_part(part: str, headline: str | None) -> bool:
    """A part of the `<title>` that is the headline or opens it ("IBARRA IS OURS" before "Ibarra
    is ours: United land ..."), or a section's words alone ("Local News"): no outlet's name."""
    words = _WORDS.findall(part.lower())
    if set(words) <= R.BEAT_WORDS:
        return True
    said = _WORDS.findall((headline or "").lower())
    return bool(said) and said[: len(words)] == words


def _bare_title(tree: Any, headline: str | None) -> str | None:
    """A `<title>` that is only the outlet's name, printed again in the masthead above the
    headline ("Farm & Field Weekly" over "<h1>Hail wipes out crops ...")."""
    title = tree.find(".//title")
    text = _flat_text(title) if title is not None else ""
    h1 = next(iter(tree.xpath("//h1")), None)
    if h1 is None or TITLE_PARTS.search(text) or text.strip() == headline:
        return None
    return _outlet_name(text) if printed_above(tree, h1, text) else None


def _masthead(tree: Any) -> str | None:
    """The text (or image alt text) of a logo, masthead or site-name element."""
    for element in _classed(tree, _SITE_WORDS):
        first = next(iter(element.xpath(".//a | .//img")), None)
        text = first.get("alt") if first is not None and first.tag == "img" else None
        name = _outlet_name(text or _own_text(first if first is not None else element))
        if name:
            return name
    return None


def _bold_name(tree: Any) -> str | None:
    """An outlet's name in bold or capitals above the headline, where a page marks no
    masthead: "<td><b>ISLAND DISPATCH</b></td>" in an old table layout. A label of the site's
    sections ("World News") is no outlet's name."""
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("head", "title", "script", "style"):
            continue
        if element.tag == "h1":
            return None
        text = _SPACES.sub(" ", element.text or "").strip()
        if not (element.tag in ("b", "strong") or text.isupper()) or len(text.split()) < 2:
            continue
        words = {w.lower() for w in text.split()}
        if words & R.OUTLET_WORDS and not words & _SECTION_NAMES:
            return _outlet_name(text)
    return None


def _named_above(tree: Any) -> Fields:
    """An outlet's name and its section on a line above the headline, where a page marks no
    masthead: "<div class="top">TASMAN DAILY — World</div>"."""
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("head", "title", "script", "style"):
            continue
        if element.tag == "h1":
            break
        text = _SPACES.sub(" ", element.text or "").strip()
        found = read_fields(text) if text and element.tag != "nav" else None  # nav: a menu
        if found is not None and found.source and not (found.byline or found.published):
            found.section = found.section or _label_after(element)
            return found
    return Fields()


def _label_after(element: Any) -> str | None:
    """The section printed right after the outlet's name in the same line: "<b>WESSEX POST</b>
    News &gt; Dorset" (a trail's last label, the page's own section)."""
    tail = _SPACES.sub(" ", element.tail or "").strip()
    return section_label(tail) if tail else None


def _section(tree: Any) -> str | None:
    """The first short label in a kicker, section, category or breadcrumb element
    ("Switzerland", "News > Local"); a menu of the site's sections is none."""
    for element in _classed(tree, _SECTION_WORDS, "section"):
        if _menu(element):
            continue
        label = section_label(_HOME_CRUMB.sub("", _trail_text(element)))
        if label:
            return label
    return None


def _trail_text(element: Any) -> str:
    """A trail given as list items ("<li>Travel</li><li>Asia</li>") as it reads, "Travel >
    Asia", not the items' words run together; else the element's own text."""
    items = [_flat_text(item) for item in element.iter("li")]
    items = [item for item in items if item]
    return " > ".join(items) if len(items) > 1 else _own_text(element)


def _menu(element: Any) -> bool:
    """Links side by side with nothing between them but spaces (`<nav class="sections">`): a
    menu; a trail parts its links with marks ("News &gt; Local")."""
    links = element.xpath(".//a")
    between = "".join((link.tail or "") for link in links[:-1])
    if element.tag == "nav":  # a menu unless its links are parted by a trail's marks
        return len(links) < 2 or not _TRAIL_MARKS.fullmatch(between)
    return len(links) > 1 and not between.strip()


def _filed_section(tree: Any) -> str | None:
    """A section by its label among a page's packed fields: "By X | Posted: ... | Filed under:
    Transfer news"."""
    for element in _classed(tree, _FIELDS_WORDS):
        for line in _lines(element):
            for part in _FIELD_PARTS.split(line):
                label = filed_under(part)
                if label:
                    return label
    return None


def _byline(tree: Any) -> list[str]:
    """People named in byline or author elements, in page order."""
    names: list[str] = []
    for element in _classed(tree, _AUTHOR_WORDS):
        text = _flat_text(element)
        if not text or len(text.split()) > _MAX_FIELD_WORDS:
            continue
        # "By Grace Lindell<br><span>Nov. 23, 2027 9:40 a.m.</span>": the name on its own line
        for line in _lines(element)[:1] + [text]:
            who = _BYLINE_TAIL.sub("", _BYLINE_LEAD.sub("", line))
            found = [n for n in N.split_names(who) or [who] if N.is_person_name(n)]
            names.extend(n for n in found if n not in names)
            if found:
                break
    return names


def _date(
    tree: Any,
    words: frozenset[str],
    label: re.Pattern[str],
    unless: re.Pattern[str] | None = None,
    labelled: bool = False,
    day: str | None = None,
) -> str | None:
    """The first element classed with one of `words` whose text, after its label, reads as a
    time (a clock time alone on `day`); with `labelled`, only a text that opens with the
    label; never one opening with `unless`."""
    for element in _classed(tree, words):
        text = _flat_text(element)
        if (unless and unless.match(text)) or (labelled and not label.match(text)):
            continue
        if text and len(text.split()) <= _MAX_FIELD_WORDS:
            value = label.sub("", text)
            when = parse_time(value) or on_published_day(value, day)
            if when:
                return when
    return None


def _dated_fields(tree: Any, published: str | None) -> Fields:
    """The times of a date element that holds the update beside the time published: "Published
    3 March 2027, 08:30 GMT · Updated 14:05 GMT", "First published Saturday 8 May 2027 at 6.50
    pm. Updated Sunday 9 May 2027 at 10.15 am" (too long for one time)."""
    for element in _classed(tree, _DATE_WORDS):
        found = read_fields(_flat_text(element), published)
        if found is not None and found.updated:
            return found
    return Fields()


def _packed(tree: Any, day: str | None) -> Fields:
    """The byline and times of elements that pack them a field per line ("By X<br>Posted Sept.
    16, 2027 at 7:05 p.m."), each line read only when every part of it is a field (an agency
    named as the author is sorted out by the reader, `html.people`)."""
    packed = Fields()
    for element in _classed(tree, _FIELDS_WORDS):
        for line in _lines(element) + _children(element):
            found = read_fields(line, packed.published or day)
            if found is None:
                continue
            people = [name for name in found.byline if N.is_person_name(name)]
            packed.byline = packed.byline or people
            packed.published = packed.published or found.published
            packed.updated = packed.updated or found.updated
    return packed


def _children(element: Any) -> list[str]:
    """The text of each child element: fields a page sets side by side in spans ("<span>Author:
    X</span> <span>Wed 10 Mar 2027 &middot; 11.05 ET</span>"), read one by one when the line
    they make together is no line of fields."""
    return [_flat_text(child) for child in element if isinstance(child.tag, str)]


def _lines(element: Any) -> list[str]:
    """The element's text, a line per `<br>`."""
    pieces: list[str] = []

    def walk(node: Any) -> None:
        pieces.append("\n" if node.tag == "br" else (node.text or ""))
        for child in node:
            if isinstance(child.tag, str):
                walk(child)
            pieces.append(child.tail or "")

    walk(element)
    return [_SPACES.sub(" ", line).strip() for line in "".join(pieces).split("\n")]


def _classed(tree: Any, words: frozenset[str], prefix: str | None = None) -> list[Any]:
    """Elements of the page's body whose class or id holds one of `words`, or a word that
    starts with `prefix` ("sectionbar")."""
    found = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("meta", "link", "script", "style"):
            continue
        names = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
        tokens = set(names.split()) | set(re.split(r"[\s_-]+", names))
        if tokens & words or (prefix and any(t.startswith(prefix) for t in tokens)):
            found.append(element)
    return found


def credited(tree: Any) -> list[str]:
    """Reporters named in a credit line anywhere on the page ("<p class="credit">Reporting by
    A in Phoenix; additional reporting by B; editing by C</p>"), which the article extractor
    drops when the line stands outside the article's own element."""
    for element in tree.iter(*_CREDIT_TAGS):
        text = _short_text(element, R.MAX_LABEL_CHARS)
        if text is not None and R.CONTRIBUTOR_ROLES.match(text):
            names = N.contributor_names(text)
            if names:
                return names
    return []


def _short_text(element: Any, limit: int) -> str | None:
    """`_flat_text` of an element no longer than `limit`, else None, read only as far as the
    limit: the blocks around an article hold all its text, and each is asked in turn. (Text
    made one-spaced only grows as more is added, so the first run past the limit decides.)"""
    runs: list[str] = []
    for run in element.itertext():
        runs.append(run)
        if len(_SPACES.sub(" ", "".join(runs)).strip()) > limit:
            return None
    return _SPACES.sub(" ", "".join(runs)).strip()


def _own_text(element: Any) -> str:
    """The element's text without its children's (a masthead's tagline is a child span)."""
    text = element.text or ""
    return _SPACES.sub(" ", text).strip() or _flat_text(element)


def _flat_text(element: Any) -> str:
    """All the element's text, its runs of white space (no-break spaces too) made one space."""
    return _SPACES.sub(" ", element.text_content()).strip()


def _outlet_name(text: str | None) -> str | None:
    text = (text or "").strip()
    words = text.split()
    if not words or len(words) > _MAX_NAME_WORDS or _numbered(words):
        return None
    return N.outlet_cased(text)


def _numbered(words: list[str]) -> bool:
    """Digits in a name that is no outlet's: a broadcaster's channel ("WKRM 9 News") is one."""
    digits = any(ch.isdigit() for word in words for ch in word)
    return digits and not (
        {w.lower() for w in words} & R.OUTLET_WORDS
        and all(w.isalpha() or w.isdigit() for w in words)
    )
