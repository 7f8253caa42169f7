"""Agreements on whole statements: the same fact in other words in three or more outlets.

Counts, quotes, dates and deeds are compared through their slots; many facts have none ("the
fire was brought under control by mid-afternoon" / "was declared under control in the middle
of the afternoon"; "Ingrid Solberg will lead the merged company" / "will run the combined
business"). Such sentences are found in two steps, so that few are embedded:
1. a lexical filter: two sentences of different outlets share at least two content words
   (crudely stemmed), at least `MIN_OVERLAP` of all their content words, and those words are
   rare enough in the story to say something (this keeps the sentences embedded to about a
   fifth of a story's: MiniLM is the pipeline's largest cost, issue #9);
2. MiniLM similarity: pairs at `SEED_SIMILARITY` or above start a group (one sentence per
   outlet, each sentence in one group); an outlet missing from a group joins with its sentence
   closest to the members on average, if it shares two content words with one member and
   reaches `JOIN_SIMILARITY` (a third outlet often says it more loosely).
A group counts when at least `MIN_OUTLETS` outlets stand behind it: two outlets sharing a
sentence is common background, three is what the coverage agrees on. Sentences that already
hold an agreement or conflict on a slot are left out (that finding says it better), and so are
pairs whose figures differ (a conflict on a figure is the count aligner's to report).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable

import numpy as np

from wirecheck.corpus.claims import Claim
from wirecheck.corpus.pairs import Pair
from wirecheck.corpus.story_text import WORD, opening_end, stop_words
from wirecheck.embed import embed_missing
from wirecheck.model import Article
from wirecheck.text_spans import sentence_spans

STATEMENT = "statement"
SEED_SIMILARITY = 0.7
JOIN_SIMILARITY = 0.6
MIN_OUTLETS = 3
MIN_SHARED_WORDS = 2
MIN_SHARED_WEIGHT = 3.0  # summed log inverse sentence frequency of the shared words
MIN_OVERLAP = 0.2  # shared content words over all content words of the two sentences
MIN_SENTENCE_CHARS = 25
# Pairs of sentences grow with the square of a story's size: a story told by many outlets
# compares each article's opening sentences only, at most this many sentences in all.
MAX_STATEMENTS = 400
SUMMARY = 'Outlets agree: "{text}"'

_SUFFIX = re.compile(r"(?:ations?|ings?|ments?|ers?|ed|es|ly|s)$")
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


def statement_claims(article: Article, outlet: str) -> list[Claim]:
    """Each sentence of an article's body as a candidate statement."""
    claims = []
    lead_end = opening_end(article.text)
    for start, end in sentence_spans(article.text):
        text = article.text[start:end]
        if len(text) >= MIN_SENTENCE_CHARS:
            claims.append(
                Claim(article.id, outlet, STATEMENT, STATEMENT, STATEMENT, text, start, end, text,
                      lead=start < lead_end)
            )  # fmt: skip
    return claims


def align_statements(
    statements: list[Claim], pairs: Iterable[Pair], vectors: dict[str, np.ndarray]
) -> list[Pair]:
    """Agreements among statements of at least `MIN_OUTLETS` outlets (see the module text)."""
    held = [(c.article, c.start, c.end) for p in pairs for c in p.claims]
    free = _opening(s for s in statements if not _holds_any(s, held))
    if len({s.outlet for s in free}) < MIN_OUTLETS:
        return []
    words = [sentence_words(s.text) for s in free]
    weight = _rarity(words)
    candidates = [
        (i, j)
        for i in range(len(free))
        for j in range(i + 1, len(free))
        if free[i].outlet != free[j].outlet
        and _related(words[i], words[j], weight)
        and _figures_agree(free[i].text, free[j].text)
    ]
    embed_missing(vectors, (free[k].text for pair in candidates for k in pair))
    groups = _seed_groups(free, candidates, vectors)
    joiners = [_joiners(g, free, words) for g in groups]
    embed_missing(vectors, (free[k].text for found in joiners for k in found))
    used = {k for g in groups for k in g.values()}
    for group, found in zip(groups, joiners, strict=True):
        _complete(group, [k for k in found if k not in used], free, vectors)
        used |= set(group.values())
    return [_agreement([free[k] for k in g.values()]) for g in groups if len(g) >= MIN_OUTLETS]


