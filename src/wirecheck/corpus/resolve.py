"""Entity resolution across articles: one Entity per real-world referent.

The per-article stage gives every referent a local id; here local entities are joined when
they share an ISO code (countries and their demonyms), a multi-word name, an acronym, or a
person's surname (spelling variants included) with compatible first names. Cost stays near
linear: each step compares only within blocks keyed on a code, a normalised name or a
surname skeleton, never all pairs. The result is written back: `analysis.entities`, and
every local id in mentions, quote speakers and event actors, targets and places becomes the
global one.
"""

from __future__ import annotations

import hashlib
import itertools
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

import numpy as np

from wirecheck.corpus import register_corpus_stage
from wirecheck.corpus.persons import join_persons
from wirecheck.corpus.referents import Local, UnionFind, local_entities
from wirecheck.extract.gazetteer import country_name
from wirecheck.extract.names import norm, strip_possessive
from wirecheck.model import Analysis, Article, Entity, Span

_TYPE_ORDER = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "OTHER")


@register_corpus_stage("resolve")
def resolve(analysis: Analysis) -> None:
    """Fill `analysis.entities` and rewrite local entity ids to global ones."""
    locals_ = local_entities(analysis.articles)
    entities, mapping = build_entities(groups_of(locals_, join_locals(locals_)))
    analysis.entities = entities
    rewrite_ids(analysis, mapping)


def join_locals(locals_: Sequence[Local]) -> UnionFind:
    """The union of locals that name one referent (`locals_` sorted by `Local.order`)."""
    union = UnionFind(len(locals_))
    keys = _join_on_keys(locals_, union)
    join_persons(locals_, union, keys)
    return union


def groups_of(locals_: Sequence[Local], union: UnionFind) -> Iterator[list[Local]]:
    """The groups of locals that name one referent, in order of first appearance.

    A root is the smallest index of its set, hence the group's first local in `Local.order`:
    sorting the indices by root lists whole groups in that order, with one integer per local
    instead of a list per group (a store's refresh sees hundreds of thousands of locals).
    """
    roots = union.roots()
    members = np.argsort(roots, kind="stable")
    bounds = [0, *(np.flatnonzero(np.diff(roots[members])) + 1).tolist(), len(locals_)]
    for begin, end in itertools.pairwise(bounds):
        if end > begin:
            yield [locals_[int(i)] for i in members[begin:end]]


def _join_on_keys(locals_: Sequence[Local], union: UnionFind) -> dict[str, int]:
    """Exact blocking keys: a code, a multi-word name, a single-word name per type family."""
    first_with: dict[str, int] = {}
    for index, local in enumerate(locals_):
        for key in local.keys:
            if key in first_with:
                union.join(first_with[key], index)
            else:
                first_with[key] = index
    return first_with


def build_entities(groups: Iterable[list[Local]]) -> tuple[list[Entity], dict[str, str]]:
    """One Entity per group, with a deterministic id; and the local → global id map."""
    entities: list[Entity] = []
    mapping: dict[str, str] = {}
    for entity, group in entities_of(groups):
        mapping.update((local.id, entity.id) for local in group)
        entities.append(entity)
    return entities, mapping


def entities_of(groups: Iterable[list[Local]]) -> Iterator[tuple[Entity, list[Local]]]:
    """Each group's Entity, with its deterministic id, as the groups come: a caller that
    writes them away holds one group at a time."""
    used: Counter[str] = Counter()
    for group in groups:
        entity = _entity(group)
        key = _identity_key(entity)
        used[key] += 1
        if used[key] > 1:
            key = f"{key}#{used[key]}"  # two referents with one name: keep both, stably
        entity.id = "e:" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]
        yield entity, group


def _entity(group: list[Local]) -> Entity:
    code = next((local.code for local in group if local.code), None)
    entity_type = "GPE" if code else _vote(group)
    names = _named_texts(group)
    name = _fullest(names, entity_type) if names else group[0].first_text
    if code:
        name = country_name(code) or name
    aliases = sorted({n for n in names if n != name})
    roles = list(dict.fromkeys(r for local in group for r in local.roles))
    spans = [
        Span(local.article, start, end)
        for local in sorted(group, key=lambda g: g.order)
        for start, end in local.spans
    ]
    return Entity("", name, entity_type, code, aliases, roles, spans)


def _vote(group: list[Local]) -> str:
    votes: Counter[str] = Counter()
    for local in group:
        for mention_type in local.types:
            votes[mention_type if mention_type in _TYPE_ORDER else "OTHER"] += 1
    if set(votes) - {"NORP"}:
        votes.pop("NORP", None)  # "British" mentions of a country do not make it a NORP
    if votes["PERSON"] and any(local.roles for local in group):
        return "PERSON"  # "the Uruguay striker Mateo Varga", tagged ORG in most copies
    return max(_TYPE_ORDER, key=lambda t: (votes[t], -_TYPE_ORDER.index(t)))


def _named_texts(group: list[Local]) -> list[str]:
    """Distinct name forms, most frequent first (possessives dropped)."""
    counts: Counter[str] = Counter()
    for local in group:
        for text in local.names:
            counts[strip_possessive(text)] += 1
    return [text for text, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def _fullest(names: list[str], entity_type: str) -> str:
    """The fullest form: most words, then most frequent ("Volodymyr Zelensky")."""
    if entity_type in ("GPE", "LOC", "NORP"):
        return names[0]
    best = max(range(len(names)), key=lambda i: (len(names[i].split()), -i))
    return names[best]


def _identity_key(entity: Entity) -> str:
    if entity.code:
        return f"code:{entity.code}"
    return f"{entity.type}:{norm(entity.name)}"


def rewrite_ids(analysis: Analysis, mapping: dict[str, str]) -> None:
    """Every local id the per-article stages wrote becomes its global id."""
    for article in analysis.articles:
        rewrite_article_ids(article, mapping)


def rewrite_article_ids(article: Article, mapping: dict[str, str]) -> None:
    """One article's local ids (mentions, speakers, event arguments) become global ones."""

    def glob(value: str | None) -> str | None:
        return mapping.get(value, value) if value is not None else None

    for mention in article.mentions:
        mention.entity = glob(mention.entity)
    for quote in article.quotes:
        quote.speaker = glob(quote.speaker)
    for event in article.events:
        event.actors = [glob(a) or a for a in event.actors]
        event.targets = [glob(t) or t for t in event.targets]
        event.place = glob(event.place)
