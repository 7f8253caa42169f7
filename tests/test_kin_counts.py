"""An outlet counting the same group under another word joins the count finding it lacks
(`kin_counts`), with claims and sentence vectors we make up here."""

from __future__ import annotations

import numpy as np

from wirecheck.corpus.claims import Claim
from wirecheck.corpus.kin_counts import join_kin_counts
from wirecheck.corpus.pairs import Pair

NEAR = np.array([1.0, 0.0], dtype=np.float32)  # sentences about the olympiad's entrants
FAR = np.array([0.0, 1.0], dtype=np.float32)  # a sentence about something else


def count(outlet: str, slot: str, value: str, low: float, high: float | None, text: str) -> Claim:
    counted = None if slot[:3].isupper() else slot
    return Claim(f"a:{outlet}", outlet, "count", slot, slot, value, 0, len(text), text,
                 low=low, high=high, counted=counted)  # fmt: skip


HERALD = count("Herald", "student", "more than 600 students", 601, None,
               "More than 600 students from 100 countries sat the papers.")  # fmt: skip
STAR = count("Star", "student", "540 students", 540, 540,
             "The competition drew 540 students this year.")  # fmt: skip
POST = count("Post", "contestant", "about 620 contestants", 558, 682,
             "About 620 contestants took part this year.")  # fmt: skip


def outlets(pair: Pair) -> list[str]:
    return sorted(c.outlet for c in pair.claims)


def test_a_third_outlet_counting_the_same_people_under_another_noun_joins_the_conflict() -> None:
    pair = Pair("conflict", "student", "student: ...", [HERALD, STAR])
    vectors = {c.gist: NEAR for c in (HERALD, STAR, POST)}
    (joined,) = join_kin_counts([pair], [HERALD, STAR, POST], vectors)
    assert outlets(joined) == ["Herald", "Post", "Star"]
    assert joined.summary == (
        "student: Herald and Post say more than 600 students / about 620 contestants; "
        "Star says 540 students."
    )


def test_it_joins_an_agreement_only_when_it_agrees_with_every_figure() -> None:
    ledger = count("Ledger", "student", "about 610 students", 580, 640,
                   "Some 610 students competed.")  # fmt: skip
    agreed = Pair("agree", "student", "Herald and Ledger agree ...", [HERALD, ledger])
    vectors = {c.gist: NEAR for c in (HERALD, ledger, POST, STAR)}
    (joined,) = join_kin_counts([agreed], [HERALD, ledger, POST], vectors)
    assert joined.kind == "agree" and outlets(joined) == ["Herald", "Ledger", "Post"]
    assert joined.summary.startswith("Herald, Ledger and Post agree on student:")
    low = count("Post", "contestant", "500 contestants", 500, 500, "Some 500 contestants came.")
    vectors[low.gist] = NEAR
    assert join_kin_counts([agreed], [HERALD, ledger, low], vectors) == [agreed]


def test_no_join_for_an_outlet_with_its_own_figure_a_far_sentence_or_two_candidates() -> None:
    pair = Pair("conflict", "student", "student: ...", [HERALD, STAR])
    own = count("Post", "student", "650 students", 650, 650, "Some 650 students came.")
    vectors = {c.gist: NEAR for c in (HERALD, STAR, POST, own)}
    assert join_kin_counts([pair], [HERALD, STAR, POST, own], vectors) == [pair]
    far = {**vectors, POST.gist: FAR}
    assert join_kin_counts([pair], [HERALD, STAR, POST], far) == [pair]
    second = count("Post", "visitor", "about 700 visitors", 630, 770,
                   "About 700 visitors watched the closing ceremony.")  # fmt: skip
    vectors[second.gist] = NEAR
    assert join_kin_counts([pair], [HERALD, STAR, POST, second], vectors) == [pair]


def test_things_qualified_slots_and_other_scales_stay_apart() -> None:
    pair = Pair("conflict", "student", "student: ...", [HERALD, STAR])
    papers = count("Post", "paper", "600 papers", 600, 600, "About 600 papers were marked.")
    kept = count("Post", "student (in residence)", "620 students", 620, 620,
                 "About 620 students stayed in the halls.")  # fmt: skip
    kept.counted = "student"  # the very noun, in a slot its qualifier sets apart
    crowd = count("Post", "people", "about 6,000 people", 5400, 6600,
                  "About 6,000 people watched the olympiad.")  # fmt: skip
    for other in (papers, kept, crowd):
        vectors = {c.gist: NEAR for c in (HERALD, STAR, other)}
        assert join_kin_counts([pair], [HERALD, STAR, other], vectors) == [pair]


def test_a_sum_and_a_price_in_one_currency_are_kin() -> None:
    fee = count("Herald", "EUR", "€75", 75, 75, "Annual membership costs €75.")
    other = count("Star", "EUR", "€60", 60, 60, "A year's membership is €60.")
    price = count("Post", "EUR price", "€60", 60, 60, "Membership is priced at €60 a year.")
    pair = Pair("conflict", "EUR", "EUR: ...", [fee, other])
    vectors = {c.gist: NEAR for c in (fee, other, price)}
    (joined,) = join_kin_counts([pair], [fee, other, price], vectors)
    assert joined.summary == "EUR: Herald says €75; Post and Star say €60."
