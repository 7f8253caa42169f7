"""Header styles of round 22 of our blind sets, in articles we write ourselves: an outlet and
a section on one line above a labelled byline ("Ashvale Current — Politics — date", then
"Author: ..."); a "Last edited" time; a masthead in title case with its motto; "Posted on
<date> at <time> by <name>"; a wire's slug after a filing code and with several marks; a wire
named in full by its copyright line; "With files from" credits; a section in capitals after a
dash; and, on pages, a trail given as list items, a section bar and a "publish-date" tag."""

from __future__ import annotations

import pytest

from wirecheck.clean import clean
from wirecheck.header_fields import read_fields
from wirecheck.header_masthead import WIRE_SLUG
from wirecheck.header_names import contributor_names, copyright_holder
from wirecheck.readers.base import Draft
from wirecheck.readers.html import read_html_text

TITLE = "Harbour ferry fares to rise by a fifth in April"
BODY = "Fares on the Ashvale harbour ferry will rise by about 20 percent from April, it said."
MORE = "The operator blamed the price of diesel, which it said had doubled in two years."


def _clean(header: str, body: str = BODY, foot: str = ""):
    text = f"{header}\n\n{body}\n\n{MORE}\n" + (f"\n{foot}\n" if foot else "")
    return clean(Draft(path="t.txt", body=text, format="text"))


@pytest.mark.parametrize(
    ("first", "source", "section"),
    [
        ("Ashvale Current — Politics — 3 March 2027", "Ashvale Current", "Politics"),
        ("The Parent Courier — Safety Notices", "The Parent Courier", "Safety Notices"),
    ],
)
def test_a_labelled_byline_overrides_a_bare_name_guessed_on_a_line_of_fields(
    first: str, source: str, section: str
) -> None:
    """A bare name beside other fields may be the byline ("Luc Mertens | Published ..."), but
    an "Author:" line under it says who wrote the piece: the guessed name was the outlet's, or
    beside a named outlet, its section."""
    article = _clean(f"{first}\n{TITLE}\nAuthor: Dana Whitcombe\nPublished 03/03/2027 08:30")
    assert (article.source, article.section) == (source, section)
    assert (article.byline, article.title) == (["Dana Whitcombe"], TITLE)


def test_a_bare_name_beside_fields_stays_the_byline_without_a_labelled_one() -> None:
    article = _clean(f"Luc Mertens | Published 03/03/2027 08:30\n{TITLE}")
    assert article.byline == ["Luc Mertens"]


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        (
            "Author: Dana Whitcombe | Posted: 03/03/2027 at 08:30"
            " | Last edited: 04/03/2027 at 10:05",
            "2027-03-03T08:30",
            "2027-03-04T10:05",
        ),
        ("03/03/2027 08:30 (last edited 04/03/2027 10:05)", "2027-03-03T08:30", "2027-03-04T10:05"),
    ],
)
def test_last_edited_is_the_time_updated(line: str, published: str, updated: str) -> None:
    found = read_fields(line)
    assert found is not None
    assert (found.published, found.updated) == (published, updated)


def test_edited_by_is_no_time() -> None:
    assert read_fields("Edited by Ruth Calder") is None


def test_a_masthead_in_title_case_with_its_motto() -> None:
    header = (
        "The Cloister | Hartwell College's independent student newspaper\nNews\n"
        f"Author: Dana Whitcombe | Posted: 03/03/2027 at 08:30\n\n{TITLE}"
    )
    article = _clean(header)
    assert (article.source, article.section, article.title) == ("The Cloister", "News", TITLE)
    assert (article.byline, article.published) == (["Dana Whitcombe"], "2027-03-03T08:30")


@pytest.mark.parametrize(
    "line",
    [
        "Posted on March 3, 2027 at 7:40 pm by Ivo Brandt",
        "Published Wednesday, March 3, 2027 at 7:40 pm by Ivo Brandt",
    ],
)
def test_posted_on_a_date_with_commas_then_the_byline(line: str) -> None:
    found = read_fields(line)
    assert found is not None
    assert (found.byline, found.published) == (["Ivo Brandt"], "2027-03-03T19:40")


