"""Which way a time expression points from the anchor, read from the clause that governs it.

-1: past ("met on Thursday", "has said"), +1: future ("will meet", "would convene", "plans to
meet", "is expected to", "set the vote for Tuesday", present "The trial continues on
Wednesday"), 0: no verb to go by.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirecheck.resources.timewords import (
    FUTURE_AUX,
    FUTURE_FOR_VERBS,
    FUTURE_GOVERNORS,
    FUTURE_VERBS,
    RESCHEDULE_VERBS,
    SCHEDULE_PREDICATES,
    TARGET_PREPS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PAST, UNKNOWN, FUTURE = -1, 0, 1
# Verbs whose present passive tells what lies ahead: "are expected", "is scheduled".
EXPECTED_VERBS = FUTURE_VERBS | {"expect"}
PRESENT = 2  # internal: a present-tense verb, read as future only when it governs the date
_PERFECT = {"have", "has", "had", "'ve", "'d"}
_MAX_CLIMB = 8
_STRETCH_ENDS = ("through", "to", "until", "till")


def direction(doc: Doc | None, start: int, end: int) -> int:
    """Tense direction of the clause that governs the characters [start, end) of `doc`."""
    if doc is None:
        return UNKNOWN
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return UNKNOWN
    verb, via = _governing_verb(span.root, span)
    if verb is None:
        return UNKNOWN
    if _before_reported_subject(span, verb):
        verb, via = verb.head, None  # "said on Monday it would cut jobs": the saying's date
    found = _verb_direction(verb, via)
    if found == PRESENT:
        # "The trial continues on Wednesday" looks ahead; "is responsible for a drop in
        # trading on Wednesday" (the date hangs off a noun) says nothing about the date, but
        # "are due before magistrates on Thursday" does, wherever the parser hangs the date.
        return FUTURE if _direct(span.root, via) or _timetabled(verb) else UNKNOWN
    return found


def looks_ahead(doc: Doc | None, start: int, end: int) -> bool:
    """The date is the one something is set for, whatever the tense of the clause: the object
    of "for" ("declared a day of mourning for Friday", "set the vote for Thursday"), the new
    date of a verb that moves an event ("postponed until Friday", "moved the vote to
    Thursday"), or the date of a timetable predicate ("the report was due on Wednesday")."""
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    return span is not None and len(span) > 0 and _set_for(span.root)


def _set_for(date: Token, depth: int = 0) -> bool:
    head = date.head
    if head.lower_ in _STRETCH_ENDS:
        # "for Friday through Sunday": the end of a stretch goes with its start
        if head.head.dep_ == "pobj" and depth < 2:
            return _set_for(head.head, depth + 1)
        if any(c.lower_ == "for" and c.i < head.i for c in head.head.children):
            return True
    if date.dep_ != "pobj":
        return head.lower_ in SCHEDULE_PREDICATES  # "due Wednesday"
    if head.lower_ == "for":
        return True  # "for Friday", "for Friday through Sunday"
    if head.lower_ in TARGET_PREPS:  # but "ran from Monday to Thursday" is a past stretch
        return head.head.lemma_.lower() in RESCHEDULE_VERBS and not _ranged(date)
    return head.head.lower_ in SCHEDULE_PREDICATES


def _ranged(date: Token) -> bool:
    """The date opens or closes a stretch of days rather than naming one."""
    prep = date.head
    if any(c.lower_ in ("from", "between", "through") for c in prep.head.children):
        return True
    ends = [c for c in (*prep.children, *date.children) if c.dep_ == "prep"]
    return any(c.lower_ in _STRETCH_ENDS for c in ends)


def _before_reported_subject(span: object, verb: Token) -> bool:
    """'said on Monday it would ...': the parser hangs the date on the reported clause, but it
    sits between the reporting verb and that clause's subject, with no 'that' in between."""
    head = verb.head
    start, end = span.start, span.end  # type: ignore[attr-defined]
    if verb.dep_ != "ccomp" or not head.i < start or verb.i < end:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    opener = any(c.dep_ == "mark" and c.i < start for c in verb.children)
    return subject is not None and end <= subject.left_edge.i and not opener


def _timetabled(verb: Token) -> bool:
    """A present copula whose predicate is a timetable's: "are due", "is slated"."""
    return any(c.dep_ == "acomp" and c.lower_ in SCHEDULE_PREDICATES for c in verb.children)


def _direct(token: Token, via: Token | None) -> bool:
    if via is None:
        return False
    return via.i == token.i or via.dep_ == "prep" and token.head.i == via.i


def _governing_verb(token: Token, span: object) -> tuple[Token | None, Token | None]:
    """The nearest verb above `token` and the child of it through which it was reached."""
    via, current = token, token.head
    for _ in range(_MAX_CLIMB):
        if current.pos_ in ("VERB", "AUX") and current.i not in _indices(span):
            return current, via
        if current.pos_ in ("ADJ", "NOUN") and any(c.dep_ == "cop" for c in current.children):
            return current, via
        if current.head.i == current.i:
            break
        via, current = current, current.head
    root = token.sent.root
    return (root, None) if root.pos_ in ("VERB", "AUX") else (None, None)


def _indices(span: object) -> range:
    return range(span.start, span.end)  # type: ignore[attr-defined]


def _verb_direction(verb: Token, via: Token | None, depth: int = 0) -> int:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "cop")]
    lowered = {a.lower_ for a in auxes}
    if lowered & FUTURE_AUX or verb.lower_ in FUTURE_AUX:
        return FUTURE
    if _is_infinitive(verb, auxes) and depth < 3:
        return _infinitive_direction(verb, depth)
    if verb.lemma_ == "go" and verb.tag_ == "VBG" and _has(verb, "xcomp"):
        return FUTURE  # "is going to meet"
    past = lowered & _PERFECT or _is_past(verb) or any(_is_past(a) for a in auxes)
    if past or verb.tag_ == "VBN" and not auxes:  # "the year ended March 31", "killed on"
        return FUTURE if _scheduled(verb, via) else PAST
    if verb.tag_ == "VBN" and auxes and verb.lemma_.lower() in EXPECTED_VERBS:
        return FUTURE  # "results are expected on Friday", "the vote is scheduled for Monday"
    if verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VBG" and auxes:
        return PRESENT
    if _borrows_tense(verb) and depth < 3 and _verb_direction(verb.head, None, depth + 1) == FUTURE:
        # "would spend the night on board and be flown home on Friday": the second verb has
        # neither subject nor tense of its own, so the first verb's "would" carries over. Only
        # a future or conditional is carried: a past head tells no more than the default
        # reading, and a present one ("is resting and flying home") may be what goes on now.
        return FUTURE
    return UNKNOWN


