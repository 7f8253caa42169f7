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
sentence is common background, three is what the coverage agrees on. Two outlets are enough
when their sentences give the same year and share `DATED_SHARED_WORDS` content words: a
precedent, a deadline or a period two reporters both looked up ("the 2009 grounding on the same
sandbank"), unless every outlet of a story told by three or more names that year (the story's
frame, which every report recalls). Sentences that already hold an agreement or conflict on a
slot are left out (that finding says it better), and so are pairs whose figures differ (a
conflict on a figure is the count aligner's to report) or whose days differ ("flown on on
Friday morning" / "flown on late on Thursday night": when it happened is then the news).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable

import numpy as np

from wirecheck.corpus.background import years_named
from wirecheck.corpus.claims import ISO_DAY, Claim
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
MIN_OVERLAP = 0.15  # shared content words over all content words of the two sentences
MIN_SENTENCE_CHARS = 25
KICKER_WORDS = 3  # a first paragraph this short is a label, not the story's opening
# Two outlets' sentences giving the same year and this many content words besides it date one
# fact: a precedent ("the 2020 stranding of about 470 whales"), a deadline or a period.
DATED_SHARED_WORDS = 3
# Pairs of sentences grow with the square of a story's size: a story told by many outlets
# compares each article's opening sentences only, at most this many sentences in all.
MAX_STATEMENTS = 400
SUMMARY = 'Outlets agree: "{text}"'

_SUFFIX = re.compile(r"(?:ations?|ings?|ments?|ers?|ed|es|ly|s)$")
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d{2}\b")


def statement_claims(article: Article, outlet: str) -> list[Claim]:
    """Each sentence of an article's body as a candidate statement."""
    claims = []
    lead_end = _prose_opening_end(article.text)
    for start, end in sentence_spans(article.text):
        text = article.text[start:end]
        if len(text) >= MIN_SENTENCE_CHARS:
            days = " ".join(sorted(_days(article, start, end)))  # compared by `_values_agree`
            claims.append(
                Claim(article.id, outlet, STATEMENT, STATEMENT, STATEMENT, text, start, end, text,
                      lead=start < lead_end, time=days or None)
            )  # fmt: skip
    return claims


def _prose_opening_end(text: str) -> int:
    """Where the first paragraph of prose ends: a label of a few words over the lead (a web
    page's section kicker, "Wildlife") is no opening of its own."""
    end = opening_end(text)
    if len(text[:end].split()) > KICKER_WORDS or end == len(text):
        return end
    rest = text[end:]
    next_start = end + len(rest) - len(rest.lstrip())
    return next_start + opening_end(text[next_start:])


def align_statements(
    statements: list[Claim], pairs: Iterable[Pair], vectors: dict[str, np.ndarray]
) -> list[Pair]:
    """Agreements among statements of at least `MIN_OUTLETS` outlets (see the module text)."""
    held = [(c.article, c.start, c.end) for p in pairs for c in p.claims]
    free = _opening(s for s in statements if not _holds_any(s, held))
    words = [sentence_words(s.text) for s in free]
    weight = _rarity(words)
    frame = _framing_years(statements)
    if len({s.outlet for s in free}) < MIN_OUTLETS:
        return _dated(free, words, weight, frame, set())
    wide = _wide(free, words)
    candidates = [
        (i, j)
        for i in range(len(free))
        for j in range(i + 1, len(free))
        if i in wide
        and free[i].outlet != free[j].outlet
        and _related(words[i], words[j], weight)
        and _values_agree(free[i], free[j])
    ]
    embed_missing(vectors, (free[k].text for pair in candidates for k in pair))
    groups = _seed_groups(free, candidates, vectors)
    joiners = [_joiners(g, free, words) for g in groups]
    used = {k for g in groups for k in g.values()}
    # A seeded sentence never joins another group: its vector would be read in vain.
    embed_missing(vectors, (free[k].text for found in joiners for k in found if k not in used))
    for group, found in zip(groups, joiners, strict=True):
        _complete(group, [k for k in found if k not in used], free, vectors)
        used |= set(group.values())
    outlets = {s.outlet for s in statements}
    agreed = [g for g in groups if len(g) >= MIN_OUTLETS and not _retold(g, free, outlets)]
    taken = {k for g in agreed for k in g.values()}
    return [_agreement([free[k] for k in g.values()]) for g in agreed] + _dated(
        free, words, weight, frame, taken
    )


def _wide(free: list[Claim], words: list[set[str]]) -> set[int]:
    """Sentences linked to those of `MIN_OUTLETS` or more outlets through sentences of other
    outlets sharing `MIN_SHARED_WORDS` content words. Seed pairs and joiners both need such a
    link, so a group holding a sentence of a narrower component stays in it, short of the
    outlets an agreement needs, and takes no sentence another group could have: its
    similarities decide nothing and are not read (issue #9)."""
    parent = list(range(len(free)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for i in range(len(free)):
        for j in range(i + 1, len(free)):
            if free[i].outlet != free[j].outlet and len(words[i] & words[j]) >= MIN_SHARED_WORDS:
                parent[root(i)] = root(j)
    outlets: dict[int, set[str]] = {}
    for k, sentence in enumerate(free):
        outlets.setdefault(root(k), set()).add(sentence.outlet)
    return {k for k in range(len(free)) if len(outlets[root(k)]) >= MIN_OUTLETS}


def _retold(group: dict[str, int], free: list[Claim], outlets: set[str]) -> bool:
    """Every outlet of the story, each in its opening paragraph: the story's event told again
    (every report says a new frog was found), not a fact the coverage agrees on."""
    return set(group) == outlets and all(free[k].lead for k in group.values())


def _framing_years(statements: list[Claim]) -> frozenset[str]:
    """Years every outlet of a story told by `MIN_OUTLETS` or more names: the story's frame
    ("the war that broke out in April 2023", "the earthquakes of February 2023"), which every
    report recalls, not a fact that some outlets looked up and others did not. (Of two
    outlets, a year both name is what the rule looks for.)"""
    named: dict[str, set[str]] = {}
    for statement in statements:
        named.setdefault(statement.outlet, set()).update(years_named(statement.text))
    if len(named) < MIN_OUTLETS:
        return frozenset()
    return frozenset(set.intersection(*named.values()))


def _dated(
    free: list[Claim],
    words: list[set[str]],
    weight: dict[str, float],
    frame: frozenset[str],
    taken: set[int],
) -> list[Pair]:
    """Agreements of two or more outlets whose sentences give one year for one fact, outside
    the story's `frame` (see the module text): each sentence in one group, the pairs sharing
    most words first."""
    years = [years_named(s.text) - frame for s in free]
    scored = sorted(
        (len(words[i] & words[j]), i, j)
        for i in range(len(free))
        for j in range(i + 1, len(free))
        if free[i].outlet != free[j].outlet
        and i not in taken
        and j not in taken
        and years[i] & years[j]
        and len(words[i] & words[j]) >= DATED_SHARED_WORDS
        and _related(words[i], words[j], weight)
    )
    groups: list[dict[str, int]] = []
    for _, i, j in reversed(scored):
        _join(groups, free, i, j)
    return [_agreement([free[k] for k in g.values()]) for g in groups]


def _join(groups: list[dict[str, int]], free: list[Claim], i: int, j: int) -> None:
    """Start a group of two sentences, or add one to the group that holds the other when its
    outlet has no sentence there yet."""
    holding = [g for g in groups if i in g.values() or j in g.values()]
    if not holding:
        groups.append({free[i].outlet: i, free[j].outlet: j})
        return
    group = holding[0]
    newcomer = j if i in group.values() else i
    if len(holding) == 1 and free[newcomer].outlet not in group:
        group[free[newcomer].outlet] = newcomer


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


def _values_agree(left: Claim, right: Claim) -> bool:
    """Not two sentences that both give figures, or both name days, or both name years, none
    of them the same ("the 2:09:56 set in Chicago in 2024" and "in 2023" share a time, not a
    year)."""
    figures = _compatible(set(_FIGURE.findall(left.text)), set(_FIGURE.findall(right.text)))
    days = _compatible(set((left.time or "").split()), set((right.time or "").split()))
    years = _compatible(set(_YEAR.findall(left.text)), set(_YEAR.findall(right.text)))
    return figures and days and years


def _compatible(ours: set[str], theirs: set[str]) -> bool:
    return not ours or not theirs or bool(ours & theirs)


def _days(article: Article, start: int, end: int) -> set[str]:
    """The calendar days a sentence names, as resolved against its own article's day: two
    outlets' "Friday" are one day only when they resolve to one."""
    found = (ISO_DAY.match(t.value or "") for t in article.times if start <= t.start < end)
    return {m.group() for m in found if m}


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
        and all(_values_agree(sentence, free[m]) for m in group.values())
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
