"""Findings as wide as what the outlets say: a date agreement spans its conflict's side, two
status disputes through one sentence are one, and rounded clock times agree. Claims we make
up."""

from __future__ import annotations

from wirecheck.corpus.claims import Claim
from wirecheck.corpus.date_align import whole_date_sides
from wirecheck.corpus.pairs import Pair, conflict_summary, join_status_disputes
from wirecheck.corpus.time_align import same_time


def dated(outlet: str, text: str, said: str, day: str) -> Claim:
    return Claim(f"a:{outlet}", outlet, "date", "date", "date", said, 0, len(text), text,
                 time=day)  # fmt: skip


def test_a_date_agreement_takes_in_an_ally_of_its_side() -> None:
    """The Gazette stands with the Tribune on Sunday in the conflict (as an ally), so the
    agreement on Sunday names it too, instead of the Wire and the Tribune alone."""
    wire = dated("Wire", "A lynx that escaped on Sunday evening was caught.", "Sunday evening",
                 "2027-03-07")  # fmt: skip
    tribune = dated("Tribune", "The lynx went missing on Sunday.", "Sunday", "2027-03-07")
    gazette = dated("Gazette", "It slipped out of its pen late on Sunday.", "Sunday",
                    "2027-03-07")  # fmt: skip
    clarion = dated("Clarion", "The lynx broke out early on Monday.", "Monday", "2027-03-08")
    pairs = [
        Pair("conflict", "date", "date: ...", [clarion, gazette, tribune, wire]),
        Pair("agree", "date", "Tribune and Wire agree", [tribune, wire]),
    ]
    found = whole_date_sides(pairs)
    agreements = [p for p in found if p.kind == "agree"]
    assert [sorted(c.outlet for c in p.claims) for p in agreements] == [
        ["Gazette", "Tribune", "Wire"]
    ]
    assert len([p for p in found if p.kind == "conflict"]) == 1
    # a side one outlet holds alone makes no agreement
    alone = [Pair("conflict", "date", "date: ...", [clarion, wire])]
    assert whole_date_sides(alone) == alone


def status(outlet: str, kind: str, text: str, state: str) -> Claim:
    mode = state if kind == "event" else None
    return Claim(f"a:{outlet}", outlet, kind, "event status", "inquiry", state, 0, len(text),
                 text, mode=mode)  # fmt: skip


def test_two_status_disputes_through_one_sentence_become_one() -> None:
    deciding = "The safety office is deciding whether to open an inquiry."
    weekly_event = status("Weekly", "event", deciding, "hypothetical")
    weekly_deed = status("Weekly", "deed", deciding, "planned")
    tribune = status("Tribune", "event", "The safety office has launched an inquiry.", "asserted")
    wire = status("Wire", "deed", "The safety office has opened an inquiry.", "done")
    pairs = [
        Pair("conflict", "event status", "...", [tribune, weekly_event]),
        Pair("conflict", "event status", "...", [weekly_deed, wire]),
    ]
    (joined,) = join_status_disputes(pairs, "event status")
    assert sorted(c.outlet for c in joined.claims) == ["Tribune", "Weekly", "Wire"]
    assert joined.summary == "event status: Tribune and Wire say done; Weekly says planned."
    # an outlet giving two different sentences would stand on both sides: left apart
    other = status("Wire", "deed", "The office may later open a second inquiry.", "planned")
    other.start, other.end = 100, 150
    apart = [pairs[0], Pair("conflict", "event status", "...", [weekly_deed, wire]),
             Pair("conflict", "event status", "...", [tribune, other])]  # fmt: skip
    assert len(join_status_disputes(apart, "event status")) == 3


def clock(outlet: str, text: str, value: str, time: str) -> Claim:
    return Claim(f"a:{outlet}", outlet, "time", "time", "TIME", value, 0, len(text), text,
                 time=time, context=text)  # fmt: skip


def test_rounded_clock_times_agree_when_they_may_mean_one_moment() -> None:
    about = clock("Courier", "It struck at about 5:40 a.m. on Tuesday.", "5:40 a.m. on Tuesday",
                  "2027-02-16T05:40")  # fmt: skip
    before = clock("Wire", "It struck shortly before 6 a.m. on Tuesday.", "6 a.m. on Tuesday",
                   "2027-02-16T06:00")  # fmt: skip
    after = clock("Post", "It struck shortly after 7 a.m. on Tuesday.", "7 a.m. on Tuesday",
                  "2027-02-16T07:00")  # fmt: skip
    exact = clock("Herald", "It struck at 6:20 a.m. on Tuesday.", "6:20 a.m. on Tuesday",
                  "2027-02-16T06:20")  # fmt: skip
    assert same_time(about, before)
    assert not same_time(before, after)
    assert not same_time(exact, before)  # an exact time 20 minutes after "shortly before 6"
    next_day = clock("Times", "It struck at about 5:45 a.m. on Wednesday.",
                     "5:45 a.m. on Wednesday", "2027-02-17T05:45")  # fmt: skip
    assert not same_time(about, next_day)
    # both rounded, half an hour apart: two moments
    late = clock("Times", "It broke at around 23:40 on Monday.", "23:40 on Monday",
                 "2027-02-15T23:40")  # fmt: skip
    early = clock("Post", "It broke at about 11:10 p.m.", "11:10 p.m.", "2027-02-15T23:10")
    assert not same_time(late, early)
    # an exact time at the edge of a rounded one may be what it rounds
    exact_end = clock("Herald", "It opened at 6:30 a.m.", "6:30 a.m.", "2027-02-16T06:30")
    just_after = clock("Wire", "It opened shortly after 6:10 a.m.", "6:10 a.m.",
                       "2027-02-16T06:10")  # fmt: skip
    assert same_time(exact_end, just_after)


def test_a_status_conflict_names_each_sides_state_never_its_date() -> None:
    text = "The council voted on Thursday to ban cruise ships from the old harbour."
    done = Claim("a:Wire", "Wire", "event", "event status", "COERCE", "done", 0, len(text), text,
                 time="2027-03-25", mode="asserted")  # fmt: skip
    planned = Claim("a:Daily", "Daily", "event", "event status", "COERCE", "proposed", 0,
                    len(text), text, time="PXY", mode="proposed")  # fmt: skip
    summary = conflict_summary("event status", [[done], [planned]])
    assert summary == "event status: Daily says proposed; Wire says done."
