"""A participle report after a comma closes the reported clause before it: 'He said the ads
did not hurt him, arguing that the party was split', 'She said fares would rise, citing the
cost of fuel'.

The parser often hangs such a participle inside the reported clause, so the clause runs on
over it and the participle's own report is dropped as nested. The participle goes on with
the main speaker, not with the reported clause: the clause ends at the comma, and the
participle's frame keeps its content, spoken by the main cue's source (PolNeAR gives each
word to one attribution and carves the participle's report out of the clause).
"""

from __future__ import annotations

import re
from dataclasses import replace

from wirecheck.extract.linking import Piece
from wirecheck.extract.phrases import Frame, Span

_PARTICIPLE = re.compile(r"[A-Za-z]+ing\b")
_BEFORE = re.compile(r",\s*$")
_SLACK = 2  # characters of closing punctuation between the two ends


def participle_reports(text: str, pieces: list[Piece]) -> None:
    """Cut reported clauses before a participle report inside them, in place."""
    for piece in pieces:
        frame = piece.frame
        comma = _comma_before(text, frame) if piece.kind == "indirect" and frame else None
        if frame is None or comma is None:
            continue
        for outer in pieces:
            if outer.kind != "indirect" or outer.frame is None or outer.frame is frame:
                continue
            start, end = outer.span
            # The participle closes the clause: "the bill, requiring X, would pass" stays whole.
            closing = piece.span[0] < end and end - piece.span[1] <= _SLACK
            if start < comma and frame.cue[1] <= end and closing:
                outer.span = (start, comma)
                piece.frame = _spoken_by(frame, outer.frame)


def _comma_before(text: str, frame: Frame) -> int | None:
    """Where the comma before a participle cue stands ('..., arguing that')."""
    cue = text[frame.cue[0] : frame.cue[1]]
    if not _PARTICIPLE.fullmatch(cue):
        return None
    before = _BEFORE.search(text, 0, frame.cue[0])
    return before.start() if before is not None else None


def _spoken_by(frame: Frame, outer: Frame) -> Frame:
    """The participle's source is the main cue's, when the parse gave it one inside the
    clause it cut (the clause's own subject) or none."""
    if outer.source is None:
        return frame
    if frame.source is not None and not _within(frame.source, outer.content + [outer.cue]):
        return frame
    return replace(frame, source=outer.source, source_token=outer.source_token)


def _within(span: Span, spans: list[Span]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in spans)
