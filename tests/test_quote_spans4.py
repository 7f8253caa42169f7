"""Quote spans (2026-12-03, fifth session): the question after "asked" and not the person
asked, a time phrase after an object that does not end the content, pieces of one statement
that only punctuation parts made one quote, and a report inside the words that describe
another quote's speaker left to that speaker; "assailed" and "outlined" name what they
attack or set out, "be supposed to" and "advised X" report nothing. Issue #4: a noun of
saying with a that-clause and no owner ("the claim that ...") reports the clause; "groused",
"extolled", "pooh-poohed" (one cue), "mulling", "propounded", "documented" are cues; with a
verb of feeling ("angered", "was dismayed by") the one who feels is the source and the cause
the content, and with "is convinced that" the one convinced.
Texts we wrote, in the format and with the helpers of test_quotes.py.
"""

from __future__ import annotations

import pytest

from tests.test_quotes import BERG, KELLER, _quotes, assert_quotes

# (text, entities, expected quotes: (kind, content, speaker words, speaker entity, cue))
CASES = [
    pytest.param(
        "Controllers logged six sightings, a spokesman for the airport said, the last of them "
        "before 11 p.m.\n\n"
        "“Safety is our priority and the runway stays shut,” Keller said on Thursday night.",
        KELLER,
        [
            (
                "indirect",
                "Controllers logged six sightings",
                "a spokesman for the airport",
                None,
                "said",
            ),
            (
                "indirect",
                "the last of them before 11 p.m.",
                "a spokesman for the airport",
                None,
                "said",
            ),
            (
                "direct",
                "Safety is our priority and the runway stays shut",
                "Keller",
                "Keller",
                "said",
            ),
        ],
        id="a-report-does-not-run-over-the-paragraph-break-into-the-next-quote",
    ),
    pytest.param(
        "The mayor asked the students if they were ready.",
        {},
        [("indirect", "the students if they were ready", "The mayor", None, "asked")],
        id="asked-object-and-the-question-after-it",
    ),
    pytest.param(
        "“Is it late?” Keller asked him.",
        KELLER,
        [("direct", "Is it late?", "Keller", "Keller", "asked")],
        id="person-asked-is-no-content",
    ),
    pytest.param(
        "“Is the ferry late?” Berg asked reporters.",
        BERG,
        [("direct", "Is the ferry late?", "Berg", "Berg", "asked")],
        id="reporters-asked-are-no-content",
    ),
    pytest.param(
        "Keller criticized the plan last week as a disgrace.",
        KELLER,
        [("indirect", "the plan last week as a disgrace", "Keller", "Keller", "criticized")],
        id="time-phrase-inside-object-content",
    ),
    pytest.param(
        "Berg said the ferry is late – the boats are old.",
        BERG,
        [("indirect", "the ferry is late – the boats are old", "Berg", "Berg", "said")],
        id="clauses-parted-by-a-dash-are-one-statement",
    ),
    pytest.param(
        "“The fares are too high,” said Tomas Berg, a trader who argued that the ferry should"
        " be free.",
        BERG,
        [
            (
                "direct",
                "The fares are too high",
                "Tomas Berg, a trader who argued that the ferry should be free",
                "Berg",
                "said",
            )
        ],
        id="report-inside-the-speaker-description-is-not-a-quote",
    ),
    pytest.param(
        "Keller assailed the ferry plan.",
        KELLER,
        [("indirect", "the ferry plan", "Keller", "Keller", "assailed")],
        id="assailed-names-what-is-attacked",
    ),
    pytest.param(
        "Berg outlined a plan to buy two boats.",
        BERG,
        [("indirect", "a plan to buy two boats", "Berg", "Berg", "outlined")],
        id="outlined-names-the-plan",
    ),
    pytest.param(
        "The new boats were supposed to arrive in May.",
        {},
        [],
        id="be-supposed-to-reports-no-belief",
    ),
    pytest.param(
        "Berg advised the council on its budget.",
        BERG,
        [],
        id="advising-someone-is-no-report",
    ),
    pytest.param(
        "The ferry ran late again, despite the claim that the new boats were faster.",
        {},
        [("indirect", "that the new boats were faster", None, None, "claim")],
        id="claim-that-with-no-owner-reports-the-clause",
    ),
    pytest.param(
        "Fears that the harbor would close grew over the winter.",
        {},
        [("indirect", "that the harbor would close", None, None, "Fears")],
        id="fears-that-with-no-owner-report-the-clause",
    ),
    pytest.param(
        "Rumors grew amid the belief that Berg opposed the new ferry.",
        BERG,
        [("indirect", "the new ferry", "Berg", "Berg", "opposed")],
        id="report-inside-an-unowned-that-clause-keeps-its-speaker",
    ),
    pytest.param(
        "Keller groused that the ferry was late again.",
        KELLER,
        [("indirect", "that the ferry was late again", "Keller", "Keller", "groused")],
        id="groused-reports-a-complaint",
    ),
    pytest.param(
        "Keller extolled the new boats.",
        KELLER,
        [("indirect", "the new boats", "Keller", "Keller", "extolled")],
        id="extolled-names-what-is-praised",
    ),
    pytest.param(
        "Berg pooh-poohed the ferry plan.",
        BERG,
        [("indirect", "the ferry plan", "Berg", "Berg", "pooh-poohed")],
        id="hyphenated-verb-is-one-cue",
    ),
    pytest.param(
        "Berg is mulling a run for mayor.",
        BERG,
        [("indirect", "a run for mayor", "Berg", "Berg", "is mulling")],
        id="mulling-names-what-is-weighed",
    ),
    pytest.param(
        "Keller propounded a theory of her own.",
        KELLER,
        [("indirect", "a theory of her own", "Keller", "Keller", "propounded")],
        id="propounded-names-the-theory",
    ),
    pytest.param(
        "The audit documented long delays and missed sailings.",
        {},
        [("indirect", "long delays and missed sailings", "The audit", None, "documented")],
        id="documented-names-what-the-record-shows",
    ),
    pytest.param(
        "The new fares angered Keller.",
        KELLER,
        [("indirect", "The new fares", "Keller", "Keller", "angered")],
        id="feeling-verb-object-feels-subject-is-the-cause",
    ),
    pytest.param(
        "Berg was dismayed by the vote.",
        BERG,
        [("indirect", "the vote", "Berg", "Berg", "was dismayed")],
        id="feeling-verb-passive-subject-feels",
    ),
    pytest.param(
        "Alarmed by the delays, Keller called a meeting.",
        KELLER,
        [
            ("indirect", "the delays", "Keller", "Keller", "Alarmed"),
            ("indirect", "a meeting", "Keller", "Keller", "called"),
        ],
        id="fronted-feeling-participle-is-the-subject-s",
    ),
    pytest.param(
        "Berg rattled off the ferry times.",
        BERG,
        [],
        id="rattled-off-is-reciting-not-feeling",
    ),
    pytest.param(
        "Keller is convinced that the ferry will return.",
        KELLER,
        [("indirect", "that the ferry will return", "Keller", "Keller", "is convinced")],
        id="the-one-convinced-believes-the-clause",
    ),
    pytest.param(
        "After a year abroad, we are convinced our town is the best port for us.",
        {},
        [("indirect", "our town is the best port for us", "we", None, "are convinced")],
        id="convinced-after-be-believes-the-clause",
    ),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CASES)
