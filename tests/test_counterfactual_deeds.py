"""Deeds in status conflicts: one told as what would have been meets no other outlet's deed,
one that would have to happen is still compared, and a conflict names the deed by its word
(texts we write ourselves)."""

from __future__ import annotations

from tests.test_compare import analyse, article, event, kinds
from wirecheck.model import Analysis


def test_a_deed_that_would_have_been_meets_no_other_outlets_deed() -> None:
    text_a = (
        "Harrow Bank and Fenley Bank on Friday called off their planned 1.8 billion dollar "
        "merger, ending a deal that would have created the region's largest lender."
    )
    text_b = (
        "The 1.8 billion dollar merger would have brought together more than 300 branches and "
        "made Harrow's chief executive head of the combined bank."
    )
    a = article("Courier", text_a, events=[event(text_a, "merger", "AGREE", "asserted")])
    b = article("Meridian", text_b, events=[event(text_b, "merger", "AGREE", "hypothetical")])
    assert ("conflict", "event status") not in kinds(analyse(a, b))


def _closed_and_would_have_to_close() -> Analysis:
    closed = "The council has closed the old harbour to cruise ships, the mayor said."
    duty = (
        "The council would have to close the old harbour to cruise ships if the court upheld "
        "the complaint, lawyers said."
    )
    a = article("Courier", closed, events=[event(closed, "closed", "COERCE", "asserted")])
    b = article("Meridian", duty, events=[event(duty, "close", "COERCE", "hypothetical")])
    return analyse(a, b)


def test_a_deed_that_would_have_to_happen_is_still_compared() -> None:
    assert ("conflict", "event status") in kinds(_closed_and_would_have_to_close())


def test_a_status_conflict_names_the_deed_by_its_word() -> None:
    findings = _closed_and_would_have_to_close().findings
    (status,) = [f for f in findings if f.topic == "event status"]
    assert "“closed” as asserted" in status.summary and "coerce" not in status.summary


def test_a_measure_told_by_when_it_starts_does_not_contradict_its_order() -> None:
    ordered = "Harbour Water on Tuesday ordered a ban on garden hosepipes and sprinklers."
    starts = "Harbour Water will ban garden hosepipes and sprinklers starting next Monday."
    a = article("Courier", ordered, events=[event(ordered, "ban", "COERCE", "asserted")])
    b = article("Meridian", starts, events=[event(starts, "ban", "COERCE", "future")])
    assert ("conflict", "event status") not in kinds(analyse(a, b))
    # a ban said to be only under consideration still contradicts the order
    weighed = (
        "Harbour Water said it would ban garden hosepipes and sprinklers if the drought went on."
    )
    c = article("Meridian", weighed, events=[event(weighed, "ban", "COERCE", "future")])
    assert ("conflict", "event status") in kinds(analyse(a, c))
