"""Agreements on whole statements: one fact in other words from three or more outlets, or
from two that give it the same year."""

from __future__ import annotations

from tests.test_compare import analyse, article
from wirecheck.corpus.statements import (
    MIN_OUTLETS,
    align_statements,
    sentence_words,
    statement_claims,
)
from wirecheck.model import Article, Time

HARBOUR = (
    "A container ship ran aground at the mouth of the Veldt estuary early on Friday.\n\n"
    "The blaze on its deck was brought under control by mid-afternoon, harbour officials said.\n\n"
    "Tugs from Korsholm tried twice to pull the vessel free at high tide.\n\n"
    "The ship was carrying fertiliser and timber from the Baltic.\n\n"
    "Fishing boats were told to keep clear of the channel until further notice."
)
LEDGER = (
    "Salvage crews spent Friday trying to refloat a freighter stuck in the Veldt estuary.\n\n"
    "Firefighters declared the deck fire under control in the middle of the afternoon.\n\n"
    "Its cargo of timber was shifting in the hold, according to the coastguard.\n\n"
    "The owners, a shipping group in Tallinn, said an inquiry would follow.\n\n"
    "Anglers in the town said the grounding was the worst they could remember."
)
COURIER = (
    "The stranded vessel blocked the Veldt shipping lane for most of Friday.\n\n"
    "By mid-afternoon the fire aboard had been brought under control.\n\n"
    "Local ferries were diverted through the northern channel.\n\n"
    "The port authority said the lane could reopen on Sunday.\n\n"
    "Insurers are expected to send surveyors to the estuary next week."
)


def _statements(analysis) -> list:
    return [f for f in analysis.findings if f.topic == "statement"]


def test_one_fact_in_three_outlets_words_is_an_agreement() -> None:
    analysis = analyse(
        article("Harbour News", HARBOUR), article("Ledger", LEDGER), article("Courier", COURIER)
    )
    (finding,) = _statements(analysis)
    assert finding.kind == "agree"
    shown = sorted(e.text for e in finding.evidence)
    assert shown == [
        "By mid-afternoon the fire aboard had been brought under control.",
        "Firefighters declared the deck fire under control in the middle of the afternoon.",
        "The blaze on its deck was brought under control by mid-afternoon, harbour officials said.",
    ]
    texts = {a.id: a.text for a in analysis.articles}
    assert all(texts[e.article][e.start : e.end] == e.text for e in finding.evidence)


def test_every_outlet_s_opening_telling_the_event_again_is_no_agreement() -> None:
    # Each outlet opens with the grounding in its own words: the story itself, not a fact the
    # coverage agrees on. Moved to the second paragraph, the same sentences agree.
    openings = (
        "A container ship ran aground in the Veldt estuary early on Friday, blocking the lane.",
        "A container ship went aground in the Veldt estuary early on Friday and blocked the lane.",
        "Early on Friday a container ship ran aground in the Veldt estuary, blocking the lane.",
    )
    told = [article(n, o + "\n\n" + t) for n, o, t in zip(NAMES, openings, TEXTS, strict=True)]
    assert not [f for f in _statements(analyse(*told)) if "aground" in f.summary]
    later = [article(n, t + "\n\n" + o) for n, o, t in zip(NAMES, openings, TEXTS, strict=True)]
    assert [f for f in _statements(analyse(*later)) if "aground" in f.summary]


NAMES = ("Harbour News", "Ledger", "Courier")
TEXTS = (HARBOUR, LEDGER, COURIER)


def test_two_outlets_are_not_enough() -> None:
    assert MIN_OUTLETS == 3
    analysis = analyse(article("Harbour News", HARBOUR), article("Ledger", LEDGER))
    assert _statements(analysis) == []


def test_an_outlet_giving_another_figure_stays_out_of_the_agreement() -> None:
    harbour = HARBOUR.replace("by mid-afternoon", "by 3 p.m.")
    ledger = LEDGER.replace("in the middle of the afternoon", "by 3 p.m.")
    courier = COURIER.replace("By mid-afternoon", "By 3 p.m.")
    gazette = COURIER.replace("By mid-afternoon", "By 5 p.m.").replace("Veldt", "Veldt river")
    analysis = analyse(
        article("Harbour News", harbour),
        article("Ledger", ledger),
        article("Courier", courier),
        article("Gazette", gazette),
    )
    (finding,) = _statements(analysis)
    sources = {a.id: a.source for a in analysis.articles}
    assert sorted(sources[e.article] for e in finding.evidence) == [
        "Courier",
        "Harbour News",
        "Ledger",
    ]


def test_statements_are_the_body_sentences_with_their_offsets() -> None:
    made = article("Courier", COURIER)
    claims = statement_claims(made, "Courier")
    assert len(claims) == 5
    assert [c.lead for c in claims] == [True, False, False, False, False]
    assert all(COURIER[c.start : c.end] == c.text for c in claims)


def test_content_words_drop_stop_words_figures_and_endings() -> None:
    words = sentence_words("The fire was brought under control by 3 p.m., officials said.")
    assert words == {"fire", "brought", "control", "official"}