def test_quote_spans(text: str, entities: dict, expected: list[tuple]) -> None:
    assert_quotes(text, entities, expected)


def test_quotation_in_two_pairs_of_marks_is_one_quote() -> None:
    """'“A,” “and B,” Berg said': one statement under one cue, one quote."""
    text = "“The boats are too old,” “and we cannot fix them,” Berg said."
    quotes, _ = _quotes(text, BERG)
    assert [(q.kind, q.start, q.end) for q in quotes] == [
        ("direct", text.index("The boats"), text.index("them") + len("them"))
    ]


def test_quote_split_around_its_cue_stays_two_quotes() -> None:
    """Words between the pieces (the cue and its speaker) keep them apart."""
    text = "“The boats are too old,” Berg said, “and we cannot fix them.”"
    quotes, _ = _quotes(text, BERG)
    assert [q.text for q in quotes if q.kind == "direct"] == [
        "The boats are too old",
        "and we cannot fix them.",
    ]


def test_paraphrase_and_quotation_keep_their_kinds() -> None:
    """A reported clause and the quotation after it under one cue stay two quotes, so the
    verbatim words stay a direct quote."""
    text = "Berg told the council that the ferry would stop. “The boats are too old.”"
    quotes, _ = _quotes(text, BERG)
    assert [(q.kind, q.text) for q in quotes] == [
        ("indirect", "that the ferry would stop"),
        ("direct", "The boats are too old."),
    ]
