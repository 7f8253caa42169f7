"""Verbs of feeling whose object feels: 'The remark angered Democrats', 'Democrats were angered
by the remark', 'Alarmed by the vote, the mayor said ...'; and the passive of convincing,
whose subject believes: 'Keller is convinced that the ferry will return'.

With these verbs the one who holds the attitude is the object (or the passive subject), not the
subject: the subject (or the agent) is what the attitude is about. So the source is the one who
feels and the content what caused it, the reverse of a reporting verb's frame.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirecheck.extract.phrases import Frame, cue_span, source_span, subtree_span
from wirecheck.resources import cues

if TYPE_CHECKING:
    from spacy.tokens import Token

# What a passive feeling is about: "angered by X", "dismayed at X", "rattled about X".
_CAUSE_PREPS = frozenset(["by", "at", "about", "over", "with"])
# Subjects that name no cause: "It might surprise you" in a headline says nothing about what
# "it" is; "this" and "that" stand for something said before and stay.
_EMPTY_CAUSES = frozenset(["it", "what"])
# Passives whose subject holds a belief: "is convinced that ...", "was persuaded that ...".
_CONVINCED = frozenset(["convince", "persuade"])


def feeling_frame(verb: Token) -> Frame | None:
    """The frame of a verb of feeling: the one who feels as source, the cause as content."""
    if verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() in _CONVINCED:
        return _convinced(verb)
    if verb.lemma_.lower() not in cues.FEELING:
        return None
    if any(c.dep_ in ("prt", "prep") and c.lower_ == "off" for c in verb.children):
        return None  # "rattled off the numbers": reciting, not feeling
    found = _active(verb) or _passive(verb) or _fronted(verb)
    if found is None:
        return None
    feeler, cause = found
    cue = cue_span(verb, [])
    return Frame(cue, verb.lemma_.lower(), source_span(feeler), feeler.i, [subtree_span(cause)])


def _convinced(verb: Token) -> Frame | None:
    """'Keller is convinced (that) the ferry will return': the one convinced believes the
    clause. (The active "X convinced Y that ..." is X's argument, a report of X's.)"""
    # "is convinced" as a passive, or as a complement of "be", with the subject on "be"
    link = next((c for c in verb.children if c.dep_ == "auxpass"), None)
    if link is None and verb.dep_ == "acomp":
        link = verb.head
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if link is None or clause is None:
        return None
    believer = next(
        (c for c in [*verb.children, *link.children] if c.dep_ in ("nsubjpass", "nsubj")), None
    )
    if believer is None or believer.i > verb.i:
        return None
    cue = cue_span(verb, [])
    if link.i < verb.i:
        cue = (min(cue[0], link.idx), cue[1])  # "are convinced", "are increasingly convinced"
    return Frame(cue, "convince", source_span(believer), believer.i, [subtree_span(clause)])


def _active(verb: Token) -> tuple[Token, Token] | None:
    """'The remark angered Democrats': the object feels, the subject is the cause."""
    feeler = next((c for c in verb.children if c.dep_ == "dobj"), None)
    cause = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if feeler is None or cause is None or cause.lower_ in _EMPTY_CAUSES:
        return None
    return feeler, cause


def _passive(verb: Token) -> tuple[Token, Token] | None:
    """'Democrats were angered by the remark': the passive subject feels."""
    feeler = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    cause = _cause(verb)
    if feeler is None or cause is None:
        return None
    return feeler, cause


def _fronted(verb: Token) -> tuple[Token, Token] | None:
    """'Alarmed by the vote, the mayor said ...': a participle opening the sentence is what
    the main clause's subject feels."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or verb.i != verb.sent.start:
        return None
    feeler = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    cause = _cause(verb)
    if feeler is None or cause is None:
        return None
    return feeler, cause


def _cause(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("agent", "prep") and child.lower_ in _CAUSE_PREPS and child.i > verb.i:
            inner = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if inner is not None:
                return inner
    return None
