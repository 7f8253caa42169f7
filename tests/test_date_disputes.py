"""Date conflicts from the events aligner and the dates aligner that name one outlet's date in
one sentence become one dispute (`date_align.join_date_disputes`), with claims we make up."""

from __future__ import annotations

from wirecheck.corpus.claims import Claim
from wirecheck.corpus.date_align import join_date_disputes
from wirecheck.corpus.pairs import Pair

HERALD_TEXT = "Police detained 14 people in a series of raids at dawn on Monday."


def dated(outlet: str, kind: str, text: str, said: str, day: str, start: int = 0) -> Claim:
    topic = "raid" if kind == "event" else "date"
    return Claim(f"a:{outlet}", outlet, kind, topic, topic, said, start, start + len(text), text,
                 time=day)  # fmt: skip


def conflict(left: Claim, right: Claim) -> Pair:
    return Pair("conflict", "date", f"Date: {left.outlet} vs {right.outlet}", [left, right])


def test_two_disputes_through_one_outlets_sentence_become_one_with_the_sides_agreement() -> None:
    herald_event = dated("Herald", "event", HERALD_TEXT, "raids", "2027-06-07")
    herald_date = dated("Herald", "date", HERALD_TEXT, "Monday", "2027-06-07")
    ledger = dated("Ledger", "event", "Officers raided 23 addresses on Tuesday.", "raided",
                   "2027-06-08")  # fmt: skip
    courier = dated("Courier", "date", "In Tuesday's raids, 800,000 tablets were found.",
                    "Tuesday", "2027-06-08")  # fmt: skip
    pairs = [conflict(ledger, herald_event), conflict(courier, herald_date)]
    found = join_date_disputes(pairs)
    assert sorted((p.kind, tuple(sorted(c.outlet for c in p.claims))) for p in found) == [
        ("agree", ("Courier", "Ledger")),
        ("conflict", ("Courier", "Herald", "Ledger")),
    ]
    (joined,) = [p for p in found if p.kind == "conflict"]
    assert joined.summary.startswith("date: Courier and Ledger say")
    assert "Herald says" in joined.summary


def test_disputes_sharing_nothing_or_an_outlet_giving_two_dates_stay_apart() -> None:
    herald = dated("Herald", "date", HERALD_TEXT, "Monday", "2027-06-07")
    other_day = dated("Herald", "date", "They were charged on Wednesday.", "Wednesday",
                      "2027-06-09", start=80)  # fmt: skip
    ledger = dated("Ledger", "date", "Officers raided 23 addresses on Tuesday.", "Tuesday",
                   "2027-06-08")  # fmt: skip
    courier = dated("Courier", "date", "They were charged on Thursday.", "Thursday",
                    "2027-06-10")  # fmt: skip
    apart = [conflict(ledger, herald), conflict(courier, other_day)]
    assert join_date_disputes(apart) == apart
    # linked through Ledger's sentence, but Herald would stand on two days at once
    two_days = [conflict(ledger, herald), conflict(ledger, other_day)]
    assert join_date_disputes(two_days) == two_days
