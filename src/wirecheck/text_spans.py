"""Sentence spans over cleaned article text, without a parser (corpus stages have no Doc)."""

from __future__ import annotations

import re

# A sentence ends at . ! ? (optionally followed by a closing quote or bracket) before white
# space and a capital letter, an opening quote or a digit.
_END = re.compile(r"""(?<=[.!?])["”’')\]]?\s+(?=["“‘(\[]?[A-Z0-9])""")
# Abbreviations that end with a period without ending the sentence.
_ABBREVIATIONS = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Sgt|Gov|Sen|Rep|St|Jr|Sr|No|Jan|Feb|Mar|Apr|"
    r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|U\.N|a\.m|p\.m|Inc|Co|Corp|Ltd|vs|approx)\.$"
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence; paragraphs (blank-line separated) never share one."""
    spans: list[tuple[int, int]] = []
    for paragraph in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text):
        spans.extend(_split_paragraph(text, paragraph.start(), paragraph.end()))
    return spans


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    cursor = start
    for boundary in _END.finditer(text, start, end):
        if _ABBREVIATIONS.search(text, max(start, boundary.start() - 8), boundary.start()):
            continue
        stop = boundary.start() + len(boundary.group(0).rstrip())
        if text[cursor:stop].strip():
            spans.append(_trim(text, cursor, stop))
        cursor = boundary.end()
    if text[cursor:end].strip():
        spans.append(_trim(text, cursor, end))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_around(text: str, offset: int) -> tuple[int, int]:
    """The sentence holding `offset` (searched inside its paragraph only, so it stays cheap)."""
    para_start = text.rfind("\n\n", 0, offset)
    para_start = 0 if para_start < 0 else para_start + 2
    para_end = text.find("\n\n", offset)
    para_end = len(text) if para_end < 0 else para_end
    for start, end in _split_paragraph(text, para_start, para_end):
        if start <= offset < end:
            return start, end
    return _trim(text, para_start, para_end)
