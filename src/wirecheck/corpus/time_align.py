"""Clock times and durations across outlets: "hit at 4:12" / "struck at 4:21", "about 28 hours"
/ "nearly 30 hours". Thresholds are MiniLM cosine similarities, as in `align`.
"""

from __future__ import annotations

import re

import numpy as np

from wirecheck.corpus.align import best_match, grouped, lows_apart
from wirecheck.corpus.claims import Claim
from wirecheck.corpus.date_align import SAME_DEED, content_words
from wirecheck.corpus.durations import duration_interval, duration_seconds
from wirecheck.corpus.pairs import Pair, by_outlet, merge_agreements, outlet_pairs

TIME_SIMILARITY = 0.5
TIME_LEAD_SIMILARITY = 0.5  # each outlet's first clock time: when the story's event happened
MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T(\d{2}):(\d{2})")  # a clock time with its day
UNIVERSAL = re.compile(r"\b(?:UTC|GMT|Z)\b")  # a clock time read in UTC
MAX_ZONE_HOURS = 14
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
DAY_NAMED = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:yesterday|today|tonight|overnight)\b"
    rf"|\b{_MONTH}\s+\d|\b\d{{1,2}}\s+{_MONTH}(?:\s|$)",
    re.IGNORECASE,
)  # a day named with the hour: "6am on Tuesday", "7 p.m. Sunday", "9:30 a.m. on March 3"
BY_TIME = re.compile(r"\bby\s+(?:about\s+|around\s+)?$", re.IGNORECASE)
LENGTH_VERB = re.compile(r"\b([a-z]{3,}ed|took)\s+(?:for\s+)?$")
# A past verb whose object the length follows after "to": "sentenced a broker to four
# years", "was sentenced on Tuesday to five years".
VERB_OBJECT_TO = re.compile(r"\b([a-z]{3,}ed)\b[^.;:]{0,60}?\bto\s+$")
# What a length "of" measures, by one name: "11 months of talks" / "10 months of negotiations".
LENGTH_OF = {
    "talks": "talks", "negotiations": "talks", "negotiating": "talks", "bargaining": "talks",
    "strikes": "strike", "strike": "strike", "stoppages": "strike", "walkouts": "strike",
    "fighting": "fighting", "clashes": "fighting", "protests": "protest",
    "demonstrations": "protest",
}  # fmt: skip
LENGTH_SCALE_RATIO = 10.0  # lengths an order of magnitude apart are of different things
# How far a rounded clock time reaches, in minutes before and after it ("about 5:40" is
# 5:30-5:50, "shortly before 6" 5:40-6:00): outlets that round one moment differently agree,
# as readers take them ("shortly after 2 a.m." / "at about 2:15 a.m."), while "6:20 p.m."
# and "shortly after 7 p.m.", or "around 23:40" and "about 11:10 p.m.", still do not.
CLOCK_LEEWAY = (
    (re.compile(r"\b(?:about|around|approximately|roughly|some)\s+$"), -10, 10),
    (re.compile(r"\b(?:shortly|just|soon)\s+before\s+$"), -20, 0),
    (re.compile(r"\b(?:shortly|just|soon)\s+after\s+$"), 0, 20),
)


def align_times(claims: list[Claim], vectors: dict[str, np.ndarray]) -> list[Pair]:
    """The same clock time or duration in two outlets ("hit at 4:12" / "struck at 4:21").
    An article gives several durations (a sentence, a jury's deliberation), so each pair of
    outlets is matched one to one, the lead figures and closest windows first."""
    pairs = []
    timed = [c for c in claims if not (c.kind == "time" and _progress_mark(c))]
    for lefts, rights in outlet_pairs(by_outlet(timed, "time")):
        for slot in sorted({c.slot for c in lefts} & {c.slot for c in rights}):
            left_pool = [c for c in lefts if c.slot == slot]
            right_pool = [c for c in rights if c.slot == slot]
            pairs += _same_told(left_pool, right_pool)
            pairs += _same_thing_measured(left_pool, right_pool)
            pairs += _lead_moments(left_pool, right_pool)
            while best := best_match(
                left_pool,
                right_pool,
                vectors,
                TIME_SIMILARITY,
                plausible=_one_length if slot == "DURATION" else lambda a, b: True,
                lead_first=True,
                lead_floor=TIME_LEAD_SIMILARITY,
            ):
                pairs.append(_time_pair(*best))
                left_pool.remove(best[0])
                right_pool.remove(best[1])
    return grouped(pairs, merge_agreements(pairs, same_time))


