"""Header styles of round 27 of our blind sets: a headline in capitals before a colon is no
dateline (a colon dateline opens a sentence); a section of two parts whose first is a country
in dotted initials ("Atlantic Wire Service — U.S. / Transportation"); an aggregator's line
("By Outlet (Section) | Created at ...") above the title; a labelled time with its update in
brackets ("Posted 03/12/2026 07:50 (updated 03/12/2026 10:20)")."""

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


def test_an_aggregator_line_above_the_title() -> None:
    header = (
        "By Harbour Wire (Sport) | Created at 2026-12-14 23:10:00 | Updated at 2026-12-15 "
        "08:30:00\n\n"
        "Electrician wins county darts title\n\n"
    )
    article = clean(Draft(path="t.txt", body=header + _BODY, format="text"))
    assert (article.source, article.section, article.byline) == ("Harbour Wire", "Sport", [])
    assert article.title == "Electrician wins county darts title"
    assert (article.published, article.updated) == ("2026-12-14T23:10:00", "2026-12-15T08:30:00")


def test_a_labelled_time_with_its_update_in_brackets() -> None:
    header = (
        "The Dart Board Review\n"
        "Section: County Darts\n"
        "Posted 14/12/2026 23:20 (updated 15/12/2026 09:05)\n\n"
        "Electrician wins county darts title\n\n"
    )
    article = clean(Draft(path="t.txt", body=header + _BODY, format="text"))
    assert (article.published, article.updated) == ("2026-12-14T23:20", "2026-12-15T09:05")


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
