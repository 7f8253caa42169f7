"""Unique findings: figures that are never an outlet's own news (sources counted, hedged
magnitudes, shares of a named whole, the record a story happens against) market moves
another outlet reports in words, and the voices of organised groups only one outlet quotes."""

from __future__ import annotations

import pytest

from tests.test_compare import article, count
from tests.test_unique import day, uniques
from wirecheck.corpus.compare import compare_stories
from wirecheck.model import Analysis, Entity, Finding, Quantity, Quote, Story

STORM = "A storm flooded the harbour town on Sunday night and cut power to the old quarter."


def figure(text: str, phrase: str, low: float, high: float, unit: str | None, counted: str | None):
    start = text.index(phrase)
    return Quantity("", "", start, start + len(phrase), phrase, low, low, high, unit, counted)


def added(sentence: str, quantity: tuple, other: str = STORM) -> list[Finding]:
    """The unique findings when one outlet adds `sentence` (its figure given as `quantity`:
    phrase, low, high, unit, counted) to the story the other outlet tells as `other`."""
    text = f"{STORM}\n\n{sentence}"
    told = article("Harbour", text, quantities=[figure(text, *quantity)])
    return uniques(told, article("Valley", other))


@pytest.mark.parametrize(
    ("sentence", "quantity", "unique"),
    [
        (
            "No date for the repairs has been set, according to two delegates.",
            ("two delegates", 2, 2, None, "delegate"),
            False,
        ),
        (
            "The port will reopen on Friday, three people familiar with the plans said.",
            ("three people", 3, 3, None, "people"),
            False,
        ),
        # "said" alone introduces what was counted, not who counted it
        (
            "Officials said 1,200 homes had been damaged across the district.",
            ("1,200 homes", 1200, 1200, None, "home"),
            True,
        ),
    ],
)
def test_a_count_of_the_sources_of_the_news_is_not_unique(
    sentence: str, quantity: tuple, unique: bool
) -> None:
    assert bool(added(sentence, quantity)) is unique


@pytest.mark.parametrize(
    ("sentence", "quantity", "unique"),
    [
        (
            "Several hundred volunteers filled sandbags on the quay on Monday.",
            ("Several hundred volunteers", 200, 999, None, "volunteer"),
            False,
        ),
        (
            "A few thousand sandbags were handed out at the town hall.",
            ("A few thousand sandbags", 2000, 9999, None, "sandbag"),
            False,
        ),
        (
            "About 300 volunteers filled sandbags on the quay on Monday.",
            ("About 300 volunteers", 270, 330, None, "volunteer"),
            True,
        ),
        # a sum in words is colour, not a sum anyone paid or lost
        (
            "Storms like this have cost insurers tens of millions of euros.",
            ("tens of millions of euros", 1e7, 1e7, "EUR", None),
            False,
        ),
        (
            "The council will spend 4 million euros on repairs.",
            ("4 million euros", 4e6, 4e6, "EUR", None),
            True,
        ),
    ],
)
def test_a_hedged_magnitude_is_no_count(sentence: str, quantity: tuple, unique: bool) -> None:
    assert bool(added(sentence, quantity)) is unique


@pytest.mark.parametrize(
    ("sentence", "quantity", "unique"),
    [
        (
            "The state will pay half the bill for rebuilding the sea wall.",
            ("half", 45, 55, "%", None),
            False,
        ),
        (
            "The flood cost the fishing fleet about a quarter of its catch.",
            ("about a quarter", 22.5, 27.5, "%", None),
            False,
        ),
        (
            "Insurers expect to pay out on about 35 percent more claims than after the last storm.",
            ("about 35 percent", 31.5, 38.5, "%", None),
            True,
        ),
    ],
)
def test_a_share_in_words_of_a_named_whole_is_colour(
    sentence: str, quantity: tuple, unique: bool
) -> None:
    assert bool(added(sentence, quantity)) is unique


