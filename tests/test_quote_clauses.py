"""Clause-level attribution constructions added on 2026-12-03 (second session): who speaks
after a means or control verb, hearsay adverbs, "according to" inside a clause, polls, and
participle asides the parser reads as the reported clause. Texts we wrote, in the format and
with the helpers of test_quotes.py.
"""

from __future__ import annotations

import pytest

from tests.test_quotes import BERG, BOTH, KELLER, LEDGER, assert_quotes

# (text, entities, expected quotes: (kind, content, speaker words, speaker entity, cue))
CLAUSE_CASES = [
    pytest.param(
        "Keller used her speech to urge the council to act.",
        KELLER,
        [("indirect", "the council to act", "Keller", "Keller", "to urge")],
        id="means-object-then-infinitive-subject-speaks",
    ),
    pytest.param(
        "Keller spent most of the debate attacking the ferry plan.",
        KELLER,
        [("indirect", "the ferry plan", "Keller", "Keller", "attacking")],
        id="time-object-then-gerund-subject-speaks",
    ),
    pytest.param(
        "Fares, according to the Ledger, will rise in May.",
        LEDGER,
        [
            ("indirect", "Fares", "the Ledger", "Ledger", "according to"),
            ("indirect", "will rise in May", "the Ledger", "Ledger", "according to"),
        ],
        id="according-to-inside-the-clause-gives-both-halves",
    ),
    pytest.param(
        "The ferry company has reportedly hired a new captain.",
        {},
        [
            ("indirect", "The ferry company has", None, None, "reportedly"),
            ("indirect", "hired a new captain", None, None, "reportedly"),
        ],
        id="hearsay-adverb-reports-its-clause",
    ),
    pytest.param(
        "Keller reportedly told the crew that the ferry was late.",
        KELLER,
        [("indirect", "that the ferry was late", "Keller", "Keller", "reportedly told")],
        id="hearsay-adverb-on-a-cue-keeps-the-speaker",
    ),
    pytest.param(
        "In the poll, support for the ferry rose by ten points.",
        {},
        [("indirect", "support for the ferry rose by ten points", "the poll", None, "In")],
        id="fronted-in-the-poll-is-the-source",
    ),
    pytest.param(
        "Keller held a ten-point lead in a Harbour Radio poll.",
        KELLER,
        [("indirect", "Keller held a ten-point lead", "a Harbour Radio poll", None, "in")],
        id="in-a-poll-on-the-object-is-the-source",
    ),
    pytest.param(
        "In a Channel 4 poll released on Monday, 40 percent of residents said the ferry should "
        "run at night.",
        {},
        [
            (
                "indirect",
                "40 percent of residents said the ferry should run at night",
                "a Channel 4 poll released on Monday",
                None,
                "In",
            )
        ],
        id="fronted-poll-reports-what-a-count-of-those-asked-said",
    ),
    pytest.param(
        "In a poll of 800 residents, the Ledger found that most want the ferry.",
        LEDGER,
        [("indirect", "that most want the ferry", "the Ledger", "Ledger", "found")],
        id="fronted-poll-before-a-named-source-leaves-it-the-source",
    ),
    pytest.param(
        "The mayor has strong support among ferry workers.",
        {},
        [("indirect", "The mayor", "ferry workers", None, "strong support")],
        id="support-among-a-group-is-the-group's-stance",
    ),
    pytest.param(
        "Her support among older residents is slipping.",
        {},
        [("indirect", "Her", "older residents", None, "support")],
        id="possessed-support-among-a-group",
    ),
    pytest.param(
        "He's said the ferry will run again in May.",
        {},
        [("indirect", "the ferry will run again in May", "He", None, "'s said")],
        id="has-contracted-read-as-passive",
    ),
    pytest.param(
        "The new film uses footage of Anna Keller asking, “Why not now?”",
        KELLER,
        [("direct", "Why not now?", "Anna Keller", "Keller", "asking")],
        id="participle-on-a-named-person-after-a-means-verb-is-theirs",
    ),
    pytest.param(
        "Keller was prompted to say, “I cannot believe how calm it is.”",
        KELLER,
        [("direct", "I cannot believe how calm it is.", "Keller", "Keller", "to say")],
        id="passive-subject-of-a-control-verb-speaks",
    ),
    pytest.param(
        "“Fares are up,” said Anna Keller, who noted that the ferry was late. “It will pass.”",
        KELLER,
        [
            ("direct", "Fares are up", "Anna Keller", "Keller", "said"),
            ("indirect", "that the ferry was late", "who", "Keller", "noted"),
            ("direct", "It will pass.", "Anna Keller", "Keller", "noted"),
        ],
        id="quote-after-a-relative-clause-cue-names-the-antecedent",
    ),
    pytest.param(
        "But Anna Keller (D-Ill.), noting the size of the crowd, said, “It is big.”",
        KELLER,
        [
            ("indirect", "the size of the crowd", "Anna Keller (D-Ill.", "Keller", "noting"),
            ("direct", "It is big.", "Anna Keller (D-Ill.", "Keller", "said"),
        ],
        id="participle-aside-read-as-the-reported-clause",
    ),
    pytest.param(
        "“The ferry must keep running,” the editorial read.",
        {},
        [("direct", "The ferry must keep running", "the editorial", None, "read")],
        id="written-words-read-cue-tagged-as-noun",
    ),
    pytest.param(
        "“The ferry must keep running,” read the statement, which Keller signed.",
        KELLER,
        [
            ("direct", "The ferry must keep running", "the statement", None, "read"),
            ("indirect", "which", "Keller", "Keller", "signed"),
        ],
        id="written-words-read-cue-inverted",
    ),
    pytest.param(
        "“It is not a mistake,” said retired pilot Anna Keller, asked about the crash.",
        KELLER,
        [
            ("direct", "It is not a mistake", "retired pilot Anna Keller", "Keller", "said"),
            ("indirect", "the crash", None, None, "asked about"),
        ],
        id="passive-participle-aside-after-the-name-read-as-a-clause",
    ),
    pytest.param(
        "Berg said Keller, angered by the vote, walked out.",
        BOTH,
        [("indirect", "Keller, angered by the vote, walked out", "Berg", "Berg", "said")],
        id="finite-clause-after-an-aside-stays-the-content",
    ),
    pytest.param(
        "The footage caught Keller telling the crew that the ferry was late.",
        KELLER,
        [("indirect", "that the ferry was late", "Keller", "Keller", "telling")],
        id="perception-verb-object-speaks",
    ),
    pytest.param(
        "Keller said the tone of the meeting was cordial and predicted the vote would pass.",
        KELLER,
        [
            ("indirect", "the tone of the meeting was cordial", "Keller", "Keller", "said"),
            ("indirect", "the vote would pass", "Keller", "Keller", "predicted"),
        ],
        id="second-speech-verb-joined-to-the-clause-is-the-speakers-next-statement",
    ),
    pytest.param(
        "Berg said the ferry plan could be costly, adding that the council would pay for it.",
        BERG,
        [
            ("indirect", "the ferry plan could be costly", "Berg", "Berg", "said"),
            ("indirect", "that the council would pay for it", "Berg", "Berg", "adding"),
        ],
        id="participle-of-saying-after-the-clause-is-the-speakers-next-statement",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "entities", "expected"), CLAUSE_CASES)
def test_clause_construction(text: str, entities: dict, expected: list[tuple]) -> None:
    assert_quotes(text, entities, expected)


def test_participle_hung_on_object_after_comma_takes_the_subject() -> None:
    """'Berg made an attempt to settle it, writing that ...' with "writing" parsed as a
    modifier of the object noun: set off by a comma, it still says what Berg writes."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from wirecheck.extract.cue_subjects import find_source

    words = ["Berg", "made", "an", "attempt", ",", "writing", "that", "it", "was", "fair"]
    heads = [1, 1, 3, 1, 3, 3, 8, 8, 5, 8]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct", "acl", "mark", "nsubj", "ccomp", "acomp"]
    tags = ["NNP", "VBD", "DT", "NN", ",", "VBG", "IN", "PRP", "VBD", "JJ"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "PUNCT", "VERB", "SCONJ", "PRON", "AUX", "ADJ"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    source = find_source(doc[5])
    assert source is not None and source.text == "Berg"
