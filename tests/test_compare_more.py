"""The comparison on hand-built articles: shares in words, reported speech, and places."""

from __future__ import annotations

import pytest

from tests.test_compare import SPEAKERS, article, count, event, kinds, quote
from wirecheck.corpus.compare import compare_stories
from wirecheck.corpus.count_topics import count_topic
from wirecheck.extract.quantities import find_quantities
from wirecheck.model import Analysis, Article, Entity, Mention, Quantity, Quote, Story, Time

PLACES = [
    Entity("e:gb", "United Kingdom", "GPE", code="GBR"),
    Entity("e:no", "Norway", "GPE", code="NOR"),
    Entity("e:mumbai", "Mumbai", "GPE"),
    Entity("e:lonavala", "Lonavala", "GPE"),
    Entity("e:lbr", "Liberia", "GPE", code="LBR"),
    Entity("e:ltu", "Lithuania", "GPE", code="LTU"),
    Entity("e:mlt", "Malta", "GPE", code="MLT"),
]


def analyse(*articles: Article) -> Analysis:
    ids = [a.id for a in articles]
    story = Story("s:" + ids[0], "Story", ids, sorted({a.source or "" for a in articles}))
    analysis = Analysis(articles=list(articles), entities=SPEAKERS + PLACES, stories=[story])
    compare_stories(analysis)
    return analysis


def shares(text: str) -> list:
    return [q for q in find_quantities(text, None) if q.unit == "%"]


def place(text: str, words: str, entity: str | None, kind: str = "GPE") -> Mention:
    start = text.index(words)
    return Mention("", start, start + len(words), words, kind, None, entity)


def test_a_share_in_words_agrees_with_a_percentage_inside_its_bound() -> None:
    text_a = "Turnout was 38 per cent, the returning officer said."
    text_b = "Fewer than four in ten registered voters took part in the election."
    a = article("Herald", text_a, quantities=shares(text_a))
    b = article("Post", text_b, quantities=shares(text_b))
    assert kinds(analyse(a, b)) == {("agree", "turnout")}


def test_a_share_in_words_conflicts_with_a_percentage_outside_its_bound() -> None:
    text_a = "Turnout reached 41 per cent, the council said."
    text_b = "Fewer than four in ten registered voters took part in the election."
    a = article("Observer", text_a, quantities=shares(text_a))
    b = article("Post", text_b, quantities=shares(text_b))
    assert kinds(analyse(a, b)) == {("conflict", "turnout")}


def test_a_vote_share_is_not_compared_with_a_turnout() -> None:
    text_a = "Okafor won 52.4 per cent of the vote, the returning officer said."
    text_b = "Turnout was 41 per cent of registered voters, the council said."
    a = article("Herald", text_a, quantities=shares(text_a))
    b = article("Observer", text_b, quantities=shares(text_b))
    assert not [f for f in analyse(a, b).findings if f.kind != "unique"]


def test_just_over_half_agrees_with_a_vote_share_above_fifty() -> None:
    text_a = "Okafor was elected, taking 52.4 per cent of the vote after an overnight count."
    text_b = "Okafor won just over half of the votes cast in Thursday's election."
    a = article("Herald", text_a, quantities=shares(text_a))
    b = article("Observer", text_b, quantities=shares(text_b))
    assert kinds(analyse(a, b)) == {("agree", "vote share")}


def reported(text: str, words: str, speaker: str) -> Quote:
    start = text.index(words)
    return Quote("", "", start, start + len(words), words, "indirect", speaker)


def test_a_quote_retold_in_reported_speech_agrees_on_its_speaker() -> None:
    text_a = 'Eklund said: "Patience has paid off for both of our countries today."'
    text_b = "Eklund told reporters that patience had paid off for both countries today."
    a = article("Post", text_a, quotes=[quote(text_a, "Patience has paid", "e:eklund")])
    a.quotes[0].end = text_a.index("today.") + 5
    a.quotes[0].text = text_a[a.quotes[0].start : a.quotes[0].end]
    retold = reported(text_b, "patience had paid off for both countries today", "e:eklund")
    b = article("Herald", text_b, quotes=[retold])
    findings = analyse(a, b).findings
    assert [(f.kind, f.topic) for f in findings] == [("agree", "quote speaker")]
    assert "report the words of" in findings[0].summary