@pytest.mark.parametrize(
    ("sentence", "quantity", "unique"),
    [
        # a total of last year or of every year: the record, not the news
        (
            "The harbour board reported losses of 12 million euros last year.",
            ("12 million euros", 12e6, 12e6, "EUR", None),
            False,
        ),
        (
            "More than 40 storms strong enough to close the port are recorded each year.",
            ("More than 40 storms", 41, None, None, "storm"),
            False,
        ),
        # a change over years
        (
            "House prices in the old quarter have risen by about 60 percent in five years.",
            ("about 60 percent", 54, 66, "%", None),
            False,
        ),
        (
            "Insurance premiums have doubled, rising 100 percent over the past decade.",
            ("100 percent", 100, 100, "%", None),
            False,
        ),
        # a plan over years is the story's news
        (
            "The state will spend 40 million euros over five years on the sea wall.",
            ("40 million euros", 40e6, 40e6, "EUR", None),
            True,
        ),
        (
            "The new school will take 500 more pupils each year from September.",
            ("500 more pupils", 500, 500, None, "pupil"),
            True,
        ),
        # a share of last year is the state the story reports
        (
            "Only 38 percent of homes in the old quarter carried flood cover last year.",
            ("38 percent", 38, 38, "%", None),
            True,
        ),
        # the story's own sum
        (
            "The harbour board will spend 12 million euros on a new sea wall.",
            ("12 million euros", 12e6, 12e6, "EUR", None),
            True,
        ),
    ],
)
def test_the_record_a_story_happens_against_is_not_unique(
    sentence: str, quantity: tuple, unique: bool
) -> None:
    assert bool(added(sentence, quantity)) is unique


MOVE = "Shares in the ferry operator fell 3.7 percent in morning trading."


@pytest.mark.parametrize(
    ("other", "unique"),
    [
        # another outlet tells the move in words, without a figure (in a sentence that holds
        # a claim of its own: the comparison reads claims' sentences)
        (f"{STORM} Shares in the ferry operator slid on Monday.", False),
        (f"{STORM} The ferries stayed in port on Monday.", True),
    ],
)
def test_a_market_move_another_outlet_reports_in_words_is_not_unique(
    other: str, unique: bool
) -> None:
    text = f"{STORM}\n\n{MOVE}"
    told = article("Harbour", text, quantities=[figure(text, "3.7 percent", 3.7, 3.7, "%", None)])
    theirs = article("Valley", other, times=[day(other, "Monday", "2024-11-04")])
    assert bool(uniques(told, theirs)) is unique


def test_a_market_move_told_in_words_elsewhere_is_not_unique_beside_shared_percentages() -> None:
    # both outlets give percentages, so the slot is shared; the move still is not unique
    other = f"{STORM} About 40 percent of homes lost power. The operator's shares slid on Monday."
    text = f"{STORM}\n\n{MOVE}"
    told = article("Harbour", text, quantities=[figure(text, "3.7 percent", 3.7, 3.7, "%", None)])
    theirs = article(
        "Valley",
        other,
        quantities=[figure(other, "About 40 percent", 36, 44, "%", None)],
        times=[day(other, "Monday", "2024-11-04")],
    )
    assert [f.evidence[0].text for f in uniques(told, theirs)] == []


def test_a_count_of_sources_still_leaves_a_shared_storm_count_alone() -> None:
    # the rule reads the figure itself: another figure of the sentence is not a source
    sentence = "About 200 homes were flooded, according to two delegates."
    text = f"{STORM}\n\n{sentence}"
    told = article(
        "Harbour",
        text,
        quantities=[
            count(text, "About 200 homes", 180, 220, "home"),
            figure(text, "two delegates", 2, 2, None, "delegate"),
        ],
    )
    found = uniques(told, article("Valley", STORM))
    assert [f.evidence[0].value for f in found] == ["About 200 homes (180–220)"]


def test_a_yearly_total_in_another_clause_leaves_the_figure_of_the_news() -> None:
    sentence = "The ferry firm, which lost 5 million euros last year, will cut 400 jobs."
    found = added(sentence, ("400 jobs", 400, 400, None, "job"))
    assert [f.evidence[0].value for f in found] == ["400 jobs"]


GROUPS = [Entity("e:berg", "Ola Berg", "PERSON")]


def attributed(text: str, words: str, speaker: str | None, introduced: str, kind: str) -> Quote:
    """A quote of `speaker`, introduced by the words `introduced` after it."""
    start, named = text.index(words), text.index(introduced)
    return Quote(
        "", "", start, start + len(words), words, kind, speaker, introduced,
        named, named + len(introduced),
    )  # fmt: skip


