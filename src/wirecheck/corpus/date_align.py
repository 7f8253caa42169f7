"""Dates across outlets: the same thing dated alike or differently ("talks resume on Thursday"
/ "talks resume on Friday").

Two date claims are about one thing when they share a content word ("resume", "broke out",
"close"; names and reporting words do not count, as every report of a story shares them) and
the words around them, the dates left out, read alike (MiniLM cosine), or their lead-in words
match ("broke out on"). Only dates on the same side of the article's own day are compared (a
past day and a day to come are two things). The article's own day is the day things were
said, so it is compared only where the first paragraph dates a deed by it ("signed the pact
on Wednesday"), and only with another outlet's own day ("put their names to it on Thursday")
or, in a conflict, with an earlier day another outlet's first paragraph gives the same deed by
its past verb ("erupted before dawn on Thursday" / "erupted late on Wednesday").
Different days or months conflict, matched one to one per outlet pair.
The same past date is reported as an agreement only where another outlet contests it: that
every outlet dates the story's own event alike is no news. The same date for something still
to come (a hearing, a report, a vote) is always reported: readers plan by it.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re

import numpy as np

from wirecheck.corpus.claims import Claim
from wirecheck.corpus.earlier import is_day
from wirecheck.corpus.matching import similarity
from wirecheck.corpus.pairs import (
    Pair,
    agreement,
    by_outlet,
    conflict_summary,
    contested,
    linked_by,
    merge_agreements,
    merge_conflicts,
    outlet_pairs,
)

_UNTIL = re.compile(r"\b(?:until|till|through)\s*$")  # "free until March 20"
_ENDS = re.compile(
    r"\b(?:re-?open\w*|resum\w*|restart\w*|return\w*|lift\w*|end\w*|expir\w*|back)\b"
)
NEXT = re.compile(r"\bnext\b", re.IGNORECASE)
DATE_SIMILARITY = 0.5
# The same date needs less: it is reported only where a conflict already shows the topic.
AGREE_SIMILARITY = 0.4
# Dates whose lead-in words match ("broke out on Sunday" / "since it broke out on Saturday")
# date one thing even when the rest of their sentences read differently.
LEAD_IN_SIMILARITY = 0.2
REPORTING = re.compile(
    r"\b(?:said|says|told|announced|stated|added|reported|confirmed|according)\b", re.IGNORECASE
)
DEED_REACH = 4  # words before a date that may hold its deed ("erupted before dawn on")
_STATE_REACH = 70  # characters before a date that may say a state was still going on
# "still" (or "remained", "stayed", a patient's condition or recovery) and the words after it up
# to the date, in one clause
_STILL = re.compile(
    r"\b(?:still|remained|stayed|(?:was|were|is|are) (?:in (?:a )?(?:critical|serious|stable"
    r"|fair|good) condition|recovering))\b.*$",
    re.IGNORECASE,
)
_NEW_CLAUSE = re.compile(r"\b(?:that|which|who|after|when|as|and)\b", re.IGNORECASE)
STEM = 4  # "named" and "name", "resume" and "resumed" share their first letters
# Words that say nothing about what is dated.
PLAIN_WORDS = {
    "said", "says", "told", "that", "this", "with", "from", "their", "they", "them", "were",
    "would", "will", "have", "been", "after", "before", "when", "which", "where", "while",
    "about", "into", "over", "than", "some", "more", "also", "officials", "official",
    "police", "according", "statement", "spokesman", "spokeswoman", "spokesperson",
    "could", "should", "might", "must", "being", "there", "these", "those", "other", "such",
    "only", "just", "still", "since", "until", "during", "later", "early", "people", "what",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "morning", "afternoon", "evening", "night", "next", "last", "year", "week", "month",
}  # fmt: skip
# Words outlets use for one deed: "the drive will begin on Monday" and "the campaign would
# start on Saturday" date the same start; "a 48-hour strike" and "a 48-hour walkout" last as
# long; taking office and being sworn in, detecting and discovering a breach are one deed.
SAME_DEED = {
    word: "start"
    for word in (
        "begin", "begins", "began", "begun", "beginning", "starts", "started", "starting",
        "launch", "launches", "launched", "launching", "commence", "commences", "commenced",
        "kicks", "kicked",
    )
} | {
    word: "strike"
    for word in ("strikes", "walkout", "walkouts", "stoppage", "stoppages")
} | {
    # "will take office on Jan. 4" / "will be sworn in on January 11"
    word: "office"
    for word in ("sworn", "inaugurated", "inauguration", "swearing")
} | {
    # "the intrusion was detected on November 19" / "the breach was discovered on November 17"
    word: "detect"
    for word in (
        "detected", "discovered", "discover", "spotted", "noticed", "identified", "uncovered",
    )
}  # fmt: skip


# Shut until a day is open again that day: "will stay closed until Monday" and "were suspended
# until Monday" date the reopening that "is expected to reopen on Dec. 4" dates.
UNTIL_REOPENING = re.compile(
    r"\b(?:closed|shut|suspended|halted|stopped|closure|suspension)\s+(?:\w+\s+)?until\b"
)


def align_dates(claims: list[Claim], vectors: dict[str, np.ndarray]) -> list[Pair]:
    """Per outlet pair, dates matched one to one, the closest first, agreements before
    conflicts; an agreement is kept only where another outlet contests the date."""
    pairs: list[Pair] = []
    for lefts, rights in _live_pools(claims):
        pairs += _matched(lefts, rights, vectors)
    disputed = contested(pairs)
    kept = [
        p
        for p in pairs
        if p.kind == "agree" and (_ahead(p) or any(id(c) in disputed for c in p.claims))
    ]
    agreements = merge_agreements(kept, _same_date)
    conflicts = merge_conflicts([p for p in pairs if p.kind == "conflict"], agreements, allies=True)
    return conflicts + agreements


def whole_date_sides(pairs: list[Pair]) -> list[Pair]:
    """Each date agreement as wide as the side of a date conflict it belongs to: an outlet
    joins a side as an ally ("late on Sunday" beside "on Sunday", `join_allies`) without an
    agreement of its own with every outlet of that side, yet it dates the event alike; the
    side's agreement names it too. Only an agreement found is widened."""
    result = [p for p in pairs if not (p.kind == "agree" and p.topic == "date")]
    agreements = [p for p in pairs if p.kind == "agree" and p.topic == "date"]
    for conflict in (p for p in pairs if p.kind == "conflict" and p.topic == "date"):
        for side in _by_day(conflict.claims):
            keys = {_date_key(c) for c in side}
            narrower = [a for a in agreements if _keys(a) < keys]
            if not narrower or any(keys <= _keys(a) for a in agreements):
                continue  # a side no agreement stood for may join two things on one day
            agreements = [a for a in agreements if a not in narrower]
            agreements.append(agreement("date", side))
    return result + agreements


