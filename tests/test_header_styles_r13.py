"""Header styles of text exports we write ourselves: an outlet's name in capitals over its
section, parted by a dot; the outlet, its section and the time parted by slashes; a time with
its first publication in brackets; a byline printed in capitals; the clock after an update's
date; a page whose <title> is the outlet's name, alone or beside a label of its own; a time's
label a page left alone ("· Last modified on") above the dateline."""

from __future__ import annotations

import pytest

from wirecheck.clean import clean
from wirecheck.header_fields import read_fields
from wirecheck.readers.base import Draft
from wirecheck.readers.html import read_html_text

TITLE = "Port bonds slide as pilots strike"
BODY = "Port Kelso's bonds fell on Tuesday as harbour pilots stopped work over a new rota."


def _clean(header: str):
    return clean(Draft(path="t.txt", body=f"{header}\n\n{BODY}\n", format="text"))


def test_an_outlets_name_in_capitals_over_its_section_parted_by_a_dot() -> None:
    article = _clean(
        f"HARBOUR BUSINESS REVIEW · Markets / Energy\n\n{TITLE}\nWritten by Ana Ruiz\n"
        "2027-05-20T10:15:00-05:00"
    )
    assert (article.source, article.section) == ("Harbour Business Review", "Markets / Energy")
    assert article.title == TITLE and article.text.startswith("Port Kelso's bonds")


def test_the_outlet_its_section_and_the_time_parted_by_slashes() -> None:
    article = _clean(f"Tasman Wire / Asia-Pacific / Wed May 19, 2027 9:20am GMT\n{TITLE}")
    assert (article.source, article.section) == ("Tasman Wire", "Asia-Pacific")
    assert article.published == "2027-05-19T09:20Z"
    assert article.title == TITLE and article.text.startswith("Port Kelso's bonds")


def test_a_section_label_parted_by_a_slash_stays_one_label() -> None:
    # without the outlet and the time, the slash is a section label's own ("Sport / Rowing")
    found = read_fields("Markets / Energy")
    assert found is None or (found.source is None and found.published is None)


def test_a_time_with_its_first_publication_in_brackets() -> None:
    # the time shown is the update; the first publication is a clock time of the same day
    article = _clean(
        f"{TITLE}\nBy Ana Ruiz\nMonday October 4 2027, 5.20pm (first published 11.45am)"
    )
    assert (article.published, article.updated) == ("2027-10-04T11:45", "2027-10-04T17:20")


def test_a_byline_printed_in_capitals_is_the_name() -> None:
    article = _clean(f"TASMAN WIRE\nPorts\n\n{TITLE}\n\nBY ANA RUIZ, Ports Correspondent")
    assert article.byline == ["Ana Ruiz"] and article.contributors == ["Ana Ruiz"]


def test_the_clock_after_an_updates_date_is_the_updates() -> None:
    found = read_fields("Posted 16.09.2027 - 22:05 | Updated 17.09.2027 - 08:10")
    assert found is not None
    assert (found.published, found.updated) == ("2027-09-16T22:05", "2027-09-17T08:10")


@pytest.mark.parametrize(
    "title",
    [
        "Kelso Harbour Herald",
        "Kelso Harbour Herald - Pilots strike",
        "Kelso Harbour Herald | Ports",
    ],
)
def test_a_pages_title_naming_the_outlet_leaves_the_headline_to_its_heading(title: str) -> None:
    page = (
        f"<html><head><title>{title}</title></head><body>"
        '<div class="logo">KELSO HARBOUR HERALD</div>'
        f"<h2>{TITLE}</h2><p>By Ana Ruiz</p><p>{BODY}</p><p>{BODY} Talks resume on Friday.</p>"
        "</body></html>"
    )
    assert clean(read_html_text(page, "p.html")).title == TITLE


@pytest.mark.parametrize("label", ["· Last modified on", "· Updated", "| Published:"])
def test_a_time_label_a_page_left_alone_does_not_hide_the_dateline(label: str) -> None:
    page = (
        "<html><head><title>Port bonds slide | Kelso Harbour Herald</title></head><body>"
        f"<article><p class='kicker'>Business</p><h1>{TITLE}</h1><p>By Ana Ruiz</p>"
        f'<p><time datetime="2027-05-18T12:30:00+01:00">Tue 18 May 2027 12.30 BST</time> {label} '
        '<time datetime="2027-05-18T18:05:00+01:00">Tue 18 May 2027 18.05 BST</time></p>'
        f"<p>PORT KELSO - {BODY}</p><p>{BODY} Talks resume on Friday.</p></article></body></html>"
    )
    article = clean(read_html_text(page, "p.html"))
    assert article.dateline == "PORT KELSO" and article.text.startswith("Port Kelso's bonds")