def group_findings(
    sentence: str,
    words: str,
    speaker: str | None,
    introduced: str,
    kind: str = "direct",
    other: str = STORM,
) -> list[tuple[str, str | None]]:
    """The unique findings when one outlet adds `sentence`, quoting `words`, to the story the
    other outlet tells as `other`."""
    text = f"{STORM}\n\n{sentence}"
    said = attributed(text, words, speaker, introduced, kind)
    # the other outlet's day gives it a claim, and with it the names its article holds
    sunday = day(other, "Sunday", "2024-11-03")
    told, theirs = article("Harbour", text, quotes=[said]), article("Valley", other, times=[sunday])
    story = Story("s:" + told.id, "Storm", [told.id, theirs.id], ["Harbour", "Valley"])
    analysis = Analysis(articles=[told, theirs], entities=GROUPS, stories=[story])
    compare_stories(analysis)
    return [(f.topic, f.evidence[0].value) for f in analysis.findings if f.kind == "unique"]


SAID = "“A sea wall promised for ten years is still a drawing,” said Ola Berg{role}."
WORDS = "A sea wall promised for ten years is still a drawing"


@pytest.mark.parametrize(
    ("role", "unique"),
    [
        (", who chairs the residents' group on the quay", True),
        (" of the campaign group Coast Watch", True),
        (", the union's regional officer", True),
        (", chief executive of the Chamber of Commerce", True),
        # a resident or a spokeswoman is a voice every outlet can gather
        (", who has lived on the quay for 30 years", False),
        (", a spokeswoman for the harbour board", False),
        (", the European Union's envoy", False),
    ],
)
def test_a_named_voice_of_an_organised_group_only_one_outlet_quotes_is_unique(
    role: str, unique: bool
) -> None:
    sentence = SAID.format(role=role)
    introduced = sentence[sentence.index("Ola") : -1]
    found = group_findings(sentence, WORDS, "e:berg", introduced)
    assert found == ([("group's view", "Ola Berg")] if unique else [])


def test_a_group_s_voice_another_outlet_names_or_paraphrased_is_not_unique() -> None:
    sentence = SAID.format(role=" of the campaign group Coast Watch")
    introduced = sentence[sentence.index("Ola") : -1]
    named = f"{STORM} Campaigners led by Ola Berg marched to the town hall."
    assert group_findings(sentence, WORDS, "e:berg", introduced, other=named) == []
    told = "Ola Berg of the campaign group Coast Watch said the sea wall was still a drawing."
    paraphrase = "the sea wall was still a drawing"
    found = group_findings(told, paraphrase, "e:berg", "Ola Berg", kind="indirect")
    assert found == []


def test_a_group_s_voice_needs_a_name_not_a_description() -> None:
    sentence = "“Nobody asked the quay,” said one union official."
    found = group_findings(sentence, "Nobody asked the quay", None, "one union official")
    assert found == []


@pytest.mark.parametrize(
    ("sentence", "quantity", "unique"),
    [
        (
            "Eleven of 14 harbour pilots backed the new rules.",
            ("Eleven", 11, 11, None, "pilot"),
            False,
        ),
        (
            "Eleven of 14 harbour pilots backed the new rules.",
            ("14 harbour pilots", 14, 14, None, "pilot"),
            False,
        ),
        (
            "The levy passed by 800 votes out of some 20,000 cast.",
            ("some 20,000 cast", 18000, 22000, None, "cast"),
            False,
        ),
        (
            "Some 20,000 sandbags were handed out on the quay.",
            ("Some 20,000 sandbags", 18000, 22000, None, "sandbag"),
            True,
        ),
    ],
)
def test_either_side_of_a_ratio_is_no_figure_of_its_own(
    sentence: str, quantity: tuple, unique: bool
) -> None:
    assert bool(added(sentence, quantity)) is unique


def test_the_homes_a_plant_could_power_is_what_it_is_not_news() -> None:
    sentence = "The wind farm will have a capacity of 1.2 gigawatts, enough to power 900,000 homes."
    assert added(sentence, ("900,000 homes", 900000, 900000, None, "home")) == []
