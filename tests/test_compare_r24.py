"""Rules taught by the twenty-fourth round of blind sets, with sentences we write ourselves:
troops are soldiers, and the villages, hamlets and communities an order reaches are counted
as towns; a cue whose subject is nobody ("No one was hurt") counts no figure beside it; and
the seriously hurt are the gravely hurt, as those in a serious condition are."""

from __future__ import annotations

import pytest

from tests.test_compare import count
from tests.test_compare_more import article
from wirecheck.corpus.claims import claims_of
from wirecheck.corpus.count_topics import count_topic


def _count_topic(source: str, text: str, phrase: str, noun: str) -> set[str]:
    value = float(phrase.split()[-1]) if phrase.split()[-1].isdigit() else 3.0
    told = article(source, text, quantities=[count(text, phrase, value, value, noun)])
    return {c.topic for c in claims_of(told, source, {}) if c.kind == "count"}


@pytest.mark.parametrize(
    "told",
    [
        [
            ("Post", "The army said 60 soldiers had been sent to the valley.", "60", "soldier"),
            ("Herald", "About 60 troops filled sandbags along the river.", "60", "troop"),
        ],
        [
            ("Post", "Residents of three towns below the dam were told to leave.", "three",
             "town"),
            ("Herald", "Police cleared four villages below the reservoir.", "four", "village"),
            ("Wire", "The three communities were evacuated overnight.", "three", "community"),
            ("Ledger", "Two hamlets on the valley floor were emptied.", "Two", "hamlet"),
        ],
    ],
)  # fmt: skip
def test_one_thing_counted_under_other_nouns_is_one_count(
    told: list[tuple[str, str, str, str]],
) -> None:
    topics = set()
    for source, text, phrase, noun in told:
        topics |= _count_topic(source, text, phrase, noun)
    assert len(topics) == 1


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        ("No one was hurt: about 300 residents had left their homes on Thursday.", "evacuated"),
        ("Nobody was injured, because all 280 residents had left their homes.", "evacuated"),
        # a figure the cue does count keeps it
        ("About 300 residents were hurt when the roof gave way.", "injured"),
    ],
)
def test_a_cue_whose_subject_is_nobody_counts_no_figure(sentence: str, topic: str) -> None:
    phrase = next(p for p in ("about 300", "all 280", "About 300") if p in sentence)
    figure = count(sentence, f"{phrase} residents", 300, 300, "resident")
    assert count_topic(sentence, figure, figure.start) == topic


@pytest.mark.parametrize(
    "sentence",
    [
        "Two of the injured were seriously hurt, the fire service said.",
        "Two of the injured remain in a serious condition in hospital.",
        "Two passengers were seriously injured when the bus overturned.",
    ],
)
def test_the_seriously_hurt_are_the_gravely_hurt(sentence: str) -> None:
    phrase = "Two passengers" if "passengers" in sentence else "Two"
    figure = count(sentence, phrase, 2, 2, "passenger" if "passengers" in sentence else None)
    assert count_topic(sentence, figure, figure.start) == "intensive care"
