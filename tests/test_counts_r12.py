"""What a count counts, in sentences we write: crews winched, airlifted or taken off by
helicopter were rescued, whatever noun counts them."""

from __future__ import annotations

import pytest

from tests.test_compare import count
from wirecheck.corpus.count_topics import count_topic


@pytest.mark.parametrize(
    ("sentence", "phrase", "counted"),
    [
        ("Eleven crew members were winched to safety before the trawler sank.",
         "Eleven crew members", "crew"),
        ("All 19 crew were airlifted to safety by coastguard helicopters.", "All 19 crew",
         "crew"),
        ("The 21 crew were lifted off by helicopter as the ship listed.", "The 21 crew", "crew"),
    ],
)  # fmt: skip
def test_a_crew_brought_to_safety_is_counted_as_rescued(
    sentence: str, phrase: str, counted: str
) -> None:
    found = count(sentence, phrase, 1, 1, counted)
    assert count_topic(sentence, found, sentence.index(phrase)) == "rescued"


def test_a_crew_only_said_to_be_aboard_is_not_rescued() -> None:
    sentence = "The trawler had 12 crew aboard when she left Skelwick on Sunday."
    found = count(sentence, "12 crew", 12, 12, "crew")
    assert count_topic(sentence, found, sentence.index("12 crew")) == "on board"
