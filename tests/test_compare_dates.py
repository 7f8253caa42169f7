"""The comparison engine on dates, pairwise conflicts, wording drift and unique claims, with
short articles we write ourselves (the helpers live in test_compare)."""

from __future__ import annotations

import pytest

from tests.test_compare import analyse, article, count, kinds, quote
from wirecheck.model import Event, Time


def day(text: str, said: str, value: str, anchor: str) -> Time:
    start = text.index(said)
    return Time("", "", start, start + len(said), said, "DATE", value, anchor)


def dated(source: str, text: str, said: str, value: str, anchor: str = "2025-05-12"):
    return article(source, text, times=[day(text, said, value, anchor)])


def test_two_days_for_one_future_thing_conflict() -> None:
    a = dated(
        "Herald", "Talks are due to resume on Thursday, the union said.", "Thursday", "2025-05-15"
    )
    b = dated(
        "Star", "Talks are due to resume on Friday, the company said.", "Friday", "2025-05-16"
    )
    analysis = analyse(a, b)
    (finding,) = analysis.findings
    assert (finding.kind, finding.topic) == ("conflict", "date")
    assert "2025-05-15" in finding.summary and "2025-05-16" in finding.summary


def test_a_date_still_to_come_that_outlets_share_is_an_agreement() -> None:
    # the day talks resume is news a reader plans by, contested or not
    thursday = "Talks between the two sides are due to resume on Thursday."
    a = dated("Herald", thursday, "Thursday", "2025-05-15")
    b = dated(
        "News", "Talks are due to resume on Thursday, the union said.", "Thursday", "2025-05-15"
    )
    assert kinds(analyse(a, b)) == {("agree", "date")}
    c = dated(
        "Star", "Talks are due to resume on Friday, the company said.", "Friday", "2025-05-16"
    )
    findings = analyse(a, b, c).findings
    assert {(f.kind, f.topic) for f in findings} == {("agree", "date"), ("conflict", "date")}
    (conflict,) = [f for f in findings if f.kind == "conflict"]
    assert {e.article for e in conflict.evidence} == {a.id, b.id, c.id}  # one side, one finding


def test_an_agreed_past_day_is_reported_only_when_another_outlet_contests_it() -> None:
    # every report dating the fire alike is no news; a third that dates it apart makes both
    a = dated("Herald", "The fire at the depot broke out on Saturday.", "Saturday", "2025-05-10")
    b = dated(
        "News", "The depot fire broke out on Saturday, police said.", "Saturday", "2025-05-10"
    )
    assert analyse(a, b).findings == []
    c = dated("Star", "The depot fire broke out on Friday night.", "Friday", "2025-05-09")
    findings = analyse(a, b, c).findings
    assert {(f.kind, f.topic) for f in findings} == {("agree", "date"), ("conflict", "date")}


def test_dates_of_different_things_are_not_compared() -> None:
    a = dated("Herald", "Divers will resume the search on Wednesday.", "Wednesday", "2025-03-12")
    b = dated("Star", "A volunteer firefighter died on Thursday.", "Thursday", "2025-03-13")
    assert analyse(a, b).findings == []


def test_a_past_day_and_a_day_to_come_are_not_one_date() -> None:
    a = dated(
        "Herald", "The toll rose to 17 on Tuesday as divers searched.", "Tuesday", "2025-03-11"
    )
    b = dated(
        "Star", "Divers are due to return on Wednesday.", "Wednesday", "2025-03-12", "2025-03-10"
    )
    a.times[0].anchor = "2025-03-12"
    assert [f for f in analyse(a, b).findings if f.kind == "conflict"] == []


def test_parts_of_one_day_do_not_conflict() -> None:
    text_a = "The ferry capsized on Monday evening."
    text_b = "The ferry capsized on Monday night."
    a = article(
        "Herald",
        text_a,
        times=[Time("", "", 22, 36, "Monday evening", "TIME", "2025-03-10TEV", None)],
    )
    b = article(
        "Star", text_b, times=[Time("", "", 22, 34, "Monday night", "TIME", "2025-03-10TNI", None)]
    )
    assert [f for f in analyse(a, b).findings if f.kind == "conflict"] == []


def test_figures_that_overlap_stand_as_one_side_against_a_third() -> None:
    texts = {
        "Herald": ("About 1,800 drivers walked out on Monday.", "About 1,800 drivers", 1620, 1980),
        "Star": ("Around 2,000 drivers walked out on Monday.", "Around 2,000 drivers", 1800, 2200),
        "News": ("The union said 2,400 drivers walked out.", "2,400 drivers", 2400, 2400),
    }
    made = [
        article(name, text, quantities=[count(text, phrase, low, high, "driver")])
        for name, (text, phrase, low, high) in texts.items()
    ]
    findings = analyse(*made).findings
    (conflict,) = [f for f in findings if f.kind == "conflict"]
    assert {e.article for e in conflict.evidence} == {a.id for a in made}
    # each side's own values are named: the agreeing outlets do not give one figure
    assert "Herald and Star say About 1,800 drivers" in conflict.summary
    assert "Around 2,000 drivers" in conflict.summary and "News says 2,400" in conflict.summary
    assert ("agree", "driver") in {(f.kind, f.topic) for f in findings}


