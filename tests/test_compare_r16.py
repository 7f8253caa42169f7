"""Rules from the sixteenth round of blind sets (compare_dev98 to dev101), on articles we
write: where the injured were taken, ages apposed to a name, people led out, vote shares
said far from the vote, and the gravely hurt among the hurt. The tests of what a rule finds
fail on the code before it; the others keep its limits."""

from __future__ import annotations

import pytest

from tests.test_compare import SPEAKERS, analyse, article, count
from tests.test_compare_more import place
from wirecheck.corpus.ages import age_claims
from wirecheck.corpus.claims import Claim
from wirecheck.corpus.compare import compare_stories
from wirecheck.corpus.count_topics import count_topic
from wirecheck.corpus.still_counts import still_counts
from wirecheck.model import Analysis, Article, Entity, Mention, Story

HOSPITALS = [
    Entity("e:sarawak", "Sarawak General Hospital", "ORG"),
    Entity("e:sibu", "Sibu Hospital", "ORG"),
    Entity("e:brendan", "St. Brendan's Hospital", "ORG"),
    Entity("e:kessler", "Kessler Creek", "GPE"),
]


def _findings(*articles: Article) -> list[tuple[str, str, str]]:
    ids = [a.id for a in articles]
    story = Story("s:" + ids[0], "Story", ids, sorted({a.source or "" for a in articles}))
    analysis = Analysis(articles=list(articles), entities=SPEAKERS + HOSPITALS, stories=[story])
    compare_stories(analysis)
    return [(f.kind, f.topic, f.summary) for f in analysis.findings if f.topic == "place"]


def _at_hospital(outlet: str, text: str, name: str, entity: str) -> Article:
    return article(outlet, text, mentions=[place(text, name, entity, "ORG")])


def test_two_hospitals_for_one_patient_conflict() -> None:
    wire = _at_hospital(
        "Borneo Wire",
        "The boy is in critical condition at Sarawak General Hospital, where doctors treat him.",
        "Sarawak General Hospital",
        "e:sarawak",
    )
    daily = _at_hospital(
        "Kenyalang Daily",
        "The boy is in a serious condition at Sibu Hospital, where doctors treat him.",
        "Sibu Hospital",
        "e:sibu",
    )
    found = _findings(wire, daily)
    assert [(kind, topic) for kind, topic, _ in found] == [("conflict", "place")]
    assert "Sibu Hospital" in found[0][2] and "Sarawak General Hospital" in found[0][2]


def test_a_hospital_is_never_set_against_a_town() -> None:
    text = "The injured hikers were taken by helicopter to St. Brendan's Hospital on Sunday."
    other = "The injured hikers were taken by helicopter to Kessler Creek on Sunday."
    hospital = _at_hospital("Alpine Dispatch", text, "St. Brendan's Hospital", "e:brendan")
    named = [place(other, "Kessler Creek", "e:kessler")]
    town = article("Northfield Courier", other, mentions=named)
    assert _findings(hospital, town) == []


def _taken(outlet: str) -> Article:
    text = "The two injured climbers were flown to St. Brendan's Hospital for surgery."
    return _at_hospital(outlet, text, "St. Brendan's Hospital", "e:brendan")


def test_the_hospital_some_outlets_name_is_an_agreement() -> None:
    silent = article("Ridgeline Times", "The two injured climbers needed surgery, rescuers said.")
    found = _findings(_taken("Alpine Dispatch"), _taken("Valley Post"), silent)
    assert [(kind, topic) for kind, topic, _ in found] == [("agree", "place")]


def _strike(outlet: str) -> Article:
    text = "Nurses at St. Brendan's Hospital walked out over pay and staffing on Monday."
    return _at_hospital(outlet, text, "St. Brendan's Hospital", "e:brendan")


def test_the_hospital_every_outlet_names_is_the_setting_not_a_finding() -> None:
    assert _findings(_strike("Alpine Dispatch"), _strike("Valley Post")) == []


def test_the_hospital_every_outlet_says_the_injured_were_taken_to_is_an_agreement() -> None:
    # Where they were taken is news even when every outlet names it (the blind golds list it),
    # unlike a hospital where the story happens.
    found = _findings(_taken("Alpine Dispatch"), _taken("Valley Post"))
    assert [(kind, topic) for kind, topic, _ in found] == [("agree", "place")]


