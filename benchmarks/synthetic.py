"""Stand-ins that let the scaling benchmarks reach 10k-100k articles on two cores.

spaCy parses about 4k words/s here and MiniLM embeds about 200 texts/s, so 100k articles
cannot be parsed or embedded for a benchmark. DESIGN.md allows synthesising the per-article
layers for the corpus stages: the 20 example articles are parsed once for real, and each
variant (same-length invented names, see `wirecheck.bench_corpus`) carries its base's layers,
renamed. Embeddings are replaced by a hashed bag-of-words vector: cheap, deterministic, and
similar for texts that share words, which is what the stages read from them. What these
benchmarks time is therefore our corpus code and storage, not the two models.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterator, Sequence

import numpy as np

from wirecheck.bench_corpus import base_articles, proper_names, transplant, variants
from wirecheck.embed import DIMENSIONS
from wirecheck.model import Article

# Bounded like the real model's memory (MiniLM's weights and `embed`'s text cache do not grow
# with the input): 200,000 cached words (about 300 MB at 10k renamed variants) had made the
# stand-in itself the largest growth in `memory_scale.py`'s 10k run.
WORD_VECTORS = 8192


@functools.lru_cache(maxsize=WORD_VECTORS)
def _word_vector(word: str) -> np.ndarray:
    seed = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")
    return np.random.default_rng(seed).standard_normal(DIMENSIONS).astype(np.float32)


def hashed_embed(texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
    """Unit vectors, one per text: the normalised sum of per-word random vectors."""
    out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
    for row, text in enumerate(texts):
        for word in text.lower().split():
            out[row] += _word_vector(word.strip('.,;:"“”!?()'))
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.maximum(norms, 1e-12)


def patch_embeddings() -> None:
    """Make the corpus stages call `hashed_embed` (they import `embed` at call time)."""
    import wirecheck.embed

    wirecheck.embed.embed = hashed_embed


def parsed_bases() -> list[Article]:
    """The example articles, parsed and annotated for real (once, in this process)."""
    from wirecheck.run import annotate
    from wirecheck.settings import Settings

    bases = base_articles()
    annotate(bases, Settings(workers=1, quiet=True))
    return bases


def transplanted(bases: list[Article], count: int, days: float) -> Iterator[Article]:
    """`count` distinct variants of the parsed bases, each with its base's layers renamed."""
    names = proper_names([a.text for a in bases] + [a.title or "" for a in bases])
    for n, (base, copy) in enumerate(variants(bases, count, days)):
        yield transplant(base, copy, names, n // len(bases))


def patch_annotation(layers: dict[str, Article]) -> None:
    """Replace the per-article stages by a look-up of transplanted layers, by article id.

    Runs in this process only (use workers=1). An article missing from `layers` keeps empty
    layers, as an article no stage found anything in would.
    """
    import wirecheck.run

    def look_up(batch: list[Article]) -> list[Article]:
        for article in batch:
            done = layers.get(article.id)
            if done is not None:
                for layer in ("mentions", "quotes", "times", "quantities", "events"):
                    setattr(article, layer, getattr(done, layer))
        return batch

    wirecheck.run.annotate_batch = look_up
