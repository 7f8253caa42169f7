"""A claim: one comparable statement of one article (a figure, a quote, an event, a time),
with the sentence that states it as evidence. The extraction into claims is in `claims` and
`time_claims`; the alignment across outlets in `align` and the modules beside it."""

from __future__ import annotations

from dataclasses import dataclass

from wirecheck.corpus.money_slots import CONTEXT_CHARS
from wirecheck.model import Article, Quantity, Time

LEAD_IN_CHARS = 40  # the words just before a date that say what it dates
NOT_HAPPENED = {"proposed", "future", "hypothetical", "negated"}


@dataclass
class Claim:
    article: str
    outlet: str  # independence key: a syndicated copy carries its original's outlet
    kind: str  # count | quote | event
    topic: str
    slot: str
    value: str
    start: int  # evidence: the sentence that states the claim
    end: int
    text: str
    low: float | None = None
    high: float | None = None
    speaker: str | None = None
    mode: str | None = None
    time: str | None = None
    quote_text: str | None = None
    places: frozenset[str] = frozenset()  # resolved places named in the evidence sentence
    countries: frozenset[str] = frozenset()  # those of `places` that are countries
    rank: int = 0  # order among the article's claims on the same topic: 0 is the lead figure
    context: str = ""  # the words around a figure, compared instead of a long sentence
    counted: str | None = None  # a count's noun, when it has one and no unit
    future: bool = False  # a date after the article's own day: something still to come
    today: bool = False  # the article's own day: when things were said, rarely what is compared
    lead_in: str = ""  # the words just before a date: the verb it dates ("broke out on")
    lead: bool = False  # in the first paragraph, where an outlet puts its main news
    source: str | None = None  # who gives a figure ("police", "organisers"), when the text says
    reported: bool = False  # a quote in reported speech: the speaker's point, not his words
    trigger: str = ""  # an event's trigger word ("declared")
    article_names: frozenset[str] = frozenset()  # capitalised words of the claim's article
    article_years: frozenset[str] = frozenset()  # a background claim's: years its article names
    # What a finding shows as evidence when it is wider than the claim: a quote with the words
    # that attribute it ("said public prosecutor Duarte Pimenta"), as (start, end, text).
    shown: tuple[int, int, str] | None = None
    # A quote split around its cue, shown whole: its words before and after the cue.
    whole: tuple[int, int, str] | None = None
    expert: bool = False  # a quote's speaker is an outside expert ("a dairy analyst")
    earlier: bool = False  # a toll in a sentence dated well before the story (`earlier`)

    @property
    def gist(self) -> str:
        """What the similarity of two claims is measured on."""
        return self.context or self.text

    @property
    def shown_span(self) -> tuple[int, int, str]:
        """What a finding shows of the claim, as (start, end, text): a split quote whole, else
        the quote with its attribution, else the claim itself."""
        return self.whole or self.shown or (self.start, self.end, self.text)


def quoted_spans(article: Article) -> list[tuple[int, int]]:
    """Spans of the article's own quotations (direct and partial): a speaker's words, which
    are compared as quotes, never as the outlet's claims."""
    return [(q.start, q.end) for q in article.quotes if q.kind in ("direct", "partial")]


def quoted_at(offset: int, quoted: list[tuple[int, int]]) -> bool:
    """Whether `offset` falls inside one of the `quoted_spans`."""
    return any(start <= offset < end for start, end in quoted)


def figure_context(text: str, quantity: Quantity | Time, start: int, end: int) -> str:
    """The clause-sized window around a figure, in whole words and inside its sentence: two
    long sentences can read differently while the figures in them count the same thing."""
    left, right = window(text, quantity.start, quantity.end, start, end)
    return text[left:right].strip()


def window(text: str, start: int, end: int, floor: int, ceiling: int) -> tuple[int, int]:
    """Bounds of the words within CONTEXT_CHARS of `start`..`end`, kept inside
    `floor`..`ceiling` (the sentence) and widened to whole words."""
    left = max(floor, start - CONTEXT_CHARS)
    right = min(ceiling, end + CONTEXT_CHARS)
    while left > floor and not text[left - 1].isspace():
        left -= 1
    while right < ceiling and not text[right].isspace():
        right += 1
    return left, right


def happened(mode: str | None) -> bool:
    return mode not in NOT_HAPPENED