def _borrows_tense(verb: Token) -> bool:
    """A verb coordinated with an earlier one, sharing its subject: it has no tense of its
    own to read, so it takes the tense and mood of the verb it is joined to."""
    head = verb.head
    if verb.dep_ != "conj" or head.i == verb.i:
        return False
    if head.pos_ not in ("VERB", "AUX") and not _has(head, "cop"):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _has(token: Token, dep: str) -> bool:
    return any(child.dep_ == dep for child in token.children)


def _is_past(token: Token) -> bool:
    """VBD or a past-tense auxiliary; "could" is a modal of possibility, not a past."""
    if token.tag_ in ("VBN", "MD"):
        return False
    return "Past" in token.morph.get("Tense", []) or token.tag_ == "VBD"


def _is_infinitive(verb: Token, auxes: list[Token]) -> bool:
    return verb.tag_ == "VB" and any(a.lower_ == "to" for a in auxes)


def _infinitive_direction(verb: Token, depth: int) -> int:
    """ "plans to meet on Tuesday" looks ahead; "was forced to resign" keeps its governor's."""
    governor = verb.head
    if governor.i == verb.i:
        return UNKNOWN
    # "had been expected to hold on Wednesday", "had been due to have surgery on Monday": the
    # plan lies in the past (for an adjective, "had" hangs on its "been")
    holders = [governor, governor.head] if governor.dep_ == "acomp" else [governor]
    if any(c.lower_ == "had" for h in holders for c in h.children if c.dep_ in ("aux", "auxpass")):
        return PAST
    if governor.lemma_.lower() in FUTURE_GOVERNORS or governor.lower_ in FUTURE_GOVERNORS:
        return FUTURE
    found = _verb_direction(governor, verb, depth + 1)
    return FUTURE if found == PRESENT else found


def _scheduled(verb: Token, via: Token | None) -> bool:
    """Past verbs of scheduling point ahead: "postponed the vote to Tuesday", "planned a march
    on Saturday"; some only through "for": "set the hearing for Nov. 21", "called for a
    strike on Tuesday" ("set fire on Tuesday" is past)."""
    lemma = verb.lemma_.lower()
    if via is None:
        return False
    if lemma in FUTURE_VERBS:
        return True
    # the date may hang off the verb or off its object: "called for a strike on Tuesday"
    return lemma in FUTURE_FOR_VERBS and any(c.lower_ == "for" for c in verb.children)
