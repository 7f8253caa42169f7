"""Aligning claims across outlets: which two claims are about the same thing, and do they agree.

Thresholds are similarities of MiniLM sentence vectors (cosine, -1..1) and rapidfuzz ratios
(0..100); they were tuned on our example corpus and are checked on our hold-out set.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz

from wirecheck.corpus.claims import COUNT_TOPICS, Claim, happened

# Count topics named by a cue word align on the topic alone; a topic that is only a counted
# noun ("people", "home") also needs similar sentences.
CUE_TOPICS = {topic for topic, _ in COUNT_TOPICS}
COUNT_SIMILARITY = {"cue": 0.35, "noun": 0.55}
EVENT_SIMILARITY = 0.6
EVENT_AGREE_SIMILARITY = 0.8
QUOTE_SAME_STATEMENT = 70.0  # fuzz.ratio of normalised wording
QUOTE_CONTAINED = 92.0  # fuzz.partial_ratio when one quote is part of the other
QUOTE_SAME_WORDING = 96.0
UNIQUE_MAX_SIMILARITY = 0.5
UNIQUE_PER_ARTICLE = 2


@dataclass
class Pair:
    kind: str  # agree | conflict
    topic: str
    summary: str
    left: Claim
    right: Claim


def similarity(vectors: dict[str, np.ndarray], a: Claim, b: Claim) -> float:
    if a.text == b.text:
        return 1.0
    return float(vectors[a.text] @ vectors[b.text])


def _by_outlet(claims: list[Claim], kind: str) -> dict[str, list[Claim]]:
    groups: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.kind == kind:
            groups[claim.outlet].append(claim)
    return groups


def _outlet_pairs(groups: dict[str, list[Claim]]) -> Iterator[tuple[list[Claim], list[Claim]]]:
    for left, right in itertools.combinations(sorted(groups), 2):
        yield groups[left], groups[right]


def align_counts(claims: list[Claim], vectors: dict[str, np.ndarray]) -> list[Pair]:
    """Per outlet pair and topic, the best-matching two counts: overlapping intervals agree."""
    pairs = []
    for lefts, rights in _outlet_pairs(_by_outlet(claims, "count")):
        for topic in sorted({c.slot for c in lefts} & {c.slot for c in rights}):
            floor = COUNT_SIMILARITY["cue" if topic in CUE_TOPICS else "noun"]
            best = _best_match(
                [c for c in lefts if c.slot == topic],
                [c for c in rights if c.slot == topic],
                vectors,
                floor,
            )
            if best:
                pairs.append(_count_pair(*best))
    return pairs


def _best_match(
    lefts: list[Claim], rights: list[Claim], vectors: dict[str, np.ndarray], floor: float
) -> tuple[Claim, Claim] | None:
    scored = [(similarity(vectors, a, b), a, b) for a in lefts for b in rights]
    scored = [s for s in scored if s[0] >= floor]
    if not scored:
        return None
    _, left, right = max(scored, key=lambda s: (s[0], -s[1].start, -s[2].start))
    return left, right


def _count_pair(left: Claim, right: Claim) -> Pair:
    if overlaps(left, right):
        summary = (
            f"{left.outlet} and {right.outlet} agree on {left.topic}: {left.value} / {right.value}."
        )
        return Pair("agree", left.topic, summary, left, right)
    summary = f"{left.topic}: {left.outlet} says {left.value}, {right.outlet} says {right.value}."
    return Pair("conflict", left.topic, summary, left, right)


def overlaps(a: Claim, b: Claim) -> bool:
    """Intervals overlap; a missing bound is open."""
    a_low = -np.inf if a.low is None else a.low
    b_low = -np.inf if b.low is None else b.low
    a_high = np.inf if a.high is None else a.high
    b_high = np.inf if b.high is None else b.high
    return bool(a_low <= b_high and b_low <= a_high)


def align_quotes(claims: list[Claim]) -> list[Pair]:
    """The same statement in two outlets: who said it, and whether the wording drifted."""
    pairs = []
    for lefts, rights in _outlet_pairs(_by_outlet(claims, "quote")):
        for left in lefts:
            match = _same_statement(left, rights)
            if match is not None:
                pairs.extend(_quote_pairs(left, match))
    return pairs


def _normalise(text: str) -> str:
    return " ".join(re.findall(r"[\w']+", text.lower().replace("’", "'")))


def _same_statement(claim: Claim, candidates: list[Claim]) -> Claim | None:
    words = _normalise(claim.quote_text or "")
    best: tuple[float, Claim] | None = None
    for other in candidates:
        other_words = _normalise(other.quote_text or "")
        score = fuzz.ratio(words, other_words)
        shorter = min(len(words.split()), len(other_words.split()))
        if score < QUOTE_SAME_STATEMENT and shorter >= 6:
            score = max(score, fuzz.partial_ratio(words, other_words) - 5)
        threshold = QUOTE_SAME_STATEMENT if shorter >= 6 else QUOTE_CONTAINED
        if score >= threshold and (best is None or score > best[0]):
            best = (score, other)
    return best[1] if best else None


def _quote_pairs(left: Claim, right: Claim) -> list[Pair]:
    if left.speaker and right.speaker and left.speaker != right.speaker:
        summary = (
            f"The same words are given to {left.value} by {left.outlet} "
            f"and to {right.value} by {right.outlet}."
        )
        return [Pair("conflict", "quote speaker", summary, left, right)]
    if not (left.speaker and right.speaker):
        return []
    pairs = [
        Pair("agree", "quote speaker", f"{left.outlet} and {right.outlet} both quote {left.value}.",
             left, right)
    ]  # fmt: skip
    a, b = _normalise(left.quote_text or ""), _normalise(right.quote_text or "")
    if fuzz.ratio(a, b) < QUOTE_SAME_WORDING:
        summary = (
            f"{left.value}'s words differ from {left.outlet} to {right.outlet}: {word_diff(a, b)}."
        )
        pairs.append(Pair("conflict", "quote wording", summary, left, right))
    return pairs


def word_diff(a: str, b: str) -> str:
    """How wording b differs from wording a: “let” → “allow”; “the” added; ..."""
    left, right = a.split(), b.split()
    changes = []
    matcher = difflib.SequenceMatcher(a=left, b=right, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "replace":
            changes.append(f"“{' '.join(left[i1:i2])}” → “{' '.join(right[j1:j2])}”")
        elif op == "delete":
            changes.append(f"“{' '.join(left[i1:i2])}” dropped")
        elif op == "insert":
            changes.append(f"“{' '.join(right[j1:j2])}” added")
    return "; ".join(changes[:4]) or "punctuation only"


def align_events(claims: list[Claim], vectors: dict[str, np.ndarray]) -> list[Pair]:
    """The same event in two outlets: did it happen, and when."""
    pairs = []
    for lefts, rights in _outlet_pairs(_by_outlet(claims, "event")):
        for left in lefts:
            same = [r for r in rights if r.slot == left.slot]
            best = _best_match([left], same, vectors, EVENT_SIMILARITY)
            if best:
                pairs.extend(_event_pairs(*best, similarity(vectors, *best)))
    return pairs


def _event_pairs(left: Claim, right: Claim, score: float) -> list[Pair]:
    if happened(left.mode) != happened(right.mode):
        summary = (
            f"{left.outlet} reports the {left.topic} as {left.mode}, "
            f"{right.outlet} as {right.mode}."
        )
        return [Pair("conflict", "event status", summary, left, right)]
    pairs = []
    if _is_date(left.time) and _is_date(right.time):
        kind = "agree" if left.time == right.time else "conflict"
        summary = (
            f"Date of the {left.topic}: {left.outlet} {left.time}, {right.outlet} {right.time}."
        )
        pairs.append(Pair(kind, "date", summary, left, right))
    elif score >= EVENT_AGREE_SIMILARITY and happened(left.mode):
        summary = f"{left.outlet} and {right.outlet} both report the {left.topic} as {left.mode}."
        pairs.append(Pair("agree", "event status", summary, left, right))
    return pairs


def _is_date(value: str | None) -> bool:
    return bool(value and re.match(r"\d{4}-\d{2}-\d{2}", value))


def unique_claims(
    claims: list[Claim], vectors: dict[str, np.ndarray], pairs: list[Pair]
) -> list[Claim]:
    """Salient claims that no other independent outlet echoes, the most distinct first."""
    paired = {id(c) for p in pairs for c in (p.left, p.right)}
    outlets = {c.outlet for c in claims}
    if len(outlets) < 2:
        return []
    chosen: dict[str, list[tuple[float, Claim]]] = defaultdict(list)
    for claim in claims:
        if id(claim) in paired or not _salient(claim):
            continue
        others = [similarity(vectors, claim, o) for o in claims if o.outlet != claim.outlet]
        echo = max(others, default=0.0)
        if echo < UNIQUE_MAX_SIMILARITY:
            chosen[claim.article].append((echo, claim))
    result: list[Claim] = []
    for article in sorted(chosen):
        ranked = sorted(chosen[article], key=lambda s: (s[0], s[1].start))
        result.extend(claim for _, claim in ranked[:UNIQUE_PER_ARTICLE])
    return result


def _salient(claim: Claim) -> bool:
    if claim.kind == "event":
        return happened(claim.mode)
    if claim.kind == "quote":
        return claim.speaker is not None
    return claim.topic in CUE_TOPICS or claim.topic in ("USD", "EUR", "GBP")
