"""The parts a story is built from: the clustering options, a member's record, the exemplar a
story keeps of a recent member, and the probe (a new article weighted with the IDF of its
arrival). `StoryState` (`story_state`) is the story itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass(frozen=True)
class ClusterOptions:
    """Weights and limits of online clustering (tuned on ECB+ train/dev topics)."""

    window_days: float = 3.0
    lexical: float = 1.0
    detail: float = 1.0
    embedding: float = 0.1  # MiniLM sees the topic more than the event: a light touch
    year_agree: float = 0.1  # headline/lead years shared (times the members' share, centroid)
    year_conflict: float = 0.1  # both name years, none shared (likewise)
    event: float = 0.03  # shared event types: topical, so a small nudge only
    names: float = 0.3  # lead-name overlap with the closest report, around the pivot
    name_pivot: float = 0.35  # overlap at which names neither help nor hurt
    number_novelty: float = 0.15  # share of the lead's numbers no member wrote (another toll)
    same_day_numbers: bool = True  # ...except in same-day reports naming the same people
    estimate_ratio: float = 2.0  # two counts of one thing this close may be one quantity
    young_threshold: float = 0.3  # the bar to join a story of one report: a pairwise call
    merge_threshold: float = 0.4  # an article scoring this with two stories merges them
    weekday_conflict: float = 0.05  # joining a single report whose opening names other days
    # The headline names a person no member names: as much as a sibling report's words add
    # over the bar (two arrests of one club's players score like two reports of one arrest).
    headline_stranger: float = 0.3
    headline_share: float = 0.2  # members that must name a person for the story to know them
    # Without entities: the headline's names point to another protagonist (`other_protagonist`).
    # Light, as names are not all people: at 0.1 ECB+ recall fell under its floor (0.96).
    headline_name_stranger: float = 0.07
    headline_core: float = 0.3  # share of the story's named headlines giving a name: its own
    headline_person_conflict: float = 0.3  # the headline's person is not the story's headlines'
    headline_person_share: float = 0.34  # of the story's headlines naming people: its own
    named_protagonist: float = 0.5  # of its members naming a person: the story's protagonist
    story_weekday_conflict: float = 0.15  # a dated report of other days, nothing else tying
    time_penalty: float = 0.1  # per window of distance from the story's last article
    same_day: float = 0.12  # reports dated within a day of the story that share lead names
    same_day_window: float = 1.0  # days
    same_day_names: int = 2
    same_day_topic: float = 0.5  # embedding similarity at which one shared name is enough
    link_share: float = 0.3  # best single member vs centroid
    threshold: float = 0.21
    exemplars: int = 8
    max_terms: int = 80
    max_details: int = 50
    index_terms: int = 10  # rarest words and details of an article that enter postings
    max_candidates: int = 50
    linked_candidates: int = 5  # best by centroid that are also linked member by member
    max_posting: int = 300  # postings longer than this are too common to propose stories
    idf_prior: float = 50.0  # pseudo-documents: early in a stream every word is rare
    embed_tables: int = 6
    embed_bits: int = 10


@dataclass
class Member:
    id: str
    published: str | None
    time: float | None
    title: str | None
    outlet: str
    # The lead's numbers -> what they count (`lead_counts`; indexes saved before held only
    # the estimates among them).
    estimates: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Exemplar:
    terms: dict[str, float]
    details: dict[str, float]
    vector: np.ndarray | None
    years: frozenset[str]
    title: str | None = None
    names: frozenset[str] = frozenset()


@dataclass
class Probe:
    """A new article, weighted with the IDF of its arrival."""

    terms: dict[str, float]
    details: dict[str, float]
    vector: np.ndarray | None
    years: frozenset[str]
    events: frozenset[str]
    time: float | None
    names: frozenset[str] = frozenset()
    numbers: frozenset[str] = frozenset()
    weekdays: frozenset[str] = frozenset()
    estimates: dict[str, list[str]] = field(default_factory=dict)
    headline_people: dict[str, str] = field(default_factory=dict)  # entity key -> surname
    headline_names: frozenset[str] = frozenset()  # the headline's names, without entities
    named: frozenset[str] = frozenset()  # every detail the article names (raw `details` keys)
    headline_persons: frozenset[str] = frozenset()  # surnames of the headline's people
    headline_words: frozenset[str] = frozenset()

    def exemplar(self, title: str | None) -> Exemplar:
        return Exemplar(self.terms, self.details, self.vector, self.years, title, self.names)
