"""Header styles of round 25 of our blind sets: a zone's name in brackets after the clock time
("09.12.2026, 08:30 (EET)"), which gives its offset as the bare name does; an update shown as a
clock time in a <time> element after an "Updated" label, whose datetime keeps the offset the
words leave out; and a masthead that names its edition ("DANUBE HERALD — English Edition"),
which is no section."""

from __future__ import annotations

import pytest
from lxml import html

from wirecheck.clean import clean
from wirecheck.header_times import parse_time
from wirecheck.readers.base import Draft
from wirecheck.readers.html_meta import page_meta


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("09.12.2026, 08:30 (EET)", "2026-12-09T08:30+02:00"),
        ("2 Dec 2026 18:30 (CET)", "2026-12-02T18:30+01:00"),
        ("Dec. 3, 2026 4:15 p.m. (ET)", "2026-12-03T16:15-05:00"),
        ("20/05/2027 10:15 (+08:00)", "2027-05-20T10:15+08:00"),
        ("09.12.2026, 08:30 (Tulcea)", "2026-12-09T08:30"),
    ],
)
def test_a_zone_named_in_brackets_gives_its_offset(written: str, iso: str) -> None:
    assert parse_time(written) == iso


def _meta(stamp: str) -> dict[str, object]:
    return page_meta(html.fromstring(f"<html><body><h1>Sorting halts</h1>{stamp}</body></html>"))


@pytest.mark.parametrize(
    "stamp",
    [
        '<p><time datetime="2026-12-07T18:05:00+11:00">Dec 7, 2026, 6.05pm</time> | Updated '
        '<time datetime="2026-12-07T20:40:00+11:00">8.40pm</time></p>',
        '<p>Published <time datetime="2026-12-07T18:05:00+11:00">7 Dec 2026, 18:05</time> · '
        'Last updated: <time datetime="2026-12-07T20:40:00+11:00">20:40</time></p>',
        '<p><time datetime="2026-12-07T18:05:00+11:00">7 Dec</time> <span>Updated</span> '
        '<time datetime="2026-12-07T20:40:00+11:00">20:40</time></p>',
    ],
)
def test_an_update_time_element_after_its_label_gives_the_update(stamp: str) -> None:
    meta = _meta(stamp)
    assert (meta["published"], meta["updated"]) == (
        "2026-12-07T18:05:00+11:00",
        "2026-12-07T20:40:00+11:00",
    )


def test_a_second_time_element_without_an_update_label_is_no_update() -> None:
    stamp = (
        '<p>Posted <time datetime="2026-12-07T18:05:00+11:00">7 Dec</time>, filed from '
        '<time datetime="2026-12-07T17:00:00+11:00">Sydney</time></p>'
    )
    assert _meta(stamp)["updated"] is None


def test_an_edition_beside_the_outlet_s_name_is_no_section() -> None:
    text = (
        "DANUBE HERALD — English Edition\nEnvironment & Crime\n\n"
        "Police break up a delta caviar ring\nAuthor: Ioana Petrescu\n09.12.2026, 08:30 (EET)\n\n"
        "TULCEA — Eleven people were arrested on Tuesday in raids on boathouses along the delta, "
        "prosecutors said.\n\n"
        "Officers seized about 40 kilograms of roe, a spokeswoman for the border police said.\n"
    )
    article = clean(Draft(path="t.txt", body=text, format="text"))
    found = (article.source, article.section, article.published)
    assert found == ("Danube Herald", "Environment & Crime", "2026-12-09T08:30+02:00")
