"""Sentence vectors are read only where they decide something (issue #9): `best_match` weighs
one rank of pairs at a time, statements far from a third outlet are not embedded, and date
pools whose matches nothing keeps are not weighed. Each test counts the vectors read."""

from __future__ import annotations

import numpy as np

from wirecheck.corpus.align import align_counts, weighed_count_gists
from wirecheck.corpus.claims import Claim
from wirecheck.corpus.date_align import align_dates, weighed_date_gists
from wirecheck.corpus.matching import best_match, weighed_gists
from wirecheck.corpus.statements import _wide, sentence_words


class Counted(dict[str, np.ndarray]):
    """Vectors that remember which texts were read."""

    def __init__(self, vectors: dict[str, np.ndarray]) -> None:
        super().__init__(vectors)
        self.read: set[str] = set()

    def __getitem__(self, text: str) -> np.ndarray:
        self.read.add(text)
        return super().__getitem__(text)


def unit(*values: float) -> np.ndarray:
    vector = np.array(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def count(outlet: str, text: str, low: float, rank: int = 0, topic: str = "casualties") -> Claim:
    return Claim(f"a:{outlet}", outlet, "count", topic, topic, str(int(low)), 0, len(text), text,
                 low=low, high=low, rank=rank)  # fmt: skip


def test_lead_figures_on_a_cue_topic_are_matched_without_vectors() -> None:
    ledger = count("Ledger", "The blast killed 12 people at the depot.", 12)
    gazette = count("Gazette", "Twelve workers died when the depot exploded.", 12)
    later = count("Gazette", "A 13th victim died in hospital on Sunday night.", 13, rank=1)
    vectors = Counted({})  # any read would fail: no vector is there
    assert best_match([ledger], [gazette, later], vectors, 0.35, lead_first=True,
                      lead_floor=-1.0) == (ledger, gazette)  # fmt: skip
    assert vectors.read == set()
    assert weighed_count_gists([ledger, gazette, later]) == set()


def test_a_lower_rank_is_weighed_only_when_the_best_has_no_close_pair() -> None:
    quay = count("Ledger", "Seven boats sank at the quay.", 7, topic="boats")
    harbour = count("Gazette", "Seven boats went down in the harbour.", 7, topic="boats")
    vague = count("Gazette", "dozens of boats were damaged", 36, topic="boats")
    vague.value = "dozens"  # a word for a magnitude ranks below a figure
    vectors = Counted({quay.gist: unit(1, 0), harbour.gist: unit(1, 1), vague.gist: unit(2, 1)})
    found = best_match([quay], [harbour, vague], vectors, 0.55)
    assert found == (quay, harbour)
    assert vague.gist not in vectors.read
    vectors[harbour.gist] = unit(0, 1)  # now too far: the vague pair's rank is weighed next
    assert best_match([quay], [harbour, vague], vectors, 0.55) == (quay, vague)
    assert vague.gist in vectors.read


def test_weighed_gists_follow_settled_pairs_through_a_one_to_one_matching() -> None:
    first = count("Ledger", "Ten were killed in the north.", 10)
    second = count("Ledger", "Two more were killed in the south.", 2, rank=1)
    other = count("Gazette", "Ten died in the northern town.", 10)
    late = count("Gazette", "Later two others died in the south.", 2, rank=1)
    lefts, rights = [first, second], [other, late]
    once = weighed_gists(lefts, rights, 0.35, lambda a, b: True, True, False, -1.0)
    again = weighed_gists(lefts, rights, 0.35, lambda a, b: True, True, True, -1.0)
    assert once == set()  # the two lead figures settle the only match asked for
    assert again == {second.gist, late.gist}  # the rest are matched on their sentences


def test_counts_found_with_lazy_vectors_equal_those_found_with_all() -> None:
    claims = [
        count("Ledger", "The blast killed 12 people at the depot.", 12),
        count("Gazette", "Fourteen workers died when the depot exploded.", 14),
        count("Herald", "At least 12 were killed, officials said.", 12),
    ]
    every = Counted({c.gist: unit(1, i) for i, c in enumerate(claims)})
    pairs = align_counts(claims, every)
    assert {p.kind for p in pairs} == {"agree", "conflict"}
    assert every.read == set()  # lead figures of one cue topic: no vector decides


def statement(outlet: str, text: str) -> Claim:
    return Claim(f"a:{outlet}", outlet, "statement", "statement", "statement", text, 0,
                 len(text), text)  # fmt: skip


def test_statements_linked_to_two_outlets_only_are_not_wide() -> None:
    free = [
        statement("Ledger", "The harbour master closed the channel to shipping."),
        statement("Gazette", "The channel was closed to shipping by the harbour master."),
        statement("Herald", "Farmers sold their lambs early this spring."),
        statement("Ledger", "Lamb prices rose as farmers sold early."),
        statement("Gazette", "Farmers who sold lambs early got better prices."),
    ]
    words = [sentence_words(s.text) for s in free]
    assert _wide(free, words) == {2, 3, 4}  # the channel is told by two outlets only


def date(outlet: str, day: str, gist: str, future: bool = False) -> Claim:
    return Claim(f"a:{outlet}", outlet, "date", "date", "date", day, 0, len(gist), gist,
                 time=day, future=future, context=gist)  # fmt: skip


def test_date_pools_that_only_agree_on_the_past_are_not_weighed() -> None:
    claims = [
        date("Ledger", "2025-03-03", "the bridge reopened to traffic"),
        date("Gazette", "2025-03-03", "traffic returned when the bridge reopened"),
    ]
    vectors = Counted({c.gist: unit(1, i) for i, c in enumerate(claims)})
    assert align_dates(claims, vectors) == []
    assert vectors.read == set() and weighed_date_gists(claims) == set()
    claims.append(date("Herald", "2025-03-04", "the bridge reopened after repairs"))
    vectors.update({claims[2].gist: unit(1, 1)})
    assert align_dates(claims, vectors)  # a third outlet's other day: now they are weighed
    assert vectors.read and weighed_date_gists(claims)
