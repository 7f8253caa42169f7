"""What a count counts, in sentences we write: staff who lose their jobs are the jobs cut,
guests led out of a building were evacuated, and strikers taken or moved to hospital are the
hurt, where patients moved to other hospitals are transferred."""

from __future__ import annotations

import pytest

from tests.test_compare import count
from wirecheck.corpus.count_topics import count_topic


@pytest.mark.parametrize(
    ("sentence", "phrase", "counted", "topic"),
    [
        ("Nearly 2,000 workers at the Castlebridge factory will lose their jobs next year.",
         "Nearly 2,000 workers", "worker", "job"),
        ("About 300 staff are to be made redundant when the depot shuts.", "About 300 staff",
         "staff", "job"),
        # workers who keep their jobs are no cut
        ("About 300 staff work at the depot, which opened in 1988.", "About 300 staff", "staff",
         "workforce"),
        ("About 180 guests were led out of the hotel after the alarm sounded.", "About 180 guests",
         "guest", "evacuated"),
        ("Two strikers were taken to hospital last week and remain under observation.",
         "Two strikers", "striker", "injured"),
        # people moved to a hospital who were no patients before are the hurt, not the moved
        ("Four hunger strikers have been moved to a hospital, where they are given fluids.",
         "Four hunger strikers", "striker", "injured"),
        ("About 40 patients were moved to other hospitals when the power failed.",
         "About 40 patients", "patient", "transferred"),
    ],
)  # fmt: skip
def test_what_a_count_counts(sentence: str, phrase: str, counted: str, topic: str) -> None:
    found = count(sentence, phrase, 1, 1, counted)
    assert count_topic(sentence, found, sentence.index(phrase)) == topic
