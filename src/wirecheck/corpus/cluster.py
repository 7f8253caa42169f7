"""The "cluster" corpus stage: group articles into stories, online and syndication-aware.

The stage feeds the articles, in arrival order (earliest published first, undated last, ties
by input order), to a fresh `StoryIndex`; feeding the same articles one at a time to an index
kept in a store gives the same stories. Each story counts a syndicated copy under its
original's outlet, so a wire report carried by ten sites is one independent source.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import numpy as np

from wirecheck.corpus import register_corpus_stage
from wirecheck.corpus.story_index import StoryIndex
from wirecheck.corpus.story_signals import arrival_order, lead_text, signals_of
from wirecheck.corpus.story_state import ClusterOptions
from wirecheck.model import Analysis, Article, Story

log = logging.getLogger(__name__)


@register_corpus_stage("cluster")
def cluster_stories(analysis: Analysis) -> None:
    """Fill `analysis.stories` (one story per event, every article in exactly one)."""
    analysis.stories = cluster(analysis.articles)


def cluster(
    articles: Sequence[Article],
    options: ClusterOptions | None = None,
    vectors: dict[str, np.ndarray] | None = None,
) -> list[Story]:
    """Stories of `articles`, from a fresh index fed in arrival order."""
    ordered = arrival_order(articles)
    if vectors is None:
        vectors = lead_vectors(ordered)
    index = StoryIndex(options)
    for article in ordered:
        add_article(index, article, vectors.get(article.id))
    return index.stories()


def add_article(index: StoryIndex, article: Article, vector: np.ndarray | None = None) -> str:
    """Place one article in the index (after its syndication original, if any)."""
    outlet = index.outlet_of(article.id, article.syndicated_of, article.source)
    return index.add(signals_of(article, outlet, vector))


def lead_vectors(articles: Sequence[Article]) -> dict[str, np.ndarray]:
    """MiniLM vectors of headline + lead, one batch; empty when the model is not installed."""
    if not articles:
        return {}
    try:
        from wirecheck.embed import embed

        matrix = embed([lead_text(a) for a in articles])
    except ImportError as exc:  # the model wheel is optional for lexical-only clustering
        log.warning("story clustering runs without embeddings: %s", exc)
        return {}
    return {a.id: matrix[i] for i, a in enumerate(articles)}
