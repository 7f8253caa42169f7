"""Header lines that pack several fields, numeric dates and a section kicker over the
dateline: the header styles of text exports and web pages we write ourselves."""

from __future__ import annotations

import pytest

from wirecheck.clean import clean
from wirecheck.header_fields import read_fields
from wirecheck.header_times import parse_time
from wirecheck.readers.base import Draft

TITLE = "Ferry operator cuts winter crossings to the islands"
LEAD = "The island ferry will sail twice a week instead of daily from November, its operator said."
MORE = "Residents said the cut would leave them without a doctor on most days."


def _clean(body: str, **hints: object):
    fields: dict = {"path": "t.txt", "body": body, "format": "text", **hints}
    return clean(Draft(**fields))


@pytest.mark.parametrize(
    ("header", "source", "section", "byline", "published"),
    [
        pytest.param(
            "THE HARBOUR LEDGER\nRegions | By Ines Varga | Tuesday, March 9, 2027, 7:15 a.m.",
            "The Harbour Ledger",
            "Regions",
            ["Ines Varga"],
            "2027-03-09T07:15",
            id="capitals-outlet-then-section-byline-and-date",
        ),
        pytest.param(
            "THE ISLAND COURIER | Home News\n"
            "Petra Lind, Islands Correspondent\n9 March 2027, 06:40",
            "The Island Courier",
            "Home News",
            ["Petra Lind"],
            "2027-03-09T06:40",
            id="outlet-and-section-then-name-with-role-then-date",
        ),
        pytest.param(
            "KNA | Kattegat News Agency\nBy Ola Berg\nTue 9 Mar 2027 11:05",
            "Kattegat News Agency",
            None,
            ["Ola Berg"],
            "2027-03-09T11:05",
            id="abbreviation-beside-the-outlets-name",
        ),
        pytest.param(
            "SCI - Sound Channel Info\nOla Berg | Published 09.03.2027 08:20",
            "Sound Channel Info",
            None,
            ["Ola Berg"],
            "2027-03-09T08:20",
            id="abbreviation-dash-outlet-then-bare-name-and-labelled-dotted-date",
        ),
        pytest.param(
            "HARBOUR WIRE — 9 March 2027, 07:15 CET\nAuthor: Ines Varga",
            "Harbour Wire",
            None,
            ["Ines Varga"],
            "2027-03-09T07:15+01:00",
            id="capitals-outlet-dash-date-with-zone-then-author-label",
        ),
        pytest.param(
            "ISLAND LEISURE TODAY - Parks and Attractions\nBy Ola Berg, Senior Correspondent\n"
            "9 March 2027 | 09:30",
            "Island Leisure Today",
            "Parks and Attractions",
            ["Ola Berg"],
            "2027-03-09T09:30",
            id="outlet-dash-section-then-byline-with-role-then-date-and-clock-parts",
        ),
    ],
)
def test_packed_header_lines(
    header: str, source: str, section: str | None, byline: list[str], published: str
) -> None:
    article = _clean(f"{TITLE}\n{header}\n\nFERRYPORT — {LEAD}\n\n{MORE}\n")
    assert (article.title, article.source, article.section) == (TITLE, source, section)
    assert (article.byline, article.published, article.dateline) == (
        byline,
        published,
        "FERRYPORT",
    )
    assert article.text.startswith("The island ferry")


def test_a_clock_part_times_the_date_part_before_it() -> None:
    found = read_fields("KNA | Regions | Tue 09.03.2027 - 07:15")
    assert found is not None
    assert (found.section, found.published) == ("Regions", "2027-03-09T07:15")


