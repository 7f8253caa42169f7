"""Bare dollars in a story whose other outlets write one other dollar currency."""

from __future__ import annotations

from wirecheck.corpus.claims import Claim
from wirecheck.corpus.dollars import settle_bare_dollars


def _money(outlet: str, topic: str, value: str) -> Claim:
    text = f"The shares were worth {value}."
    return Claim("a:" + outlet, outlet, "count", topic, topic, value, 0, len(text), text)


def test_bare_dollars_take_the_one_dollar_the_story_writes() -> None:
    claims = [
        _money("Scroll", "USD", "nearly half a million dollars (450,000–500,000)"),
        _money("Meridian", "NZD", "about NZ$250,000 (225,000–275,000)"),
        _money("Harbour", "NZD price", "NZ$240,000"),
        _money("Sentinel", "USD price", "$260,000"),
    ]
    settle_bare_dollars(claims)
    assert [c.topic for c in claims] == ["NZD", "NZD", "NZD price", "NZD price"]
    assert [c.slot for c in claims] == ["NZD", "NZD", "NZD price", "NZD price"]


def test_explicit_us_dollars_keep_every_dollar_as_written() -> None:
    claims = [
        _money("Scroll", "USD", "half a million dollars"),
        _money("Meridian", "NZD", "NZ$250,000"),
        _money("Wire", "USD", "US$150,000"),
    ]
    settle_bare_dollars(claims)
    assert [c.topic for c in claims] == ["USD", "NZD", "USD"]


def test_two_other_dollars_leave_the_bare_dollar_alone() -> None:
    claims = [
        _money("Scroll", "USD", "half a million dollars"),
        _money("Meridian", "NZD", "NZ$250,000"),
        _money("Outback", "AUD", "A$230,000"),
    ]
    settle_bare_dollars(claims)
    assert claims[0].topic == "USD"
