"""Mastheads: an outlet's name or a section label alone on a line above the title, a name in
capitals with its motto, and a print edition's place and date (split out of header_zone)."""

from __future__ import annotations

import re

from wirecheck import cleanrules as R
from wirecheck.header_fields import read_fields
from wirecheck.header_labels import label_case, section_label
from wirecheck.header_state import Said, more_precise
from wirecheck.header_times import parse_time

# An outlet's name in capitals with its motto: "EUROBRIEF · Europe in brief", "RELIEF DISPATCH -
# Humanitarian news and analysis"; or with its section, parted by a double hyphen as a plain
# text export writes a dash ("COASTLINE DISPATCH -- Environment").
_NAME_AND_MOTTO = re.compile(
    r"^(?P<name>[A-Z][A-Z&'’. ]{2,40}?)\s+(?:--|[-–—·|:])\s+(?P<motto>\S.*)$"
)
# The same in title case, parted by a bar or a dash: "The Quadrangle | Northmoor University's
# independent student newspaper".
_TITLED_NAME_AND_MOTTO = re.compile(r"^(?P<name>[A-Z][^|·—–]{2,60}?)\s+[|·—–]\s+(?P<motto>\S.*)$")
# A motto's own words, on the masthead's line or under it ("Shetland's news since 1962").
_MOTTO_WORDS = re.compile(
    r"\b(?:news|newspaper|voice|views|analysis|in brief|briefing|digest|since \d{4}|independent"
    r"|trusted)\b",
    re.I,
)
# A motto that ends in the paper's founding year: "... since 1911", "Established 1868".
_FOUNDED = re.compile(r"\b(?:since|established|est\.|founded(?: in)?)\s+\d{4}$", re.I)
_MOTTO_MAX_WORDS = 10
# An outlet's name and its edition: "Iberia Sport — English Edition".
_EDITION_NAME = re.compile(r"^(?P<name>.+?)\s+[-–—]\s+(?:[A-Z][a-z]+\s+)?Edition$")
# A wire's slug over its story: "US-WEATHER-CRASH/ (UPDATE 2)", "EU-FISHING/QUOTAS (URGENT)",
# "CYCLING-HAUTESTERRES/PROTEST (UPDATED)".
# A filing code may come first ("MDW-0914-0412 AUSTRALIA-CRIME/JEWELLERY"), and the marks may
# be several ("TPA-IRELAND-TRAWLER/ (URGENT, PIX)").
_SLUG_MARK = r"(?:UPDATE(?:D| \d+)|URGENT|REFILE|CORRECTED|PIX|VIDEO|GRAPHIC)"
WIRE_SLUG = re.compile(
    r"^\s*(?:[A-Z]{2,5}(?:-\d+)+\s+)?[A-Z]{2,}(?:[-/][A-Z0-9]+)+/?"
    rf"(?:\s+\({_SLUG_MARK}(?:,\s*{_SLUG_MARK})*\))?\s*$"
)
_SLUG_MARKS = re.compile(r"[-/]")
# A print edition's place and date under the masthead: "MUMBAI, WEDNESDAY, APRIL 21, 2027".
_EDITION = re.compile(r"^(?P<place>[A-Z][A-Z .'’-]{2,30}),\s+(?P<when>\S.*\d{4})$")


def _outlet_alone(line: str) -> bool:
    """A line naming an outlet and nothing else ("Northgate Daily")."""
    found = read_fields(line.strip())
    return found is not None and bool(found.source) and not (found.section or found.byline)


def _over_section_field(text: str, below: str) -> bool:
    """A short name in title case over a labelled section line: the outlet's, as a text
    export prints it above "Section: ..." (a headline is longer or not in title case)."""
    labelled = R.META_LINE.match(below)
    if labelled is None or labelled["label"].lower() != "section":
        return False
    words = text.split()
    return 1 < len(words) <= 3 and R.is_title_case(text) and not R.SENTENCE_END.search(text)


def _edition(label: str) -> bool:
    """ "MELBOURNE EDITION", "English Edition": which edition the page is, not a section."""
    return label.split()[-1].lower() == "edition"