def _keys(pair: Pair) -> set[tuple[str, int, str]]:
    return {_date_key(c) for c in pair.claims}


def _date_pools(claims: list[Claim]) -> list[tuple[list[Claim], list[Claim]]]:
    """Per outlet pair, the dates each gives that can be compared: every date but the
    article's own day, which only counts where it dates the story's main deed."""
    dated = [c for c in claims if not c.today or _lead_event_day(c)]
    return list(outlet_pairs(by_outlet(dated, "date")))


def _live_pools(claims: list[Claim]) -> list[tuple[list[Claim], list[Claim]]]:
    """The pools whose matching can give a finding: a pair of different dates (a conflict),
    of dates still to come, or holding a date some pair of different dates may dispute. In
    any other pool every match is an agreement on a past date that nothing disputes, which
    `align_dates` drops, and a pool's matches take claims from that pool only: its vectors
    decide nothing and are not read (issue #9)."""
    pools = _date_pools(claims)
    disputable = {
        id(c)
        for lefts, rights in pools
        for a, b in itertools.product(lefts, rights)
        if not _same_date(a, b) and _comparable(a, b)
        for c in (a, b)
    }

    def live(a: Claim, b: Claim) -> bool:
        weighty = not _same_date(a, b) or a.future or {id(a), id(b)} & disputable
        return bool(weighty) and _comparable(a, b)

    return [
        (lefts, rights)
        for lefts, rights in pools
        if any(live(a, b) for a, b in itertools.product(lefts, rights))
    ]


def weighed_date_gists(claims: list[Claim]) -> set[str]:
    """The gists `align_dates` reads vectors of (pairs of distinct gists it can compare), so
    that they are embedded in one batch beforehand."""
    gists: set[str] = set()
    for lefts, rights in _live_pools(claims):
        for left, right in itertools.product(lefts, rights):
            if left.gist != right.gist and _comparable(left, right):
                gists |= {left.gist, right.gist}
    return gists


def _ahead(pair: Pair) -> bool:
    """Outlets that give one date for something still to come (a hearing, a report, a vote)
    agree on news a reader plans by; the past day of the story's own event is no news."""
    return all(c.future for c in pair.claims)


