"""Header styles of round 18 of our blind sets, in articles we write ourselves: a dotted clock
with "am" after a date; a clock whose zone is in brackets; Australian central daylight time;
the outlet's fields parted by long dashes under the title; a section over a byline and two
time lines, with the title after them; a motto ending in the paper's founding year; a wire's
slug over its headline; a print edition's name among the masthead lines; and pages whose
trail of sections is a "crumbs" element starting at "Home", or whose time line keeps its
labels once the page's <time> element is taken out."""

from __future__ import annotations

import pytest

from wirecheck.clean import clean
from wirecheck.cleanrules import BARE_TIME_LABEL
from wirecheck.header_fields import read_fields
from wirecheck.header_masthead import is_motto
from wirecheck.header_times import parse_time
from wirecheck.readers.base import Draft
from wirecheck.readers.html import read_html_text

TITLE = "Ferry services halted as fog blankets the Carrick estuary"
BODY = "PORT ELDER — Fog closed the Carrick estuary to shipping on Friday, the harbour master said."
MORE = "Four ferries stayed in port and about 900 passengers were told to travel by road instead."


def _clean(header: str):
    return clean(Draft(path="t.txt", body=f"{header}\n\n{BODY}\n\n{MORE}\n", format="text"))


def _page(body: str):
    page = f"<html><head></head><body>{body}\n<p>{BODY}</p>\n<p>{MORE}</p></body></html>"
    return clean(read_html_text(page, "fog.html"))


# --- times -----------------------------------------------------------------------------------


def test_a_dotted_clock_with_am_after_the_date_part() -> None:
    found = read_fields("Fri 10 Sep 2027 | 9.05am")
    assert found is not None and found.published == "2027-09-10T09:05"


def test_a_clock_with_its_zone_in_brackets_after_a_dash() -> None:
    found = read_fields("Harbour Ledger | World | Friday, September 10, 2027 - 14:10 (UTC)")
    assert found is not None
    assert (found.source, found.section, found.published) == (
        "Harbour Ledger",
        "World",
        "2027-09-10T14:10Z",
    )


def test_the_fields_line_above_a_byline_is_no_title() -> None:
    fields = "Harbour Ledger | World | Friday, September 10, 2027 - 14:10 (UTC)"
    article = _clean(f"{fields}\nAuthor: Iona Pryce\n\n{TITLE}")
    assert (article.title, article.source, article.section) == (TITLE, "Harbour Ledger", "World")
    assert (article.byline, article.published) == (["Iona Pryce"], "2027-09-10T14:10Z")


def test_australian_central_daylight_time() -> None:
    assert parse_time("Sat 11 Sep 2027 20:55 ACDT") == "2027-09-11T20:55+10:30"


# --- lines of the header ---------------------------------------------------------------------


def test_fields_parted_by_long_dashes_under_the_title() -> None:
    line = "TASMAN WIRE — Asia-Pacific — 10 September 2027 18:40 AEST (updated 21:15 AEST)"
    article = _clean(f"{TITLE}\n{line}")
    assert (article.source, article.section) == ("Tasman Wire", "Asia-Pacific")
    assert (article.published, article.updated) == (
        "2027-09-10T18:40+10:00",
        "2027-09-10T21:15+10:00",
    )
    assert article.dateline == "PORT ELDER" and article.text.startswith("Fog closed")


def test_a_section_over_the_byline_and_times_with_the_title_after_them() -> None:
    header = (
        "HIGHLAND TIMES\nRegional Affairs\nBy Ewan Baird and Nia Rhys\n"
        "First published: Fri 10 Sep 2027 07.50 BST\nLast modified: Fri 10 Sep 2027 10.05 BST"
        f"\n\n{TITLE}"
    )
    article = _clean(header)
    assert (article.title, article.section) == (TITLE, "Regional Affairs")
    assert article.byline == ["Ewan Baird", "Nia Rhys"]
    assert article.text.startswith("Fog closed")


def test_a_motto_ending_in_the_founding_year_is_neither_title_nor_section() -> None:
    header = (
        "THE CARRICK OBSERVER\nServing Carrick and the Upper Glen since 1904\nLocal News\n"
        f"{TITLE}\nAuthor: Iona Pryce\nSept. 10, 2027, 6:00 a.m."
    )
    article = _clean(header)
    assert (article.title, article.section) == (TITLE, "Local News")
    assert is_motto("Established 1868") and not is_motto("Ferries resume after fog lifts")


def test_a_wire_slug_over_the_headline_is_header() -> None:
    article = _clean(f"TASMAN WIRE\nAU-WEATHER-FOG/ (UPDATE 1)\n{TITLE}\n2027-09-10T23:40:00Z")
    assert (article.title, article.source) == (TITLE, "Tasman Wire")
    assert article.dateline == "PORT ELDER" and article.text.startswith("Fog closed")


def test_a_print_editions_name_is_not_the_section() -> None:
    header = (
        "The Carrick Observer\nHIGHLAND EDITION\nFriday, September 10, 2027\nNATIONAL\n\n"
        f"{TITLE}\nWritten by Iona Pryce"
    )
    article = _clean(header)
    assert (article.title, article.section) == (TITLE, "National")


# --- pages -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("trail", "section"),
    [
        ('<a href="/">Home</a> / <a href="/weather">Weather</a>', "Weather"),
        ("Home &gt; Travel", "Travel"),
    ],
)
def test_a_crumbs_element_gives_the_section(trail: str, section: str) -> None:
    article = _page(f'<div class="crumbs">{trail}</div><h1>{TITLE}</h1>')
    assert article.section == section


def test_a_time_line_left_with_its_labels_is_header() -> None:
    stamp = '<time datetime="2027-09-10T11:05:00+01:00">11.05am Sep 10, 2027</time>'
    article = _page(f"<h1>{TITLE}</h1><p class='time'>Updated {stamp}, first published 6.30am</p>")
    assert article.dateline == "PORT ELDER" and article.text.startswith("Fog closed")
    assert BARE_TIME_LABEL.match("Updated , first published 6.30am")
    assert not BARE_TIME_LABEL.match("Updated the timetable on Friday")