@pytest.mark.parametrize(
    ("line", "slug"),
    [
        ("NWA-IRELAND-FERRY/ (URGENT, PIX)", True),
        ("NWA-0303-0815 IRELAND-TRANSPORT/FERRY", True),
        ("NWA-IRELAND-FERRY/ (UPDATE 2, PIX)", True),
        ("ASIA-PACIFIC", True),
        ("Ferry fares (urgent)", False),
    ],
)
def test_wire_slugs_with_a_filing_code_or_several_marks(line: str, slug: bool) -> None:
    assert bool(WIRE_SLUG.match(line)) is slug


def test_a_filing_code_and_slug_is_not_the_title() -> None:
    article = _clean(f"NWA-0303-0815 IRELAND-TRANSPORT/FERRY\n\n{TITLE}\n\nBy Ivo Brandt")
    assert (article.title, article.byline) == (TITLE, ["Ivo Brandt"])


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("Copyright 2027 Northwind Wire Agency", "Northwind Wire Agency"),
        ("© Ashvale Current 2027. All rights reserved.", "Ashvale Current"),
        ("Copyright © 2027 The Harbour Gazette. All rights reserved.", "The Harbour Gazette"),
        ("The ferry will run as usual", None),
    ],
)
def test_copyright_holder(line: str, holder: str | None) -> None:
    assert copyright_holder(line) == holder


def test_a_wire_named_by_its_initials_takes_its_whole_name_from_its_copyright_line() -> None:
    body = "ASHVALE, March 3 (NWA) - Fares on the Ashvale harbour ferry will rise by a fifth."
    article = _clean(f"{TITLE}\nBy Ivo Brandt", body, "Copyright 2027 Northwind Wire Agency")
    assert (article.source, article.dateline) == ("Northwind Wire Agency", "ASHVALE")
    other = _clean(f"{TITLE}\nBy Ivo Brandt", body, "Copyright 2027 Ashvale Current")
    assert other.source == "NWA"  # a holder whose initials differ is not the wire


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("— With files from Petra Lund", ["Petra Lund"]),
        ("With files from Omar Haddad in Kingsport", ["Omar Haddad"]),
        ("With files from Current wire services", None),
    ],
)
def test_with_files_from_credits_a_contributor(line: str, names: list[str] | None) -> None:
    assert contributor_names(line) == names


def test_a_section_in_capitals_after_a_dash() -> None:
    article = _clean(
        f"THE ASHVALE LEDGER - SPORT\n{TITLE}\nBy Ivo Brandt\nPublished: 03.03.2027 | 19:47"
    )
    assert (article.source, article.section) == ("The Ashvale Ledger", "Sport")
    assert article.published == "2027-03-03T19:47"


PAGE = """<html><head><title>{title}</title>{meta}</head><body>
<div id="masthead">THE ASHVALE LEDGER</div>
{section}
<h1>{title}</h1>
<p class="byline">By Ivo Brandt</p>
<p>Fares on the Ashvale harbour ferry will rise by about 20 percent from April, the operator
said on Wednesday, blaming the cost of diesel.</p>
<p>The operator said it had held fares for three years and could not do so any longer.</p>
</body></html>"""


@pytest.mark.parametrize(
    ("section", "label"),
    [
        ('<ul class="breadcrumbs"><li>Travel</li><li>Ferries</li></ul>', "Ferries"),
        ('<div id="sectionbar">Transport</div>', "Transport"),
    ],
)
def test_a_page_section_from_list_items_or_a_section_bar(section: str, label: str) -> None:
    draft = read_html_text(PAGE.format(title=TITLE, meta="", section=section), "p.html")
    assert draft.section == label


def test_a_publish_date_meta_tag() -> None:
    meta = '<meta name="publish-date" content="2027-03-03T14:20:00+11:00">'
    draft = read_html_text(PAGE.format(title=TITLE, meta=meta, section=""), "p.html")
    assert draft.published == "2027-03-03T14:20:00+11:00"
