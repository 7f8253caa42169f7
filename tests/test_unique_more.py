"""Unique findings, more rules: a place in a series as background, a person's time in office as
no background, an expert's whole run of words, market moves, one figure told in other words,
and small counts that name a group already counted."""

from __future__ import annotations

import pytest

from tests.test_compare import article, count, event
from tests.test_unique import OFFICIALS, uniques
from wirecheck.model import Entity, Finding, Quantity, Quote

QUAKE = "A strong earthquake shook the valley on Sunday night and damaged dozens of houses."
MINE = "A roof fall trapped miners at the colliery on Monday, the operator said."


def added(sentence: str, other: str = QUAKE, base: str = QUAKE) -> list[Finding]:
    """The findings when one outlet adds `sentence` (a paragraph of its own) to `base`."""
    return uniques(article("Harbour", f"{base}\n\n{sentence}"), article("Valley", other))


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("It was the third strong earthquake in the region this year.", "third"),
        ("It is the second time in two years that the valley has been hit.", "second"),
        ("It was the first quake to damage the old town since the war.", "first"),
        # no stretch of time: an order, not a place in a series
        ("The first houses were inspected by engineers on Monday.", None),
        # numbers in figures name things ("the 2nd District"), they do not count a series
        ("Residents of the 2nd District have been without water since Sunday.", None),
    ],
)
def test_a_place_in_a_series_only_one_outlet_gives_is_background(
    sentence: str, value: str | None
) -> None:
    found = [(f.topic, f.evidence[0].value) for f in added(sentence)]
    assert found == ([("background", value)] if value else [])


def test_a_place_in_a_series_another_outlet_also_gives_is_not_unique() -> None:
    mine = "It was the third strong earthquake in the region this year."
    theirs = f"{QUAKE} It is the third such quake to hit the region this year."
    assert added(mine, other=theirs) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor has led the town since 2019 and faces re-election in the spring.",
        "Okafor served as deputy mayor from 2013 to 2021.",
        "The councillor, who has represented the valley on the council since 2017, toured it.",
    ],
)
def test_a_person_s_time_in_office_is_no_background(sentence: str) -> None:
    assert added(sentence) == []


def test_a_deed_dated_beside_a_time_in_office_is_still_background() -> None:
    sentence = "The mayor, who has led the town since 2019, was fined in 2022 for late accounts."
    assert [(f.topic, f.evidence[0].value) for f in added(sentence)] == [("background", "2022")]


def spoken(text: str, words: str, kind: str, speaker_words: str) -> Quote:
    """A quote of Dr Ana Ruiz, her name or pronoun at the first place `speaker_words` occurs
    after the quote's paragraph start."""
    start = text.index(words)
    speaker = text.index(speaker_words, text.rfind("\n\n", 0, start) + 1)
    return Quote(
        "", "", start, start + len(words), words, kind, "e:ruiz", speaker_words,
        speaker, speaker + len(speaker_words),
    )  # fmt: skip


def expert_view(paragraph: str, quotes: list[tuple[str, str, str]]) -> Finding:
    text = f"{QUAKE}\n\n{paragraph}"
    made = [spoken(text, words, kind, who) for words, kind, who in quotes]
    # Both outlets count the houses alike: what is left is the expert.
    told = article("Harbour", text, quotes=made)
    OFFICIALS.append(Entity("e:ruiz", "Ana Ruiz", "PERSON", roles=["professor of geology"]))
    try:
        (found,) = [f for f in uniques(told, article("Valley", QUAKE)) if f.topic == "expert view"]
        return found
    finally:
        del OFFICIALS[-1]


def test_an_expert_view_takes_the_expert_s_next_words_after_the_attribution() -> None:
    first = "Old stone houses fail first in a shallow quake"
    second = "I would expect more aftershocks this week."
    paragraph = f"“{first},” said Ana Ruiz, a professor of geology. “{second}”"
    found = expert_view(paragraph, [(first, "direct", "Ana Ruiz"), (second, "direct", "Ana Ruiz")])
    (evidence,) = found.evidence
    assert evidence.text.startswith(first) and evidence.text.endswith(second)


def test_an_expert_quoted_after_a_paraphrase_is_shown_with_the_paraphrase() -> None:
    paraphrase = "the fault had been building stress for decades"
    words = "The second shock is often the stronger one"
    paragraph = f"Ana Ruiz, a professor of geology, said {paraphrase}. “{words},” she said."
    found = expert_view(paragraph, [(paraphrase, "indirect", "Ana Ruiz"), (words, "direct", "she")])
    (evidence,) = found.evidence
    assert evidence.text.startswith("Ana Ruiz") and words in evidence.text


def percent(text: str, figure: str) -> Quantity:
    start = text.index(figure)
    value = float(figure.split()[0])
    return Quantity("", "", start, start + len(figure), figure, value, value, value, "%", None)


