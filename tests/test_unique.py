"""Unique findings on hand-built articles: announcements in reported speech, further counts,
and how many findings one article may give."""

from __future__ import annotations

import pytest

from tests.test_compare import article, count, event
from wirecheck.corpus.compare import compare_stories
from wirecheck.model import Analysis, Article, Entity, Finding, Quantity, Quote, Story, Time

OFFICIALS = [
    Entity("e:council", "Ashcombe Council", "ORG"),
    Entity("e:lind", "Sofia Lind", "PERSON"),
]
# The other outlet tells the same story without the announcement.
OTHER = "Twelve miners were brought out of the colliery after a roof fall on Saturday."


def reported(text: str, words: str, speaker: str = "e:council") -> Quote:
    start = text.index(words)
    return Quote("", "", start, start + len(words), words, "indirect", speaker)


def uniques(*articles: Article) -> list[Finding]:
    ids = [a.id for a in articles]
    story = Story("s:" + ids[0], "Mine", ids, sorted({a.source or "" for a in articles}))
    analysis = Analysis(articles=list(articles), entities=list(OFFICIALS), stories=[story])
    compare_stories(analysis)
    return [f for f in analysis.findings if f.kind == "unique"]


def told_by_one(sentence: str, words: str) -> list[Finding]:
    """The findings when one outlet adds `sentence`, reporting `words`, to the story."""
    text = OTHER + " " + sentence
    told = article("Harbour", text, quotes=[reported(text, words)])
    return uniques(told, article("Valley", OTHER))


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "The council said it would pay for counselling for the miners and their families.",
            "it would pay for counselling for the miners and their families",
        ),
        (
            "The council said it was ready to send search and rescue teams if asked.",
            "it was ready to send search and rescue teams if asked",
        ),
        (
            "The council said the city would review every permit granted between 2018 and 2021.",
            "the city would review every permit granted between 2018 and 2021",
        ),
        (
            "The council said the government had approved a cap on rents in the town.",
            "the government had approved a cap on rents in the town",
        ),
    ],
)
def test_an_announced_decision_only_one_outlet_reports_is_unique(sentence: str, words: str) -> None:
    (finding,) = told_by_one(sentence, words)
    assert finding.topic == "announcement"
    assert finding.evidence[0].text in sentence


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # a question left open
        (
            "The council did not say how many teams would be sent to the colliery.",
            "how many teams would be sent to the colliery",
        ),
        # a plan to keep doing something is no decision of public action
        (
            "The council said it would keep pressing the owners to reopen the colliery.",
            "it would keep pressing the owners to reopen the colliery",
        ),
    ],
)
def test_other_reported_speech_is_not_unique(sentence: str, words: str) -> None:
    assert told_by_one(sentence, words) == []


def test_an_old_decision_in_reported_speech_is_background_not_an_announcement() -> None:
    # A year before the verb dates an old decision: no announcement, but background only
    # this outlet gives.
    sentence = "The council said that in 2019 it had approved a new safety plan for the mine."
    found = told_by_one(sentence, "that in 2019 it had approved a new safety plan for the mine")
    assert [(f.topic, f.evidence[0].text, f.evidence[0].value) for f in found] == [
        ("background", sentence, "2019")
    ]


def test_an_announcement_echoed_by_another_outlet_is_not_unique() -> None:
    words = "it would pay for counselling for the miners and their families"
    text_a = OTHER + " The council said " + words + "."
    text_b = OTHER + " The council said " + words + " after the rescue."
    a = article("Harbour", text_a, quotes=[reported(text_a, words)])
    b = article("Valley", text_b, quotes=[reported(text_b, words)])
    assert uniques(a, b) == []


def test_an_announcement_takes_its_whole_sentence_as_evidence() -> None:
    sentence = "The council said on Monday it would pay for counselling for every miner."
    text = OTHER + " " + sentence
    words = "it would pay for counselling for every miner"
    told = article(
        "Harbour",
        text,
        quotes=[reported(text, words)],
        events=[event(text, "said", "CONSULT", "asserted")],
    )
    (finding,) = uniques(told, article("Valley", OTHER))
    assert finding.evidence[0].text == sentence