def test_reported_speech_given_to_another_speaker_is_no_finding() -> None:
    text_a = 'Eklund said: "Patience has paid off for both of our countries today."'
    text_b = "Solberg told reporters that patience had paid off for both countries today."
    said = quote(text_a, "Patience has paid off for both of our countries today", "e:eklund")
    retold = reported(text_b, "patience had paid off for both countries today", "e:solberg")
    a = article("Post", text_a, quotes=[said])
    b = article("Herald", text_b, quotes=[retold])
    assert not [f for f in analyse(a, b).findings if f.kind != "unique"]


def test_two_places_for_one_collision_conflict() -> None:
    text_a = "A passenger ferry collided with a cargo ship off Ryde in thick fog on Tuesday."
    text_b = "A passenger ferry collided with a cargo ship near Cowes in thick fog on Tuesday."
    a = article("Post", text_a)
    b = article("Herald", text_b)
    findings = analyse(a, b).findings
    assert [(f.kind, f.topic) for f in findings] == [("conflict", "place")]
    assert "Cowes" in findings[0].summary and "Ryde" in findings[0].summary


def test_an_outlet_that_names_both_places_is_no_conflict() -> None:
    text_a = "A passenger ferry collided with a cargo ship off Ryde in thick fog on Tuesday."
    text_b = (
        "A passenger ferry collided with a cargo ship near Cowes in thick fog on Tuesday. "
        "Passengers were taken to Ryde by lifeboat."
    )
    assert not analyse(article("Post", text_a), article("Herald", text_b)).findings


def test_one_country_under_two_names_agrees() -> None:
    text_a = "The next round of safety talks will be hosted by the U.K. in June, officials said."
    text_b = "Britain will host the next round of safety talks in June, officials said."
    a = article("Post", text_a, mentions=[place(text_a, "U.K.", "e:gb")])
    b = article("Herald", text_b, mentions=[place(text_b, "Britain", "e:gb")])
    assert kinds(analyse(a, b)) == {("agree", "place")}


def test_one_country_under_one_name_is_no_finding() -> None:
    text_a = "The next round of safety talks will be hosted by Britain in June, officials said."
    text_b = "Britain will host the next round of safety talks in June, officials said."
    a = article("Post", text_a, mentions=[place(text_a, "Britain", "e:gb")])
    b = article("Herald", text_b, mentions=[place(text_b, "Britain", "e:gb")])
    assert not analyse(a, b).findings


def test_a_town_is_never_set_against_a_country() -> None:
    text_a = "The cargo ship, registered in Norway, was carrying timber to the port."
    text_b = "The cargo ship, registered at Bergen, was carrying timber to the port."
    a = article("Post", text_a, mentions=[place(text_a, "Norway", "e:no")])
    b = article("Herald", text_b)
    assert not analyse(a, b).findings


def test_a_region_named_with_a_compass_word_is_never_set_against_a_town() -> None:
    text_a = "A female rhino calf was born at the city zoo in Bandung on Sunday, the zoo said."
    text_b = "A female rhino calf was born at the city zoo in West Java on Sunday, keepers said."
    assert not [f for f in analyse(article("Wire", text_a), article("News", text_b)).findings
                if f.topic == "place"]  # fmt: skip


def test_where_a_company_is_based_is_no_place_of_the_event() -> None:
    text_a = "The Thunderbolt ride stopped on Saturday at the park of a Mumbai-based group."
    text_b = "The Thunderbolt ride stopped on Saturday at the park near Lonavala."
    a = article("Wire", text_a, mentions=[place(text_a, "Mumbai", "e:mumbai")])
    b = article("News", text_b, mentions=[place(text_b, "Lonavala", "e:lonavala")])
    assert not [f for f in analyse(a, b).findings if f.topic == "place"]


def test_where_a_ship_is_flagged_is_no_place_of_the_event() -> None:
    text_a = "A Liberian-flagged container ship lost power and ran aground in the channel."
    text_b = "The ship, heading for Klaipeda, Lithuania, lost power and ran aground in the channel."
    a = article("Wire", text_a, mentions=[place(text_a, "Liberian", "e:lbr", "NORP")])
    b = article("News", text_b, mentions=[place(text_b, "Lithuania", "e:ltu")])
    assert not [f for f in analyse(a, b).findings if f.topic == "place"]


def test_two_flags_of_one_ship_conflict() -> None:
    text_a = "A Liberian-flagged container ship lost power and ran aground in the channel."
    text_b = "The Maltese-flagged container ship lost power and ran aground in the channel."
    a = article("Wire", text_a, mentions=[place(text_a, "Liberian", "e:lbr", "NORP")])
    b = article("News", text_b, mentions=[place(text_b, "Maltese", "e:mlt", "NORP")])
    assert [f.kind for f in analyse(a, b).findings if f.topic == "place"] == ["conflict"]


