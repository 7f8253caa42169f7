"""Metadata a page shows but does not declare (no meta tags, no JSON-LD): the outlet in the
`<title>` or the masthead, the byline and date in elements whose class says what they hold.
Pages we write ourselves, in the markup small sites use."""

from __future__ import annotations

from wirecheck.clean import clean
from wirecheck.readers.html import read_html_text

BODY = (
    "<p>The island ferry will sail twice a week instead of daily from November, its operator "
    "said on Tuesday, in a cut that residents say will leave them without a doctor.</p>"
    "<p>The operator blamed fuel costs and a shortage of deck crew for the change.</p>"
)


def _page(title: str, header: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body>"
        f"<div class='wrap'><h1>Ferry cuts winter crossings</h1>{header}"
        f"<div class='story'>{BODY}</div></div></body></html>"
    )


def test_outlet_byline_and_date_shown_in_classed_elements() -> None:
    header = (
        "<div class='byline-box'>Posted by <span class='author'>Ines Varga</span> on "
        "<span class='pub-date'>9 March 2027</span></div>"
    )
    draft = read_html_text(_page("Ferry cuts winter crossings - Harbour Daily", header), "p.html")
    assert (draft.source, draft.byline, draft.published) == (
        "Harbour Daily",
        ["Ines Varga"],
        "2027-03-09",
    )


def test_masthead_names_the_outlet_when_the_title_does_not() -> None:
    header = (
        "<div class='logo'>HARBOUR DAILY <span>News for the islands</span></div>"
        "<p class='info'><span class='by'>Words by Ola Berg, Islands Correspondent</span> · "
        "<span class='date'>Published 09.03.2027 10:12</span></p>"
    )
    draft = read_html_text(_page("Ferry cuts winter crossings", header), "p.html")
    assert (draft.source, draft.byline, draft.published) == (
        "Harbour Daily",
        ["Ola Berg"],
        "2027-03-09T10:12",
    )


def test_a_page_showing_only_its_last_update_gives_that_time() -> None:
    header = "<div class='updated'>Last updated: 9 March 2027 at 21:10</div>"
    draft = read_html_text(_page("Ferry cuts winter crossings | Harbour Daily", header), "p.html")
    assert (draft.published, draft.updated) == (None, "2027-03-09T21:10")


def test_a_date_element_saying_it_holds_the_last_update_gives_the_update_time() -> None:
    header = "<p class='timestamp'>Last updated: 3 March 2027 16:05</p>"
    draft = read_html_text(_page("Ferry cuts winter crossings | Harbour Daily", header), "p.html")
    assert (draft.published, draft.updated) == (None, "2027-03-03T16:05")


def test_a_times_element_gives_the_publication_time() -> None:
    """An element named for the times it shows: the first one, the publication's, is read (an
    undated report would be clustered after every dated one, when its story may be closed)."""
    header = "<p class='times'>Published 9 March 2027 at 08:40 GMT · Updated 13:15 GMT</p>"
    draft = read_html_text(_page("Ferry cuts winter crossings | Harbour Daily", header), "p.html")
    assert draft.published == "2027-03-09T08:40Z"


def test_an_update_shown_as_a_clock_time_is_on_the_day_published() -> None:
    for header in (
        "<p class='times'>Published 9 March 2027 at 08:40 GMT · Updated 13:15 GMT</p>",
        "<time class='published'>9 March 2027, 08:40 GMT</time>"
        "<span class='updated'>Updated 13:15 GMT</span>",
    ):
        page = _page("Ferry cuts winter crossings | Harbour Daily", header)
        draft = read_html_text(page, "p.html")
        assert (draft.published, draft.updated) == ("2027-03-09T08:40Z", "2027-03-09T13:15Z")


def test_the_separator_left_between_two_time_elements_is_no_body_text() -> None:
    header = (
        "<p class='dates'><time class='pub'>Published 9 March 2027, 08:40</time> · "
        "<time class='upd'>Updated 13:15</time></p>"
    )
    page = _page("Ferry cuts winter crossings | Harbour Daily", header)
    page = page.replace("<p>The island ferry", "<p>PORT ELLIS — The island ferry")
    article = clean(read_html_text(page, "p.html"))
    assert article.dateline == "PORT ELLIS"
    assert article.text.startswith("The island ferry")


