"""Within one article: which candidate mentions name the same referent, and its type.

A surname joins the full name it shortens (the most recent one before it, else the first
after); an acronym joins the name it abbreviates; every mention of a country (its names and
demonyms) joins one cluster by ISO code. Matching ignores spaCy's label, so one wrong label
never splits a cluster; the cluster's type is a vote over its mentions and the gazetteers.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wirecheck.extract.gazetteer import words
from wirecheck.extract.names import (
    PersonName,
    acronym,
    first_names_agree,
    is_acronym,
    norm,
    person_name,
)
from wirecheck.extract.roles import role_fits
from wirecheck.extract.spans import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Doc

TYPE_ORDER = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT")
_PLACE_KINDS = frozenset({"country", "city", "region", "town"})


@dataclass
class Cluster:
    members: list[Candidate] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)  # normalised names of its members
    person: PersonName | None = None  # the fullest person name seen
    code: str | None = None
    acronyms: set[str] = field(default_factory=set)

    @property
    def first(self) -> int:
        return min(m.start for m in self.members)

    def roles(self) -> list[str]:
        return [m.role for m in self.members if m.role and not m.nominal]


def build(doc: Doc, named: list[Candidate]) -> list[Cluster]:
    """Group named candidates: multi-word names first, so surnames find them wherever."""
    clusters: list[Cluster] = []
    ordered = sorted(named, key=lambda c: (_is_short(doc, c), c.start))
    for candidate in ordered:
        cluster = _match(doc, candidate, clusters)
        if cluster is None:
            cluster = Cluster()
            clusters.append(cluster)
        _add(doc, cluster, candidate)
    return clusters


def _is_short(doc: Doc, candidate: Candidate) -> bool:
    return candidate.end - candidate.start == 1 and candidate.code is None


def _add(doc: Doc, cluster: Cluster, candidate: Candidate) -> None:
    cluster.members.append(candidate)
    text = candidate.text(doc)
    cluster.keys.add(norm(text))
    if candidate.kind == "town":
        cluster.keys.add(norm(text.split(",")[0]))  # "Irving" later names "Irving, Texas"
    cluster.code = cluster.code or candidate.code
    if candidate.nominal or candidate.kind is not None:
        return
    name = person_name(text)
    fuller = cluster.person is None or (name and len(name.tokens) > len(cluster.person.tokens))
    if name and name.first and _is_personish(candidate) and fuller:
        cluster.person = name
    found = acronym(text)
    if found:
        cluster.acronyms.add(found)
    if is_acronym(text):
        cluster.acronyms.add(text.replace(".", ""))


def _is_personish(candidate: Candidate) -> bool:
    return candidate.label == "PERSON" or candidate.person_hint


def _match(doc: Doc, candidate: Candidate, clusters: list[Cluster]) -> Cluster | None:
    text = candidate.text(doc)
    if candidate.code is not None:
        return next((c for c in clusters if c.code == candidate.code), None)
    key = norm(text)
    same = [c for c in clusters if key in c.keys and c.code is None]
    if same:
        return _nearest(same, candidate.start)
    if candidate.kind is not None:
        return None
    if is_acronym(text):
        letters = text.replace(".", "")
        found = [c for c in clusters if letters in c.acronyms]
        if found:
            return _nearest(found, candidate.start)
    return _match_person(candidate, text, clusters)


def _match_person(candidate: Candidate, text: str, clusters: list[Cluster]) -> Cluster | None:
    name = person_name(text)
    if name is None:
        return None
    found = []
    for cluster in clusters:
        other = cluster.person
        if other is None or other.last != name.last:
            continue
        if name.first is None or first_names_agree(name.first, other.first):
            found.append(cluster)
    if found:
        return _nearest(found, candidate.start)
    if name.first is None and candidate.label == "PERSON":
        # "Daniel" after "Daniel Okafor": only when one person has that first name.
        given = [c for c in clusters if c.person and c.person.first == name.last]
        if len(given) == 1:
            return given[0]
    return None


def _nearest(clusters: list[Cluster], position: int) -> Cluster:
    """The cluster mentioned most recently before `position`, else the first after it."""
    before = [
        (max(m.start for m in c.members if m.start < position), c)
        for c in clusters
        if any(m.start < position for m in c.members)
    ]
    if before:
        return max(before, key=lambda pair: pair[0])[1]
    return min(clusters, key=lambda c: c.first)


def link_roles(clusters: list[Cluster], descriptions: list[Candidate], doc: Doc) -> None:
    """Add each role description to the one person whose roles it fits, when there is one."""
    for description in descriptions:
        assert description.role is not None
        if description.partner is not None:
            partner = _holding(clusters, description.partner)
            if partner is not None:
                partner.members.append(description)
            continue
        fits = [
            c
            for c in clusters
            if c.roles() and vote(c) == "PERSON" and role_fits(description.role, c.roles())
        ]
        earlier = [c for c in fits if c.first < description.start]
        if len(earlier) == 1:
            earlier[0].members.append(description)


def _holding(clusters: list[Cluster], token: int) -> Cluster | None:
    for cluster in clusters:
        if any(m.start <= token < m.end for m in cluster.members):
            return cluster
    return None


def vote(cluster: Cluster) -> str:
    """The cluster's type: a country code makes it a GPE; otherwise labels and hints vote."""
    if cluster.code is not None:
        return "GPE"
    votes: Counter[str] = Counter()
    org_words = words("org")
    for member in cluster.members:
        votes[member.label] += 1
        if member.kind in _PLACE_KINDS:
            votes["GPE" if member.kind != "region" else member.label] += 3
        elif member.kind in ("seat", "agency"):
            votes["ORG"] += 3
        if member.person_hint:
            votes["PERSON"] += 2
        if member.place_hint and member.label in ("PERSON", "ORG"):
            votes["GPE"] += 1
    if cluster.person is not None and len(cluster.person.tokens) >= 2:
        votes["PERSON"] += 1
    if any(k.split()[-1:] and k.split()[-1] in org_words for k in cluster.keys):
        votes["ORG"] += 2
    return max(TYPE_ORDER, key=lambda t: (votes[t], -TYPE_ORDER.index(t)))