def test_the_hospital_is_no_agreement_apart_from_how_many_were_taken_there() -> None:
    # "two were taken to Wrenhaven General Hospital" in both outlets: the agreement on the two
    # holds these sentences already, and says where they went.
    told = [
        article(outlet, text, mentions=[place(text, "Wrenhaven General Hospital", "e:wren", "ORG")],
                quantities=[count(text, phrase, 2, 2, "child")])
        for outlet, text, phrase in [
            ("Dunmere Standard",
             "Two children were taken to Wrenhaven General Hospital as a precaution.",
             "Two children"),
            ("Wrenhaven Chronicle",
             "Eight children were checked, and two children were taken to Wrenhaven General "
             "Hospital.",
             "two children"),
        ]
    ]  # fmt: skip
    entities = SPEAKERS + HOSPITALS + [Entity("e:wren", "Wrenhaven General Hospital", "ORG")]
    story = Story("s:" + told[0].id, "Story", [a.id for a in told], ["a", "b"])
    analysis = Analysis(articles=told, entities=entities, stories=[story])
    compare_stories(analysis)
    assert [f.kind for f in analysis.findings if f.kind == "agree"] == ["agree"]
    assert not [f for f in analysis.findings if f.topic == "place"]


def test_an_age_apposed_to_a_name_is_that_persons_not_a_name_after_it() -> None:
    text = (
        "Cyclists rode in memory of Hannah Okafor, the 34-year-old teacher killed by a lorry "
        "on Carrick Road on Thursday."
    )
    people = [
        Entity("e:okafor", "Hannah Okafor", "PERSON"),
        Entity("e:carrick", "Carrick Road", "PERSON"),  # the tagger's mistake
    ]
    mentions = [
        Mention("", text.index(name), text.index(name) + len(name), name, "PERSON", None, eid)
        for name, eid in (("Hannah Okafor", "e:okafor"), ("Carrick Road", "e:carrick"))
    ]
    told = article("Evening Post", text, mentions=mentions)
    claims = age_claims(told, "Evening Post", {e.id: e for e in people})
    assert [(c.slot, c.value) for c in claims] == [("e:okafor", "34")]


@pytest.mark.parametrize(
    ("sentence", "phrase", "topic"),
    [
        (
            "Nearly 3,000 passengers had to be led out of stations after the rain.",
            "Nearly 3,000 passengers",
            "evacuated",
        ),
        (
            "Eight of the injured were in critical condition on Sunday, the health service said.",
            "Eight",
            "intensive care",
        ),
        # a part of the dead that the words after describe stays among the dead
        ("All three of the dead were contract workers, the company said.", "three", "casualties"),
        (
            "Civil defence said 12,000 people left low-lying areas after the warning.",
            "12,000 people",
            "evacuated",
        ),
        ("Twelve miners were cut off when the roof gave way.", "Twelve miners", "trapped"),
        # those a rescue has yet to reach are apart from all who were trapped
        (
            "Families of the five miners still trapped waited at the church.",
            "five miners",
            "still trapped",
        ),
        ("Nine men remained trapped some 1,200 feet below ground.", "Nine men", "still trapped"),
        (
            "About 2,000 cyclists rode through the city centre in memory of the teacher.",
            "About 2,000 cyclists",
            "participants",
        ),
    ],
)
def test_what_befell_the_counted(sentence: str, phrase: str, topic: str) -> None:
    noun = phrase.split()[-1].rstrip("s")
    figure = count(sentence, phrase, 1, 1, noun if phrase.endswith("s") else "")
    if not phrase.endswith("s"):
        figure.counted = None  # a bare figure: its group is named after it
    assert count_topic(sentence, figure, figure.start) == topic


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "In a ballot, 92 percent of members of the General Aviation Workers' Union voted "
            "in favour.",
            "92 percent",
        ),
        ("Members voted for the strike, with 87 percent backing action on a turnout of 71 percent.",
         "87 percent"),
    ],
)  # fmt: skip
def test_a_share_backing_a_strike_is_a_vote_share_not_the_turnout(
    sentence: str, phrase: str
) -> None:
    figure = count(sentence, phrase, 87, 92, "")
    figure.unit, figure.counted = "%", None
    assert count_topic(sentence, figure, figure.start) == "vote share"


@pytest.mark.parametrize(
    ("sentence", "phrase", "topic"),
    [
        # who a convict is, not what befell the counted
        (
            "A convicted murderer was on the run as more than 200 officers searched the hills.",
            "more than 200 officers",
            "officer",
        ),
        # a cable cut off a coast traps no one
        (
            "The cable had been cut off the coast, and some 175,000 customers were affected.",
            "some 175,000 customers",
            "customer",
        ),
    ],
)
def test_words_that_only_look_like_a_cue(sentence: str, phrase: str, topic: str) -> None:
    figure = count(sentence, phrase, 1, 1, phrase.split()[-1].rstrip("s"))
    assert count_topic(sentence, figure, figure.start) == topic


GIRL_HURT = "A 7-year-old girl was seriously injured when a dog attacked her in the park."
GIRL_STITCHED = "A 6-year-old girl needed 45 stitches after a dog attacked her in the park."
GIRL_IN_HOSPITAL = "A 7-year-old girl is in hospital after a dog attacked her in the park."


