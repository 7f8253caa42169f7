"""An event's mode: did it happen (asserted), or is it reported, future, proposed, conditional
(hypothetical) or denied (negated)?

Read from the words of the predication: negation, modal and future auxiliaries, "if/unless"
clauses, transparent words ("promised to", "offered to", "failed to"), "in principle", denial
("denied that its jets had bombed"), and whether the clause is the content of a quote or of a
speech verb. When several apply, the
strongest wins: negated > hypothetical > proposed > future > reported > asserted.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from wirecheck.extract.event_triggers import Predication
from wirecheck.model import Quote
from wirecheck.resources.plover import (
    COMMANDS,
    CONDITIONAL_MARKS,
    FUTURE_AUX,
    HYPOTHETICAL_AUX,
    NEGATORS,
    PROPOSAL_PHRASES,
    SPEECH_VERBS,
    VERBAL_TYPES,
)

DENIAL_VERBS = frozenset({"deny", "dispute", "refute"})
NO_ONE = frozenset({"none", "nobody", "noone", "neither"})
# "is due to", "is set to", "is scheduled to": what the calendar holds is still to come
SCHEDULED = frozenset(["due", "set", "scheduled", "slated", "poised"])
PRIORITY = ("negated", "hypothetical", "proposed", "future", "reported", "asserted")
_INHERITING = frozenset({"conj", "xcomp", "advcl"})


def mode(pred: Predication, quotes: Sequence[Quote] = ()) -> str:
    """The strongest mode the predication's words express."""
    return strongest(flags(pred, quotes))


def strongest(found: set[str]) -> str:
    """The mode of highest priority; a purpose clause reads as proposed."""
    found = found | ({"proposed"} if "purpose" in found else set())
    return next(m for m in PRIORITY if m in found or m == "asserted")


def flags(pred: Predication, quotes: Sequence[Quote] = ()) -> set[str]:
    """Every mode the words support, and "purpose" for an infinitive of purpose (read as
    proposed, but no announced intent); `mode` picks the strongest."""
    found = set(pred.marks)
    if purpose_clause(pred.head) and pred.type not in VERBAL_TYPES:
        found.add("purpose")  # "sent troops to end the siege": the end is only intended
    if _held_for(pred.head) or _held_for(pred.trigger):
        found.add("proposed")
    reported = under_speech(pred.head) or _in_quote(pred.trigger, quotes)
    # "would propose a ban", "would ballot members": "would" on a word of intent is the
    # intent's future seen from the past, as under a speech verb, not a condition
    intent = reported or bool(pred.marks & {"proposed", "future"})
    for word in {t.i: t for t in (*pred.verbs, pred.trigger)}.values():
        found |= _word_flags(word, intent)
    if pred.trigger.dep_ in ("nsubj", "nsubjpass") and _scheduled(pred.trigger.head):
        found.add("future")  # a deed's noun as subject: "the inquiry is due to report"
    if reported:
        found.add("reported")
    if denied(pred.head):
        found.add("negated")
    return found


def denied(head: Token) -> bool:
    """ "Russia denied that its jets had bombed the town", "denied reports that it had
    shelled the village": what the subject denies is told as not having happened."""
    parent = head.head
    if head.dep_ == "ccomp" and parent.lemma_.lower() in DENIAL_VERBS:
        return True
    # the clause of a report or claim that is itself what is denied
    told = head.dep_ in ("acl", "ccomp") and parent.pos_ == "NOUN" and parent.dep_ == "dobj"
    return told and parent.head.lemma_.lower() in DENIAL_VERBS