def test_a_step_planned_in_one_outlet_and_ruled_out_in_another_conflicts() -> None:
    text_a = "Brandt's campaign said he would ask for a recount in two wards on Friday."
    text_b = "Brandt said he would not ask for a recount in the two wards on Friday."
    a = article("Observer", text_a, events=[event(text_a, "ask", "DEMAND", "future")])
    b = article("Post", text_b, events=[event(text_b, "ask", "DEMAND", "negated")])
    assert ("conflict", "event status") in kinds(analyse(a, b))


def duration(text: str, words: str, value: str) -> Time:
    start = text.index(words)
    return Time("", "", start, start + len(words), words, "DURATION", value, None)


def test_every_duration_of_an_article_is_matched_not_only_the_closest() -> None:
    text_a = (
        "Caddell was sentenced to six years in prison. "
        "The jury returned its verdict after deliberating for two days."
    )
    text_b = (
        "Caddell was handed a six-year prison term. "
        "He was convicted after jurors deliberated for three days."
    )
    a = article("Herald", text_a, times=[duration(text_a, "six years", "P6Y"),
                                         duration(text_a, "two days", "P2D")])  # fmt: skip
    b = article("Harbour", text_b, times=[duration(text_b, "six-year", "P6Y"),
                                          duration(text_b, "three days", "P3D")])  # fmt: skip
    found = kinds(analyse(a, b))
    assert ("agree", "duration") in found and ("conflict", "duration") in found


def people(text: str, phrase: str, number: float, counted: str) -> Quantity:
    start = text.index(phrase)
    return Quantity("", "", start, start + len(phrase), phrase, number, number, number, None,
                    counted)  # fmt: skip


def test_one_group_under_two_nouns_is_one_count() -> None:
    text_a = "A crew of 12 rescuers worked in shifts to clear the tunnel."
    text_b = "A dozen firefighters took turns digging through the rubble to clear the tunnel."
    a = article("Valley", text_a, quantities=[people(text_a, "12 rescuers", 12, "rescuer")])
    b = article("Westgate", text_b, quantities=[people(text_b, "A dozen firefighters", 12,
                                                       "firefighter")])  # fmt: skip
    assert kinds(analyse(a, b)) == {("agree", "rescuer")}


def test_miners_brought_to_the_surface_and_freed_are_one_rescue_count() -> None:
    text_a = "Twelve miners were brought to the surface early on Saturday."
    text_b = "Rescuers freed 12 miners who had been trapped underground."
    a = article("Valley", text_a, quantities=[people(text_a, "Twelve miners", 12, "miner")])
    b = article("Westgate", text_b, quantities=[people(text_b, "12 miners", 12, "miner")])
    assert kinds(analyse(a, b)) == {("agree", "rescued")}


@pytest.mark.parametrize(
    ("left", "right", "kind"),
    [
        (("about 28 hours", "PT28H"), ("nearly 30 hours", "PT30H"), "agree"),
        (("more than 30 hours", "PT30H"), ("nearly 30 hours", "PT30H"), "conflict"),
        (("two days", "P2D"), ("three days", "P3D"), "conflict"),
        (("over four years", "P4Y"), ("four years", "P4Y"), "agree"),  # "over": during
    ],
)
def test_approximate_durations_compare_as_intervals(
    left: tuple[str, str], right: tuple[str, str], kind: str
) -> None:
    text_a = f"The miners were trapped underground for {left[0]} before the rescue."
    text_b = f"The miners had been trapped underground for {right[0]} before the rescue."
    a = article("Valley", text_a, times=[duration(text_a, left[0], left[1])])
    b = article("Westgate", text_b, times=[duration(text_b, right[0], right[1])])
    assert kinds(analyse(a, b)) == {(kind, "duration")}


def test_two_regions_never_conflict() -> None:
    text_a = "The earthquake rocked the San Martín region of Peru late on Wednesday night."
    text_b = "The earthquake hit the Amazon region of northern Peru late on Wednesday night."
    assert not analyse(article("Globe", text_a), article("Pacific", text_b)).findings


