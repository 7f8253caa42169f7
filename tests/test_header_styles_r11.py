"""Header styles of text exports and pages we write ourselves: fields parted by "·" on a long
line, an outlet's staff as the byline, an outlet and its section on one line ("Outlet /
Section", "Outlet, Section", "Outlet — Sport › Rowing", "OUTLET | News > Business"), a radio
station's frequency in its name, a section beside the outlet, an update as a clock time in
brackets or after the published time, a 12-hour clock after an ISO date, and pages without a
`<title>` or whose `<title>` words the headline otherwise."""

from __future__ import annotations

import pytest

from wirecheck.clean import clean
from wirecheck.header_fields import read_fields
from wirecheck.header_times import parse_time
from wirecheck.readers.base import Draft
from wirecheck.readers.html import read_html_text

TITLE = "Ferry operator cuts winter crossings to the islands"
LEAD = (
    "KIRKWALL, March 9 (NPA) - The island ferry will sail twice a week instead of daily from "
    "November, its operator said on Tuesday."
)
MORE = "Residents said the cut would leave them without a doctor on most days."


def _clean(header: str):
    return clean(Draft(path="t.txt", body=f"{header}\n\n{LEAD}\n\n{MORE}\n", format="text"))


def test_a_long_line_of_fields_parted_by_dots_is_read_not_left_in_the_body() -> None:
    article = _clean(
        f"{TITLE}\nNorthern Press Agency · Scotland · 9 Mar 2027 08:10 UTC · Updated 9 Mar 2027 "
        "11:45 UTC"
    )
    assert (article.title, article.source, article.section) == (
        TITLE, "Northern Press Agency", "Scotland",
    )  # fmt: skip
    assert (article.published, article.updated) == ("2027-03-09T08:10Z", "2027-03-09T11:45Z")
    assert article.text.startswith("The island ferry") and article.dateline == "KIRKWALL"


def test_an_outlets_staff_byline_names_the_outlet_not_a_title() -> None:
    article = _clean(f"ISLANDS\n{TITLE}\nBy Orkney Herald staff\n9 Mar 2027, 08:10 GMT")
    assert article.title == TITLE
    assert article.source == "Orkney Herald" and article.byline == []
    assert article.text.startswith("The island ferry")


@pytest.mark.parametrize(
    ("line", "source", "section"),
    [
        ("Orkney Ledger / Islands", "Orkney Ledger", "Islands"),
        ("Northern Courier, Transport", "Northern Courier", "Transport"),
        ("The Orkney Chronicle — Sport › Rowing", "The Orkney Chronicle", "Sport"),
        ("ISLES ECHO | News > Business", "Isles Echo", "Business"),
        ("STROMNESS 96.4 NEWS", "Stromness 96.4 News", None),
        ("KIRKWALL COURIER · Town Hall", "Kirkwall Courier", "Town Hall"),
    ],
)
def test_an_outlet_and_its_section_on_one_line(line: str, source: str, section: str) -> None:
    found = read_fields(line)
    assert found is not None
    assert (found.source, found.section, found.byline) == (source, section, [])


def test_a_stations_masthead_and_section_lines_over_the_title() -> None:
    article = _clean(f"STROMNESS 96.4 NEWS\nLocal\n{TITLE}\nAuthor: Ines Varga")
    assert (article.source, article.section, article.title) == (
        "Stromness 96.4 News", "Local", TITLE,
    )  # fmt: skip


def test_a_label_parted_by_a_dot_gives_its_widest_part() -> None:
    article = _clean(f"Orkney Ledger\nNews · Islands\n{TITLE}\nAuthor: Ines Varga")
    assert article.section == "News"


def test_an_update_as_a_clock_time_alone() -> None:
    found = read_fields("Tuesday 9 March 2027, 6.05pm (updated 8.20pm)")
    assert found is not None and (found.published, found.updated) == (
        "2027-03-09T18:05", "2027-03-09T20:20",
    )  # fmt: skip
    article = _clean(
        f"ORKNEY TV NEWS\nIslands\n\n{TITLE}\n\n"
        "By Orkney TV Staff | Published Tuesday, March 9, 2027 7:10 AM | Last updated 9:48 AM"
    )
    assert (article.published, article.updated) == ("2027-03-09T07:10", "2027-03-09T09:48")


def test_a_published_label_with_its_update_after_a_dot() -> None:
    article = _clean(f"{TITLE}\nPublished 2027-03-09T08:10:00Z · Updated 2027-03-09T11:45:00Z")
    assert article.updated == "2027-03-09T11:45:00Z"


def test_an_iso_date_with_a_twelve_hour_clock() -> None:
    assert parse_time("2027-03-09 11:05 PM") == "2027-03-09T23:05"
    assert parse_time("2027-03-09 12:30 a.m.") == "2027-03-09T00:30"
    assert parse_time("2027-03-09 11:05") == "2027-03-09T11:05"


BODY = (
    "<p>The island ferry will sail twice a week instead of daily from November, its operator "
    "said on Tuesday, in a cut that residents say will leave them without a doctor.</p>"
    "<p>The operator blamed fuel costs and a shortage of deck crew for the change.</p>"
)


def test_a_page_without_a_title_tag_is_headed_by_its_heading() -> None:
    page = (
        "<html><body><table><tr><td><b>ORKNEY DISPATCH</b></td><td>Regions</td></tr></table>"
        f"<h1>{TITLE}</h1><p>By Ines Varga | March 9, 2027 · 11:05 PM</p>{BODY}</body></html>"
    )
    article = clean(read_html_text(page, "p.html"))
    assert (article.title, article.source) == (TITLE, "Orkney Dispatch")
    assert article.published == "2027-03-09T23:05" and article.byline == ["Ines Varga"]
    guide = f"<html><body><h2>{TITLE}</h2>{BODY}</body></html>"
    assert read_html_text(guide, "g.html").title == TITLE


def test_a_title_tag_naming_the_outlet_first_and_wording_the_headline_otherwise() -> None:
    page = (
        "<html><head><title>Orkney Star - Winter ferry crossings to be cut, operator says"
        f"</title></head><body><h1>{TITLE}</h1>{BODY}</body></html>"
    )
    draft = read_html_text(page, "p.html")
    assert (draft.title, draft.source) == (TITLE, "Orkney Star")


def test_a_wire_copy_names_its_agency_by_the_dateline() -> None:
    page = (
        "<html><head><title>Ferry crossings cut | Orkney Star</title></head><body>"
        f"<h1>{TITLE}</h1><p>KIRKWALL, March 9 (Northern Press) - The island ferry will sail "
        "twice a week instead of daily from November, its operator said on Tuesday, in a cut "
        "that residents say will leave them without a doctor.</p>"
        "<p>The operator blamed fuel costs and a shortage of deck crew for the change.</p>"
        "</body></html>"
    )
    article = clean(read_html_text(page, "p.html"))
    assert (article.source, article.agency, article.dateline) == (
        "Orkney Star", "Northern Press", "KIRKWALL",
    )  # fmt: skip
    # the agency's own story ("(NPA)" under its own name) is its own wire, not another's
    own = _clean("Northern Press Agency | Scotland | 9 Mar 2027 08:10 UTC")
    assert (own.source, own.agency) == ("Northern Press Agency", "Northern Press Agency")