def read_masthead(line: str, said: Said, below: str) -> bool:
    """An outlet's name alone, or a section label in capitals, on a line above the title. A
    name in capitals over a section label is the outlet's ("THE TARN ISLANDER", "Local
    News"), and an outlet-like label under the outlet's name is its section."""
    text = line.strip()
    if WIRE_SLUG.match(text) and ("/" in text or len(_SLUG_MARKS.findall(text)) > 1):
        # "BRITAIN-POLLUTION/CHEMICALS", "GERMANY-WOLVES/": the wire's filing code, no section
        # ("ASIA-PACIFIC" is one)
        return True
    found = read_fields(text)
    if found is not None and found.source and not (found.byline or found.published):
        if said.source and not said.section and not found.section:
            said.section = text  # "Local News" under "THE TARN ISLANDER"
            return True
        if not said.source and "|" in text and _outlet_alone(below):
            said.section = said.section or section_label(text.title())
            return True  # "UK NEWS | ENVIRONMENT" over "Northgate Daily": a section trail
        said.source = said.source or found.source
        said.section = said.section or found.section
        return True
    edition = _EDITION.match(text)
    when = parse_time(edition["when"]) if edition else None
    if when:
        said.published = more_precise(said.published, when)
        return True
    motto = _NAME_AND_MOTTO.match(text)
    if motto and not said.source and not any(ch.isdigit() for ch in motto["name"]):
        name = motto["name"].strip().title()
        if is_motto(motto["motto"]):
            said.source = name
            return True
        section = section_label(motto["motto"])
        if section and _edition(section) and len(name.split()) > 1:
            said.source = name  # "DANUBE OBSERVER — English Edition": which edition, no section
            return True
        if section and len(name.split()) > 1:
            # "PACIFICA BUSINESS REVIEW · Markets / Energy": the outlet, then its section
            said.source, said.section = name, said.section or section
            return True
    titled = _TITLED_NAME_AND_MOTTO.match(text)
    name = masthead_name(titled["name"]) if titled and is_motto(titled["motto"]) else None
    if name and not said.source:
        said.source = name  # "The Quadrangle | Northmoor University's independent ..."
        return True
    if not said.source and _over_section_field(text, below):
        said.source = text  # "Continental Signal", then "Section: Politics / World"
        return True
    parted = section_label(text) if "|" in text else None
    if parted:
        said.section = said.section or parted  # "Europe | Air Quality" over the outlet's name
        return True
    label = text.isupper() and len(text.split()) <= R.KICKER_MAX_WORDS
    if label and not any(ch.isdigit() for ch in text) and not R.SENTENCE_END.search(text):
        if _edition(text):
            return True  # "MELBOURNE EDITION": which print edition, not the story's section
        named = not said.source and len(text.split()) > 1 and not below.strip().isupper()
        if named and section_label(below):
            said.source = text.title()
        else:
            said.section = said.section or label_case(text)
        return True
    return False


def masthead_name(line: str) -> str | None:
    """A line that may be an outlet's name by its form alone ("The Wessex Mercury", "GOLDEN
    STATE HEALTH REPORT", "Iberia Sport — English Edition"): two to six capitalised words, no
    figures, no sentence, and more than a section's words ("Local News"). The caller
    knows it is the name from what lies under it: a section label, then the title."""
    edition = _EDITION_NAME.match(line.strip())
    text = edition["name"] if edition else line.strip()
    words = text.split()
    if not 2 <= len(words) <= 6 or any(ch.isdigit() for ch in text):
        return None
    if R.SENTENCE_END.search(text) or not R.is_title_case(text):
        return None
    if {w.lower() for w in words} <= R.BEAT_WORDS | R.MINOR_WORDS:
        return None
    return text.title() if text.isupper() else text


def is_motto(line: str) -> bool:
    """A short phrase in sentence case with a motto's words, not a title or a label; a phrase
    ending in the paper's founding year, in any case ("Serving Tamsworth and Pike Township
    since 1911"); or a short phrase all in lower case ("birds, wildlife and the outdoors"),
    which no title or section is."""
    text = line.strip()
    words = text.split()
    if len(words) <= _MOTTO_MAX_WORDS and _FOUNDED.search(text):
        return True
    if 0 < len(words) <= R.TAGLINE_MAX_WORDS and text == text.lower() and text[0].isalpha():
        return not R.SENTENCE_END.search(text)
    return (
        0 < len(words) <= R.TAGLINE_MAX_WORDS
        and not R.is_title_case(text)
        and not R.SENTENCE_END.search(text)
        and bool(_MOTTO_WORDS.search(text))
    )