def test_police_and_organisers_figures_are_met_side_by_side() -> None:
    text_a = (
        "About 40,000 people took part in the march, according to the organisers. "
        "Police put the crowd at 15,000."
    )
    text_b = "Police estimated that 15,000 people took part, while the organisers claimed 38,000."
    a = article("Capital", text_a, quantities=[
        count(text_a, "About 40,000 people", 36000, 44000, "people"),
        count(text_a, "15,000", 15000, 15000, None),
    ])  # fmt: skip
    b = article("Iberia", text_b, quantities=[
        count(text_b, "15,000 people", 15000, 15000, "people"),
        count(text_b, "38,000", 38000, 38000, None),
    ])  # fmt: skip
    findings = [f for f in analyse(a, b).findings if f.kind != "unique"]
    assert {f.kind for f in findings} == {"agree"} and len(findings) == 2


def test_inflation_is_not_compared_with_the_interest_rate() -> None:
    text_a = "The bank kept its cash rate at 4.25 per cent on Thursday."
    text_b = "Annual inflation fell to 2.6 per cent in the last quarter."
    a = article("Ledger", text_a, quantities=shares_of(text_a, "4.25 per cent", 4.25))
    b = article("Kiwi", text_b, quantities=shares_of(text_b, "2.6 per cent", 2.6))
    assert not [f for f in analyse(a, b).findings if f.kind != "unique"]


def shares_of(text: str, phrase: str, value: float) -> list[Quantity]:
    start = text.index(phrase)
    return [Quantity("", "", start, start + len(phrase), phrase, value, value, value, "%", None)]


def test_members_backing_a_decision_are_a_count_of_votes() -> None:
    text_a = "Seven of the nine members of the committee voted to hold the rate."
    text_b = "The decision was backed by five of the committee's nine members."
    a = article("Ledger", text_a, quantities=[count(text_a, "Seven", 7, 7, "member")])
    b = article("Kiwi", text_b, quantities=[count(text_b, "five", 5, 5, "member")])
    assert kinds(analyse(a, b)) == {("conflict", "votes")}


def test_a_speaker_the_entity_stage_missed_is_named_by_surname() -> None:
    words = "We have been pushed to the edge by years of broken promises"
    text_a = f'"{words}," said Carys Mallender, the union organiser.'
    text_b = f'"{words}," Carys Mallender, the union organiser, told reporters.'
    text_c = f'"{words}," said Tom Ashdown, a nurse.'
    named = Quote("", "", 1, 1 + len(words), words, "direct", "e:mallender")
    missed = Quote("", "", 1, 1 + len(words), words, "direct", None,
                   "Carys Mallender, the union organiser")  # fmt: skip
    other = Quote("", "", 1, 1 + len(words), words, "direct", "e:ashdown")
    people = [Entity("e:mallender", "Carys Mallender", "PERSON"),
              Entity("e:ashdown", "Tom Ashdown", "PERSON")]  # fmt: skip
    a = article("Northgate", text_a, quotes=[named])
    b = article("Ledger", text_b, quotes=[missed])
    c = article("Pennine", text_c, quotes=[other])
    story = Story("s:1", "Strike", [a.id, b.id, c.id], ["Northgate", "Ledger", "Pennine"])
    analysis = Analysis(articles=[a, b, c], entities=people, stories=[story])
    compare_stories(analysis)
    (conflict,) = [f for f in analysis.findings if f.kind == "conflict"]
    assert conflict.topic == "quote speaker"
    assert {e.article for e in conflict.evidence} == {a.id, b.id, c.id}


def test_a_morning_is_its_own_day_for_an_event_date() -> None:
    text_a = "About 1,200 nurses walked out at the hospital on Thursday morning."
    text_b = "More than a thousand nurses walked out at the hospital on Thursday."
    a = article("Northgate", text_a, events=[event(text_a, "walked out", "PROTEST", "asserted",
                                                   "2025-08-14TMO")])  # fmt: skip
    b = article("Ledger", text_b, events=[event(text_b, "walked out", "PROTEST", "asserted",
                                                "2025-08-14")])  # fmt: skip
    assert ("conflict", "date") not in kinds(analyse(a, b))


def test_one_length_told_in_other_words_agrees() -> None:
    text_a = "Nurses walked out at dawn, starting a 48-hour strike over pay and staffing levels."
    text_b = "The strike, due to last 48 hours, follows months of failed negotiations."
    a = article("Northgate", text_a, times=[duration(text_a, "48-hour", "PT48H")])
    b = article("Ledger", text_b, times=[duration(text_b, "48 hours", "PT48H")])
    assert kinds(analyse(a, b)) == {("agree", "duration")}


