"""Quoted titles: 'said on “Fox News Sunday”', 'in the film “Bridge of Spies”'.

Quotation marks also set off the name of a show, book, film or song. Such a span names a
work, it does not quote anyone: its words are in title case (a closing period aside) and
a preposition or a noun for a work stands right before it. A headline
quote ('Warren to CEO: ‘You Should Be Investigated’') follows a colon and stays a quote.
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
# Short words a title leaves in lower case ("Bridge of Spies", "A Choice, Not an Echo").
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
    before = _LAST_WORD.search(text[max(0, quote.open_at - 40) : quote.open_at])
    return before is not None and before.group(1) in _BEFORE_TITLE
