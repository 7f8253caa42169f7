"""Complements that are objects: what a cue verb names with a noun phrase.

"called for X", "pointed to X", "laid out X" (a particle's or preposition's object), "calling
for the city to act" (an infinitive clause marked by the preposition), "criticized X as a
disgrace" (the direct object with what completes it), "asked X whether Y" (the person asked
with the question; the person alone is no content), "mused about X" (what a speech verb is
about). Each finder takes the verb, its lemma and its children in the paragraph.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirecheck.extract.phrases import Span, range_span, subtree_span
from wirecheck.extract.report_clauses import relative_pronoun, where_said
from wirecheck.resources import cues

if TYPE_CHECKING:
    from spacy.tokens import Token

# Content spans and the extra tokens that belong to the cue ("called for": "for").
Found = tuple[list[Span], list["Token"]]

# "spoke on condition of anonymity", "spoke on behalf of": how, not what, they spoke.
_CIRCUMSTANCES = frozenset(["condition", "behalf", "phone", "telephone", "background"])
_REPORTS = cues.SPEECH | cues.COGNITION | cues.EVIDENCE
_OF = frozenset(["of", "about"])
_TIMES = frozenset(["DATE", "TIME"])
_QUESTION_MARKS = frozenset(["if", "whether"])


def _to_infinitive(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def phrasal(verb: Token, lemma: str, children: list[Token]) -> Found | None:
    """'called for X', 'pointed to X', 'laid out X': the particle's or preposition's object."""
    allowed = cues.PHRASAL[lemma]
    clause = _marked_clause(verb, allowed, children)
    if clause is not None:
        return clause
    for child in children:
        if child.dep_ not in ("prep", "prt") or child.lower_ not in allowed or child.i < verb.i:
            continue
        if child.dep_ == "prep":
            inner = _object_of(child)
            if (
                inner is not None
                and inner.lemma_.lower() not in _CIRCUMSTANCES
                and not where_said(child, inner)
            ):
                return [subtree_span(inner)], [child]
            continue
        obj = next(
            (c for c in children if c.dep_ in ("dobj", "prep", "ccomp") and c.i > child.i), None
        )
        if obj is not None and obj.dep_ != "prep":
            return [subtree_span(obj)], [child]
        inner = _object_of(obj) if obj is not None else None
        # "pointed out in March": when it was said, not what.
        if obj is not None and inner is not None and inner.ent_type_ not in _TIMES:
            return [subtree_span(inner)], [child, obj]
    return None


def _marked_clause(verb: Token, allowed: set[str], children: list[Token]) -> Found | None:
    """'calling for the council to widen the harbour': the parser makes "for" the
    mark of an infinitive clause; the clause without it is what was called for."""
    for child in children:
        if child.i < verb.i or child.dep_ not in ("advcl", "ccomp", "xcomp"):
            continue
        mark = next((c for c in child.children if c.dep_ == "mark"), None)
        if _to_infinitive(child) and mark is not None and mark.lower_ in allowed:
            return [range_span(verb.doc, mark.i + 1, child.right_edge.i)], [mark]
    return None


def _object_of(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


def _gerund(child: Token) -> bool:
    """'supports banning the sale', 'opposed raising taxes': a gerund clause as the object;
    unless a report is in it ("could not stop pointing out that ..." is its own)."""
    if child.dep_ not in ("xcomp", "ccomp") or child.tag_ != "VBG" or _to_infinitive(child):
        return False
    return not any(t.pos_ == "VERB" and t.lemma_.lower() in _REPORTS for t in child.subtree)


def objects(verb: Token, lemma: str, children: list[Token]) -> Found | None:
    """The direct object with what completes it ('X as a disgrace', 'X for Y', 'X a liar')."""
    objects = [
        c
        for c in children
        if c.i > verb.i and (c.dep_ == "dobj" or _gerund(c) or _free_relative(c))
    ]
    complement = next((c for c in children if c.dep_ == "oprd" and c.i > verb.i), None)
    if complement is not None and (not objects or objects[0].i > complement.i):
        # "what the mayor called a scandal": the object went before, its label follows.
        return [subtree_span(complement)], []
    if not objects or relative_pronoun(objects[0], verb):
        return None
    first = objects[0]
    asking = lemma in cues.QUESTION_VERBS
    last, more = _object_end(first, children, asking)
    if lemma in cues.AS_ONLY and not _cast_as(children, first):
        return None
    if asking and not more and _addressee(first):
        return None  # "“Are you ready?” Mills asked reporters": whom she asked, not what
    return [range_span(verb.doc, first.left_edge.i, last)], []


_WH_OBJECTS = frozenset(["what", "whatever", "how", "why", "whether", "where", "who"])


def _free_relative(child: Token) -> bool:
    """'attacked what he called a stunt', 'described how it sank': the parser reads the
    object, a free relative or an embedded question, as a clause."""
    return child.dep_ == "ccomp" and child.left_edge.lower_ in _WH_OBJECTS


def _cast_as(children: list[Token], first: Token) -> bool:
    """'cast the vote as a betrayal': an "as" phrase after the object completes it."""
    return any(c.dep_ == "prep" and c.lower_ == "as" and c.i > first.i for c in children)


def _object_end(first: Token, children: list[Token], asking: bool) -> tuple[int, bool]:
    """Where the content that starts with the object ends, and whether anything besides the
    object and a time phrase is in it ('X as a disgrace', 'X for Y', 'X a liar')."""
    last, more = first.right_edge.i, False
    for child in children:
        if child.i <= last:
            continue
        if asking and _embedded_question(child):
            # "asked Keller on Monday if the bridge was still planned"
            return child.right_edge.i, True
        if _when(child):
            last = child.right_edge.i  # "criticized the plan last week as a disgrace"
        elif child.dep_ in ("oprd", "ccomp", "xcomp") or (
            child.dep_ == "prep" and child.lower_ in cues.OBJECT_PREPS
        ):
            last, more = child.right_edge.i, True
        elif child.dep_ != "punct":
            break
    return last, more


def _embedded_question(child: Token) -> bool:
    """'if they were ready', 'whether he would run': a question put as a clause."""
    return child.dep_ in ("advcl", "ccomp") and any(
        c.dep_ == "mark" and c.lower_ in _QUESTION_MARKS for c in child.children
    )


def _when(child: Token) -> bool:
    """'on Monday', 'last week': a time phrase after the object."""
    inner = _object_of(child) if child.dep_ == "prep" else child
    return (
        child.dep_ in ("prep", "npadvmod")
        and inner is not None
        and inner.ent_type_ in _TIMES
        and all(t.ent_type_ in _TIMES or t.i == child.i for t in child.subtree)
    )


def _addressee(token: Token) -> bool:
    """A person or group as the object: 'asked him', 'asked Keller', 'asked reporters'."""
    return (
        (token.tag_ == "PRP" and token.lower_ not in ("it", "this", "that"))
        or token.ent_type_ in cues.SPEAKER_TYPES
        or token.lemma_.lower() in cues.ADDRESSEE_NOUNS
    )


def about(verb: Token, lemma: str, children: list[Token]) -> Found | None:
    """'remarked upon X', 'mused about X', 'opined against X': what a speech verb is about."""
    for child in children:
        if child.dep_ != "prep" or child.i < verb.i or child.lower_ not in cues.ABOUT_PREPS:
            continue
        inner = _object_of(child)
        if inner is None or inner.ent_type_ in _TIMES or where_said(child, inner):
            continue
        return [subtree_span(inner)], [child]
    return None


def told_thing(verb: Token, lemma: str, children: list[Token]) -> Found | None:
    """'told the story of X', 'told a joke about Y': the object of "tell" is its addressee,
    unless it names what is told; then what the story is of or about is the content and the
    noun phrase joins the cue."""
    told = next(
        (
            c
            for c in children
            if c.dep_ == "dobj" and c.i > verb.i and c.lemma_.lower() in cues.TOLD_NOUNS
        ),
        None,
    )
    if told is None:
        return None
    prep = next((c for c in told.children if c.dep_ == "prep" and c.lower_ in _OF), None)
    inner = _object_of(prep) if prep is not None else None
    if prep is None or inner is None:
        return [subtree_span(told)], []
    return [subtree_span(inner)], list(verb.doc[verb.i + 1 : prep.i + 1])
