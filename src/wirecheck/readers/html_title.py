"""A page's headline when it declares none (no og:title, no JSON-LD headline): the `<title>`
adds the outlet, and maybe a section, before or after the headline, or shortens it, or is
only the outlet's name; the page's own `<h1>` and `<h2>` headings tell which part is the
headline."""

from __future__ import annotations

import re
from typing import Any

_SPACES = re.compile(r"[ \t\r\n\f\v]+")  # a no-break space stays as written
_WORDS = re.compile(r"\w+")
_MAX_HEADLINE = 300  # a heading longer than this is no headline
_HEADINGS_READ = 4  # the headline is among the page's first headings of its level
_TITLE_SEPARATOR = re.compile(r"\s+[|–—]\s+|\s+-\s+")  # "Outlet - Headline", "Headline | Outlet"


def flat_text(element: Any) -> str:
    """An element's text on one line, its runs of white space one space."""
    return _SPACES.sub(" ", element.text_content()).strip()


def title_tag(tree: Any) -> str | None:
    """The headline the `<title>` carries, the page's headings telling which part it is."""
    title = tree.find(".//title")
    text = flat_text(title) if title is not None else ""
    shown = _headline_in(tree, text) or _headline_led_by(tree, text)
    if shown:
        return shown  # "Outlet | Section | Headline": the page's own headline tells which part
    # "Headline | Outlet" / "Headline - Outlet": the outlet goes, the headline stays.
    head = re.split(r"\s+[|–—]\s+|\s+-\s+(?=[^-]+$)", text)[0] if text else ""
    return head or None


def _headline_in(tree: Any, title: str) -> str | None:
    """The longest of the first `<h1>` and `<h2>` headings whose words run, in order, inside
    the `<title>`, which adds the outlet, and maybe a section, before or after the headline
    (a masthead heading is the title's shorter part)."""
    within = " ".join(_WORDS.findall(title.lower()))
    best, most = None, 1
    for heading in tree.xpath("//h1")[:_HEADINGS_READ] + tree.xpath("//h2")[:_HEADINGS_READ]:
        shown = flat_text(heading)
        words = _WORDS.findall(shown.lower())
        if len(words) > most and len(shown) <= _MAX_HEADLINE and " ".join(words) in within:
            best, most = shown, len(words)
    return best


def _headline_led_by(tree: Any, title: str) -> str | None:
    """A heading that a part of the `<title>` opens, shortened ("Outlet - Driverless bus
    crash" over "Driverless bus crash: car driver taken to hospital"); or, when the `<title>`
    is only the outlet's name as the masthead prints it, the first `<h1>`."""
    parts = [_WORDS.findall(part.lower()) for part in _TITLE_SEPARATOR.split(title)]
    h1s = tree.xpath("//h1")[:_HEADINGS_READ]
    for heading in h1s + tree.xpath("//h2")[:_HEADINGS_READ]:
        shown = flat_text(heading)
        words = _WORDS.findall(shown.lower())
        if len(shown) <= _MAX_HEADLINE and any(
            len(part) > 1 and len(words) > len(part) and words[: len(part)] == part
            for part in parts
        ):
            return shown
    if len(parts) == 1 and parts[0] and h1s and printed_above(tree, h1s[0], parts[0]):
        shown = flat_text(h1s[0])
        return shown if 0 < len(shown) <= _MAX_HEADLINE else None
    return None


def printed_above(tree: Any, heading: Any, words: list[str]) -> bool:
    """Whether an element's own text before `heading` carries `words` in order: the outlet's
    name in a masthead ("FARM & FIELD WEEKLY") that a bare `<title>` repeats."""
    wanted = " ".join(words)
    for element in tree.iter():
        if element is heading:
            return False
        if not isinstance(element.tag, str) or element.tag in ("head", "title", "meta"):
            continue
        if element.text and wanted in " ".join(_WORDS.findall(element.text.lower())):
            return True
    return False