def _progress_mark(claim: Claim) -> bool:
    """A clock time after "by" ("by 11 p.m., 70 percent had their power back") marks how far
    something had got, not when anything happened: two outlets' marks are no finding."""
    at = claim.text.find(claim.value)
    return claim.slot == "TIME" and at > 0 and bool(BY_TIME.search(claim.text, 0, at))


def _same_told(lefts: list[Claim], rights: list[Claim]) -> list[Pair]:
    """The same length of the same thing in other words ("a 48-hour strike" / "the strike,
    due to last 48 hours"): one value and a common word agree, however the sentences read;
    so does the very same moment ("about 3 a.m. on Monday" / "around 3 a.m. on Monday").
    The matched claims leave the pools."""
    pairs = []
    for left in list(lefts):
        words = _words_around(left)
        same = [
            r for r in rights if r.time == left.time and (words & _words_around(r) or _moment(r))
        ]
        if same:
            pairs.append(_time_pair(left, same[0]))
            lefts.remove(left)
            rights.remove(same[0])
    return pairs


def _lead_moments(lefts: list[Claim], rights: list[Claim]) -> list[Pair]:
    """Each outlet's first clock time, on one day, beside a common word ("came off the tracks
    at about 6:15 a.m." / "left the tracks shortly before 7 a.m."), or where one of the two
    outlets gives no other: when the story's event happened, however the sentences read."""
    left = next((c for c in lefts if c.rank == 0 and _moment(c)), None)
    right = next((c for c in rights if c.rank == 0 and _moment(c)), None)
    if left is None or right is None or str(left.time)[:10] != str(right.time)[:10]:
        return []
    # An outlet that gives one clock time that day dates the story's event with it, and the
    # other outlet's first clock time is its own account of that moment.
    sole = sum(map(_moment, lefts)) == 1 or sum(map(_moment, rights)) == 1
    if not sole and not _words_around(left) & _words_around(right):
        return []
    lefts.remove(left)
    rights.remove(right)
    return [_time_pair(left, right)]


def _same_thing_measured(lefts: list[Claim], rights: list[Claim]) -> list[Pair]:
    """Two lengths written onto one deed's noun ("a 48-hour strike" / "a 24-hour stoppage"):
    one thing measured, whatever the sentences around them say. The matched claims leave the
    pools."""
    pairs = []
    for left in list(lefts):
        deed = _measured_deed(left) or _verb_before(left)
        same = [
            r
            for r in rights
            if deed and deed in (_measured_deed(r), _verb_before(r)) and not _lengths_apart(left, r)
        ]
        if same:
            pairs.append(_time_pair(left, same[0]))
            lefts.remove(left)
            rights.remove(same[0])
    return pairs


def _measured_deed(claim: Claim) -> str | None:
    """The deed a length is written onto: "48-hour strike" -> strike, "11 months of talks" and
    "about 10 months of negotiations" -> talks."""
    _, after = _around_value(claim)
    if not re.search(r"\w-\w+$", claim.value):
        of = re.match(r"\s+of\s+([a-z]{4,})", after)
        return LENGTH_OF.get(of.group(1)) if of else None
    word = re.match(r"\s*([a-z]{4,})", after)
    return SAME_DEED.get(word.group(1), word.group(1)) if word else None


def _verb_before(claim: Claim) -> str | None:
    """The past verb a length follows ("lasted about 15 minutes", "was jailed for six
    years"): two outlets' lengths after one verb measure one deed."""
    if claim.slot != "DURATION":
        return None
    before, _ = _around_value(claim)
    verb = LENGTH_VERB.search(before) or VERB_OBJECT_TO.search(before)
    return f"{verb.group(1)}:" if verb else None


def _around_value(claim: Claim) -> tuple[str, str]:
    """The claim's context before and after its value (both empty when it is not there)."""
    if claim.value not in claim.context:
        return "", ""
    before, after = claim.context.split(claim.value, 1)
    return before, after


def _moment(claim: Claim) -> bool:
    """A clock time with its day ("3 a.m. on Monday"): two outlets giving the very same
    moment in one story speak of one thing, whatever verbs they use."""
    return bool(MOMENT.fullmatch(claim.time or ""))