def _lead_event_day(claim: Claim) -> bool:
    """The article's own day in its first paragraph, dating a deed rather than a statement
    ("signed the pact on Wednesday", not "said on Wednesday"): outlets that put the story's
    main event on different days contradict each other."""
    return claim.lead and not REPORTING.search(claim.lead_in)


def _matched(lefts: list[Claim], rights: list[Claim], vectors: dict[str, np.ndarray]) -> list[Pair]:
    """Greedy one-to-one matching: a date another outlet confirms is not also contradicted by
    the same outlet's neighbouring date ("closed on Monday and Tuesday")."""
    scored = [
        (_same_date(a, b), similarity(vectors, a, b), a, b)
        for a in lefts
        for b in rights
        if _comparable(a, b)
    ]
    scored = [s for s in scored if s[1] >= _floor(s[2], s[3])]
    taken: set[int] = set()
    pairs = []
    for _, _, a, b in sorted(scored, key=lambda s: (s[0], s[1]), reverse=True):
        if id(a) not in taken and id(b) not in taken:
            taken.update((id(a), id(b)))
            pairs.append(_date_pair(a, b))
    return pairs


def _next_step(claim: Claim) -> bool:
    """A date for what comes next ("will next meet on April 9", "the next decision is due
    on April 10"): two outlets each dating the next step date one thing."""
    return claim.future and bool(NEXT.search(claim.gist))


def _written_day(a: Claim, b: Claim) -> bool:
    """One calendar day written out with its year by both outlets ("sank on Nov. 18, 1887" /
    "disappeared in a storm on Nov. 18, 1887"): a named day is one thing even where the
    sentences share no word, unlike "on Tuesday", which a story uses for many things."""
    day = a.time or ""
    return len(day) == 10 and day == b.time and day[:4] in a.text and day[:4] in b.text


def _floor(a: Claim, b: Claim) -> float:
    if (
        content_words(a.lead_in) & content_words(b.lead_in)
        or _next_step(a)
        and _next_step(b)
        or _written_day(a, b)
    ):
        return LEAD_IN_SIMILARITY
    return AGREE_SIMILARITY if _same_date(a, b) else DATE_SIMILARITY


def _comparable(a: Claim, b: Claim) -> bool:
    """Dated things that can be one: words in common, both still to come or both past, and
    dates of one precision (a day is not contradicted by a month)."""
    shared = (
        content_words(a.gist) & content_words(b.gist)
        or _next_step(a)
        and _next_step(b)
        or _written_day(a, b)
    )
    if not shared or a.future != b.future:
        return False
    if not _same_date(a, b) and (_other_period(a, b) or _other_period(b, a)):
        return False
    if not _same_date(a, b) and (_ongoing(a) or _ongoing(b)):
        return False  # "were still tackling the fire on Tuesday": a state's day, not a deed's
    if a.today != b.today and (_same_date(a, b) or not _one_deed_dated(a, b)):
        return False  # the day one outlet writes is not a day another looks back on
    return _same_date(a, b) or len(a.time or "") == len(b.time or "")


def _ongoing(claim: Claim) -> bool:
    """A date that finds a state still going on ("were still tackling a landfill fire in West
    Lancashire on Tuesday morning", "Two men hurt in the blast remained in hospital on
    Friday", "was in critical condition on Monday"): when things were so, not when they began
    or happened."""
    at = claim.text.find(claim.lead_in) if claim.lead_in else -1
    before = claim.text[: at + len(claim.lead_in)] if at >= 0 else claim.lead_in
    found = _STILL.search(before[-_STATE_REACH:])
    return found is not None and not _NEW_CLAUSE.search(found.group(0))


def _one_deed_dated(a: Claim, b: Claim) -> bool:
    """One outlet dates the story's main deed by its own day and another by an earlier one,
    the deed's word just before each date ("erupted before dawn on Thursday" / "erupted late
    on Wednesday"): two days for one deed, not the day written against a day looked back on.
    (Only a conflict: one day so dated by both is no news.)"""
    own_day = a if a.today else b
    if not (a.lead and b.lead and _lead_event_day(own_day)):
        return False
    return bool(_deed_words(a.lead_in) & _deed_words(b.lead_in))


def _deed_words(lead_in: str) -> set[str]:
    """The past verbs just before a date, its deed: "erupted" in "erupted before dawn on" (a
    noun there names no deed: "set a new record on", "hit a record high on")."""
    verbs = [w for w in lead_in.split()[-DEED_REACH:] if w.endswith("ed")]
    return content_words(" ".join(verbs))


