"""The comparison engine on hand-built articles: every finding kind, syndication counted once."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from wirecheck.corpus.align import word_diff
from wirecheck.corpus.claims import claims_of
from wirecheck.corpus.compare import compare_stories
from wirecheck.model import (
    Analysis,
    Article,
    Entity,
    Event,
    Quantity,
    Quote,
    Story,
    Time,
    article_id,
)

SPEAKERS = [
    Entity("e:eklund", "Lars Eklund", "PERSON"),
    Entity("e:solberg", "Ingrid Solberg", "PERSON"),
]


def article(source: str, text: str, **layers) -> Article:
    made = Article(id=article_id(source + text), path=f"{source}.txt", text=text, source=source)
    for name, records in layers.items():
        for record in records:
            record.article = made.id
        setattr(made, name, records)
    return made


def count(text: str, phrase: str, low: float | None, high: float | None, counted: str) -> Quantity:
    start = text.index(phrase)
    value = low if low is not None else high
    return Quantity("", "", start, start + len(phrase), phrase, value, low, high, None, counted)


def quote(text: str, words: str, speaker: str | None) -> Quote:
    start = text.index(words)
    return Quote("", "", start, start + len(words), words, "direct", speaker)


def event(text: str, trigger: str, kind: str, mode: str, time: str | None = None) -> Event:
    start = text.index(trigger)
    return Event("", "", start, start + len(trigger), kind, trigger, [], [], time, None, mode)


def analyse(*articles: Article, entities: Sequence[Entity] = SPEAKERS) -> Analysis:
    ids = [a.id for a in articles]
    story = Story("s:" + ids[0], "Talks", ids, sorted({a.source or "" for a in articles}))
    analysis = Analysis(articles=list(articles), entities=list(entities), stories=[story])
    compare_stories(analysis)
    return analysis


def kinds(analysis: Analysis) -> set[tuple[str, str]]:
    return {(f.kind, f.topic) for f in analysis.findings}


A_TEXT = "About 40 ministers took part in the video call on Saturday."
B_TEXT = "Ministers from 35 nations took part in the video call."


def test_counts_that_do_not_overlap_conflict_even_with_different_nouns() -> None:
    a = article(
        "Planet", A_TEXT, quantities=[count(A_TEXT, "About 40 ministers", 36, 44, "minister")]
    )
    b = article("AFP", B_TEXT, quantities=[count(B_TEXT, "35 nations", 35, 35, "nation")])
    analysis = analyse(a, b)
    (finding,) = [f for f in analysis.findings if f.topic == "participants"]
    assert finding.kind == "conflict"
    assert {e.article for e in finding.evidence} == {a.id, b.id}
    assert "About 40 ministers (36–44)" in finding.summary


def test_counts_whose_intervals_overlap_agree() -> None:
    text_a = "The quake killed at least 12 people, officials said."
    text_b = "The death toll rose to 14, officials said in the evening."
    a = article("Reuters", text_a, quantities=[count(text_a, "at least 12", 12, None, "people")])
    b = article("Lantern", text_b, quantities=[count(text_b, "14", 14, 14, None)])
    assert kinds(analyse(a, b)) == {("agree", "casualties")}


QUOTE_A = "We cannot allow the fighting to close the last open road before the convoys get through"
QUOTE_B = "We cannot let the fighting shut the last open road before convoys get through"


def test_same_words_given_to_two_speakers_conflict() -> None:
    a = article(
        "Planet", f"“{QUOTE_A},” Eklund said.", quotes=[quote(f"“{QUOTE_A},”", QUOTE_A, "e:eklund")]
    )
    b = article(
        "Meridian",
        f"“{QUOTE_A},” Solberg said.",
        quotes=[quote(f"“{QUOTE_A},”", QUOTE_A, "e:solberg")],
    )
    analysis = analyse(a, b)
    assert kinds(analysis) == {("conflict", "quote speaker")}
    assert "Lars Eklund" in analysis.findings[0].summary
    assert "Ingrid Solberg" in analysis.findings[0].summary


def test_two_outlets_against_a_third_on_a_speaker_make_one_conflict_and_their_agreement() -> None:
    """'A and B give the words to X, C to Y': the conflict names every side, and A and B
    still agree on X, as a reader comparing the outlets records it."""
    said = [("Planet", "e:eklund", "Eklund"), ("Ledger", "e:eklund", "Eklund")]
    said.append(("Meridian", "e:solberg", "Solberg"))
    articles = [
        article(source, f"“{QUOTE_A},” {name} said.", quotes=[quote(f"“{QUOTE_A},”", QUOTE_A, who)])
        for source, who, name in said
    ]
    analysis = analyse(*articles)
    by_kind = {f.kind: f for f in analysis.findings}
    assert len(analysis.findings) == 2 and set(by_kind) == {"conflict", "agree"}
    conflict, agreement = by_kind["conflict"], by_kind["agree"]
    assert conflict.topic == agreement.topic == "quote speaker"
    assert len(conflict.evidence) == 3
    assert "Ledger and Planet say Lars Eklund" in conflict.summary
    assert {e.article for e in agreement.evidence} == {a.id for a in articles[:2]}


def test_drifted_wording_by_one_speaker_is_one_wording_conflict_that_names_the_speaker() -> None:
    # The drift finding already says whose words they are: a speaker agreement of the two
    # outlets beside it would repeat it (only outlets printing the same words agree).
    a = article(
        "Planet", f"“{QUOTE_A},” Eklund said.", quotes=[quote(f"“{QUOTE_A},”", QUOTE_A, "e:eklund")]
    )
    b = article(
        "AFP", f"“{QUOTE_B},” Eklund said.", quotes=[quote(f"“{QUOTE_B},”", QUOTE_B, "e:eklund")]
    )
    analysis = analyse(a, b)
    assert kinds(analysis) == {("conflict", "quote wording")}
    wording = next(f for f in analysis.findings if f.topic == "quote wording")
    assert "from AFP to Planet: “let” → “allow”" in wording.summary
    assert wording.summary.startswith("Lars Eklund's words")


def test_two_outlets_printing_the_words_a_third_changed_agree_beside_the_drift() -> None:
    """'A and B print X's words alike, C changes them': the drift conflict names the change,
    and A and B still agree on the words, as readers comparing the outlets record it."""
    printed = [("Planet", QUOTE_A), ("Ledger", QUOTE_A), ("AFP", QUOTE_B)]
    articles = [
        article(source, f"“{said},” Eklund said.", quotes=[quote(f"“{said},”", said, "e:eklund")])
        for source, said in printed
    ]
    analysis = analyse(*articles)
    assert kinds(analysis) == {("conflict", "quote wording"), ("agree", "quote speaker")}
    agreement = next(f for f in analysis.findings if f.kind == "agree")
    assert {e.article for e in agreement.evidence} == {a.id for a in articles[:2]}
    assert "Ledger and Planet quote Lars Eklund in the same words" in agreement.summary


def test_event_reported_as_done_and_as_proposed_conflicts() -> None:
    text_a = "Ministers agreed on Saturday to fund an airlift of food into North Darfur."
    text_b = "A proposal to fund an airlift of food into North Darfur was discussed on Saturday."
    a = article("Meridian", text_a, events=[event(text_a, "agreed", "AGREE", "asserted")])
    b = article("Planet", text_b, events=[event(text_b, "proposal", "AGREE", "proposed")])
    assert ("conflict", "event status") in kinds(analyse(a, b))


def test_different_dates_for_one_meeting_conflict() -> None:
    text_a = "Senior officials will meet again in Geneva on Tuesday to review the plan."
    text_b = "Senior officials will gather in Geneva on Wednesday to review the plan."
    a = article("Planet", text_a, events=[event(text_a, "meet", "CONSULT", "future", "2024-11-05")])
    b = article(
        "Meridian", text_b, events=[event(text_b, "gather", "CONSULT", "future", "2024-11-06")]
    )
    analysis = analyse(a, b)
    assert kinds(analysis) == {("conflict", "date")}
    assert "2024-11-05" in analysis.findings[0].summary


def test_syndicated_copy_never_corroborates_its_original() -> None:
    text = "About 40 ministers took part in the video call on Saturday."
    original = article(
        "AFP", text, quantities=[count(text, "About 40 ministers", 36, 44, "minister")]
    )
    copy = article(
        "Gazette", text + " ", quantities=[count(text, "About 40 ministers", 36, 44, "minister")]
    )
    copy.syndicated_of = original.id
    assert [f for f in analyse(original, copy).findings if f.kind == "agree"] == []


def test_a_copy_shows_the_words_of_its_original_in_a_finding_it_does_not_make() -> None:
    a_text = "About 40 ministers took part in the video call on Saturday."
    original = article(
        "AFP", a_text, quantities=[count(a_text, "About 40 ministers", 36, 44, "minister")]
    )
    copy = article("Gazette", "From the wires. " + a_text)
    copy.syndicated_of = original.id
    other = article("Planet", B_TEXT, quantities=[count(B_TEXT, "35 nations", 35, 35, "nation")])
    (conflict,) = analyse(original, copy, other).findings
    shown = [(e.article, e.text) for e in conflict.evidence]
    assert (copy.id, a_text) in shown and (original.id, a_text) in shown
    assert conflict.summary.count("Gazette") == 0  # the copy is shown, never counted


def test_claim_only_one_outlet_makes_is_unique() -> None:
    text_a = "The envoy met General Hamid in Port Sudan on Tuesday."
    text_b = "Heavy rain flooded roads across the capital on Sunday."
    a = article("AFP", text_a, events=[event(text_a, "met", "CONSULT", "asserted", "2024-10-29")])
    b = article("Planet", text_b, events=[event(text_b, "flooded", "FIGHT", "negated")])
    analysis = analyse(a, b)
    (unique,) = analysis.findings
    assert unique.kind == "unique"
    assert unique.evidence[0].article == a.id
    assert unique.evidence[0].text == text_a


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("we will not give up", "we will never give up", "“not” → “never”"),
        ("the road is open now", "the road is open", "“now” dropped"),
        ("same words", "same words", "punctuation only"),
    ],
)
def test_word_diff_describes_the_change(a: str, b: str, expected: str) -> None:
    assert word_diff(a, b) == expected


def test_finding_ids_are_deterministic() -> None:
    a = article(
        "Planet", A_TEXT, quantities=[count(A_TEXT, "About 40 ministers", 36, 44, "minister")]
    )
    b = article("AFP", B_TEXT, quantities=[count(B_TEXT, "35 nations", 35, 35, "nation")])
    assert [f.id for f in analyse(a, b).findings] == [f.id for f in analyse(a, b).findings]


def test_three_outlets_giving_one_speaker_make_one_agreement() -> None:
    words = "This was a business built on borrowed trust"
    made = [
        article(name, f"“{words},” Eklund said.", quotes=[quote(f"“{words},”", words, "e:eklund")])
        for name in ("Planet", "Meridian", "Ledger")
    ]
    agreements = [f for f in analyse(*made).findings if f.kind == "agree"]
    assert len(agreements) == 1
    assert {e.article for e in agreements[0].evidence} == {a.id for a in made}


def test_a_shorter_excerpt_of_the_same_words_is_not_drift() -> None:
    full = "This is a storm that will be remembered in Cornwall for a long time"
    part = "a storm that will be remembered in Cornwall for a long time"
    text_a, text_b = f"“{full},” Eklund said.", f"It was “{part},” Eklund said."
    a = article("Gazette", text_a, quotes=[quote(text_a, full, "e:eklund")])
    b = article("Observer", text_b, quotes=[quote(text_b, part, "e:eklund")])
    assert kinds(analyse(a, b)) == {("agree", "quote speaker")}


def test_a_measured_figure_keeps_its_unit_whatever_the_cue_nearby() -> None:
    text_a = "A magnitude 5.9 earthquake struck on Sunday, killing at least 12 people."
    text_b = "The earthquake, put at magnitude 6.1, killed 14 people."
    mag_a = count(text_a, "magnitude 5.9", 5.9, 5.9, None)
    mag_b = count(text_b, "magnitude 6.1", 6.1, 6.1, None)
    mag_a.unit = mag_b.unit = "magnitude"
    a = article("Reuters", text_a, quantities=[mag_a, count(text_a, "at least 12", 12, None, None)])
    b = article("Lantern", text_b, quantities=[mag_b, count(text_b, "14 people", 14, 14, "people")])
    assert kinds(analyse(a, b)) == {("conflict", "magnitude"), ("agree", "casualties")}


def test_homes_without_power_are_not_counted_as_dead() -> None:
    text_a = "The storm killed two people and left about 120,000 homes without power."
    text_b = "Three people died and 150,000 households lost power."
    a = article(
        "Gazette",
        text_a,
        quantities=[
            count(text_a, "two people", 2, 2, "people"),
            count(text_a, "about 120,000 homes", 108_000, 132_000, "home"),
        ],
    )
    b = article(
        "Northline",
        text_b,
        quantities=[
            count(text_b, "Three people", 3, 3, "people"),
            count(text_b, "150,000 households", 150_000, 150_000, "household"),
        ],
    )
    findings = {f.topic: f for f in analyse(a, b).findings}
    assert findings["casualties"].kind == "conflict"
    assert "120,000" not in findings["casualties"].summary
    assert findings["power cuts"].kind == "conflict"


def test_part_of_a_count_is_not_a_figure_of_its_own() -> None:
    text_a = "About 200 people were injured, 23 of them seriously."
    text_b = "Some 200 people were hurt in the quake."
    a = article(
        "Reuters",
        text_a,
        quantities=[
            count(text_a, "About 200 people", 180, 220, "people"),
            count(text_a, "23", 23, 23, None),
        ],
    )
    b = article(
        "Lantern", text_b, quantities=[count(text_b, "Some 200 people", 180, 220, "people")]
    )
    assert kinds(analyse(a, b)) == {("agree", "injured")}


def test_a_quote_only_one_outlet_carries_is_not_a_unique_finding() -> None:
    words = "We had slates coming off the roofs all along the street"
    a = article(
        "Northline", f"“{words},” Eklund said.", quotes=[quote(f"“{words},”", words, "e:eklund")]
    )
    b = article("Gazette", "Heavy rain flooded roads across the capital on Sunday.")
    assert analyse(a, b).findings == []


def test_outlets_that_agree_against_a_third_make_one_conflict() -> None:
    texts = {
        "Courier": ("Police arrested 47 people in the capital.", "47 people", 47, 47),
        "Eastgate": ("Police said 47 people had been arrested.", "47 people", 47, 47),
        "Northline": ("Police said more than 60 people were arrested.", "60 people", 61, None),
    }
    made = [
        article(name, text, quantities=[count(text, phrase, low, high, "people")])
        for name, (text, phrase, low, high) in texts.items()
    ]
    findings = analyse(*made).findings
    (conflict,) = [f for f in findings if f.kind == "conflict"]
    assert {e.article for e in conflict.evidence} == {a.id for a in made}
    assert "Courier and Eastgate say 47 people" in conflict.summary
    (agreement,) = [f for f in findings if f.kind == "agree"]
    assert {e.article for e in agreement.evidence} == {made[0].id, made[1].id}


def test_a_toll_dated_long_before_the_story_belongs_to_another_event() -> None:
    text_a = "The 2023 quake killed more than 40 people. This one killed 11 people."
    text_b = "The earthquake killed 12 people, officials said."
    old = Time("", "", text_a.index("2023"), text_a.index("2023") + 4, "2023", "DATE", "2023", None)
    old.anchor = "2024-11-03"
    a = article(
        "Valley",
        text_a,
        quantities=[
            count(text_a, "11 people", 11, 11, "people"),
            count(text_a, "more than 40 people", 41, None, "people"),
        ],
        times=[old],
    )
    b = article("Reuters", text_b, quantities=[count(text_b, "12 people", 12, 12, "people")])
    findings = analyse(a, b).findings
    (finding,) = [f for f in findings if f.kind != "unique"]
    assert finding.kind == "conflict"
    assert "40" not in finding.summary
    # The old quake is background only one outlet gives, never a figure of this one.
    assert [(f.topic, f.evidence[0].value) for f in findings if f.kind == "unique"] == [
        ("background", "2023")
    ]


def test_money_recovered_is_not_compared_with_money_lost() -> None:
    text_a = "Investors lost £48 million when the firm collapsed."
    text_b = "Administrators have recovered £6 million for investors."
    lost, recovered = (
        count(text_a, "£48 million", 48e6, 48e6, None),
        count(text_b, "£6 million", 6e6, 6e6, None),
    )
    lost.unit = recovered.unit = "GBP"
    a = article("Planet", text_a, quantities=[lost])
    b = article("Thameside", text_b, quantities=[recovered])
    assert [f for f in analyse(a, b).findings if f.kind != "unique"] == []


def test_figures_orders_of_magnitude_apart_are_not_one_figure() -> None:
    text_a = "Investors lost £48 million in total, the prosecutor said."
    text_b = "One investor lost £60,000, the prosecutor said."
    big, small = (
        count(text_a, "£48 million", 48e6, 48e6, None),
        count(text_b, "£60,000", 6e4, 6e4, None),
    )
    big.unit = small.unit = "GBP"
    a = article("Planet", text_a, quantities=[big])
    b = article("Thameside", text_b, quantities=[small])
    assert [f for f in analyse(a, b).findings if f.kind == "conflict"] == []


def test_clock_times_of_one_event_are_compared() -> None:
    text_a = "The quake hit at 4:12 a.m. local time."
    text_b = "The quake struck at 4:21 a.m. local time."
    times = {}
    for name, text, said, value in (
        ("Reuters", text_a, "4:12 a.m.", "2024-11-03T04:12"),
        ("Lantern", text_b, "4:21 a.m.", "2024-11-03T04:21"),
    ):
        start = text.index(said)
        times[name] = Time("", "", start, start + len(said), said, "TIME", value, None)
    a = article("Reuters", text_a, times=[times["Reuters"]])
    b = article("Lantern", text_b, times=[times["Lantern"]])
    (finding,) = analyse(a, b).findings
    assert (finding.kind, finding.topic) == ("conflict", "time")
    assert "4:12 a.m." in finding.summary and "4:21 a.m." in finding.summary


def test_a_figure_only_one_outlet_gives_is_unique_but_a_small_aside_is_not() -> None:
    text_a = "The Environment Agency issued 34 flood warnings. A teacher sheltered with two sons."
    text_b = "Heavy rain flooded roads across the capital on Sunday."
    a = article(
        "Northline",
        text_a,
        quantities=[
            count(text_a, "34 flood warnings", 34, 34, "warning"),
            count(text_a, "two sons", 2, 2, "son"),
        ],
    )
    b = article("Gazette", text_b)
    (unique,) = analyse(a, b).findings
    assert unique.kind == "unique"
    assert unique.evidence[0].text == "The Environment Agency issued 34 flood warnings."


def test_a_winning_margin_is_not_compared_with_a_total() -> None:
    text_a = "Okafor beat the sitting mayor by more than 6,000 votes."
    text_b = "Okafor received 41,870 votes in the count."
    a = article(
        "Post", text_a, quantities=[count(text_a, "more than 6,000 votes", 6001, None, "vote")]
    )
    b = article("Herald", text_b, quantities=[count(text_b, "41,870 votes", 41870, 41870, "vote")])
    assert not [f for f in analyse(a, b).findings if f.kind != "unique"]


def test_people_who_voted_and_votes_received_are_one_count() -> None:
    text_a = "Some 42,000 people voted for Okafor, officials said."
    text_b = "Okafor received 41,870 votes, the returning officer said."
    voted = count(text_a, "Some 42,000 people", 37800, 46200, "people")
    a = article("Observer", text_a, quantities=[voted])
    b = article("Herald", text_b, quantities=[count(text_b, "41,870 votes", 41870, 41870, "vote")])
    assert kinds(analyse(a, b)) == {("agree", "votes")}


def test_a_share_of_them_given_in_per_cent_is_a_figure() -> None:
    text_a = "The pact ends duties on nearly all goods, 95 per cent of them."
    text_b = "The pact will remove tariffs on 90 per cent of goods traded."
    share = Quantity("", "", text_a.index("95"), text_a.index("95") + 11, "95 per cent", 95, 95,
                     95, "%", None)  # fmt: skip
    other = Quantity("", "", text_b.index("90"), text_b.index("90") + 11, "90 per cent", 90, 90,
                     90, "%", None)  # fmt: skip
    a = article("Ledger", text_a, quantities=[share])
    b = article("Times", text_b, quantities=[other])
    assert ("conflict", "%") in kinds(analyse(a, b))


def test_a_step_two_outlets_say_is_still_to_come_agrees_in_other_words() -> None:
    text_a = "His lawyer said his client would appeal."
    text_b = "The lawyer for the former mayor said he would appeal against the sentence."
    a = article("Herald", text_a, events=[event(text_a, "appeal", "DEMAND", "future")])
    b = article("Times", text_b, events=[event(text_b, "appeal", "DEMAND", "future")])
    assert ("agree", "planned demand") in kinds(analyse(a, b))
    c = article("Post", text_b, events=[event(text_b, "appeal", "DEMAND", "asserted")])
    assert ("agree", "planned demand") not in kinds(analyse(a, c))


def attributed(text: str, words: str, speaker: str, named: str, cue: str) -> Quote:
    made = quote(text, words, speaker)
    made.speaker_start, made.speaker_end = text.index(named), text.index(named) + len(named)
    made.cue_start, made.cue_end = text.index(cue), text.index(cue) + len(cue)
    return made


def test_a_speaker_conflict_shows_who_each_outlet_says_spoke() -> None:
    text_a = f"“{QUOTE_A},” said Lars Eklund, the regional governor."
    text_b = f"Ingrid Solberg told reporters: “{QUOTE_A}.”"
    a = article(
        "Planet", text_a, quotes=[attributed(text_a, QUOTE_A, "e:eklund", "Lars Eklund", "said")]
    )
    b = article(
        "Meridian",
        text_b,
        quotes=[attributed(text_b, QUOTE_A, "e:solberg", "Ingrid Solberg", "told")],
    )
    (finding,) = analyse(a, b).findings
    assert finding.topic == "quote speaker"
    shown = sorted(e.text for e in finding.evidence)
    assert shown == [f"Ingrid Solberg told reporters: “{QUOTE_A}", f"{QUOTE_A},” said Lars Eklund"]


@pytest.mark.parametrize(
    ("one", "other", "drift"),
    [
        # one statement in other words: a paraphrase no word ratio catches
        (
            "Nobody in this ministry will be spared scrutiny, including me",
            "No one will escape scrutiny, and that includes my own ministry",
            True,
        ),
        (
            "We will not let anyone go home until the water has gone down and every house is"
            " checked",
            "Nobody goes home until the water drops and engineers have checked every house",
            True,
        ),
        # a fragment rewording one clause of the sentence the other outlet quotes whole
        (
            "This is an attack on the history we all share, and we will do everything to"
            " bring these paintings home",
            "an assault on our common history",
            True,
        ),
        # two different statements of one speaker
        (
            "The sea was calm, which made the rescue much easier",
            "We expect the harbour to reopen by the end of the week",
            False,
        ),
    ],
)
def test_one_speakers_statement_retold_in_other_words_is_drift(
    one: str, other: str, drift: bool
) -> None:
    a = article("Planet", f"“{one},” Eklund said.", quotes=[quote(f"“{one},”", one, "e:eklund")])
    b = article("AFP", f"“{other},” Eklund said.", quotes=[quote(f"“{other},”", other, "e:eklund")])
    assert kinds(analyse(a, b)) == ({("conflict", "quote wording")} if drift else set())


def test_words_given_to_a_named_speaker_the_entity_stage_missed_still_conflict() -> None:
    said_a = f"“{QUOTE_A},” Eklund said."
    a = article("Planet", said_a, quotes=[quote(said_a, QUOTE_A, "e:eklund")])
    said_b = f"“{QUOTE_A},” Transport Minister Hanne Viken said."
    unresolved = quote(said_b, QUOTE_A, None)
    unresolved.speaker_text = "Transport Minister Hanne Viken"
    b = article("Meridian", said_b, quotes=[unresolved])
    assert kinds(analyse(a, b)) == {("conflict", "quote speaker")}
    # a pronoun the entity stage left unresolved names nobody else
    said_c = f"“{QUOTE_A},” he said."
    pronoun = quote(said_c, QUOTE_A, None)
    pronoun.speaker_text = "he"
    assert analyse(a, article("Ledger", said_c, quotes=[pronoun])).findings == []


def test_a_page_label_read_as_a_sentence_is_no_event_claim() -> None:
    text_a = "Region\n\nThe envoy met General Hamid in Port Sudan on Tuesday."
    text_b = "Heavy rain flooded roads across the capital on Sunday."
    label = event(text_a, "Region", "ASSAULT", "reported", "2024-10-29")
    a = article("AFP", text_a, events=[label])
    b = article("Planet", text_b, events=[event(text_b, "flooded", "FIGHT", "negated")])
    assert analyse(a, b).findings == []


def test_a_figure_in_words_of_an_earlier_year_is_history_not_a_count() -> None:
    text_a = "A similar die-off struck the coast in 2009, when several thousand gulls died."
    text_b = "Some 3,200 gulls have died on the coast since the weekend, officials said."
    old = Time("", "", text_a.index("2009"), text_a.index("2009") + 4, "2009", "DATE", "2009", None)
    old.anchor = "2027-01-19"
    loose = count(text_a, "several thousand gulls", 2000, 9999, "gull")
    a = article("Valley", text_a, quantities=[loose], times=[old])
    b = article("Wire", text_b, quantities=[count(text_b, "Some 3,200 gulls", 2880, 3520, "gull")])
    assert [f for f in analyse(a, b).findings if f.kind != "unique"] == []


def test_a_goal_is_no_count_of_the_story() -> None:
    text = "The government has set a target of 8 gigawatts of offshore capacity by 2030."
    start = text.index("8 gigawatts")
    goal = Quantity("", "", start, start + 11, "8 gigawatts", 8, 8, 8, "GW", None)
    assert claims_of(article("Wire", text, quantities=[goal]), "Wire", {}) == []


def test_a_figure_in_a_clause_an_earlier_year_opens_is_history() -> None:
    text_a = (
        "A similar die-off struck the coast in 2003, when more than 10,000 gulls washed ashore."
    )
    text_b = "Some 3,200 gulls have died on the coast since the weekend, officials said."
    old = Time("", "", text_a.index("2003"), text_a.index("2003") + 4, "2003", "DATE", "2003", None)
    old.anchor = "2027-01-19"
    then = count(text_a, "more than 10,000 gulls", 10001, None, "gull")
    a = article("Valley", text_a, quantities=[then], times=[old])
    b = article("Wire", text_b, quantities=[count(text_b, "Some 3,200 gulls", 2880, 3520, "gull")])
    assert [f for f in analyse(a, b).findings if f.kind != "unique"] == []
