"""Headlines in Title Case, where spaCy runs names into the words around them."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from wirecheck.extract.candidates import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Penn tags that cannot be inside a name: verbs, prepositions, conjunctions, pronouns.
# (Not VB: lower-cased first names such as "mark" and "will" are tagged as base-form verbs.)
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "and",
        "or",
        "but",
        "with",
        "by",
        "from",
        "as",
        "vs",
        "via",
        "into",
        "onto",
        "over",
        "off",
        "up",
    ]
)
_BREAK_TAGS = frozenset(
    [
        "VBZ",
        "VBD",
        "VBN",
        "VBG",
        "VBP",
        "MD",
        "IN",
        "TO",
        "CC",
        "RB",
        "PRP",
        "PRP$",
        "DT",
        "WDT",
        "WP",
    ]
)


def trim_headlines(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """In a Title Case line, cut names where the line's verbs and function words are.

    "Ines Varga Checks Into Clinic": in Title Case the tagger calls every word a proper
    noun, so the line is tagged again in lower case, where "checks" is a verb; the name ends
    before it. A part the body also writes ("Ines Varga") is preferred.
    """
    lines = [line for line in _lines(doc) if _title_case(line)]
    if not lines:
        return found
    inside = {i for line in lines for i in range(line.start, line.end)}
    body = {tuple(t.text for t in doc[c.start : c.end]) for c in found if c.start not in inside}
    breaks = _headline_breaks(doc, lines)
    kept = []
    for candidate in found:
        if candidate.start in inside:
            _shrink_to_known(doc, candidate, body)
            kept += _cut_at(candidate, breaks)
        else:
            kept.append(candidate)
    return kept


def _headline_breaks(doc: Doc, lines: list[Span]) -> dict[int, str]:
    """Token indices in headline lines that are verbs or function words when lower-cased."""
    from wirecheck.nlp import spacy_pipeline

    texts = [line.text.lower() for line in lines]
    tagged = spacy_pipeline().pipe(texts, disable=["parser", "ner", "lemmatizer"])
    breaks = {}
    for line, lower in zip(lines, tagged, strict=True):
        at = {t.idx: t.tag_ for t in lower}
        for token in line:
            tag = at.get(token.idx - line.start_char, "")
            if tag in _BREAK_TAGS:
                breaks[token.i] = tag
    return breaks


def _cut_at(candidate: Candidate, breaks: dict[int, str]) -> list[Candidate]:
    """The runs of a candidate between break tokens, each a candidate of its own.

    A person's name keeps two words before a verb: the tagger takes unknown lower-cased
    names for verbs ("ahmed mohamed" → VBN VBN).
    """
    runs, start = [], candidate.start
    for i in range(candidate.start, candidate.end + 1):
        tag = breaks.get(i, "")
        if tag.startswith("VB") and candidate.label == "PERSON" and i - start < 2:
            continue
        if i == candidate.end or (tag and i > candidate.start):
            if start < i:
                runs.append((start, i))
            start = i + 1
    if runs == [(candidate.start, candidate.end)]:
        return [candidate]
    return [replace(candidate, start=a, end=b) for a, b in runs]


def _lines(doc: Doc) -> list[Span]:
    """Sentences, also cut at line breaks: a headline without a full stop is a line."""
    lines = []
    for sentence in doc.sents:
        start = sentence.start
        for token in sentence:
            if token.is_space and "\n" in token.text and token.i + 1 < sentence.end:
                lines.append(doc[start : token.i + 1])
                start = token.i + 1
        lines.append(doc[start : sentence.end])
    return lines


def _title_case(sentence: Span) -> bool:
    """Four words or more, and no lower-case word but short function words ("of", "the")."""
    alpha = [t for t in sentence if t.is_alpha]
    if len(alpha) < 4:
        return False
    return all(t.text[:1].isupper() or t.lower_ in _FUNCTION_WORDS for t in alpha)


def _shrink_to_known(doc: Doc, candidate: Candidate, body: set[tuple[str, ...]]) -> None:
    tokens = [t.text for t in doc[candidate.start : candidate.end]]
    for size in range(len(tokens), 0, -1):
        for offset in range(len(tokens) - size + 1):
            if tuple(tokens[offset : offset + size]) in body:
                candidate.end = candidate.start + offset + size
                candidate.start += offset
                return
