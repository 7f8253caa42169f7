"""Second readings of a typed predication: who acts and what the clause names change its type.

A demand or criticism voiced by demonstrators, or at a rally, is the protest itself; a legal
act that names its charge ("arrested for spying") tells of the accusation; not ruling out
force threatens it. All read the trigger's own clause only, after the lexicon has typed it.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirecheck.extract.event_grammar import object_words, subject_words
from wirecheck.resources.plover import Lexicon


def retyped(trigger: Token, kind: str, lex: Lexicon) -> str:
    """The PLOVER type of the trigger's act, read again from its subject and phrases."""
    if kind in ("DEMAND", "DISAPPROVE") and voiced_in_protest(trigger, lex):
        return "PROTEST"
    if kind == "COERCE" and accused(trigger, lex):
        return "DISAPPROVE"
    if kind == "REJECT" and force_kept_open(trigger, lex):
        return "THREATEN"
    return kind


def force_kept_open(verb: Token, lex: Lexicon) -> bool:
    """ "did not rule out the use of force": refusing to exclude force holds it over the
    other side (CAMEO 13), a threat rather than a rejection."""
    denied = any(c.dep_ == "neg" for c in verb.children)
    excluded = verb.lemma_.lower() in ("rule", "exclude")
    return denied and excluded and bool(object_words(verb) & lex.words("force"))


def voiced_in_protest(verb: Token, lex: Lexicon) -> bool:
    """ "Demonstrators demanded his resignation", "denounced the vote at a rally": what a
    protest voices is said by protesting; the act is the protest, not a demand."""
    if verb.pos_ != "VERB":
        return False
    # an act done ("demanded", "were chanting"), not a lasting wish ("protesters want ...")
    done = verb.tag_ in ("VBD", "VBG", "VBN")
    if done and subject_words(verb) & lex.words("demonstrators"):
        return True
    rallies = lex.words("rallies")
    return any(
        prep.dep_ == "prep" and prep.lower_ in ("at", "during") and p.lemma_.lower() in rallies
        for prep in verb.children
        for p in prep.children
    )


def accused(verb: Token, lex: Lexicon) -> bool:
    """ "arrested for spying", "jailed on charges of treason": a legal act that names its
    charge tells of the accusation (CAMEO 112, PLOVER DISAPPROVE), not of the arrest alone."""
    if verb.lemma_.lower() not in lex.words("legal"):
        return False
    charges = lex.words("charges")
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "on")):
        for child in prep.children:
            # "arrested for spying": the gerund may be parsed as the object of "for"
            if child.dep_ in ("pcomp", "pobj") and child.tag_ == "VBG":
                return True
            if child.dep_ == "pobj" and child.lemma_.lower() in charges:
                return True
    return False
