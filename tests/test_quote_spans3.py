"""Source and content spans (2026-12-03, fourth session): a subject the parser left on a
participle before the cue, a relative clause with no relative word whose antecedent is what
the cue is about, a subject phrase that stops where its verb begins, a show a network owns
named in quotation marks, a contrasted report of the clause's own subject, the subject of a
passive clause after a fronted participle, two clauses of one trailing cue, a date after
"pointed out", a relative "that" clause that reports with no one named, and cue words the
lexicon lacked ("lambasted", "looks to", "looking for").
Texts we wrote, in the format and with the helpers of test_quotes.py.
"""

from __future__ import annotations

import pytest

from tests.test_quotes import BERG, BOTH, KELLER, assert_quotes

# (text, entities, expected quotes: (kind, content, speaker words, speaker entity, cue))
CASES = [
    pytest.param(
        "Riders in three towns waiting at the pier Tuesday say the fares are too high.",
        {},
        [
            (
                "indirect",
                "the fares are too high",
                "Riders in three towns waiting at the pier Tuesday",
                None,
                "say",
            ),
        ],
        id="subject-of-participle-the-cue-hangs-on",
    ),
    pytest.param(
        "Most residents of the island going to the shops Tuesday say the fares are too high.",
        {},
        [
            (
                "indirect",
                "the fares are too high",
                "Most residents of the island going to the shops Tuesday",
                None,
                "say",
            ),
        ],
        id="subject-of-participle-clause-before-the-cue",
    ),
    pytest.param(
        "It was the ferry Keller praised.",
        KELLER,
        [("indirect", "the ferry", "Keller", "Keller", "praised")],
        id="antecedent-of-relative-clause-without-relative-word",
    ),
    pytest.param(
        "The ferry was the one thing Berg wanted.",
        BERG,
        [("indirect", "the one thing", "Berg", "Berg", "wanted")],
        id="antecedent-of-wanted-without-relative-word",
    ),
    pytest.param(
        "A union representing ferry workers endorsed Keller for mayor on Thursday, the latest"
        " case of dock labour throwing its support behind her.",
        KELLER,
        [
            (
                "indirect",
                "Keller for mayor on Thursday",
                "A union representing ferry workers",
                None,
                "endorsed",
            ),
            ("indirect", "her", "dock labour", None, "throwing its support behind"),
        ],
        id="subject-stops-where-its-verb-begins",
    ),
    pytest.param(
        "“The fares must fall,” Berg said on Harbour Radio's “Morning Tide.”",
        BERG,
        [("direct", "The fares must fall", "Berg", "Berg", "said")],
        id="show-a-network-owns-is-a-title",
    ),
    pytest.param(
        'Keller told Coast TV\'s "Evening Report" that the fares would fall.',
        KELLER,
        [("indirect", "that the fares would fall", "Keller", "Keller", "told")],
        id="show-told-is-a-title",
    ),
    pytest.param(
        "Keller says she hopes to keep the ferry, while she thinks the budget is tight.",
        KELLER,
        [
            (
                "indirect",
                "she hopes to keep the ferry, while she thinks the budget is tight",
                "Keller",
                "Keller",
                "says",
            ),
        ],
        id="contrasted-thought-of-the-same-subject-stays-content",
    ),
    pytest.param(
        "Keller says the town hopes to keep the ferry, while Berg thinks the budget is tight.",
        BOTH,
        [
            ("indirect", "the town hopes to keep the ferry", "Keller", "Keller", "says"),
            ("indirect", "the budget is tight", "Berg", "Berg", "thinks"),
        ],
        id="contrasted-report-of-another-subject-is-its-own",
    ),
    pytest.param(
        "After saying the council had lost its way, Keller was replaced as chair.",
        KELLER,
        [("indirect", "the council had lost its way", "Keller", "Keller", "saying")],
        id="fronted-participle-before-passive-clause",
    ),
    pytest.param(
        "The ferry would stop in May, but the council would restore it in June, the source added.",
        {},
        [
            (
                "indirect",
                "The ferry would stop in May, but the council would restore it in June",
                "the source",
                None,
                "added",
            ),
        ],
        id="two-clauses-of-one-trailing-cue-are-one-content",
    ),
    pytest.param(
        "As Harbour Weekly’s Tomas Berg pointed out in March, the fares rose.",
        BERG,
        [("indirect", "the fares rose", "Harbour Weekly’s Tomas Berg", "Berg", "pointed out")],
        id="date-after-particle-is-not-what-was-pointed-out",
    ),
    pytest.param(
        "Keller lambasted the ferry plan.",
        KELLER,
        [("indirect", "the ferry plan", "Keller", "Keller", "lambasted")],
        id="tagger-lemma-of-lambasted",
    ),
    pytest.param(
        "Keller looks to build on her lead in the north.",
        KELLER,
        [("indirect", "to build on her lead in the north", "Keller", "Keller", "looks")],
        id="looks-to-is-an-intention",
    ),
    pytest.param(
        "The council is looking for a new ferry operator.",
        {},
        [("indirect", "a new ferry operator", "The council", None, "is looking for")],
        id="looking-for-names-what-is-sought",
    ),
    pytest.param(
        "Two groups that oppose the new tax have spent heavily.",
        {},
        [("indirect", "the new tax", None, None, "oppose")],
        id="relative-that-clause-stands-for-something-with-no-one-named",
    ),
    pytest.param(
        "The study that says the ferry loses money was written in May.",
        {},
        [("indirect", "the ferry loses money", None, None, "says")],
        id="relative-that-clause-reports-with-no-one-named",
    ),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CASES)
def test_quote_spans(text: str, entities: dict, expected: list[tuple]) -> None:
    assert_quotes(text, entities, expected)


def test_dangling_participle_before_passive_names_no_source() -> None:
    """'Citing the poll, the plan was dropped': a plan does not cite; no source."""
    from tests.test_quotes import _quotes

    quotes, _ = _quotes("Citing the new poll, the plan was dropped.", {})
    assert [q.speaker_start for q in quotes if q.cue == "Citing"] == [None]


def test_second_said_is_not_joined() -> None:
    """'said A but said “B”': the second "said" starts a report of its own, not one joined
    to the first clause."""
    from tests.test_quotes import _quotes

    text = "Keller said the fares would rise but said “the timing is open.”"
    quotes, _ = _quotes(text, KELLER)
    assert ("indirect", "the fares would rise") in {(q.kind, q.text) for q in quotes}