@pytest.mark.parametrize(
    "line",
    [
        "Residents were angry | and said so",  # a part that is no field
        "Ola Berg",  # a name alone could be a one-line sentence fragment
        "Mayor Ola Berg said the service would return in spring.",
        "The ferry sailed 3 times on 9 March 2027 and then stopped",
    ],
)
def test_lines_that_are_not_all_fields_stay_body(line: str) -> None:
    assert read_fields(line) is None


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("09.03.2027 08:20", "2027-03-09T08:20"),  # dots: day first
        ("25/03/2027 10:00", "2027-03-25T10:00"),  # the day cannot be the month
        ("03/25/2027", "2027-03-25"),
        ("03/04/2027 10:00", "2027-04-03T10:00"),  # day first, as most of the world writes it
        ("13.13.2027", None),
        # a slash between the date and its clock time
        ("March 2, 2027 / 11:40 AM UTC", "2027-03-02T11:40Z"),
        ("11.03.2027 / 12:40", "2027-03-11T12:40"),
    ],
)
def test_numeric_dates(value: str, iso: str | None) -> None:
    assert parse_time(value) == iso


def test_a_section_kicker_over_the_dateline_is_header() -> None:
    article = _clean(f"Islands\n\nFERRYPORT — {LEAD}\n\n{MORE}\n")
    assert article.dateline == "FERRYPORT"
    assert article.text.startswith("The island ferry")
    assert "Islands" in [r.text for r in article.removed]


def test_a_short_first_line_without_a_dateline_after_it_stays() -> None:
    article = _clean(f"{TITLE}\n\nIslands\n\n{LEAD}\n\n{MORE}\n")
    assert article.dateline is None
    assert article.text.startswith("Islands")


def test_an_outlet_or_section_line_above_the_title_is_header() -> None:
    article = _clean(f"HARBOUR NEWS AGENCY\n{TITLE}\nBy Ola Berg\n\nFERRYPORT — {LEAD}\n")
    assert (article.source, article.title, article.dateline) == (
        "Harbour News Agency",
        TITLE,
        "FERRYPORT",
    )
    article = _clean(f"REGIONS\n{TITLE}\nBy Ola Berg\n\nFERRYPORT — {LEAD}\n")
    assert (article.section, article.title) == ("Regions", TITLE)


def test_a_desk_in_a_byline_is_not_the_outlet() -> None:
    body = f"{TITLE}\nBy Ola Berg | Ferryport Bureau\n\nFERRYPORT (Harbour Wire) — {LEAD}\n"
    article = _clean(body)
    assert (article.source, article.byline) == ("Harbour Wire", ["Ola Berg"])


@pytest.mark.parametrize(
    ("first", "dateline"),
    [
        ("NEW DELHI: ", "NEW DELHI"),  # the colon dateline of South Asian wires
        ("UPDATE: ", None),  # a label, not a place
    ],
)
def test_colon_datelines(first: str, dateline: str | None) -> None:
    assert _clean(f"{first}{LEAD}\n\n{MORE}\n").dateline == dateline


def test_an_update_time_anchors_an_article_with_no_other_date() -> None:
    article = _clean(f"{TITLE}\nUpdated: 9 March 2027, 10:00\n\n{LEAD}\n")
    assert (article.published, article.updated) == (None, "2027-03-09T10:00")
    assert article.anchor() == "2027-03-09"


def test_a_breadcrumb_of_sections_gives_the_page_s_own() -> None:
    article = _clean(
        f"THE VALLEY POST\nNews > Environment\n{TITLE}\nPublished: 26/01/2027 19:20\n\n"
        f"KESTON — {LEAD}\n"
    )
    assert (article.source, article.section, article.title) == (
        "The Valley Post",
        "Environment",
        TITLE,
    )
    assert article.dateline == "KESTON"


def test_an_update_time_in_brackets_after_the_published_time() -> None:
    article = _clean(
        f"Harbour Ledger — Regional\n{TITLE}\nBy Ines Varga\n"
        "Thu 4 Mar 2027 09:47 GMT (last updated 4 Mar 2027 17:20 GMT)\n\n"
        f"KESTON — {LEAD}\n"
    )
    assert (article.published, article.updated) == ("2027-03-04T09:47Z", "2027-03-04T17:20Z")
    assert article.dateline == "KESTON"


