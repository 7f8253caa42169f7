"""More constructions of reported speech: texts we wrote, each with the quotes it must give.

Same format and helpers as test_quotes.py (mentions built by hand), kept apart so that each
module stays short. Each case names the rule it checks.
"""

from __future__ import annotations

import pytest

from tests.test_quotes import BERG, BOTH, KELLER, LEDGER, _quotes, assert_quotes

# (text, entities, expected quotes: (kind, content, speaker words, speaker entity, cue))
CASES = [
    pytest.param(
        "At the Riverside depot, Anna Keller, the union's regional secretary, said the strike "
        "would go on.",
        KELLER,
        [
            (
                "indirect",
                "the strike would go on",
                "Anna Keller, the union's regional secretary",
                "Keller",
                "said",
            )
        ],
        id="subject-parsed-as-apposition-of-place",
    ),
    pytest.param(
        "In a call with reporters on May 3, Tomas Berg, a spokesman for the garrison, said, "
        "“Nobody crossed the river.”",
        BERG,
        [
            (
                "direct",
                "Nobody crossed the river.",
                "Tomas Berg, a spokesman for the garrison",
                "Berg",
                "said",
            )
        ],
        id="subject-parsed-as-apposition-of-date",
    ),
    pytest.param(
        "Keller said, “We will see,” when asked about a second term.",
        KELLER,
        [
            ("direct", "We will see", "Keller", "Keller", "said"),
            ("indirect", "a second term", None, None, "asked about"),
        ],
        id="quote-then-when-asked",
    ),
    pytest.param(
        "Berg said, “The ferry is late again.” He added, “Nobody told us why.”",
        BERG,
        [
            ("direct", "The ferry is late again.", "Berg", "Berg", "said"),
            ("direct", "Nobody told us why.", "He", "Berg", "added"),
        ],
        id="next-sentence-cue-introduces-next-quote",
    ),
    pytest.param(
        "Asked whether she would run again, Keller said no.",
        KELLER,
        [
            ("indirect", "whether she would run again", None, None, "Asked"),
            ("indirect", "no", "Keller", "Keller", "said"),
        ],
        id="pro-form-no-and-asked-has-no-source",
    ),
    pytest.param(
        "Half of the drivers said so in March.",
        {},
        [("indirect", "so", "Half of the drivers", None, "said")],
        id="pro-form-so",
    ),
    pytest.param(
        "Keller made it clear that the plan would not change.",
        KELLER,
        [("indirect", "that the plan would not change", "Keller", "Keller", "made it clear")],
        id="made-it-clear",
    ),
    pytest.param(
        "Berg told the drivers to stay home.",
        BERG,
        [("indirect", "the drivers to stay home", "Berg", "Berg", "told")],
        id="told-someone-to",
    ),
    pytest.param(
        "OSLO, May 3 (Wire) — Foreign Minister Tomas Berg told reporters that the talks had "
        "failed.",
        BERG,
        [
            (
                "indirect",
                "that the talks had failed",
                "Foreign Minister Tomas Berg",
                "Berg",
                "told",
            )
        ],
        id="dateline-before-the-subject",
    ),
    pytest.param(
        "Keller herself has argued that the deal is fair.",
        KELLER,
        [("indirect", "that the deal is fair", "Keller herself", "Keller", "has argued")],
        id="reflexive-stays-in-source",
    ),
    pytest.param(
        "Tomas Berg, who was the first to say the plan would fail, told reporters it was over.",
        BERG,
        [
            ("indirect", "the plan would fail", None, None, "to say"),
            ("indirect", "it was over", "Tomas Berg", "Berg", "told"),
        ],
        id="relative-clause-with-its-own-cue-leaves-source",
    ),
    pytest.param(
        "Keller's refusal to sign the deal angered the board.",
        KELLER,
        [
            ("indirect", "to sign the deal", "Keller's", "Keller", "refusal"),
            # the board feels about the refusal, which stays Keller's own stance
            ("indirect", "Keller's refusal to sign the deal", "the board", None, "angered"),
        ],
        id="noun-refusal",
    ),
    pytest.param(
        "Berg congratulated Keller on her victory.",
        BOTH,
        [("indirect", "Keller on her victory", "Berg", "Berg", "congratulated")],
        id="verb-congratulate",
    ),
    pytest.param(
        "Keller bemoaned the cost of the bridge.",
        KELLER,
        [("indirect", "the cost of the bridge", "Keller", "Keller", "bemoaned")],
        id="verb-bemoan",
    ),
    pytest.param(
        "In a radio interview later that day, Keller went even further: “If the bridge "
        "closes, the town is finished.”",
        KELLER,
        [
            (
                "direct",
                "If the bridge closes, the town is finished.",
                "Keller",
                "Keller",
                "went",
            )
        ],
        id="colon-after-any-verb-though-quote-is-root",
    ),
    pytest.param(
        "“They only came for the free lunch,” Berg shot back.",
        BERG,
        [("direct", "They only came for the free lunch", "Berg", "Berg", "shot back")],
        id="verb-with-speech-particle",
    ),
    pytest.param(
        "Berg said he had not read the report, and when asked whether he would resign, he "
        "said that he would not.",
        BERG,
        [
            ("indirect", "he had not read the report", "Berg", "Berg", "said"),
            ("indirect", "whether he would resign", None, None, "asked"),
            ("indirect", "that he would not", "he", "Berg", "said"),
        ],
        id="second-report-under-first-cue-and-when-asked",
    ),
    pytest.param(
        "Tomas Berg made the case for a new bridge.",
        BERG,
        [("indirect", "a new bridge", "Tomas Berg", "Berg", "made the case for")],
        id="light-verb-and-noun-of-saying",
    ),
    pytest.param(
        "Anna Keller took issue with the ruling.",
        KELLER,
        [("indirect", "the ruling", "Anna Keller", "Keller", "took issue with")],
        id="light-verb-and-noun-of-stance",
    ),
    pytest.param(
        "Tomas Berg has raised concerns about the cost of the bridge.",
        BERG,
        [("indirect", "the cost of the bridge", "Tomas Berg", "Berg", "has raised concerns about")],
        id="raised-concerns-about",
    ),
    pytest.param(
        "The ceasefire seemed to hold.",
        {},
        [
            ("indirect", "The ceasefire", None, None, "seemed"),
            ("indirect", "to hold", None, None, "seemed"),
        ],
        id="appearance-subject-and-complement",
    ),
    pytest.param(
        "It appears that the talks have failed.",
        {},
        [("indirect", "that the talks have failed", None, None, "appears")],
        id="appearance-with-expletive-it",
    ),
    pytest.param(
        "Tomas Berg is expected to resign.",
        BERG,
        [
            ("indirect", "Tomas Berg", None, None, "is expected"),
            ("indirect", "to resign", None, None, "is expected"),
        ],
        id="passive-cue-without-agent",
    ),
    pytest.param(
        "The plan, which Tomas Berg described as a disgrace, was dropped.",
        BERG,
        [
            ("indirect", "which", "Tomas Berg", "Berg", "described"),
            ("indirect", "as a disgrace", "Tomas Berg", "Berg", "described"),
        ],
        id="relative-pronoun-as-object",
    ),
    pytest.param(
        "One official said the port would close, while another said it would stay open.",
        {},
        [
            ("indirect", "the port would close", "One official", None, "said"),
            ("indirect", "it would stay open", "another", None, "said"),
        ],
        id="contrasted-second-report-is-its-own",
    ),
    pytest.param(
        "Berg's answer was that the port would stay open.",
        BERG,
        [("indirect", "that the port would stay open", "Berg's", "Berg", "answer was")],
        id="possessor-statement-was-that",
    ),
    pytest.param(
        "Anna Keller distanced herself from the decision.",
        KELLER,
        [("indirect", "the decision", "Anna Keller", "Keller", "distanced herself from")],
        id="phrasal-distanced-from",
    ),
    pytest.param(
        "Tomas Berg laid out his plan for the harbour.",
        BERG,
        [("indirect", "his plan for the harbour", "Tomas Berg", "Berg", "laid out")],
        id="phrasal-laid-out",
    ),
    pytest.param(
        "Anna Keller was unhappy with the verdict.",
        KELLER,
        [("indirect", "the verdict", "Anna Keller", "Keller", "was unhappy with")],
        id="stance-adjective-unhappy-with",
    ),
    pytest.param(
        "The plan was criticized as reckless.",
        {},
        [
            ("indirect", "The plan", None, None, "was criticized"),
            ("indirect", "as reckless", None, None, "was criticized"),
        ],
        id="passive-object-verb-without-agent",
    ),
    pytest.param(
        "Anna Keller called that absurd.",
        KELLER,
        [("indirect", "that absurd", "Anna Keller", "Keller", "called")],
        id="demonstrative-that-is-no-relative-pronoun",
    ),
    pytest.param(
        "Tomas Berg believes in free trade.",
        BERG,
        [("indirect", "free trade", "Tomas Berg", "Berg", "believes in")],
        id="believe-in",
    ),
    pytest.param(
        "Tomas Berg said recently that the port would close.",
        BERG,
        [("indirect", "that the port would close", "Tomas Berg", "Berg", "said recently")],
        id="adverb-after-cue-is-cue",
    ),
    pytest.param(
        "Anna Keller now says the port will stay open.",
        KELLER,
        [("indirect", "the port will stay open", "Anna Keller", "Keller", "now says")],
        id="time-adverb-before-cue-is-cue",
    ),
    pytest.param(
        "“The port will close,” Berg said Tuesday.",
        BERG,
        [("direct", "The port will close", "Berg", "Berg", "said Tuesday")],
        id="day-after-cue-is-cue",
    ),
    pytest.param(
        "Tomas Berg spoke on BBC Radio about the strike.",
        BERG,
        [("indirect", "the strike", "Tomas Berg", "Berg", "spoke on BBC Radio about")],
        id="where-it-was-said-is-no-content",
    ),
    pytest.param(
        "According to the Ledger, Tomas Berg is expected to resign.",
        {**BERG, **LEDGER},
        [
            (
                "indirect",
                "Tomas Berg is expected to resign",
                "the Ledger",
                "Ledger",
                "According to",
            ),
            ("indirect", "to resign", None, None, "is expected"),
        ],
        id="same-start-keeps-the-attributed-clause",
    ),
    pytest.param(
        "The coalition said it would appeal and called for a day of action on Tuesday.",
        {},
        [
            ("indirect", "it would appeal", "The coalition", None, "said"),
            ("indirect", "a day of action", "The coalition", None, "called for"),
        ],
        id="phrasal-object-named-like-a-date",
    ),
    *[
        pytest.param(text, {}, [("indirect", content, source, None, cue)], id=f"cue-{cue}")
        for text, content, source, cue in [
            (
                "The mayor reaffirmed that the ferry would run in May.",
                "that the ferry would run in May",
                "The mayor",
                "reaffirmed",
            ),
            (
                "The councillor characterized the budget as a mistake.",
                "the budget as a mistake",
                "The councillor",
                "characterized",
            ),
            (
                "Few residents foresee a quick end to the strike.",
                "a quick end to the strike",
                "Few residents",
                "foresee",
            ),
            ("The union rebuffed the offer.", "the offer", "The union", "rebuffed"),
            (
                "The mayor persuaded the council to delay the vote.",
                "the council to delay the vote",
                "The mayor",
                "persuaded",
            ),
            (
                "Analysts calculate that the tax will raise little.",
                "that the tax will raise little",
                "Analysts",
                "calculate",
            ),
            (
                "The mayor vouched for the new harbour master.",
                "the new harbour master",
                "The mayor",
                "vouched for",
            ),
            (
                "The senator brushed off the criticism.",
                "the criticism",
                "The senator",
                "brushed off",
            ),
            ("The minister repudiated the report.", "the report", "The minister", "repudiated"),
            (
                "The mayor pushed back on those claims on Thursday.",
                "those claims",
                "The mayor",
                "pushed back on",
            ),
            ("The mayor talked up the ferry plan.", "the ferry plan", "The mayor", "talked up"),
            (
                "The mayor touched on the ferry deficit in her speech.",
                "the ferry deficit",
                "The mayor",
                "touched on",
            ),
            (
                "Residents are hoping for a quick end to the strike.",
                "a quick end to the strike",
                "Residents",
                "are hoping for",
            ),
            ("The minister talked of a new harbour.", "a new harbour", "The minister", "talked of"),
            (
                "The mayor claims to have read the report.",
                "to have read the report",
                "The mayor",
                "claims",
            ),
            ("The council opted to delay the vote.", "to delay the vote", "The council", "opted"),
            (
                "The two candidates sparred over the ferry budget on Tuesday.",
                "the ferry budget",
                "The two candidates",
                "sparred over",
            ),
            (
                "The mayor cast the vote as a betrayal.",
                "the vote as a betrayal",
                "The mayor",
                "cast",
            ),
            (
                "The ad depicts the senator as a coward.",
                "the senator as a coward",
                "The ad",
                "depicts",
            ),
            (
                "The senator painted her rival as a risk.",
                "her rival as a risk",
                "The senator",
                "painted",
            ),
            (
                "The new law prohibits smoking on ferries.",
                "smoking on ferries",
                "The new law",
                "prohibits",
            ),
            (
                "The union attributed the delays to the new rota.",
                "the delays to the new rota",
                "The union",
                "attributed",
            ),
            (
                "The mayor ripped the council's budget.",
                "the council's budget",
                "The mayor",
                "ripped",
            ),
            ("The mayor ripped into the council.", "the council", "The mayor", "ripped into"),
            (
                "The senator bristled at the suggestion.",
                "the suggestion",
                "The senator",
                "bristled at",
            ),
            (
                "The speech foreshadowed a tougher budget.",
                "a tougher budget",
                "The speech",
                "foreshadowed",
            ),
            (
                "The mayor railed at the ferry company.",
                "the ferry company",
                "The mayor",
                "railed at",
            ),
            (
                "The mayor doubled down on her comments about the ferry.",
                "her comments about the ferry",
                "The mayor",
                "doubled down on",
            ),
            (
                "The mayor contrasted her budget with the council's plan.",
                "her budget",
                "The mayor",
                "contrasted",
            ),
            (
                "The union leader has been outspoken about the ferry cuts.",
                "the ferry cuts",
                "The union leader",
                "has been outspoken about",
            ),
        ]
    ],
    pytest.param(
        "The council's embrace of the plan surprised residents.",
        {},
        [
            ("indirect", "the plan", "The council's", None, "embrace of"),
            # the residents feel about the embrace, which stays the council's own stance
            ("indirect", "The council's embrace of the plan", "residents", None, "surprised"),
        ],
        id="cue-embrace of",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "entities", "expected"), CASES)
