"""Rules taught by the twenty-seventh round of blind sets, with sentences we write ourselves: a
cue after a sum names it only up to the next predicate, the next sum or the main clause after
the relative clause the sum is told in; an audience is the occasion's crowd; staff a project
will take on are the jobs it creates; a match result reads from "beating" and "hammering" too;
those who spent the night in a shelter are counted apart from the evacuated only by an outlet
that gives both; people moved to higher ground are evacuated, a crew brought ashore rescued; "a
rainbow sheen roughly 2 km long" is as plain a length as "a sheen about two kilometres long"
(but "The bridge is two kilometres long" is a length); the day a patient was in critical
condition or recovering dates that state, not the crash; the area each outlet leads with is one
area, however the sentences read."""

from __future__ import annotations

import pytest

from tests.test_compare_r26 import _slot, _topic
from wirecheck.corpus.align import LEAD_SIMILARITY, _noun_floor
from wirecheck.corpus.claims import Claim
from wirecheck.corpus.date_align import _ongoing
from wirecheck.corpus.measure_slots import measure_slot
from wirecheck.corpus.still_counts import still_counts
from wirecheck.corpus.tallies import tally_claims
from wirecheck.model import Article, Quantity


@pytest.mark.parametrize(
    ("sentence", "phrase", "unit", "slot"),
    [
        # the donations pay for what the restoration cost: the sum is the cost, no pledge
        ("The project to rebuild the organ cost about £3 million and was paid for entirely by "
         "public donations, the cathedral said.", "about £3 million", "GBP", "GBP"),
        # the grant is the second sum; the first is what the rebuild cost
        ("The rebuild, which cost £3.8m, was paid for partly with a £1.5 million grant from "
         "the county.", "£3.8m", "GBP", "GBP"),
        ("The rebuild, which cost £3.8m, was paid for partly with a £1.5 million grant from "
         "the county.", "£1.5 million", "GBP", "GBP pledged"),
        # a cue before the sum still names it
        ("The new gallery was paid for by a £5 million gift from a local trust.", "£5 million",
         "GBP", "GBP price"),
        ("The council has set aside £2 million and will review it in spring.", "£2 million",
         "GBP", "GBP pledged"),
    ],
)  # fmt: skip
def test_a_cue_after_a_sum_stops_at_the_next_predicate_or_sum(
    sentence: str, phrase: str, unit: str, slot: str
) -> None:
    assert _slot(sentence, phrase, unit) == slot


@pytest.mark.parametrize(
    ("sentence", "phrase", "counted", "topic"),
    [
        # a hall's audience
        ("The quartet played to a capacity audience of 1,100 in the old hall.", "1,100", None,
         "participants"),
        # not a crowd: goods packed abroad
        ("All four are packed overseas and shipped in bulk.", "four", None, None),
        # staff a project will take on are jobs; staff a firm has are its workforce
        ("The firm says it will invest £20 million and employ about 70 people once it is "
         "running.", "about 70 people", "people", "job"),
        ("The smelter would refine 90,000 tonnes of ore a year, according to the plans, and "
         "employ 430 people directly.", "430 people", "people", "job"),
        ("The depot employs about 140 people, most of them drivers.", "about 140 people",
         "people", "workforce"),
        ("The mill continues to employ about 90 people, the owners said.", "about 90 people",
         "people", "workforce"),
        # a night in a shelter, and people moved out of the water's way
        ("Around 150 people spent the night in a rest centre at the school.",
         "Around 150 people", "people", "sheltered"),
        ("Volunteers moved some 1,800 people to higher ground before the tide peaked.",
         "some 1,800 people", "people", "evacuated"),
        ("Six crew members were brought ashore safely after the trawler sank.",
         "Six crew members", "crew", "rescued"),
    ],
)  # fmt: skip
def test_crowds_jobs_and_workforces(
    sentence: str, phrase: str, counted: str | None, topic: str | None
) -> None:
    assert _topic(sentence, phrase, counted) == topic


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tara Quinn won the title on Sunday, beating two-time champion Ola Berg 7-3.", "7–3"),
        ("Quinn is champion after hammering Ola Berg 7-3 in London.", "7–3"),
        ("Norway took the title, defeating Canada 9-6 in an extra end.", "9–6"),
    ],
)
def test_a_match_result_from_the_verb_in_ing(text: str, value: str) -> None:
    found = tally_claims(Article(id="a", path="a.txt", text=text), "Wire")
    assert [(c.topic, c.value) for c in found] == [("score", value)]