def test_an_announcement_can_stand_beside_the_articles_main_unique_claim() -> None:
    pledge = "The council announced £2 million in grants for the families."
    plan = "The council said it would pay for counselling for the miners and their families."
    text = f"{OTHER} {pledge} {plan}"
    money = count(text, "£2 million", 2e6, 2e6, "")
    money.unit = "GBP"
    told = article(
        "Harbour",
        text,
        quantities=[money],
        quotes=[reported(text, "it would pay for counselling for the miners and their families")],
    )
    found = {f.topic: f.evidence[0].text for f in uniques(told, article("Valley", OTHER))}
    assert len(found) == 2
    assert found.pop("announcement") in plan
    assert found.popitem()[1] == pledge


@pytest.mark.parametrize(("further", "unique"), [("Another 400 jobs", True), ("400 jobs", False)])
def test_a_further_count_on_a_compared_slot_is_its_own_claim(further: str, unique: bool) -> None:
    lead = "The plant will close next year, cutting 1,200 jobs."
    extra = f"{further} at local suppliers could be lost, the borough said."
    text_a = f"{lead} {extra}"
    text_b = "The carmaker will shut the plant with the loss of 1,200 jobs."
    a = article(
        "Sentinel",
        text_a,
        quantities=[
            count(text_a, "1,200 jobs", 1200, 1200, "job"),
            count(text_a, "400 jobs", 400, 400, "job"),
        ],
    )
    b = article("Copper", text_b, quantities=[count(text_b, "1,200 jobs", 1200, 1200, "job")])
    found = [f.evidence[0].text for f in uniques(a, b)]
    assert (extra in found) is unique


@pytest.mark.parametrize(
    ("sentence", "figure", "unique"),
    [
        ("Colliery shares fell 6.2 percent in London trading.", "6.2 percent", True),
        ("The owner's stock jumped 4 percent after the rescue.", "4 percent", True),
        ("About 40 percent of the seam had been worked out.", "40 percent", False),
        # the story's own terms and rates
        ("The owner rejected a pay offer of 3.5 percent in July.", "3.5 percent", True),
        ("Only 71 percent of pupils had both doses, data show.", "71 percent", True),
    ],
)
def test_a_share_price_move_only_one_outlet_gives_is_unique(
    sentence: str, figure: str, unique: bool
) -> None:
    text = OTHER + " " + sentence
    start = text.index(figure)
    value = float(figure.split()[0])
    moved = Quantity("", "", start, start + len(figure), figure, value, value, value, "%", None)
    told = article("Harbour", text, quantities=[moved])
    found = [f for f in uniques(told, article("Valley", OTHER)) if figure in f.summary]
    assert bool(found) is unique


def test_an_event_whose_date_another_outlet_contradicts_is_not_unique() -> None:
    text_a = "Twelve miners were rescued on Saturday. Managers will meet the union on Thursday."
    text_b = "Twelve miners were rescued on Saturday. Managers are due to meet the union on Friday."
    a = article(
        "Harbour", text_a, events=[event(text_a, "meet", "CONSULT", "future", "2024-11-07")]
    )
    a.times = [day(text_a, "Thursday", "2024-11-07")]
    b = article("Valley", text_b)
    b.times = [day(text_b, "Friday", "2024-11-08")]
    assert uniques(a, b) == []


def day(text: str, words: str, value: str) -> Time:
    start = text.index(words)
    return Time("", "", start, start + len(words), words, "DATE", value, "2024-11-02")


def test_a_call_or_an_order_is_not_an_outlet_s_unique_news() -> None:
    text = OTHER + " Officials ordered schools near the colliery to close on Monday."
    order = event(text, "ordered", "DEMAND", "asserted", "2024-11-04")
    assert uniques(article("Harbour", text, events=[order]), article("Valley", OTHER)) == []


def test_a_figure_in_a_sentence_naming_a_decade_is_background() -> None:
    text = OTHER + " The colliery employs about 3,100 people and has operated since the 1950s."
    staff = count(text, "about 3,100 people", 2790, 3410, "people")
    assert uniques(article("Harbour", text, quantities=[staff]), article("Valley", OTHER)) == []


FERRY = "The ferry ran aground off the island on Sunday night and all 41 people aboard were safe."


