"""'Keller has solid support among ferry workers': those among whom a candidate has support
stand behind the candidate.

The noun of support is the cue, the group after "among" the source, and the one supported
(the possessor, "her support among women", or the subject of the verb that holds the
support, "X enjoys backing among Y") the content. Not "support from": it also says where
support was drawn away from ("taking his support from Berg") or who gave it once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirecheck.extract.phrases import Frame, range_span, source_span, subtree_span

if TYPE_CHECKING:
    from spacy.tokens import Token

_NOUNS = frozenset(["support", "backing"])
_GROUPS = frozenset(["among"])
# Verbs that hold support: "has support among", "won backing among".
_HOLDING = frozenset(["have", "enjoy", "win", "gain", "draw", "receive", "get", "keep", "hold"])
_MODIFIERS = frozenset(["amod", "compound", "nummod", "nmod", "advmod"])


def support_frame(token: Token) -> Frame | None:
    """'X has broad support among Y' → Y supports X."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _NOUNS:
        return None
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in _GROUPS), None)
    group = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    supported = _supported(token)
    if group is None or supported is None:
        return None
    first = token.i
    while first - 1 >= 0 and token.doc[first - 1].dep_ in _MODIFIERS and first - 1 > supported.i:
        first -= 1  # "strong majority support", "34% support"
    cue = range_span(token.doc, first, token.i)
    return Frame(cue, "support", source_span(group), group.i, [subtree_span(supported)])


def _supported(noun: Token) -> Token | None:
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _HOLDING:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)
