"""A report that opens another frame's content is an attribution of its own.

"Other members said they back the plan, but they would not vote for it, they said": the
parse gives the trailing "they said" everything before it, the first report included, and
the first report would then be dropped as nested. What the trailing cue adds is what follows
the first report ("but they would not vote for it"); the first report keeps its own source,
cue and content (each word belongs to one attribution, as in PolNeAR). When nothing with
words follows the first report ("Y believes Z, X said"), the outer frame keeps it all: X
reports Y's belief.
"""

from __future__ import annotations

import re

from wirecheck.extract.linking import Piece
from wirecheck.extract.phrases import Span
from wirecheck.resources import cues

_LEAD = " \t\n,;:—–-"
_WORD = re.compile(r"[A-Za-z]{2,}")


def split_leading_reports(text: str, pieces: list[Piece]) -> list[Piece]:
    """The pieces, each reported clause that opens with a whole report of another frame cut
    to what follows that report."""
    reports = [p for p in pieces if p.frame is not None and p.frame.source is not None]
    for piece in pieces:
        if piece.kind != "indirect" or piece.frame is None or piece.frame.cue[0] < piece.span[1]:
            continue  # "X said Y believes Z": X reports Y's belief; only a trailing cue
        if piece.frame.lemma == "according to":
            continue  # "X said Y, according to Z": Z passes on all of X's report
        lead = next((r for r in reports if _opens(r, piece)), None)
        if lead is not None:
            rest = _rest(text, lead.span[1], piece.span[1])
            if rest is not None:
                piece.span = rest
    return pieces


def _opens(report: Piece, piece: Piece) -> bool:
    """The report's source starts the piece; its cue and content lie inside, before its end."""
    frame = report.frame
    if frame is None or frame is piece.frame or frame.source is None:
        return False
    if frame.lemma not in cues.SPEECH:
        return False  # "She and her husband had just moved to Tarnwick, her sister added"
    start, end = piece.span
    return (
        frame.source[0] == start
        and start <= frame.cue[0]
        and frame.cue[1] <= report.span[0]
        and start < report.span[0]
        and report.span[1] < end
    )


def _rest(text: str, start: int, end: int) -> Span | None:
    """What follows the leading report, when it has words of its own."""
    while start < end and text[start] in _LEAD:
        start += 1
    return (start, end) if len(_WORD.findall(text, start, end)) >= 2 else None
