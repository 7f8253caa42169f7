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
        "The council approved the budget for the first time, reported the Ledger.",
        LEDGER,
        [
            (
                "indirect",
                "The council approved the budget for the first time",
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
        "“The tide will turn,” Mr. Berg, now 81 and retired in Bergen, Norway, said by telephone.",
        BERG,
        [
            (
                "direct",
                "The tide will turn",
                "Mr. Berg, now 81 and retired in Bergen, Norway",
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
        "The harbour party's candidate plans to be back in Bergen on Saturday.",
        {},
        [
            (
                "indirect",
                "to be back in Bergen on Saturday",
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
        "Keller could not resist pointing out that the bridge was old.",
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
        "He's said the ferry will run again in May.",
        {},
        [("indirect", "the ferry will run again in May", "He", None, "'s said")],
        id="has-contracted-read-as-passive",
    ),
    pytest.param(
        "The ad uses footage of Anna Keller asking, “Why not now?”",
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
