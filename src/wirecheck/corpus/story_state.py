"""One open story's running state, and how similar a new article is to it.

A story keeps sums of its members' unit vectors (words, details, embedding) so its centroid
similarity to a new article costs one sparse dot product, and the vectors of its most recent
members (exemplars) so a new article can also be linked to the single closest report: the
nearest report of the same event is far more reliable than the centroid of a long story.

Two events of one kind (two quakes, two arrests of one team's players) share the kind's words,
so the score also weighs what the headline and lead name: the closest report's lead names,
shared or not, and the lead's numbers no member wrote (another toll, another magnitude). An
estimate is not such a number when a member's lead counts the same thing at about the same
size (about 62,000 battery packs, more than 80,000 batteries; about 40 hurt, 41 injured):
reports of one event often disagree on a count, and those are the reports a comparison must
see side by side. The new number must be the estimate: two exact counts still tell events apart.
Reports of one event worded apart (a cyclone's toll in one, its power cuts in another) share
little but the places and people their leads name: dated within a day of the story and
sharing two of those names, or one and the topic (close embeddings), a report gets a bonus
(`same_day`). Undated documents, as in
ECB+, never do, so that benchmark cannot see this rule.
A story also counts the weekdays its members' openings name: two stories that name days, none
in common, report events on different days (`same_days`), which merging must respect; and a
dated report whose opening names only other days than a story's, with nothing tying it to the
story on the day (no `same_day` bonus), is a sibling event (a second mine accident two days
later, at another pit of the same company) and pays `story_weekday_conflict`.
Years named in leads weigh on the centroid by the share of members that name them
(`year_evidence`), as words do: one member's year is not the whole story's.
A report whose headline names a person that (almost) no member of the story names is about
another person's event (another player arrested on the same charge, another defendant of the
same court) and pays `headline_stranger`; two stories one of which headlines people the other
(almost) never names do not merge (`may_merge`). Reports of one event name its protagonist
somewhere, even when their own headlines name someone else; "almost" because a long story
often has a member that recalls the other event (the first arrest, named in a report of the
second), and one such member must not make the other protagonist one of its own: a name
counts as the story's when at least `headline_share` of its members write it (`named`).
Without the entity stage, the headline's proper names stand in for its people; as a name is
not always a person and outlets headline one event by different names, the evidence must go
both ways (`other_protagonist`): the report's headline names a name that is not the story's,
and a name the story's headlines give (`headline_core` of those that give names) is nowhere in
the report. It pays the lighter `headline_name_stranger`.
Read from the text alone, a headline word that the body writes as a surname ("Ivo Brandt was
put ...", then "Brandt ...") is a person the headline names (`headline_persons`, with
the entity stage's surnames; never a group's name, "the Herons"). A headline naming people
whom the story's headlines do not name, and whom most of its members do not even name, is
another person's event (a teammate put on the same injured list, a second player arrested)
and pays `headline_person_conflict`, whatever the story's length: once a single report of the
teammate's event has slipped in, the story names him, and every later report of his event
follows. Two stories whose headlines (one each at least) name different people do not merge
(`other_people`), so a report naming both (the teammate who takes the injured player's
carries) does not bridge the two events.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from wirecheck.corpus.story_names import own_persons, protagonist_conflict
from wirecheck.corpus.story_numbers import estimated_before
from wirecheck.corpus.story_parts import ClusterOptions, Exemplar, Member, Probe
from wirecheck.corpus.story_signals import dot
from wirecheck.corpus.story_similarity import (
    blended,
    embedding_similarity,
    grow,
    pair_similarity,
    share,
)
from wirecheck.model import Story

__all__ = ["ClusterOptions", "Exemplar", "Member", "Probe", "StoryState"]  # parts kept apart


@dataclass
class StoryState:
    seq: int
    members: list[Member] = field(default_factory=list)
    term_sum: dict[str, float] = field(default_factory=dict)
    term_norm2: float = 0.0
    detail_sum: dict[str, float] = field(default_factory=dict)
    detail_norm2: float = 0.0
    vector_sum: np.ndarray | None = None
    years: Counter[str] = field(default_factory=Counter)  # members whose leads name each year
    year_members: int = 0  # members whose leads name any year
    events: Counter[str] = field(default_factory=Counter)
    weekdays: Counter[str] = field(default_factory=Counter)  # days the openings name
    headline_people: dict[str, str] = field(default_factory=dict)  # of members' headlines
    named: Counter[str] = field(default_factory=Counter)  # members naming each detail
    headline_names: Counter[str] = field(default_factory=Counter)  # members headlining each
    named_headlines: int = 0  # members whose headlines give names (`headline_names`)
    headline_persons: Counter[str] = field(default_factory=Counter)  # members headlining each
    exemplars: list[Exemplar] = field(default_factory=list)
    titles: list[Exemplar] = field(default_factory=list)  # the first members with headlines
    keys: set[str] = field(default_factory=set)
    first_time: float | None = None
    last_time: float | None = None
    first_seen: str | None = None
    last_seen: str | None = None

    def add(self, member: Member, probe: Probe, options: ClusterOptions) -> None:
        self.members.append(member)
        self._stretch(member)
        self.term_norm2 = grow(self.term_sum, self.term_norm2, probe.terms)
        self.detail_norm2 = grow(self.detail_sum, self.detail_norm2, probe.details)
        if probe.vector is not None:
            base = self.vector_sum if self.vector_sum is not None else 0.0
            self.vector_sum = base + probe.vector
        self.years.update(probe.years)
        self.year_members += bool(probe.years)
        self.events.update(probe.events)
        self.weekdays.update(probe.weekdays)
        self.headline_people.update(probe.headline_people)
        self.named.update(probe.named)
        self.headline_names.update(probe.headline_names)
        self.named_headlines += bool(probe.headline_names)
        self.headline_persons.update(probe.headline_persons)
        self.exemplars = (self.exemplars + [probe.exemplar(member.title)])[-options.exemplars :]
        if member.title and len(self.titles) < options.exemplars:
            self.titles.append(probe.exemplar(member.title))

    def absorb(self, other: StoryState, options: ClusterOptions) -> None:
        """Take in every member and sum of `other` (the same event, found apart)."""
        self.members = sorted(self.members + other.members, key=_arrival)
        for member in other.members:
            self._stretch(member)
        self.term_norm2 = grow(self.term_sum, self.term_norm2, other.term_sum)
        self.detail_norm2 = grow(self.detail_sum, self.detail_norm2, other.detail_sum)
        if other.vector_sum is not None:
            base = self.vector_sum if self.vector_sum is not None else 0.0
            self.vector_sum = base + other.vector_sum
        self.years.update(other.years)
        self.year_members += other.year_members
        self.events.update(other.events)
        self.weekdays.update(other.weekdays)
        self.headline_people.update(other.headline_people)
        self.named.update(other.named)
        self.headline_names.update(other.headline_names)
        self.named_headlines += other.named_headlines
        self.headline_persons.update(other.headline_persons)
        self.exemplars = (self.exemplars + other.exemplars)[-options.exemplars :]
        self.titles = (self.titles + other.titles)[: options.exemplars]

    def same_days(self, other: StoryState) -> bool:
        """False when both stories name weekdays in their openings and share none: two events
        on different days, however alike their words (a second quake, another arrest)."""
        return self._same_days(other.weekdays.keys())

    def may_merge(self, other: StoryState, options: ClusterOptions) -> bool:
        """Whether one article may bridge the two stories: not when they report different
        days, nor when one's headlines name people the other (almost) never names (two
        players' arrests, which a round-up of both would otherwise join)."""
        if not self.same_days(other) or self.other_people(other, options):
            return False
        return self.names_someone(other.headline_people, options) and other.names_someone(
            self.headline_people, options
        )

    def names_someone(self, people: dict[str, str], options: ClusterOptions) -> bool:
        """True when one of `people` (entity key -> surname) is the story's: named, by entity
        or by surname, by `headline_share` of its members (one at least); or when there is no
        one to look for."""
        if not people:
            return True
        return any(
            max(self.naming(key), self.naming(surname)) >= self._known_at(options)
            for key, surname in people.items()
        )

    def other_protagonist(self, probe: Probe, options: ClusterOptions) -> bool:
        """True when the probe's headline names (`headline_names`, read without entities) point
        to another event: one of them is not the story's (fewer than `headline_share` of its
        members name it), and one the story's own headlines give is nowhere in the probe."""
        if not probe.headline_names or not self.named_headlines:
            return False
        known = self._known_at(options)
        if all(self.naming(name) >= known for name in probe.headline_names):
            return False
        own = options.headline_core * self.named_headlines
        return any(
            count >= own and name not in probe.named for name, count in self.headline_names.items()
        )

    def headlines_another(
        self, persons: frozenset[str], headline: frozenset[str], options: ClusterOptions
    ) -> bool:
        """The headline names a person whom the story's headlines do not (`story_names`), and
        whom most of its members do not even name: a protagonist the story's reports all
        write about (the player every club bids for) is its own, whoever its headlines name."""
        members = len(self.members)
        if any(self.naming(p) >= options.named_protagonist * members for p in persons):
            return False
        share = options.headline_person_share
        return protagonist_conflict(persons, headline, self.headline_persons, members, share)

    def other_people(self, other: StoryState, options: ClusterOptions) -> bool:
        """Both stories' headlines name people, and the people each names most are not the
        other's (`story_names.own_persons`): two people's events (one player put on injured
        reserve, then his teammate), which a report naming both (the teammate who takes the
        first one's carries) must not bridge. One headline is enough, as a story of one
        report is where such a bridge starts; group names ("the Herons", a team) are no
        people (`headline_persons`), so two headlines naming the two teams of one match do
        not count as two people."""
        share = options.headline_person_share
        ours = own_persons(self.headline_persons, len(self.members), share)
        theirs = own_persons(other.headline_persons, len(other.members), share)
        return bool(ours) and bool(theirs) and not ours & theirs

    def naming(self, word: str) -> int:
        """Members that name `word` among their details."""
        return self.named[word]

    def _known_at(self, options: ClusterOptions) -> float:
        return max(1.0, options.headline_share * len(self.members))

    def _same_days(self, days: Iterable[str]) -> bool:
        named = set(days)
        return not named or not self.weekdays or bool(named & self.weekdays.keys())

    def _stretch(self, member: Member) -> None:
        """Widen the story's time span to cover the member (earliest and latest dated)."""
        if member.time is None:
            return
        if self.first_time is None or member.time < self.first_time:
            self.first_time, self.first_seen = member.time, member.published
        if self.last_time is None or member.time > self.last_time:
            self.last_time, self.last_seen = member.time, member.published

    def score(self, probe: Probe, options: ClusterOptions, centroid: float) -> float:
        """How likely the probe reports this story's event (about 0..1, higher is closer)."""
        link = max(pair_similarity(probe, e, options) for e in self.exemplars)
        score = options.link_share * link + (1.0 - options.link_share) * centroid
        score += options.event * share(probe.events, self.events)
        same_day = self._same_day(probe, options)
        if not (same_day and options.same_day_numbers):
            # New figures mean another event (another quake's toll) only when nothing else
            # ties the reports: outlets writing on the same day about the same names give
            # different figures for one event, and those differences are what we compare.
            score -= options.number_novelty * self._unseen(probe, options)
        if not self.names_someone(probe.headline_people, options):
            score -= options.headline_stranger  # the headline's person: another one's event
        if self.other_protagonist(probe, options):
            score -= options.headline_name_stranger  # likewise, read from capitals alone
        if self.headlines_another(probe.headline_persons, probe.headline_words, options):
            score -= options.headline_person_conflict  # another person's event
        if not self._same_days(probe.weekdays):
            score -= self._weekday_conflict(probe, options, bool(same_day))
        score += options.same_day * same_day
        return score - options.time_penalty * self._distance(probe) / options.window_days

    def _weekday_conflict(self, probe: Probe, options: ClusterOptions, same_day: bool) -> float:
        """What an opening naming other weekdays than the story's costs: against a single
        report, always a little; against a longer story, more, but only for a dated report
        that nothing ties to the story on the day."""
        if len(self.members) <= 1:
            return options.weekday_conflict
        if probe.time is not None and not same_day:
            return options.story_weekday_conflict  # another day, and nothing says same event
        return 0.0

    def _same_day(self, probe: Probe, options: ClusterOptions) -> float:
        """1 when the probe was published within a day of the story and a member's report
        names the same people and places (two names), or one of them and the same topic (the
        embeddings close): outlets that word one event differently still name its places and
        people, on the day it happens, and two events of one kind in one place on one day
        are rare. (Undated articles, as in ECB+, never get this.)"""
        if probe.time is None or self.last_time is None:
            return 0.0
        if self._distance(probe) > options.same_day_window:
            return 0.0
        for exemplar in self.exemplars:
            shared = len(probe.names & exemplar.names)
            if shared >= options.same_day_names:
                return 1.0
            if shared and embedding_similarity(probe, exemplar) >= options.same_day_topic:
                return 1.0
        return 0.0

    def bar(self, options: ClusterOptions) -> float:
        """The score a new member needs. Joining a story of one report rests on a single pair
        of texts, and two reports of sibling events (two quakes, two arrests of one team's
        players) can look as close as two of one event: ask more, and let a later article that
        matches two such stories strongly merge them (`StoryIndex`)."""
        if len(self.members) <= 1:
            return max(options.threshold, options.young_threshold)
        return options.threshold

    def centroid_similarity(self, probe: Probe, options: ClusterOptions) -> float:
        lexical = dot(probe.terms, self.term_sum) / (math.sqrt(self.term_norm2) or 1.0)
        detail = dot(probe.details, self.detail_sum) / (math.sqrt(self.detail_norm2) or 1.0)
        embedding = 0.0
        if probe.vector is not None and self.vector_sum is not None:
            norm = float(np.linalg.norm(self.vector_sum)) or 1.0
            embedding = float(probe.vector @ self.vector_sum) / norm
        blend = blended(lexical, detail, embedding, options)
        return blend + self.year_evidence(probe.years, options)

    def year_evidence(self, years: frozenset[str], options: ClusterOptions) -> float:
        """The centroid's year term: each member's own agreement or conflict with the probe's
        lead years, averaged over the members as the centroid averages their words. A year that
        one report of six names (a dateline, a background year) is one sixth of the evidence,
        not the whole: otherwise a single member naming a year pulls in every report of another
        event of that year (a second fire in the same state, a second Brooklyn shooting)."""
        if not years or not self.years:
            return 0.0
        members = len(self.members) or 1
        agreeing = max(self.years[year] for year in years)
        if agreeing:
            return options.year_agree * agreeing / members
        return -options.year_conflict * self.year_members / members

    def _unseen(self, probe: Probe, options: ClusterOptions) -> float:
        """Share of the probe's lead numbers that no member's details hold and no member's lead
        gives another estimate of (0 when there are none)."""
        if not probe.numbers:
            return 0.0
        unseen = [
            number
            for number in probe.numbers
            if number not in self.detail_sum
            and not estimated_before(
                number,
                probe.estimates.get(number, ()),
                (m.estimates for m in self.members),
                options.estimate_ratio,
            )
        ]
        return len(unseen) / len(probe.numbers)

    def _distance(self, probe: Probe) -> float:
        last, first = self.last_time, self.first_time
        if probe.time is None or last is None or first is None:
            return 0.0
        return max(probe.time - last, first - probe.time, 0.0)

    def story(self, story_id_prefix: str = "s:") -> Story:
        """The public record: representative headline, independent outlets, time span."""
        return Story(
            id=story_id_prefix + self.members[0].id,
            title=self.title(),
            articles=[m.id for m in self.members],
            outlets=list(dict.fromkeys(m.outlet for m in self.members)),
            first_seen=self.first_seen,
            last_seen=self.last_seen,
        )

    def title(self) -> str | None:
        """The early headline closest to the story's centroid (first one on ties)."""
        if not self.titles:
            return None
        if self.vector_sum is None or any(t.vector is None for t in self.titles):
            return self.titles[0].title
        scores = [float(t.vector @ self.vector_sum) for t in self.titles]
        return self.titles[int(np.argmax(scores))].title


def _arrival(member: Member) -> tuple[bool, float]:
    return (member.time is None, member.time or 0.0)
