"""Header styles of text exports and pages we write ourselves: ordinal days and two-figure
years; a time said first and labelled "Originally published"; an update as a relative age, in
brackets inside a longer line, after a dash or a full stop, or as a clock in the zone of the
time published; a short label in sentence case beside a time; a time line ending in "p.m.";
"Title:" before the headline; a byline of an outlet's initials and "staff"; an outlet's name
known only by its place over a section label and the title; a kicker in capitals before "|";
section labels in capitals; a wire named as the author under another outlet's masthead; and
pages whose masthead is an `<h2>` in the `<title>`, whose `<title>` ends in a section, whose
fields sit in spans, under a `<br>` or in one long date element, whose section is in a
breadcrumb, a "Filed under" field or a line beside the outlet's name above the headline, and
whose `<title>` words the headline otherwise than its `<h1>`."""

from __future__ import annotations

import pytest

from wirecheck.clean import clean
from wirecheck.header_times import parse_time
from wirecheck.readers.base import Draft
from wirecheck.readers.html import read_html_text

TITLE = "Landslide cuts off Brackwater valley villages after week of rain"
BODY = (
    "BRACKWATER — A landslide blocked the only road into the upper valley on Monday, police said."
)
MORE = "About 600 people in four villages were cut off, and crews expected to clear it by Friday."
PROSE = f"<p>{BODY}</p>\n<p>{MORE}</p>"


def _clean(header: str):
    return clean(Draft(path="t.txt", body=f"{header}\n\n{BODY}\n\n{MORE}\n", format="text"))


def _page(head: str, body: str):
    page = f"<html><head>{head}</head><body>{body}\n{PROSE}</body></html>"
    return clean(read_html_text(page, "slide.html"))


# --- times -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("3rd March 2028, 6:15pm GMT", "2028-03-03T18:15Z"),
        ("Sunday 21st May 2028 09:40 BST", "2028-05-21T09:40+01:00"),
        ("March 3rd, 2028 6:15 p.m. EST", "2028-03-03T18:15-05:00"),
    ],
)
def test_a_day_written_as_an_ordinal(written: str, read: str) -> None:
    assert parse_time(written) == read


def test_a_dotted_date_with_a_two_figure_year_beside_its_clock() -> None:
    article = _clean(f"{TITLE}\nAuthor: Ines Marlow | 14.09.27 | 08:20")
    assert (article.byline, article.published) == (["Ines Marlow"], "2027-09-14T08:20")
    assert parse_time("Version 1.2.33") is None  # a two-figure year needs two-figure parts


def test_originally_published_with_the_clock_before_the_date() -> None:
    line = "Originally published 6:05 PM EST Feb 3, 2028 | Updated 9:40 PM EST Feb 3, 2028"
    article = _clean(f"{TITLE}\nBy Ines Marlow\n{line}")
    assert article.published == "2028-02-03T18:05-05:00"
    assert article.updated == "2028-02-03T21:40-05:00"


def test_an_update_given_as_an_age_leaves_the_time_published_readable() -> None:
    article = _clean(f"{TITLE}\nFeb 3, 2028 / 4:10 PM EST / Updated an hour ago")
    assert (article.published, article.updated) == ("2028-02-03T16:10-05:00", None)
    assert article.text.startswith("A landslide")


def test_an_update_in_brackets_inside_a_line_of_fields() -> None:
    article = _clean(f"{TITLE}\nFellside Press Agency — Europe — 9 May 2028 07:50 (updated 11:05)")
    assert (article.source, article.section) == ("Fellside Press Agency", "Europe")
    assert (article.published, article.updated) == ("2028-05-09T07:50", "2028-05-09T11:05")


