"""The order of a story's findings: conflicts first, then agreements, then unique claims, each
kind ranked by salience, so that a reader who stops after the first lines has seen what
matters most.

Salience of a finding, highest first:
1. what its claims are about: a toll of people or a sum of money weighs most (3); any other
   count, an event, a date, a clock time, a deed or a vote tally next (2); a quote, a place or
   an age least (1);
2. where the outlets put it: a claim in an article's first paragraph, where an outlet puts its
   main news, adds one;
3. how many articles stand behind it (four outlets agreeing before two).
Ties keep a fixed order (topic, then id), so the ranking is the same on every run.
"""

from __future__ import annotations

from collections.abc import Iterable

from wirecheck.corpus.claims import Claim
from wirecheck.corpus.count_topics import is_money
from wirecheck.corpus.money_slots import slot_unit
from wirecheck.corpus.unique_salience import PEOPLE_TOPICS
from wirecheck.model import Finding

KIND_ORDER = {"conflict": 0, "agree": 1, "unique": 2}
MIDDLE_KINDS = {"count", "event", "date", "time", "deed", "tally"}


def claim_weight(claim: Claim) -> int:
    """1 to 4: what the claim is about (1-3), plus one for a claim in the first paragraph."""
    if claim.kind == "count":
        unit = slot_unit(claim.topic)
        weight = 3 if is_money(unit) or claim.topic in PEOPLE_TOPICS else 2
    else:
        weight = 2 if claim.kind in MIDDLE_KINDS else 1
    return weight + (1 if claim.lead else 0)


def salience(claims: Iterable[Claim]) -> int:
    """A finding's salience: the weight of its weightiest claim."""
    return max((claim_weight(c) for c in claims), default=0)


def ranked(findings: Iterable[tuple[Finding, int]]) -> list[Finding]:
    """Findings of one story with their salience, in reading order."""

    def key(item: tuple[Finding, int]) -> tuple[int, int, int, str, str]:
        finding, weight = item
        articles = len({e.article for e in finding.evidence})
        return (KIND_ORDER.get(finding.kind, 3), -weight, -articles, finding.topic, finding.id)

    return [finding for finding, _ in sorted(findings, key=key)]
