"""StoryIndex as plain data (JSON-ready) and back, so a store can keep it between ingests.

Postings and the expiry heap are not stored: they are rebuilt from the open stories' keys and
times. Embeddings are stored as lists of floats (float32 values, exact after the round trip).
"""

from __future__ import annotations

import heapq
from collections import Counter
from typing import TYPE_CHECKING, Any

import numpy as np

from wirecheck.corpus.story_state import ClusterOptions, Exemplar, Member, StoryState
from wirecheck.model import Story

if TYPE_CHECKING:
    from wirecheck.corpus.story_index import StoryIndex

FORMAT = "wirecheck.story-index/1"


def index_to_dict(index: StoryIndex) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "options": index.options_dict(),
        "documents": index.documents,
        "df": dict(index.df),
        "clock": index.clock,
        "next_seq": index._next_seq,
        "outlets": dict(index.outlets),
        "assigned": dict(index.assigned),
        "open": [_state_to_dict(s) for s in index.open.values()],
        "closed": {str(seq): story.to_dict() for seq, story in index.closed.items()},
    }


def index_from_dict(data: dict[str, Any]) -> StoryIndex:
    from wirecheck.corpus.story_index import StoryIndex

    if data.get("format") != FORMAT:
        raise ValueError(f"not a story index of format {FORMAT}: {data.get('format')!r}")
    index = StoryIndex(ClusterOptions(**data["options"]))
    index.documents = data["documents"]
    index.df = Counter(data["df"])
    index.clock = data["clock"]
    index._next_seq = data["next_seq"]
    index.outlets = dict(data["outlets"])
    index.assigned = dict(data["assigned"])
    index.closed = {int(seq): Story(**story) for seq, story in data["closed"].items()}
    for raw in data["open"]:
        story = _state_from_dict(raw)
        index.open[story.seq] = story
        for key in story.keys:
            index._postings.setdefault(key, {})[story.seq] = None
        if story.last_time is not None:
            heapq.heappush(index._expiry, (story.last_time, story.seq))
    _sort_postings(index)
    return index


def _sort_postings(index: StoryIndex) -> None:
    # Insertion order of a posting decides nothing (candidates are ranked by hits, then
    # seq), but keeping it by seq makes a reloaded index print the same as the original.
    for key, posting in index._postings.items():
        index._postings[key] = dict.fromkeys(sorted(posting))


def _state_to_dict(story: StoryState) -> dict[str, Any]:
    return {
        "seq": story.seq,
        "members": [vars(m).copy() for m in story.members],
        "term_sum": story.term_sum,
        "term_norm2": story.term_norm2,
        "detail_sum": story.detail_sum,
        "detail_norm2": story.detail_norm2,
        "vector_sum": _vector_out(story.vector_sum),
        "years": dict(story.years),
        "year_members": story.year_members,
        "events": dict(story.events),
        "weekdays": dict(story.weekdays),
        "headline_people": dict(story.headline_people),
        "named": dict(story.named),
        "headline_names": dict(story.headline_names),
        "named_headlines": story.named_headlines,
        "headline_persons": dict(story.headline_persons),
        "exemplars": [_exemplar_out(e) for e in story.exemplars],
        "titles": [_exemplar_out(e) for e in story.titles],
        "keys": sorted(story.keys),
        "span": [story.first_time, story.last_time, story.first_seen, story.last_seen],
    }


def _state_from_dict(raw: dict[str, Any]) -> StoryState:
    first_time, last_time, first_seen, last_seen = raw["span"]
    return StoryState(
        seq=raw["seq"],
        members=[Member(**m) for m in raw["members"]],
        term_sum=dict(raw["term_sum"]),
        term_norm2=raw["term_norm2"],
        detail_sum=dict(raw["detail_sum"]),
        detail_norm2=raw["detail_norm2"],
        vector_sum=_vector_in(raw["vector_sum"], np.float32),
        years=Counter(raw["years"]),
        # Indexes saved before kept no count: members naming the commonest year are the least.
        year_members=raw.get("year_members", max(raw["years"].values(), default=0)),
        events=Counter(raw["events"]),
        weekdays=Counter(raw.get("weekdays", {})),  # absent from indexes saved before
        headline_people=dict(raw.get("headline_people", {})),  # likewise
        named=_named(raw),
        headline_names=Counter(raw.get("headline_names", {})),  # absent from indexes before
        named_headlines=raw.get("named_headlines", 0),
        headline_persons=Counter(raw.get("headline_persons", {})),  # absent from indexes before
        exemplars=[_exemplar_in(e) for e in raw["exemplars"]],
        titles=[_exemplar_in(e) for e in raw["titles"]],
        keys=set(raw["keys"]),
        first_time=first_time,
        last_time=last_time,
        first_seen=first_seen,
        last_seen=last_seen,
    )


def _named(raw: dict[str, Any]) -> Counter[str]:
    """Members naming each detail; indexes saved before kept no count, only the sums, so each
    detail there counts as named by one member."""
    if "named" in raw:
        return Counter(raw["named"])
    return Counter(dict.fromkeys(raw["detail_sum"], 1))


def _exemplar_out(exemplar: Exemplar) -> dict[str, Any]:
    return {
        "terms": exemplar.terms,
        "details": exemplar.details,
        "vector": _vector_out(exemplar.vector),
        "years": sorted(exemplar.years),
        "title": exemplar.title,
        "names": sorted(exemplar.names),
    }


def _exemplar_in(raw: dict[str, Any]) -> Exemplar:
    return Exemplar(
        terms=dict(raw["terms"]),
        details=dict(raw["details"]),
        vector=_vector_in(raw["vector"], np.float32),
        years=frozenset(raw["years"]),
        title=raw["title"],
        names=frozenset(raw.get("names", ())),
    )


def _vector_out(vector: np.ndarray | None) -> list[float] | None:
    return None if vector is None else [float(x) for x in vector]


def _vector_in(values: list[float] | None, dtype: type) -> np.ndarray | None:
    return None if values is None else np.asarray(values, dtype=dtype)