def test_reported_speech(text: str, entities: dict, expected: list[tuple]) -> None:
    assert_quotes(text, entities, expected)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Tomas Berg — the longest-serving minister — said the port would close.",
            "Tomas Berg — the longest-serving minister",
        ),
        ("Keller, like Berg, said the vote had been fair.", "Keller, like Berg"),
        ("Mr. Berg, who has said the port must close, told reporters it would reopen.", "Mr. Berg"),
    ],
)
def test_source_boundaries(text: str, source: str) -> None:
    """Where the source phrase ends: a dash aside after a name is no dateline; "like X" stays
    (PolNeAR marks it); a relative clause that reports something is its own attribution."""
    quotes, _ = _quotes(text, {})
    spans = [text[q.speaker_start : q.speaker_end] for q in quotes if q.speaker_start is not None]
    assert source in spans, spans


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Turnout fell. More from Lindqvist: “The young stayed home this time.”", "Lindqvist"),
        ("Turnout fell. From the audit: “Nine ballot boxes were never sealed.”", "the audit"),
        ("A SHIFT IN THE NORTH - Ana Morel: “Rural voters stayed home.”", "Ana Morel"),
        (
            "The count ran late. Pia Holm and Erik Dahl: “We expect a recount.”",
            "Pia Holm and Erik Dahl",
        ),
    ],
)
def test_name_alone_before_colon(text: str, source: str) -> None:
    """A name (or, after "from", a document) with no verb before the colon that opens a quote
    is its source; the quote's own verb after the colon is no cue."""
    quotes, _ = _quotes(text, {})
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.speaker_text for q in direct] == [source], [(q.kind, q.speaker_text) for q in quotes]


