"""The entity stage: named mentions, their roles and within-article identity.

Mentions of one referent in one article share a local id `"{article.id}:e:{k}"` (k counts
referents in order of first mention); the corpus stage `resolve` rewrites local ids to global
ones. Pronouns are not mentions: the quotes stage resolves them itself. `entity_at` tells the
quotes and events stages which entity a span of text names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirecheck.extract import register_stage
from wirecheck.extract.clusters import Cluster, build, link_roles, vote
from wirecheck.extract.gazetteer import words
from wirecheck.extract.roles import attach_roles, role_descriptions
from wirecheck.extract.spans import Candidate, named_candidates
from wirecheck.model import Article, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

# A person's surname is propagated only when the article gave the name in full at least once.
_MIN_PROPAGATED = 2
_HOST_LABELS = frozenset({"ORG", "FAC", "EVENT", "PRODUCT"})


@register_stage("entities", "mentions")
def entities(article: Article, doc: Doc) -> list[Mention]:
    """Every entity mention in the article, with its role and local entity id."""
    named = named_candidates(doc)
    attach_roles(doc, named)
    clusters = build(doc, named)
    propagate(doc, clusters)
    link_roles(clusters, role_descriptions(doc, _all_members(clusters)), doc)
    return to_mentions(article, doc, clusters)


def _all_members(clusters: list[Cluster]) -> list[Candidate]:
    return [m for c in clusters for m in c.members]


def local_id(article_id: str, index: int) -> str:
    return f"{article_id}:e:{index}"


def to_mentions(article: Article, doc: Doc, clusters: list[Cluster]) -> list[Mention]:
    """Mentions in text order; clusters numbered by first mention."""
    mentions = []
    ordered = sorted((c for c in clusters if c.members), key=lambda c: c.first)
    for k, cluster in enumerate(ordered):
        entity_type = vote(cluster)
        for member in cluster.members:
            span = doc[member.start : member.end]
            mention_type = "NORP" if member.kind == "demonym" else entity_type
            mentions.append(
                Mention(
                    article=article.id,
                    start=span.start_char,
                    end=span.end_char,
                    text=span.text,
                    type=mention_type,
                    role=member.role,
                    entity=local_id(article.id, k),
                )
            )
    mentions.sort(key=lambda m: (m.start, -m.end))
    return mentions


def propagate(doc: Doc, clusters: list[Cluster]) -> None:
    """Find further mentions of names already seen: "Okafor" after "Daniel Okafor"."""
    patterns = _patterns(doc, clusters)
    if not patterns:
        return
    taken = {i: m for c in clusters for m in c.members for i in range(m.start, m.end)}
    texts = [t.text for t in doc]  # every token is looked at: read each one's text once
    i = 0
    while i < len(texts):
        found = _pattern_at(doc, texts, i, patterns, taken) if texts[i] in patterns else None
        if found is None:
            i += 1
            continue
        size, cluster = found
        cluster.members.append(Candidate(i, i + size, vote(cluster), propagated=True))
        i += size


def _patterns(
    doc: Doc, clusters: list[Cluster]
) -> dict[str, list[tuple[tuple[str, ...], Cluster]]]:
    """First token → (token texts, cluster); surnames only where one cluster owns them."""
    from spacy.lang.en.stop_words import STOP_WORDS

    owners: dict[tuple[str, ...], set[int]] = {}
    for index, cluster in enumerate(clusters):
        person = vote(cluster) == "PERSON"  # the same for every member: counted once
        for member in cluster.members:
            if member.nominal or member.kind == "demonym":
                continue
            tokens = tuple(t.text for t in doc[member.start : member.end])
            owners.setdefault(tokens, set()).add(index)
            if person and len(tokens) >= _MIN_PROPAGATED:
                owners.setdefault(tokens[-1:], set()).add(index)
    patterns: dict[str, list[tuple[tuple[str, ...], Cluster]]] = {}
    # "Will", "May", "Image", "University": one capitalised word too common to be a name alone.
    skip = STOP_WORDS | words("nonname") | words("org") | words("title")
    for tokens, indices in owners.items():
        if len(indices) != 1 or not tokens[0][:1].isupper():
            continue
        if len(tokens) == 1 and tokens[0].lower() in skip and not tokens[0].isupper():
            continue
        cluster = clusters[next(iter(indices))]
        patterns.setdefault(tokens[0], []).append((tokens, cluster))
    for options in patterns.values():
        options.sort(key=lambda pair: -len(pair[0]))
    return patterns


def _pattern_at(
    doc: Doc,
    texts: list[str],
    i: int,
    patterns: dict[str, list[tuple[tuple[str, ...], Cluster]]],
    taken: dict[int, Candidate],
) -> tuple[int, Cluster] | None:
    options = patterns.get(texts[i])
    if not options:
        return None
    for tokens, cluster in options:
        end = i + len(tokens)
        if end > len(texts) or tuple(texts[i:end]) != tokens:
            continue
        if _nested_name(tokens, cluster, [taken.get(j) for j in range(i, end)]):
            return len(tokens), cluster
        if any(j in taken for j in range(i, end)) or _inside_name(doc, i, end):
            continue
        return len(tokens), cluster
    return None


def _nested_name(tokens: tuple[str, ...], cluster: Cluster, hosts: list[Candidate | None]) -> bool:
    """A person's full name inside an organisation's: "the Ida Brandt Foundation"."""
    host = hosts[0]
    if host is None or any(h is not host for h in hosts) or host.label not in _HOST_LABELS:
        return False
    if host.kind is not None or host.end - host.start <= len(tokens):
        return False
    return len(tokens) >= 2 and vote(cluster) == "PERSON"


def _inside_name(doc: Doc, start: int, end: int) -> bool:
    """Part of a longer capitalised name: "Brandt" in "Brandt Polaroid"."""
    after = end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha
    before = start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha
    return after or (before and not doc[start - 1].is_sent_start)


def entity_at(article: Article, start: int, end: int) -> str | None:
    """The entity id of the mention that best covers [start, end): its head (last word) first.

    Works on local ids during the per-article stages and on global ids after `resolve`.
    """
    best: tuple[tuple[int, int, int], str] | None = None
    for mention in article.mentions:
        if mention.entity is None or mention.end <= start or mention.start >= end:
            continue
        overlap = min(end, mention.end) - max(start, mention.start)
        score = (int(mention.end <= end), -abs(end - mention.end), overlap)
        if best is None or score > best[0]:
            best = (score, mention.entity)
    return best[1] if best else None
