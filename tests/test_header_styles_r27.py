"""Header styles of round 27 of our blind sets: a headline in capitals before a colon is no
dateline (a colon dateline opens a sentence), and a section of two parts whose first is a
country in dotted initials ("Atlantic Wire Service — U.S. / Transportation")."""

from __future__ import annotations

from wirecheck.clean import clean
from wirecheck.header_fields import read_fields
from wirecheck.header_labels import section_label
from wirecheck.readers.base import Draft

_BODY = (
    "LEEDS — A qualifier ranked 70th won the county darts title on Sunday night, beating the "
    "holder 7-3 in front of a full hall.\n\n"
    "The winner, 22, works as an electrician, his club said.\n"
)


def _clean(header: str) -> tuple[object, ...]:
    article = clean(Draft(path="t.txt", body=header + _BODY, format="text"))
    return article.source, article.title, article.dateline, article.published


def test_a_headline_in_capitals_before_a_colon_is_no_dateline() -> None:
    header = (
        "NORTHERN SPORTS POST — DARTS\n\n"
        "STUNNER AT THE HALL: Electrician topples the holder\n\n"
        "Author: Ben Carrow\n"
        "Dec. 14, 2026 11:05 p.m. GMT\n\n"
    )
    source, title, dateline, published = _clean(header)
    assert title == "STUNNER AT THE HALL: Electrician topples the holder"
    assert dateline == "LEEDS"
    assert published is not None and published.startswith("2026-12-14")
    assert source == "Northern Sports Post"


def test_a_colon_dateline_still_opens_a_sentence() -> None:
    article = clean(Draft(path="t.txt", body="NEW DELHI: The city council met on Monday.\n",
                          format="text"))  # fmt: skip
    assert article.dateline == "NEW DELHI"


def test_a_section_after_a_country_in_dotted_initials() -> None:
    assert section_label("U.S. / Transportation") == "Transportation"
    found = read_fields("Atlantic Wire Service — U.S. / Transportation")
    assert found is not None
    assert (found.source, found.section) == ("Atlantic Wire Service", "Transportation")
