"""Where and when an event happened: the place entity of its locative phrases and the
value of the time expression in its clause."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wirecheck.extract.event_grammar import objects
from wirecheck.extract.event_names import MentionIndex, unique
from wirecheck.extract.event_triggers import Predication
from wirecheck.model import Time
from wirecheck.resources.plover import PLACE_PREPS, PLACE_TYPES, SPEECH_VERBS

# Verbs of a state that lasts after the event: a time they take is not the event's.
_LASTING_VERBS = frozenset(["remain", "stay"])


def place(pred: Predication, index: MentionIndex) -> str | None:
    """A place entity in a locative phrase of the event: "in Geneva", "near the town of X";
    failing that, of a clause below it ("died when a mine went off near Tarnwick"), and then
    of a phrase inside its objects ("eased the curfew ordered in Varna")."""
    words = unique([*pred.verbs, pred.trigger], key=lambda t: t.i)
    below = [t for w in words for t in w.subtree if t.dep_ == "advcl" and t.pos_ == "VERB"]
    inner = [t for w in words for noun in objects(w) for t in noun.subtree]
    for word in unique([*words, *below, *inner], key=lambda t: t.i):
        for prep in word.children:
            if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
                continue
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                found = _place_in(pobj, index)
                if found is not None:
                    return found
    return None


def _place_in(noun: Token, index: MentionIndex) -> str | None:
    candidates = [noun, *(c for c in noun.children if c.dep_ == "compound")]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "in")):
        candidates.extend(p for p in prep.children if p.dep_ == "pobj")
    for token in candidates:
        if index.type_of(token) in PLACE_TYPES:
            return index.entity(token)
    return None


def time_of(pred: Predication, times: list[Time]) -> str | None:
    """The value of a time expression in the event's clause, else in its sentence."""
    clause = list(pred.head.subtree)
    start, end = clause[0].idx, clause[-1].idx + len(clause[-1])
    sent = pred.head.sent
    for low, high in ((start, end), (sent.start_char, sent.end_char)):
        inside = [t for t in times if low <= t.start and t.end <= high and t.value]
        if (low, high) != (start, end):
            inside = [t for t in inside if not _of_saying(pred.head.doc, t)]
            inside = [t for t in inside if not _of_lasting(pred.head.doc, t)]
        if inside:
            return min(inside, key=lambda t: abs(t.start - pred.trigger.idx)).value
    return None


def _of_saying(doc: Doc, time: Time) -> bool:
    """A time outside the event's clause that dates the telling ("an attack has shut the
    city's services, officials said on Monday"): the day it was said, not the event's."""
    return _dated_verb(doc, time) in SPEECH_VERBS


def _of_lasting(doc: Doc, time: Time) -> bool:
    """A time outside the event's clause that dates a state going on after it ("Two men hurt
    in an explosion remained in hospital on Friday"): the day of the state, not the event's."""
    return _dated_verb(doc, time) in _LASTING_VERBS


def _dated_verb(doc: Doc, time: Time) -> str | None:
    """The lemma of the verb a time expression hangs on."""
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None:
        return None
    word = span.root
    while word.head.i != word.i and word.pos_ not in ("VERB", "AUX"):
        word = word.head  # spaCy makes a new Token on each access: compare positions
    return word.lemma_.lower()
