"""Two outlets dating one deed of the story's past to different years (corpus/background.py)."""

from __future__ import annotations

import pytest

from tests.test_compare import analyse, article
from wirecheck.corpus.background import years_named


@pytest.mark.parametrize(
    ("one", "other", "kind"),
    [
        ("The bridge was opened in 1968, the council said.",
         "The bridge, which opened in 1971, carries 9,000 cars a day.", "conflict"),
        # one deed under two verbs: a pipe is laid or installed
        ("The burst section of pipe was laid in 1966, the utility said.",
         "The pipe was installed in 1972, according to the utility's records.", "conflict"),
        ("The stadium was erected in 1931 on the old racecourse.",
         "The stadium, built in 1934, holds 20,000 people.", "conflict"),
        # the deed's object between the verb and its year
        ("Ms Kaur entered parliament in 2010 and chaired its transport committee.",
         "Ms Kaur, who entered parliament in 2012, leads the party's left.", "conflict"),
        ("The clinic first separated conjoined twins in 1998.",
         "The clinic separated its first conjoined twins in 2001, a spokesman said.",
         "conflict"),
        # an application is submitted, lodged or filed
        ("The developer submitted its application in 2021.",
         "The developer first lodged its application in 2022, the case file shows.", "conflict"),
        # what was dated opens the sentence with a capital: still a word in common
        ("Beavers returned to the valley in 2009, rangers say.",
         "Beavers returned to the river in 2013 after two centuries away.", "conflict"),
        # different deeds of one thing are no conflict
        ("The bridge was opened in 1968, the council said.",
         "The bridge was closed in 1971 for repairs, the council said.", None),
        # a thing's origin each outlet dates once: the story's one thing, whatever the words
        ("It was published in 2019 in a small ornithology journal.",
         "It was published in 2020 and drew wide attention at the time.", "conflict"),
        # five words between the deed and its year
        ("The board last approved a rise of this size in 2018.",
         "The board last approved a rise on this scale in 2015, its minutes show.",
         "conflict"),
        # six words between, and past tenses without "-ed": hit, used
        ("Kenya last suffered an invasion on this scale in 2019, officials said.",
         "Kenya last suffered a locust invasion of this scale in 2020.", "conflict"),
        ("The last swarm of this size hit the coast in 2019, the institute said.",
         "The last swarm of this size hit the coast in 2021, closing beaches.", "conflict"),
        ("The suit design was first used in 2021.",
         "The suit design was first used in 2019 and has flown on 23 missions.", "conflict"),
        ("The mirror was cast in 2022 in the laboratory's furnace.",
         "The mirror was cast in 2021 in the United States.", "conflict"),
        # the deed opening the sentence
        ("The company, founded in 2009, employs 35,000 people.",
         "Founded in 2011, the company employs about 40,000 people.", "conflict"),
        # a building is completed or built
        ("The water tower, completed in 1922, leans by a metre.",
         "The water tower was built in 1930 by the town's masons.", "conflict"),
        # a ship lost, under several verbs and with its month (third session of 2026-12-07)
        ("The steamer Maud Arrow sank in a storm in 1921, with all hands.",
         "The steamer Maud Arrow vanished with its crew during a gale in November 1919.",
         "conflict"),
        ("The Maud Arrow disappeared in Lake Erie during a storm in 1919.",
         "The Maud Arrow sank off Long Point in 1921 with a cargo of coal.", "conflict"),
    ],
)  # fmt: skip
def test_one_deed_dated_to_two_years(one: str, other: str, kind: str | None) -> None:
    found = [f.kind for f in analyse(article("Wire", one), article("Local", other)).findings
             if f.topic == "year"]  # fmt: skip
    assert found == ([kind] if kind else [])


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("The ferry was built in 1995.", {"1995"}),
        # a date in figures dates the report (a byline left in the text), no history
        ("By Ana Ruiz · 24/11/2026 08:00 JAÉN - Workers met on Monday.", set()),
        ("Published 03.12.2026, updated at noon.", set()),
    ],
)
def test_years_that_tell_history(text: str, years: set[str]) -> None:
    assert years_named(text) == years