def _word_flags(word: Token, intent: bool) -> set[str]:
    found: set[str] = set()
    for child in word.children:
        lower = child.lower_
        if child.dep_ == "neg" or (child.dep_ in ("advmod", "det") and lower in NEGATORS):
            found.add("negated")
        elif child.dep_ in ("nsubj", "nsubjpass") and _no_one(child):
            found.add("negated")  # "None of the students will be expelled"
        elif child.dep_ == "aux" and lower in FUTURE_AUX:
            found.add("future")
        elif child.dep_ == "aux" and lower in HYPOTHETICAL_AUX:
            # "said they would boycott" is the future seen from the past, not a condition
            found.add("future" if intent and lower in ("would", "'d") else "hypothetical")
        elif child.dep_ == "advcl" and _conditional(child):
            found.add("hypothetical")
        elif child.dep_ == "prep" and any(p.lower_ in PROPOSAL_PHRASES for p in child.children):
            found.add("proposed")
    if _conditional(word):
        found.add("hypothetical")  # the word heads an "if / unless / whether" clause
    if word.dep_ == "pcomp" and word.head.lower_ == "without":
        found.add("negated")  # "without committing to attend"
    if word.dep_ == "xcomp" and word.head.lemma_ == "be" and _to_infinitive(word):
        found.add("future")  # "the envoy is to visit Kabul"
    if _scheduled(word):
        found.add("future")  # "the inquiry is due to report by May 14"
    return found


def _scheduled(word: Token) -> bool:
    """A deed to come by the calendar: "is due / set / scheduled to report"; the word may be the
    infinitive or the "be" that carries the adjective."""
    if word.dep_ == "xcomp" and word.head.lower_ in SCHEDULED and _to_infinitive(word):
        return True
    return word.lemma_ == "be" and any(
        c.dep_ in ("acomp", "xcomp") and c.lower_ in SCHEDULED and _infinitive_below(c)
        for c in word.children
    )


def _infinitive_below(word: Token) -> bool:
    return any(c.dep_ == "xcomp" and _to_infinitive(c) for c in word.children)


def _no_one(subject: Token) -> bool:
    """A subject that names nobody: "none (of them)", "nobody", "no one", "no students"."""
    if subject.lower_ in NO_ONE:
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def _to_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def purpose_clause(head: Token) -> bool:
    """An infinitive clause of purpose: "..., to demand reforms", "a step to ease the siege"."""
    if head.dep_ not in ("advcl", "acl") or not _to_infinitive(head):
        return False
    return not any(c.dep_ == "mark" for c in head.children)


def _held_for(head: Token) -> bool:
    """ "rifles to turn on X", "had rockets to fire at ships": an infinitive
    whose object is the noun it hangs from tells what its holder means to do with the thing,
    an intent as plain as "plans to use them"."""
    if not _to_infinitive(head) or any(c.dep_ in ("dobj", "nsubjpass") for c in head.children):
        return False
    if head.head.lemma_.lower() in COMMANDS:  # "ordered the army to crack down": who acts
        return False
    if head.dep_ == "acl":
        return head.head.pos_ == "NOUN"
    return head.dep_ in ("advcl", "xcomp") and any(c.dep_ == "dobj" for c in head.head.children)


def _conditional(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in clause.children)


def conditioned_by(pred: Predication, mark: str) -> bool:
    """Whether an "if"/"unless" clause hangs from the predication's words."""
    for word in (*pred.verbs, pred.trigger):
        for child in word.children:
            if child.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ == mark for c in child.children
            ):
                return True
    return False


def under_speech(head: Token) -> bool:
    """The clause is what someone said: a speech verb's complement, or "according to" X."""
    clause = head
    for _ in range(6):
        if any(c.dep_ == "prep" and c.lower_ == "according" for c in clause.children):
            return True
        parent = clause.head
        if parent.i == clause.i:
            return False
        if clause.dep_ in ("ccomp", "parataxis") and parent.lemma_.lower() in SPEECH_VERBS:
            return True
        if clause.dep_ not in _INHERITING:
            return False
        clause = parent
    return False


def _in_quote(token: Token, quotes: Sequence[Quote]) -> bool:
    return any(q.start <= token.idx < q.end for q in quotes)