def test_a_page_that_shows_nothing_gets_nothing() -> None:
    draft = read_html_text(_page("Ferry cuts winter crossings", ""), "p.html")
    assert (draft.source, draft.byline, draft.published) == (None, [], None)


def test_a_sign_up_box_is_no_article_text() -> None:
    header = (
        "<div class='signup'><h3>Subscribe to the daily bulletin</h3>"
        "<p>Join 40,000 readers who get the islands' news first, free every weekday.</p></div>"
    )
    draft = read_html_text(_page("Ferry cuts winter crossings", header), "p.html")
    assert "Join 40,000" not in draft.body
    assert "twice a week" in draft.body


def test_a_kicker_or_section_element_names_the_section() -> None:
    for header, section in (
        ("<div class='kicker'>Islands</div>", "Islands"),
        ("<span class='article-section'>Local News</span>", "Local News"),
        ("<div class='cat-label'>Transport &amp; Ports</div>", "Transport & Ports"),
        # a strapline is no section, nor a long sentence in a section element
        ("<div class='strapline'>News for the islands</div>", None),
        ("<div class='section-note'>Our reporters visited the islands this week.</div>", None),
    ):
        draft = read_html_text(_page("Ferry cuts winter crossings - Harbour Daily", header), "p")
        assert draft.section == section


def test_an_author_label_in_a_byline_element_is_no_part_of_the_name() -> None:
    header = (
        "<div class='byline'>Author: Ines Varga</div><span class='timestamp'>9 March 2027</span>"
    )
    draft = read_html_text(_page("Ferry cuts winter crossings", header), "p.html")
    assert draft.byline == ["Ines Varga"]


def test_a_block_of_packed_fields_gives_the_byline_and_times() -> None:
    # the byline and the times on lines of one "meta" element, parted by <br>, "|" or "·"
    header = (
        "<div class='meta'>By Ines Varga | WKRM 9 News<br>"
        "Published 03/19/2027 1:22 PM EDT | Updated 03/19/2027 5:48 PM EDT</div>"
    )
    draft = read_html_text(_page("Ferry cuts winter crossings | WKRM 9 News", header), "p.html")
    assert (draft.source, draft.byline) == ("WKRM 9 News", ["Ines Varga"])
    assert (draft.published, draft.updated) == ("2027-03-19T13:22-04:00", "2027-03-19T17:48-04:00")


def test_an_agency_in_a_packed_block_is_no_byline() -> None:
    header = (
        "<div class='postinfo'>By Harbour Press Agency<br>Posted Sept. 16, 2027 at 7:05 p.m.</div>"
    )
    draft = read_html_text(_page("Ferry cuts winter crossings - Island Times", header), "p.html")
    assert (draft.byline, draft.published) == ([], "2027-09-16T19:05")


def test_a_stamp_with_first_published_and_updated() -> None:
    header = (
        "<div class='stamp'>First published March 15, 2027 9:12 p.m. ET &middot; "
        "Updated March 16, 2027 7:05 a.m. ET</div>"
    )
    draft = read_html_text(_page("Ferry cuts winter crossings - Island Times", header), "p.html")
    assert (draft.published, draft.updated) == ("2027-03-15T21:12-04:00", "2027-03-16T07:05-04:00")


def test_a_time_in_the_dateline_element_is_the_time_published() -> None:
    header = "<div class='dateline'>Sun 14 Mar 2027 18.25 GMT</div>"
    draft = read_html_text(_page("Ferry cuts winter crossings | Harbour Daily", header), "p.html")
    assert draft.published == "2027-03-14T18:25Z"


def test_a_place_in_the_dateline_element_is_no_time() -> None:
    header = "<div class='dateline'>KIRKWALL</div><span class='date'>14 March 2027</span>"
    draft = read_html_text(_page("Ferry cuts winter crossings | Harbour Daily", header), "p.html")
    assert draft.published == "2027-03-14"
