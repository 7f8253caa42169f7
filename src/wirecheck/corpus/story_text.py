"""The text pieces story clustering reads an article by: words, paragraphs, sentences, the lead,
and the proper words (names) an article writes.

Shared by the signal modules (`story_signals`, `story_numbers`, `story_names`), so that each
reads an article the same way.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from wirecheck.model import Article

LEAD_PARAGRAPHS = 3  # headline + this many paragraphs form the lead

WORD = re.compile(r"[^\W\d_](?:[^\W_]|['’-](?=[^\W\d_]))*|\d+(?:[.,:]\d+)*")
PARAGRAPH = re.compile(r"\n\s*\n")
POSSESSIVE = re.compile(r"['’]s$")  # "Beira's" names Beira
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'’”)]*\s+(?=[\"'‘“(]?[A-Z0-9])")
# Calendar words are capitalised but name no event; they must not pass for proper names.
_CALENDAR_WORDS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday "
    "friday saturday sunday today yesterday tomorrow"
)
CALENDAR = frozenset(_CALENDAR_WORDS.split())

Sentences = list[tuple[float, list[str]]]  # each sentence's weight and words


@functools.cache
def stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | {"said", "says", "told", "according", "reported", "reports"}


def paragraphs(article: Article) -> list[str]:
    """The headline, then each body paragraph."""
    head = [article.title] if article.title else []
    return head + [p for p in PARAGRAPH.split(article.text) if p.strip()]


def sentences(article: Article) -> Sentences:
    """Words of each sentence with its weight: headline x2, lead x1.5, the rest x1."""
    out: Sentences = []
    for index, paragraph in enumerate(paragraphs(article)):
        weight = 2.0 if index == 0 else 1.5 if index <= LEAD_PARAGRAPHS else 1.0
        out += [(weight, WORD.findall(s)) for s in SENTENCE_END.split(paragraph)]
    return out


def body_sentences(article: Article, weighted: Sentences | None = None) -> Sentences:
    """`sentences` of the body alone, without the headline's; `weighted` is the article's
    `sentences` when the caller has read them already (they are not read again)."""
    head = len(SENTENCE_END.split(article.title)) if article.title else 0
    return (sentences(article) if weighted is None else weighted)[head:]


def proper_words(sentences: Sentences) -> set[str]:
    """Words written capitalised mid-sentence more often than lower-case in this article."""
    # Counted in text order, as the loop over each sentence's words would (C-level counting)
    lower = Counter(w.lower() for _, words in sentences for w in words if w[0].islower())
    capital = Counter(w.lower() for _, words in sentences for w in words[1:] if w[0].isupper())
    excluded = stop_words() | CALENDAR
    return {w for w, n in capital.items() if n > lower[w] and w not in excluded}


def lead_end(text: str) -> int:
    """Offset where the lead's last paragraph ends."""
    ends = [m.start() for m in PARAGRAPH.finditer(text)]
    return ends[LEAD_PARAGRAPHS - 1] if len(ends) >= LEAD_PARAGRAPHS else len(text)


def opening_end(text: str) -> int:
    """Offset where the body's first paragraph ends."""
    first = PARAGRAPH.search(text)
    return first.start() if first else len(text)
