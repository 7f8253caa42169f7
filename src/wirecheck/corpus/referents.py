"""Local entities (one referent within one article) and their blocking keys for resolution.

A `Local` keeps what resolution reads, not the mentions themselves: a refresh of a large store
holds one per referent of every stored article at once (`store_refresh`), so it stays small.
"""

from __future__ import annotations

from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from wirecheck.extract.gazetteer import demonym_country, place
from wirecheck.extract.names import PersonName, acronym, is_acronym, org_key, person_name
from wirecheck.model import Article, Mention

_FAMILIES = {"GPE": "place", "LOC": "place", "FAC": "place", "ORG": "org", "NORP": "norp"}
_CODE_KINDS = frozenset({"country", "demonym"})


@dataclass(slots=True)
class Local:
    """One referent of one article: its mentions and what resolution compares."""

    id: str
    order: tuple[int, int]  # (article position, first mention start): a stable sort key
    article: str
    spans: tuple[tuple[int, int], ...]  # the mentions' (start, end), in text order
    types: tuple[str, ...]  # the mentions' entity types, in the same order
    first_text: str  # the first mention's text: the name when none is a proper name
    type: str = "OTHER"
    code: str | None = None
    names: list[str] = field(default_factory=list)  # named (not role-phrase) mention texts
    roles: list[str] = field(default_factory=list)
    person: PersonName | None = None  # the fullest multi-word person name, if any
    surname: str | None = None  # a one-word name that may be a person's surname
    keys: tuple[str, ...] = ()  # sorted; a tuple is a third of a set's size


class UnionFind:
    """Disjoint sets over indices; the smaller index is the root, so results are stable."""

    def __init__(self, size: int) -> None:
        self.parent = array("l", range(size))  # a tenth of a list's size for large stores

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def roots(self) -> np.ndarray:
        """Every index's root now, as one integer array."""
        size = len(self.parent)
        return np.fromiter((self.find(i) for i in range(size)), np.int64, size)

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def local_entities(articles: Iterable[Article], first_position: int = 0) -> list[Local]:
    """Group every article's mentions by local id, in article and text order.

    `first_position`: the position of the first of `articles` in the whole corpus, when they
    are one chunk of it."""
    found: list[Local] = []
    for position, article in enumerate(articles, start=first_position):
        by_id: dict[str, list[Mention]] = defaultdict(list)
        for mention in article.mentions:
            if mention.entity is not None:
                by_id[mention.entity].append(mention)
        for local_id, mentions in by_id.items():
            mentions.sort(key=lambda m: m.start)
            found.append(_describe(local_id, (position, mentions[0].start), mentions))
    found.sort(key=lambda local: local.order)
    return found


def _describe(local_id: str, order: tuple[int, int], mentions: list[Mention]) -> Local:
    local = Local(
        local_id,
        order,
        mentions[0].article,
        tuple((m.start, m.end) for m in mentions),
        tuple(m.type for m in mentions),
        mentions[0].text,
    )
    local.names = list(dict.fromkeys(m.text for m in mentions if is_named(m.text)))
    local.roles = list(dict.fromkeys(m.role for m in mentions if m.role and is_named(m.text)))
    local.type = _local_type(mentions)
    local.code = _code(mentions)
    if local.type == "PERSON" or local.type not in _FAMILIES:
        _person_parts(local)
    elif local.names and all(len(n.split()) == 1 for n in local.names) and local.code is None:
        local.surname = _single_surname(local)
    local.keys = tuple(sorted(_keys(local)))
    return local


def is_named(text: str) -> bool:
    """Names end on a capital or a digit; role phrases ("prime minister") do not."""
    words = text.split()
    return bool(words) and (words[-1][:1].isupper() or words[-1][:1].isdigit())


def _local_type(mentions: list[Mention]) -> str:
    votes = Counter(m.type for m in mentions)
    if set(votes) - {"NORP"}:
        votes.pop("NORP", None)
    return max(sorted(votes), key=lambda t: votes[t])


def _code(mentions: list[Mention]) -> str | None:
    for mention in mentions:
        if mention.type not in ("GPE", "NORP", "LOC"):
            continue
        found = place(mention.text)
        if found is not None and found.kind in _CODE_KINDS and found.code:
            return found.code
        if mention.type == "NORP" and found is None and demonym_country(mention.text):
            return demonym_country(mention.text)  # "Malawian": a demonym the table lacks
    return None


def _person_parts(local: Local) -> None:
    for text in local.names:
        name = person_name(text)
        if name is None:
            continue
        if name.first and (local.person is None or len(name.tokens) > len(local.person.tokens)):
            local.person = name
    if local.person is None and local.names:
        local.surname = _single_surname(local)


def _single_surname(local: Local) -> str | None:
    name = person_name(local.names[0])
    return name.last if name is not None and len(name.tokens) == 1 else None


def _keys(local: Local) -> set[str]:
    """Exact join keys: a code alone; else multi-word names, one-word names per family."""
    if local.code:
        return {f"code:{local.code}"}
    keys = set()
    family = _FAMILIES.get(local.type, local.type.lower())
    for text in local.names:
        key = org_key(text)
        if not key:
            continue
        if len(key.split()) >= 2:
            keys.add(f"name:{key}")
        elif local.type != "PERSON":
            keys.add(f"{family}:{key}")
    keys |= _acronym_keys(local)
    return keys


def _acronym_keys(local: Local) -> set[str]:
    """ "NATO" alone, or a long name whose article also wrote its acronym."""
    if local.type != "ORG":
        return set()
    short = {n.replace(".", "") for n in local.names if is_acronym(n)}
    long = {acronym(n) for n in local.names if not is_acronym(n)}
    if short and not long - {None}:
        return {f"acr:{s}" for s in short}
    return {f"acr:{s}" for s in short & long}
