"""The comparison engine on hand-built articles: every finding kind, syndication counted once."""

from __future__ import annotations

import pytest

from wirecheck.corpus.align import word_diff
from wirecheck.corpus.compare import compare_stories
from wirecheck.model import Analysis, Article, Entity, Event, Quantity, Quote, Story, article_id

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


def analyse(*articles: Article) -> Analysis:
    ids = [a.id for a in articles]
    story = Story("s:" + ids[0], "Talks", ids, sorted({a.source or "" for a in articles}))
    analysis = Analysis(articles=list(articles), entities=list(SPEAKERS), stories=[story])
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


def test_drifted_wording_by_one_speaker_is_agreement_on_speaker_and_a_wording_conflict() -> None:
    a = article(
        "Planet", f"“{QUOTE_A},” Eklund said.", quotes=[quote(f"“{QUOTE_A},”", QUOTE_A, "e:eklund")]
    )
    b = article(
        "AFP", f"“{QUOTE_B},” Eklund said.", quotes=[quote(f"“{QUOTE_B},”", QUOTE_B, "e:eklund")]
    )
    analysis = analyse(a, b)
    assert kinds(analysis) == {("agree", "quote speaker"), ("conflict", "quote wording")}
    wording = next(f for f in analysis.findings if f.topic == "quote wording")
    assert "from AFP to Planet: “let” → “allow”" in wording.summary


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
