"""Clock times across outlets: each outlet's first clock time for the story's event."""

from __future__ import annotations

import pytest

from tests.test_compare import analyse, article
from wirecheck.corpus.claims import Claim, claims_of
from wirecheck.corpus.time_align import same_time
from wirecheck.model import Article, Time


def clock(text: str, said: str, value: str) -> Time:
    start = text.index(said)
    return Time("", "", start, start + len(said), said, "TIME", value, None)


WIRE = (
    "Two people were killed when a passenger train from Vancouver to Kamloops came off the "
    "tracks at about 6:15 a.m. on Tuesday near the community of Boston Bar."
)
PAPER = (
    "Survivors described a sudden jolt and then darkness as the morning service left the "
    "tracks shortly before 7 a.m., killing two people and injuring dozens more."
)


def test_two_lead_clock_times_beside_one_deed_conflict() -> None:
    a = article("Wire", WIRE, times=[clock(WIRE, "6:15 a.m.", "2026-11-10T06:15")])
    b = article("Paper", PAPER, times=[clock(PAPER, "7 a.m.", "2026-11-10T07:00")])
    found = [(f.kind, f.topic) for f in analyse(a, b).findings if f.kind != "unique"]
    assert found == [("conflict", "time")]


def test_lead_clock_times_of_two_days_are_not_set_against_each_other() -> None:
    a = article("Wire", WIRE, times=[clock(WIRE, "6:15 a.m.", "2026-11-10T06:15")])
    b = article("Paper", PAPER, times=[clock(PAPER, "7 a.m.", "2026-11-11T07:00")])
    assert [f for f in analyse(a, b).findings if f.topic == "time"] == []


def _length(text: str, said: str, value: str) -> Time:
    start = text.index(said)
    return Time("", "", start, start + len(said), said, "DURATION", value, None)


def test_a_length_that_spans_a_figure_is_no_claim_of_its_own() -> None:
    text_a = "The union is seeking a pay rise of 18 per cent over three years."
    text_b = "The union wants a 15 per cent rise over three years, its leaders said."
    a = article("Wire", text_a, times=[_length(text_a, "three years", "P3Y")])
    b = article("Paper", text_b, times=[_length(text_b, "three years", "P3Y")])
    assert [f for f in analyse(a, b).findings if f.topic == "duration"] == []
    # the times layer may take the "over" into the length's words
    text_e = "Teachers will get a rise of 12 percent over three years."
    text_f = "The deal lifts pay by 14.5 percent over three years."
    e = article("Wire", text_e, times=[_length(text_e, "over three years", "P3Y")])
    f = article("Paper", text_f, times=[_length(text_f, "over three years", "P3Y")])
    assert [x for x in analyse(e, f).findings if x.topic == "duration"] == []
    # a length of its own still agrees
    text_c = "The strike is expected to last three years, its leaders said."
    text_d = "The union said the strike could last three years."
    c = article("Wire", text_c, times=[_length(text_c, "three years", "P3Y")])
    d = article("Paper", text_d, times=[_length(text_d, "three years", "P3Y")])
    assert [f.kind for f in analyse(c, d).findings if f.topic == "duration"] == ["agree"]


def test_lengths_of_one_thing_named_two_ways_meet() -> None:
    """'an end to 11 months of talks' / 'after about 10 months of negotiations': the same
    talks, however differently the sentences read."""
    text_a = (
        "Nurses signed the deal with ministers on Friday, bringing an end to 11 months of talks."
    )
    text_b = "The agreement, reached after about 10 months of negotiations, lifts pay by 9%."
    a = article("Wire", text_a, times=[_length(text_a, "11 months", "P11M")])
    b = article("Paper", text_b, times=[_length(text_b, "about 10 months", "P10M")])
    found = [f.kind for f in analyse(a, b).findings if f.topic == "duration"]
    assert found == ["agree"]


def test_the_day_a_thing_was_said_is_not_the_day_of_the_event() -> None:
    from wirecheck.extract.events import events
    from wirecheck.extract.times import times
    from wirecheck.nlp import parse

    text = (
        "A ransomware attack has shut down most services of the city of Ghent, officials said "
        "on Monday. Rebels attacked the base on Sunday, the army said on Monday."
    )
    made = Article(id="a", path="a.txt", text=text, published="2026-11-24T10:00:00")
    doc = parse(text)
    made.times = times(made, doc)
    found = {text[e.start : e.end].split()[0]: e.time for e in events(made, doc)}
    assert found.get("A") is None  # the attack is not dated by the saying
    assert found.get("Rebels") == "2026-11-22"  # a date in the event's own clause stays


LAUNCH_WIRE = "The rocket lifted off from the spaceport on the island at 10:32 a.m. on Tuesday."
LAUNCH_LOCAL = "Skerry-1 left the pad at 10:47 a.m., after a 15-minute hold for a last check."


