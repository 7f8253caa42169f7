"""Rules taught by the twenty-fifth round of blind sets, with sentences we write ourselves: a
figure beside a list of people is no item of that list unless it names people itself; a
figure someone expects, or the worst few picked out of a group, is no count; officers and
protesters hurt in one clash are two counts; a vague amount keeps the currency after it
("several hundred thousand pounds"); a tally may be told by its voters, against first or
spelled out ("Thirty-one members backed the motion and 38 voted against it"); a sum written
before its noun is of the noun's kind ("the 520-million-euro satellite lost contact" lost no
money)."""

from __future__ import annotations

import pytest

from tests.test_compare import analyse, article, count, kinds
from wirecheck.corpus.claims import claims_of
from wirecheck.corpus.money_slots import money_slot
from wirecheck.corpus.tallies import _value
from wirecheck.corpus.tally_pattern import TALLY
from wirecheck.extract.quantities import find_quantities
from wirecheck.model import Article, Quantity


def _count_topics(text: str, phrase: str, noun: str) -> set[str]:
    made = article("Post", text, quantities=[count(text, phrase, 3.0, 3.0, noun)])
    return {c.topic for c in claims_of(made, "Post", {}) if c.kind == "count"}


@pytest.mark.parametrize(
    ("text", "phrase", "noun", "counted"),
    [
        # another clause about people after a figure of things: the figure is a count
        ("The outbreak has grown to more than 80 cases, and three babies have been admitted to "
         "hospital.", "more than 80 cases", "case", True),
        # an item of a list of people is not
        ("The dead were two men aged 34 and 41 and a woman from the village.", "two men", "man",
         False),
        # a figure hoped for is no count
        ("Organisers expect several hundred people at the vigil.", "several hundred people",
         "people", False),
        # the worst few of a group counted elsewhere
        ("At two schools with the highest number of cases, pupils were sent home.",
         "two schools", "school", False),
    ],
)  # fmt: skip
def test_what_a_figure_beside_people_counts(
    text: str, phrase: str, noun: str, counted: bool
) -> None:
    assert bool(_count_topics(text, phrase, noun)) == counted


def test_a_sum_a_company_expects_is_its_guidance_and_compared() -> None:
    text = "The chipmaker now expects $3.1 billion in revenue for the year."
    figure = count(text, "$3.1 billion", 3.1e9, 3.1e9, "")
    figure.counted, figure.unit = None, "USD"
    made = article("Post", text, quantities=[figure])
    assert [c.kind for c in claims_of(made, "Post", {})] == ["count"]


CLEARANCE = "{} were hurt as police cleared the camp, organisers say."


def _hurt(source: str, figure: str, low: float, high: float | None, noun: str) -> Article:
    text = CLEARANCE.format(figure)
    return article(source, text, quantities=[count(text, figure, low, high, noun)])


@pytest.mark.parametrize(
    ("first", "second", "disputed"),
    [
        (("Four officers", 4, 4, "officer"), ("At least a dozen protesters", 12, None,
          "protester"), False),
        # the same group told under two nouns still disputes
        (("Four protesters", 4, 4, "protester"), ("At least a dozen demonstrators", 12, None,
          "demonstrator"), True),
    ],
)  # fmt: skip
def test_officers_and_protesters_hurt_in_one_clash_are_two_counts(
    first: tuple[str, float, float | None, str],
    second: tuple[str, float, float | None, str],
    disputed: bool,
) -> None:
    found = kinds(analyse(_hurt("Post", *first), _hurt("Herald", *second)))
    assert (("conflict", "injured") in found) == disputed


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("The owners spent several hundred thousand pounds on the rooms.", 200_000, 999_999,
         "GBP"),
        ("The repair cost several thousand dollars.", 2_000, 9_999, "USD"),
        ("Several hundred thousand people marched.", 200_000, 999_999, None),
    ],
)  # fmt: skip
def test_a_vague_amount_keeps_its_scale_and_currency(
    text: str, low: float, high: float, unit: str | None
) -> None:
    found = find_quantities(text, None)
    assert [(q.low, q.high, q.unit) for q in found] == [(low, high, unit)]


@pytest.mark.parametrize(
    ("sentence", "tally"),
    [
        ("Thirty-one members backed the motion and 38 voted against it.", "31–38"),
        ("The premier survived as 38 members voted against the motion and 31 backed it.",
         "31–38"),
        ("Seven rate-setters backed the cut.", "7–?"),
        # a number after a hyphen is no count of voters
        ("The 2024-five members backed plan", None),
    ],
)  # fmt: skip
def test_tallies_told_by_their_voters(sentence: str, tally: str | None) -> None:
    found = TALLY.search(sentence)
    assert (_value(found) if found else None) == tally


@pytest.mark.parametrize(
    ("sentence", "phrase", "slot"),
    [
        ("The 520-million-euro satellite lost contact late on Monday.", "520-million", "EUR"),
        ("The province announced a $10-million emergency fund for growers.", "$10-million",
         "USD pledged"),
        ("The council faces a $38-million shortfall next year.", "$38-million", "USD deficit"),
        # written apart, the verb after the sum still names it
        ("The firm lost 190 million euros last year.", "190 million euros", "EUR lost"),
    ],
)  # fmt: skip
def test_a_sum_before_its_noun_is_of_the_noun_s_kind(sentence: str, phrase: str, slot: str) -> None:
    start = sentence.index(phrase)
    unit = "USD" if "$" in phrase else "EUR"
    figure = Quantity("", "", start, start + len(phrase), phrase, 1.0, 1.0, 1.0, unit, None)
    assert money_slot(sentence, figure, start) == slot
