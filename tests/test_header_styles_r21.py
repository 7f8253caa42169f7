"""Header styles of round 21 of our blind sets, in articles we write ourselves: a headline that
ends in an initialism's stop ("... in the U.S."); a masthead in capitals with a tagline in lower
case after a long dash; a byline that names no one ("By a Valley Times reporter"); a section
label between the time line and the title; a wire's slug marked "(UPDATED)"; a page's time
element inside the line of its times; a Dublin Core date; and a time and its update parted by
a space alone."""

from __future__ import annotations

import pytest

from wirecheck.clean import clean
from wirecheck.header_dateline import dateline
from wirecheck.header_fields import read_fields
from wirecheck.header_masthead import is_motto
from wirecheck.readers.base import Draft
from wirecheck.readers.html import read_html_text

TITLE = "Orchard growers count the cost of a late frost"
BODY = "PENWICK — Apple growers around Penwick lost about a third of their blossom, the union said."
MORE = "The frost lasted four hours and the temperature fell to minus 4C before dawn on Tuesday."


def _clean(header: str, body: str = BODY):
    return clean(Draft(path="t.txt", body=f"{header}\n\n{body}\n\n{MORE}\n", format="text"))


def test_a_headline_may_end_in_an_initialism() -> None:
    title = "Frost recall: growers ask for aid from the U.S."
    article = _clean(
        f"Valley Ledger / Farming\n{title}\nWritten by Ada Morrow\n2 March 2027 at 09:15 CET"
    )
    assert (article.title, article.dateline) == (title, "PENWICK")
    assert article.published == "2027-03-02T09:15+01:00"
    assert article.text.startswith("Apple growers around Penwick")


def test_a_masthead_with_a_tagline_in_lower_case_is_no_dateline() -> None:
    assert dateline("ORCHARDWATCH — fruit, farms and the weather") is None
    assert dateline("PENWICK — Apple growers lost a third of their blossom") is not None
    assert is_motto("fruit, farms and the weather")
    assert not is_motto("Fruit and farms")  # a title or a section, not a tagline
    header = (
        f"ORCHARDWATCH — fruit, farms and the weather\nGrowers\n{TITLE}\n"
        "Author: Ada Morrow\nTue 2 Mar 2027, 09:15"
    )
    article = _clean(header)
    assert (article.source, article.section, article.title) == ("Orchardwatch", "Growers", TITLE)
    assert (article.byline, article.published) == (["Ada Morrow"], "2027-03-02T09:15")


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("By a Valley Times reporter", "Valley Times"),
        ("By our correspondent", None),
        ("By a staff reporter", None),
    ],
)
def test_a_byline_that_names_no_one(line: str, source: str | None) -> None:
    article = _clean(f"{TITLE}\n{line}")
    assert (article.title, article.byline, article.source) == (TITLE, [], source)
    assert article.text.startswith("Apple growers around Penwick")


def test_a_section_label_between_the_time_line_and_the_title() -> None:
    header = (
        f"PENWICK COURIER\nTuesday, March 2, 2027 — 7:05 p.m.\nLocal News\n{TITLE}\nBy Ada Morrow"
    )
    article = _clean(header)
    assert (article.source, article.section, article.title) == (
        "Penwick Courier",
        "Local News",
        TITLE,
    )
    assert article.published == "2027-03-02T19:05"


def test_a_wire_slug_marked_updated_is_dropped() -> None:
    body = "PENWICK, England, March 2 (Valley Wire) - Apple growers lost a third of their blossom."
    article = _clean(f"FARMING-FROST/ORCHARDS (UPDATED)\n{TITLE}\n2027-03-02 16:04 UTC", body)
    assert (article.title, article.dateline, article.section) == (TITLE, "PENWICK, England", None)
    assert article.text.startswith("Apple growers lost")


def _page(head: str, dates: str) -> str:
    return (
        f"<html><head>{head}</head><body><article><h1>{TITLE}</h1>"
        f'<p class="byline">By Ada Morrow</p><p class="dates">{dates}</p>'
        f"<p>{BODY}</p><p>{MORE}</p></article></body></html>"
    )


def test_a_time_element_inside_the_line_of_times_is_read_with_it() -> None:
    dates = (
        'Published <time datetime="2027-03-02T09:15:00+01:00">2 March 2027, 09:15 CET</time>;'
        " updated 11:40 CET"
    )
    article = clean(read_html_text(_page("", dates), "frost.html"))
    assert (article.dateline, article.published) == ("PENWICK", "2027-03-02T09:15:00+01:00")
    assert article.text.startswith("Apple growers around Penwick")


def test_a_dublin_core_date_gives_the_time_published_with_its_zone() -> None:
    head = '<meta name="dcterms.date" content="2027-03-02T09:15:00+01:00">'
    article = clean(read_html_text(_page(head, "02.03.2027, 09:15"), "frost.html"))
    assert article.published == "2027-03-02T09:15:00+01:00"


def test_a_time_and_its_update_parted_by_a_space() -> None:
    found = read_fields("2 March 2027, 09:15 Updated 2 March 2027, 11:40")
    assert found is not None
    assert (found.published, found.updated) == ("2027-03-02T09:15", "2027-03-02T11:40")
    found = read_fields("2 March 2027, 09:15 CET Updated 11:40 CET")
    assert found is not None and found.updated == "2027-03-02T11:40+01:00"


def test_a_time_element_inside_a_dateline_keeps_its_words_in_the_sentence() -> None:
    lead = (
        '<span class="dateline">PENWICK, England, <time datetime="2027-03-02">March 2</time>'
        "</span> - Apple growers around Penwick lost about a third of their blossom."
    )
    page = _page("", "").replace(f"<p>{BODY}</p>", f"<p>{lead}</p>")
    article = clean(read_html_text(page, "frost.html"))
    assert article.dateline == "PENWICK, England"
    assert article.text.startswith("Apple growers around Penwick")
