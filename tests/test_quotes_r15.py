"""Quote rules taught by the fifteenth round of blind sets, on sentences we write ourselves
(helpers in test_quotes): a quote a colon introduces keeps that speaker even when the next
sentence holds a verb of speech."""

from __future__ import annotations

import pytest

from tests.test_quotes import assert_quotes

LINDQVIST = {"Lindqvist": ("PERSON", ["Anders Lindqvist", "Lindqvist"], "chief executive")}


@pytest.mark.slow
def test_a_quote_after_a_colon_is_not_the_next_sentences() -> None:
    text = (
        'Chief executive Anders Lindqvist said in a video message on Monday: "We have more than '
        'enough cash to meet every withdrawal." His message did little to reassure investors.'
    )
    words = "We have more than enough cash to meet every withdrawal."
    assert_quotes(
        text,
        LINDQVIST,
        [("direct", words, "Chief executive Anders Lindqvist", "Lindqvist", "said")],
    )