@pytest.mark.parametrize(
    ("added", "background"),
    [
        ("The ferry was built in 1995 and is one of the oldest in the fleet.", "1995"),
        ("The operator had failed a safety inspection in 2024, the regulator said.", "2024"),
        ("The island's new harbour wall is due to be finished by 2029.", "2029"),
        # a decade is too loose to say another outlet does not tell it
        ("Ferries have served the island since the 1960s.", None),
        # a year inside quotation marks is the speaker's, not the outlet's
        ("“We have not seen a grounding like this since 2011,” a pilot said.", None),
    ],
)
def test_background_with_a_year_only_one_outlet_gives_is_unique(
    added: str, background: str | None
) -> None:
    text = f"{FERRY}\n\n{added}"
    quotes = []
    if "“" in added:
        words = added[added.index("“") + 1 : added.index(",”")]
        quotes = [Quote("", "", text.index(words), text.index(words) + len(words), words, "direct")]
    found = uniques(article("Harbour", text, quotes=quotes), article("Valley", FERRY))
    values = [(f.topic, f.evidence[0].value) for f in found]
    assert values == ([("background", background)] if background else [])


def test_background_another_outlet_also_dates_is_not_unique() -> None:
    built = f"{FERRY}\n\nThe ferry was built in 1995 and is one of the oldest in the fleet."
    # The other outlet names the year in other words: the fact is shared.
    other = f"{FERRY}\n\nThe 1995-built vessel was due to be replaced next year."
    assert uniques(article("Harbour", built), article("Valley", other)) == []


def test_one_background_finding_per_article_the_first() -> None:
    text = (
        f"{FERRY}\n\nThe ferry was built in 1995. Its sister ship was sold to a Greek operator"
        " in 2017."
    )
    found = uniques(article("Harbour", text), article("Valley", FERRY))
    assert [(f.topic, f.evidence[0].text) for f in found] == [
        ("background", "The ferry was built in 1995.")
    ]


def test_a_vague_crowd_agreed_beside_a_ruling_leaves_the_ruling_unique() -> None:
    # The agreement on the crowd ("thousands" / "about 2,000") confirms the protest, not the
    # court's ruling in the same sentence, which only one outlet reports.
    ruling = (
        "The High Court on Thursday refused to suspend the levy, as thousands of people protested."
    )
    crowd = "About 2,000 demonstrators protested in the capital on Thursday."
    thousands = count(ruling, "thousands of people", 2000, 9999, "people")
    thousands.value = None
    refused = event(ruling, "refused", "REJECT", "asserted", "2024-11-07")
    a = article("Ledger", ruling, quantities=[thousands], events=[refused])
    b = article(
        "Courier",
        crowd,
        quantities=[count(crowd, "About 2,000 demonstrators", 1800, 2200, "demonstrator")],
    )
    assert [(f.topic, f.evidence[0].text) for f in uniques(a, b)] == [("reject", ruling)]


def voiced(text: str, words: str, speaker: str, introduced: str) -> Quote:
    start = text.index(words)
    return Quote("", "", start, start + len(words), words, "direct", speaker, introduced)


BRIDGE = "The central span of the bridge gave way on Monday morning, killing six people."


def expert_findings(added: str, introduced: str, speaker: str, other: str = BRIDGE) -> list:
    text = f"{BRIDGE}\n\n{added}"
    words = added[added.index("“") + 1 : added.index(",”")]
    # Both outlets count the dead alike: what is left is the expert.
    toll = count(text, "six people", 6, 6, "people")
    told = article(
        "Structura", text, quotes=[voiced(text, words, speaker, introduced)], quantities=[toll]
    )
    six = count(other, "six people", 6, 6, "people")
    OFFICIALS.append(Entity("e:veloso", "Tomas Veloso", "PERSON"))
    OFFICIALS.append(Entity("e:lind", "Sofia Lind", "PERSON", roles=["spokeswoman"]))
    try:
        found = uniques(told, article("Wire", other, quantities=[six]))
        return [(f.topic, f.evidence[0].value) for f in found]
    finally:
        del OFFICIALS[-2:]


def test_an_expert_only_one_outlet_quotes_is_unique() -> None:
    said = "“The pattern points to corrosion inside the tendons,” said Tomas Veloso, a professor."
    assert expert_findings(said, "Tomas Veloso, a professor", "e:veloso") == [
        ("expert view", "Tomas Veloso")
    ]


def test_a_background_finding_says_what_only_one_outlet_gives() -> None:
    built = f"{FERRY}\n\nThe ferry was built in 1995 and is one of the oldest in the fleet."
    (found,) = uniques(article("Harbour", built), article("Valley", FERRY))
    assert found.summary == "Only Harbour gives this background (1995)."


