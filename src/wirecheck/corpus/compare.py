"""Cross-outlet comparison inside each story: agree, conflict, unique.

Claims (counts, quotes, events, clock times, dates) are aligned across independent outlets:
a syndicated copy speaks with its original's voice, so it never corroborates or contradicts
it (its words are shown beside its original's in the evidence: `copy_evidence`). Two claims
are about the same thing when they share the slot (the topic of a count, a quote's wording,
an event's type) and, where the slot alone is loose, their sentences say similar things.
Conflicts are reported per pair of outlets that disagree, except that outlets giving the very
same value stand as one side. Unique claims: see `unique`.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import PurePosixPath

import numpy as np

from wirecheck.corpus import register_corpus_stage
from wirecheck.corpus.ages import age_claims, align_ages
from wirecheck.corpus.align import (
    Pair,
    align_counts,
    align_quotes,
    figure_size,
    overlaps,
    unique_claims,
    weighed_count_gists,
)
from wirecheck.corpus.allies import join_allies, widen_agreements, without_floor_bridges
from wirecheck.corpus.background import BACKGROUND, align_background_years, background_claims
from wirecheck.corpus.claims import Claim, claims_of
from wirecheck.corpus.copy_evidence import with_copies
from wirecheck.corpus.date_align import (
    align_dates,
    join_date_disputes,
    weighed_date_gists,
    whole_date_sides,
)
from wirecheck.corpus.deeds import TOPIC as DEED_TOPIC
from wirecheck.corpus.deeds import align_deeds, deed_claims
from wirecheck.corpus.dollars import settle_bare_dollars
from wirecheck.corpus.event_align import align_events
from wirecheck.corpus.inquiries import align_inquiries, unknown_cause_claims
from wirecheck.corpus.kin_counts import join_kin_counts
from wirecheck.corpus.pairs import (
    compared_value,
    join_status_disputes,
    of_counts,
    shown_value,
    with_restatements,
)
from wirecheck.corpus.periods import align_periods, period_claims
from wirecheck.corpus.place_align import align_places, place_claims
from wirecheck.corpus.quote_align import name_speakers
from wirecheck.corpus.ranking import ranked, salience
from wirecheck.corpus.statements import align_statements, statement_claims
from wirecheck.corpus.tallies import align_tallies, tally_claims
from wirecheck.corpus.time_align import align_times
from wirecheck.corpus.unique import echoed_gists
from wirecheck.corpus.unique_speech import YEAR
from wirecheck.corpus.voices import EXPERT_TOPIC, GROUP_TOPIC
from wirecheck.corpus.zero_counts import zero_claims
from wirecheck.model import Analysis, Article, Entity, Evidence, Finding, Story

# A story, its claims, its independent outlets, and its sentences as candidate statements.
Told = tuple[Story, list[Claim], int, list[Claim]]
UNIQUE_SUMMARY = "Only {outlet} reports this ({topic}): {value}."
UNIQUE_SUMMARIES = {
    BACKGROUND: "Only {outlet} gives this background ({value}).",
    EXPERT_TOPIC: "Only {outlet} quotes this expert: {value}.",
    GROUP_TOPIC: "Only {outlet} quotes this group's view: {value}.",
}
# Distinct gists embedded in one call before the stories that hold them are compared.
PREFETCH_TEXTS = 512
# How near another outlet's figure must be to confirm a toll dated long before
# (`confirmed_earlier`).
CONFIRMING_SHARE = 0.1
# Kinds aligned on sentence vectors within one slot (dates are compared across slots; counts
# are named by `weighed_count_gists`).
SLOT_ALIGNED = {"event", "time"}


@register_corpus_stage("compare")
def compare_stories(analysis: Analysis) -> None:
    """Fill `analysis.findings` for every story with at least one article."""
    by_id = {a.id: a for a in analysis.articles}
    entities = {e.id: e for e in analysis.entities}
    told = (_told(story, by_id, entities) for story in analysis.stories)
    findings: list[Finding] = []
    for story, claims, outlet_count, statements in _prefetched(told):
        found = compare_claims(story, claims, outlet_count, statements)
        findings.extend(with_copies(found, [by_id[a] for a in story.articles if a in by_id]))
    analysis.findings = findings


def _told(story: Story, by_id: dict[str, Article], entities: dict[str, Entity]) -> Told:
    """A story, its claims, how many independent outlets tell it, and its sentences."""
    members = [by_id[a] for a in story.articles if a in by_id]
    outlets = outlet_keys(members, by_id)
    originals = [a for a in members if not _is_copy(a, members)]
    claims = [c for a in originals for c in claims_of(a, outlets[a.id], entities)]
    claims += [c for a in originals for c in place_claims(a, outlets[a.id], entities)]
    claims += [c for a in originals for c in deed_claims(a, outlets[a.id])]
    claims += [c for a in originals for c in unknown_cause_claims(a, outlets[a.id])]
    claims += [c for a in originals for c in age_claims(a, outlets[a.id], entities)]
    claims += [c for a in originals for c in tally_claims(a, outlets[a.id])]
    claims += [c for a in originals for c in background_claims(a, outlets[a.id])]
    claims += [c for a in originals for c in zero_claims(a, outlets[a.id])]
    claims += [c for a in originals for c in period_claims(a, outlets[a.id])]
    settle_bare_dollars(claims)
    claims = confirmed_earlier(claims)
    statements = [s for a in originals for s in statement_claims(a, outlets[a.id])]
    return story, claims, len({outlets[a.id] for a in members}), statements


def confirmed_earlier(claims: list[Claim]) -> list[Claim]:
    """Claims without the tolls dated well before the story that no other outlet confirms: a
    figure another outlet gives for the same slot is the story's own event told with its
    date ("the collision on 14 March 2026 killed two ferry passengers" / "killed two
    people"); an unconfirmed one is likely another event's ("the 2019 slide killed 65"). Two
    outlets' figures for one slot, each dated weeks before the story without a year, tell the
    story's own run-up and are compared even where they differ ("among about 80 people
    arrested in late March" / "among 61 people arrested on March 28")."""
    return [
        c
        for c in claims
        if not c.earlier or any(_confirms(o, c) or _same_run_up(o, c) for o in claims)
    ]


def _same_run_up(other: Claim, claim: Claim) -> bool:
    return (
        other.kind == "count"
        and other.earlier
        and other.slot == claim.slot
        and other.outlet != claim.outlet
        and not YEAR.search(claim.text)
        and not YEAR.search(other.text)
    )


def _confirms(other: Claim, claim: Claim) -> bool:
    """Another outlet's figure for the slot, within a tenth of this one: an open "at least
    23 cases" admits an old outbreak's 31 but does not confirm it."""
    if other.kind != "count" or other.slot != claim.slot or other.outlet == claim.outlet:
        return False
    ours, theirs = figure_size(claim), figure_size(other)
    if ours is None or theirs is None or not overlaps(claim, other):
        return False
    return abs(ours - theirs) <= CONFIRMING_SHARE * max(abs(ours), abs(theirs))


def _prefetched(told: Iterable[Told]) -> Iterator[Told]:
    """Stories as they come, after embedding the compared gists of several at once: one call
    sorts all their sentences by length, so its batches are barely padded (one story has too
    few sentences for that; padding was 40% of the tokens). The vectors wait in the embedding
    cache for `sentence_vectors`."""
    group: list[Told] = []
    texts: set[str] = set()
    for item in told:
        group.append(item)
        texts |= compared_gists(item[1])
        if len(texts) >= PREFETCH_TEXTS:
            yield from _warmed(group, texts)
            group, texts = [], set()
    yield from _warmed(group, texts)


def _warmed(group: list[Told], texts: set[str]) -> list[Told]:
    if texts:
        from wirecheck.embed import embed

        embed(sorted(texts))
    return group


def outlet_keys(members: list[Article], by_id: dict[str, Article]) -> dict[str, str]:
    """Independence key per article: the outlet of the original for a syndicated copy."""
    keys = {}
    for article in members:
        root = article
        seen = {article.id}
        while root.syndicated_of in by_id and root.syndicated_of not in seen:
            root = by_id[root.syndicated_of]
            seen.add(root.id)
        keys[article.id] = root.source or _unnamed(root)
    return keys


def _unnamed(article: Article) -> str:
    """The key and label of an article that names no outlet: its file, which a reader can
    find, and its id, which keeps two such files apart ("ferry.txt (3f2a9c1e)")."""
    name = PurePosixPath(article.path.replace("\\", "/")).name if article.path else ""
    return f"{name} ({article.id[:8]})" if name else article.id


def _is_copy(article: Article, members: list[Article]) -> bool:
    """A syndicated copy whose original is in the story: it adds no claim of its own."""
    return any(article.syndicated_of == other.id for other in members)


def compare_claims(
    story: Story, claims: list[Claim], outlet_count: int, statements: list[Claim] | None = None
) -> list[Finding]:
    """Findings among the claims of one story told by `outlet_count` independent outlets;
    `statements`, its sentences, are compared as whole statements where no slot holds them."""
    if not claims and not statements:
        return []
    name_speakers(claims)
    vectors = sentence_vectors(claims)
    pairs: list[Pair] = []
    pairs += align_counts(claims, vectors)
    pairs += align_quotes(claims, vectors)
    pairs += align_events(claims, vectors)
    pairs += align_times(claims, vectors)
    pairs += align_dates(claims, vectors)
    pairs += align_places(claims, pairs)
    pairs += align_periods(claims)
    pairs += align_deeds(claims)
    pairs += align_ages(claims)
    pairs += align_tallies(claims)
    pairs += align_background_years(claims)
    pairs = join_date_disputes(pairs)
    pairs = whole_date_sides(join_allies(pairs, claims, vectors))
    pairs = without_floor_bridges(widen_agreements(pairs, claims, vectors))
    pairs = join_status_disputes(pairs, DEED_TOPIC)
    pairs = join_kin_counts(pairs, claims, vectors)
    pairs += align_statements(statements or [], pairs, vectors)
    pairs += align_inquiries(claims, pairs)
    pairs = with_restatements(pairs, claims)
    findings = [(_pair_finding(story, pair), salience(pair.claims)) for pair in pairs]
    figures = {f.id for (f, _), p in zip(findings, pairs, strict=True) if of_counts(p)}
    if outlet_count > 1:  # "only one outlet reports this" needs another outlet that does not
        uniques = unique_claims(claims, vectors, pairs)
        findings += [(_unique_finding(story, c), salience([c])) for c in uniques]
    return ranked(_deduplicate(findings, figures))


def sentence_vectors(claims: list[Claim]) -> dict[str, np.ndarray]:
    """MiniLM embeddings of claim gists (the words around a figure, else the evidence
    sentence): those `compared_gists` names in one batch, any other when first read."""
    from wirecheck.embed import LazyVectors, embed

    texts = sorted(compared_gists(claims))
    return LazyVectors(zip(texts, embed(texts), strict=True))


def compared_gists(claims: list[Claim]) -> set[str]:
    """Gists a comparison can read, named in advance so that they are embedded in one batch:
    those the aligners weigh (`_aligned_gists`, `date_align.weighed_date_gists`) and those a
    unique claim is measured against (`unique.echoed_gists`). A gist left out is embedded
    when first read, so a wrong guess costs time, never a different finding; one named in
    vain costs time too (on the bench corpus, naming every claim of a kind two outlets make
    fetched 13% of its gists in vain; these rules 4%, and miss none)."""
    return _aligned_gists(claims) | weighed_date_gists(claims) | echoed_gists(claims)


def _aligned_gists(claims: list[Claim]) -> set[str]:
    """Counts `align_counts` may weigh (`weighed_count_gists`), and events and clock times in
    a slot two outlets share: `align_events` and `align_times` only compare claims of one slot
    (a lone claim has nothing to be compared with; quotes, places and deeds are matched on
    their words)."""
    outlets: dict[tuple[str, str], set[str]] = defaultdict(set)
    for claim in claims:
        if claim.kind in SLOT_ALIGNED:
            outlets[claim.kind, claim.slot].add(claim.outlet)
    shared = {c.gist for c in claims if len(outlets.get((c.kind, c.slot), ())) > 1}
    return shared | weighed_count_gists(claims)


def _pair_finding(story: Story, pair: Pair) -> Finding:
    evidence = [_evidence(c, shown_value(c, pair.topic)) for c in pair.claims]
    finding_id = _finding_id(story.id, pair.kind, pair.topic, evidence)
    summary = pair.summary.rstrip(".") + "."  # a value like "4:21 a.m." ends in its own dot
    return Finding(finding_id, story.id, pair.kind, pair.topic, summary, evidence)


def _unique_finding(story: Story, claim: Claim) -> Finding:
    evidence = [_evidence(claim)]
    summary = UNIQUE_SUMMARIES.get(claim.topic, UNIQUE_SUMMARY).format(
        outlet=claim.outlet, topic=claim.topic, value=claim.value
    )
    finding_id = _finding_id(story.id, "unique", claim.topic, evidence)
    return Finding(finding_id, story.id, "unique", claim.topic, summary, evidence)


def _evidence(claim: Claim, value: str | None = None) -> Evidence:
    start, end, text = claim.shown_span
    return Evidence(claim.article, start, end, text, value or compared_value(claim))


def _finding_id(story: str, kind: str, topic: str, evidence: Iterable[Evidence]) -> str:
    key = "|".join([story, kind, topic] + [f"{e.article}:{e.start}:{e.end}" for e in evidence])
    return "f:" + hashlib.sha256(key.encode()).hexdigest()[:16]


def _deduplicate(
    findings: list[tuple[Finding, int]], figures: set[str]
) -> list[tuple[Finding, int]]:
    """One finding per id (two claims in one sentence pair give the same finding once: the
    first, with the higher salience), and none whose evidence a larger finding of its kind
    and topic already holds (for `figures`, the findings on counts: the same figures too)."""
    unique: dict[str, tuple[Finding, int]] = {}
    for finding, weight in findings:
        first, known = unique.get(finding.id, (finding, weight))
        unique[finding.id] = (first, max(weight, known))
    everything = [f for f, _ in unique.values()]
    return [(f, w) for f, w in unique.values() if not _covered(f, everything, f.id in figures)]


def _covered(finding: Finding, findings: Iterable[Finding], by_value: bool) -> bool:
    """Whether a larger finding of the same kind and topic already holds all its evidence (a
    meeting dated through its event and through its date words is one finding). With
    `by_value`, the same values too: a second figure in the same sentences is another claim
    ("received €1.2 million from the company, which won the €48 million contract")."""

    def held(f: Finding) -> set[tuple[str, int, int, str | None]]:
        return {(e.article, e.start, e.end, e.value if by_value else None) for e in f.evidence}

    spans = held(finding)
    return any(
        other.id != finding.id
        and (other.kind, other.topic) == (finding.kind, finding.topic)
        and spans < held(other)
        for other in findings
    )
