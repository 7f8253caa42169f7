"""Joining people across articles: spelling variants, initials, surnames on their own.

Blocks are surname skeletons (see `names.skeleton`), so "Zelensky", "Zelenskyy" and
"Zelenskiy" meet; within a block only distinct first names are compared, so a name seen in
ten thousand articles costs one comparison, not ten thousand. Full first names join when they
agree; an initial or a bare surname joins only a person it cannot be confused with (one
candidate, or one that clearly shares the article's context), and never across conflicting
roles ("President Hale" is not "Governor Hale").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz, process

from wirecheck.corpus.referents import Local, UnionFind
from wirecheck.extract.gazetteer import words
from wirecheck.extract.names import org_key, skeleton

SURNAME_SIMILARITY = 85  # rapidfuzz ratio between skeletons of four letters or more
FIRST_NAME_SIMILARITY = 80  # between first-name skeletons under close surnames
_MIN_FUZZY_LENGTH = 4
# Titles as police and councils shorten them: "Supt Whitlock" is "Superintendent Whitlock".
_ABBREVIATED_TITLES = {
    "supt": "superintendent", "insp": "inspector", "sgt": "sergeant", "cllr": "councillor",
    "sen": "senator", "rep": "representative", "gov": "governor",
}  # fmt: skip
_CONTEXT_SAMPLE = 50  # articles per candidate looked at when a bare surname is ambiguous


def join_persons(locals_: Sequence[Local], union: UnionFind, keys: dict[str, int]) -> None:
    """Join full names, then initials, then bare surnames, each only within its block.

    `keys` maps the exact join keys to a local holding them: a bare "surname" that no person
    can own but that names a place or organisation elsewhere ("Kyiv" tagged PERSON) joins it.
    """
    by_skeleton: dict[str, list[int]] = defaultdict(list)
    for index, local in enumerate(locals_):
        if local.person is not None:
            by_skeleton[skeleton(local.person.last)].append(index)
    similar = similar_skeletons(list(by_skeleton))
    firsts = {skel: _first_names(locals_, members, union) for skel, members in by_skeleton.items()}
    for a in by_skeleton:
        for b in similar[a]:
            if a <= b:
                _join_first_names(firsts[a], firsts[b], union)
    _attach_initials(locals_, by_skeleton, similar, union)
    _attach_surnames(locals_, by_skeleton, similar, union, keys)


def similar_skeletons(skeletons: list[str]) -> dict[str, set[str]]:
    """Each skeleton → the skeletons close to it.

    Compared only within blocks of the same first (or last) three letters and a length at
    most two apart, so the work stays small however many surnames the corpus holds.
    """
    similar: dict[str, set[str]] = {s: {s} for s in skeletons}
    blocks: dict[tuple[str, int], list[str]] = defaultdict(list)
    for skel in skeletons:
        if len(skel) >= _MIN_FUZZY_LENGTH:
            blocks[("<" + skel[:3], len(skel))].append(skel)
            blocks[(">" + skel[-3:], len(skel))].append(skel)
    for (affix, length), block in blocks.items():
        others = [s for extra in (0, 1, 2) for s in blocks.get((affix, length + extra), [])]
        if len(others) < 2:
            continue
        scores = process.cdist(block, others, scorer=fuzz.ratio, score_cutoff=SURNAME_SIMILARITY)
        for i, j in zip(*scores.nonzero(), strict=True):
            similar[block[i]].add(others[j])
            similar[others[j]].add(block[i])
    return similar


def _first_names(locals_: Sequence[Local], members: list[int], union: UnionFind) -> dict[str, int]:
    """Full first name → one local holding it; locals with the same name are joined here."""
    by_first: dict[str, int] = {}
    for index in members:
        first = locals_[index].person.first  # type: ignore[union-attr]
        if first is None or len(first) == 1:
            continue
        if first in by_first:
            union.join(by_first[first], index)
        else:
            by_first[first] = index
    return by_first


def _join_first_names(a: dict[str, int], b: dict[str, int], union: UnionFind) -> None:
    """Agreeing first names under two close surnames: "Volodymyr" / "Wolodymyr"."""
    if not a or not b:
        return
    names_a, names_b = sorted(a), sorted(b)
    scores = process.cdist(
        [skeleton(n) for n in names_a],
        [skeleton(n) for n in names_b],
        scorer=fuzz.ratio,
        score_cutoff=FIRST_NAME_SIMILARITY,
    )
    for i, j in zip(*scores.nonzero(), strict=True):
        union.join(a[names_a[i]], b[names_b[j]])
    for name in set(names_a) & set(names_b):
        union.join(a[name], b[name])


def _attach_initials(
    locals_: Sequence[Local],
    by_skeleton: dict[str, list[int]],
    similar: dict[str, set[str]],
    union: UnionFind,
) -> None:
    """ "K. Starmer" joins the one Starmer whose first name starts with K."""
    by_letter: dict[tuple[str, str], list[int]] = defaultdict(list)
    for skel, members in by_skeleton.items():
        for index in members:
            first = locals_[index].person.first  # type: ignore[union-attr]
            if first and len(first) > 1:
                by_letter[(skel, first[0])].append(index)
    for skel, members in by_skeleton.items():
        for index in members:
            first = locals_[index].person.first  # type: ignore[union-attr]
            if first is None or len(first) != 1:
                continue
            full = [i for s in similar[skel] for i in by_letter.get((s, first), [])]
            roots = {union.find(i) for i in full}
            if len(roots) == 1 and not _roles_conflict(locals_[index], locals_[full[0]]):
                union.join(index, full[0])


def _attach_surnames(
    locals_: Sequence[Local],
    by_skeleton: dict[str, list[int]],
    similar: dict[str, set[str]],
    union: UnionFind,
    keys: dict[str, int],
) -> None:
    """A bare surname joins the one person it can mean, else a place or organisation of that
    name; bare surnames that can mean no one in particular join each other."""
    context = _Context(locals_, union)
    alone: dict[str, int] = {}
    for index, local in enumerate(locals_):
        if local.surname is None or local.person is not None:
            continue
        skel = skeleton(local.surname)
        near = similar.get(skel, {skel}) if len(skel) >= _MIN_FUZZY_LENGTH else {skel}
        candidates = sorted(set().union(*(context.roots_of(s, by_skeleton) for s in near)))
        candidates = [r for r in candidates if not _roles_conflict(local, locals_[r])]
        target = context.choose(index, candidates)
        if target is None and not candidates:
            target = _other_family(local, keys)
        if target is not None:
            union.join(index, target)
        elif local.type == "PERSON":
            # No one person it can mean: bare surnames that are alike stay together.
            if skel in alone and not _roles_conflict(local, locals_[alone[skel]]):
                union.join(alone[skel], index)
            else:
                alone.setdefault(skel, index)


class _Context:
    """Which referents each article mentions, to choose between people sharing a surname.

    Roots are taken once, before bare surnames join, so that the comparison is stable. Held as
    arrays (a root and an article position per local; locals are in article order, so each
    article's locals are one run of indices), not as a set per article and a list per root:
    a store's refresh resolves hundreds of thousands of locals at once.
    """

    def __init__(self, locals_: Sequence[Local], union: UnionFind) -> None:
        self.root = union.roots()
        self.article = np.fromiter((local.order[0] for local in locals_), np.int64, len(locals_))
        self._by_root = np.argsort(self.root, kind="stable")  # each root's locals, in order
        self._root_runs = self.root[self._by_root]
        self._roots_by_skeleton: dict[str, set[int]] = {}

    def roots_of(self, skel: str, by_skeleton: dict[str, list[int]]) -> set[int]:
        """The people (roots taken before bare surnames join) under one surname skeleton."""
        if skel not in self._roots_by_skeleton:
            members = by_skeleton.get(skel, [])
            self._roots_by_skeleton[skel] = {int(self.root[i]) for i in members}
        return self._roots_by_skeleton[skel]

    def choose(self, index: int, candidates: list[int]) -> int | None:
        if len(candidates) <= 1:
            return candidates[0] if candidates else None
        mine = self._in_article(int(self.article[index])) - {int(self.root[index])}
        scores = {root: len(mine & self._around(root)) for root in candidates}
        best = max(scores.values())
        winners = [root for root, score in scores.items() if score == best]
        return winners[0] if best > 0 and len(winners) == 1 else None

    def _in_article(self, position: int) -> set[int]:
        """The roots of one article's locals."""
        begin, end = np.searchsorted(self.article, [position, position + 1])
        return {int(r) for r in self.root[begin:end]}

    def _around(self, root: int) -> set[int]:
        """The roots mentioned beside `root` in the first articles that mention it."""
        begin, end = np.searchsorted(self._root_runs, [root, root + 1])
        positions = dict.fromkeys(int(p) for p in self.article[self._by_root[begin:end]])
        found: set[int] = set()
        for position in list(positions)[:_CONTEXT_SAMPLE]:
            found |= self._in_article(position)
        return found - {root}


def _other_family(local: Local, keys: dict[str, int]) -> int | None:
    """The one place or organisation spelt like a bare name: a wrong label does not split."""
    key = org_key(local.names[0])
    found = [keys[f"{family}:{key}"] for family in ("place", "org") if f"{family}:{key}" in keys]
    return found[0] if len(found) == 1 else None


def _roles_conflict(a: Local, b: Local) -> bool:
    """Both hold titles and share none: "President" against "Governor" ("Supt" is
    "Superintendent")."""
    heads_a, heads_b = _heads(a), _heads(b)
    return bool(heads_a and heads_b and not heads_a & heads_b)


def _heads(local: Local) -> set[str]:
    titles = words("title")
    found = {w for role in local.roles for w in role.lower().split() if w in titles}
    return {_ABBREVIATED_TITLES.get(w.rstrip("."), w) for w in found}
