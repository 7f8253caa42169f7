"""Rules from the seventeenth round of blind sets (compare_dev102 to dev105), on articles we
write: pills and tablets, gunmen and armed men, bodies recovered, burns suffered, a width
joined to its unit, a toll in words of magnitude, and an inquiry's routine steps. The tests
of what a rule finds fail on the code before it; the others keep its limits."""

from __future__ import annotations

import pytest

from tests.test_compare import analyse, article, count
from wirecheck.corpus.claims import Claim
from wirecheck.corpus.count_topics import count_topic
from wirecheck.corpus.measure_slots import measure_slot
from wirecheck.corpus.unique_speech import announced_decision
from wirecheck.extract.spans import named_candidates
from wirecheck.model import Article, Quantity
from wirecheck.nlp import parse


def _counted(outlet: str, text: str, phrase: str, figure: float, noun: str) -> Article:
    return article(outlet, text, quantities=[count(text, phrase, figure, figure, noun)])


def _found(*articles: Article) -> list[tuple[str, str, str]]:
    return [(f.kind, f.topic, f.summary) for f in analyse(*articles).findings]


def test_tablets_and_pills_are_one_count() -> None:
    port = "Customs officers found 2.3 million counterfeit pills in two containers on Tuesday."
    haul = "Customs officers found some 2.3 million counterfeit tablets in two containers."
    more = "Customs officers found more than 4 million counterfeit pills in two containers."
    found = _found(
        _counted("Lowlands Press", port, "2.3 million counterfeit pills", 2.3e6, "pill"),
        _counted(
            "Harbourside Gazette", haul, "some 2.3 million counterfeit tablets", 2.3e6, "tablet"
        ),
        _counted("Health Digest", more, "more than 4 million counterfeit pills", 4e6, "pill"),
    )
    conflicts = [summary for kind, _, summary in found if kind == "conflict"]
    assert len(conflicts) == 1
    assert all(name in conflicts[0] for name in ("Lowlands", "Harbourside", "Health Digest"))


def test_gunmen_and_armed_men_are_one_count() -> None:
    wire = "The five aid workers were seized by about 15 gunmen on motorbikes near the border."
    daily = "The five aid workers were seized by around 15 armed men near the border town."
    found = _found(
        _counted("Meridian Wire", wire, "about 15 gunmen", 15, "gunman"),
        _counted("Valewatch News", daily, "around 15 armed men", 15, "man"),
    )
    assert [kind for kind, _, _ in found] == ["agree"]


@pytest.mark.parametrize(
    ("sentence", "phrase", "noun", "topic"),
    [
        # the dead as rescuers find them
        ("Rescuers had recovered four bodies from the mud by Wednesday evening.",
         "four bodies", "body", "casualties"),
        # the hurt by what they suffered
        ("Two employees suffered minor burns as they fled the furnace building.",
         "Two employees", "employee", "injured"),
    ],
)  # fmt: skip
def test_what_befell_the_counted(sentence: str, phrase: str, noun: str, topic: str) -> None:
    figure = count(sentence, phrase, 4, 4, noun)
    assert count_topic(sentence, figure, figure.start) == topic


def test_bodies_of_water_are_no_toll() -> None:
    sentence = "Four bodies of water feed the reservoir that the plant draws on."
    figure = count(sentence, "Four bodies", 4, 4, "body")
    assert count_topic(sentence, figure, figure.start) != "casualties"


def _feet(sentence: str, phrase: str) -> tuple[Quantity, int]:
    start = sentence.index(phrase)
    figure = Quantity("", "", start, start + len(phrase), phrase, 60, 60, 60, "ft")
    return figure, start


@pytest.mark.parametrize(
    ("sentence", "slot"),
    [
        ("At dawn a 60-foot-wide section of the road dropped away.", "ft width"),
        ("Crews found a 60-foot-deep shaft under the car park.", "ft depth"),
        ("A 60-foot-long stretch of the wall fell into the river.", "ft length"),
        ("The hole is 60 feet wide, engineers said.", "ft width"),
    ],
)
def test_a_dimension_joined_to_its_unit_is_that_dimension(sentence: str, slot: str) -> None:
    phrase = "60 feet" if "60 feet" in sentence else "60"
    figure, start = _feet(sentence, phrase)
    assert measure_slot(sentence, figure, start) == slot


def _toll(outlet: str, text: str, phrase: str, low: float, high: float) -> Article:
    figure = count(text, phrase, low, high, "people")
    if low != high:
        figure.value = None  # a word of magnitude: a range and no figure, as the parser reads it
    return article(outlet, text, quantities=[figure])


def test_a_toll_in_words_of_magnitude_is_no_unique() -> None:
    history = "The disease killed millions of people in Europe in the 14th century, experts said."
    news = "Health officials confirmed the case on Tuesday and said the patient was stable."
    found = _found(
        _toll("Meridian Wire", history, "millions of people", 2e6, 999e6),
        article("Northgate Sentinel", news),
    )
    assert not [f for f in found if f[0] == "unique" and f[1] == "casualties"]


def test_a_toll_in_figures_stays_a_unique() -> None:
    toll = "The blast killed 14 people in the warehouse district, firefighters said on Saturday."
    news = "Firefighters worked through the night in the warehouse district on Saturday."
    found = _found(
        _toll("Riverbend Tribune", toll, "14 people", 14, 14), article("Westmarch Herald", news)
    )
    assert [(kind, topic) for kind, topic, _ in found] == [("unique", "casualties")]


def _reported(words: str) -> Claim:
    return Claim("a", "Harbour Post", "quote", "quote speaker", "quote", "The agency", 0,
                 len(words), words, speaker="The agency", reported=True)  # fmt: skip


@pytest.mark.parametrize(
    ("words", "decision"),
    [
        # an inquiry's routine steps, which every such story has
        ("it would send investigators to the site once the fire was out", False),
        ("it would send a team of engineers to examine the track", False),
        ("it would investigate the cause of the leak once the site was safe", False),
        # aid sent, money paid, a review: decisions only one outlet may report
        ("it was ready to send search and rescue teams if Turkey asked", True),
        ("it would pay for counselling for the miners and their families", True),
        ("the city would review every building permit granted since 2018", True),
    ],
)
def test_an_inquiry_step_is_no_announcement(words: str, decision: bool) -> None:
    assert announced_decision(_reported(words)) is decision


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        # a job noun that opens the sentence before a given name is the person's role
        ("Accountant Dan Whitlock, 34, said the lift car dropped with a bang.", "Dan Whitlock",
         "Accountant"),
        # a given name that ends like a job noun stays the name
        ("Grant Van Horn said the lift car dropped with a bang.", "Grant Van Horn", None),
    ],
)  # fmt: skip
def test_a_job_before_a_given_name_is_a_role(sentence: str, name: str, role: str | None) -> None:
    doc = parse(sentence)
    people = [c for c in named_candidates(doc) if c.label == "PERSON"]
    assert [(doc[c.start : c.end].text, c.role) for c in people] == [(name, role)]
