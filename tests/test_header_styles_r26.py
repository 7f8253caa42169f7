"""Header styles of round 26 of our blind sets: a line of fields whose section has two parts
parted by a slash ("Meridian Wire | World / UK | Published ..."), an outlet with its section
in brackets ("Northern Ledger (Regional)"), a desk's name in finance words beside the outlet
("MARKET MONITOR — Fixed Income"), a masthead whose motto calls it a briefing, the section
printed after the outlet's name in bold, and a credit line outside the article's element."""

from __future__ import annotations

from lxml import html

from wirecheck.clean import clean
from wirecheck.header_fields import read_fields
from wirecheck.readers.base import Draft
from wirecheck.readers.html import read_html_text
from wirecheck.readers.html_shown import credited, shown_meta

_BODY = (
    "ALDWICK — A storm tore a 40-metre section from the town's pier early on Sunday, the trust "
    "that owns it said.\n\n"
    "Nobody was hurt, police said, and the promenade will stay closed until Friday.\n"
)


def _clean(header: str) -> tuple[object, ...]:
    article = clean(Draft(path="t.txt", body=header + _BODY, format="text"))
    return (
        article.source,
        article.section,
        article.title,
        article.byline,
        article.dateline,
        article.published,
        article.updated,
    )


def test_a_section_of_two_parts_among_the_fields() -> None:
    header = (
        "Storm takes a bite out of Aldwick pier\n"
        "Harbour Wire | World / UK | Published 2026-12-06T09:10:00Z | "
        "Updated 2026-12-06T12:40:00Z\n\n"
    )
    assert _clean(header) == (
        "Harbour Wire",
        "World / UK",
        "Storm takes a bite out of Aldwick pier",
        [],
        "ALDWICK",
        "2026-12-06T09:10:00Z",
        "2026-12-06T12:40:00Z",
    )


def test_an_outlet_with_its_section_in_brackets() -> None:
    header = (
        "Storm takes a bite out of Aldwick pier\n"
        "Written by Rhys Cole and Mina Patel | Southern Ledger (Coast) | 06/12/2026 08:15 | "
        "Updated 06/12/2026 11:50\n\n"
    )
    assert _clean(header) == (
        "Southern Ledger",
        "Coast",
        "Storm takes a bite out of Aldwick pier",
        ["Rhys Cole", "Mina Patel"],
        "ALDWICK",
        "2026-12-06T08:15",
        "2026-12-06T11:50",
    )


def test_initials_in_brackets_stay_the_outlet_s_own() -> None:
    found = read_fields("National Press Bureau (NPB) | 6 December 2026 08:20")
    assert found is not None
    assert (found.source, found.section) == ("National Press Bureau", None)


def test_a_finance_desk_beside_the_outlet_is_its_section_not_a_byline() -> None:
    found = read_fields("BOND DESK MONITOR — Fixed Income")
    assert found is not None
    assert (found.source, found.section, found.byline) == ("Bond Desk Monitor", "Fixed Income", [])


def test_a_masthead_whose_motto_calls_it_a_briefing() -> None:
    header = (
        "RAIL WEEKLY — the Nordic rail business briefing\n"
        "Section: Operators\n\n"
        "Storm takes a bite out of Aldwick pier\n"
        "Author: Pieter Vos\n"
        "2026-12-06 11:20 (CET)\n\n"
    )
    source, section, title, byline, *_ = _clean(header)
    assert (source, section, title, byline) == (
        "Rail Weekly",
        "Operators",
        "Storm takes a bite out of Aldwick pier",
        ["Pieter Vos"],
    )


def test_the_section_after_the_outlet_s_name_in_bold() -> None:
    page = html.fromstring(
        "<html><body><div id='top'><b>SOUTHERN EVENING POST</b> &nbsp; News &gt; Harbours</div>"
        "<h1>Storm takes a bite out of Aldwick pier</h1><p>Text.</p></body></html>"
    )
    assert shown_meta(page, None, ["section"])["section"] == "Harbours"


def test_a_credit_line_outside_the_article_names_its_reporters() -> None:
    prose = " ".join(["The trust said the repairs would take most of the winter."] * 3)
    page = (
        "<html><body><article><h1>Storm takes a bite out of Aldwick pier</h1>"
        f"<p>{prose}</p><p>{prose}</p></article>"
        "<p class='credit'>Reporting by Rhys Cole in Aldwick; additional reporting by Mina "
        "Patel in London; editing by Joan Hale</p></body></html>"
    )
    assert read_html_text(page, "p.html").contributors == ["Rhys Cole", "Mina Patel"]
    assert credited(html.fromstring("<html><body><p>Editing by Joan Hale</p></body></html>")) == []
