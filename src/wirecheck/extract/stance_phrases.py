"""Attribution frames cued by a phrase rather than one reporting verb.

- A light verb with a noun of saying or stance as its object: "made the case for X", "took
  issue with X", "has a favorable view of X", "gave a warning that ...". The cue runs from
  the verb to the preposition (or up to the clause) that introduces the content; the source
  is the verb's subject.
- A possessor's statement as the subject of "be": "Berg's answer was that ...". The
  possessor is the source, the noun up to the verb the cue.
- A verb of appearance: "The plan seems to work", "It appears that the talks failed". No one
  is named as holding the impression; what seems so is the content, in two pieces when the
  subject stands apart from the complement ("The plan" / "to work"), as PolNeAR marks it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirecheck.extract.phrases import (
    Frame,
    Span,
    cue_span,
    range_span,
    runs,
    same_paragraph,
    source_span,
    subtree_span,
    that_clause,
)
from wirecheck.resources import cues

if TYPE_CHECKING:
    from spacy.tokens import Token

_CONTENT_PREPS = cues.NOMINAL_PREPS | {"at", "toward", "towards", "in", "into", "behind"}
# What follows a verb of appearance: "seems to work", "appears tired", "looks like a win".
_APPEARANCE_COMPLEMENTS = frozenset({"xcomp", "acomp", "attr", "oprd", "ccomp"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})
# Where a speech is given: "a speech at the convention", "remarks at a rally in Ohio".
_GATHERINGS = frozenset(
    {"rally", "convention", "conference", "event", "meeting", "summit", "forum", "hearing"}
)
_EMPTY_SUBJECTS = frozenset({"it", "there", "this", "that"})
_PERSONAL = frozenset({"he", "she", "they", "i", "we", "you", "who"})
# Cue verbs that, under "seem to" / "appear to", are the subject's own report or stance.
_REPORTING = cues.SPEECH | cues.COGNITION | cues.INTENTION | cues.OBJECT


def light_verb_frame(token: Token, source: Token | None) -> Frame | None:
    """'X made the case for Y', 'X took issue with Y', 'X issued a warning that Z'."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in cues.LIGHT_VERBS or source is None:
        return None
    noun = next((c for c in token.children if c.dep_ == "dobj" and c.i > token.i), None)
    if noun is None or noun.lemma_.lower() not in cues.LIGHT_VERB_NOUNS[token.lemma_.lower()]:
        return None
    found = _light_content(token, noun)
    if found is None:
        return None
    content, last = found
    span = source_span(source)
    return Frame(cue_span(token, [last]), token.lemma_.lower(), span, source.i, content)


def _light_content(verb: Token, noun: Token) -> tuple[list[Span], Token] | None:
    """The content and the last cue word: a that-clause of the noun or the verb, else the
    object of a preposition on the noun or on the verb after the noun."""
    for holder in (noun, verb):
        for child in holder.children:
            if child.i <= noun.i or not same_paragraph(verb, child):
                continue
            if that_clause(child):
                return runs(child.subtree), verb.doc[child.left_edge.i - 1]
            if child.dep_ == "prep" and child.lower_ in _CONTENT_PREPS:
                inner = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if inner is not None and inner.ent_type_ not in ("DATE", "TIME"):
                    if _where(child, inner):
                        continue  # "gave a speech in Ohio": where it was given, not what about
                    return [subtree_span(inner)], child
    return None


def _where(prep: Token, inner: Token) -> bool:
    """'in Richmond', 'at the convention': the place or the gathering, not the topic ("took
    aim at Washington" keeps its target)."""
    if prep.lower_ == "in" and inner.ent_type_ in _PLACES:
        return True
    return prep.lower_ in ("in", "at") and inner.lemma_.lower() in _GATHERINGS


def appearance_frame(token: Token) -> Frame | None:
    """'The plan seemed to work' (content: "The plan", "to work"), 'It appears that the talks
    failed' (content: the clause); 'appeared at a rally' is no impression."""
    if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in cues.APPEARANCE:
        return None
    complement = next(
        (
            c
            for c in token.children
            if c.i > token.i
            and (c.dep_ in _APPEARANCE_COMPLEMENTS or _like_phrase(c) or _misparsed_complement(c))
        ),
        None,
    )
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "expl")), None)
    if complement is None or subject is None or not same_paragraph(token, complement):
        return None
    if _reports_itself(complement) and _someone(subject):
        return None  # "Osei seemed to accept X": Osei's acceptance (see appearance_head)
    content = [subtree_span(complement)]
    if subject.lower_ not in _EMPTY_SUBJECTS:
        content.insert(0, subtree_span(subject))
    elif complement.dep_ != "ccomp":
        return None  # "it seems likely": the impression has no content of its own here
    return Frame(cue_span(token, []), token.lemma_.lower(), None, None, content)


def appearance_head(verb: Token) -> Token | None:
    """'Osei seemed to accept X', 'She appeared to suggest that ...': a cue verb under an
    appearance verb is the subject's own attribution, the appearance verb part of its cue."""
    head = verb.head
    if head.i == verb.i or head.lemma_.lower() not in cues.APPEARANCE:
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if not _reports_itself(verb) or subject is None or not _someone(subject):
        return None
    return head


def _someone(subject: Token) -> bool:
    """A person or a named body: "the plan seemed to encourage X" stays an impression."""
    if subject.pos_ == "PRON":
        return subject.lower_ in _PERSONAL
    return subject.pos_ == "PROPN" or subject.ent_type_ in ("PERSON", "ORG", "NORP")


def _reports_itself(complement: Token) -> bool:
    """An infinitive complement that is a cue verb with its own complement."""
    return (
        complement.dep_ == "xcomp"
        and complement.lemma_.lower() in _REPORTING
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in complement.children)
        and any(c.dep_ in ("ccomp", "dobj", "xcomp", "prep") for c in complement.children)
    )


def _misparsed_complement(child: Token) -> bool:
    """What seems so, as the parser misreads it: a comparative made an adverb ("the vote
    appears closer on the islands"), a noun phrase made an object ("the ceremony seemed a
    rebuke")."""
    if child.dep_ == "dobj":  # not "sounded a call", "looked the part"
        return child.head.lemma_.lower() in ("seem", "appear")
    return child.dep_ == "advmod" and child.tag_ in ("RBR", "JJR")


def _like_phrase(child: Token) -> bool:
    """'looks like a win', 'sounds as if he means it'."""
    return child.dep_ in ("prep", "advcl") and child.lower_ in ("like", "as")


def possessed_statement_frame(token: Token) -> Frame | None:
    """'Berg's answer was that fares come first': the possessor says the clause after
    "be" (an adjective or noun there describes the statement: "his remarks were brief")."""
    if token.lemma_.lower() != "be" or token.pos_ not in ("AUX", "VERB"):
        return None
    noun = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
    if noun is None or noun.lemma_.lower() not in cues.STATEMENT_NOUNS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    complement = next(
        (c for c in token.children if c.i > token.i and c.dep_ == "ccomp"),
        None,
    )
    if owner is None or complement is None or not same_paragraph(token, complement):
        return None
    cue = range_span(token.doc, owner.right_edge.i + 1, token.i)
    return Frame(cue, noun.lemma_.lower(), subtree_span(owner), owner.i, [subtree_span(complement)])
