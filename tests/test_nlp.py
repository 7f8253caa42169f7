"""Parsing: what the text given to spaCy looks like."""

from __future__ import annotations

import pytest

from wirecheck.nlp import parse, parse_many


@pytest.mark.slow
def test_a_no_break_space_is_parsed_as_a_space_and_offsets_stay() -> None:
    # HTML pages put &nbsp; after closing quotation marks and in names; the small model
    # makes it a token of its own, which hangs in the parse like a word.
    text = "“We will be back,”\xa0added Marta\xa0Quintela, the captain."
    for doc in (parse(text), next(parse_many([text]))):
        assert not any(token.is_space for token in doc)
        assert [t.idx for t in doc] == [t.idx for t in parse(text.replace("\xa0", " "))]
        assert len(doc.text) == len(text)