def test_two_countries_for_one_attack_conflict() -> None:
    text_a = "Investigators traced the attack to servers in Romania, the bank said."
    text_b = "The attack appears to have been operated from servers in Brazil."
    places = [Entity("e:ro", "Romania", "GPE", code="ROU"), Entity("e:br", "Brazil", "GPE",
                                                                    code="BRA")]  # fmt: skip
    a = article("Ledger", text_a, mentions=[place(text_a, "Romania", "e:ro")])
    b = article("Daily", text_b, mentions=[place(text_b, "Brazil", "e:br")])
    story = Story("s:1", "Breach", [a.id, b.id], ["Ledger", "Daily"])
    analysis = Analysis(articles=[a, b], entities=places, stories=[story])
    compare_stories(analysis)
    assert [(f.kind, f.topic) for f in analysis.findings] == [("conflict", "place")]


def test_clients_customers_and_account_holders_are_one_count() -> None:
    text_a = "Hackers stole details belonging to about 1.2 million customers of the bank."
    text_b = "Hackers stole details of more than 2 million account holders at the bank."
    a = article("Ledger", text_a, quantities=[count(text_a, "about 1.2 million customers",
                                                    1080000, 1320000, "customer")])  # fmt: skip
    b = article("Wire", text_b, quantities=[count(text_b, "more than 2 million account holders",
                                                  2000001, None, "holder")])  # fmt: skip
    assert kinds(analyse(a, b)) == {("conflict", "customer")}


def test_residents_forced_from_their_villages_are_evacuated() -> None:
    text_a = "The eruption was forcing about 2,000 residents from villages on the eastern flank."
    text_b = "More than 3,500 people were evacuated from towns on the slopes of the volcano."
    a = article("Observer", text_a, quantities=[count(text_a, "about 2,000 residents", 1800,
                                                      2200, "resident")])  # fmt: skip
    b = article("Press", text_b, quantities=[count(text_b, "More than 3,500 people", 3501,
                                                   None, "people")])  # fmt: skip
    assert kinds(analyse(a, b)) == {("conflict", "evacuated")}


def test_one_deed_declared_and_only_considered_conflicts_in_other_sentences() -> None:
    text_a = (
        "The Sicilian regional government has declared a state of emergency for the towns "
        "below the eastern flank, freeing money for clean-up crews and temporary housing."
    )
    text_b = (
        "The regional government is considering declaring a state of emergency, a spokesman "
        "said, adding that a decision would follow an assessment of the damage to roads."
    )
    a = article("Observer", text_a, events=[event(text_a, "declared", "COERCE", "asserted")])
    b = article("Press", text_b, events=[event(text_b, "declaring", "COERCE", "proposed")])
    assert ("conflict", "event status") in kinds(analyse(a, b))


def test_a_cue_of_an_earlier_clause_does_not_name_the_next_figure() -> None:
    text_a = "Two people died and 41 people were injured when the express left the rails."
    text_b = "Three people were killed and about 40 people hurt when the train left the rails."
    a = article(
        "Courier",
        text_a,
        quantities=[
            count(text_a, "Two people", 2, 2, "people"),
            count(text_a, "41 people", 41, 41, "people"),
        ],
    )
    b = article(
        "News",
        text_b,
        quantities=[
            count(text_b, "Three people", 3, 3, "people"),
            count(text_b, "about 40 people", 36, 44, "people"),
        ],
    )
    assert kinds(analyse(a, b)) == {("conflict", "casualties"), ("agree", "injured")}


def test_a_word_for_a_magnitude_does_not_stand_in_for_the_outlet_s_figure() -> None:
    text_a = (
        "Thousands were forced from their homes by the flood on Tuesday, the council said. "
        "Some 2,800 residents were moved out of the lower town, officials said."
    )
    text_b = "About 3,000 residents of the town were ordered to leave their homes on Tuesday."
    vague_words = Quantity("", "", 0, 9, "Thousands", None, 2000, 9999, None, None)
    a = article("Coastline", text_a, quantities=[
        vague_words, count(text_a, "Some 2,800 residents", 2520, 3080, "resident")])  # fmt: skip
    b = article("Herald", text_b, quantities=[count(text_b, "About 3,000 residents", 2700, 3300,
                                                    "resident")])  # fmt: skip
    (finding,) = [f for f in analyse(a, b).findings if f.kind != "unique"]
    assert (finding.kind, finding.topic) == ("agree", "evacuated")
    assert "2,800" in finding.summary


def test_a_sea_or_a_continent_never_conflicts_with_a_place() -> None:
    text_a = "The rocket broke up and fell in the Norwegian Sea minutes after the launch."
    text_b = "The rocket broke up and fell in Europe minutes after the launch on Thursday."
    assert not analyse(article("Baltic", text_a), article("Review", text_b)).findings


