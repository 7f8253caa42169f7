"""Attribution frames cued by something other than a reporting verb.

"according to X, ...", a possessor and a noun of saying ("Keller's claim that ..."), a stance
adjective ("X is confident that ...", "X was critical of Y"), and whatever verb ends in the
colon that introduces a quote ("A harbour protest had one demand: “...”").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from wirecheck.extract.phrases import (
    CUE_LEFT,
    Frame,
    Span,
    cue_span,
    range_span,
    runs,
    source_span,
    strip_punct,
    subtree_span,
    that_clause,
    token_end,
    token_span,
)
from wirecheck.resources import cues

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_REPORTING = cues.SPEECH | cues.EVIDENCE | cues.COGNITION
# Verbs whose clause is a report of its own, with its own speaker.
_CUE_VERBS = _REPORTING | cues.OBJECT | cues.INTENTION
_MAX_INVERTED_SOURCE = 8  # words between "Said" and the colon: a name and its title
# What may stand before a name alone before a colon: a sentence end, a dash or a line break,
# then "More from" or "From" ("- More from Dorn: “...”", "From the report: “...”").
_NAME_INTRO = re.compile(r"(?:^|[.!?]\s+|\s[-–—]+\s*|\n\s*)(?:[Mm]ore\s+)?([Ff]rom\s+)?$")


def colon_frames(doc: Doc, opening_marks: Iterable[int], taken: list[Frame]) -> list[Frame]:
    """'A harbour protest had one demand: “Save the Ferry”': whatever the verb before a colon
    that introduces a quote, its subject is the quote's source."""
    text = doc.text
    cues_at = {f.cue for f in taken}
    found = []
    for mark in opening_marks:
        at = mark - 1
        while at >= 0 and text[at].isspace():
            at -= 1
        if at < 0 or text[at] != ":":
            continue
        colon = doc.char_span(at, at + 1, alignment_mode="expand")
        if colon is None:
            continue
        # The colon hangs on the verb it ends ("Keller went one step further: “...”"), even when
        # the parser made the quote the root of the sentence.
        head = colon[0].head
        root = head if head.pos_ == "VERB" and head.i < colon[0].i else colon[0].sent.root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        inverted = _said_then_name(colon[0])
        if inverted is not None and token_span(colon[0]) not in cues_at:
            found.append(inverted)  # "Said Berg: “...”"
            continue
        if root.pos_ != "VERB" or subject is None or root.i > colon[0].i:
            # No verb before the colon ends in it: the quote's own verb is no cue.
            named = _named_before(colon[0])
            if named is not None and token_span(colon[0]) not in cues_at:
                name = range_span(doc, named.i, colon[0].i - 1)
                found.append(Frame(token_span(colon[0]), ":", name, named.i, []))
            continue
        if token_span(root) in cues_at:
            continue
        source = source_span(subject)
        found.append(Frame(cue_span(root, []), root.lemma_.lower(), source, subject.i, []))
    return found


def _said_then_name(colon: Token) -> Frame | None:
    """'Said Berg: “...”', 'Added the minister: “...”': a sentence that opens with a verb of
    saying, then who said it and a colon. The verb is the cue, the words after it the source."""
    doc = colon.doc
    first = colon.sent.start
    verb = doc[first]
    if colon.i - first < 2 or verb.lower_ not in cues.INVERTED_SAYING or not verb.is_title:
        return None
    phrase = doc[first + 1 : colon.i]
    if len(phrase) > _MAX_INVERTED_SOURCE or any(t.is_punct and t.text not in ".," for t in phrase):
        return None
    inside = range(first + 1, colon.i)
    roots = [t for t in phrase if t.head.i not in inside or t.head.i == t.i]
    head = roots[-1] if roots else phrase[-1]  # the phrase's own head, where the parser left it
    return Frame(token_span(verb), "say", range_span(doc, first + 1, colon.i - 1), head.i, [])


def _named_before(colon: Token) -> Token | None:
    """'- Ines Varga: “...”', 'More from Dorn: “...”': a name (or, after "from", a document)
    alone before the colon that opens a quote, with no verb, is who the quote is from."""
    doc = colon.doc
    if colon.i == 0 or doc[colon.i - 1].pos_ not in ("PROPN", "NOUN"):
        return None
    head = doc[colon.i - 1]
    while head.dep_ in ("conj", "compound") and head.head.i < head.i:
        head = head.head  # "Ines Varga and Ola Berg": the first name heads the phrase
    first = colon.i - 1  # back to the phrase's start, or to a dash the parser put inside it
    while first > head.left_edge.i and not doc[first - 1].is_punct:
        first -= 1
    start = doc[first].idx
    intro = _NAME_INTRO.search(doc.text[max(0, start - 40) : start])
    phrase = doc[first : colon.i]
    if intro is None or "\n" in phrase.text or any(t.pos_ == "VERB" for t in phrase):
        return None
    named = any(t.pos_ == "PROPN" for t in phrase)
    return doc[first] if named or intro.group(1) else None


# Clause complements a trailing 'according to' reaches past.
_COMPLEMENTS = frozenset(["ccomp", "xcomp"])


def according_frame(token: Token) -> Frame | None:
    """'according to X, Y': cue 'according to', source X, content the clause it modifies."""
    nxt = token.nbor() if token.i + 1 < len(token.doc) else None
    if token.lower_ != "according" or nxt is None or nxt.lower_ != "to":
        return None
    objects = [c for c in nxt.children if c.dep_ == "pobj"]
    if not objects:
        return None
    source = objects[0]
    cue = (token.idx, nxt.idx + len(nxt))
    content = _clause_without(according_head(token), token)
    return Frame(cue, "according to", source_span(source), source.i, [content] if content else [])