@pytest.mark.slow
def test_no_source_for_a_notice_before_colon() -> None:
    """A common noun alone before the colon, with no "from", names no one."""
    text = "The count ran late. Bottom line: “Nobody expected a recount.”"
    quotes, _ = _quotes(text, {})
    assert all(q.speaker_text is None for q in quotes), [q.speaker_text for q in quotes]


@pytest.mark.slow
def test_place_is_never_the_speaker() -> None:
    """A name run that ends in a place ("settled in Bergen, Norway,") gives the place no voice."""
    text = "“We will rebuild,” Mr. Berg, now 77 and settled in Bergen, Norway, said."
    quotes, _ = _quotes(text, {})
    assert [q.kind for q in quotes] == ["direct"]
    assert quotes[0].speaker_text not in ("Norway", "Bergen, Norway"), quotes[0].speaker_text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Anna Keller appeared at a rally in Leeds.",  # appearing somewhere is no impression
        "Berg's remarks were brief.",  # what is said of a statement is not its content
        "Tomas Berg made a sandwich for lunch.",  # a light verb without a noun of saying
        "Tomas Berg took the train to Leeds.",
        "Anna Keller commented on Sunday Politics.",  # a programme: where, not what
        "Jurors were sworn in on Monday.",  # a passive with nothing said
        "Protests were also reported in Lyon.",
        "The city doubled its ferry budget.",  # doubling without "down on" takes no stance
        "The band played down the street.",  # a way, not a playing-down
        "Voters cast their ballots on Tuesday.",  # cast as nothing: no stance
        "The crew painted the ferry.",
        "The divers continued their search on Monday.",  # going on with something says nothing
        "The state added a third week of early voting.",  # adding a thing, not a remark
        "She has assumed a new role as harbour master.",  # taking a post, not a belief
        "The mayor's speech on the budget ran long.",  # an occasion, not a stance
        "The council's response to the storm was slow.",  # an action as often as a reply
    ],
)
def test_no_attribution(text: str) -> None:
    """The phrase rules fire on nouns of saying and verbs of appearance only."""
    quotes, _ = _quotes(text, {})
    assert quotes == [], [(q.kind, q.text, q.cue) for q in quotes]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tomas Berg praised the new ferry, which he said would cut the crossing to an hour.",
            [
                ("the new ferry", "Tomas Berg", "praised"),
                ("which", "he", "said"),
                ("would cut the crossing to an hour", "he", "said"),
            ],
        ),
        (
            "Anna Keller said the port would close in May, which she called a hard choice.",
            [
                ("the port would close in May", "Anna Keller", "said"),
                ("which", "she", "called"),
                ("a hard choice", "she", "called"),
            ],
        ),
        (  # the relative pronoun names the one who reports
            "The mayor made no mention of Tomas Berg, who announced he is leaving the council.",
            [
                ("Tomas Berg", "The mayor", "made no mention of"),
                ("he is leaving the council", "who", "announced"),
            ],
        ),
        (  # a restrictive clause names the thing praised: one report
            "Tomas Berg praised a plan that he said would cut costs.",
            [("a plan that he said would cut costs", "Tomas Berg", "praised")],
        ),
    ],
)
def test_relative_clause_with_its_own_report(text: str, expected: list[tuple]) -> None:
    """', which he said ...', ', who announced ...' inside a reported clause is an attribution
    of its own: the outer content ends before the pronoun, which is a piece of the inner
    content or its source."""
    quotes, _ = _quotes(text, BOTH)
    assert [(q.text, q.speaker_text, q.cue) for q in quotes] == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Anna Keller Praises New Ferry Deal.", [("New Ferry Deal", "Anna Keller", "Praises")]),
        (
            "Harbour Board Denies Ferry Fares Will Rise.",
            [("Ferry Fares Will Rise", "Harbour Board", "Denies")],
        ),
        ("Port Rules Face New Test In Court.", []),  # a plural noun, not a verb
        ("Ferry Attacks Rise In Winter.", []),
        (  # a plural of people takes the plain form
            "Local Lawmakers Slam Ferry Deal.",
            [("Ferry Deal", "Local Lawmakers", "Slam")],
        ),
        (  # the number of a list item is no part of the name
            "3. Harbour Experts Doubt Ferry Plan.",
            [("Ferry Plan", "Harbour Experts", "Doubt")],
        ),
        ("Why Anna Keller Attacks The Ferry Deal.", []),  # a question names no report
    ],
)
def test_title_case_headline_report(headline: str, expected: list[tuple]) -> None:
    """A Title Case headline's present-tense cue verb: the name before it speaks, the words
    after it are what is said (the tagger reads the whole line as one name)."""
    quotes, _ = _quotes(headline + "\n\nThe council met on Tuesday.", BOTH)
    assert [(q.text, q.speaker_text, q.cue) for q in quotes if q.kind != "label"] == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The harbour rules require captains to report every delay.",
            ("every delay", "The harbour rules", "to report"),
        ),
        (  # the one forced is the one who admits
            "The mayor forced the board to admit the error.",
            ("the error", "the board", "to admit"),
        ),
    ],
)
def test_obliged_object_is_no_source(text: str, expected: tuple) -> None:
    """'require X to report': X is bound to report, the rule says so; 'force X to admit': X
    admits."""
    quotes, _ = _quotes(text, {})
    assert [(q.text, q.speaker_text, q.cue) for q in quotes] == [expected]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anna Keller gave a speech in Leeds.", []),  # where the speech was given
        ("Anna Keller made her remarks at a rally.", []),  # the gathering, not the topic
        (
            "Anna Keller gave a speech about the ferry cuts.",
            [("the ferry cuts", "Anna Keller", "gave a speech about")],
        ),
        ("Tomas Berg took aim at Washington.", [("Washington", "Tomas Berg", "took aim at")]),
    ],
)
def test_place_of_a_speech_is_no_content(text: str, expected: list[tuple]) -> None:
    """'gave a speech in Leeds', 'remarks at a rally': a place or a gathering after "in" or
    "at" says where it was said; a target after "at" is still what the stance is about."""
    quotes, _ = _quotes(text, {})
    assert [(q.text, q.speaker_text, q.cue) for q in quotes] == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # no full stop before the line break: the parser runs the sentence on
            "The mayor said the fares would stay low and the boats would run on time\n"
            "The council voted on Tuesday to cut the budget.",
            [("the fares would stay low and the boats would run on time", "The mayor", "said")],
        ),
        (  # a cue after the clause reports the paragraph it ends, not the headline above
            "Ferry Board Picks New Chief\n\nFares will rise next year, harbour officials said.",
            [("Fares will rise next year", "harbour officials", "said")],
        ),
        (  # after a colon the paragraph below is what was written
            "The mayor wrote:\nThe fares will stay low this year.",
            [("The fares will stay low this year.", "The mayor", "wrote")],
        ),
    ],
)
def test_reported_clause_ends_with_its_line(text: str, expected: list[tuple]) -> None:
    """A reported clause the parser ran on over a line break ends at the break."""
    quotes, _ = _quotes(text, {})
    assert [(q.text, q.speaker_text, q.cue) for q in quotes] == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor denounced what she called a reckless plan.",
            [("what she called a reckless plan", "The mayor", "denounced")],
        ),
        (
            "Tomas Berg criticized what he called the harbour board's secrecy.",
            [("what he called the harbour board's secrecy", "Tomas Berg", "criticized")],
        ),
        (
            "Anna Keller described how the ferry sank.",
            [("how the ferry sank", "Anna Keller", "described")],
        ),
    ],
)
def test_free_relative_is_the_object(text: str, expected: list[tuple]) -> None:
    """'denounced what she called X', 'described how X': the parser reads the free relative or
    the embedded question as a clause; it is the object, and the naming inside it belongs to
    that report."""
    quotes, _ = _quotes(text, {})
    assert [(q.text, q.speaker_text, q.cue) for q in quotes] == expected


@pytest.mark.slow
def test_report_after_the_speaker_description_is_its_own() -> None:
    """'said Tomas Berg, a trade analyst, who notes that ...': the description ends at the
    comma before a non-restrictive clause that reports; the clause reports for "who"."""
    text = (
        "“The fares are too high,” said Tomas Berg, a trade analyst, who notes that the ferry"
        " lost money."
    )
    quotes, _ = _quotes(text, {})
    assert [(q.text, q.speaker_text, q.cue) for q in quotes] == [
        ("The fares are too high", "Tomas Berg, a trade analyst", "said"),
        ("that the ferry lost money", "who", "notes"),
    ]