def test_a_large_story_compares_each_article_s_opening_sentences_only() -> None:
    from wirecheck.corpus.statements import MAX_STATEMENTS, _opening

    outlets = 100
    claims = [
        c for n in range(outlets) for c in statement_claims(article(f"Outlet {n}", HARBOUR), "x")
    ]
    kept = _opening(claims)
    assert len(kept) <= MAX_STATEMENTS < len(claims)
    assert len({c.article for c in kept}) == outlets
    last = HARBOUR.index("Fishing boats")
    assert all(c.start < last for c in kept)  # the opening sentences, not the last


# Two outlets recall the same precedent, with its year; a third leaves it out.
HARBOUR_2009 = (
    "The estuary's last serious grounding came in 2009, when a tanker stuck on the same sandbank"
    " had to be lightened before tugs could pull it free."
)
LEDGER_2009 = (
    "In 2009 a tanker ran onto the same sandbank in the estuary and tugs could only pull it free"
    " once part of its cargo had been pumped off."
)


def test_two_outlets_giving_one_year_for_one_fact_agree() -> None:
    analysis = analyse(
        article("Harbour News", HARBOUR + "\n\n" + HARBOUR_2009),
        article("Ledger", LEDGER + "\n\n" + LEDGER_2009),
    )
    (finding,) = _statements(analysis)
    assert sorted(e.text for e in finding.evidence) == [LEDGER_2009, HARBOUR_2009]


def test_a_year_every_outlet_names_frames_the_story() -> None:
    # The third outlet names 2009 too: the precedent every report recalls, no outlet's find.
    courier = (
        COURIER
        + "\n\n"
        + "Pilots have avoided that sandbank since a tanker was stuck on it in 2009."
    )
    analysis = analyse(
        article("Harbour News", HARBOUR + "\n\n" + HARBOUR_2009),
        article("Ledger", LEDGER + "\n\n" + LEDGER_2009),
        article("Courier", courier),
    )
    assert not [f for f in _statements(analysis) if "2009" in f.summary]


# One finding told in two outlets' long sentences: a fifth of their content words is too
# strict a share for sentences that each add their own details (here 5 of 26 words).
WATCHDOG_A = (
    "The regulator found that between 2018 and 2022 the insurer failed to check the source of"
    " funds of wealthy foreign clients, among them yacht brokers, jewellers and private art"
    " dealers."
)
WATCHDOG_B = (
    "The watchdog said Hollis Mutual had failed between 2018 and 2022 to carry out proper"
    " checks on dozens of foreign clients, including art galleries and boat sellers."
)


WATCHDOG_NEWS = (
    "Hollis Mutual was fined 12 million euros on Tuesday.\n\n"
    "Its chief executive apologised to customers in a letter.\n\n"
    "Shares in the group closed slightly higher in Dublin."
)


def test_two_long_sentences_of_one_dated_finding_agree() -> None:
    analysis = analyse(
        article("Herald", WATCHDOG_NEWS + "\n\n" + WATCHDOG_A),
        article("Wire", WATCHDOG_NEWS.replace("Tuesday", "Tuesday evening") + "\n\n" + WATCHDOG_B),
    )
    (finding,) = _statements(analysis)
    assert sorted(e.text for e in finding.evidence) == [WATCHDOG_A, WATCHDOG_B]


def _on(text: str, day: str, value: str) -> Time:
    start = text.index(day)
    return Time("", "", start, start + len(day), day, "DATE", value, "2026-03-16")


def test_an_outlet_giving_another_day_stays_out_of_the_agreement() -> None:
    """ "Brought under control on Saturday" and "on Sunday" tell when apart, not one fact."""
    told = {
        "Harbour News": HARBOUR.replace("by mid-afternoon", "by mid-afternoon on Saturday"),
        "Ledger": LEDGER.replace("the afternoon.", "the afternoon on Saturday."),
        "Courier": COURIER.replace("By mid-afternoon", "By mid-afternoon on Saturday"),
        "Gazette": COURIER.replace("By mid-afternoon", "By mid-afternoon on Sunday"),
    }
    days = {"Gazette": ("Sunday", "2026-03-15")}
    made = [
        article(name, text, times=[_on(text, *days.get(name, ("Saturday", "2026-03-14")))])
        for name, text in told.items()
    ]
    assert _agreeing(made) == ["Courier", "Harbour News", "Ledger"]


def test_an_outlet_giving_another_year_stays_out_of_the_agreement() -> None:
    """ "By 3 p.m., as in 2019" and "as in 2018" share a time, not a year."""
    told = {
        "Harbour News": HARBOUR.replace("by mid-afternoon", "by 3 p.m., as in 2019"),
        "Ledger": LEDGER.replace("the afternoon.", "the afternoon, by 3 p.m. as in 2019."),
        "Courier": COURIER.replace("By mid-afternoon", "By 3 p.m., as in 2019"),
        "Gazette": COURIER.replace("By mid-afternoon", "By 3 p.m., as in 2018"),
    }
    made = [article(name, text) for name, text in told.items()]
    assert _agreeing(made) == ["Courier", "Harbour News", "Ledger"]


def _agreeing(made: list[Article]) -> list[str]:
    """The outlets of the one statement agreement among these articles."""
    claims = [c for a in made for c in statement_claims(a, a.source or "")]
    (found,) = align_statements(claims, [], {})
    return sorted(c.outlet for c in found.claims)
