"""Who stands on each side of a conflict, and which figures count as the story's own."""

from __future__ import annotations

import pytest

from tests.test_compare import analyse, article
from tests.test_property_extract import annotated
from wirecheck.corpus.claims import Claim, claims_of
from wirecheck.corpus.compare import confirmed_earlier
from wirecheck.corpus.pairs import Pair, merge_conflicts
from wirecheck.model import Quantity


def _claim(outlet: str, value: str, low: float, high: float) -> Claim:
    text = f"The review looked at {value} cases."
    return Claim("a:" + outlet, outlet, "count", "cases", "cases", value, 0, len(text), text,
                 low=low, high=high)  # fmt: skip


LEDGER = _claim("Ledger", "312", 312, 312)
GAZETTE = _claim("Gazette", "about 310", 279, 341)
BUZZ = _claim("Buzz", "nearly 400", 360, 399)
HERALD = _claim("Herald", "about 350", 315, 385)


def test_an_outlet_agreeing_with_one_side_stands_with_it() -> None:
    agreements = [Pair("agree", "cases", "", [LEDGER, GAZETTE])]
    conflicts = [Pair("conflict", "cases", "", [GAZETTE, BUZZ])]
    (conflict,) = merge_conflicts(conflicts, agreements, allies=True)
    assert {c.outlet for c in conflict.claims} == {"Ledger", "Gazette", "Buzz"}
    assert "Gazette and Ledger say" in conflict.summary
    assert "Buzz says nearly 400" in conflict.summary


def test_without_allies_the_conflict_keeps_only_its_pair() -> None:
    agreements = [Pair("agree", "cases", "", [LEDGER, GAZETTE])]
    conflicts = [Pair("conflict", "cases", "", [GAZETTE, BUZZ])]
    (conflict,) = merge_conflicts(conflicts, agreements)
    assert {c.outlet for c in conflict.claims} == {"Gazette", "Buzz"}


def test_an_outlet_agreeing_with_both_sides_stands_with_neither() -> None:
    # "about 350" overlaps "about 310" and "nearly 400": it takes no side
    agreements = [
        Pair("agree", "cases", "", [GAZETTE, HERALD]),
        Pair("agree", "cases", "", [HERALD, BUZZ]),
    ]
    conflicts = [Pair("conflict", "cases", "", [GAZETTE, BUZZ])]
    (conflict,) = merge_conflicts(conflicts, agreements, allies=True)
    assert {c.outlet for c in conflict.claims} == {"Gazette", "Buzz"}


def test_three_outlets_each_giving_another_figure_are_one_conflict() -> None:
    conflicts = [
        Pair("conflict", "cases", "", [LEDGER, BUZZ]),
        Pair("conflict", "cases", "", [BUZZ, HERALD]),
        Pair("conflict", "cases", "", [LEDGER, HERALD]),
    ]
    (conflict,) = merge_conflicts(conflicts, [])
    assert {c.outlet for c in conflict.claims} == {"Ledger", "Buzz", "Herald"}
    assert "Herald says about 350" in conflict.summary


def test_an_outlet_with_two_figures_in_linked_conflicts_keeps_them_apart() -> None:
    second = _claim("Ledger", "about 500", 450, 550)
    conflicts = [
        Pair("conflict", "cases", "", [LEDGER, BUZZ]),
        Pair("conflict", "cases", "", [BUZZ, second]),
    ]
    assert len(merge_conflicts(conflicts, [])) == 2


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        (
            "The review, published on Wednesday, examined 312 cases between 2017 and 2024 at "
            "the hospital.",
            "312 cases",
        ),
        ("Inspectors found 41 cases from 2019 to 2023 on the ward.", "41 cases"),
    ],
)
def test_years_that_bound_a_count_are_its_scope_not_an_earlier_event(
    body: str, figure: str
) -> None:
    article = annotated(body, published="2026-11-25T09:00:00")
    counts = [c for c in claims_of(article, "Ledger", {}) if c.kind == "count"]
    assert [c.value for c in counts] == [figure]


def test_an_earlier_event_named_by_its_year_gives_no_count_that_nobody_confirms() -> None:
    article = annotated(
        "The 2019 outbreak at the same hospital caused 41 cases.", published="2026-11-25T09:00:00"
    )
    (count,) = [c for c in claims_of(article, "Ledger", {}) if c.kind == "count"]
    assert count.earlier
    today = annotated(
        "Health officials counted 12 cases on the ward on Tuesday.",
        published="2026-11-25T10:00:00",
    )
    claims = claims_of(article, "Ledger", {}) + claims_of(today, "Wire", {})
    assert [c.value for c in confirmed_earlier(claims) if c.kind == "count"] == ["12 cases"]


def test_a_dated_toll_another_outlet_gives_too_is_the_story_s_own() -> None:
    """A report of a sentence a year on dates the collision it is about; the other outlet's
    same toll shows the figure is this story's, so the two agree."""
    dated_toll = annotated(
        "The collision on 14 March 2026 killed two ferry passengers and injured 27 people.",
        published="2027-03-19T09:00:00",
    )
    undated = annotated(
        "A court jailed the captain over the collision, which killed two people.",
        published="2027-03-19T10:00:00",
    )
    far_off = annotated(
        "The collision on 14 March 2026 killed nine people, the court heard.",
        published="2027-03-19T11:00:00",
    )
    ours = claims_of(dated_toll, "Herald", {})
    assert {c.value for c in ours if c.kind == "count" and c.earlier} >= {"two ferry passengers"}
    kept = confirmed_earlier(ours + claims_of(undated, "Wire", {}))
    assert [c.value for c in kept if c.kind == "count" and c.outlet == "Herald"] == [
        "two ferry passengers"
    ]  # the injured figure has no other outlet's, so it stays out
    assert not [c for c in confirmed_earlier(claims_of(far_off, "Post", {}) + ours) if c.earlier]


