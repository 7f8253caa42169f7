"""What a count counts, in sentences we write: one group under the nouns outlets use for it
(seafarers and crew, roadblocks and road blockades, inmates and prisoners, travellers and
passengers, aircraft and planes), suspects held in raids as arrests, and flights scrapped as
cancelled."""

from __future__ import annotations

import pytest

from tests.test_compare import count
from wirecheck.corpus.count_topics import count_topic


def _topic(sentence: str, phrase: str, figure: float, counted: str) -> str | None:
    found = count(sentence, phrase, figure, figure, counted)
    return count_topic(sentence, found, sentence.index(phrase))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (("The bulk carrier had 21 crew aboard when it was boarded.", "21 crew", 21, "crew"),
         ("Its 21 seafarers include 13 Filipino nationals.", "21 seafarers", 21, "seafarer")),
        (("Protesters kept up some 60 blockades across the north.", "some 60 blockades", 60,
          "blockade"),
         ("Truckers manned about 60 roadblocks in four provinces.", "about 60 roadblocks", 60,
          "roadblock")),
        (("About 80 prisoners barricaded themselves in the gym.", "About 80 prisoners", 80,
          "prisoner"),
         ("About 80 inmates barricaded themselves in the gym.", "About 80 inmates", 80,
          "inmate")),
        (("About 60,000 passengers had been booked on the flights.", "About 60,000 passengers",
          60000, "passenger"),
         ("Some 60,000 travellers had been booked on the flights.", "Some 60,000 travellers",
          60000, "traveller")),
        (("A fleet of 60 chartered planes would fly them home.", "60 chartered planes", 60,
          "plane"),
         ("The firm said it had chartered 60 aircraft to fly them home.", "60 aircraft", 60,
          "aircraft")),
    ],
)  # fmt: skip
def test_one_group_under_two_nouns_is_one_slot(
    one: tuple[str, str, float, str], other: tuple[str, str, float, str]
) -> None:
    assert _topic(*one) == _topic(*other) is not None


def test_suspects_held_in_raids_are_arrests() -> None:
    sentence = "He was among at least 11 suspects held in raids on farms near the town."
    assert _topic(sentence, "at least 11 suspects", 11, "suspect") == "arrests"


def test_flights_scrapped_are_cancelled() -> None:
    sentence = "The strike forced the carrier to scrap nearly 300 flights on Tuesday."
    assert _topic(sentence, "nearly 300 flights", 300, "flight") == "cancelled"


def test_a_motorist_killed_is_still_counted_under_its_own_noun() -> None:
    # one victim among a toll is compared as that victim, not with "two people were killed"
    sentence = "A motorist was killed when a tree fell on his car near the coast."
    assert _topic(sentence, "A motorist", 1, "motorist") != "casualties"
