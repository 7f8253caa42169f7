"""Figures and dates that are not what they first look like, in sentences we write: a level
kept over a period is no reading, a fire that "broke out" let nothing escape, a speed in
kilometres per hour is no distance, and a date that ends a period is set only against a date
things end or start again on."""

from __future__ import annotations

from tests.test_compare import article, count
from wirecheck.corpus.claims import Claim, claims_of
from wirecheck.corpus.count_topics import count_topic
from wirecheck.corpus.date_align import _comparable
from wirecheck.extract.quantities import find_quantities
from wirecheck.model import Quantity


def _measure(text: str, phrase: str, low: float, unit: str) -> Quantity:
    start = text.index(phrase)
    return Quantity("", "", start, start + len(phrase), phrase, low, low, None, unit, None)


def test_a_level_kept_until_a_day_is_compared_only_with_other_such_levels() -> None:
    text = "Temperatures are expected to stay above 30C until Friday, the institute said."
    kept = article("Beacon", text, quantities=[_measure(text, "above 30C", 30, "°")])
    (claim,) = claims_of(kept, "Beacon", {})
    assert claim.topic == "° threshold"
    reading = "The city recorded 34.6C on Monday, its highest temperature on record."
    measured = article("Courier", reading, quantities=[_measure(reading, "34.6C", 34.6, "°")])
    (claim,) = claims_of(measured, "Courier", {})
    assert claim.topic == "°"


def test_engines_called_to_a_fire_that_broke_out_did_not_escape() -> None:
    sentence = "A fire broke out at the hotel before dawn, and 15 fire engines were called."
    engines = count(sentence, "15 fire engines", 15, 15, "engine")
    assert count_topic(sentence, engines, sentence.index("15 fire engines")) != "escaped"
    breakout = "Three inmates broke out of the jail overnight."
    inmates = count(breakout, "Three inmates", 3, 3, "inmate")
    assert count_topic(breakout, inmates, 0) == "escaped"


def test_a_speed_in_kilometres_or_miles_per_hour() -> None:
    found = find_quantities("The storm came ashore with winds of 185 kilometres per hour.", None)
    assert [(q.value, q.unit) for q in found] == [(185.0, "km/h")]
    found = find_quantities("The shuttle was doing about 18 miles an hour.", None)
    assert [(q.value, q.unit) for q in found] == [(18.0, "mph")]


def _dated(outlet: str, lead_in: str, day: str) -> Claim:
    text = f"{lead_in}{day}."
    return Claim(f"a:{outlet}", outlet, "date", "date", "date", day, 0, len(text), text,
                 time=day, lead_in=lead_in, future=True)  # fmt: skip


def test_a_date_ending_a_period_is_set_against_an_end_not_another_deed() -> None:
    free = _dated("Herald", "Rides on the new line will be free for the first week, until ",
                  "2027-03-20")  # fmt: skip
    figures = _dated("Daily", "The authority will publish figures for the first week on ",
                     "2027-03-22")  # fmt: skip
    assert not _comparable(free, figures)
    closed = _dated("Herald", "The tunnel will stay shut for repairs until ", "2027-12-11")
    reopens = _dated("Daily", "The tunnel reopens after repairs on ", "2027-12-04")
    assert _comparable(closed, reopens)
    same_day = _dated("Daily", "The authority will publish figures for the first week on ",
                      "2027-03-20")  # fmt: skip
    assert _comparable(free, same_day)
