"""Text exports that print the outlet's header lines first and the headline under them, and
header lines of fields too long to pass for a label: header styles we write ourselves."""

from __future__ import annotations

import pytest

from wirecheck.clean import clean
from wirecheck.readers.base import Draft

TITLE = "Ferry operator cuts winter crossings to the islands"
LEAD = "The island ferry will sail twice a week instead of daily from November, its operator said."


def _clean(body: str):
    return clean(Draft(path="t.txt", body=body, format="text"))


@pytest.mark.parametrize(
    ("header", "source", "byline", "published"),
    [
        pytest.param(
            "Orkney Gazette — Islands\nAuthor: Ines Varga\nPosted 09/03/2027 07:30\n\n",
            "Orkney Gazette",
            ["Ines Varga"],
            "2027-03-09T07:30",
            id="outlet-author-posted-then-title",
        ),
        pytest.param(
            "THE FIRTH LEDGER · Transport\nBy Ola Berg\nMarch 9, 2027 — 7:15 PM GMT\n\n",
            "The Firth Ledger",
            ["Ola Berg"],
            "2027-03-09T19:15Z",
            id="masthead-byline-clock-then-title",
        ),
    ],
)
def test_a_headline_under_the_header_lines_is_the_title(
    header: str, source: str, byline: list[str], published: str
) -> None:
    article = _clean(f"{header}{TITLE}\n\nKIRKWALL — {LEAD}\n")
    assert (article.source, article.byline, article.published) == (source, byline, published)
    assert (article.title, article.dateline) == (TITLE, "KIRKWALL")
    assert article.text == LEAD


def test_a_byline_may_follow_the_headline_under_the_header_lines() -> None:
    article = _clean(
        f"Orkney Gazette | Transport\nTue 09 Mar 2027 16:55\n\n{TITLE}\n"
        f"Written by Ines Varga\n\nKIRKWALL — {LEAD}\n"
    )
    assert (article.title, article.byline, article.dateline) == (TITLE, ["Ines Varga"], "KIRKWALL")


def test_a_kicker_under_the_header_lines_is_no_title() -> None:
    article = _clean(
        f"Orkney Gazette | Transport\nTue 09 Mar 2027 16:55\n\nIslands\n\nKIRKWALL — {LEAD}\n"
    )
    assert article.title is None
    assert article.dateline == "KIRKWALL"


def test_a_short_line_after_the_body_has_begun_is_no_title() -> None:
    article = _clean(
        f"Orkney Gazette | Transport\nTue 09 Mar 2027 16:55\n\nKIRKWALL — {LEAD}\n\n"
        "Crossings cut from November\n\nThe operator blamed fuel costs.\n"
    )
    assert article.title is None
    assert article.text.startswith(LEAD)


@pytest.mark.parametrize(
    "fields",
    [
        "Orkney Wire Service | World | 9 Mar 2027 14:20 GMT | Updated 9 Mar 2027 17:05 GMT",
        "Transport | Published March 9, 2027 at 6:12 a.m. GMT | Updated March 9, 2027 at 11:30 "
        "a.m. GMT",
    ],
    ids=["outlet-section-published-updated", "section-labelled-published-and-updated"],
)
def test_a_long_line_of_fields_is_read_not_kept_as_body(fields: str) -> None:
    article = _clean(f"{TITLE}\n{fields}\n\nKIRKWALL — {LEAD}\n")
    assert article.published is not None and article.published.startswith("2027-03-09T")
    assert article.updated is not None and article.updated.startswith("2027-03-09T")
    assert article.text == LEAD
    assert article.title == TITLE


@pytest.mark.parametrize(
    ("header", "source", "section"),
    [
        pytest.param(
            "THE FIRTH LEDGER\nTransport · Kirkwall\n\n", "The Firth Ledger", None, id="dot-label"
        ),
        pytest.param(
            "ORKNEY GAZETTE\nSport - Sailing\nAuthor: Ines Varga\n\n",
            "Orkney Gazette",
            "Sport - Sailing",
            id="dash-label-over-byline",
        ),
        pytest.param(
            "Firth Ledger > Business > Transport\n\n", "Firth Ledger", "Business", id="breadcrumb"
        ),
    ],
)
def test_a_section_label_under_or_after_the_outlet_is_no_title(
    header: str, source: str, section: str | None
) -> None:
    article = _clean(f"{header}{TITLE}\n\nKIRKWALL — {LEAD}\n")
    assert (article.source, article.title) == (source, TITLE)
    if section:
        assert article.section == section


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        ("Posted 09/03/2027 - 22h15", "2027-03-09T22:15", None),
        (
            "Published 03/14/2027 5:45 PM | Last modified 03/14/2027 7:10 PM",
            "2027-03-14T17:45",
            "2027-03-14T19:10",
        ),
    ],
    ids=["hour-written-with-h", "last-modified-label"],
)
def test_more_ways_of_writing_the_times(line: str, published: str, updated: str | None) -> None:
    article = _clean(f"{TITLE}\nBy Ines Varga\n{line}\n\nKIRKWALL — {LEAD}\n")
    assert (article.published, article.updated) == (published, updated)
