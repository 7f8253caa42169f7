"""Aligning events across outlets: did the deed happen, is it only planned, and when.

Thresholds are similarities of MiniLM sentence vectors (cosine, -1..1), as in `align`; an
event's mode (happened, planned, negated) comes from the extraction layer.
"""

from __future__ import annotations

import re

import numpy as np

from wirecheck.corpus.align import grouped
from wirecheck.corpus.claims import ISO_DAY, Claim, happened
from wirecheck.corpus.date_align import STEM, calendar_day, content_words, same_night
from wirecheck.corpus.matching import best_match, similarity
from wirecheck.corpus.pairs import STATUS_TOPIC, Pair, by_outlet, merge_agreements, outlet_pairs

# "would have brought", "would not have opened"; "would have to" is a duty still to come.
COUNTERFACTUAL = re.compile(r"\bwould(?:\s+not|n[’']t)?\s+have\s+(?!to\b)[a-z]+", re.IGNORECASE)
# When a measure starts: "starting next Tuesday", "from June 1", "as of Monday".
TAKES_EFFECT = re.compile(
    r"\b(?:starting|beginning|effective|as of|from)\s+(?:next\s+|this\s+|on\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
    r"|May|June|July|August|September|October|November|December|midnight|tomorrow|\d)"
)
EVENT_SIMILARITY = 0.5
# Saying an outlet's event never happened is the strongest thing we report: closer sentences.
EVENT_STATUS_SIMILARITY = 0.7
EVENT_DEED_WORDS = 3  # fewer will do when the two triggers are one verb ("declared"/"declaring")
# One mood, one event type and two content words in common need less likeness of the rest.
EVENT_WORDS_SIMILARITY = 0.3
EVENT_SHARED_WORDS = 2


def align_events(claims: list[Claim], vectors: dict[str, np.ndarray]) -> list[Pair]:
    """The same event in two outlets: did it happen, and when."""
    pairs = []
    for lefts, rights in outlet_pairs(by_outlet(claims, "event")):
        for left in lefts:
            same = [r for r in rights if r.slot == left.slot]
            # The same deed told in the same mood first: an outlet that also reports the
            # appeal as planned does not contradict it through an older, settled demand.
            # (`_close_floor` weighs them as `best_match` goes, not all of them up front.)
            alike = [r for r in same if r.mode == left.mode]
            deeds = [r for r in same if _same_deed(left, r)]
            best = (
                best_match([left], alike, vectors, _close_floor)
                or best_match([left], deeds, vectors, EVENT_WORDS_SIMILARITY)
                or best_match([left], same, vectors, EVENT_SIMILARITY)
            )
            if best:
                pairs.extend(_event_pairs(*best, vectors))
    return grouped(pairs, merge_agreements(pairs))


def _close_floor(left: Claim, right: Claim) -> float:
    """How alike two sentences must read to tell one deed: alike as a whole, or less when they
    share its words ("his lawyer said he would appeal" / "the lawyer said the former mayor
    would appeal against both"), as a paraphrase reads too differently for vectors alone."""
    shared = len(content_words(left.text) & content_words(right.text))
    return EVENT_WORDS_SIMILARITY if shared >= EVENT_SHARED_WORDS else EVENT_SIMILARITY


def _counterfactual(claim: Claim) -> bool:
    """A deed told as what would have been ("the deal would have created the largest bank"):
    it says nothing of what did or will happen, so it meets no other outlet's deed."""
    return claim.mode in ("hypothetical", "future") and bool(COUNTERFACTUAL.search(claim.text))


def _takes_effect(claim: Claim) -> bool:
    """A measure told by when it starts ("will be banned from using hosepipes starting next
    Tuesday"): another outlet's report that it was ordered does not contradict it."""
    return claim.mode == "future" and bool(TAKES_EFFECT.search(claim.text))