def test_fields_set_apart_by_spaces_and_a_section_of_initials() -> None:
    """A text export's header: an outlet in capitals beside a 'U.S. News' section, and the
    published and updated times on one line, set apart by a run of spaces."""
    article = _clean(
        f"{TITLE}\nPINE RIVER NEWS AGENCY | U.S. News\n"
        "Published: 2027-08-14T19:05:00Z   Last updated: 2027-08-14T21:30:00Z\n\n"
        f"ALDERMOOR, Ohio, Aug 14 (PRNA) — {LEAD}\n"
    )
    assert (article.source, article.section, article.title) == (
        "Pine River News Agency",
        "U.S. News",
        TITLE,
    )
    assert (article.published, article.updated) == ("2027-08-14T19:05:00Z", "2027-08-14T21:30:00Z")
    assert article.dateline == "ALDERMOOR, Ohio"


def test_a_last_modified_line_is_the_update_and_the_dateline_after_it_is_read() -> None:
    article = _clean(
        f"{TITLE}\nWed 10 Mar 2027 21.30 GMT\nLast modified on Thu 11 Mar 2027 08.15 GMT\n\n"
        f"PORT ELLIS — {LEAD}\n"
    )
    assert (article.published, article.updated) == ("2027-03-10T21:30Z", "2027-03-11T08:15Z")
    assert article.dateline == "PORT ELLIS"
    assert "Last modified" not in article.text


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        # North American zones without a season take the one their date had.
        ("March 2, 2027 2:10 p.m. ET", "2027-03-02T14:10-05:00"),
        ("Thursday, August 12, 2027, 8:00 a.m. ET", "2027-08-12T08:00-04:00"),
        ("Nov. 5, 2027 - 6:00 a.m. PT", "2027-11-05T06:00-07:00"),
        ("Jan. 20, 2027 9:15 a.m. CT", "2027-01-20T09:15-06:00"),
        ("July 4, 2027 7:30 p.m. MT", "2027-07-04T19:30-06:00"),
        ("Nov. 2, 2024 7:03 p.m. EST", "2024-11-02T19:03-05:00"),  # a season said is kept
    ],
)
def test_regional_zones_take_the_offset_of_their_date(value: str, iso: str) -> None:
    assert parse_time(value) == iso


def test_byline_authors_are_credited_as_contributors_before_the_trailer_s() -> None:
    trailer = "John Doe contributed reporting."
    article = _clean(f"{TITLE}\nBy Jane Roe\n\n{LEAD}\n\n{MORE}\n\n{trailer}\n")
    assert article.byline == ["Jane Roe"]
    assert article.contributors == ["Jane Roe", "John Doe"]


def test_a_newswire_in_the_byline_is_an_outlet_not_an_author() -> None:
    article = _clean(f"{TITLE}\nBy Global Newswire\n\n{LEAD}\n\n{MORE}\n")
    assert article.byline == []
    assert article.contributors == []


@pytest.mark.parametrize(
    ("outlet", "tag", "agency"),
    [
        ("Harbour Press Agency (HPA)", "HPA", "Harbour Press Agency"),
        ("Fjord Newswire", "FNW", "Fjord Newswire"),
        ("Trans-Island Wire", "TIW", "Trans-Island Wire"),
        # initials of another outlet name no agency
        ("Harbour Press Agency", "NPB", None),
    ],
)
def test_an_outlet_tagging_its_own_dateline_is_the_wire(
    outlet: str, tag: str, agency: str | None
) -> None:
    article = _clean(f"{TITLE}\n{outlet}\nBy Ola Berg\n\nFERRYPORT, Norway ({tag}) — {LEAD}\n")
    assert (article.source, article.agency) == (outlet.removesuffix(f" ({tag})"), agency)
    assert article.title == TITLE
    assert article.dateline == "FERRYPORT, Norway"