@pytest.mark.parametrize(
    ("move", "figure"),
    [
        ("Shares in the operator fell 3.7 percent in morning trading.", "3.7 percent"),
        ("The dollar dipped 0.4 percent against the yen after the news.", "0.4 percent"),
    ],
)
def test_a_market_move_is_unique_beside_the_main_figure_and_other_outlets_percentages(
    move: str, figure: str
) -> None:
    pledge = "The government pledged 20 million zlotys for the families."
    text = f"{MINE} {pledge} {move}"
    money = count(text, "20 million zlotys", 2e7, 2e7, "")
    money.unit = "PLN"
    told = article("Harbour", text, quantities=[money, percent(text, figure)])
    # The other outlet gives a percentage of something else: no market move to compare with.
    other = f"{MINE} About 40 percent of the seam had been worked out."
    found = [f.evidence[0].text for f in uniques(told, article("Valley", other, quantities=[
        percent(other, "40 percent")
    ]))]  # fmt: skip
    assert sorted(found) == sorted([pledge, move])


def test_one_figure_two_outlets_give_in_other_words_is_not_unique() -> None:
    ours = "Some 1,450 nurses and porters walked out of the hospital at dawn."
    theirs = "About 1,500 hospital staff began a strike on Monday morning."
    a = article("Harbour", ours, quantities=[count(ours, "Some 1,450 nurses", 1305, 1595, "nurse")])
    b = article(
        "Valley",
        theirs,
        quantities=[count(theirs, "About 1,500 hospital staff", 1350, 1650, "staff")],
    )
    assert uniques(a, b) == []


def test_figures_further_apart_than_a_tenth_are_each_unique() -> None:
    ours = "Some 1,450 nurses walked out of the hospital at dawn."
    theirs = "About 1,100 patients had operations put off on Monday morning."
    a = article("Harbour", ours, quantities=[count(ours, "Some 1,450 nurses", 1305, 1595, "nurse")])
    b = article(
        "Valley",
        theirs,
        quantities=[count(theirs, "About 1,100 patients", 990, 1210, "patient")],
    )
    assert len(uniques(a, b)) == 2


@pytest.mark.parametrize(
    ("sentence", "phrase", "size", "counted", "unique"),
    [
        ("Two miners were injured when a tunnel wall gave way.", "Two miners", 2, "miner", True),
        ("Rescuers carried three of the miners out injured.", "three of the miners", 3, "miner",
         False),
        ("Two were rescued alive before dusk, the operator said.", "Two", 2, None, False),
        ("The two pickets were arrested at the gate on Friday.", "two pickets", 2, "picket",
         False),
        ("Rescuers searched for a crew of five trapped in the lift shaft.", "five", 5, None, False),
    ],
)  # fmt: skip
def test_a_small_count_that_names_a_group_already_counted_is_not_unique(
    sentence: str, phrase: str, size: int, counted: str | None, unique: bool
) -> None:
    text = f"{MINE} {sentence}"
    start = text.index(phrase)
    figure = Quantity("", "", start, start + len(phrase), phrase, size, size, size, None, counted)
    found = uniques(article("Harbour", text, quantities=[figure]), article("Valley", MINE))
    assert bool(found) is unique


VOTED = "The city council voted on Tuesday to charge 40,000 drivers a fee to enter downtown."


@pytest.mark.parametrize(
    ("other", "unique"),
    [
        # the same news in other words: the outlets' openings read alike
        (VOTED, False),
        # another opening altogether: the approval is only this outlet's news
        ("Shop owners in the old town said they feared a drop in customers.", True),
    ],
)
def test_an_opening_event_another_outlet_opens_with_in_other_words_is_not_unique(
    other: str, unique: bool
) -> None:
    text = (
        "Drivers heading downtown will soon have to pay a daily fee after councillors approved"
        " the charge on Tuesday."
    )
    approved = event(text, "approved", "SUPPORT", "asserted", "2025-05-13")
    # The other outlet's opening holds a figure, not an event: only the words can tell.
    drivers = [count(other, "40,000 drivers", 40000, 40000, "driver")] if other == VOTED else []
    told = article("Harbour", text, events=[approved])
    found = uniques(told, article("Valley", other, quantities=drivers))
    ours = [f.topic for f in found if f.evidence[0].article == told.id]
    assert ours == (["support"] if unique else [])


@pytest.mark.parametrize(
    ("role", "expert"),
    [
        ("astrophysicist", True),
        ("demographer at the statistics institute", True),
        ("statistician", True),
        ("transport engineer", True),
        ("photographer", False),
        ("head of the farm bureau", False),
    ],
)
def test_an_outside_expert_is_known_by_the_field_of_study(role: str, expert: bool) -> None:
    from wirecheck.corpus.attributed import experts_quoted

    words = "Colonies moved in cold weather lose bees fast"
    text = f"{QUAKE}\n\n“{words},” said Carla Moen."
    start, who = text.index(words), text.index("Carla")
    quote = Quote(
        "", "", start, start + len(words), words, "direct", "e:moen", "Carla Moen", who, who + 10
    )
    told = article("Harbour", text, quotes=[quote])
    moen = Entity("e:moen", "Carla Moen", "PERSON", roles=[role])
    assert (experts_quoted(told, {"e:moen": moen}) == {"e:moen"}) is expert
