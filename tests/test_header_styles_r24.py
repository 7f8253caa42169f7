"""Header styles of round 24 of our blind sets: times given in Atlantic Canada's zones
("15:05 AST", "4:15 p.m. AT"), which take their offsets; and, as before, a slashed date with a
capital "AM" stays day first, since outlets outside America write them so too."""

from __future__ import annotations

import pytest

from wirecheck.header_times import parse_time


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