def according_head(token: Token) -> Token:
    """The clause 'according to' reports on: the one it hangs on, or the whole sentence when it
    trails a complement clause ('The small farms would see their grants go up, according to
    the ministry': the parser hangs it on 'go', but the ministry reports the whole)."""
    head = token.head
    while (
        head.dep_ in _COMPLEMENTS
        and head.i < token.i
        and head.head.i < head.i
        and head.head.lemma_.lower() in _REPORTING
        and token.doc[token.i - 1].is_punct
    ):
        head = head.head
    return head


def in_frame(token: Token) -> Frame | None:
    """'In a CBS poll, she led by 24 points': the document is the source, "in" the cue and the
    clause around it the content; unless a reporting verb of the clause has its own source."""
    if token.lower_ != "in" or token.dep_ != "prep":
        return None
    source = next((c for c in token.children if c.dep_ == "pobj"), None)
    if source is None or source.lemma_.lower() not in cues.DOCUMENTS:
        return None
    if not any(c.dep_ in ("compound", "amod", "nmod", "npadvmod") for c in source.children):
        return None  # "slid in the polls": polls in general report nothing in particular
    head = token.head
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() in _REPORTING:
        return None  # "said in a statement": the speaker is the source
    content = _clause_without(head, token)
    if content is None:
        return None
    return Frame(token_span(token), "in", source_span(source), source.i, [content])


def _clause_without(head: Token, skip: Token) -> Span | None:
    """The head's clause in its sentence minus the `skip` subtree and the commas around it."""
    sent = head.sent
    root = head if head.pos_ in ("VERB", "AUX") else sent.root
    gone = {t.i for t in skip.subtree}
    keep = [t for t in root.subtree if t.i not in gone and not t.is_space]
    before = [t for t in keep if t.i < skip.i]
    after = [t for t in keep if t.i > skip.i]
    part = after if len(after) >= len(before) else before
    part = strip_punct(part)
    return (part[0].idx, token_end(part[-1])) if part else None


def noun_frame(token: Token) -> Frame | None:
    """'Keller's claim that ...', 'her call for ...': a possessor says what the noun reports."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in cues.NOMINAL:
        return None
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    found = _noun_content(token)
    if found is None:
        return None
    content, extra = found
    if owner is None:
        return _unowned_frame(token, content)
    first = token.i
    while first - 1 > owner.i and token.doc[first - 1].dep_ in ("amod", "compound"):
        first -= 1  # "earlier claim", "stern warning"
    cue = range_span(token.doc, first, max([token.i] + [t.i for t in extra]))
    return Frame(cue, token.lemma_.lower(), subtree_span(owner), owner.i, content)


def _unowned_frame(noun: Token, content: list[Span]) -> Frame | None:
    """'the claim that the vote was rigged', 'fears that prices will rise': a noun of saying
    with its that-clause reports a statement or belief even where no one owns it here (the
    clause is what was claimed or feared); the speaker is left unsaid. Not when the clause's
    verb is a cue in its turn ("charges that Dorn called “...”", "the hope that Mr. Lee
    opposed the plan"): the report inside has a speaker of its own, or the clause is a
    misparsed relative clause."""
    clause = next((c for c in noun.children if c.i > noun.i and that_clause(c)), None)
    if clause is None or clause.lemma_.lower() in _CUE_VERBS:
        return None
    return Frame(token_span(noun), noun.lemma_.lower(), None, None, content)


def _noun_content(noun: Token) -> tuple[list[Span], list[Token]] | None:
    for child in noun.children:
        if child.i < noun.i:
            continue
        if child.dep_ in ("acl", "ccomp", "relcl") and any(
            c.dep_ in ("mark", "aux") and c.lower_ in ("that", "to") for c in child.children
        ):
            return runs(child.subtree), []
        if child.dep_ == "prep" and child.lower_ in cues.NOMINAL_PREPS:
            inner = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if inner is not None:
                return [subtree_span(inner)], [child]
    return None


def stance_frame(token: Token) -> Frame | None:
    """'X is confident that ...', 'X was critical of Y', 'X was quick to add ...'."""
    link = token.head
    if (
        token.pos_ != "ADJ"
        or token.lemma_.lower() not in cues.ATTITUDE
        or token.dep_ not in ("acomp", "oprd")
        or link.lemma_.lower() not in cues.LINKING_VERBS
    ):
        return None
    subject = next((c for c in link.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in ("it", "there"):
        return None
    found = _stance_content(token)
    if found is None:
        return None
    content, extra = found
    first = min([link.i] + [c.i for c in link.children if c.dep_ in CUE_LEFT and c.i < link.i])
    last = max([token.i] + [t.i for t in extra])
    cue = range_span(token.doc, first, last)
    source = source_span(subject)
    return Frame(cue, token.lemma_.lower(), source, subject.i, content)


def _stance_content(adjective: Token) -> tuple[list[Span], list[Token]] | None:
    for child in adjective.children:
        if child.dep_ in ("ccomp", "xcomp"):
            return runs(child.subtree), []
        if child.dep_ == "prep":
            inner = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if inner is not None:
                return [subtree_span(inner)], [child]
    return None