@pytest.mark.parametrize(
    "label", ["Safety", "Health & Pharma", "Reefs | Analysis", "Sport / Rowing"]
)
def test_a_section_line_between_outlet_and_title_is_the_section(label: str) -> None:
    article = _clean(f"Harbour Review\n{label}\n{TITLE}\nBy Ola Berg\n\n{LEAD}\n\n{MORE}\n")
    assert (article.source, article.section, article.title) == ("Harbour Review", label, TITLE)
    assert article.text.startswith("The island ferry")


def test_an_outlet_in_capitals_may_hold_an_ampersand() -> None:
    article = _clean(f"ISLES & HARBOURS REVIEW\nFerries\n{TITLE}\n\n{LEAD}\n\n{MORE}\n")
    assert (article.source, article.section, article.title) == (
        "Isles & Harbours Review",
        "Ferries",
        TITLE,
    )


def test_a_line_of_fields_naming_the_outlet_may_stand_above_the_title() -> None:
    packed = "Harbour Review | Ferries | By Ola Berg | Tuesday, March 9, 2027, 7:15 a.m. CET"
    article = _clean(f"{packed}\n{TITLE}\n\n{LEAD}\n\n{MORE}\n")
    assert (article.source, article.section, article.title) == ("Harbour Review", "Ferries", TITLE)
    assert article.byline == ["Ola Berg"] and article.published == "2027-03-09T07:15+01:00"
    assert article.text.startswith("The island ferry")


def test_a_section_in_sentence_case_beside_the_outlet() -> None:
    article = _clean(f"{TITLE}\nHarbour Review | News analysis\nAuthor: Ola Berg\n\n{LEAD}\n")
    assert (article.source, article.section, article.title) == (
        "Harbour Review",
        "News analysis",
        TITLE,
    )
    # a lower-case phrase beside no outlet is no header line
    assert read_fields("Regions | the ferry said") is None


@pytest.mark.parametrize(
    "stack",
    [
        # outlet, then a section of two labels, then the title
        "Harbour Echo\nNews | Ferries\n{title}\nAuthor: Ola Berg\n"
        "Published: 09.03.2027 07:15 | Last updated: 09.03.2027 09:40",
        # the section's labels above the outlet's name
        "News | Ferries\nHarbour Echo\n{title}\nAuthor: Ola Berg\n"
        "Published: 09.03.2027 07:15 | Last updated: 09.03.2027 09:40",
    ],
)
def test_outlet_and_a_section_of_labels_stacked_over_the_title(stack: str) -> None:
    article = _clean(stack.format(title=TITLE) + f"\n\n{LEAD}\n\n{MORE}\n")
    assert (article.source, article.section, article.title) == (
        "Harbour Echo",
        "News | Ferries",
        TITLE,
    )
    assert article.byline == ["Ola Berg"]
    # a labelled time beside another labelled time: each read by its own label
    assert (article.published, article.updated) == ("2027-03-09T07:15", "2027-03-09T09:40")
    assert article.text.startswith("The island ferry")


@pytest.mark.parametrize("line", ["News | Drought", "Europe | Air Quality", "Daily"])
def test_labels_alone_are_no_outlet_and_no_byline(line: str) -> None:
    found = read_fields(line)
    assert found is None or (found.source is None and not found.byline)


def test_an_outlet_in_capitals_with_its_labels_under_the_title() -> None:
    """'HARBOUR VOICE | Local | Ferries' under the title: the outlet and the first label."""
    article = _clean(f"{TITLE}\nHARBOUR VOICE | Local | Ferries\nBy Ola Berg\n\n{LEAD}\n\n{MORE}\n")
    assert (article.source, article.section, article.title) == ("Harbour Voice", "Local", TITLE)
    assert article.byline == ["Ola Berg"]
    assert article.text.startswith("The island ferry")


def test_a_slash_parts_a_time_from_its_update() -> None:
    article = _clean(
        f"{TITLE}\nBy Ines Varga\n13 Mar 2027 19:05 UTC / Updated 13 Mar 2027 22:40 UTC\n\n"
        f"PORT ELLIS, Harbour Isles, March 13 (HPA) — {LEAD}\n"
    )
    assert (article.published, article.updated) == ("2027-03-13T19:05Z", "2027-03-13T22:40Z")
    assert article.dateline == "PORT ELLIS, Harbour Isles"


