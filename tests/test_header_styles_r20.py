"""Header styles of round 20 of our blind sets, in articles we write ourselves: a trail of
sections in capitals parted by a long dash ("SPORT — ATHLETICS") over the dateline; an outlet
and its section parted by a long dash; a section named with dotted initials beside the wire's
name; a blog's masthead with its tagline and a "Posted on ... by ..." line over a headline that
asks a question; a wire's filing code as the first line; and a page's trail of sections in a
<nav> element."""

from __future__ import annotations

import pytest

from wirecheck.clean import clean
from wirecheck.header_dateline import dateline
from wirecheck.header_fields import read_fields
from wirecheck.header_labels import label_case, section_label
from wirecheck.readers.base import Draft
from wirecheck.readers.html import read_html_text

TITLE = "Lock gates jammed as canal repairs overrun"
BODY = "HALWICK — Repairs to the lock gates at Halwick ran three weeks late, the canal trust said."
MORE = "About 40 narrowboats were stuck above the lock while engineers waited for new seals."


def _clean(header: str, body: str = BODY):
    return clean(Draft(path="t.txt", body=f"{header}\n\n{body}\n\n{MORE}\n", format="text"))


def test_a_trail_of_sections_in_capitals_is_no_dateline() -> None:
    assert dateline("SPORT — ATHLETICS") is None
    assert dateline("HALWICK — Repairs to the lock gates ran late") is not None
    article = _clean(f"{TITLE}\nThe Halwick Dispatch\nLOCAL — WATERWAYS\nAuthor: Ruth Penhale")
    assert (article.section, article.dateline) == ("Local", "HALWICK")
    assert article.text.startswith("Repairs to the lock gates")


def test_an_outlet_and_its_section_parted_by_a_long_dash() -> None:
    byline = "Author: Ruth Penhale\nPosted Monday 1 March 2027, 6.30pm"
    header = f"Halwick Evening Mercury — Local\n{TITLE}\n{byline}"
    article = _clean(header, BODY.replace("HALWICK —", "HALWICK:"))
    assert (article.source, article.section, article.title) == (
        "Halwick Evening Mercury",
        "Local",
        TITLE,
    )
    assert (article.dateline, article.byline) == ("HALWICK", ["Ruth Penhale"])


def test_a_section_named_with_dotted_initials_beside_the_wire() -> None:
    found = read_fields("Meridian Wire / U.S. News")
    assert found is not None and (found.source, found.section) == ("Meridian Wire", "U.S. News")
    body = "ST. PAUL, March 4 (Meridian Wire) - Repairs to the lock gates ran three weeks late."
    article = _clean(f"{TITLE}\nPublished: 2027-03-04T21:30Z\nMeridian Wire / U.S. News", body)
    assert (article.source, article.section, article.dateline) == (
        "Meridian Wire",
        "U.S. News",
        "ST. PAUL",
    )


def test_a_blog_masthead_tagline_and_dated_byline_over_a_question() -> None:
    question = "Gates jammed again: who pays for the canal now?"
    header = (
        "The Towpath Report\nNews and views from the Halwick locks\n"
        "Posted on 4 March 2027 at 08:05 by Owen Gilchrist | Updated 4 March 2027 at 09:10"
        f"\n\n{question}"
    )
    article = _clean(
        header, "It happened again. The lock gates jammed for the third time since May."
    )
    assert (article.source, article.title, article.byline) == (
        "The Towpath Report",
        question,
        ["Owen Gilchrist"],
    )
    assert (article.published, article.updated) == ("2027-03-04T08:05", "2027-03-04T09:10")
    assert article.text.startswith("It happened again.")


@pytest.mark.parametrize(
    ("slug", "section"),
    [("BRITAIN-CANALS/LOCKS", None), ("ENGLAND-CANALS/", None), ("ASIA-PACIFIC", "Asia-Pacific")],
)
def test_a_wire_filing_code_first_is_no_section(slug: str, section: str | None) -> None:
    article = _clean(f"{slug}\n{TITLE}\nBy Ruth Penhale")
    assert (article.section, article.title) == (section, TITLE)


def test_a_label_in_capitals_keeps_its_hyphenated_words_capitalised() -> None:
    assert label_case("ASIA-PACIFIC") == "Asia-Pacific"
    assert section_label("SPORT — ATHLETICS") == "SPORT"


def test_a_nav_trail_of_sections_is_read_and_a_nav_menu_is_not() -> None:
    trail = (
        '<nav class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/news">News</a> &gt; '
        '<a href="/news/waterways">Waterways</a></nav>'
    )
    menu = (
        '<nav class="sections"><a href="/news">News</a> <a href="/sport">Sport</a> '
        '<a href="/travel">Travel</a></nav>'
    )
    for nav, section in ((trail, "Waterways"), (menu, None)):
        body = f"{nav}<h1>{TITLE}</h1><p>{BODY}</p><p>{MORE}</p>"
        page = f"<html><head></head><body>{body}</body></html>"
        assert clean(read_html_text(page, "canal.html")).section == section
