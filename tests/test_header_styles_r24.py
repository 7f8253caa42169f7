"""Header styles of round 24 of our blind sets: times given in Atlantic Canada's zones
("15:05 AST", "4:15 p.m. AT"), which take their offsets (as before, a slashed date with a
capital "AM" stays day first, since outlets outside America write them so too); and an
outlet's name in capitals parted from its section by a double hyphen ("HARBOUR DISPATCH --
Environment"), which is no dateline; and copyright lines that name the outlet before the
year or follow a sentence of their own ("(c) The Ashvale Courier 2026"), which are trailers,
not body text."""

from __future__ import annotations

import pytest

from wirecheck.clean import clean
from wirecheck.header_times import parse_time
from wirecheck.readers.base import Draft


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("Published: 12 Dec 2026 15:05 AST", "2026-12-12T15:05-04:00"),
        ("Updated 12 Dec 2026 17:30 ADT", "2026-12-12T17:30-03:00"),
        ("Dec. 6, 2026 4:15 p.m. AT", "2026-12-06T16:15-04:00"),
        ("July 6, 2026 4:15 p.m. AT", "2026-07-06T16:15-03:00"),
        ("Jan. 9, 2027 8:05 a.m. NST", "2027-01-09T08:05-03:30"),
        ("Posted 11/06/2027 08:15 AM", "2027-06-11T08:15"),
        ("Dec. 6, 2026 4:15 p.m. at the latest", "2026-12-06T16:15"),
    ],
)
def test_atlantic_zones_take_their_offsets(written: str, iso: str) -> None:
    assert parse_time(written) == iso


def test_a_name_and_section_parted_by_a_double_hyphen_are_no_dateline() -> None:
    text = (
        "HARBOUR DISPATCH -- Environment\nSeals return to the Ashvale estuary\n"
        "Author: Dana Whitcombe\nPosted: Thursday 10 December 2026, 11:20 AEDT\n\n"
        "ASHVALE - More than 40 grey seals were counted on the estuary's sandbanks on Tuesday, "
        "the first colony seen there in a decade.\n\n"
        "Volunteers counted the animals from the sea wall at low tide, a ranger said.\n"
    )
    article = clean(Draft(path="t.txt", body=text, format="text"))
    found = (article.source, article.section, article.title, article.dateline)
    assert found == ("Harbour Dispatch", "Environment", "Seals return to the Ashvale estuary",
                     "ASHVALE")  # fmt: skip


@pytest.mark.parametrize(
    "trailer",
    [
        "(c) The Ashvale Courier 2026",
        "Copyright The Ashvale Courier 2026. Do not reproduce without permission.",
        "The Ashvale Courier is editorially independent. Copyright 2026.",
    ],
)
def test_copyright_lines_are_trailers(trailer: str) -> None:
    body = (
        "ASHVALE - More than 40 grey seals were counted on the estuary's sandbanks on Tuesday, "
        "the first colony seen there in a decade.\n\n"
        "Volunteers counted the animals from the sea wall at low tide, a ranger said.\n\n"
    )
    article = clean(Draft(path="t.txt", body=body + trailer + "\n", format="text"))
    assert "2026" not in article.text
    assert "sea wall" in article.text


def test_a_sentence_about_copyright_stays_in_the_body() -> None:
    body = (
        "The band lost a copyright case in 2019, and its lawyers appealed.\n\n"
        "The court said. Copyright law changed in 2021 after a ruling on sampling.\n"
    )
    article = clean(Draft(path="t.txt", body=body, format="text"))
    assert "Copyright law changed in 2021" in article.text
