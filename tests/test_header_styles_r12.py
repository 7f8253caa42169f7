"""Header styles of text exports and pages we write ourselves: a filing time and its update
parted by a semicolon, an update after a comma, zones of South-East Asia and offsets in
brackets, a time's label left alone where a page's <time> was taken out, a section label or a
standfirst above the dateline, an outlet's name in capitals with its motto, a motto on its
own line, a short section under the masthead, a print edition's place and date, and a section
between the title and the byline."""

from __future__ import annotations

import pytest

from wirecheck.clean import clean
from wirecheck.header_times import parse_time
from wirecheck.readers.base import Draft
from wirecheck.readers.html import read_html_text

TITLE = "Harbour pilots walk out over night-shift rota"
LEAD = (
    "PORT KELSO, May 20 (Tasman Wire) - Harbour pilots in Port Kelso stopped work on Wednesday "
    "over a new night-shift rota, leaving six cargo ships at anchor outside the breakwater."
)
MORE = "The port authority said talks would resume on Friday."


def _clean(header: str, lead: str = LEAD):
    return clean(Draft(path="t.txt", body=f"{header}\n\n{lead}\n\n{MORE}\n", format="text"))


def test_a_filing_time_and_its_update_parted_by_a_semicolon() -> None:
    article = _clean(
        f"TASMAN WIRE\nPorts\n\n{TITLE}\n\nBy Ana Ruiz\n"
        "Filed 20 May 2027 09:42 UTC; updated 20 May 2027 13:10 UTC"
    )
    assert (article.published, article.updated) == ("2027-05-20T09:42Z", "2027-05-20T13:10Z")
    assert article.dateline == "PORT KELSO" and article.text.startswith("Harbour pilots")


def test_an_update_as_a_clock_time_after_a_comma_is_read_with_the_posted_time() -> None:
    posted = "Posted Wed 20 May 2027 at 6:40am GMT, updated 1:15pm GMT"
    article = _clean(f"{TITLE}\nBy Ana Ruiz\n{posted}")
    assert (article.published, article.updated) == ("2027-05-20T06:40Z", "2027-05-20T13:15Z")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thursday, 20 May 2027 · 7:30 AM MYT", "2027-05-20T07:30+08:00"),
        ("20 May 2027 18:05 PHT", "2027-05-20T18:05+08:00"),
        ("20/05/2027 10:15 (+08:00)", "2027-05-20T10:15+08:00"),
        ("2027-05-20 10:15 (GMT)", "2027-05-20T10:15Z"),
    ],
)
def test_zones_of_south_east_asia_and_offsets_in_brackets(text: str, expected: str) -> None:
    assert parse_time(text) == expected


def test_a_section_label_of_two_parts_above_the_dateline_leaves_the_body() -> None:
    article = _clean(f"{TITLE}\nBy Ana Ruiz\n20 May 2027 09:42 UTC\nWorld | Pacific")
    assert article.dateline == "PORT KELSO" and article.text.startswith("Harbour pilots")
    assert article.section == "World | Pacific"


def test_a_standfirst_above_the_dateline_stays_body_and_the_dateline_is_read() -> None:
    standfirst = "Six cargo ships wait at anchor as the dispute over night shifts deepens"
    article = _clean(f"{TITLE}\nBy Ana Ruiz\n20 May 2027 09:42 UTC\n\n{standfirst}")
    assert article.dateline == "PORT KELSO"
    assert article.text.startswith(standfirst) and "\n\nHarbour pilots" in article.text


def test_a_pages_published_label_left_without_its_time_is_no_body() -> None:
    page = (
        "<html><body><article><p>Ports</p><h1>Harbour pilots walk out</h1>"
        '<p>By Ana Ruiz</p><p>Published <time datetime="2027-05-20T09:42:00Z">20 May</time></p>'
        f"<p>{LEAD}</p><p>{MORE}</p></article></body></html>"
    )
    article = clean(read_html_text(page, "p.html"))
    assert article.dateline == "PORT KELSO" and article.text.startswith("Harbour pilots")


@pytest.mark.parametrize(
    ("masthead", "source"),
    [
        ("TASMAN BRIEF · The Pacific in brief", "Tasman Brief"),
        ("HARBOUR DISPATCH - Maritime news and analysis", "Harbour Dispatch"),
    ],
)
def test_an_outlets_name_in_capitals_with_its_motto(masthead: str, source: str) -> None:
    article = _clean(f"{masthead}\nPorts & Shipping\n20 May 2027 09:42 UTC\n\n{TITLE}")
    assert (article.source, article.section, article.title) == (source, "Ports & Shipping", TITLE)
    assert article.text.startswith("Harbour pilots")


def test_a_motto_on_its_own_line_under_the_masthead() -> None:
    article = _clean(
        f"THE KELSO BEACON\nThe harbour's news since 1911\nNEWS\n\n{TITLE}\n\n"
        "Written by Ana Ruiz\nPublished: 20.05.2027 at 18:05"
    )
    assert (article.source, article.section, article.title) == ("The Kelso Beacon", "News", TITLE)
    assert article.text.startswith("Harbour pilots")


def test_a_section_label_under_the_masthead_is_not_kept_as_a_motto() -> None:
    article = _clean(f"KELSO WEEKLY\nHarbour news\n{TITLE}\nWritten by Ana Ruiz")
    assert (article.source, article.section, article.title) == (
        "Kelso Weekly", "Harbour news", TITLE,
    )  # fmt: skip


def test_a_print_editions_place_and_date_under_the_masthead() -> None:
    article = _clean(
        f"THE KELSO COURIER\nPORT KELSO, WEDNESDAY, MAY 20, 2027\nBusiness\n\n{TITLE}\nBy Ana Ruiz",
        lead="PORT KELSO: Harbour pilots stopped work on Wednesday over a new rota.",
    )
    assert article.source == "The Kelso Courier" and article.published == "2027-05-20"
    assert article.dateline == "PORT KELSO" and article.text.startswith("Harbour pilots")


def test_a_section_between_the_title_and_the_byline() -> None:
    article = _clean(f"Kelso Herald\n{TITLE}\nBusiness / Ports\nAuthor: Ana Ruiz\n20 May 2027")
    assert (article.source, article.title, article.section) == (
        "Kelso Herald", TITLE, "Business / Ports",
    )  # fmt: skip
    assert article.byline == ["Ana Ruiz"] and article.dateline == "PORT KELSO"


def test_a_short_name_over_a_section_field_is_the_outlet() -> None:
    article = _clean(f"Kelso Signal\nSection: Ports / Business\n\n{TITLE}\n\nAuthor: Ana Ruiz")
    assert (article.source, article.section, article.title) == (
        "Kelso Signal", "Ports / Business", TITLE,
    )  # fmt: skip
    assert article.byline == ["Ana Ruiz"] and article.dateline == "PORT KELSO"


def test_a_trail_of_sections_in_capitals_over_the_outlets_name() -> None:
    article = _clean(f"WORLD NEWS | PORTS\nKelso Daily\n\n{TITLE}\n\nAuthor: Ana Ruiz")
    assert (article.source, article.section, article.title) == (
        "Kelso Daily", "World News | Ports", TITLE,
    )  # fmt: skip