def _other_period(until: Claim, other: Claim) -> bool:
    """A date that ends a period ("free for the first week, until March 20") set against a
    date of another deed ("will publish figures on March 22"); a date things end or start
    again on is the same end ("closed until Dec. 11" / "reopens Dec. 4")."""
    return bool(_UNTIL.search(until.lead_in)) and not (
        _UNTIL.search(other.lead_in) or _ENDS.search(other.lead_in)
    )


def content_words(text: str) -> set[str]:
    """Lower-case words of four letters or more: names are shared by every report of a story,
    so only the common words say what is dated."""
    return set(_content_words(text))


# Alignment asks for the words of one claim's text once per pair of claims it is weighed in,
# all within one story: a few thousand texts cover the stories compared together (16,384 of
# these sets held 12 MB of a large ingest's memory).
@functools.lru_cache(maxsize=4096)
def _content_words(text: str) -> frozenset[str]:
    text = UNTIL_REOPENING.sub(" reopen ", text)
    words = set(re.findall(r"\b[a-z]{4,}\b", text)) - PLAIN_WORDS
    return frozenset(SAME_DEED.get(word, word)[:STEM] for word in words)


def _same_date(a: Claim, b: Claim) -> bool:
    """A day agrees with its own month ("2026-06-30" and "2026-06")."""
    x, y = a.time or "", b.time or ""
    return x.startswith(y) or y.startswith(x)


def _date_pair(left: Claim, right: Claim) -> Pair:
    if _same_date(left, right):
        summary = f"{left.outlet} and {right.outlet} agree on the date: {left.time}"
        return Pair("agree", "date", summary, [left, right])
    summary = f"Date: {left.outlet} says {left.time}, {right.outlet} says {right.time}"
    return Pair("conflict", "date", summary, [left, right])


def join_date_disputes(pairs: list[Pair]) -> list[Pair]:
    """Date conflicts that name one outlet's date in one sentence become one: the events
    aligner dates a deed ("Date of the raid: Ledger 2027-06-08, Herald 2027-06-07") and this
    one its sentence's date ("Date: Post says 2027-06-08, Herald says 2027-06-07"), so three
    outlets dating the raid apart would read as two disputes of two. Only where each outlet
    gives one date in the linked set."""
    dates = [p for p in pairs if p.kind == "conflict" and p.topic == "date"]
    linked = [group for group in linked_by(dates, _date_key) if len(group) > 1]
    if not linked:
        return pairs
    merged = {id(p) for group in linked for p in group}
    result = [p for p in pairs if id(p) not in merged]
    agreed = [_keys(p) for p in pairs if p.kind == "agree" and p.topic == "date"]
    for group in linked:
        joined = _joined_dates(group)
        result += joined or group
        if joined:
            result += _side_agreements(joined[0], agreed)
    return result


def _side_agreements(conflict: Pair, agreed: list[set[tuple[str, int, str]]]) -> list[Pair]:
    """The agreement of each side two or more outlets take, unless one is already found: that
    three of four outlets date the raid alike is news once a fourth disputes it."""
    found = [agreement("date", side) for side in _by_day(conflict.claims) if len(side) > 1]
    return [a for a in found if not any(_keys(a) <= k for k in agreed)]


def _date_key(claim: Claim) -> tuple[str, int, str]:
    return claim.article, claim.start, calendar_day(claim.time)


def calendar_day(value: str | None) -> str:
    """The day of a time value ("2027-06-08T06:00" -> "2027-06-08"; "Thursday morning" is
    Thursday)."""
    return (value or "")[:10]


def same_night(one: str | None, other: str | None) -> bool:
    """Whether one time is a night and the other falls on the next day: "overnight Sunday"
    runs into Monday, when "a gardener discovered the theft at 7:30 a.m."."""
    for night, day in ((one or "", other or ""), (other or "", one or "")):
        if night.endswith("TNI") and is_day(night[:10]):
            after = dt.date.fromisoformat(night[:10]) + dt.timedelta(days=1)
            if calendar_day(day) == after.isoformat():
                return True
    return False


def _joined_dates(group: list[Pair]) -> list[Pair]:
    """The one conflict of a linked group, or nothing when an outlet gives two dates in it."""
    claims = {_date_key(c): c for pair in group for c in pair.claims}
    outlets = [c.outlet for c in claims.values()]
    if len(set(outlets)) != len(outlets):
        return []
    ordered = sorted(claims.values(), key=lambda c: (c.outlet, c.start))
    return [Pair("conflict", "date", conflict_summary("date", _by_day(ordered)), ordered)]


def _by_day(claims: list[Claim]) -> list[list[Claim]]:
    sides: dict[str, list[Claim]] = {}
    for claim in claims:
        sides.setdefault(calendar_day(claim.time), []).append(claim)
    return list(sides.values())