def _ages(*told: tuple[str, str]) -> list[tuple[str, str]]:
    found = _findings_of_kind(*(article(outlet, text) for outlet, text in told))
    return sorted((kind, topic) for kind, topic, _ in found if topic.startswith("age of"))


def _findings_of_kind(*articles: Article) -> list[tuple[str, str, str]]:
    ids = [a.id for a in articles]
    story = Story("s:" + ids[0], "Story", ids, sorted({a.source or "" for a in articles}))
    analysis = Analysis(articles=list(articles), entities=SPEAKERS, stories=[story])
    compare_stories(analysis)
    return [(f.kind, f.topic, f.summary) for f in analysis.findings]


def test_one_girl_told_with_two_deeds_is_one_girl() -> None:
    found = _ages(("Courier", GIRL_HURT), ("Post", GIRL_STITCHED), ("Today", GIRL_IN_HOSPITAL))
    assert ("conflict", "age of the girl") in found


def test_two_girls_in_one_outlet_keep_their_deeds_apart() -> None:
    both = f"{GIRL_HURT} A 6-year-old girl needed 45 stitches after the attack."
    found = _ages(("Courier", both), ("Post", GIRL_STITCHED))
    assert ("conflict", "age of the girl") not in found


def test_a_name_after_a_preposition_is_not_whose_age_it_is() -> None:
    text = "Police said a 34-year-old man from Ashcombe was arrested at his home."
    town = Entity("e:ashcombe", "Ashcombe", "PERSON")  # the tagger's mistake
    start = text.index("Ashcombe")
    mention = Mention("", start, start + len("Ashcombe"), "Ashcombe", "PERSON", None, town.id)
    claims = age_claims(article("Courier", text, mentions=[mention]), "Courier", {town.id: town})
    assert [c.value for c in claims] == ["34"]
    assert claims[0].slot.startswith("role:man")  # the man, known by his noun


def test_a_sum_paid_for_a_club_record_is_a_price() -> None:
    sentence = "Ibarra is joining from Real Valdeluna for a club-record £76 million."
    figure = count(sentence, "£76 million", 76e6, 76e6, "")
    figure.unit, figure.counted = "GBP", None
    assert count_topic(sentence, figure, figure.start) == "GBP price"


def _fee(outlet: str, text: str) -> Article:
    figure = count(text, "£82", 82e6, 82e6, "")
    figure.end = text.index("m", figure.start + 3) + 1
    figure.text = text[figure.start : figure.end]
    figure.unit, figure.counted = "GBP", None
    return article(outlet, text, quantities=[figure])


def test_the_same_exact_sum_leading_two_reports_is_one_fact_however_they_read() -> None:
    a = _fee("Goalline", "Contracts were exchanged at noon, the fee being £82m.")
    b = _fee("Iberia", "Fans of the Spanish side wept as their hero left for £82m.")
    agreed = [f for f in analyse(a, b).findings if f.kind == "agree" and "price" in f.topic]
    assert len(agreed) == 1


def test_the_person_a_predicate_age_describes_is_no_one_new() -> None:
    text = "The youngest of those who died was a 15-year-old boy, police said."
    assert age_claims(article("Daily", text), "Daily", {}) == []


def _sum(outlet: str, text: str, phrase: str, low: float | None, high: float | None) -> Article:
    figure = count(text, phrase, low, high, "")
    figure.unit, figure.counted = "EUR", None
    return article(outlet, text, quantities=[figure])


def test_a_floor_and_a_ceiling_share_no_figure() -> None:
    floor_text = "The bank needs at least 5 billion euros in fresh capital."
    ceiling_text = "The bank needs up to 8 billion euros in fresh capital."
    a = _sum("Wire", floor_text, "at least 5 billion euros", 5e9, None)
    b = _sum("Daily", ceiling_text, "up to 8 billion euros", 0, 8e9)
    assert not [f for f in analyse(a, b).findings if f.kind == "agree"]


def test_homes_still_without_power_are_apart_from_the_outage_at_its_height() -> None:
    sentence = "About 95,000 customers remained without power on Wednesday morning."
    figure = count(sentence, "About 95,000 customers", 85500, 104500, "customer")
    assert count_topic(sentence, figure, figure.start) == "still without power"


def _outage(outlet: str, slot: str, figure: float) -> Claim:
    return Claim(
        f"a:{outlet}", outlet, "count", slot, slot, f"{figure:,.0f} customers", 0, 10,
        "text", low=figure, high=figure, counted="customer",
    )  # fmt: skip


def test_an_outlet_giving_only_what_remains_counts_the_outage() -> None:
    both = [_outage("Wire", "power cuts", 180000), _outage("Wire", "still without power", 95000)]
    alone = [_outage("Post", "still without power", 1200)]
    slots = [(c.outlet, c.slot) for c in still_counts(both + alone)]
    assert slots == [
        ("Wire", "power cuts"), ("Wire", "still without power"), ("Post", "power cuts"),
    ]  # fmt: skip