def _count(outlet: str, slot: str, value: float) -> Claim:
    text = f"{value:.0f} people."
    return Claim(f"a:{outlet}", outlet, "count", slot, slot, text, 0, len(text), text,
                 low=value, high=value)  # fmt: skip


def test_a_night_in_a_shelter_is_the_evacuation_unless_the_outlet_gives_both() -> None:
    claims = [
        _count("Wire", "evacuated", 1200),
        _count("Wire", "sheltered", 180),
        _count("Post", "sheltered", 2000),
    ]
    slots = [(c.outlet, c.slot) for c in still_counts(claims)]
    assert slots == [("Wire", "evacuated"), ("Wire", "sheltered"), ("Post", "evacuated")]


@pytest.mark.parametrize(
    ("sentence", "phrase", "slot"),
    [
        ("By noon a sheen about three kilometres long had reached the beach.",
         "about three kilometres", "km"),
        ("By noon a rainbow sheen roughly 3 km long had reached the beach.", "roughly 3 km",
         "km"),
        # the length of a thing no noun names stays a length, and so does a length told by a verb
        ("The slick, which stretched for 3 km long in places, was thin.", "3 km", "km length"),
        ("The queue was 3 km long by noon.", "3 km", "km length"),
    ],
)  # fmt: skip
def test_a_thing_s_length_after_its_noun_reads_as_before_it(
    sentence: str, phrase: str, slot: str
) -> None:
    start = sentence.index(phrase)
    figure = Quantity("", "", start, start + len(phrase), phrase, 3.0, 3.0, 3.0, "km", None)
    assert measure_slot(sentence, figure, start) == slot


def _dated(text: str, day: str, words: str) -> Claim:
    at = text.index(words)
    return Claim("a:Post", "Post", "date", "date", "date", words, 0, len(text), text,
                 time=day, lead_in=text[max(0, at - 60) : at], lead=True)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "words", "ongoing"),
    [
        ("A glider pilot was in critical condition on Monday after his crash near the field.",
         "Monday", True),
        ("The instructor was recovering in hospital on Sunday after the accident.", "Sunday",
         True),
        ("Two climbers are in a serious condition on Tuesday, the hospital said.", "Tuesday",
         True),
        # the crash's own day
        ("The glider crashed into a field on Saturday afternoon, police said.", "Saturday",
         False),
    ],
)  # fmt: skip
def test_a_patient_s_condition_dates_a_state(text: str, words: str, ongoing: bool) -> None:
    assert _ongoing(_dated(text, "2026-12-07", words)) is ongoing


def _area(outlet: str, low: float, high: float, rank: int = 0) -> Claim:
    text = f"About {low:g} hectares of glass gave way."
    return Claim(f"a:{outlet}", outlet, "count", "ha", "ha", f"{low:g} hectares", 0, len(text),
                 text, low=low, high=high, rank=rank)  # fmt: skip


def test_the_area_each_outlet_leads_with_is_one_area() -> None:
    assert _noun_floor(_area("Wire", 3, 5), _area("Post", 4.2, 4.2)) < LEAD_SIMILARITY["noun"]
    # two areas apart still need sentences alike, and so does an area further down
    assert _noun_floor(_area("Wire", 3, 5), _area("Post", 6, 6)) == LEAD_SIMILARITY["noun"]
    assert _noun_floor(_area("Wire", 3, 5), _area("Post", 4.2, 4.2, 1)) > LEAD_SIMILARITY["noun"]