def test_the_only_clock_time_each_outlet_gives_dates_one_event() -> None:
    a = article("Wire", LAUNCH_WIRE, times=[clock(LAUNCH_WIRE, "10:32 a.m.", "2026-11-17T10:32")])
    b = article("Local", LAUNCH_LOCAL, times=[clock(LAUNCH_LOCAL, "10:47 a.m.",
                                                     "2026-11-17T10:47")])  # fmt: skip
    found = [(f.kind, f.topic) for f in analyse(a, b).findings if f.kind != "unique"]
    assert found == [("conflict", "time")]


def test_the_only_clock_time_of_one_outlet_meets_the_others_first() -> None:
    text = LAUNCH_LOCAL + " Crowds left the cliffs at 11:30 a.m."
    a = article("Wire", LAUNCH_WIRE, times=[clock(LAUNCH_WIRE, "10:32 a.m.", "2026-11-17T10:32")])
    b = article("Local", text, times=[clock(text, "10:47 a.m.", "2026-11-17T10:47"),
                                       clock(text, "11:30 a.m.", "2026-11-17T11:30")])  # fmt: skip
    found = [(f.kind, f.summary) for f in analyse(a, b).findings if f.topic == "time"]
    assert found == [("conflict", "time: Local says 10:47 a.m., Wire says 10:32 a.m.")]


def test_two_outlets_with_several_clock_times_need_a_common_word() -> None:
    text_a = LAUNCH_WIRE + " The launch window closed at 1:15 p.m."
    text_b = LAUNCH_LOCAL + " Crowds left the cliffs at 11:30 a.m."
    times_a = [clock(text_a, "10:32 a.m.", "2026-11-17T10:32"),
               clock(text_a, "1:15 p.m.", "2026-11-17T13:15")]  # fmt: skip
    times_b = [clock(text_b, "10:47 a.m.", "2026-11-17T10:47"),
               clock(text_b, "11:30 a.m.", "2026-11-17T11:30")]  # fmt: skip
    a = article("Wire", text_a, times=times_a)
    b = article("Local", text_b, times=times_b)
    assert [f for f in analyse(a, b).findings if f.topic == "time"] == []


@pytest.mark.parametrize(
    ("wire", "value", "kind"),
    [
        ("01:17 UTC", "2026-11-12T01:17", "agree"),  # one moment on two clocks
        ("01:31 UTC", "2026-11-12T01:31", "conflict"),  # other minutes: another moment
    ],
)
def test_a_time_in_utc_meets_the_same_moment_in_local_time(
    wire: str, value: str, kind: str
) -> None:
    text_a = f"The earthquake struck on Thursday at {wire}, the survey said."
    text_b = "The quake struck at 2:17 a.m. on Thursday, waking thousands in the old town."
    a = article("Survey", text_a, times=[clock(text_a, wire, value)])
    b = article("Paper", text_b, times=[clock(text_b, "2:17 a.m.", "2026-11-12T02:17")])
    found = [f.kind for f in analyse(a, b).findings if f.topic == "time"]
    assert found == [kind]


def test_a_length_that_steps_the_story_on_is_no_claim() -> None:
    text_a = "She was diagnosed in 2024. Eighteen months later she joined the trial."
    text_b = "The trial took patients whose symptoms began less than two years earlier."
    a = article("Wire", text_a, times=[_length(text_a, "Eighteen months", "P18M")])
    b = article("Paper", text_b, times=[_length(text_b, "less than two years", "P2Y")])
    assert [f for f in analyse(a, b).findings if f.topic == "duration"] == []


def test_a_window_looked_back_over_is_no_length() -> None:
    text_a = "It is among the most valuable paintings listed as stolen in the past decade."
    text_b = "The painting had been missing for more than seven years when police found it."
    a = article("Wire", text_a, times=[_length(text_a, "the past decade", "P10Y")])
    b = article("Paper", text_b, times=[_length(text_b, "more than seven years", "P7Y")])
    assert [f for f in analyse(a, b).findings if f.topic == "duration"] == []


def test_lengths_an_order_of_magnitude_apart_are_not_one_length() -> None:
    # "less than two years" overlaps two weeks as an interval, but says nothing about it
    text_a = "The company said the new drug would be available to patients within two weeks."
    text_b = "The new drug is meant for patients who have had symptoms for less than two years."
    a = article("Wire", text_a, times=[_length(text_a, "two weeks", "P2W")])
    b = article("Paper", text_b, times=[_length(text_b, "less than two years", "P2Y")])
    assert [f for f in analyse(a, b).findings if f.topic == "duration"] == []


