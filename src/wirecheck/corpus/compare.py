"""Cross-outlet comparison inside each story: agree, conflict, unique.

Claims (counts, quotes, events, clock times, dates) are aligned across independent outlets:
a syndicated copy speaks with its original's voice, so it never corroborates or contradicts
it. Two claims are about the same thing when they share the slot (the topic of a count, a
quote's wording, an event's type) and, where the slot alone is loose, their sentences say
similar things. Conflicts are reported per pair of outlets that disagree, except that
outlets giving the very same value stand as one side. Unique claims: see `unique`.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable

import numpy as np

from wirecheck.corpus import register_corpus_stage
from wirecheck.corpus.align import (
    Pair,
    align_counts,
    align_events,
    align_quotes,
    align_times,
    unique_claims,
)
from wirecheck.corpus.claims import Claim, claims_of
from wirecheck.corpus.date_align import align_dates
from wirecheck.corpus.pairs import compared_value
from wirecheck.model import Analysis, Article, Evidence, Finding, Story


@register_corpus_stage("compare")
def compare_stories(analysis: Analysis) -> None:
    """Fill `analysis.findings` for every story with at least one article."""
    by_id = {a.id: a for a in analysis.articles}
    entities = {e.id: e for e in analysis.entities}
    findings: list[Finding] = []
    for story in analysis.stories:
        members = [by_id[a] for a in story.articles if a in by_id]
        outlets = outlet_keys(members, by_id)
        originals = [a for a in members if not _is_copy(a, members)]
        claims = [c for a in originals for c in claims_of(a, outlets[a.id], entities)]
        findings.extend(compare_claims(story, claims, len({outlets[a.id] for a in members})))
    analysis.findings = findings


def outlet_keys(members: list[Article], by_id: dict[str, Article]) -> dict[str, str]:
    """Independence key per article: the outlet of the original for a syndicated copy."""
    keys = {}
    for article in members:
        root = article
        seen = {article.id}
        while root.syndicated_of in by_id and root.syndicated_of not in seen:
            root = by_id[root.syndicated_of]
            seen.add(root.id)
        keys[article.id] = root.source or root.id
    return keys


def _is_copy(article: Article, members: list[Article]) -> bool:
    """A syndicated copy whose original is in the story: it adds no claim of its own."""
    return any(article.syndicated_of == other.id for other in members)


def compare_claims(story: Story, claims: list[Claim], outlet_count: int) -> list[Finding]:
    """Findings among the claims of one story told by `outlet_count` independent outlets."""
    if not claims:
        return []
    vectors = sentence_vectors(claims)
    pairs: list[Pair] = []
    pairs += align_counts(claims, vectors)
    pairs += align_quotes(claims)
    pairs += align_events(claims, vectors)
    pairs += align_times(claims, vectors)
    pairs += align_dates(claims, vectors)
    findings = [_pair_finding(story, pair) for pair in pairs]
    if outlet_count > 1:  # "only one outlet reports this" needs another outlet that does not
        findings += [_unique_finding(story, c) for c in unique_claims(claims, vectors, pairs)]
    return _deduplicate(findings)


def sentence_vectors(claims: list[Claim]) -> dict[str, np.ndarray]:
    """One embedding per distinct claim gist (MiniLM): the words around a figure, else the
    evidence sentence."""
    texts = sorted({c.gist for c in claims})
    if not texts:
        return {}
    from wirecheck.embed import embed

    return dict(zip(texts, embed(texts), strict=True))


def _pair_finding(story: Story, pair: Pair) -> Finding:
    evidence = [_evidence(c) for c in pair.claims]
    finding_id = _finding_id(story.id, pair.kind, pair.topic, evidence)
    summary = pair.summary.rstrip(".") + "."  # a value like "4:21 a.m." ends in its own dot
    return Finding(finding_id, story.id, pair.kind, pair.topic, summary, evidence)


def _unique_finding(story: Story, claim: Claim) -> Finding:
    evidence = [_evidence(claim)]
    summary = f"Only {claim.outlet} reports this ({claim.topic}): {claim.value}."
    finding_id = _finding_id(story.id, "unique", claim.topic, evidence)
    return Finding(finding_id, story.id, "unique", claim.topic, summary, evidence)


def _evidence(claim: Claim) -> Evidence:
    return Evidence(claim.article, claim.start, claim.end, claim.text, compared_value(claim))


def _finding_id(story: str, kind: str, topic: str, evidence: Iterable[Evidence]) -> str:
    key = "|".join([story, kind, topic] + [f"{e.article}:{e.start}:{e.end}" for e in evidence])
    return "f:" + hashlib.sha256(key.encode()).hexdigest()[:16]


def _deduplicate(findings: list[Finding]) -> list[Finding]:
    """One finding per id (two claims in one sentence pair give the same finding once), and
    none whose evidence a larger finding of its kind and topic already holds."""
    unique: dict[str, Finding] = {}
    for finding in findings:
        unique.setdefault(finding.id, finding)
    kept = [f for f in unique.values() if not _covered(f, unique.values())]
    order = defaultdict(int, {"conflict": 0, "agree": 1, "unique": 2})
    return sorted(kept, key=lambda f: (f.story, order[f.kind], f.topic, f.id))


def _covered(finding: Finding, findings: Iterable[Finding]) -> bool:
    """Whether a larger finding of the same kind and topic already holds all its evidence (a
    meeting dated through its event and through its date words is one finding)."""
    spans = {(e.article, e.start, e.end) for e in finding.evidence}
    return any(
        other.id != finding.id
        and (other.kind, other.topic) == (finding.kind, finding.topic)
        and spans < {(e.article, e.start, e.end) for e in other.evidence}
        for other in findings
    )