def _came_to_pass(left: Claim, right: Claim) -> bool:
    """A step one outlet announced for a later day and another, written on or after that day,
    reports done on it ("is due to meet them on Wednesday" on Tuesday / "met them on
    Wednesday"): the news moved on between the two reports; neither contradicts the other.
    Written on one day, "met" and "will meet" still dispute each other."""
    planned, done = (right, left) if happened(left.mode) else (left, right)
    return (
        planned.mode == "future"
        and planned.future
        and happened(done.mode)
        and not done.future
        and _is_date(planned.time)
        and planned.time == done.time
    )


def _status_floor(left: Claim, right: Claim) -> float:
    """Saying an outlet's event never happened needs close sentences, or the same words for
    the deed ("has declared a state of emergency" / "is considering declaring a state of
    emergency"), when the rest of the sentences read differently."""
    # Words shared around two different deeds ("an audit found that 43 students ..." / "are
    # considering an investigation after an audit found that 43 students ...") are no sign.
    if _same_deed(left, right):
        return EVENT_WORDS_SIMILARITY
    return EVENT_STATUS_SIMILARITY


def _same_deed(left: Claim, right: Claim) -> bool:
    """One verb for the deed ("declared" / "declaring") and words of its object in common."""
    return _one_verb(left, right) and _shared_words(left, right) >= EVENT_DEED_WORDS


def _one_verb(left: Claim, right: Claim) -> bool:
    return bool(left.trigger) and left.trigger[:STEM] == right.trigger[:STEM]


def _shared_words(left: Claim, right: Claim) -> int:
    return len(content_words(left.text) & content_words(right.text))


def _event_pairs(left: Claim, right: Claim, vectors: dict[str, np.ndarray]) -> list[Pair]:
    if _counterfactual(left) or _counterfactual(right):
        return []
    disputed = happened(left.mode) != happened(right.mode)
    if disputed and (_takes_effect(left) or _takes_effect(right) or _came_to_pass(left, right)):
        return []
    if disputed or _ruled_out(left, right):
        if similarity(vectors, left, right) < _status_floor(left, right):
            return []
        summary = (
            f"{left.outlet} reports {_deed(left)} as {left.mode}, "
            f"{right.outlet} reports {_deed(right)} as {right.mode}."
        )
        return [Pair("conflict", STATUS_TOPIC, summary, [left, right])]
    if _is_date(left.time) and _is_date(right.time):
        return _date_pairs(left, right)
    if left.mode == right.mode == "future":
        # A step still to come (an appeal, a review) that two outlets announce: corroborated.
        summary = f"{left.outlet} and {right.outlet} both report {_deed(left)} as planned."
        return [Pair("agree", f"planned {left.topic}", summary, [left, right])]
    # Two outlets both saying the story's event happened is no finding: every outlet does.
    return []


def _deed(claim: Claim) -> str:
    """How a summary names an event: by the word that carries it ("“declared”"), not its
    type's code ("coerce")."""
    return f"“{claim.trigger}”" if claim.trigger else f"the {claim.topic}"


def _ruled_out(left: Claim, right: Claim) -> bool:
    """A step one outlet says is planned and another says will not be taken ("would appeal
    the ruling" / "would not appeal the ruling")."""
    modes = {left.mode, right.mode}
    return "negated" in modes and bool(modes & {"future", "proposed"})


def _date_pairs(left: Claim, right: Claim) -> list[Pair]:
    """Different dates for one event conflict; the same date is worth reporting only for an
    event still to come (a next meeting), since every outlet dates the story's own event."""
    left_day, right_day = calendar_day(left.time), calendar_day(right.time)
    summary = f"Date of {_deed(left)}: {left.outlet} {left_day}, {right.outlet} {right_day}."
    if left_day != right_day and not same_night(left.time, right.time):  # "Thursday morning"
        return [Pair("conflict", "date", summary, [left, right])]  # is Thursday
    if happened(left.mode):
        return []
    return [Pair("agree", "date", summary, [left, right])]


def _is_date(value: str | None) -> bool:
    return bool(value and ISO_DAY.match(value))
