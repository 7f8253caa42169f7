"""Whom protests and answers to demands are aimed at, when no object says so.

A protest is aimed at whoever its purpose or grievance names ("demanding autonomy from
Peru", "in protest at the Chilean cabinet's veto") or at the owner of the seat it is
held outside ("outside the Chinese embassy"); a refusal or concession at whoever made the
demand it answers ("despite pressure from X").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from wirecheck.extract.event_names import MentionIndex, names, unique
from wirecheck.extract.event_triggers import Predication
from wirecheck.resources.plover import PLACE_PREPS, lexicon

# Answers to a demand: whoever made it is their target
ANSWERS = frozenset({"REJECT", "CONCEDE", "RETREAT"})
# Buildings that stand for whoever sits in them when a protest is held outside
_SEATS = frozenset(
    {"embassy", "consulate", "ministry", "office", "headquarters", "parliament", "palace",
     "residence", "legation", "mission", "base"}
)  # fmt: skip


def grievance(pred: Predication, index: MentionIndex) -> list[str]:
    """Whom a protest is aimed at when no object says so: the entities its stated purpose or
    grievance names ("..., demanding autonomy from Peru", "in protest at the Chilean
    cabinet's veto", "to press demands on President X")."""
    phrases = [
        child
        for word in unique([*pred.verbs, pred.trigger], key=lambda t: t.i)
        for child in word.children
        if _purpose_or_grievance(child)
    ]
    words = sorted({t.i: t for p in phrases for t in p.subtree}.values(), key=lambda t: t.i)
    return unique(ident for t in words if (ident := index.entity(t)) is not None)


def seat(pred: Predication, index: MentionIndex) -> list[str]:
    """A protest outside someone's seat is aimed at its owner: "outside the Chinese embassy"."""
    for word in unique([*pred.verbs, pred.trigger], key=lambda t: t.i):
        for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS):
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                if pobj.lemma_.lower() in _SEATS:
                    return names(pobj, index, modifiers_only=True)
    return []


def _purpose_or_grievance(child: Token) -> bool:
    """ "to press demands", "demanding X", "in protest at X"."""
    if child.dep_ in ("advcl", "xcomp"):
        return child.tag_ in ("VB", "VBG")
    if child.dep_ == "prep" and child.lower_ in ("for", "over"):  # "for independence from X"
        return True
    return child.dep_ == "prep" and any(
        p.dep_ == "pobj" and p.lemma_.lower() in ("protest", "response", "opposition")
        for p in child.children
    )


def pressing(words: list[Token]) -> Iterator[Token]:
    """Demands a refusal or a concession answers ("despite calls from X", "bowing to pressure
    from Y"): phrases of the event's words whose noun is a demand."""
    asks = lexicon().words("asks") | {"pressure", "plea", "protest"}
    for word in words:
        for prep in (c for c in word.children if c.dep_ == "prep"):
            yield from (p for p in prep.children if p.dep_ == "pobj" and p.lemma_ in asks)