def test_a_contraction_is_a_wording_drift() -> None:
    said = "This fire is moving faster than anything we have seen in this district"
    drifted = "This fire is moving faster than anything we've seen in this district"
    a = article("Herald", f"“{said},” she said.", quotes=[quote(f"“{said},”", said, "e:eklund")])
    b = article(
        "Star", f"“{drifted},” she said.", quotes=[quote(f"“{drifted},”", drifted, "e:eklund")]
    )
    assert ("conflict", "quote wording") in kinds(analyse(a, b))


def test_money_in_any_currency_and_arrests_are_unique_claims() -> None:
    text_a = "The government will pay 50,000 pesos to the family of each victim."
    text_b = "Two pickets were arrested outside the depot, police said."
    text_c = "Heavy rain flooded roads across the capital on Sunday."
    pesos = count(text_a, "50,000 pesos", 50000, 50000, "")
    pesos.unit, pesos.counted = "PHP", None
    a = article("Herald", text_a, quantities=[pesos])
    b = article("Star", text_b, quantities=[count(text_b, "Two pickets", 2, 2, "picket")])
    c = article("News", text_c)
    uniques = {f.evidence[0].article for f in analyse(a, b, c).findings if f.kind == "unique"}
    assert uniques == {a.id, b.id}


def test_a_dated_event_in_the_lead_outranks_a_small_figure() -> None:
    text_a = (
        "The High Court on Thursday refused to suspend the levy.\n\n"
        "Officials said 25 shops stayed shut in the centre."
    )
    text_b = "Heavy rain flooded roads across the capital on Sunday."
    ruling = text_a.index("refused")
    a = article(
        "Ledger",
        text_a,
        events=[
            Event(
                "",
                "",
                ruling,
                ruling + 7,
                "REJECT",
                "refused",
                [],
                [],
                "2024-11-07",
                None,
                "asserted",
            )
        ],
        quantities=[count(text_a, "25 shops", 25, 25, "shop")],
    )
    b = article("Gazette", text_b)
    (unique,) = analyse(a, b).findings
    assert unique.evidence[0].text.startswith("The High Court on Thursday refused")


def test_a_figure_someone_asks_for_is_not_compared_with_what_happened() -> None:
    text_a = "Fewer than 15 trucks a day had crossed from Chad, the agency said."
    text_b = "The ministers asked both sides to allow between 20 and 30 trucks a day."
    a = article("AFP", text_a, quantities=[count(text_a, "Fewer than 15 trucks", 0, 14, "truck")])
    b = article(
        "Planet", text_b, quantities=[count(text_b, "between 20 and 30 trucks", 20, 30, "truck")]
    )
    assert [f for f in analyse(a, b).findings if f.kind == "conflict"] == []


def test_a_sum_of_money_is_not_echoed_by_a_count_of_people() -> None:
    text_a = "The United States announced $75 million in additional assistance for Sudan."
    text_b = "The United States said about 25 million people in Sudan need additional assistance."
    dollars = count(text_a, "$75 million", 75e6, 75e6, "")
    dollars.unit, dollars.counted = "USD", None
    a = article("Meridian", text_a, quantities=[dollars])
    b = article(
        "Planet",
        text_b,
        quantities=[count(text_b, "about 25 million people", 22.5e6, 27.5e6, "people")],
    )
    uniques = [f for f in analyse(a, b).findings if f.kind == "unique"]
    assert a.id in {f.evidence[0].article for f in uniques}


def test_a_forecast_figure_is_not_compared_with_a_measured_one() -> None:
    text_a = "A gust of 160 km/h was recorded at the Lizard peninsula."
    text_b = (
        "Gusts of between 130 and 150 km/h expected on exposed coasts kept the warning in place."
    )
    measured = count(text_a, "160 km/h", 160, 160, "")
    forecast = count(text_b, "between 130 and 150 km/h", 130, 150, "")
    measured.unit = forecast.unit = "km/h"
    measured.counted = forecast.counted = None
    a = article("Gazette", text_a, quantities=[measured])
    b = article("Lantern", text_b, quantities=[forecast])
    assert [f for f in analyse(a, b).findings if f.kind in ("agree", "conflict")] == []


def test_outlets_dating_the_main_deed_by_their_own_days_conflict() -> None:
    a = dated("Herald", "The two countries signed the trade pact on Wednesday.", "Wednesday",
              "2025-09-10", "2025-09-10")  # fmt: skip
    b = dated("Star", "Both countries signed a trade pact on Thursday in the capital.", "Thursday",
              "2025-09-11", "2025-09-11")  # fmt: skip
    (finding,) = analyse(a, b).findings
    assert (finding.kind, finding.topic) == ("conflict", "date")


