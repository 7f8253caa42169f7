"""A relative clause that reports something itself is an attribution of its own.

"The mayor said the budget covers new parks, which he said would be the largest in decades":
the outer report's clause ends at the relative pronoun; "which ... would be the largest in
decades" is what the second "he said" reports (PolNeAR gives each word to one attribution and
marks the pronoun as a piece of the inner content). Without the cut, the inner report lies
inside the outer content and is dropped as nested, with its speaker.
"""

from __future__ import annotations

import re

from wirecheck.extract.linking import Piece
from wirecheck.extract.phrases import Span

_RELATIVE = frozenset(["which", "who", "whom", "that"])
_WORD = re.compile(r"[A-Za-z]{2,}")
_TRAILING = " \t\n,;:—–-"


def split_relative_reports(text: str, pieces: list[Piece]) -> list[Piece]:
    """The pieces, each reported clause that holds a relative clause with a report of its own
    cut before the relative pronoun (and resumed after the clause, when words follow)."""
    out: list[Piece] = []
    for piece in pieces:
        pronoun = _inner_pronoun(text, piece, pieces) if piece.kind == "indirect" else None
        if pronoun is None:
            out.append(piece)
            continue
        out.extend(_around(text, piece, pronoun, _clause_end(piece, pronoun, pieces)))
    return out


def _inner_pronoun(text: str, outer: Piece, pieces: list[Piece]) -> Piece | None:
    """The relative-pronoun piece of another speaker's frame inside the outer piece: the
    pronoun first, then that frame's source and cue, all within the outer span."""
    start, end = outer.span
    for inner in pieces:
        frame = inner.frame
        if frame is None or frame is outer.frame or frame.source is None:
            continue
        if text[inner.span[0] : inner.span[1]].strip().lower() not in _RELATIVE:
            continue
        if not text[start : inner.span[0]].rstrip().endswith((",", "—", "–")):
            continue  # "the system that they think failed": a restrictive clause names the thing
        if start < inner.span[0] and inner.span[1] <= frame.source[0] and frame.cue[1] < end:
            return inner
    return None


def _clause_end(outer: Piece, pronoun: Piece, pieces: list[Piece]) -> int:
    """Where the inner report's content ends inside the outer piece."""
    ends = [
        p.span[1]
        for p in pieces
        if p.frame is pronoun.frame and p.span[0] >= pronoun.span[0] and p.span[1] <= outer.span[1]
    ]
    return max(ends)


def _around(text: str, outer: Piece, pronoun: Piece, resume: int) -> list[Piece]:
    """The outer piece before the pronoun and, when it has words, after the inner clause."""
    before = _piece(text, (outer.span[0], pronoun.span[0]), 1)
    after = _piece(text, (resume, outer.span[1]), 2)  # "..., which he said, costs more"
    return [Piece(span, outer.kind, outer.frame) for span in (before, after) if span is not None]


def _piece(text: str, span: Span, words: int) -> Span | None:
    """The span without the punctuation at its edges, if it keeps enough words."""
    start, end = span
    while start < end and text[start] in _TRAILING:
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return (start, end) if len(_WORD.findall(text, start, end)) >= words else None
