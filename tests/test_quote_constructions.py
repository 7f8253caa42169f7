"""Constructions of attribution the parser tends to misread: texts we wrote, with the quotes
each must give (same format and helpers as test_quotes.py). Each case names its rule.
"""

from __future__ import annotations

import pytest

from tests.test_quotes import BERG, BOTH, KELLER, LEDGER, _quotes, assert_quotes

AASLAND = {"Aasland": ("PERSON", ["Per Aasland", "Aasland"], None)}

# (text, entities, expected quotes: (kind, content, speaker words, speaker entity, cue))
CASES = [
    pytest.param(
        "“The board will decide,” said Per Aasland, who leads the board.",
        AASLAND,
        [("direct", "The board will decide", "Per Aasland", "Aasland", "said")],
        id="name-after-cue-read-as-preposition-then-relative-clause",
    ),
    pytest.param(
        "“The board will decide,” said Per Aasland, the head of the board.",
        AASLAND,
        [("direct", "The board will decide", "Per Aasland", "Aasland", "said")],
        id="name-after-cue-read-as-preposition-then-apposition",
    ),
    pytest.param(
        "About 4 in 10 say the ferry should run at night.",
        {},
        [("indirect", "the ferry should run at night", "About 4 in 10", None, "say")],
        id="count-subject-read-as-number",
    ),
    pytest.param(
        "Less than a third agreed that the harbour should close.",
        {},
        [("indirect", "that the harbour should close", "Less than a third", None, "agreed")],
        id="fraction-subject-read-as-adverbial",
    ),
    pytest.param(
        "The ferry will run again in May, said several officials.",
        {},
        [("indirect", "The ferry will run again in May", "several officials", None, "said")],
        id="inverted-cue-after-clause",
    ),
    pytest.param(
        "The council approved the budget on time, reported the Ledger.",
        LEDGER,
        [
            (
                "indirect",
                "The council approved the budget on time",
                "the Ledger",
                "Ledger",
                "reported",
            )
        ],
        id="inverted-cue-source-read-as-object",
    ),
    pytest.param(
        "Berg came home in third place, a result that he said surprised his coaches.",
        BERG,
        [
            ("indirect", "that", "he", "Berg", "said"),
            ("indirect", "surprised his coaches", "he", "Berg", "said"),
        ],
        id="relative-report-rest-read-as-object",
    ),
    pytest.param(
        "The levy, which Keller has often said was unfair to fishermen, was repealed.",
        KELLER,
        [
            ("indirect", "which", "Keller", "Keller", "has often said"),
            ("indirect", "was unfair to fishermen", "Keller", "Keller", "has often said"),
        ],
        id="relative-pronoun-subject-of-report",
    ),
    pytest.param(
        "Keller seemed to recognize the scale of the defeat.",
        KELLER,
        [("indirect", "the scale of the defeat", "Keller", "Keller", "seemed to recognize")],
        id="seem-to-cue-verb",
    ),
    pytest.param(
        "The plan seemed to work.",
        {},
        [
            ("indirect", "The plan", None, None, "seemed"),
            ("indirect", "to work", None, None, "seemed"),
        ],
        id="seem-to-plain-verb-stays-impression",
    ),
    pytest.param(
        "Keller is calling for the council to reopen the library.",
        KELLER,
        [
            (
                "indirect",
                "the council to reopen the library",
                "Keller",
                "Keller",
                "is calling for",
            )
        ],
        id="call-for-infinitive-clause",
    ),
    pytest.param(
        "A Ledger poll found last week that most residents back the plan.",
        {},
        [("indirect", "that most residents back the plan", "A Ledger poll", None, "found")],
        id="past-tense-read-as-participle",
    ),
    pytest.param(
        "Two councillors made clear that the harbour master should step down.",
        {},
        [
            (
                "indirect",
                "that the harbour master should step down",
                "Two councillors",
                None,
                "made clear",
            )
        ],
        id="made-clear-clause-read-as-subject",
    ),
    pytest.param(
        "A decade of falling ferry fares will end this year, the port authority reported on "
        "Tuesday.",
        {},
        [
            (
                "indirect",
                "A decade of falling ferry fares will end this year",
                "the port authority",
                None,
                "reported",
            )
        ],
        id="trailing-cue-after-clause-with-no-complement",
    ),
    pytest.param(
        "As has been the case at other ports, the union agreed in May to a new wage deal.",
        {},
        [("indirect", "a new wage deal", "the union", None, "agreed in May to")],
        id="scene-setting-clause-is-no-trailed-report",
    ),
    pytest.param(
        "Keller agreed with the analysis.",
        KELLER,
        [("indirect", "the analysis", "Keller", "Keller", "agreed with")],
        id="agree-with",
    ),
    pytest.param(
        "“The tide will turn,” Mr. Berg, now 77 and settled in Bergen, Norway, said by telephone.",
        BERG,
        [
            (
                "direct",
                "The tide will turn",
                "Mr. Berg, now 77 and settled in Bergen, Norway",
                "Berg",
                "said",
            )
        ],
        id="name-then-aside-before-cue",
    ),
    pytest.param(
        "“Go back to your seat,” Keller barked.",
        KELLER,
        [("direct", "Go back to your seat", "Keller", "Keller", "barked")],
        id="manner-of-speaking-verb",
    ),
    pytest.param(
        "Harbour spokesman the Rev. Tomas Berg told reporters that the quay was safe.",
        BERG,
        [
            (
                "indirect",
                "that the quay was safe",
                "Harbour spokesman the Rev. Tomas Berg",
                "Berg",
                "told",
            )
        ],
        id="subject-split-in-two-by-the-parser",
    ),
    pytest.param(
        "Those totals include pledged delegates from the coastal wards.",
        {},
        [],
        id="participle-before-its-noun-is-no-cue",
    ),
    pytest.param(
        "The harbour campaign plans to open an office in Bergen.",
        {},
        [
            (
                "indirect",
                "to open an office in Bergen",
                "The harbour campaign",
                None,
                "plans",
            )
        ],
        id="verb-tagged-as-noun-subject-as-its-modifiers",
    ),
    pytest.param(
        "The harbour party's candidate plans to return to Bergen on Saturday.",
        {},
        [
            (
                "indirect",
                "to return to Bergen on Saturday",
                "The harbour party's candidate",
                None,
                "plans",
            )
        ],
        id="verb-tagged-as-noun-with-subject",
    ),
    pytest.param(
        "Keller supports banning cars from the bridge.",
        KELLER,
        [("indirect", "banning cars from the bridge", "Keller", "Keller", "supports")],
        id="gerund-object",
    ),
    pytest.param(
        "Keller could not stop pointing out that the bridge was old.",
        KELLER,
        [("indirect", "that the bridge was old", "Keller", "Keller", "pointing out")],
        id="gerund-object-holding-its-own-report",
    ),
    pytest.param(
        "Berg told the old story of the flooded harbour.",
        BERG,
        [("indirect", "the flooded harbour", "Berg", "Berg", "told the old story of")],
        id="tell-the-story-of",
    ),
    pytest.param(
        "Berg told reporters that the harbour was safe.",
        BERG,
        [("indirect", "that the harbour was safe", "Berg", "Berg", "told")],
        id="tell-addressee-is-no-content",
    ),
    pytest.param(
        "As for the ferry, Keller said, “It will run again in May.”",
        KELLER,
        [
            ("indirect", "As for the ferry", "Keller", "Keller", "said"),
            ("direct", "It will run again in May.", "Keller", "Keller", "said"),
        ],
        id="fronted-as-for-before-quote",
    ),
    pytest.param(
        "As the crowd cheered, Keller said, “It will run again in May.”",
        KELLER,
        [
            ("indirect", "As the crowd cheered", "Keller", "Keller", "said"),
            ("direct", "It will run again in May.", "Keller", "Keller", "said"),
        ],
        id="fronted-finite-clause-before-quote",
    ),
    pytest.param(
        "At the harbour, Keller said, “It will run again in May.”",
        KELLER,
        [("direct", "It will run again in May.", "Keller", "Keller", "said")],
        id="fronted-scene-phrase-is-no-content",
    ),
    pytest.param(
        "If the vote passes, Keller suggested in a post, the ferry will run again in May.",
        KELLER,
        [
            ("indirect", "If the vote passes", "Keller", "Keller", "suggested"),
            ("indirect", "the ferry will run again in May", "Keller", "Keller", "suggested"),
        ],
        id="parenthetical-cue-read-as-complement-of-the-clause-after",
    ),
    pytest.param(
        "Berg apparently thinks so, too.",
        BERG,
        [("indirect", "so", "Berg", "Berg", "apparently thinks")],
        id="think-so",
    ),
    pytest.param(
        "Several drivers said they liked the new route, but most of them would still take the "
        "old road, they said.",
        {},
        [
            ("indirect", "they liked the new route", "Several drivers", None, "said"),
            (
                "indirect",
                "but most of them would still take the old road",
                "they",
                None,
                "said",
            ),
        ],
        id="report-opening-a-trailing-cue's-clause-is-its-own",
    ),
    pytest.param(
        "Keller said the ferry would run in May, a spokesman said.",
        KELLER,
        [
            (
                "indirect",
                "Keller said the ferry would run in May",
                "a spokesman",
                None,
                "said",
            )
        ],
        id="report-that-is-all-a-trailing-cue-reports-stays-inside",
    ),
    pytest.param(
        "The two senators were equally committed to defending the ferry plan.",
        {},
        [("indirect", "the ferry plan", "The two senators", None, "defending")],
        id="gerund-after-an-adjective's-preposition-speaks-for-the-subject",
    ),
    pytest.param(
        "Residents are better at reporting potholes than the city is.",
        {},
        [("indirect", "potholes", "Residents", None, "reporting")],
        id="gerund-after-a-comparative's-preposition-speaks-for-the-subject",
    ),
    pytest.param(
        "Said Berg: “I don’t think she’s even slightly interested in ferry reform.”",
        BERG,
        [
            (
                "direct",
                "I don’t think she’s even slightly interested in ferry reform.",
                "Berg",
                "Berg",
                "Said",
            )
        ],
        id="verb-of-saying-then-its-speaker-before-a-colon",
    ),
    pytest.param(
        "Berg leads easily in the city, while the vote appears closer on the islands.",
        BERG,
        [
            ("indirect", "the vote", None, None, "appears"),
            ("indirect", "closer on the islands", None, None, "appears"),
        ],
        id="comparative-after-appear-read-as-an-adverb",
    ),
    pytest.param(
        "The ceremony at the quay seemed a rebuke or a parting shot at the ferry company.",
        {},
        [
            ("indirect", "The ceremony at the quay", None, None, "seemed"),
            ("indirect", "a rebuke or a parting shot at the ferry company", None, None, "seemed"),
        ],
        id="noun-phrase-after-seem-read-as-an-object",
    ),
    pytest.param(
        "The mayor sounded a warning about the ferry timetable on Monday.",
        {},
        [],
        id="an-object-of-sound-is-no-impression",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "entities", "expected"), CASES)
def test_construction(text: str, entities: dict, expected: list[tuple]) -> None:
    assert_quotes(text, entities, expected)


@pytest.mark.slow
def test_no_cue_inside_markup() -> None:
    """A markup tag left in the text ('<tweet author="..." id="...">') holds no cue: its name
    and attributes are not the article's prose."""
    tag = '<tweet pic="" author="{}" timestamp="1449075600" tweet_id="{}">'
    text = (
        "Keller and Berg offered their thanks:\n\n"
        + tag.format("Keller", "672151859491016704")
        + "Thank you to every volunteer today.</tweet>.\n\n"
        + tag.format("Berg", "672152791717158917")
        + "The library looks very good. Thank you all.</tweet>."
    )
    quotes, _ = _quotes(text, BOTH)
    assert all(q.cue != "tweet" for q in quotes), [(q.cue, q.text) for q in quotes]


@pytest.mark.slow
def test_object_after_cue_is_no_inverted_source() -> None:
    """'..., said goodbye': a common noun object after the verb is not a source."""
    quotes, _ = _quotes("He waved to the crowd, said goodbye and left.", {})
    assert all(q.speaker_text != "goodbye" for q in quotes)