def test_the_day_something_was_said_is_not_a_date_to_compare() -> None:
    a = dated("Herald", "The minister said on Wednesday that the pact was signed.", "Wednesday",
              "2025-09-10", "2025-09-10")  # fmt: skip
    b = dated("Star", "The minister said on Thursday that the pact was signed.", "Thursday",
              "2025-09-11", "2025-09-11")  # fmt: skip
    assert analyse(a, b).findings == []


def test_an_outlets_own_day_is_not_compared_with_a_day_another_looks_back_on() -> None:
    a = dated("Herald", "Okafor was elected mayor of the city on Friday.", "Friday",
              "2025-06-06", "2025-06-06")  # fmt: skip
    b = dated("Star", "The mayor of the city was elected in a vote on Thursday.", "Thursday",
              "2025-06-05", "2025-06-06")  # fmt: skip
    assert analyse(a, b).findings == []


def test_two_dates_for_the_next_step_conflict_in_other_words() -> None:
    a = dated("Ledger", "The committee will next meet on April 9.", "April 9", "2025-04-09",
              "2025-03-06")  # fmt: skip
    b = dated("Kiwi", "The next rate decision is due on April 10, the bank said.", "April 10",
              "2025-04-10", "2025-03-06")  # fmt: skip
    assert kinds(analyse(a, b)) == {("conflict", "date")}


@pytest.mark.parametrize(
    ("one", "said_one", "value_one", "other", "said_other", "value_other"),
    [
        # taking office is being sworn in
        ("Moreno will take office on Jan. 4, her spokesman said.", "Jan. 4", "2026-01-04",
         "Moreno will be sworn in as mayor on January 11.", "January 11", "2026-01-11"),
        # a breach detected is a breach discovered
        ("The intrusion was detected on May 9, the company said.", "May 9", "2025-05-09",
         "The breach was discovered on May 7 by an outside contractor.", "May 7", "2025-05-07"),
    ],
)  # fmt: skip
def test_one_deed_in_other_words_dated_twice_conflicts(
    one: str, said_one: str, value_one: str, other: str, said_other: str, value_other: str
) -> None:
    a = dated("Herald", one, said_one, value_one)
    b = dated("Wire", other, said_other, value_other)
    assert kinds(analyse(a, b)) == {("conflict", "date")}


def test_shut_until_a_day_dates_the_reopening() -> None:
    a = dated("Herald", "Rail services are expected to reopen on Friday.", "Friday", "2025-05-16")
    b = dated(
        "Star", "The line will stay closed until Tuesday, the operator said.", "Tuesday",
        "2025-05-20",
    )  # fmt: skip
    (finding,) = analyse(a, b).findings
    assert (finding.kind, finding.topic) == ("conflict", "date")


def test_the_start_of_a_story_told_five_weeks_on_is_still_compared() -> None:
    a = dated(
        "Herald", "The outbreak was declared on April 5, officials said.", "April 5", "2025-04-05"
    )
    b = dated("Star", "The outbreak, declared on April 8, has grown.", "April 8", "2025-04-08")
    (finding,) = analyse(a, b).findings
    assert (finding.kind, finding.topic) == ("conflict", "date")


def test_one_day_written_with_its_year_is_one_thing_whatever_the_verbs() -> None:
    # "sank" and "vanished in a gale" share no word, but the same written-out day of an old
    # wreck dates one loss; the third outlet's other day contests it and sides with nobody
    a = dated(
        "Tribune",
        "The schooner Marigold sank on Oct. 9, 1911, off the point.",
        "Oct. 9, 1911",
        "1911-10-09",
    )
    b = dated(
        "Current", "The Marigold vanished in a gale on Oct. 9, 1911.", "Oct. 9, 1911", "1911-10-09"
    )
    c = dated(
        "Journal",
        "Her owners' ledger says the Marigold went down on 12 October 1911, off the point.",
        "12 October 1911",
        "1911-10-12",
    )
    findings = analyse(a, b, c).findings
    assert {(f.kind, f.topic) for f in findings} == {("agree", "date"), ("conflict", "date")}
    (agreement,) = [f for f in findings if f.kind == "agree"]
    assert {e.article for e in agreement.evidence} == {a.id, b.id}


def test_a_weekday_alone_is_not_a_written_day() -> None:
    # two past Tuesdays in sentences sharing no word are not taken for one thing
    a = dated("Tribune", "The harbour crane collapsed on Tuesday.", "Tuesday", "2025-05-06")
    b = dated("Current", "Volunteers repainted the chapel on Tuesday.", "Tuesday", "2025-05-06")
    c = dated("Journal", "Volunteers repainted the chapel on Monday.", "Monday", "2025-05-05")
    findings = analyse(a, b, c).findings
    assert all(a.id not in {e.article for e in f.evidence} for f in findings)
