"""Header styles of text exports and pages we write ourselves: an outlet's staff credited by an
"Author:" label; a Central time written "CST" and an offset written "UTC+8"; a date closed by
its dot ("8.10.2026. 09:47") or parted by hyphens ("20-05-2027"); an update's clock left under
the title with its mark ("· Updated 16:45 GMT"); a page's kicker and standfirst, which are
header, never article text."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecheck.clean import clean
from wirecheck.header_times import parse_time
from wirecheck.readers.base import Draft
from wirecheck.readers.html import read_html_text

TITLE = "Refinery fire forces evacuation in Calder Bay"
BODY = "CALDER BAY, Texas (Meridian Press) - A fire broke out at a refinery on Thursday."


def _clean(header: str):
    return clean(Draft(path="t.txt", body=f"{header}\n\n{BODY}\n", format="text"))


def test_an_outlets_staff_under_an_author_label_names_the_outlet() -> None:
    article = _clean(
        f"{TITLE}\nPublished: Thursday, 3 December 2026 - 11:20 CEST\nAuthor: Meridian Press staff"
    )
    assert article.source == "Meridian Press" and article.byline == []
    assert article.dateline == "CALDER BAY, Texas"
    assert article.text.startswith("A fire broke out")


def test_an_author_label_beside_a_section_is_still_read_as_fields() -> None:
    article = _clean(f"{TITLE}\nGULF ENERGY MONTHLY\nWritten by Dana Pruitt | News")
    assert (article.byline, article.section) == (["Dana Pruitt"], "News")


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("December 3, 2026 1:05 PM CST", "2026-12-03T13:05-06:00"),
        ("Published 14/09/2026 at 10:05 (UTC+8)", "2026-09-14T10:05+08:00"),
        ("2027-03-02 10:00 UTC+05:30", "2027-03-02T10:00+05:30"),
        ("8.10.2026. 09:47", "2026-10-08T09:47"),
        ("20-05-2027 18:42 CEST", "2027-05-20T18:42+02:00"),
    ],
)
def test_time_notations(written: str, read: str) -> None:
    assert parse_time(written) == read


def test_an_updates_clock_with_its_mark_under_the_title_is_header() -> None:
    page = f"""<html><head><title>{TITLE}</title></head><body><article>
<h1>{TITLE}</h1>
<p class="time"><time datetime="2026-12-03T14:20:00+00:00">3 December 2026, 14:20 GMT</time>
 · Updated 16:45 GMT</p>
<p>{BODY}</p>
<p>Six workers were taken to hospital, two of them in a critical condition, officials said.</p>
</article></body></html>"""
    article = clean(read_html_text(page, "fire.html"))
    assert article.text.startswith("A fire broke out")
    updated = dt.datetime.fromisoformat((article.updated or "").replace("Z", "+00:00"))
    assert updated == dt.datetime(2026, 12, 3, 16, 45, tzinfo=dt.UTC)


def test_a_pages_kicker_and_standfirst_are_not_article_text() -> None:
    standfirst = "Six workers hurt as smoke drifts over the town; the plant is shut"
    page = f"""<html><head><title>{TITLE}</title></head><body><article>
<p class="kicker">Energy</p>
<h1>{TITLE}</h1>
<p class="standfirst">{standfirst}</p>
<p class="dateline"><time datetime="2026-12-03T14:20:00+00:00">3 Dec 2026 14.20 GMT</time>
 · Last modified on 3 Dec 2026 16.45 GMT</p>
<p>{BODY}</p>
<p>Six workers were taken to hospital, two of them in a critical condition, officials said.</p>
</article></body></html>"""
    article = clean(read_html_text(page, "fire.html"))
    assert article.text.startswith("A fire broke out") and standfirst not in article.text
    assert article.dateline == "CALDER BAY, Texas" and article.section == "Energy"
