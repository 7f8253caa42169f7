"""Weather readings, usual temperatures, things that collapsed, a comma-age with no name before
it, and an outlet that gives its figure twice: rules learnt from the blind sets of round 7,
on short articles we write ourselves (the helpers live in test_compare)."""

from __future__ import annotations

from tests.test_ages import EKLUND, told
from tests.test_compare import analyse, article, count, kinds
from tests.test_compare_dates import dated
from wirecheck.corpus.ages import age_claims
from wirecheck.corpus.count_topics import count_topic
from wirecheck.extract.quantities import find_quantities


def test_the_day_of_a_weather_reading_dates_no_deed_of_the_story() -> None:
    reading = (
        "Temperatures on the mountain fell to minus 5C overnight on Friday while the seven "
        "hikers sheltered in a bothy."
    )
    rescue = "The seven hikers who sheltered on the mountain were brought down on Saturday."
    a = dated("Herald", reading, "Friday", "2025-05-09")
    b = dated("Star", rescue, "Saturday", "2025-05-10")
    assert ("conflict", "date") not in kinds(analyse(a, b))


def test_a_usual_temperature_is_not_the_one_the_story_reports() -> None:
    usual = "Summers here normally peak at around 19 degrees, forecasters said."
    record = "The town recorded 33.8C on Monday, its highest ever."
    topics = []
    for text in (usual, record):
        (found,) = [q for q in find_quantities(text, None) if q.unit == "°"]
        topics.append(count_topic(text, found, found.start))
    assert topics[0] != topics[1]


def test_things_that_collapsed_are_counted_apart_from_the_whole() -> None:
    text_a = "All 70 sculptures were damaged, and at least 20 sculptures collapsed on Monday."
    text_b = "Twelve sculptures collapsed as the thaw set in, organisers said."
    a = article("Herald", text_a, quantities=[
        count(text_a, "All 70 sculptures", 70, 70, "sculpture"),
        count(text_a, "at least 20 sculptures", 20, None, "sculpture"),
    ])  # fmt: skip
    b = article("Star", text_b, quantities=[count(text_b, "Twelve sculptures", 12, 12,
                                                  "sculpture")])  # fmt: skip
    conflicts = [f for f in analyse(a, b).findings if f.kind == "conflict"]
    assert [(f.topic, sorted(e.value or "" for e in f.evidence)) for f in conflicts] == [
        ("collapsed", ["Twelve sculptures", "at least 20 sculptures (20–…)"])
    ]


def test_a_comma_age_after_a_role_is_nobody_named_earlier() -> None:
    text = "Lars Eklund steered the ship. The crash killed a retired teacher, 71, on deck."
    claims = age_claims(told("Herald", text, ("Lars Eklund", "e:eklund")), "Herald",
                        {"e:eklund": EKLUND})  # fmt: skip
    assert claims == []


def test_an_outlet_that_gives_its_figure_twice_is_cited_in_both_sentences() -> None:
    text_a = "Eleven huts burned down overnight. Rangers later counted 11 huts burned."
    text_b = "Some 30 huts burned down in the fire, the park said."
    a = article("Herald", text_a, quantities=[
        count(text_a, "Eleven huts", 11, 11, "hut"),
        count(text_a, "11 huts", 11, 11, "hut"),
    ])  # fmt: skip
    b = article("Star", text_b, quantities=[count(text_b, "Some 30 huts", 27, 33, "hut")])
    (conflict,) = [f for f in analyse(a, b).findings if f.kind == "conflict"]
    cited = {e.text for e in conflict.evidence if e.article == a.id}
    assert cited == {"Eleven huts burned down overnight.", "Rangers later counted 11 huts burned."}


def test_a_bare_figure_counts_what_the_number_of_names() -> None:
    text_a = "The trust put the number of nurses on strike at fewer than 700 on Monday."
    text_b = "About 1,200 nurses walked out at the hospital on Monday, the union said."
    a = article("Herald", text_a, quantities=[count(text_a, "fewer than 700", 0, 699, None)])
    b = article("Star", text_b, quantities=[count(text_b, "About 1,200 nurses", 1080, 1320,
                                                  "nurse")])  # fmt: skip
    assert ("conflict", "nurse") in kinds(analyse(a, b))