def test_a_clock_time_after_by_marks_progress_and_is_no_finding() -> None:
    text_a = "By 9 p.m., about 60 percent of homes had their water back, the utility said."
    text_b = "Only a third of homes had water again by 9 p.m., according to the utility."
    a = article("Wire", text_a, times=[clock(text_a, "9 p.m.", "2026-11-10T21:00")])
    b = article("Paper", text_b, times=[clock(text_b, "9 p.m.", "2026-11-10T21:00")])
    assert [f for f in analyse(a, b).findings if f.topic == "time"] == []


def test_two_lengths_after_one_verb_measure_one_deed() -> None:
    # the sentences around them read apart; "lasted" says both measure the storm
    text_a = (
        "Hail the size of walnuts fell shortly after 5 p.m. local time and lasted about 10 minutes."
    )
    text_b = "The storm lasted nearly half an hour, the provincial weather service said."
    a = article("Wire", text_a, times=[_length(text_a, "about 10 minutes", "PT10M")])
    b = article("Paper", text_b, times=[_length(text_b, "nearly half an hour", "PT30M")])
    assert [(f.kind, f.topic) for f in analyse(a, b).findings] == [("conflict", "duration")]


def test_one_moment_on_two_clocks_is_one_agreement_of_three_outlets() -> None:
    text_a = "The earthquake struck on Thursday at 01:17 UTC, the survey said."
    text_b = "The quake struck on Thursday at 01:17 GMT, seismologists said."
    text_c = "The quake struck at 2:17 a.m. on Thursday, waking thousands in the old town."
    a = article("Survey", text_a, times=[clock(text_a, "01:17 UTC", "2026-11-12T01:17")])
    b = article("Wire", text_b, times=[clock(text_b, "01:17 GMT", "2026-11-12T01:17")])
    c = article("Paper", text_c, times=[clock(text_c, "2:17 a.m.", "2026-11-12T02:17")])
    found = [f for f in analyse(a, b, c).findings if f.topic == "time"]
    assert [(f.kind, len({e.article for e in f.evidence})) for f in found] == [("agree", 3)]


def test_one_hour_given_without_its_day_is_no_dispute_over_the_day() -> None:
    # each outlet's day for "5:42 p.m." is the one we guessed from its article's date
    text_a = "Forecasters issued a flash flood warning at 5:42 p.m., as the river rose."
    text_b = "Forecasters issued a flash flood warning at 5:42 p.m., residents said later."
    a = article("Wire", text_a, times=[clock(text_a, "5:42 p.m.", "2027-08-08T17:42")])
    b = article("Paper", text_b, times=[clock(text_b, "5:42 p.m.", "2027-08-09T17:42")])
    assert [f.kind for f in analyse(a, b).findings if f.topic == "time"] == ["agree"]


def test_an_open_length_an_order_of_magnitude_off_joins_no_agreement() -> None:
    def length(value: str, iso: str) -> Claim:
        return Claim("a", "Wire", "time", "duration", "DURATION", value, 0, 1, value, time=iso)

    assert same_time(length("about 12 minutes", "PT12M"), length("12 minutes", "PT12M"))
    assert not same_time(length("less than a day", "PT24H"), length("12 minutes", "PT12M"))


def test_terms_a_court_sentenced_one_man_to_are_one_length() -> None:
    """'sentenced a former mayor to three years' / 'was sentenced on Friday to two years':
    the verb's object stands between it and the length, yet both measure one sentence."""
    text_a = (
        "A court in Ghent sentenced a former harbour official, Piet Vermaelen, to three years "
        "in prison for taking bribes from shipping agents."
    )
    text_b = (
        "Piet Vermaelen, who ran berth allocations for a decade, was sentenced on Friday to two "
        "years for corruption by a court that called the case a betrayal of the city."
    )
    a = article("Wire", text_a, times=[_length(text_a, "three years", "P3Y")])
    b = article("Paper", text_b, times=[_length(text_b, "two years", "P2Y")])
    found = [f.kind for f in analyse(a, b).findings if f.topic == "duration"]
    assert found == ["conflict"]


def test_a_period_a_thing_is_of_is_no_length() -> None:
    """'the finest harvest of the past decade': a period looked back over, no length of the
    story's deed; a length of the deed itself still counts."""
    text = "The grower sold the finest harvest of the past decade for a record price."
    told = article("Wire", text, times=[_length(text, "the past decade", "P10Y")])
    assert [c for c in claims_of(told, "Wire", {}) if c.slot == "DURATION"] == []
    kept = "The grower said the harvest had taken the past decade to plan."
    planned = article("Wire", kept, times=[_length(kept, "the past decade", "P10Y")])
    assert [c.value for c in claims_of(planned, "Wire", {}) if c.slot == "DURATION"] == [
        "the past decade"
    ]
