"""Quoted titles: 'said on “Harbour Report Weekly”', 'in the film “Harbour of Lies”'.

Quotation marks also set off the name of a show, book, film or song. Such a span names a
work, it does not quote anyone: its words are in title case (a closing period aside) and
a preposition or a noun for a work stands right before it, or before the name of the
network that owns it ('on KTV's “Week in Review”', 'told RNB's “The Harbour Hour”'). A headline
quote ('Osei to Board: ‘You Should Step Down’') follows a colon and stays a quote.
"""

from __future__ import annotations

import re

from wirecheck.extract.quotemarks import Quoted

_WORDS = re.compile(r"[^\W\d_][\w'’-]*")
_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")
# Words right before a title: prepositions, and nouns for a work or its name.
_PREPOSITIONS = frozenset(["on", "in", "of", "to", "from", "at", "for", "with", "by", "about"])
_WORK_NOUNS = frozenset(
    ["titled", "entitled", "dubbed", "show", "book", "film", "movie", "song", "series"]
    + ["program", "programme", "album", "episode", "column", "article", "essay", "headline"]
    + ["memoir", "novel", "play", "documentary", "podcast", "segment", "hit"]
)
_BEFORE_TITLE = _PREPOSITIONS | _WORK_NOUNS
# The network or paper that owns a show: 'on KTV's “Week in Review”', 'on Harbour Radio’s
# “Morning Desk”'; the word before it is the one that tells a title.
_OWNER = re.compile(r"(?:\s[A-Z][\w.&-]*)+['’]s?\s*$")
# One tells a show a network owns ('told RNB's “The Harbour Hour”'), where one tells a person.
_TELL = frozenset(["told", "tell", "tells", "telling"])
# Short words a title leaves in lower case ("Harbour of Lies", "A Map, Not a Wall").
_MINOR_LENGTH = 3
_MAX_WORDS = 12


def is_title(text: str, quote: Quoted) -> bool:
    """Whether the quoted span names a work rather than quotes words (see the module doc)."""
    body = text[quote.start : quote.end].strip()
    words = _WORDS.findall(body)
    if not words or len(words) > _MAX_WORDS:
        return False
    if not all(w[0].isupper() for w in words if len(w) > _MINOR_LENGTH or w is words[0]):
        return False
    window = text[max(0, quote.open_at - 60) : quote.open_at]
    lead = _OWNER.sub("", window)
    before = _LAST_WORD.search(lead)
    if before is None:
        return False
    owned = lead != window and before.group(1).lower() in _TELL
    return before.group(1) in _BEFORE_TITLE or owned
