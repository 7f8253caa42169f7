"""Header styles of text exports and pages we write ourselves: a contributor trailer with the
writer's job title before the name ("Staff writer A contributed to this report."); a page's
section meta tag over the breadcrumb it shows; a one-word brand over its section ("QuayPulse »
Harbours"); Latin American zone abbreviations and a North American zone after a slashed date;
a byline sharing its line with the time under the outlet's masthead."""

from __future__ import annotations

import pytest

from wirecheck.clean import clean
from wirecheck.header_times import parse_time
from wirecheck.readers.base import Draft
from wirecheck.readers.html import read_html_text

TITLE = "Ferry runs aground off Tollan Point in heavy fog"
BODY = "TOLLAN POINT - A passenger ferry ran aground in thick fog on Monday, the operator said."
MORE = "All 212 passengers were taken off by lifeboat and no one was hurt, the coast guard said."


def _clean(text: str):
    return clean(Draft(path="t.txt", body=text, format="text"))


@pytest.mark.parametrize(
    ("trailer", "names"),
    [
        ("Staff writer Priya Vance contributed to this report.", ["Priya Vance"]),
        (
            "Harbour Post staff writers Priya Vance and Oskar Lind contributed to this report.",
            ["Priya Vance", "Oskar Lind"],
        ),
    ],
)
def test_a_job_title_of_several_words_is_not_part_of_a_contributors_name(
    trailer: str, names: list[str]
) -> None:
    article = _clean(f"{TITLE}\nBy Dara Quill\n\n{BODY}\n\n{MORE}\n\n{trailer}\n")
    assert article.contributors == ["Dara Quill", *names]
    assert trailer not in article.text


def test_a_section_meta_tag_outranks_the_breadcrumb_the_page_shows() -> None:
    page = f"""<html><head><title>{TITLE}</title>
<meta name="section" content="Coastal Affairs"></head><body><article>
<div class="section">Coastal Affairs &raquo; Islands</div>
<h1>{TITLE}</h1>
<p>{BODY}</p>
<p>{MORE}</p>
</article></body></html>"""
    assert clean(read_html_text(page, "ferry.html")).section == "Coastal Affairs"


def test_a_brand_over_its_section_is_the_outlet_and_the_title_follows() -> None:
    article = _clean(f"QuayPulse » Harbours\n{TITLE}\nAuthor: Dara Quill\n\n{BODY}\n\n{MORE}\n")
    assert (article.source, article.section, article.title) == ("QuayPulse", "Harbours", TITLE)
    assert article.text.startswith("A passenger ferry")


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Monday 9 August 2027, 06:40 COT", "2027-08-09T06:40-05:00"),
        ("9 August 2027, 06:40 PET", "2027-08-09T06:40-05:00"),
        ("9 August 2027 18:10 ART", "2027-08-09T18:10-03:00"),
        ("August 9, 2027 6:10 p.m. BRT", "2027-08-09T18:10-03:00"),
        # a slashed date before a North American zone is month first
        ("04/09/2027 08:15 EDT", "2027-04-09T08:15-04:00"),
    ],
)
def test_time_notations(written: str, read: str) -> None:
    assert parse_time(written) == read


def test_a_byline_beside_its_time_under_the_masthead_names_the_writer() -> None:
    header = f"TOLLAN BAY COURIER\nRegion\n{TITLE}\nBy Dara Quill | Published 08/09/2027 07:30 PDT"
    article = _clean(f"{header}\n\n{BODY}\n\n{MORE}\n")
    assert article.source == "Tollan Bay Courier"
    assert (article.byline, article.contributors) == (["Dara Quill"], ["Dara Quill"])
    assert article.published == "2027-08-09T07:30-07:00"
