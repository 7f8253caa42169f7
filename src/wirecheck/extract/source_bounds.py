"""Where a source phrase starts and ends: after any line break before its head, after the
percent sign of a count ("42% said"), and before a relative clause about a thing nested
inside it.

"Osei, chair of the dockers' union, which represents port workers, said": the
relative clause describes the union, not the speaker. A which-clause set off by a comma and
hung on a noun inside the source phrase, rather than on the phrase's head, ends the phrase
(PolNeAR's sources mostly stop there). Asides on the head itself ("Anna Keller, the mayor,
who ...") stay, as phrases.py keeps them; so do nested appositions ("Pavel Nowak, of
Tarnwick, Hestland", "Her partner at Brightwell, Ola Berg"), which name places and people.

Two misparses are undone: an aside closed by a dash that the parser joined to the subject
("... were never published ― Keller boasted"), and a fronted phrase whose last noun it took
for the subject, with the speaker as that noun's apposition ("With ten days to the vote, Ines
Varga, a campaign adviser, called ..."); and a subject split in two, a word cut at its hyphen
("Her ex-husband agreed"), the first item of a list ("The family, campaigners and civic groups
have been demanding") or a name before its title ("Tomas Berg, the secretary general of the
harbour authority, vowed"), is made one phrase again.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import TYPE_CHECKING

from wirecheck.extract.phrases import Frame, Span, strip_punct, token_end

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The relative word of a clause about a thing, never about the person who speaks.
_THING_RELATIVES = frozenset(["which"])
_DASHES = frozenset(["―", "—", "–", "--"])


def source_bounds(doc: Doc, frames: list[Frame]) -> list[Frame]:
    """The frames, each source phrase cut after a line break and before a which-clause
    nested inside it, and a count's percent sign kept."""
    text = doc.text  # built anew from the tokens on each access: once per document
    return [_cut(doc, text, frame) for frame in frames]


def _cut(doc: Doc, text: str, frame: Frame) -> Frame:
    if frame.source is None or frame.source_token is None:
        return frame
    head = doc[frame.source_token]
    start, end = _after_break(text, frame.source)
    start = _after_dash(doc, head, start)
    head, start = _past_fronted_phrase(doc, head, start, end)
    start = _with_split_subject(doc, text, head, start)
    frame = replace(frame, source_token=head.i)
    if text[end : end + 1] == "%":
        end += 1  # "42% said ...": the sign is part of the count, not punctuation around it
    frame = replace(frame, source=(start, end))
    if not start <= head.idx < end:
        return frame
    inside = list(itertools.takewhile(lambda t: t.idx < end, doc[head.i : len(doc)]))
    aside = next((t for t in inside if _nested_aside(t, head, start)), None)
    if aside is None:
        return frame
    kept = strip_punct([t for t in inside if t.i < aside.left_edge.i])
    if not kept:
        return frame
    return replace(frame, source=(start, token_end(kept[-1])))


def _after_break(text: str, span: Span) -> Span:
    """'Live updates (all times CET):\n\n9 a.m.\n\nMayor Osei': a headline or time stamp the
    parser joined to the subject across a line break is no part of it."""
    start, end = span
    cut = text.rfind("\n", start, end)
    if cut < 0 or not text[cut + 1 : end].strip():
        return span
    rest = text[cut + 1 : end]
    return cut + 1 + len(rest) - len(rest.lstrip()), end


def _after_dash(doc: Doc, head: Token, start: int) -> int:
    """'... were never published ― Keller boasted': a dash before the head closes an aside the
    parser joined to the subject; the source starts after it."""
    dashes = [t for t in doc[max(0, head.i - 12) : head.i] if t.idx >= start and t.text in _DASHES]
    return doc[dashes[-1].i + 1].idx if dashes else start


def _past_fronted_phrase(doc: Doc, head: Token, start: int, end: int) -> tuple[Token, int]:
    """'With ten days to the vote, Ines Varga, a campaign adviser, called ...': the
    parser made the fronted phrase's last noun the subject and the speaker its apposition.
    A subject phrase that follows a preposition or verb of its own clause is no subject; the
    person named after the comma is."""
    first = next((t for t in doc[max(0, head.i - 30) : head.i + 1] if t.idx >= start), head)
    before = doc[first.i - 1] if first.i else None
    if before is None or before.sent != head.sent or before.pos_ not in ("ADP", "VERB"):
        return head, start
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.i == before.i:
        return head, start  # "said the agency's director, Lena M. Hale": the cue's own
    person = next(
        (
            c
            for c in head.children
            if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.idx < end and c.i > head.i
        ),
        None,
    )
    if person is None or doc[person.left_edge.i - 1].text != ",":
        return head, start
    return person, person.left_edge.idx


def _with_split_subject(doc: Doc, text: str, head: Token, start: int) -> int:
    """'Her ex-husband agreed', 'Tomas Berg, the secretary general of the harbour authority,
    vowed': the parser gave the verb a second subject for what is one phrase, a word the
    tokenizer split at its hyphen or a name before its title. The source starts at the first."""
    if head.dep_ != "nsubj":
        return start
    earlier = [c for c in head.head.children if c.dep_ == "nsubj" and c.i < head.i]
    if not earlier:
        return start
    joined = start
    for part in reversed(earlier):  # "ex" "-" "wife": pieces of one word, no space between
        if part.right_edge.is_space or token_end(part.right_edge) != joined:
            break
        joined = part.left_edge.idx
    if joined != start:
        return joined
    first = earlier[-1]
    gap = text[token_end(first.right_edge) : start]
    named = first.ent_type_ == "PERSON" and not any(
        t.ent_type_ == "PERSON" for t in doc[head.left_edge.i : head.i + 1]
    )
    listed = any(c.dep_ == "conj" for c in head.children)  # "The family, campaigners and ..."
    if (named or listed) and gap.strip() == "," and "\n" not in gap:
        return first.left_edge.idx
    return start


def _nested_aside(token: Token, head: Token, start: int) -> bool:
    """A relative clause about a thing after a comma, on a noun that is inside the source
    phrase but is not its head (or on a head that names a person, where the parser hung a
    clause about the noun before it)."""
    owner = token.head
    if owner.idx < start or owner.i > token.i:
        return False
    if owner.i == head.i and head.ent_type_ != "PERSON":
        return False  # "which" on a person is misparsed: it is about a noun nearer to it
    first = token.left_edge
    if first.i < 1 or token.doc[first.i - 1].text != ",":
        return False
    return token.dep_ == "relcl" and first.lower_ in _THING_RELATIVES