@pytest.mark.parametrize(
    "line",
    [
        "Posted 9 May 2028, 7:50am BST - updated 9 May 2028, 11:05am BST",
        "First published Tuesday 9 May 2028 at 7.50 am. Updated Tuesday 9 May 2028 at 11.05 am BST",
    ],
)
def test_an_update_after_a_dash_or_a_full_stop(line: str) -> None:
    article = _clean(f"{TITLE}\nBy Ines Marlow\n{line}")
    assert article.published is not None and article.published.startswith("2028-05-09T07:50")
    assert article.updated == "2028-05-09T11:05+01:00"


def test_an_update_given_as_a_clock_is_in_the_zone_of_the_time_published() -> None:
    article = _clean(f"{TITLE}\nBy Ines Marlow\nTuesday 9 May 2028 7:50am BST | Updated 11:05am")
    assert (article.published, article.updated) == (
        "2028-05-09T07:50+01:00",
        "2028-05-09T11:05+01:00",
    )


def test_a_label_in_sentence_case_beside_a_time_is_the_section() -> None:
    article = _clean(f"{TITLE}\nAuthor: Ines Marlow\nRegional news | Tue 9 May 2028 07.50 BST")
    assert (article.section, article.published) == ("Regional news", "2028-05-09T07:50+01:00")


def test_a_time_line_ending_in_pm_is_no_sentence() -> None:
    article = _clean(f"{TITLE}\nWritten by Ines Marlow\nTuesday, May 9, 2028 - 7:50 p.m.")
    assert (article.published, article.dateline) == ("2028-05-09T19:50", "BRACKWATER")
    assert article.text.startswith("A landslide")


# --- titles, outlets, bylines ------------------------------------------------------------------


def test_a_title_under_its_label() -> None:
    article = _clean(f"FELLSIDE GAZETTE\nTitle: {TITLE}\nAuthor: Ines Marlow")
    assert (article.source, article.title) == ("Fellside Gazette", TITLE)


def test_a_byline_of_an_outlets_initials_and_staff_names_nobody_and_is_no_title() -> None:
    article = _clean(
        f"FELLSIDE GAZETTE\nREGIONAL | 9 May 2028 07:50 BST\n{TITLE}\nAuthor: FG staff"
    )
    assert (article.title, article.byline) == (TITLE, [])
    assert "FG staff" not in article.text


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [
        ("The Brackwater Lantern", "The Brackwater Lantern"),
        ("NORTH UPLAND FARMING REPORT", "North Upland Farming Report"),
        ("Valle Sport — English Edition", "Valle Sport"),
    ],
)
def test_a_name_over_a_section_label_over_the_title_is_the_outlet(
    masthead: str, outlet: str
) -> None:
    article = _clean(f"{masthead}\nRural Affairs\n{TITLE}\nAuthor: Ines Marlow")
    assert (article.source, article.section, article.title) == (outlet, "Rural Affairs", TITLE)
    assert article.dateline == "BRACKWATER"


def test_a_kicker_in_capitals_before_a_bar_is_no_part_of_the_section() -> None:
    article = _clean(f"FELLSIDE GAZETTE\nEU | Transport\n\n{TITLE}\nBy Ines Marlow")
    assert article.section == "Transport"


def test_a_section_label_in_capitals_is_written_in_title_case() -> None:
    def section(label: str) -> str | None:
        line = f"{label} | Tue 9 May 2028 07:50 BST"
        return _clean(f"FELLSIDE GAZETTE\n{line}\n{TITLE}\nBy Ines Marlow").section

    assert section("ENVIRONMENT") == "Environment"
    assert section("UK WEATHER") == "UK Weather"  # an abbreviation stays in capitals
    initials = _clean(f"Fellside Gazette\nU.S. NEWS\n{TITLE}\nBy Ines Marlow")
    assert initials.section == "U.S. NEWS"  # initials: as printed


def test_a_wire_named_as_the_author_under_another_outlets_masthead_is_the_agency() -> None:
    article = _clean(f"FELLSIDE GAZETTE\nWorld News\n\n{TITLE}\nAuthor: Northmoor Press Service")
    assert (article.source, article.agency) == ("Fellside Gazette", "Northmoor Press Service")


