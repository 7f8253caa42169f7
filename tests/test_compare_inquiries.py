"""Inquiries opened, across outlets (corpus/inquiries.py): outlets that say an inquiry is under
way agree, under its several names and tenses, even where a third outlet says it is only
being weighed, and outlets that say the cause is not yet known agree too. And two deed
states (corpus/deeds.py): a deed named by its noun before "to" ("a legal challenge to the
decision") and one someone said they would not do. The tests of
what is found fail on the code before the rules; the others keep their limits."""

from __future__ import annotations

import pytest

from tests.test_compare import article, kinds, quote
from tests.test_compare_more import analyse
from wirecheck.corpus.deeds import deed_claims
from wirecheck.corpus.inquiries import unknown_cause_claims


def _agreements(*texts: str) -> list[list[str]]:
    """The evidence sentences of every inquiry agreement among outlets writing these texts."""
    outlets = ["Courier", "Meridian", "Harbour Post", "Ledger"]
    found = analyse(*(article(o, t) for o, t in zip(outlets, texts, strict=False))).findings
    return [
        [e.text for e in f.evidence]
        for f in found
        if f.kind == "agree" and f.topic == "event status"
    ]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # one inquiry, two verbs and two nouns
        ("The Marine Accident Branch has opened an investigation into the grounding.",
         "The Marine Accident Branch has launched an inquiry into the grounding."),
        # the plain past, without "has"
        ("Prosecutors opened an investigation on Sunday, a spokeswoman said.",
         "Prosecutors in Varnsby have opened a manslaughter investigation."),
        # under way, with no object but the event itself
        ("The aviation authority is investigating, a spokesman for the agency said.",
         "The aviation authority said it was investigating the landing."),
        # a review ordered
        ("The health minister has ordered an independent review of the ward's staffing.",
         "The minister ordered an independent review on Tuesday evening."),
    ],
)  # fmt: skip
def test_outlets_telling_one_inquiry_opened_agree(one: str, other: str) -> None:
    assert len(_agreements(one, other)) == 1


def test_the_agreement_stands_beside_the_conflict_with_an_outlet_still_deciding() -> None:
    done_a = "The Canadian Air Safety Office has opened an investigation into the incident."
    done_b = "The Canadian Air Safety Office has launched an investigation, the airline said."
    weighing = "The Canadian Air Safety Office is deciding whether to open an investigation."
    found = kinds(analyse(article("Courier", done_a), article("Meridian", done_b),
                          article("Harbour Post", weighing)))  # fmt: skip
    assert ("conflict", "event status") in found
    assert _agreements(done_a, done_b, weighing) == [[done_a, done_b]]


@pytest.mark.parametrize(
    "sentence",
    [
        # what is investigated is named: two outlets may be telling two inquiries
        "Health officials are investigating a second event catered by the same firm.",
        # only planned
        "Police will investigate the cause of the fire, the mayor said.",
        # a ban ordered is no inquiry
        "The water company ordered a ban on garden hosepipes on Tuesday.",
    ],
)
def test_what_is_no_inquiry_opened(sentence: str) -> None:
    claims = deed_claims(article("Courier", sentence), "Courier")
    assert not [c for c in claims if c.slot == "investigation" and c.value == "done"]


def test_other_deeds_done_in_both_outlets_are_still_no_finding() -> None:
    one = "The utility has halted production at the plant after the leak."
    other = "The utility has halted production at its plant, officials said."
    assert not _agreements(one, other)


def test_inquiries_opened_by_two_bodies_are_no_agreement() -> None:
    one = "Police have opened a criminal investigation into the fire at the depot."
    other = "The fire safety regulator has launched an inquiry, the company said."
    assert not _agreements(one, other)


def test_one_body_named_in_the_plural_and_the_singular_agrees() -> None:
    one = "Prosecutors opened an investigation into the cause of the crush."
    other = "A Kastoria prosecutor has ordered a criminal investigation for manslaughter."
    assert len(_agreements(one, other)) == 1


def _states(sentence: str) -> set[tuple[str, str]]:
    return {(c.slot, c.value) for c in deed_claims(article("Courier", sentence), "Courier")}


def test_a_deed_named_by_its_noun_before_to_is_weighed() -> None:
    sentence = "The Chamber of Commerce is considering a legal challenge to the decision."
    assert ("challeng", "planned") in _states(sentence)


def test_a_deed_someone_said_they_would_not_do_is_ruled_out() -> None:
    sentence = "The chamber said on Tuesday that it would not challenge the decision in court."
    assert ("challeng", "ruled out") in _states(sentence)


def test_a_deed_that_would_not_happen_before_a_day_is_only_late() -> None:
    sentence = "The state said the tollway would not open before early 2028."
    assert not [state for slot, state in _states(sentence) if state == "ruled out"]


def test_outlets_telling_a_challenge_lodged_weighed_and_ruled_out_conflict() -> None:
    lodged = "The Chamber of Commerce has lodged a legal challenge in the High Court."
    weighed = "The Chamber of Commerce is considering a legal challenge to the decision."
    ruled_out = "The chamber said it would not challenge the decision in court."
    found = analyse(article("Courier", lodged), article("Meridian", weighed),
                    article("Harbour Post", ruled_out)).findings  # fmt: skip
    (conflict,) = [f for f in found if f.kind == "conflict"]
    assert {e.text for e in conflict.evidence} == {lodged, weighed, ruled_out}


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("The cause of the fire was not yet known, the company said.",
         "What caused the blaze remains unclear."),
        ("The zoo said the cause of the escape was under investigation.",
         "The cause has not yet been established, a spokeswoman said."),
    ],
)  # fmt: skip
def test_outlets_saying_the_cause_is_not_yet_known_agree(one: str, other: str) -> None:
    assert _agreements(one, other) == [[one, other]]
    found = analyse(article("Courier", one), article("Meridian", other)).findings
    assert "the cause is not yet known" in found[0].summary


def test_a_cause_given_is_no_unknown_cause() -> None:
    sentence = "The cause of the outage was a faulty software update, the operator said."
    assert not unknown_cause_claims(article("Courier", sentence), "Courier")


def test_a_cause_not_known_inside_a_quotation_is_the_speaker_s() -> None:
    sentence = '"The cause of the fire is not yet known," the chief said.'
    said = quote(sentence, "The cause of the fire is not yet known,", None)
    assert not unknown_cause_claims(article("Courier", sentence, quotes=[said]), "Courier")
