"""StoryIndex: online story clustering that a store can keep and feed one article at a time.

Articles arrive in time order. Each new article is weighted with the IDF of the stream so far,
its candidate stories come from postings of its rarest words and details and from buckets of
its embedding (random-hyperplane LSH), never from all stories; it joins the best-scoring
candidate inside the time window, or opens a story. Joining a story of a single report asks for
a higher score (it rests on one pair of texts, where sibling events of one kind look alike), so
one event may open twice; an article that then scores high with both merges them, a local step
that touches only those two stories (unless their openings name different weekdays or their
headlines different people). A story whose last article is older than the window behind the
newest article seen is closed: it leaves the postings and keeps only its public record, so the
work per article and the open state stay flat as the stream grows.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from dataclasses import asdict
from typing import Any

import numpy as np

from wirecheck.corpus.story_signals import Signals, weighted_vector
from wirecheck.corpus.story_state import ClusterOptions, Member, Probe, StoryState
from wirecheck.model import Story

PLANE_SEED = 20240  # fixed: buckets must be the same in every process and after a reload


class StoryIndex:
    """Open stories, their postings and the stream's word counts."""

    def __init__(self, options: ClusterOptions | None = None) -> None:
        self.options = options or ClusterOptions()
        self.documents = 0
        self.df: Counter[str] = Counter()
        self.clock: float | None = None  # newest article time seen
        self.open: dict[int, StoryState] = {}
        self.closed: dict[int, Story] = {}
        self.outlets: dict[str, str] = {}  # article id -> outlet, for syndicated copies
        self.assigned: dict[str, int] = {}  # article id -> story seq
        self._next_seq = 0
        self._postings: dict[str, dict[int, None]] = {}
        self._expiry: list[tuple[float, int]] = []
        self._planes: np.ndarray | None = None

    # -- adding ---------------------------------------------------------------------------
    def add(self, signals: Signals) -> str:
        """Place one article; return its story id ("s:" + the story's first article id)."""
        if signals.id in self.assigned:
            return self.story_id(self.assigned[signals.id])
        if signals.time is not None:
            self._advance(signals.time)
        probe = self._probe(signals)
        member = Member(
            signals.id,
            signals.published,
            signals.time,
            signals.title,
            signals.outlet,
            signals.counts,
        )
        joinable = [(s, story) for s, story in self._scored(probe) if s >= story.bar(self.options)]
        best = joinable[0][1] if joinable else self._open_story()
        bridged = self._bridged(best, joinable[1:])
        best.add(member, probe, self.options)
        self._index(best, probe)
        for other in bridged:
            if other.seq in self.open:
                best = self._merge(best, other)
        self.assigned[signals.id] = best.seq
        self.outlets[signals.id] = signals.outlet
        if best.last_time is not None:
            heapq.heappush(self._expiry, (best.last_time, best.seq))
        return self.story_id(best.seq)

    def outlet_of(self, article_id: str, syndicated_of: str | None, source: str | None) -> str:
        """Independence key: a syndicated copy speaks for its original's outlet."""
        if syndicated_of:
            # An original not fed to this index still makes its copies one source.
            return self.outlets.get(syndicated_of, syndicated_of)
        return source or article_id

    def _probe(self, signals: Signals) -> Probe:
        self.documents += 1
        words = set(signals.terms) | set(signals.details)
        self.df.update(words)
        total = self.documents + self.options.idf_prior
        idf = {w: math.log(total / (self.df[w] + 0.5)) for w in words}
        return Probe(
            terms=weighted_vector(signals.terms, idf, self.options.max_terms),
            details=weighted_vector(signals.details, idf, self.options.max_details),
            vector=signals.vector,
            years=signals.years,
            events=signals.events,
            time=signals.time,
            names=signals.names,
            numbers=signals.numbers,
            weekdays=signals.weekdays,
            headline_people=signals.headline_people,
            headline_names=signals.headline_names,
            headline_persons=signals.headline_persons,
            headline_words=signals.headline_words,
            named=frozenset(signals.details),
            estimates=signals.estimates,
        )

    def _scored(self, probe: Probe) -> list[tuple[float, StoryState]]:
        """Candidate stories with their scores, best first (ties: the older story)."""
        # Linking to each member is the costly part: only the best few by centroid get it.
        rough = [(s.centroid_similarity(probe, self.options), s) for s in self._candidates(probe)]
        rough.sort(key=lambda item: (-item[0], item[1].seq))
        scored = [
            (story.score(probe, self.options, centroid), story)
            for centroid, story in rough[: self.options.linked_candidates]
        ]
        scored.sort(key=lambda item: (-item[0], item[1].seq))
        return scored

    def _bridged(
        self, best: StoryState, others: list[tuple[float, StoryState]]
    ) -> list[StoryState]:
        """Stories the article matches strongly besides `best`: one event, split early, which
        the article's arrival merges. Stories whose openings name different days, or whose
        headlines name people the other (almost) never names, stay apart
        (`StoryState.may_merge`), judged before the article joins: an article matching both
        (a round-up of two arrests, a follow-up recalling the earlier quake) bridges two
        events, not one."""
        return [
            other
            for score, other in others
            if score >= self.options.merge_threshold and best.may_merge(other, self.options)
        ]

    def _merge(self, one: StoryState, two: StoryState) -> StoryState:
        """The older story takes in the younger; postings and assignments follow."""
        keep, gone = (one, two) if one.seq < two.seq else (two, one)
        keep.absorb(gone, self.options)
        for key in gone.keys:
            posting = self._postings.get(key)
            if posting is not None:
                posting.pop(gone.seq, None)
                posting[keep.seq] = None
        keep.keys |= gone.keys
        for member in gone.members:
            self.assigned[member.id] = keep.seq
        del self.open[gone.seq]
        if keep.last_time is not None:
            heapq.heappush(self._expiry, (keep.last_time, keep.seq))
        return keep

    def _open_story(self) -> StoryState:
        story = StoryState(seq=self._next_seq)
        self._next_seq += 1
        self.open[story.seq] = story
        return story

    def story_id(self, seq: int) -> str:
        if seq in self.open:
            return "s:" + self.open[seq].members[0].id
        return self.closed[seq].id

    # -- candidates -----------------------------------------------------------------------
    def _keys(self, probe: Probe) -> list[str]:
        """Posting keys of an article: its rarest words and details, its embedding buckets."""
        limit = self.options.index_terms
        keys = ["t:" + w for w in list(probe.terms)[:limit]]
        keys += ["d:" + w for w in list(probe.details)[:limit]]
        return keys + self._buckets(probe.vector)

    def _buckets(self, vector: np.ndarray | None) -> list[str]:
        if vector is None:
            return []
        bits = self.options.embed_bits
        if self._planes is None or self._planes.shape[1] != vector.shape[0]:
            rng = np.random.default_rng(PLANE_SEED)
            shape = (self.options.embed_tables * bits, vector.shape[0])
            self._planes = rng.standard_normal(shape).astype(np.float32)
        signs = (self._planes @ vector) > 0
        return [
            f"v{t}:" + "".join("1" if s else "0" for s in signs[t * bits : (t + 1) * bits])
            for t in range(self.options.embed_tables)
        ]

    def _candidates(self, probe: Probe) -> list[StoryState]:
        hits: Counter[int] = Counter()
        for key in self._keys(probe):
            posting = self._postings.get(key)
            if posting and len(posting) <= self.options.max_posting:
                hits.update(posting.keys())
        ranked = sorted(hits.items(), key=lambda item: (-item[1], item[0]))
        stories = [self.open[seq] for seq, _ in ranked[: self.options.max_candidates]]
        return [s for s in stories if self._in_window(s, probe.time)]

    def _in_window(self, story: StoryState, time: float | None) -> bool:
        if time is None or story.last_time is None or story.first_time is None:
            return True
        window = self.options.window_days
        return time - story.last_time <= window and story.first_time - time <= window

    def _index(self, story: StoryState, probe: Probe) -> None:
        for key in self._keys(probe):
            if key not in story.keys:
                story.keys.add(key)
                self._postings.setdefault(key, {})[story.seq] = None

    # -- closing --------------------------------------------------------------------------
    def _advance(self, time: float) -> None:
        """Move the clock forward and close stories that fell out of the window behind it."""
        if self.clock is not None and time <= self.clock:
            return
        self.clock = time
        horizon = time - self.options.window_days
        while self._expiry and self._expiry[0][0] < horizon:
            last, seq = heapq.heappop(self._expiry)
            story = self.open.get(seq)
            if story is not None and story.last_time == last:
                self._close(story)

    def _close(self, story: StoryState) -> None:
        for key in story.keys:
            posting = self._postings.get(key)
            if posting is not None:
                posting.pop(story.seq, None)
                if not posting:
                    del self._postings[key]
        self.closed[story.seq] = story.story()
        del self.open[story.seq]

    # -- results --------------------------------------------------------------------------
    def stories(self) -> list[Story]:
        """Every story, closed and open, in the order they were opened."""
        seqs = sorted(set(self.open) | set(self.closed))
        return [self.closed[s] if s in self.closed else self.open[s].story() for s in seqs]

    def to_dict(self) -> dict[str, Any]:
        """Plain data (JSON-ready) from which `from_dict` rebuilds an equal index."""
        from wirecheck.corpus.story_persist import index_to_dict

        return index_to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StoryIndex:
        from wirecheck.corpus.story_persist import index_from_dict

        return index_from_dict(data)

    def options_dict(self) -> dict[str, Any]:
        return asdict(self.options)
