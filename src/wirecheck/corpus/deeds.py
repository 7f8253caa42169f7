"""Deeds across outlets: one outlet writes that a thing is done, another that it is only
planned or ruled out ("has sealed the rupture" / "plan to seal the rupture by the weekend").

The events stage types PLOVER actions only. What a company, an airline or a union does to its
own operations (halt production, ground its jets, suspend services, seal a pipe) has no PLOVER
type, yet whether it has happened is what outlets most often disagree on. A deed claim is a
verb in a sentence, outside quotations, written as done (the perfect: "has halted", "have been
grounded") or as not done: planned ("plans to halt", "is due to seal", "will ground", "was
considering grounding") or ruled out ("ruled out suspending", "suspending the strikes had
been ruled out"). Done is also begun ("have started fitting trackers"), passive with when or by
whom ("was ratified by the federation"), or had done ("had the scale rechecked on Sunday"); a
deed may be named by its noun ("has launched an independent review" / "is considering an
independent review"), and what is not ruled out is still open. Two outlets' deeds are one when
their verbs share a stem and the words around them share a content word; one done and one not
done conflict. Inquiries opened are deeds too, whose agreement corpus/inquiries.py reports.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from wirecheck.corpus.claims import Claim, quoted_at, quoted_spans
from wirecheck.corpus.date_align import PLAIN_WORDS
from wirecheck.corpus.deed_patterns import (
    ADJECTIVE_SLOT,
    CONDITION,
    INQUIRY_WORDS,
    NOBODY,
    NOT_BEFORE,
    NOT_DEEDS,
    PASSIVE_PAST,
    PAST,
    SAME_STEM,
    STATES,
)
from wirecheck.corpus.pairs import (
    STATUS_TOPIC,
    Pair,
    by_outlet,
    merge_agreements,
    merge_conflicts,
    outlet_pairs,
)
from wirecheck.model import Article
from wirecheck.text_spans import sentence_around

# Words outlets use for the jobs a deed is done to ("plans to cut around 800 positions" /
# "ruled out job cuts"): one word of what it is done to. (Redundancies as job cuts would
# hide a background year that `unique` reads in the same sentence on compare_dev16.)
# Letters two words of what a deed is done to must share.
SHARED_LETTERS = 6
JOB_WORDS = {"job": "job", "position": "job", "post": "job"}
# One inquiry under its names: "had opened an investigation" / "is expected to open an inquiry".
INQUIRY_NAMES = {"inquiry": "investigation", "probe": "investigation"}
OBJECT_WORDS = JOB_WORDS | INQUIRY_NAMES
TOPIC = STATUS_TOPIC
# The deeds that are inquiries opened.
INQUIRIES = frozenset(["investigation", "inquest", "review"])
# The named groups that hold the deed's verb, in the patterns of `deed_patterns`.
VERB_GROUPS = (
    "verb", "denied", "subject", "plan", "refused", "contested", "deed", "caused", "inquiry",
    "declined",
)  # fmt: skip
WINDOW_WORDS = 8  # words after the verb that say what the deed is done to
WORD = re.compile(r"[A-Za-z0-9][\w-]*")
# Where a deed's phrase ends: a stop, a semicolon, a comma or a line break, not the point or
# comma inside a figure ("has offered a $5,000 reward", "a 2.5 percent rise").
CLAUSE_BREAK = re.compile(r"[.;,](?!\d)|\n")
SENTENCE_BREAK = re.compile(r"[.;](?!\d)|\n")
# A form of "be" right before a plain past: the deed is passive ("was evacuated overnight").
BE_BEFORE = re.compile(r"\b(?:was|were|has been|have been|had been)\s+$")
BE_REACH = 20  # characters before the verb that hold its "had been"


@dataclass(frozen=True)
class _Deed:
    state: str
    stem: str
    start: int  # the phrase: auxiliary, verb and the words after it
    end: int


def deed_claims(article: Article, outlet: str) -> list[Claim]:
    """One claim per deed phrase outside quotations, on its sentence."""
    quoted = quoted_spans(article)
    claims = []
    for deed in _deeds(article.text):
        if quoted_at(deed.start, quoted):
            continue
        start, end = sentence_around(article.text, deed.start)
        phrase = article.text[deed.start : deed.end]
        claims.append(
            Claim(
                article.id, outlet, "deed", TOPIC, deed.stem, deed.state, start, end,
                article.text[start:end], context=phrase, trigger=deed.stem,
            )
        )  # fmt: skip
    return claims


def _deeds(text: str) -> list[_Deed]:
    found = []
    verbs_seen: set[int] = set()  # "have sealed the rupture" is one deed, not also a plain past
    lowered = text.lower()
    for state, pattern in STATES:
        for match in pattern.finditer(lowered):
            groups = match.groupdict()
            name = next((g for g in VERB_GROUPS if groups.get(g)), None)
            verb = groups[name] if name else None
            if name == "inquiry" and verb:
                verb = INQUIRY_WORDS.get(verb, verb)
            after = lowered[match.end() : match.end() + 4]
            if not verb or verb in NOT_DEEDS or after.startswith(" not"):
                continue
            if verb == "ruled" and after == " out":
                continue  # "has ruled out a parade": the denial (RULED_OUT) is the deed
            if pattern is PAST and _adjective(lowered, match.start("verb")):
                continue  # "to introduce automated carriers", "the armoured vehicles"
            if CONDITION.search(lowered[max(0, match.start() - 60) : match.start(str(name))]):
                continue  # "worried ... if the road stayed closed for long": no deed told
            if match.start(str(name)) in verbs_seen:
                continue
            verbs_seen.add(match.start(str(name)))
            # a passive names what the deed is done to before the verb: "mourning would not
            # be declared", "the agreement is expected to be signed", "production has been
            # halted"
            passive = name == "denied" or bool(re.search(r" be(?:en)? ", match.group(0)))
            passive |= pattern is PASSIVE_PAST and name == "verb"  # "the record was ratified"
            # "The hamlet of Vernasque, home to 90 people, was evacuated overnight"
            be_past = pattern is PAST and bool(
                BE_BEFORE.search(lowered, max(0, match.start() - BE_REACH), match.start())
            )
            start = (
                _phrase_start(text, match.start(), be_past) if passive or be_past else match.start()
            )
            told = _told_state(state, lowered, match.start())
            found.append(_Deed(told, _deed(verb), start, _phrase_end(text, match.end())))
    return found


def _told_state(state: str, text: str, at: int) -> str:
    """A plan whose subject names nobody is ruled out ("None of the students will be
    expelled"); what is not ruled out is still open ("has not ruled out a cyberattack")."""
    if state == "planned" and NOBODY.search(text, max(0, at - 60), at):
        return "ruled out"
    if state == "ruled out" and NOT_BEFORE.search(text, max(0, at - 20), at):
        return "planned"
    return state


def _adjective(text: str, at: int) -> bool:
    return bool(ADJECTIVE_SLOT.search(text, max(0, at - 40), at))


def _phrase_start(text: str, offset: int, subject: bool = False) -> int:
    """Where a passive deed's phrase starts: up to `WINDOW_WORDS` words back, not across a
    clause break; with `subject`, across the commas of an aside ("Vernasque, home to about 90
    people, was evacuated"), as a passive's subject is what the deed is done to."""
    before = list(WORD.finditer(text, max(0, offset - 90), offset))[-WINDOW_WORDS:]
    breaks = SENTENCE_BREAK if subject else CLAUSE_BREAK
    stops = [m.end() for m in breaks.finditer(text, max(0, offset - 90), offset)]
    stop = stops[-1] if stops else 0
    return max(stop, before[0].start()) if before else offset


def _phrase_end(text: str, offset: int) -> int:
    words = list(WORD.finditer(text, offset, min(len(text), offset + 120)))[:WINDOW_WORDS]
    stop = CLAUSE_BREAK.search(text[offset : words[-1].end()]) if words else None
    if stop:
        return offset + stop.start()
    return words[-1].end() if words else offset


def _deed(verb: str) -> str:
    """The deed a verb names: its stem, one for the verbs outlets use alike."""
    return SAME_STEM.get(stem(verb), stem(verb))


def stem(verb: str) -> str:
    """One stem for a verb's forms: "sealed", "sealing", "seal" → "seal"; "closed", "closing",
    "close" → "clos"; "stopped", "stop" → "stop"; "grounded", "grounding" → "ground"."""
    word = verb.lower()
    if word.endswith("ied"):
        word = word[:-3] + "y"
    elif word.endswith("ing") and len(word) > 5:
        word = word[:-3]
    elif word.endswith(("ed", "es")) and len(word) > 4:
        word = word[:-2]
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


def align_deeds(claims: list[Claim]) -> list[Pair]:
    """Per outlet pair, each deed done in one outlet against the same deed not done in the
    other, one to one."""
    pairs, alike = [], []
    for lefts, rights in outlet_pairs(by_outlet(claims, "deed")):
        taken: set[int] = set()
        for left in lefts:
            alike += [Pair("agree", TOPIC, "", [left, r]) for r in rights if _alike(left, r)]
            for right in rights:
                if id(right) in taken or not _disagree(left, right):
                    continue
                taken.add(id(right))
                pairs.append(_conflict(left, right))
                break
    alike += _same_side(pairs)
    # Outlets that all write the deed as done are one side of one conflict with the outlet
    # that writes it as planned; their agreement itself is no news and is not reported (but
    # see corpus/inquiries.py).
    return merge_conflicts(pairs, merge_agreements(alike))


def _same_side(conflicts: list[Pair]) -> list[Pair]:
    """Claims in the same state that contradict one and the same claim are one side, even
    when their own words differ ("has opened 12 pop-up clinics", "a dozen clinics have
    opened" against "plans to open pop-up clinics")."""
    against: dict[int, list[Claim]] = {}
    for pair in conflicts:
        left, right = pair.claims
        against.setdefault(id(right), []).append(left)
        against.setdefault(id(left), []).append(right)
    return [
        Pair("agree", TOPIC, "", [a, b])
        for side in against.values()
        for a, b in itertools.combinations(side, 2)
        if a.outlet != b.outlet and a.value == b.value
    ]


def _alike(left: Claim, right: Claim) -> bool:
    """The same deed in the same state, with a word of what it is done to in common."""
    return left.slot == right.slot and left.value == right.value and shared_object(left, right)


def _disagree(left: Claim, right: Claim) -> bool:
    """One verb, one done and the other not (or one planned and the other ruled out: "is
    weighing whether to pay" / "has refused to pay"), and a word of what it is done to in
    common."""
    states = {left.value, right.value}
    if left.slot != right.slot or len(states) < 2:
        return False
    opposed = "done" in states or states == {"planned", "ruled out"}
    return opposed and shared_object(left, right)


def shared_object(left: Claim, right: Claim) -> bool:
    """A word of what the deed is done to in common, or a bare denial on one side. Words are
    compared on their first letters ("investigators" / "to investigate")."""
    ours, theirs = _words(left.context) - {left.slot}, _words(right.context) - {left.slot}
    common = {w[:SHARED_LETTERS] for w in ours} & {w[:SHARED_LETTERS] for w in theirs}
    return bool(common) or _bare_denial(left) or _bare_denial(right)


def _bare_denial(claim: Claim) -> bool:
    """A perfect denied with nothing after it ("he had not conceded", "has not resigned"):
    the deed of that verb the other outlet reports, whatever it says it was done to."""
    return bool(re.fullmatch(r"(?:has|have|had) not (?:yet )?(?:been )?[a-z]+", claim.context))


def _words(phrase: str) -> set[str]:
    words = {w.lower() for w in WORD.findall(phrase)}
    words = {w for w in words if len(w) >= 4 or w == "job" or any(c.isdigit() for c in w)}
    return {OBJECT_WORDS.get(stem(w), stem(w)) for w in words - PLAIN_WORDS}


def _conflict(left: Claim, right: Claim) -> Pair:
    summary = (
        f"{left.outlet} writes “{left.context}” ({left.value}); "
        f"{right.outlet} writes “{right.context}” ({right.value})."
    )
    return Pair("conflict", TOPIC, summary, [left, right])