def test_one_voter_quoted_is_colour_not_a_unique_figure() -> None:
    text_a = "One science teacher said she would read the fine print before deciding how to vote."
    text_b = "The union's members will vote on the pay offer on Monday, its president said."
    a = article("Herald", text_a, quantities=[count(text_a, "One science teacher", 1, 1,
                                                    "teacher")])  # fmt: skip
    b = article("Post", text_b)
    assert not analyse(a, b).findings


def test_one_verb_for_one_deed_in_two_moods_conflicts() -> None:
    text_a = (
        "The government has declared a state of emergency in Sofala province, a step that "
        "frees reserve funds for shelters and clean water."
    )
    text_b = (
        "Officials said the cabinet was considering declaring a state of emergency for the "
        "province while the damage was still being assessed."
    )
    a = article("Courier", text_a, events=[event(text_a, "declared", "COERCE", "asserted")])
    b = article("Meridian", text_b, events=[event(text_b, "declaring", "COERCE", "proposed")])
    assert ("conflict", "event status") in kinds(analyse(a, b))


def test_words_shared_around_two_different_deeds_are_no_status_conflict() -> None:
    # The audit happened; the police investigation is only considered. The sentences share
    # what the audit found, not the deed whose status they give.
    text_a = (
        "An audit has found that 43 students were given places at the medical school without "
        "the required grades after their families made donations."
    )
    text_b = (
        "Police are considering whether to open a criminal investigation after an audit found "
        "that 43 students were admitted to the medical school without the required grades."
    )
    a = article("Examiner", text_a, events=[event(text_a, "audit", "INVESTIGATE", "asserted")])
    b = article("Post", text_b, events=[event(text_b, "investigation", "INVESTIGATE",
                                              "hypothetical")])  # fmt: skip
    assert ("conflict", "event status") not in kinds(analyse(a, b))


def test_the_sick_and_the_dead_are_counted_apart_whatever_the_noun() -> None:
    # "37 deaths" counts the dead as "37 people have died" does; people who fell ill and
    # suspected cases are one count, and not a death toll.
    text_a = "At least 37 people have died, and about 1,200 suspected cases have been recorded."
    text_b = "More than 1,900 people have fallen ill and 37 deaths have been confirmed."
    a = article(
        "Courier",
        text_a,
        quantities=[
            count(text_a, "At least 37 people", 37, None, "people"),
            count(text_a, "about 1,200 suspected cases", 1080, 1320, "case"),
        ],
    )
    b = article(
        "Dispatch",
        text_b,
        quantities=[
            count(text_b, "More than 1,900 people", 1901, None, "people"),
            count(text_b, "37 deaths", 37, 37, "death"),
        ],
    )
    assert kinds(analyse(a, b)) == {("agree", "casualties"), ("conflict", "cases")}


def test_a_strike_a_walkout_and_a_stoppage_are_one_deed_whose_lengths_compare() -> None:
    texts = [
        ("Lowlands", "Dockers began a 48-hour strike on Wednesday.", "48-hour", "PT48H"),
        ("Ledger", "A 48-hour walkout by dockers shut the port.", "48-hour", "PT48H"),
        ("Courier", "Port workers joined a 24-hour stoppage on Wednesday.", "24-hour", "PT24H"),
    ]
    made = [article(s, t, times=[duration(t, w, v)]) for s, t, w, v in texts]
    assert kinds(analyse(made[0], made[1])) == {("agree", "duration")}
    assert ("conflict", "duration") in kinds(analyse(*made))


def test_a_length_without_a_number_or_of_an_earlier_event_is_not_compared() -> None:
    vague = "Firefighters had the blaze under control within minutes."
    timed = "Crews worked on the burning engine for about 20 minutes."
    a = article("Daily", vague, times=[duration(vague, "minutes", "PTXM")])
    b = article("Ledger", timed, times=[duration(timed, "about 20 minutes", "PT20M")])
    assert analyse(a, b).findings == []
    earlier = "The last national port strike, in 2019, lasted three days."
    year = earlier.index("2019")
    then = Time("", "", year, year + 4, "2019", "DATE", "2019", "2026-11-25")
    c = article("Ledger", earlier, times=[duration(earlier, "three days", "P3D"), then])
    now = "Dockers began a 48-hour strike at the port on Wednesday."
    d = article("Lowlands", now, times=[duration(now, "48-hour", "PT48H")])
    findings = analyse(c, d).findings
    assert [f for f in findings if f.kind != "unique"] == []
    # The earlier strike is background only Ledger gives, not a length compared with today's.
    assert [(f.topic, f.evidence[0].value) for f in findings] == [("background", "2019")]


