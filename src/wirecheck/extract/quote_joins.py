"""One statement, one quote: pieces of one frame that only punctuation parts are joined.

A frame's content may come out in pieces the linker keeps apart: a quotation that runs on in
a second pair of marks under the same cue, or two clauses of one complement the parser split at
a comma or a dash. When nothing but punctuation, quote marks and white space lies between two
pieces of the same kind, cue and speaker, they are one statement and one quote. A quotation
and a paraphrase stay apart (verbatim words keep their kind), and so do pieces with words
between them: "“A,” he said, “B”" is split around its cue, "said A and added B" are two
reports.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wirecheck.model import Quote

_WORD = re.compile(r"\w")


def joined_pieces(text: str, quotes: list[Quote]) -> list[Quote]:
    """The quotes in text order, with consecutive pieces of one statement made one quote."""
    out: list[Quote] = []
    for quote in sorted(quotes, key=lambda q: (q.start, q.end)):
        if out and _same_statement(text, out[-1], quote):
            out[-1] = _join(text, out[-1], quote)
        else:
            out.append(quote)
    return out


def _same_statement(text: str, first: Quote, second: Quote) -> bool:
    return (
        first.cue_start is not None
        and (first.cue_start, first.cue_end) == (second.cue_start, second.cue_end)
        and (first.speaker_start, first.speaker_end) == (second.speaker_start, second.speaker_end)
        and first.kind == second.kind != "label"
        and first.end <= second.start
        and not _WORD.search(text[first.end : second.start])
    )


def _join(text: str, first: Quote, second: Quote) -> Quote:
    return dataclasses.replace(first, end=second.end, text=text[first.start : second.end])
