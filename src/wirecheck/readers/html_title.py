"""A page's headline when it declares none (no og:title, no JSON-LD headline): the `<title>`
adds the outlet, and maybe a section, before or after the headline, or shortens it, or is
only the outlet's name; the page's own `<h1>` and `<h2>` headings tell which part is the
headline. A page without a `<title>` is headed by its one `<h1>`."""

from __future__ import annotations

import re
from typing import Any

_SPACES = re.compile(r"[ \t\r\n\f\v]+")  # a no-break space stays as written
_WORDS = re.compile(r"\w+")
_MAX_HEADLINE = 300  # a heading longer than this is no headline
_HEADINGS_READ = 4  # the headline is among the page's first headings of its level
_REWORDED_MIN_WORDS = 4  # a part of the `<title>` this long may word the headline otherwise
_REWORDED_SHARE = 0.6  # of its words in the `<h1>`
TITLE_PARTS = re.compile(r"\s+[|–—-]\s+")  # "Outlet - Headline", "Headline | Outlet"


def flat_text(element: Any) -> str:
    """An element's text on one line, its runs of white space one space."""
    return _SPACES.sub(" ", element.text_content()).strip()


def title_tag(tree: Any) -> str | None:
    """The headline the `<title>` carries, the page's headings telling which part it is."""
    title = tree.find(".//title")
    text = flat_text(title) if title is not None else ""
    h1s = tree.xpath("//h1")[:_HEADINGS_READ]
    if not text:  # no `<title>` at all: the page's one `<h1>`, or its first `<h2>` if none
        heads = h1s or tree.xpath("//h2")[:1]
        if len(heads) != 1:
            return None
        return flat_text(heads[0])[:_MAX_HEADLINE] or None
    headings = [_words_of(h) for h in h1s + tree.xpath("//h2")[:_HEADINGS_READ]]
    shown = _headline_shown(headings, len(h1s), text)
    lead = h1s[0] if h1s else next(iter(tree.xpath("//h2")[:1]), None)
    if not shown and lead is not None:
        heading = _words_of(lead)
        if _outlets_title(tree, lead, heading, text):
            # the `<title>` is the outlet's name as the masthead prints it, alone or beside a
            # label of its own ("Westmarch Herald - Governor impeached"): the first heading
            shown = heading[0] if len(heading[0]) <= _MAX_HEADLINE else None
    if shown:
        return shown  # "Outlet | Section | Headline": the page's own headline tells which part
    # "Headline | Outlet" / "Headline - Outlet": the outlet goes, the headline stays.
    head = re.split(r"\s+[|–—]\s+|\s+-\s+(?=[^-]+$)", text)[0] if text else ""
    return head or None


def _headline_shown(headings: list[tuple[str, list[str]]], h1s: int, title: str) -> str | None:
    """The heading (of the first `h1s` `<h1>`s, then the `<h2>`s) that the `<title>` carries,
    whole, opening a part of it, or worded otherwise."""
    inside = _headline_in(headings, title)
    if inside is not None and inside not in [shown for shown, _ in headings[:h1s]]:
        # "Terrace Times | IBARRA IS OURS" over "<h2>TERRACE TIMES" and "<h1>Ibarra is ours:
        # United land ...": the `<h2>` inside it is the masthead, the `<h1>` it opens the headline
        inside = _headline_led_by(headings[:h1s], title) or inside
    return inside or _headline_led_by(headings, title) or _headline_reworded(headings[:h1s], title)


def _outlets_title(tree: Any, heading: Any, words: tuple[str, list[str]], title: str) -> bool:
    """Whether the `<title>` is the outlet's name printed above the heading (its text and
    words), alone, or as the first of its parts beside a heading long enough to be the
    headline."""
    if not TITLE_PARTS.search(title):
        return printed_above(tree, heading, title)
    parts = TITLE_PARTS.split(title)
    long_enough = len(words[1]) >= _REWORDED_MIN_WORDS
    # the name first ("Westmarch Herald - Governor impeached") or last ("Shark bite closes
    # beaches - Southern Cross Herald" over a masthead and "<h1>Great white bites surfer ...")
    return long_enough and any(printed_above(tree, heading, p) for p in (parts[0], parts[-1]))


def _words_of(heading: Any) -> tuple[str, list[str]]:
    shown = flat_text(heading)
    return shown, _WORDS.findall(shown.lower())


def _headline_in(headings: list[tuple[str, list[str]]], title: str) -> str | None:
    """The longest of the first `<h1>` and `<h2>` headings whose words run, in order, inside
    the `<title>`, which adds the outlet, and maybe a section, before or after the headline
    (a masthead heading is the title's shorter part)."""
    within = " ".join(_WORDS.findall(title.lower()))
    best, most = None, 1
    for shown, words in headings:
        if len(words) > most and len(shown) <= _MAX_HEADLINE and " ".join(words) in within:
            best, most = shown, len(words)
    return best


def _headline_led_by(headings: list[tuple[str, list[str]]], title: str) -> str | None:
    """A heading that a part of the `<title>` opens, shortened ("Outlet - Driverless bus
    crash" over "Driverless bus crash: car driver taken to hospital")."""
    parts = [_WORDS.findall(part.lower()) for part in TITLE_PARTS.split(title)]
    for shown, words in headings:
        if len(shown) <= _MAX_HEADLINE and any(
            len(part) > 1 and len(words) > len(part) and words[: len(part)] == part
            for part in parts
        ):
            return shown
    return None


def _headline_reworded(h1s: list[tuple[str, list[str]]], title: str) -> str | None:
    """The page's one `<h1>` (its text and words) where a part of the `<title>` words it
    otherwise: most of that part's words are in it ("Asteroid found in Chile could hit Earth in
    2041" over "<h1>Asteroid found in Chile has 1-in-90 chance of hitting Earth")."""
    if len(h1s) != 1:
        return None
    shown, words = h1s[0]
    for part in TITLE_PARTS.split(title):
        said = set(_WORDS.findall(part.lower()))
        shared = said & set(words)
        if len(said) >= _REWORDED_MIN_WORDS and len(shared) >= _REWORDED_SHARE * len(said):
            return shown if len(shown) <= _MAX_HEADLINE else None
    return None


def printed_above(tree: Any, heading: Any, name: str) -> bool:
    """Whether an element's own text before `heading` carries the words of `name` in order:
    the outlet's name in a masthead ("FARM & FIELD WEEKLY") that a bare `<title>` repeats."""
    wanted = " ".join(_WORDS.findall(name.lower()))
    if not wanted:
        return False
    for element in tree.iter():
        if element is heading:
            return False
        if not isinstance(element.tag, str) or element.tag in ("head", "title", "meta"):
            continue
        if element.text and wanted in " ".join(_WORDS.findall(element.text.lower())):
            return True
    return False
