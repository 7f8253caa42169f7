"""Cues that sit inside the clause they report on, so that the content is the clause around
them: a parenthetical "according to X" ("Turnout, according to the council, was low"),
a hearsay adverb ("The firm has reportedly hired ..."), and a document a fronted "in" names
("In the poll, the mayor led by ten points").

The content is the clause less the cue's own words, in as many pieces as the cue cuts it
into: PolNeAR marks "Fundraising" and "was slow" as the two halves of what the campaign
says, where a single span would keep only one of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirecheck.extract.nominal import according_head
from wirecheck.extract.phrases import Frame, Span, runs, source_span, token_end, token_span
from wirecheck.resources import cues

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Adverbs that pass a clause on from someone unnamed: the clause is what was reported.
HEARSAY_ADVERBS = frozenset(["reportedly", "allegedly", "reputedly", "purportedly", "supposedly"])
# A poll or survey named by "the" alone is one particular poll when it is singular ("In the
# poll, ..."); "in the polls" is the polls in general, which report nothing in particular.
_SINGULAR_DOCUMENTS = frozenset(["poll", "survey"])
_REPORTING = cues.SPEECH | cues.EVIDENCE | cues.COGNITION
# Words that count those a poll asked ("most voters", "half of Democrats").
# Marks that open a quotation (the straight and doubled ones may close one too).
_OPENING_MARKS = ("“", "``", '"', "''")
_SHARES = frozenset(["most", "many", "half", "majority", "minority", "few", "third", "quarter"])


def according_pieces(frame: Frame, token: Token) -> Frame:
    """'X, according to Y, did Z': both halves of the clause around the cue are content."""
    if frame.lemma != "according to" or not frame.content:
        return frame
    head = according_head(token)
    head = head if head.pos_ in ("VERB", "AUX") else token.sent.root
    pieces = _clause_pieces(head, token)
    if len(pieces) < 2:
        pieces = frame.content
    pieces = _with_opening_mark(token.doc.text, pieces)
    return Frame(frame.cue, frame.lemma, frame.source, frame.source_token, pieces, frame.quoted)


def _with_opening_mark(text: str, pieces: list[Span]) -> list[Span]:
    """'“We will not back down,” the mayor said, according to a recording': the quotation
    that opens the clause is part of what the recording reports, mark and all, so the clause
    is not mistaken for the quote itself (which begins after the mark)."""
    start, end = pieces[0]
    for mark in _OPENING_MARKS:
        if text.endswith(mark, 0, start):
            return [(start - len(mark), end), *pieces[1:]]
    return pieces


def hearsay_frame(token: Token) -> Frame | None:
    """'The firm has reportedly hired a new chief': no source, the cue 'reportedly', the
    clause around it (in pieces) the content."""
    if token.lower_ not in HEARSAY_ADVERBS or token.dep_ != "advmod":
        return None
    verb = token.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    pieces = _clause_pieces(verb, token)
    return Frame(token_span(token), token.lower_, None, None, pieces) if pieces else None


def document_in_frame(token: Token) -> Frame | None:
    """'In the poll, the mayor led by ten points', 'the mayor held a lead in a Channel 4
    poll': what a particular poll shows, where "in" hangs on the verb or on its object."""
    if token.lower_ != "in" or token.dep_ != "prep":
        return None
    source = next((c for c in token.children if c.dep_ == "pobj"), None)
    if source is None or source.lemma_.lower() not in cues.DOCUMENTS:
        return None
    if not _particular(source):
        return None
    verb = _verb_above(token)
    if verb is None or (verb.lemma_.lower() in _REPORTING and not _fronted(token)):
        return None  # "said in a statement": the speaker is the source
    pieces = _clause_pieces(verb, token)
    if not pieces:
        return None
    return Frame(token_span(token), "in", source_span(source), source.i, pieces)


def _fronted(prep: Token) -> bool:
    """'In a CBS poll, 40 percent said ...': the phrase opens the sentence, before a count of
    those who answered; the poll reports what they said ("In a poll of voters, the firm found
    ...": the firm speaks)."""
    if prep.i != prep.sent.start or prep.i > prep.head.i:
        return False
    subject = next((c for c in prep.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(_counts(t) for t in subject.subtree)


def _counts(token: Token) -> bool:
    return token.like_num or token.ent_type_ in ("PERCENT", "CARDINAL") or token.lower_ in _SHARES


def _particular(document: Token) -> bool:
    """A named or dated poll ("a CBS poll", "the latest poll"), or "the poll" itself."""
    modifiers = ("compound", "amod", "nmod", "npadvmod", "poss")
    if any(c.dep_ in modifiers for c in document.children):
        return True
    return document.lower_ in _SINGULAR_DOCUMENTS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in document.children
    )


def _verb_above(prep: Token) -> Token | None:
    """The verb of the clause the phrase belongs to: its head, or the verb whose object
    the phrase modifies ("held a lead in a poll")."""
    head = prep.head
    if head.pos_ in ("VERB", "AUX"):
        return head
    if head.dep_ in ("dobj", "attr") and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def _clause_pieces(verb: Token, skip: Token) -> list[Span]:
    """The verb's clause, in its paragraph, less the `skip` subtree, in unbroken pieces."""
    gone = {t.i for t in skip.subtree}
    kept = [t for t in verb.subtree if t.i not in gone and not _across_paragraph(verb, t)]
    return runs(kept)


def _across_paragraph(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.i, b.i))
    return any("\n" in t.text for t in a.doc[lo:hi])


def without_nested_hearsay(found: list[Frame]) -> list[Frame]:
    """'He reportedly told aides that ...': the report inside keeps its own speaker; a hearsay
    frame around another cue would swallow it (reported content inside another frame's
    content gives way to the outer one), so it is dropped."""
    others = [f.cue for f in found if f.lemma not in HEARSAY_ADVERBS]
    return [f for f in found if f.lemma not in HEARSAY_ADVERBS or not _holds_cue(f, others)]


def _holds_cue(frame: Frame, cues_at: list[Span]) -> bool:
    """Another cue within the clause the frame spans ("reportedly told": the adverb may be
    part of the other cue)."""
    start, end = frame.content[0][0], frame.content[-1][1]
    return any(start <= c[1] and c[0] <= end for c in cues_at)


def without_according_aside(doc: Doc, found: list[Frame]) -> list[Frame]:
    """'X would see Y go up, according to Z, ...': Z reports X's view, and X's content ends
    before the 'according to' phrase (the parser may hang it inside X's clause); what X sees
    then lies inside what Z reports, and what follows the phrase is Z's alone."""
    asides = []
    for frame in found:
        if frame.lemma != "according to":
            continue
        token = doc.char_span(*frame.cue, alignment_mode="expand")
        if token is not None:
            first = token[0]
            start = first.i - 1 if first.i > 0 and doc[first.i - 1].is_punct else first.i
            asides.append((doc[start].idx, token_end(doc[first.right_edge.i])))
    if not asides:
        return found
    for frame in found:
        if frame.lemma == "according to":
            continue
        pieces = []
        for start, end in frame.content:
            aside = next(((a, b) for a, b in asides if start < a and b <= end), None)
            pieces.append(_trimmed(doc.text, start, aside[0]) if aside else (start, end))
        frame.content = [p for p in pieces if p[0] < p[1]]
    return found


def _trimmed(text: str, start: int, end: int) -> Span:
    """The span less the spaces and commas at its edges."""
    while start < end and text[start] in " ,;\n":
        start += 1
    while end > start and text[end - 1] in " ,;\n":
        end -= 1
    return (start, end)