def _opening(statements: Iterable[Claim]) -> list[Claim]:
    """The statements, or in a story too large to compare them all, each article's first
    ones: as many from each as keeps the total within `MAX_STATEMENTS`."""
    by_article: dict[str, list[Claim]] = {}
    for statement in statements:
        by_article.setdefault(statement.article, []).append(statement)
    depth = max((len(found) for found in by_article.values()), default=0)
    while depth > 1 and sum(min(len(f), depth) for f in by_article.values()) > MAX_STATEMENTS:
        depth -= 1
    return [s for found in by_article.values() for s in found[:depth]]


def sentence_words(text: str) -> set[str]:
    """Lower-cased, crudely stemmed words that are not stop words, names included (unlike
    `date_align.content_words`, which leaves names out: here a shared name is evidence)."""
    stops = stop_words()
    return {
        _stem(w.lower())
        for w in WORD.findall(text)
        if len(w) > 2 and not w[0].isdigit() and w.lower() not in stops
    }


def _stem(word: str) -> str:
    return _SUFFIX.sub("", word) if len(word) > 5 else word


def _holds_any(statement: Claim, held: list[tuple[str, int, int]]) -> bool:
    return any(
        article == statement.article and start < statement.end and statement.start < end
        for article, start, end in held
    )


def _rarity(words: list[set[str]]) -> dict[str, float]:
    """Log inverse frequency of each word among the story's sentences."""
    counts = Counter(w for sentence in words for w in sentence)
    return {w: math.log(len(words) / n) for w, n in counts.items()}


def _related(left: set[str], right: set[str], weight: dict[str, float]) -> bool:
    shared = left & right
    return (
        len(shared) >= MIN_SHARED_WORDS
        and len(shared) >= MIN_OVERLAP * len(left | right)
        and sum(weight[w] for w in shared) >= MIN_SHARED_WEIGHT
    )


def _figures_agree(left: str, right: str) -> bool:
    """No two sentences that both give figures, none of them the same."""
    ours, theirs = set(_FIGURE.findall(left)), set(_FIGURE.findall(right))
    return not ours or not theirs or bool(ours & theirs)


def _similarity(left: Claim, right: Claim, vectors: dict[str, np.ndarray]) -> float:
    return float(vectors[left.text] @ vectors[right.text])


def _seed_groups(
    free: list[Claim], candidates: list[tuple[int, int]], vectors: dict[str, np.ndarray]
) -> list[dict[str, int]]:
    """Groups (outlet -> sentence index) from the most similar pairs down."""
    scored = sorted(
        ((_similarity(free[i], free[j], vectors), i, j) for i, j in candidates), reverse=True
    )
    groups: list[dict[str, int]] = []
    group_of: dict[int, int] = {}
    for similarity, i, j in scored:
        if similarity < SEED_SIMILARITY:
            break
        if i in group_of and j in group_of:
            continue
        if i not in group_of and j not in group_of:
            group_of[i] = group_of[j] = len(groups)
            groups.append({free[i].outlet: i, free[j].outlet: j})
            continue
        member, newcomer = (i, j) if i in group_of else (j, i)
        group = groups[group_of[member]]
        if free[newcomer].outlet not in group:
            group[free[newcomer].outlet] = newcomer
            group_of[newcomer] = group_of[member]
    return groups


def _joiners(group: dict[str, int], free: list[Claim], words: list[set[str]]) -> list[int]:
    """Sentences of the outlets missing from a group that share two content words with a
    member and give no other figure: those that may join it."""
    return [
        k
        for k, sentence in enumerate(free)
        if sentence.outlet not in group
        and any(len(words[k] & words[m]) >= MIN_SHARED_WORDS for m in group.values())
        and all(_figures_agree(sentence.text, free[m].text) for m in group.values())
    ]


def _complete(
    group: dict[str, int], joiners: list[int], free: list[Claim], vectors: dict[str, np.ndarray]
) -> None:
    """Add, for each outlet missing from the group, its joiner closest to the members on
    average, if close enough."""
    for outlet in sorted({free[k].outlet for k in joiners}):
        best: tuple[float, int] | None = None
        for k in joiners:
            if free[k].outlet != outlet:
                continue
            similarity = float(
                np.mean([_similarity(free[k], free[m], vectors) for m in group.values()])
            )
            if similarity >= JOIN_SIMILARITY and (best is None or similarity > best[0]):
                best = (similarity, k)
        if best:
            group[outlet] = best[1]


def _agreement(claims: list[Claim]) -> Pair:
    claims = sorted(claims, key=lambda c: (c.outlet, c.start))
    shortest = min(claims, key=lambda c: len(c.text))
    return Pair("agree", STATEMENT, SUMMARY.format(text=shortest.text), claims)
