"""Quoted spans found from the quotation marks alone, in every common style.

Handles “ ” and straight " (also the doubled '' and `` of some newspaper archives), « » and
‹ ›, ‘ ’ and straight ' (single marks nest inside double ones, or stand alone as headline
quotes), quotes nested inside quotes, and quotes that run over paragraphs: journalists leave
a paragraph's quote open and reopen it at the start of the next one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Two mark families; a single mark never closes a double quote and vice versa.
_MARK = re.compile(r"''|``|[\"“”„«»‹›‘’']")
_DOUBLE = {"''", "``", '"', "“", "”", "„", "«", "»"}
_OPENERS = {"“", "„", "«", "``", "‹", "‘"}
_CLOSERS = {"”", "»", "›"}
_WORD = re.compile(r"\w")
_SPACE_BEFORE_OPEN = set(" \t\n\xa0([{—–-/") | {""}
# Any line break ends a paragraph: some sources separate paragraphs by one newline only.
_PARAGRAPH = re.compile(r"\n\s*")
_SENTENCE_DONE = re.compile(r"[.!?][\s\xa0]*$")


@dataclass
class Quoted:
    """Content offsets (marks excluded); `outer` is the index of the enclosing quote or None."""

    start: int
    end: int
    open_at: int
    close_at: int | None
    depth: int = 0
    outer: int | None = None

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


def quoted_spans(text: str) -> list[Quoted]:
    """Every quoted span in the text, outer quotes before the quotes nested in them."""
    found: list[Quoted] = []
    stack: list[tuple[str, int, int]] = []  # (family, mark start, content start)
    for para_start, para_end in paragraphs(text):
        carried = stack
        stack = []
        _scan(text, para_start, para_end, stack, found, carried)
    _close_open(stack, found, len(text.rstrip()))
    return _nest(sorted(found, key=lambda q: (q.start, -q.end)))


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blocks separated by a blank line."""
    spans, start = [], 0
    for gap in _PARAGRAPH.finditer(text):
        spans.append((start, gap.start()))
        start = gap.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _scan(
    text: str,
    lo: int,
    hi: int,
    stack: list[tuple[str, int, int]],
    found: list[Quoted],
    carried: list[tuple[str, int, int]],
) -> None:
    """Pair the marks of one paragraph; `carried` are quotes left open by the last one."""
    marks = list(_MARK.finditer(text, lo, hi))
    if carried and not _reopens(text, lo, marks):
        _close_open(carried, found, _last_content_end(text, lo))
        carried = []
    stack.extend(carried)
    for i, m in enumerate(marks):
        if carried and i == 0:
            continue  # the reopening mark of a quote carried over from the last paragraph
        _pair(text, m, stack, found)
    # A single mark still open at the end of its paragraph was an apostrophe ('90s).
    stack[:] = [entry for entry in stack if entry[0] == "double"]
    if stack and not _open_at_end(text, hi):
        _close_open(stack, found, _last_content_end(text, hi))
        stack.clear()


def _reopens(text: str, lo: int, marks: list[re.Match[str]]) -> bool:
    """A paragraph that starts with an opening mark continues the last paragraph's quote."""
    return bool(marks) and marks[0].start() == lo and _direction(text, marks[0]) != "close"


def _open_at_end(text: str, hi: int) -> bool:
    """Keep a quote open over the paragraph break only when a new paragraph follows."""
    return bool(text[hi:].strip())


def _close_open(stack: list[tuple[str, int, int]], found: list[Quoted], end: int) -> None:
    for _family, open_at, start in stack:
        if end > start:
            found.append(Quoted(start, end, open_at, None))


def _last_content_end(text: str, hi: int) -> int:
    return len(text[:hi].rstrip())


def _pair(
    text: str, m: re.Match[str], stack: list[tuple[str, int, int]], found: list[Quoted]
) -> None:
    mark = m.group()
    family = "double" if mark in _DOUBLE else "single"
    direction = _direction(text, m)
    if direction is None:
        return
    open_same = [i for i, entry in enumerate(stack) if entry[0] == family]
    closes = direction == "close" or (direction == "either" and open_same)
    if closes and open_same:
        at = open_same[-1]
        _family, open_at, start = stack[at]
        del stack[at:]  # an inner quote left open ends with its outer one
        if m.start() > start:
            found.append(Quoted(start, m.start(), open_at, m.end()))
    elif (
        direction == "open"
        and (family == "double" or _single_may_open(stack))
        or direction == "either"
        and family == "double"
    ):
        if family == "double" and open_same and _after_sentence(text, m.start()):
            # “A. “B” — a new quote after a full stop: the first one lost its closing mark.
            _family, open_at, start = stack[open_same[-1]]
            del stack[open_same[-1] :]
            found.append(Quoted(start, len(text[: m.start()].rstrip()), open_at, None))
        stack.append((family, m.start(), m.end()))


def _after_sentence(text: str, at: int) -> bool:
    return bool(_SENTENCE_DONE.search(text, max(0, at - 4), at))


def _single_may_open(stack: list[tuple[str, int, int]]) -> bool:
    """Single marks open a nested quote, or a headline-style quote when nothing is open."""
    return not stack or stack[-1][0] == "double"


def _direction(text: str, m: re.Match[str]) -> str | None:
    """open / close / either (a straight mark between spaces), or None for an apostrophe."""
    mark = m.group()
    before = text[m.start() - 1] if m.start() else ""
    after = text[m.end()] if m.end() < len(text) else ""
    if mark in ("’", "'") and _WORD.match(before or " ") and _WORD.match(after or " "):
        return None  # don’t, Keller’s
    if mark in ("’", "'") and before.lower() == "s" and after in (" ", ""):
        return "either"  # voters’ (possessive) or a closing mark: the pairing decides
    if mark == "“" and before not in _SPACE_BEFORE_OPEN and not _WORD.match(after or " "):
        return "close"  # “It's over,“ he said: a typo'd closing mark, hard against the words
    if mark in _OPENERS:
        return "open"
    if mark in _CLOSERS or mark == "’":
        return "close"
    opens = before in _SPACE_BEFORE_OPEN or before in "“‘\"'"
    closes = after == "" or not _WORD.match(after)
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    if mark == "'" and _WORD.match(before or " "):
        return None  # a trailing apostrophe ("rock 'n' roll", "goin'")
    return "either"


def _nest(found: list[Quoted]) -> list[Quoted]:
    """Fill depth and outer: the nearest earlier quote that encloses each one."""
    for i, q in enumerate(found):
        for j in range(i - 1, -1, -1):
            o = found[j]
            if o.start <= q.open_at and q.end <= o.end:
                q.outer, q.depth = j, o.depth + 1
                break
    return found
