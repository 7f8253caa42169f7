"""How similar a new article is to one earlier report, and the sums a story keeps.

A pair of reports is compared by words, details (names, numbers, dates), embedding, the names
their leads give and the years they name; `StoryState` blends this link to its closest member
with its centroid.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from wirecheck.corpus.story_signals import dot

if TYPE_CHECKING:
    from wirecheck.corpus.story_state import ClusterOptions, Exemplar, Probe


def pair_similarity(probe: Probe, other: Exemplar, options: ClusterOptions) -> float:
    """Similarity of two single reports: words, details, embedding, and named years."""
    lexical = dot(probe.terms, other.terms)
    detail = dot(probe.details, other.details)
    blend = blended(lexical, detail, embedding_similarity(probe, other), options)
    blend += _name_term(probe.names, other.names, options)
    return blend + _year_term(probe.years, set(other.years), options)


def embedding_similarity(probe: Probe, other: Exemplar) -> float:
    if probe.vector is None or other.vector is None:
        return 0.0
    return float(probe.vector @ other.vector)


def _name_term(names: frozenset[str], other: frozenset[str], options: ClusterOptions) -> float:
    """Reward shared lead names, penalise a lead whose names the other report lacks."""
    if not names or not other:
        return 0.0
    overlap = len(names & other) / min(len(names), len(other))
    return options.names * (overlap - options.name_pivot)


def blended(lexical: float, detail: float, embedding: float, options: ClusterOptions) -> float:
    total = options.lexical + options.detail + options.embedding
    weighted = options.lexical * lexical + options.detail * detail
    return (weighted + options.embedding * embedding) / total


def _year_term(years: frozenset[str], other: set[str], options: ClusterOptions) -> float:
    if not years or not other:
        return 0.0
    return options.year_agree if years & other else -options.year_conflict


def share(ours: frozenset[str], theirs: Counter[str]) -> float:
    if not ours or not theirs:
        return 0.0
    return len(ours & set(theirs)) / len(ours)


def grow(total: dict[str, float], norm2: float, vector: dict[str, float]) -> float:
    """Add `vector` into `total` in place; return the new squared norm without a full pass."""
    cross = dot(vector, total)
    for word, value in vector.items():
        total[word] = total.get(word, 0.0) + value
    return norm2 + 2.0 * cross + sum(v * v for v in vector.values())
