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
# Relative pronouns that name the one reporting: ", who said ...", ", which warned ...".
_SUBJECTS = frozenset(["who", "which"])
_WORD = re.compile(r"[A-Za-z]{2,}")
_TRAILING = " \t\n,;:—–-"


def split_relative_reports(text: str, pieces: list[Piece]) -> list[Piece]:
    """The pieces, each reported clause that holds a relative clause with a report of its own
    cut before the relative pronoun (and resumed after the clause, when words follow)."""
    out: list[Piece] = []
    for piece in pieces:
        inner = _inner_report(text, piece, pieces) if piece.kind == "indirect" else None
        if inner is None:
            out.append(piece)
            continue
        out.extend(_around(text, piece, *inner))
    return out


def _inner_report(text: str, outer: Piece, pieces: list[Piece]) -> tuple[int, int] | None:
    """Where a non-restrictive relative clause reporting for another frame starts inside the
    outer piece (its pronoun: a piece of that frame's content, ", which he said ...", or its
    source, ", who said ..."), and where that frame's content ends."""
    start, end = outer.span
    for frame in {id(p.frame): p.frame for p in pieces if p.frame is not None}.values():
        if frame is outer.frame or frame.source is None or not start < frame.cue[0] < end:
            continue
        mine = [p.span for p in pieces if p.frame is frame and start < p.span[0] < end]
        at = next((s for s, e in mine if text[s:e].strip().lower() in _RELATIVE), None)
        if at is None and text[frame.source[0] : frame.source[1]].lower() in _SUBJECTS:
            at = frame.source[0]
        if at is None or not mine or not start < at <= frame.source[0]:
            continue
        if not text[start:at].rstrip().endswith((",", "—", "–")):
            continue  # "the system that they think failed": a restrictive clause names the thing
        last = max(e for _, e in mine)
        if last <= end:
            return at, last
    return None


def _around(text: str, outer: Piece, at: int, resume: int) -> list[Piece]:
    """The outer piece before the pronoun and, when it has words, after the inner clause."""
    before = _piece(text, (outer.span[0], at), 1)
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


def sources_before_reports(text: str, pieces: list[Piece]) -> None:
    """'said Ann Lee, a trade analyst, who notes that ...': a speaker's description ends
    before a non-restrictive relative clause that reports something itself; the clause is
    an attribution with the pronoun as its source (in place, on the frames)."""
    frames = {id(p.frame): p.frame for p in pieces if p.frame is not None}.values()
    reporting = [f for f in frames if f.source and text[slice(*f.source)].lower() in _SUBJECTS]
    for frame in frames:
        if frame.source is None:
            continue
        start, end = frame.source
        inner = [f for f in reporting if f.source and start < f.source[0] and f.cue[1] <= end]
        for other in sorted(inner, key=lambda f: f.source[0] if f.source else 0):
            head = text[start : other.source[0]].rstrip() if other.source else ""
            if head.endswith(",") and _WORD.search(head):
                frame.source = (start, start + len(head.rstrip(",").rstrip()))
                break
