"""The rest of a sentence around a parenthetical cue: 'But, he said, “...”', 'The case
would be helped, Osei said, by the timetable'.

A source and cue set off by commas inside a sentence interrupt what is reported: the words
on the other side of the interruption belong to the same statement, though the parse often
hangs them on the cue ("But", "Even then", "Taking the long view") or leaves them out
("..., Osei said, by the new timetable"). They become one more content piece of the
frame, unless another quote already holds them or they only say how the speaker was asked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirecheck.extract.linking import Piece
from wirecheck.extract.phrases import Frame, Span, strip_punct, token_end

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

# What may stand between a source and its cue ("Varga, who ..., said"; "he said").
_JOINERS = " ,"
# Words that open a scene rather than a statement ("Asked about it, she said, ...").
_ASKING = frozenset(["asked", "pressed", "questioned", "told", "when", "after", "before"])
_QUOTE_MARKS = "\"“”‘’'«»"
# Asides after the cue that are frames of their own ("..., he said, adding that ...").
_ASIDE_TAGS = frozenset(["VBG", "VBN"])
_REPORTED = frozenset(["direct", "indirect"])


def parenthetical_pieces(doc: Doc, pieces: list[Piece]) -> list[Piece]:
    """Content pieces on the far side of a parenthetical cue that no quote holds yet."""
    found: list[Piece] = []
    taken = [p.span for p in pieces]
    frames = {id(p.frame): p.frame for p in pieces if p.frame and p.kind in _REPORTED}
    text = doc.text  # built anew from the tokens on each access: once per document
    for frame in frames.values():
        own = [p for p in pieces if p.frame is frame]
        group = _cue_group(doc, text, frame)
        if group is None:
            continue
        piece = _before(group, own) or _after(group, [p.span for p in own], frame.cue)
        if piece is not None and not any(_overlap(piece, span) for span in taken):
            found.append(Piece(piece, "indirect", frame))
            taken.append(piece)
    return found


def _cue_group(doc: Doc, text: str, frame: Frame) -> DocSpan | None:
    """The tokens of source and cue together, when commas set them off inside a sentence."""
    if frame.source is None:
        return None
    (a, b), (c, d) = sorted([frame.source, frame.cue])
    if text[b:c].strip(_JOINERS) or "\n" in text[a:d]:
        return None
    group = doc.char_span(a, d, alignment_mode="expand")
    if group is None or group.start < 1 or group.end >= len(doc):
        return None
    if group.start <= group[0].sent.start + 1 or doc[group.start - 1].text != ",":
        return None
    return group if doc[group.end].text == "," else None


def _before(group: DocSpan, own: list[Piece]) -> Span | None:
    """'But, he said, “...”', 'In law school, she said, she felt unseen': the sentence's
    opening words when the content follows the cue."""
    doc = group.doc
    after = token_end(doc[group.end])
    following = next((p for p in own if 0 <= p.span[0] - after <= 3), None)
    if following is None:
        return None
    words = strip_punct(list(doc[group[0].sent.start : group.start - 1]))
    if not words or any("\n" in t.text or t.text in _QUOTE_MARKS for t in words):
        return None
    if words[0].lower_ in _ASKING or words[0].tag_ == "VBN":
        return None  # "Asked about it, she said, ...": how the words came, not what they say
    if words[0].tag_ == "IN" and following.kind == "direct":
        # "At the rally, she said, “...”": the scene of a quotation, not part of it (a
        # subordinate clause is _fronted's in quotes.py); before a reported clause the
        # phrase is the clause's own ("In law school, she said, she felt unseen").
        return None
    return words[0].idx, token_end(words[-1])


def _after(group: DocSpan, own: list[Span], cue: Span) -> Span | None:
    """'The case would be helped, Osei said, by the timetable': the sentence's closing
    words when the content before the cue stops at it and they hang on it or on the cue."""
    doc = group.doc
    before = doc[group.start - 1].idx
    reported = next((s for s in own if 0 <= before - s[1] <= 3), None)
    if reported is None:
        return None
    words = strip_punct(list(doc[group.end + 1 : group[-1].sent.end]))
    if not words or any("\n" in t.text or t.text in _QUOTE_MARKS for t in words):
        return None
    aside = words[0].tag_ in _ASIDE_TAGS and not _main_clause(words)
    if aside or not _hangs_on(words, [reported, cue]):
        return None  # "..., he said, adding ...", "..., said Ola Berg, a councillor."
    return words[0].idx, token_end(words[-1])


def _hangs_on(words: list[Token], spans: list[Span]) -> bool:
    """The words' own head stands in the reported content before the cue, or is the cue (the
    parser hangs the tail of an interrupted clause on it); not the source ("a councillor")."""
    inside = {t.i for t in words}
    heads = [t.head for t in words if t.head.i not in inside]
    if not heads:
        return _main_clause(words)
    return all(any(s <= h.idx < e for s, e in spans) for h in heads)


def _main_clause(words: list[Token]) -> bool:
    """The words hold the sentence's root ("Though it went well, he said, a rerun would be
    bitter"): the cue interrupts the statement's main clause, not a trailing aside."""
    return any(t.dep_ == "ROOT" for t in words)


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]