def _one_length(a: Claim, b: Claim) -> bool:
    """Two different lengths contradict each other only if the words around them share one
    ("a six-year sentence" / "sentenced to five years"): a story's sentences read alike while
    its lengths (a term in office, a prison term, a trial, a deadline to appeal) measure
    different things. The same length in other words ("four years of negotiation" / "the
    talks had taken four years") needs no common word."""
    if _lengths_apart(a, b):
        return False
    return same_time(a, b) or bool(_words_around(a) & _words_around(b))


def _lengths_apart(a: Claim, b: Claim) -> bool:
    """Two stated lengths of different orders ("within two weeks" / "less than two years"):
    however their hedges overlap, they measure different things; so do two lengths with only
    a lower bound far apart ("more than a decade" / "more than twenty years"), which overlap
    above the longer one yet name no length in common, as such counts do."""
    a_seconds, b_seconds = duration_seconds(a.time), duration_seconds(b.time)
    if not a_seconds or not b_seconds:
        return False
    ratio = max(a_seconds, b_seconds) / min(a_seconds, b_seconds)
    floors = _floor_only(a) and _floor_only(b)
    return ratio > LENGTH_SCALE_RATIO or floors and lows_apart(a_seconds, b_seconds)


def _floor_only(claim: Claim) -> bool:
    interval = duration_interval(claim.value, claim.time)
    return interval is not None and interval[1] == float("inf")


def _words_around(claim: Claim) -> set[str]:
    return content_words(claim.context.replace(claim.value, " "))


def _time_pair(left: Claim, right: Claim) -> Pair:
    if same_time(left, right):
        values = left.value if left.time == right.time else f"{left.value} / {right.value}"
        summary = f"{left.outlet} and {right.outlet} agree on the {left.topic}: {values}"
        return Pair("agree", left.topic, summary, [left, right])
    summary = f"{left.topic}: {left.outlet} says {left.value}, {right.outlet} says {right.value}."
    return Pair("conflict", left.topic, summary, [left, right])


def same_time(left: Claim, right: Claim) -> bool:
    """Clock times agree when equal. Durations compare as intervals: "more than 30 hours" and
    "nearly 30 hours" say different things, "about 28 hours" and "nearly 30 hours" may say the
    same (EVAL.md's interval rule, read on the seconds)."""
    a, b = duration_interval(left.value, left.time), duration_interval(right.value, right.time)
    if a is None or b is None:
        return (
            left.time == right.time
            # a clock time that names no day meets the same hour on any day
            or _rounded_alike(left, right, not (_clock_alone(left) or _clock_alone(right)))
            or _one_moment_two_clocks(left, right)
        )
    return a[0] <= b[1] and b[0] <= a[1] and not _lengths_apart(left, right)


def _rounded_alike(left: Claim, right: Claim, same_day: bool = True) -> bool:
    """Two clock times of one day (with `same_day`) whose rounding lets them mean one moment:
    their spans overlap, or an exact time falls in the other's span; two spans that merely
    touch do not."""
    a, b = _clock_span(left), _clock_span(right)
    if a is None or b is None or same_day and (left.time or "")[:10] != (right.time or "")[:10]:
        return False
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 or (shared == 0 and (a[0] == a[1] or b[0] == b[1]))


def _clock_alone(claim: Claim) -> bool:
    """A clock time that names no day ("at 5:42 p.m."): its day is the one we guessed from
    the article's date, so another outlet's same hour on another day is no dispute."""
    return DAY_NAMED.search(claim.value) is None


def _clock_span(claim: Claim) -> tuple[int, int] | None:
    """The minutes of the day a clock time may mean, its rounding words read (`CLOCK_LEEWAY`)."""
    moment = MOMENT.fullmatch(claim.time or "")
    if moment is None:
        return None
    minute = int(moment[1]) * 60 + int(moment[2])
    before = _around_value(claim)[0].lower()
    for pattern, early, late in CLOCK_LEEWAY:
        if pattern.search(before):
            return minute + early, minute + late
    return minute, minute


def _one_moment_two_clocks(left: Claim, right: Claim) -> bool:
    """A clock time given in UTC and one in local time, the same minutes past a different hour
    ("01:17 UTC" / "2:17 a.m."): one moment read on two clocks (the story's time zone is not
    known here, and a whole-hour gap with the minutes kept is what a zone makes)."""
    if (UNIVERSAL.search(left.value) is None) == (UNIVERSAL.search(right.value) is None):
        return False
    one, other = MOMENT.fullmatch(left.time or ""), MOMENT.fullmatch(right.time or "")
    if one is None or other is None or one[2] != other[2]:
        return False
    return abs(int(one[1]) - int(other[1])) <= MAX_ZONE_HOURS