@pytest.mark.parametrize(
    ("line", "updated"),
    [
        ("Published 2027-03-08T11:42:00Z | Updated 14:05 GMT", "2027-03-08T14:05Z"),
        ("3 March 2027, 9:12 a.m. EST · Updated 11:30 a.m. EST", "2027-03-03T11:30-05:00"),
    ],
)
def test_an_update_given_as_a_clock_time_is_on_the_day_published(line: str, updated: str) -> None:
    found = read_fields(line)
    assert found is not None and found.updated == updated


def test_a_bare_name_over_the_time_is_the_byline_and_a_section_is_no_person() -> None:
    article = _clean(
        f"HARBOUR LEDGER · The North\n{TITLE}\nInes Varga\nTuesday 13 July 2027 06.30 CEST\n\n"
        f"PORT ELLIS — {LEAD}\n\n{MORE}\n"
    )
    assert (article.source, article.section, article.title) == (
        "Harbour Ledger",
        "The North",
        TITLE,
    )
    assert (article.byline, article.published) == (["Ines Varga"], "2027-07-13T06:30+02:00")
    assert article.dateline == "PORT ELLIS"
    assert not article.text.startswith(TITLE)


def test_a_wire_tag_before_the_headline_is_no_part_of_the_title() -> None:
    article = _clean(
        f"(HPA) {TITLE}\nSection: Islands\n2027-03-04 16:10 UTC\n\n"
        f"PORT ELLIS, March 4 (HPA) — {LEAD}\n\n{MORE}\n"
    )
    assert (article.title, article.dateline) == (TITLE, "PORT ELLIS")
    assert article.text.startswith("The island ferry")


@pytest.mark.parametrize(
    ("header", "fields"),
    [
        # an outlet in capitals over a section label, and an update on a line of its own
        (
            "THE ELLIS ISLANDER\nLocal News\n{title}\nBy Ines Varga\nPublished 2027-03-04T07:45:00Z"
            "\nUpdated 14:05 GMT",
            ("The Ellis Islander", "Local News", ["Ines Varga"], "2027-03-04T14:05Z"),
        ),
        # a hyphenated section under the masthead
        (
            "HARBOUR WIRE\nAsia-Pacific\n{title}\nPublished 2027-03-04T07:45:00Z",
            ("Harbour Wire", "Asia-Pacific", [], None),
        ),
        # the update after a comma, and a region beside the outlet is its section, not a name
        (
            "Harbour Ledger | West Country\n{title}\n4 March 2027 | 08:02 UTC, updated 11:30 UTC",
            ("Harbour Ledger", "West Country", [], "2027-03-04T11:30Z"),
        ),
    ],
)
def test_mastheads_sections_and_updates_of_wire_style_headers(
    header: str, fields: tuple[str, str, list[str], str | None]
) -> None:
    article = _clean(f"{header.format(title=TITLE)}\n\nPORT ELLIS — {LEAD}\n\n{MORE}\n")
    assert (article.source, article.section, article.byline, article.updated) == fields
    assert (article.title, article.dateline) == (TITLE, "PORT ELLIS")


def test_a_clock_after_a_dash_is_the_time_of_the_date_before_it() -> None:
    found = read_fields("Thursday, March 4, 2027 — 1:30pm")
    assert found is not None and found.published == "2027-03-04T13:30"


def test_a_byline_dated_in_the_same_words() -> None:
    found = read_fields("Posted by Ines Varga on 21/09/2027 at 07:15")
    assert found is not None
    assert (found.byline, found.published) == (["Ines Varga"], "2027-09-21T07:15")


def test_an_update_alone_on_its_line_is_no_publication_time() -> None:
    found = read_fields("Updated 14:05 GMT, 2 March 2027")
    assert found is not None
    assert (found.published, found.updated) == (None, "2027-03-02T14:05Z")
