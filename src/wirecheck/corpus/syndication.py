"""Syndication: near-duplicate copies of one wire report point at the first copy.

Aggregators re-publish a wire report with a new headline, a trimmed last paragraph or an
inserted photo caption. The body's word 5-gram shingles barely change under those edits, so
each body gets a MinHash; a MinHash LSH index proposes earlier bodies that may be copies (never
all pairs), and a candidate counts as a copy when the estimated overlap is high both ways we
care about: Jaccard (a near-equal body) and containment of the shorter body in the longer one
(a trimmed copy). Articles are taken in arrival order (earliest published first, undated last,
ties by input order), so `syndicated_of` always names the first copy, never a later one.

Two outlets' own reports on one event share quotes and names but few 5-word runs, so they stay
independent.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

from wirecheck.corpus import register_corpus_stage
from wirecheck.corpus.story_signals import arrival_order, dated_at, instant
from wirecheck.model import Analysis, Article

SHINGLE = 5  # words per shingle: long enough that shared quotes alone do not make a copy
NUM_PERM = 128
LSH_THRESHOLD = 0.3  # candidates only: low, so heavily trimmed copies are still proposed
MIN_JACCARD = 0.35
MIN_CONTAINMENT = 0.7  # share of the shorter body found in the longer one
MIN_SHINGLES = 8  # below this a body is too short to tell a copy from a shared sentence
WINDOW_DAYS = 14.0  # copies appear within days; older bodies leave the index (flat memory)

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class Fingerprint:
    """One body's MinHash and shingle count."""

    minhash: MinHash
    size: int


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """Lower-cased word n-grams; punctuation and quote styles do not matter."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def fingerprint(text: str) -> Fingerprint:
    grams = shingles(text)
    minhash = MinHash(num_perm=NUM_PERM, seed=1)
    if grams:
        minhash.update_batch([g.encode("utf-8") for g in grams])
    return Fingerprint(minhash, len(grams))


def is_copy(a: Fingerprint, b: Fingerprint) -> bool:
    """Near-duplicate bodies: high Jaccard, and the shorter mostly inside the longer."""
    if min(a.size, b.size) < MIN_SHINGLES:
        return False
    jaccard = estimated_jaccard(a, b)
    shared = jaccard * (a.size + b.size) / (1.0 + jaccard)
    containment = shared / min(a.size, b.size)
    return jaccard >= MIN_JACCARD and containment >= MIN_CONTAINMENT


def estimated_jaccard(a: Fingerprint, b: Fingerprint) -> float:
    return float(np.mean(a.minhash.hashvalues == b.minhash.hashvalues))


class SyndicationIndex:
    """Incremental: `add` an article (in arrival order) and get the id of its first copy."""

    def __init__(self, window_days: float = WINDOW_DAYS) -> None:
        self.window_days = window_days
        self._lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self._prints: dict[str, Fingerprint] = {}
        self._rank: dict[str, int] = {}  # arrival rank: the earliest match wins
        self._root: dict[str, str] = {}
        self._dated: deque[tuple[float, str]] = deque()  # indexed bodies, oldest first

    def add(self, article: Article) -> str | None:
        """The id of the first copy of this report, or None when the article is original."""
        if article.id in self._rank:
            return self._root.get(article.id)
        moment = instant(dated_at(article))
        if moment is not None:
            self._forget_before(moment - self.window_days)
        current = fingerprint(article.text)
        matches = [key for key in self._lsh.query(current.minhash) if key in self._prints]
        copies = [key for key in matches if is_copy(current, self._prints[key])]
        self._prints[article.id] = current
        self._rank[article.id] = len(self._rank)
        if current.size:
            self._lsh.insert(article.id, current.minhash)
            if moment is not None:
                self._dated.append((moment, article.id))
        if not copies:
            return None
        first = min(copies, key=self._rank.__getitem__)
        root = self._root.get(first, first)
        self._root[article.id] = root
        return root

    def _forget_before(self, horizon: float) -> None:
        while self._dated and self._dated[0][0] < horizon:
            _, key = self._dated.popleft()
            self._lsh.remove(key)
            del self._prints[key]


@register_corpus_stage("syndication")
def mark_syndication(analysis: Analysis) -> None:
    """Set `syndicated_of` on every near-duplicate copy; originals get None."""
    index = SyndicationIndex()
    for article in arrival_order(analysis.articles):
        article.syndicated_of = index.add(article)