def test_the_deaths_of_babies_are_the_toll() -> None:
    article = annotated(
        "Failings at the unit contributed to the deaths of 19 babies, the review found.",
        published="2026-11-25T09:00:00",
    )
    (count,) = [c for c in claims_of(article, "Ledger", {}) if c.kind == "count"]
    assert count.topic == "casualties"


def _euros(text: str, *phrases: str) -> list[Quantity]:
    found = []
    for phrase in phrases:
        start = text.index(phrase)
        value = float(phrase.replace("€", "").replace(" million", "e6").replace(",", ""))
        quantity = Quantity("", "", start, start + len(phrase), phrase, value, value, value, "EUR")
        found.append(quantity)
    return found


WIRE_TEXT = (
    "The court said he received €1.2 million from the builder, which won a €52 million deal."
)
LEDGER_TEXT = (
    "Judges found he took €1.2 million from the builder, which was awarded the €48 million deal."
)
COURIER_TEXT = "Prosecutors said he received €850,000 from the builder in cash."


def test_a_second_figure_in_the_same_sentences_is_compared_too() -> None:
    analysis = analyse(
        article("Wire", WIRE_TEXT, quantities=_euros(WIRE_TEXT, "€1.2 million", "€52 million")),
        article(
            "Ledger", LEDGER_TEXT, quantities=_euros(LEDGER_TEXT, "€1.2 million", "€48 million")
        ),
        article("Courier", COURIER_TEXT, quantities=_euros(COURIER_TEXT, "€850,000")),
    )
    found = {(f.kind, tuple(sorted(e.value or "" for e in f.evidence))) for f in analysis.findings}
    assert ("conflict", ("€48 million", "€52 million")) in found
    assert ("conflict", ("€1.2 million", "€1.2 million", "€850,000")) in found


def _topic(sentence: str, figure: str) -> str | None:
    article = annotated(sentence, published="2026-11-25T09:00:00")
    counts = [c for c in claims_of(article, "Ledger", {}) if c.value.startswith(figure)]
    return counts[0].topic if counts else None


@pytest.mark.parametrize(
    ("sentence", "figure", "topic"),
    [
        ("The dairy has pulled more than a dozen cheeses off the market.", "more than", "recalled"),
        ("The maker withdrew 40,000 kettles from sale on Friday.", "40,000", "recalled"),
        ("The firm is recalling 14 cheeses sold in 11 states.", "11", "state"),
        ("The firm is recalling 14 cheeses sold in 11 states.", "14", "recalled"),
    ],
)
def test_what_a_recall_counts(sentence: str, figure: str, topic: str) -> None:
    assert _topic(sentence, figure) == topic


def test_hedged_ranges_that_only_touch_do_not_agree() -> None:
    from wirecheck.corpus.align import overlaps

    under = _claim("Sentinel", "just under 28%", 25, 28)
    roughly = _claim("Pulse", "roughly 31%", 28, 34)
    stated = _claim("Wire", "28%", 28, 28)
    assert not overlaps(under, roughly)
    assert overlaps(under, stated) and overlaps(stated, roughly)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Eighteen Mediterranean countries signed a treaty on Thursday.", "Eighteen"),
        ("Sixteen governments put their names to the accord on Thursday.", "Sixteen"),
        ("Nearly 20 countries signed up to the new treaty.", "Nearly 20"),
    ],
)
def test_who_signed_an_accord_is_one_count_under_any_noun(sentence: str, figure: str) -> None:
    assert _topic(sentence, figure) == "signatories"


def test_supporters_filling_a_stadium_are_its_crowd() -> None:
    assert _topic("More than 50,000 supporters filled the stadium.", "More than") == "participants"
    assert _topic("The final was played in front of a crowd of 47,212.", "47,212") == "participants"


def test_a_quote_s_evidence_shows_the_speaker_named_before_who() -> None:
    from wirecheck.corpus.attributed import attributed_span
    from wirecheck.model import Quote

    text = (
        "The best line came from her campaign manager, Tomas Reyes, who told the crowd: "
        '"This city voted for sidewalks, not slogans."'
    )
    words = "This city voted for sidewalks, not slogans."
    start = text.index(words)
    who = text.index("who")
    quote = Quote("", "", start, start + len(words), words, "direct", "e:reyes",
                  speaker_start=who, speaker_end=who + 3)  # fmt: skip
    shown = attributed_span(text, quote, "Tomas Reyes")
    assert shown is not None and shown[2].startswith("Tomas Reyes, who told the crowd")
    unnamed = attributed_span(text, quote)
    assert unnamed is not None and unnamed[2].startswith("who told")


def test_two_outlets_dating_the_storys_run_up_weeks_before_are_compared() -> None:
    """Arrests six weeks before a hunger strike, told by two outlets without a year: the
    story's own run-up, so the two figures are compared though neither confirms the other."""
    tribune = annotated(
        "The detainees were among about 80 people arrested in late March, when police broke "
        "up the blockade.",
        published="2027-05-17T09:00:00",
    )
    press = annotated(
        "They were among 61 people arrested on March 28, when riot police cleared the blockade.",
        published="2027-05-17T10:00:00",
    )
    claims = claims_of(tribune, "Tribune", {}) + claims_of(press, "Press", {})
    earlier = [c for c in claims if c.kind == "count" and c.earlier]
    assert {c.outlet for c in earlier} == {"Tribune", "Press"}
    kept = {c.outlet for c in confirmed_earlier(claims) if c.kind == "count" and c.earlier}
    assert kept == {"Tribune", "Press"}