def test_an_expert_another_outlet_also_names_or_a_spokeswoman_is_no_expert_view() -> None:
    said = "“The pattern points to corrosion inside the tendons,” said Tomas Veloso, a professor."
    named = f"{BRIDGE} Engineers including Professor Veloso were inspecting the piers."
    assert expert_findings(said, "Tomas Veloso, a professor", "e:veloso", named) == []
    spoke = "“We are working closely with the investigators,” said Sofia Lind."
    assert expert_findings(spoke, "Sofia Lind", "e:lind") == []


def test_two_years_for_one_deed_of_the_past_conflict_and_a_third_outlet_joins_its_side() -> None:
    built = "The tunnel, completed in 1987, carries the main road under the river."
    later = "Engineers said the tunnel was completed in 1991 and last inspected in 2019."
    third = "The 900-metre bore beneath the estuary, completed in 1987, flooded at dawn."
    ids = [
        article(s, t, quantities=[])
        for s, t in (("Wire", built), ("Post", later), ("Daily", third))
    ]
    story = Story("s:dam", "Dam", [a.id for a in ids], ["Daily", "Post", "Wire"])
    analysis = Analysis(articles=ids, entities=list(OFFICIALS), stories=[story])
    compare_stories(analysis)
    (conflict,) = [f for f in analysis.findings if f.kind == "conflict"]
    assert conflict.topic == "year"
    assert sorted(e.value for e in conflict.evidence) == ["1987", "1987", "1991"]


@pytest.mark.parametrize("lead", [True, False])
def test_a_dated_deed_only_one_outlet_reports_is_unique_only_in_its_first_paragraph(
    lead: bool,
) -> None:
    met = "The envoy met the army chief in the port city on Tuesday."
    opening = "Aid convoys reached the besieged town on Monday, the UN said."
    text = f"{met}\n\n{opening}" if lead else f"{opening}\n\n{met}"
    told = article(
        "Harbour", text, events=[event(text, "met", "CONSULT", "asserted", "2025-05-13")]
    )
    found = [f.topic for f in uniques(told, article("Valley", opening))]
    assert found == (["consult"] if lead else [])


PLAN = "it would pay for counselling for the miners and their families"


def _plan_told_again() -> Article:
    """The other outlet, giving the council's plan too (in a longer sentence)."""
    text = f"{OTHER} The council said {PLAN} after the rescue."
    return article("Valley", text, quotes=[reported(text, PLAN)])


def test_an_echoed_claim_ranked_first_gives_way_to_the_next() -> None:
    # The announcement outranks the count, but the Valley reports it too: the count is picked
    # (the echo check must run on the first candidate, and on the next when the first fails).
    pits = "Inspectors have since checked 34 other pits in the region."
    text = f"{OTHER} The council said {PLAN}. {pits}"
    told = article(
        "Harbour",
        text,
        quantities=[count(text, "34 other pits", 34, 34, "pit")],
        quotes=[reported(text, PLAN)],
    )
    assert [f.evidence[0].text for f in uniques(told, _plan_told_again())] == [pits]


def test_an_echoed_announcement_is_no_second_pick() -> None:
    # The pledge is the article's own news; the plan beside it is echoed by the Valley.
    pledge = "The council announced £2 million in grants for the families."
    text = f"{OTHER} {pledge} The council said {PLAN}."
    money = count(text, "£2 million", 2e6, 2e6, "")
    money.unit = "GBP"
    told = article("Harbour", text, quantities=[money], quotes=[reported(text, PLAN)])
    assert [f.evidence[0].text for f in uniques(told, _plan_told_again())] == [pledge]


def test_an_event_still_to_come_is_not_unique() -> None:
    text = OTHER + " The board will meet on Thursday to consider the takeover offer."
    meeting = event(text, "meet", "CONSULT", "future", "2024-11-07")
    assert uniques(article("Harbour", text, events=[meeting]), article("Valley", OTHER)) == []


def test_others_counted_after_a_named_one_refer_back() -> None:
    text = OTHER + " A chimpanzee was shot dead and three others were recaptured on Saturday."
    start = text.index("three others")
    others = Quantity("", "", start, start + 12, "three others", 3, 3, 3, None, "other")
    assert uniques(article("Harbour", text, quantities=[others]), article("Valley", OTHER)) == []
