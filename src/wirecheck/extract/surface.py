"""Attributions that the layout shows rather than the grammar.

- Speaker labels: "MARSH: Let's begin ..." in transcripts, "Keller: The port needs to ..."
  in headlines. The name before the colon is the source, the colon the cue, the rest of the
  paragraph the content.
- Sign-offs after a quote: "“...” ― Nadia Brandt" (reader comments, vox pops). The dash is
  the cue and the name the source; the linking step gives it the quote before it.
"""

from __future__ import annotations

import re

from wirecheck.extract.attribution import Frame, Span
from wirecheck.resources import cues

_LABEL = re.compile(
    r"[\"“]?(?P<name>(?:[A-Z][\w.'’-]*)(?: [A-Z][\w.'’-]*){0,3})\s*:\s+(?P<rest>\S)"
)
_SIGN_OFF = re.compile(
    r"[”\"]\s*(?P<dash>[―—–]+|--)\s*(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,4})"
)
# Capitalised words that head notices, not speakers ("UPDATE:", "Editor's Note:").
_NOT_SPEAKERS = frozenset(
    [
        "note",
        "update",
        "updated",
        "related",
        "watch",
        "read",
        "photo",
        "photos",
        "video",
        "source",
        "sources",
        "editor",
        "correction",
        "clarification",
        "disclosure",
        "warning",
        "subscribe",
        "follow",
        "contact",
        "email",
        "tags",
        "topics",
        "more",
        "also",
        "listen",
        "see",
        "click",
        "breaking",
        "exclusive",
        "live",
        "analysis",
        "opinion",
        "advertisement",
        "caption",
        "credit",
        "credits",
        "image",
        "images",
        "file",
        "getty",
        "reuters",
        "ap",
        "afp",
        "here",
        "this",
        "that",
        "it",
        "byline",
        "contributing",
        "wow",
        "revealed",
        "so",
        "leaked",
        "latest",  # AP's "The Latest: ..." headlines
    ]
)
_WORDS = re.compile(r"[A-Za-z]{2,}")


def speaker_labels(text: str, paragraphs: list[Span]) -> list[Frame]:
    """'NAME: content' at the start of a paragraph."""
    found = []
    for start, end in paragraphs:
        line_end = text.find("\n", start, end)
        m = _LABEL.match(text, start, end if line_end < 0 else line_end)
        if m is None or not _is_speaker(m.group("name")):
            continue
        content = _content(text, m.start("rest"), end)
        if content is None:
            continue
        colon = text.index(":", m.end("name"))
        name = (m.start("name"), m.end("name"))
        found.append(Frame((colon, colon + 1), ":", name, None, [content]))
    return found


def _is_speaker(name: str) -> bool:
    words = name.replace("’", "'").split()
    if len(name) < 2:
        return False  # "Q:" and "A:" in interviews: the article names the speakers elsewhere
    if words[0].istitle() and words[0].lower() in cues.INVERTED_SAYING:
        return False  # "Said Berg: ...": a verb of saying, then its speaker (nominal.py)
    if any(w.lower().strip(".'") in _NOT_SPEAKERS for w in words):
        return False
    return not words[-1].lower().endswith(("'s", "s'"))


def _content(text: str, start: int, end: int) -> Span | None:
    """The rest of the paragraph without a quotation mark left open around it."""
    while end > start and text[end - 1] in ' \t\n"“”':
        end -= 1
    # "Keller: 1,547." is a tally, not a statement: a statement has words.
    return (start, end) if len(_WORDS.findall(text, start, end)) >= 2 else None


def sign_offs(text: str) -> list[Frame]:
    """'“...” ― Name': the dash and the name after a closing quotation mark."""
    found = []
    for m in _SIGN_OFF.finditer(text):
        name_end = m.end("name")
        while name_end > m.start("name") and text[name_end - 1] in ".":
            name_end -= 1
        found.append(Frame(m.span("dash"), "―", (m.start("name"), name_end), None, []))
    return found