def test_the_length_of_a_further_or_an_old_strike_is_not_today_s() -> None:
    lead = "Pilots began a 48-hour strike on Thursday, grounding about 420 flights."
    told = [
        ("Wire", lead, "48-hour", "PT48H"),
        ("Post", "Pilots walked out on Thursday in a two-day strike over pay.", "two-day", "P2D"),
    ]
    made = [article(s, t, times=[duration(t, w, v)]) for s, t, w, v in told]
    further = "The union has called a second 24-hour strike for May if no deal is reached."
    old = "It is the first strike since 2019, when a one-day walkout grounded half the flights."
    made.append(article("Post", further, times=[duration(further, "24-hour", "PT24H")]))
    made.append(article("Wire", old, times=[duration(old, "one-day", "P1D")]))
    findings = [f for f in analyse(*made).findings if f.topic == "duration"]
    assert [(f.kind, {e.value for e in f.evidence}) for f in findings] == [
        ("agree", {"48-hour", "two-day"})
    ]


def test_what_such_things_usually_last_is_no_fact_of_the_story() -> None:
    told = [
        ("Wire", "Symptoms usually begin between six hours and three days after eating.",
         "three days", "P3D"),
        ("Post", "Symptoms of the infection typically last three days, doctors said.",
         "three days", "P3D"),
    ]  # fmt: skip
    made = [article(s, t, times=[duration(t, w, v)]) for s, t, w, v in told]
    assert [f for f in analyse(*made).findings if f.topic == "duration"] == []


def test_a_length_written_with_a_instead_of_a_number_is_not_compared() -> None:
    one = "Spain and Portugal ended a day of talks in Lisbon on Thursday."
    two = "The treaty crowned a day of talks at the palace in Lisbon."
    a = article("Observer", one, times=[duration(one, "a day", "P1D")])
    b = article("Wire", two, times=[duration(two, "a day", "P1D")])
    assert analyse(a, b).findings == []


def clock(text: str, words: str, value: str) -> Time:
    start = text.index(words)
    return Time("", "", start, start + len(words), words, "TIME", value, None)


def test_the_very_same_moment_agrees_whatever_the_verbs_and_a_third_moment_conflicts() -> None:
    said = [
        ("Wire", "The attack was detected at about 3 a.m. on Monday.", "3 a.m. on Monday",
         "2026-11-23T03:00"),
        ("Tribune", "The intrusion was discovered at around 3 a.m. on Monday.", "3 a.m. on Monday",
         "2026-11-23T03:00"),
        ("Gazette", "Technicians spotted it shortly before 11 p.m. on Sunday.", "11 p.m. on Sunday",
         "2026-11-22T23:00"),
    ]  # fmt: skip
    made = [article(s, t, times=[clock(t, w, v)]) for s, t, w, v in said]
    assert kinds(analyse(made[0], made[1])) == {("agree", "time")}
    findings = analyse(*made).findings
    (conflict,) = [f for f in findings if f.kind == "conflict"]
    assert {e.article for e in conflict.evidence} == {a.id for a in made}


def dollars(text: str, phrase: str, value: float) -> Quantity:
    start = text.index(phrase)
    return Quantity("", "", start, start + len(phrase), phrase, value, value, value, "USD", None)


def test_a_sum_demanded_is_compared_though_the_demand_reads_as_a_request() -> None:
    text_a = "The group claimed the attack on a dark web site and demanded 2 million dollars."
    text_b = "Hackers who crippled a hospital in Lyon have demanded a ransom of 20 million dollars."
    a = article("Wire", text_a, quantities=[dollars(text_a, "2 million dollars", 2e6)])
    b = article("Tribune", text_b, quantities=[dollars(text_b, "20 million dollars", 20e6)])
    assert kinds(analyse(a, b)) == {("conflict", "USD demanded")}


