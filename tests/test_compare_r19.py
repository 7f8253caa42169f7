"""Rules of the session of 2026-12-07 (second), taught by the nineteenth round of blind sets,
with short articles we write ourselves: a reopening told in reported speech is the story's own
follow-up, not one outlet's announcement; a vote told as a share of a body's members ("five of
the seven members backed the cut"), by its voters alone ("seven rate-setters backed the move")
or as unanimous is a tally; a plain past before a small number is a deed done ("closed two
primary schools"); animals killed right after their figure are not counted by a cue further on
("shot one wolf dead as the hunt went on for animals that escaped"); pupils who "caught" or
"have" a disease are its cases; a company's own staff ("Its 720 staff") are its workforce; two
"at least" figures far apart agree on no count."""

from __future__ import annotations

import pytest

from tests.test_compare import analyse, article, count, kinds
from tests.test_compare_r17 import _reported
from wirecheck.corpus.count_topics import count_topic
from wirecheck.corpus.deeds import deed_claims
from wirecheck.corpus.tallies import tally_claims
from wirecheck.corpus.unique_speech import announced_decision
from wirecheck.model import Article


@pytest.mark.parametrize(
    ("words", "decision"),
    [
        ("it would reopen the cable car on Jan. 23 once checks on the drive were complete", False),
        ("the zoo will reopen to visitors on Thursday once every fence has been walked", False),
        ("the tower will reopen on Monday once every lift has been checked by engineers", False),
        # the decisions that stay announcements
        ("the council would close the market on Wednesday for a deep clean", True),
        ("the company would pay for hotel rooms for every displaced family", True),
        ("the region would review emergency procedures at all of its ski areas", True),
    ],
)
def test_a_reopening_is_no_announcement(words: str, decision: bool) -> None:
    assert announced_decision(_reported(words)) is decision


def _tallies(text: str) -> list[str]:
    return [c.value for c in tally_claims(Article(id="a", path="a.txt", text=text), "Wire")]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Five of the seven members of its policy committee backed the decision.", ["5–2"]),
        ("Seven of the nine members of the council voted for the cut.", ["7–2"]),
        ("Seven rate-setters backed the move, two wanted to wait.", ["7–?"]),
        ("The three judges ruled unanimously that the ban went too far.", ["unanimous"]),
        ("The unanimous three-judge panel sent the case back.", ["unanimous"]),
        # a count of supporters is no vote of a body
        ("About 200 residents backed the petition.", []),
        ("Two of the five firefighters were treated for burns.", []),
    ],
)
def test_a_share_of_members_or_a_unanimous_vote_is_a_tally(
    sentence: str, values: list[str]
) -> None:
    assert _tallies(sentence) == values


def test_a_unanimous_ruling_takes_the_side_of_the_tally_with_nobody_against() -> None:
    unanimous = article(
        "Prairie Sentinel",
        "A three-judge panel ruled unanimously on Friday that the ban was unlawful.",
    )
    three_nil = article(
        "Tidewater Daily", "The court struck down the ban in a 3-0 ruling on Friday."
    )
    split = article("Calloway Standard", "The court struck down the ban in a 2-1 ruling on Friday.")
    findings = analyse(unanimous, three_nil, split).findings
    tallies = [f for f in findings if f.topic == "vote tally"]
    # one conflict, unanimous beside 3-0 against 2-1; no agreement on "unanimous" of its own
    assert [f.kind for f in tallies] == ["conflict"]
    sides = {e.article: e.value for e in tallies[0].evidence}
    assert sides == {unanimous.id: "unanimous", three_nil.id: "3–0", split.id: "2–1"}


def test_a_share_of_members_conflicts_with_another_split() -> None:
    text_a = "Five of the seven members of its monetary policy committee backed the decision."
    text_b = "The bank cut its main rate on Tuesday after a 6-1 vote."
    found = analyse(article("Ashdown Observer", text_a), article("Calloway Standard", text_b))
    conflicts = [f for f in found.findings if f.kind == "conflict"]
    assert [f.topic for f in conflicts] == ["vote tally"]
    assert "5–2" in conflicts[0].summary and "6–1" in conflicts[0].summary


def test_a_plain_past_before_a_small_number_is_a_deed_done() -> None:
    text = "The district closed two primary schools for the day as the search went on."
    deeds = deed_claims(Article(id="a", path="a.txt", text=text), "Wire")
    assert [(c.slot, c.value) for c in deeds] == [("clos", "done")]


@pytest.mark.parametrize(
    ("sentence", "phrase", "counted", "topic"),
    [
        # animals killed right after their figure are not counted by a cue further on
        (
            "A police marksman shot one wolf dead on Monday as the hunt continued for animals "
            "that escaped from the park on Saturday.",
            "one wolf", "wolf", "wolf",
        ),
        # the escaped, counted by their own cue, and people killed stay as they were
        ("Six grey wolves got out of the park on Sunday night.", "Six grey wolves", "wolf",
         "escaped"),
        ("Two hikers were killed when the wolves escaped.", "Two hikers", "hiker", "casualties"),
        # pupils who caught or have a disease are its cases
        ("Twenty-three pupils at the school have now caught measles.", "Twenty-three pupils",
         "pupil", "cases"),
        ("The school closed after 17 pupils were confirmed to have measles.", "17 pupils",
         "pupil", "cases"),
        ("Seventeen children at the primary school now have measles.", "Seventeen children",
         "child", "cases"),
        ("The outbreak has been confirmed in 23 pupils and two staff.", "23 pupils", "pupil",
         "cases"),
        # a school's roll is no count of the sick
        ("The school has 640 pupils aged 11 to 18.", "640 pupils", "pupil", "pupil"),
        # a company's own staff are its workforce; another owner's are counted by their cue
        ("Its 720 staff were called to a meeting in the canteen.", "720 staff", "staff",
         "workforce"),
        ("Halvorsen Station's 23 winter staff were evacuated by air.", "23 winter staff",
         "staff", "evacuated"),
    ],
)  # fmt: skip
def test_what_a_figure_counts(sentence: str, phrase: str, counted: str, topic: str) -> None:
    figure = count(sentence, phrase, 1, 1, counted)
    assert count_topic(sentence, figure, figure.start) == topic


@pytest.mark.parametrize(
    ("text_a", "low_a", "text_b", "low_b", "found"),
    [
        # floors far apart: no figure in common
        ("More than a dozen pupils have fallen ill.", 13, "At least 23 pupils have fallen ill.",
         23, set()),
        # close floors round one count
        ("More than 230 flights were cancelled.", 231, "At least 240 flights were cancelled.",
         240, {("agree", "cancelled")}),
    ],
)  # fmt: skip
def test_two_floors_agree_only_when_close(
    text_a: str, low_a: int, text_b: str, low_b: int, found: set[tuple[str, str]]
) -> None:
    phrase_a, phrase_b = " ".join(text_a.split()[:4]), " ".join(text_b.split()[:3])
    counted = "pupil" if "pupils" in text_a else "flight"
    a = article(
        "Coastline Radio", text_a, quantities=[count(text_a, phrase_a, low_a, None, counted)]
    )
    b = article("Daily Ledger", text_b, quantities=[count(text_b, phrase_b, low_b, None, counted)])
    assert kinds(analyse(a, b)) == found