# --- pages -------------------------------------------------------------------------------------


def test_an_h2_masthead_in_the_title_is_not_the_headline() -> None:
    head = "<title>Fellside Gazette | LANDSLIDE CUTS OFF VILLAGES</title>"
    body = (
        '<div class="top"><h2>FELLSIDE GAZETTE</h2></div>'
        "<h1>Landslide cuts off villages: Brackwater valley waits for the diggers</h1>"
    )
    article = _page(head, body)
    assert article.title == "Landslide cuts off villages: Brackwater valley waits for the diggers"
    assert article.source == "Fellside Gazette"


def test_a_title_ending_in_a_section_label_does_not_name_the_outlet() -> None:
    head = "<title>Fellside Gazette - Local News</title>"
    body = f'<div class="masthead">Fellside Gazette</div><h2>{TITLE}</h2>'
    assert _page(head, body).source == "Fellside Gazette"


def test_fields_in_spans_side_by_side() -> None:
    head = f"<title>{TITLE} - Fellside Gazette</title>"
    meta = (
        '<div class="meta"><span>Author: Ines Marlow</span>'
        " <span>Tue 9 May 2028 &middot; 11.05 ET</span></div>"
    )
    article = _page(head, f"<h1>{TITLE}</h1>{meta}")
    assert (article.byline, article.published) == (["Ines Marlow"], "2028-05-09T11:05-04:00")


def test_a_byline_over_its_time_under_a_line_break() -> None:
    head = f"<title>{TITLE} | Fellside Gazette</title>"
    by = '<div class="by">By Ines Marlow<br><span class="ts">May 9, 2028 7:50 a.m.</span></div>'
    assert _page(head, f"<h1>{TITLE}</h1>{by}").byline == ["Ines Marlow"]


def test_a_section_filed_under_among_the_packed_fields() -> None:
    info = (
        '<p class="postinfo">By Ines Marlow | Posted: 9th May 2028, 7:50pm BST'
        " | Filed under: Valley news</p>"
    )
    article = _page(f"<title>{TITLE} | Fellside Gazette</title>", f"<h1>{TITLE}</h1>{info}")
    assert (article.byline, article.section) == (["Ines Marlow"], "Valley news")
    assert article.published == "2028-05-09T19:50+01:00"


def test_a_breadcrumb_gives_the_section_and_a_menu_does_not() -> None:
    menu = '<div class="sections"><a href="/a">Sport</a> <a href="/b">Valleys</a></div>'
    crumbs = '<div class="breadcrumb">News &gt; Valleys</div>'
    head = f"<title>{TITLE}</title>"
    assert _page(head, f"{crumbs}<h1>{TITLE}</h1>").section == "Valleys"
    assert _page(head, f"{menu}<h1>{TITLE}</h1>").section is None


def test_a_date_element_with_the_time_published_and_its_update() -> None:
    when = (
        '<div class="date">First published Tuesday 9 May 2028 at 7.50 am. Updated Wednesday'
        " 10 May 2028 at 10.15 am</div>"
    )
    article = _page(f"<title>{TITLE}</title>", f"<h1>{TITLE}</h1>{when}")
    assert (article.published, article.updated) == ("2028-05-09T07:50", "2028-05-10T10:15")


def test_an_outlet_and_its_section_on_a_line_above_the_headline() -> None:
    top = '<div class="top">FELLSIDE GAZETTE — Valleys</div><nav>Home | Sport | Weather</nav>'
    article = _page("", f"{top}<h1>{TITLE}</h1>")
    assert (article.source, article.section) == ("Fellside Gazette", "Valleys")


def test_the_h1_is_the_headline_where_the_title_words_it_otherwise_beside_the_masthead() -> None:
    head = "<title>Valley villages cut off by slip - Fellside Gazette</title>"
    body = f'<div class="masthead">Fellside Gazette</div><h1>{TITLE}</h1>'
    assert _page(head, body).title == TITLE
