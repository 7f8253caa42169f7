"""Whether a token the tagger read is a cue verb at all: a verb read as a noun ("the
candidate plans to be back"), a noun phrase that hides "X claims" ("Trump claims that ..."),
and a participle that is only an adjective ("include pledged delegates"). Split out of
attribution.py, which uses them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirecheck.extract.phrases import Span, range_span

if TYPE_CHECKING:
    from spacy.tokens import Token

# Where a noun phrase stands: a participle there with its "object" right after is an adjective.
_NOUN_MODIFIERS = frozenset(["compound", "poss", "det", "amod", "nmod", "nummod"])
_NOUN_SLOTS = frozenset(["ccomp", "xcomp", "dobj", "pobj", "nsubj", "attr", "appos", "ROOT"])


def verb_like(token: Token) -> bool:
    """A verb, or a verb the tagger took for a noun ("the candidate plans to be back"): a noun
    has no subject and no clausal complement of its own."""
    if token.pos_ in ("VERB", "AUX"):
        return True
    return token.pos_ == "NOUN" and any(
        c.dep_ in ("nsubj", "xcomp", "ccomp") for c in token.children
    )


def noun_read_subject(verb: Token) -> tuple[Token, Span] | None:
    """'Trump claims that ...' read as a noun phrase: its subject became the noun's modifiers."""
    if verb.pos_ != "NOUN":
        return None
    before = [c for c in verb.children if c.i < verb.i and c.dep_ in _NOUN_MODIFIERS]
    if not before or before[-1].i != verb.i - 1 or before[-1].dep_ not in ("compound", "poss"):
        return None
    first = before[-1]
    for child in reversed(before[:-1]):
        if child.right_edge.i + 1 != first.left_edge.i:
            break
        first = child
    return before[-1], range_span(verb.doc, first.left_edge.i, verb.i - 1)


def participle_adjective(verb: Token) -> bool:
    """'include pledged delegates': a bare participle the tagger read as a verb with the noun
    it modifies as its object; with no subject, auxiliary or coordinated verb it is none."""
    if verb.tag_ != "VBN" or verb.dep_ not in _NOUN_SLOTS or verb.i + 1 >= len(verb.doc):
        return False
    after = verb.doc[verb.i + 1]
    return (
        after.head.i == verb.i
        and after.dep_ == "dobj"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    )
