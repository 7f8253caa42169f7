"""Who a quote is given to, in the text: the span that attributes it, and whether the speaker
is introduced as an outside expert. Read by the quote claims (`claims`)."""

from __future__ import annotations

import re

from wirecheck.model import Article, Entity, Quote

# Roles of outside voices a reporter calls for a view: "a dairy analyst", "a professor of
# structural engineering", "labour economist Ruth Adeyemi".
# An engineer only with the field of expertise: "a 34-year-old engineer" on the plane is a
# passenger.
EXPERT_ROLE = re.compile(
    r"\b(?:professor|analyst|economist|expert|researcher|consultant|lecturer|scientist"
    r"|historian|academic|specialist|demographer|statistician"
    r"|[a-z]*physicist"  # "astrophysicist"
    r"|(?:structural|civil|mining|chemical|safety|fire|bridge|nuclear|aeronautical|aerospace"
    r"|software|security|transport|traffic|highway|marine|electrical|geotechnical) engineer)s?"
    r"(?!\w)",
    re.IGNORECASE,
)


def experts_quoted(article: Article, entities: dict[str, Entity]) -> set[str | None]:
    """Speakers the article introduces as outside experts, by a role the entity carries or by
    the words that attribute one of their quotes ("Jerzy Pawlak, a mining engineer at ...")."""
    experts: set[str | None] = set()
    for quote in article.quotes:
        speaker = entities.get(quote.speaker or "")
        roles = [*(speaker.roles if speaker else []), quote.speaker_text or ""]
        if speaker is not None and any(EXPERT_ROLE.search(role) for role in roles):
            experts.add(quote.speaker)
    return experts


def attributed_span(
    text: str, quote: Quote, name: str | None = None
) -> tuple[int, int, str] | None:
    """The quote with its speaker and cue words, when they sit in the quote's paragraph: who
    said it is what a speaker finding is about, so the evidence shows it."""
    bounds = [quote.start, quote.end]
    for start, end in ((quote.speaker_start, quote.speaker_end), (quote.cue_start, quote.cue_end)):
        if start is not None and end is not None and _same_paragraph(text, quote, start, end):
            bounds += [start, end]
    low, high = min(bounds), max(bounds)
    low = _named_before(text, quote, low, name)
    low = _pronoun_named(text, quote, low, name)
    if (low, high) == (quote.start, quote.end):
        return None
    return low, high, text[low:high]


RELATIVE = {"who", "whom", "which", "that"}


def _named_before(text: str, quote: Quote, low: int, name: str | None) -> int:
    """Where a speaker given as a relative pronoun ("Tomas Reyes, who told the crowd: ...")
    is named, earlier in the same sentence; else `low` unchanged."""
    start, end = quote.speaker_start, quote.speaker_end
    if start is None or end is None or not name or start != low:
        return low
    if text[start:end].lower() not in RELATIVE:
        return low
    named = _last_named(text, name, max(0, low - 200), low)
    sentence_start = max(text.rfind(mark, 0, low) for mark in (". ", "\n"))
    return named if named > sentence_start else low


PERSONAL = {"he", "she", "they"}


def _pronoun_named(text: str, quote: Quote, low: int, name: str | None) -> int:
    """Where a speaker given as a personal pronoun ("... more to come," she said) is last named
    before the quote in its paragraph (the sentence before: "Ana Ruiz, a geologist, said ...");
    else `low` unchanged."""
    start, end = quote.speaker_start, quote.speaker_end
    if start is None or end is None or not name or text[start:end].lower() not in PERSONAL:
        return low
    paragraph = max(0, text.rfind("\n\n", 0, low))
    named = _last_named(text, name, paragraph, low)
    return low if named < 0 else min(named, low)


def _last_named(text: str, name: str, start: int, end: int) -> int:
    """Where `name` is last written in `text[start:end]`, whole or by its last word (-1 if
    not at all); the whole name's start when the last word found ends it."""
    surname = name.split()[-1]
    named = text.rfind(surname, start, end)
    full = text.rfind(name, start, end)
    if full >= 0 and full + len(name) == named + len(surname):
        return full
    return named


def _same_paragraph(text: str, quote: Quote, start: int, end: int) -> bool:
    return "\n\n" not in text[min(start, quote.start) : max(end, quote.end)]