@pytest.mark.parametrize(
    ("sentence", "phrase", "counted", "topic"),
    [
        ("Twenty miners were trapped by fallen rock.", "Twenty miners", "miner", "trapped"),
        # the trapped who got out are the rescue's count
        ("All 12 miners trapped by a roof fall were rescued.", "12 miners", "miner", "rescued"),
        # a cue past another figure belongs to that figure
        (
            "Some 110 rescue workers tried to reach 20 men after a blast that killed six.",
            "Some 110 rescue workers",
            "worker",
            "rescuer",
        ),
        # an age between commas is no other figure
        (
            "A volunteer firefighter, 61, died on Monday.",
            "A volunteer firefighter",
            "firefighter",
            "casualties",
        ),
        (
            "The blast killed six of their colleagues.",
            "six of their colleagues",
            "colleague",
            "casualties",
        ),
        (
            "At least a dozen people were unaccounted for on Monday.",
            "At least a dozen people",
            "people",
            "missing",
        ),
        ("Rescuers plucked 31 people from roofs and trees.", "31 people", "people", "rescued"),
        # a distance between the figure and its cue is no other count
        (
            "About 1,200 residents living within one kilometre of the plant were evacuated.",
            "About 1,200 residents",
            "resident",
            "evacuated",
        ),
        (
            "The 1,150 villagers spent a second night away from their homes.",
            "The 1,150 villagers",
            "villager",
            "evacuated",
        ),
        # "backed by" counts the figure after it (the aircraft), not the firefighters
        (
            "Around 400 firefighters, backed by six aircraft, fought the blaze.",
            "Around 400 firefighters",
            "firefighter",
            "rescuer",
        ),
        (
            "Two employees were treated in hospital for smoke inhalation.",
            "Two employees",
            "employee",
            "injured",
        ),
        (
            "The flood forced more than 900 people from their homes.",
            "more than 900 people",
            "people",
            "evacuated",
        ),
        (
            # a night in a shelter; `still_counts` makes it the evacuation where the outlet
            # counts no other (tests/test_compare_r27.py)
            "About 200 residents spent the night on cots in the gym.",
            "About 200 residents",
            "resident",
            "sheltered",
        ),
        (
            "Crews carried out more than 50 rescues overnight.",
            "more than 50 rescues",
            "rescue",
            "rescued",
        ),
        # a cue after a long figure is as near as one before it: measured from its end
        (
            "Two elderly men died and more than 95,000 customers were left without electricity.",
            "more than 95,000 customers",
            "customer",
            "power cuts",
        ),
    ],
)
def test_what_a_count_counts(sentence: str, phrase: str, counted: str, topic: str) -> None:
    found = count(sentence, phrase, 1, 1, counted)
    assert count_topic(sentence, found, sentence.index(phrase)) == topic


def test_lengths_of_different_things_in_one_story_do_not_conflict() -> None:
    # A term in office and a prison term read alike as sentences, but share no word of what
    # they measure.
    ran = "Tomas Brandl, who led the council for eight years, was convicted on Monday."
    jailed = "Judges sentenced Brandl on Monday to six years in prison for taking bribes."
    a = article("Daily", ran, times=[duration(ran, "eight years", "P8Y")])
    b = article("Ledger", jailed, times=[duration(jailed, "six years", "P6Y")])
    assert [f for f in analyse(a, b).findings if f.topic == "duration"] == []


def test_two_lengths_of_one_thing_conflict_and_one_length_in_other_words_agrees() -> None:
    five = "The court sentenced Tomas Brandl to five years in prison on Monday."
    six = "Tomas Brandl will spend six years in prison, the court ruled on Monday."
    a = article("Daily", five, times=[duration(five, "five years", "P5Y")])
    b = article("Ledger", six, times=[duration(six, "six years", "P6Y")])
    assert [(f.kind, f.topic) for f in analyse(a, b).findings] == [("conflict", "duration")]
    talks = "Negotiators said the deal came after four years of talks."
    taken = "The trade minister said the negotiation had taken four years."
    c = article("Daily", talks, times=[duration(talks, "four years", "P4Y")])
    d = article("Ledger", taken, times=[duration(taken, "four years", "P4Y")])
    assert [(f.kind, f.topic) for f in analyse(c, d).findings] == [("agree", "duration")]


def test_an_open_figure_does_not_agree_with_one_far_larger() -> None:
    # "More than 300" overlaps 11,000, but a head office is not the whole company.
    office = "Its head office in Leeds employs more than 300 people, the company said."
    company = "The retailer runs 64 stores and employs around 11,000 people."
    a = article(
        "Gazette", office, quantities=[count(office, "more than 300 people", 301, None, "people")]
    )
    b = article(
        "Wire", company, quantities=[count(company, "around 11,000 people", 9900, 12100, "people")]
    )
    assert [f for f in analyse(a, b).findings if f.kind != "unique"] == []
    close = "The retailer employs nearly 400 people at its Leeds head office."
    c = article("Wire", close, quantities=[count(close, "nearly 400 people", 360, 399, "people")])
    assert [(f.kind, f.topic) for f in analyse(a, c).findings] == [("agree", "workforce")]
