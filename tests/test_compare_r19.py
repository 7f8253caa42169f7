"""Rules of the session of 2026-12-07 (second): a reopening told in reported speech is the
story's own follow-up, not one outlet's announcement."""

from __future__ import annotations

import pytest

from wirecheck.corpus.claims import Claim
from wirecheck.corpus.unique_speech import announced_decision


def _reported(words: str) -> Claim:
    return Claim("a", "Valley Courier", "quote", "quote speaker", "quote", "The operator", 0,
                 len(words), words, speaker="The operator", reported=True)  # fmt: skip


@pytest.mark.parametrize(
    "words",
    [
        "it would reopen the cable car on Jan. 23 once checks on the drive were complete",
        "the zoo will reopen to visitors on Thursday once every fence has been walked",
        "the tower will reopen on Monday once every lift has been checked by engineers",
    ],
)
def test_a_reopening_is_no_announcement(words: str) -> None:
    assert announced_decision(_reported(words)) is False


@pytest.mark.parametrize(
    "words",
    [
        # the decisions that stay announcements, beside a reopening in the same words
        "the council would close the market on Wednesday for a deep clean",
        "the company would pay for hotel rooms for every displaced family",
        "the region would review emergency procedures at all of its ski areas",
    ],
)
def test_a_closure_payment_or_review_is_still_an_announcement(words: str) -> None:
    assert announced_decision(_reported(words)) is True
