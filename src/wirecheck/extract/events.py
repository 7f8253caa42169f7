"""The events stage: PLOVER-typed events with actors, targets, time, place and mode.

One event per predication (see `event_triggers`), typed from our lexicon
(`resources/plover_lexicon.tsv`); arguments come from the dependency parse and the article's
entity mentions (`event_args`, `event_place`), the mode from negation, modals, conditions,
transparent verbs and reported speech (`event_mode`). The event's span is its clause: the
predication's head with its dependents, without coordinated clauses, so two events of one
sentence get distinct ids.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wirecheck.extract import register_stage
from wirecheck.extract.event_args import MentionIndex, actors, targets
from wirecheck.extract.event_grammar import depth, described
from wirecheck.extract.event_mode import flags, strongest
from wirecheck.extract.event_place import place, time_of
from wirecheck.extract.event_triggers import Predication, predications
from wirecheck.model import Article, Event

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_OUTSIDE_CLAUSE = frozenset({"conj", "cc", "punct"})


@dataclass
class Candidate:
    """An event with what scorers need beyond the record: its parse and depth in the sentence."""

    event: Event
    pred: Predication
    depth: int  # how far below the sentence's main predication; background clauses count one more
    flags: set[str]


def _register_earlier_stages() -> None:
    """Import the stages whose layers this one reads, so they run first whoever imports first.

    Stages run in registration order: a test importing this module alone must not put events
    before times and quotes. As in `load_builtin_stages`, only an absent module is skipped.
    """
    for module in ("entities", "times", "quantities", "quotes"):
        try:
            importlib.import_module(f"wirecheck.extract.{module}")
        except ModuleNotFoundError as exc:
            if exc.name != f"wirecheck.extract.{module}":
                raise


_register_earlier_stages()


@register_stage("events", "events", needs=("mentions",))
def events(article: Article, doc: Doc) -> list[Event]:
    """Every event predication in the article, in text order."""
    return [candidate.event for candidate in event_candidates(article, doc)]


def event_candidates(article: Article, doc: Doc) -> list[Candidate]:
    """Events with their predications, one per predication, ids unique within the article."""
    index = MentionIndex.build(article.mentions, doc)
    found: list[Candidate] = []
    taken: set[int] = set()
    for sent in doc.sents:
        for pred in predications(sent):
            candidate = _candidate(article, pred, index, taken)
            taken.add(candidate.event.start)
            found.append(candidate)
    _share_raised_objects(found)
    _outcome_of_meeting(found)
    return found


def _outcome_of_meeting(found: list[Candidate]) -> None:
    """ "The leaders met and agreed to resume talks": the meeting is the setting, what its
    coordinated verb tells came of it is the news; it takes the meeting's rank."""
    by_trigger = {c.pred.head.i: c for c in found} | {c.pred.trigger.i: c for c in found}
    for meeting in (c for c in found if c.event.type == "CONSULT"):
        verb = meeting.pred.trigger
        later = (by_trigger.get(c.i) for c in verb.conjuncts if c.i > verb.i)
        outcome = next((c for c in later if c is not None and c.event.type != "CONSULT"), None)
        if outcome is not None and verb.pos_ == "VERB":
            outcome.depth, meeting.depth = meeting.depth, meeting.depth + 1


def _share_raised_objects(found: list[Candidate]) -> None:
    """ "Syria criticised and threatened Israel", "restored ties with and reopened a consulate
    in Oslo": coordinated verbs share the object that only the last one carries in the parse."""
    by_trigger = {c.pred.trigger.i: c for c in found}
    for candidate in found:
        verb = candidate.pred.trigger
        if candidate.event.targets or verb.pos_ != "VERB" or not _object_raised(verb):
            continue
        later = (by_trigger.get(c.i) for c in verb.conjuncts if c.i > verb.i)
        donor = next((c for c in later if c is not None and c.event.targets), None)
        if donor is not None:
            candidate.event.targets = list(donor.event.targets)


def _object_raised(verb: Token) -> bool:
    """The verb's object is elsewhere: it has none, or a preposition left without one."""
    children = list(verb.children)
    dangling = any(c.dep_ == "prep" and not list(c.children) for c in children)
    return dangling or not any(c.dep_ in ("dobj", "prep", "ccomp", "xcomp") for c in children)


def _candidate(
    article: Article, pred: Predication, index: MentionIndex, taken: set[int]
) -> Candidate:
    start, end = clause_span(pred.head)
    if start in taken:  # two clauses opening on one word: start at the trigger instead
        start = pred.trigger.idx
    who = actors(pred, index)
    found = flags(pred, article.quotes)
    event = Event(
        id=f"{article.id}:v:{start}",
        article=article.id,
        start=start,
        end=max(end, pred.trigger.idx + len(pred.trigger)),
        type=pred.type,
        trigger=pred.trigger.text,
        actors=who,
        # "Iraqi Kurds demanded independence from Iraq": an affiliation may be the target
        targets=targets(pred, index, exclude=actors(pred, index, affiliated=False)),
        time=time_of(pred, article.times),
        place=place(pred, index),
        mode=strongest(found),
    )
    return Candidate(event, pred, depth(pred.head) + _background(pred), found)


def _background(pred: Predication) -> int:
    """A relative clause tells about a participant ("the opposition, which boycotted the
    vote, called for ..."): it ranks below a clause of the same depth. So does an event noun
    that is the subject of a verb of no type ("the attack prompted the UN to suspend aid"):
    it is the cause, the verb's own clause tells what happened; an opening participle clause
    (`_setting`); and an event that a copula describes ("the demand was unacceptable")."""
    head, trigger = pred.head, pred.trigger
    if trigger.pos_ == "NOUN" and trigger.dep_ == "nsubj" and head.i != trigger.i:
        return 2  # below the clause the verb governs: "prompted the agency to suspend aid"
    return int(head.dep_ == "relcl" or _setting(head) or _condition(head) or described(trigger))


def _condition(head: Token) -> bool:
    """ "would kill the hostages unless its demands were met": the condition is background
    to the act it conditions."""
    marks = (c.lower_ for c in head.children if c.dep_ == "mark")
    return head.dep_ == "advcl" and any(mark in ("if", "unless") for mark in marks)


def _setting(head: Token) -> bool:
    """ "Facing criticism at home, the president announced ...": a participle clause that
    opens the sentence sets the scene for the main clause."""
    opening = head.dep_ == "advcl" and head.i < head.head.i and head.tag_ in ("VBG", "VBN")
    return opening and not any(c.dep_ in ("nsubj", "mark") for c in head.children)


def clause_span(head: Token) -> tuple[int, int]:
    """Character span of the head's clause, leaving out coordinated clauses and edge commas."""
    tokens = [head]
    for child in head.children:
        if child.dep_ not in _OUTSIDE_CLAUSE or (child.dep_ == "punct" and _inner(child, head)):
            tokens.extend(child.subtree)
    tokens.sort(key=lambda t: t.i)
    while len(tokens) > 1 and tokens[-1].is_punct and tokens[-1].i != head.i:
        tokens.pop()
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _inner(punct: Token, head: Token) -> bool:
    return head.left_edge.i < punct.i < head.right_edge.i
