"""Source and content spans (2026-12-03, third session): the words around a parenthetical
cue, quoted titles, a partial quote that closes a reported clause, where a source phrase
ends, who speaks in a participle after "X said,", stance adjectives and nouns, what a free
relative or a thing said stands for, quote paragraphs after a report or a colon, dates that
are no content, and a participle report that closes a reported clause. Texts we wrote, in
the format and with the helpers of test_quotes.py.
"""

from __future__ import annotations

import pytest

from tests.test_quotes import BERG, BOTH, KELLER, assert_quotes

# (text, entities, expected quotes: (kind, content, speaker words, speaker entity, cue))
CASES = [
    pytest.param(
        "Berg spoke after the vote. But, he said, “the ferry was always going to sail.”",
        BERG,
        [
            ("indirect", "But", "he", "Berg", "said"),
            ("direct", "the ferry was always going to sail.", "he", "Berg", "said"),
        ],
        id="connective-before-parenthetical-cue-is-content",
    ),
    pytest.param(
        "Keller left early. Even then, she said, the council had made up its mind.",
        KELLER,
        [
            ("indirect", "Even then", "she", "Keller", "said"),
            ("indirect", "the council had made up its mind", "she", "Keller", "said"),
        ],
        id="fronted-phrase-before-parenthetical-cue-is-content",
    ),
    pytest.param(
        "In the first year, Keller said, the council had ignored the island.",
        KELLER,
        [
            ("indirect", "In the first year", "Keller", "Keller", "said"),
            ("indirect", "the council had ignored the island", "Keller", "Keller", "said"),
        ],
        id="fronted-phrase-of-a-reported-clause-is-content",
    ),
    pytest.param(
        "The plan would be helped, Keller said, by the new harbour tax.",
        KELLER,
        [
            ("indirect", "The plan would be helped", "Keller", "Keller", "said"),
            ("indirect", "by the new harbour tax", "Keller", "Keller", "said"),
        ],
        id="tail-after-parenthetical-cue-is-content",
    ),
    pytest.param(
        "The plan was dead, Berg said, adding that the council would meet again.",
        BERG,
        [
            ("indirect", "The plan was dead", "Berg", "Berg", "said"),
            ("indirect", "that the council would meet again", "Berg", "Berg", "adding"),
        ],
        id="participle-after-parenthetical-cue-is-its-own-report",
    ),
    pytest.param(
        "Asked about the ferry, Keller said, “It will sail in May.”",
        KELLER,
        [
            ("indirect", "the ferry", None, None, "Asked about"),  # the question, unattributed
            ("direct", "It will sail in May.", "Keller", "Keller", "said"),
        ],
        id="asked-before-the-cue-is-no-content-of-the-answer",
    ),
    pytest.param(
        "Keller said on “Harbour Morning Live” that the ferry would sail in May.",
        KELLER,
        [("indirect", "that the ferry would sail in May", "Keller", "Keller", "said")],
        id="quoted-show-title-is-no-quote",
    ),
    pytest.param(
        "Berg said the film “Bridge of Seven Winds” moved him. “It is a fine film,” he said.",
        BERG,
        [
            ("indirect", "the film “Bridge of Seven Winds” moved him", "Berg", "Berg", "said"),
            ("direct", "It is a fine film", "he", "Berg", "said"),
        ],
        id="quoted-film-title-inside-a-report-stays-in-its-clause",
    ),
    pytest.param(
        "Berg told the crowd that the plan was “reckless” and “a disgrace.” Keller said the "
        "vote would go ahead.",
        BOTH,
        [
            ("indirect", "that the plan was “reckless” and “a disgrace.", "Berg", "Berg", "told"),
            ("partial", "reckless", "Berg", "Berg", "told"),
            ("partial", "a disgrace.", "Berg", "Berg", "told"),
            ("indirect", "the vote would go ahead", "Keller", "Keller", "said"),
        ],
        id="partial-quote-closing-a-clause-with-its-period-is-no-quote-of-the-next-cue",
    ),
    pytest.param(
        "As Keller put it, “We are done here.”",
        KELLER,
        [("direct", "We are done here.", "Keller", "Keller", "put")],
        id="put-it-has-no-content-but-the-quote",
    ),
    pytest.param(
        "Anna Berg, president of the Harbour Union, which represents ferry crews, said the "
        "strike would go on.",
        BERG,
        [
            (
                "indirect",
                "the strike would go on",
                "Anna Berg, president of the Harbour Union",
                "Berg",
                "said",
            )
        ],
        id="which-clause-about-the-union-ends-the-source",
    ),
    pytest.param(
        "Anna Keller, who leads the union, said the talks failed.",
        KELLER,
        [("indirect", "the talks failed", "Anna Keller, who leads the union", "Keller", "said")],
        id="who-clause-on-the-speaker-stays-in-the-source",
    ),
    pytest.param(
        "“We will not move,” Keller said, suggesting that the council try again.",
        KELLER,
        [
            ("direct", "We will not move", "Keller", "Keller", "said"),
            ("indirect", "that the council try again", "Keller", "Keller", "suggesting"),
        ],
        id="participle-after-said-goes-on-with-the-speaker",
    ),
    pytest.param(
        "Berg is deeply mistrustful of the council. Keller's disapproval of the deal was plain.",
        BOTH,
        [
            ("indirect", "the council", "Berg", "Berg", "is deeply mistrustful of"),
            ("indirect", "the deal", "Keller's", "Keller", "disapproval of"),
        ],
        id="stance-adjective-and-stance-noun",
    ),
    pytest.param(
        "The club adapted to what Keller said is a growing demand for pools.",
        KELLER,
        [
            ("indirect", "what", "Keller", "Keller", "said"),
            ("indirect", "is a growing demand for pools", "Keller", "Keller", "said"),
        ],
        id="what-she-said-is-gives-two-pieces",
    ),
    pytest.param(
        "Berg took back everything he said.",
        BERG,
        [("indirect", "everything", "he", "Berg", "said")],
        id="thing-a-relative-clause-of-saying-hangs-on-is-what-was-said",
    ),
    pytest.param(
        "Keller said the ferry would run all winter.\n\n“We owe it to the island,” she added."
        "\n\nBerg said the council had failed the island.\n\n“It is a disgrace. We were "
        "promised a boat.”",
        BOTH,
        [
            ("indirect", "the ferry would run all winter", "Keller", "Keller", "said"),
            ("direct", "We owe it to the island", "she", "Keller", "added"),
            ("indirect", "the council had failed the island", "Berg", "Berg", "said"),
            ("direct", "It is a disgrace. We were promised a boat.", "Berg", "Berg", "said"),
        ],
        id="quote-paragraph-after-a-report-paragraph-is-that-speakers",
    ),
    pytest.param(
        "Keller said in a statement to staff:\n\n“We will keep the ferry running.”",
        KELLER,
        [("direct", "We will keep the ferry running.", "Keller", "Keller", "said")],
        id="colon-after-the-cue-phrase-then-paragraph-break",
    ),
    pytest.param(
        "Berg called the vote “reckless” and a “grave threat” to the island. Keller said "
        "the plan was sound.",
        BOTH,
        [
            (
                "indirect",
                "the vote “reckless” and a “grave threat” to the island",
                "Berg",
                "Berg",
                "called",
            ),
            ("partial", "reckless", "Berg", "Berg", "called"),
            ("partial", "grave threat", "Berg", "Berg", "called"),
            ("indirect", "the plan was sound", "Keller", "Keller", "said"),
        ],
        id="cue-of-the-next-sentence-does-not-claim-a-quote",
    ),
    pytest.param(
        "Berg called the drill “noisy and wasteful” and a “serious threat” to the region.",
        BERG,
        [
            (
                "indirect",
                "the drill “noisy and wasteful” and a “serious threat",
                "Berg",
                "Berg",
                "called",
            ),
            ("partial", "noisy and wasteful", "Berg", "Berg", "called"),
            ("partial", "serious threat", "Berg", "Berg", "called"),
        ],
        id="coordinated-quote-goes-on-with-the-reported-words",
    ),
    pytest.param(
        "Keller said she did not think the ads hurt Berg, arguing that the party was split. "
        "Berg said the fares, rising since May, would fall.",
        BOTH,
        [
            ("indirect", "she did not think the ads hurt Berg", "Keller", "Keller", "said"),
            ("indirect", "that the party was split", "Keller", "Keller", "arguing"),
            ("indirect", "the fares, rising since May, would fall", "Berg", "Berg", "said"),
        ],
        id="participle-report-closing-a-clause-is-its-own-report",
    ),
    pytest.param(
        "Berg gave a speech on Wednesday. Keller said on Monday that the ferry would run.",
        BOTH,
        [("indirect", "that the ferry would run", "Keller", "Keller", "said")],
        id="a-date-alone-is-no-content",
    ),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CASES)
def test_quote_spans(text: str, entities: dict, expected: list[tuple]) -> None:
    assert_quotes(text, entities, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Keller called the plan “A Disgrace to the Harbour” on Friday.",
        "Keller told the board: “Harbour Fees Must Fall”",
    ],
)
def test_title_case_words_that_are_said_stay_quotes(text: str) -> None:
    """Title case alone makes no title: no preposition or work noun stands before it."""
    from tests.test_quotes import _quotes

    quotes, _ = _quotes(text, KELLER)
    assert any(q.kind in ("direct", "partial") for q in quotes)