def test_a_bare_figure_counts_what_a_queue_is_of() -> None:
    text_a = "The queue of ships waiting offshore grew to 22 on Tuesday."
    text_b = "Nine ships were waiting offshore on Tuesday, the harbour master said."
    a = article("Herald", text_a, quantities=[count(text_a, "22", 22, 22, None)])
    b = article("Star", text_b, quantities=[count(text_b, "Nine ships", 9, 9, "ship")])
    assert ("conflict", "ship") in kinds(analyse(a, b))


def test_an_institutions_size_is_apart_from_what_befell_some_of_it() -> None:
    sized = [
        "Carrow State, a public university of about 24,000 students, moved its exams online.",
        "Carrow State, with about 24,000 students, moved its exams online in 2021.",
    ]
    befell = "The attack disrupted tests for 14,000 students this week."
    topics = set()
    for text in [*sized, befell]:
        (found,) = [q for q in find_quantities(text, None) if q.value and q.value > 1000]
        found.counted = "student"
        topics.add(count_topic(text, found, found.start))
    assert len(topics) == 2


def test_a_towns_size_is_compared_whatever_its_people_are_called() -> None:
    text_a = "Mesa Verde, a former mining town of about 3,400 residents, was hit hardest."
    text_b = "The flood damaged homes across the town of roughly 5,000 people."
    a = article("Herald", text_a, quantities=[count(text_a, "about 3,400 residents", 3060, 3740,
                                                    "resident")])  # fmt: skip
    b = article("Star", text_b, quantities=[count(text_b, "roughly 5,000 people", 4500, 5500,
                                                  "people")])  # fmt: skip
    assert ("conflict", "population (size)") in kinds(analyse(a, b))


def test_demand_the_noun_is_a_measure_not_a_wish() -> None:
    text_a = "The heat pushed demand to a peak of 2,950 megawatts on Monday."
    text_b = "Demand on the grid climbed to 3,400 megawatts on Monday afternoon."
    found = {}
    for name, text in (("Herald", text_a), ("Star", text_b)):
        found[name] = article(name, text, quantities=find_quantities(text, None))
    assert ("conflict", "MW") in kinds(analyse(found["Herald"], found["Star"]))


def test_a_plant_s_power_in_gigawatts_and_megawatts_is_one_slot() -> None:
    told = [
        ("Herald", "The farm would have a capacity of 1.2 gigawatts, the council said."),
        ("Star", "Regulators approved a 1,200 megawatt development off the coast."),
        ("Post", "The wind farm will have a capacity of 900 megawatts."),
    ]
    made = [article(n, t, quantities=find_quantities(t, None)) for n, t in told]
    findings = {(f.kind, len(f.evidence)) for f in analyse(*made).findings if f.topic == "MW"}
    assert findings == {("agree", 2), ("conflict", 3)}


def test_job_cuts_are_counted_as_jobs() -> None:
    text_a = "The merger would have eliminated about 600 jobs, the banks said."
    text_b = "The combined bank planned 1,100 job cuts, the filing showed."
    a = article("Herald", text_a, quantities=[count(text_a, "about 600 jobs", 540, 660, "job")])
    b = article("Star", text_b, quantities=[count(text_b, "1,100 job cuts", 1100, 1100, "cut")])
    assert ("conflict", "job") in kinds(analyse(a, b))


def test_roles_a_firm_cuts_are_counted_as_jobs() -> None:
    text_a = "The lender will close 60 branches and cut 420 roles, it said on Monday."
    text_b = "The closures put more than 700 jobs at risk, the union said."
    a = article("Herald", text_a, quantities=[count(text_a, "420 roles", 420, 420, "role")])
    b = article("Star", text_b, quantities=[count(text_b, "more than 700 jobs", 701, None, "job")])
    assert ("conflict", "job") in kinds(analyse(a, b))
