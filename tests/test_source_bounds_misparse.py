"""Source phrases on parses the tagger gets wrong (2026-12-05, fourth session). The parses
are built by hand, as spaCy's small English model produced them on news text of this shape,
so each rule is checked on the very misparse it corrects: a fronted phrase whose last noun
was made the subject, with the speaker as its apposition; an aside between dashes that was
joined to the subject; and one subject phrase the parser split in two."""

from __future__ import annotations

from spacy.tokens import Doc

from tests.handparsed import Row, hand_parsed
from wirecheck.extract.phrases import Frame
from wirecheck.extract.source_bounds import source_bounds


def _doc(rows: list[Row]) -> Doc:
    """Rows of (word, dependency, head index, part of speech, entity label or '')."""
    return hand_parsed(rows)


def _source(doc: Doc, head: int, first: int, last: int, cue: int) -> str:
    span = (doc[first].idx, doc[last].idx + len(doc[last].text))
    cue_span = (doc[cue].idx, doc[cue].idx + len(doc[cue].text))
    frame = Frame(cue=cue_span, lemma=doc[cue].text, source=span, source_token=head)
    (out,) = source_bounds(doc, [frame])
    assert out.source is not None
    return doc.text[out.source[0] : out.source[1]]


# "Ahead of the vote, Varga, the harbour master, called the plan a betrayal": the parser made
# "vote" the subject and the harbour master its apposition.
FRONTED = [
    ("Ahead", "prep", 6, "ADV", ""),
    ("of", "prep", 0, "ADP", ""),
    ("the", "det", 3, "DET", ""),
    ("vote", "nsubj", 6, "NOUN", ""),
    (",", "punct", 3, "PUNCT", ""),
    ("Varga", "appos", 3, "PROPN", "PERSON"),
    ("called", "ROOT", 6, "VERB", ""),
    ("the", "det", 8, "DET", ""),
    ("plan", "dobj", 6, "NOUN", ""),
    (".", "punct", 6, "PUNCT", ""),
]


def test_fronted_phrase_is_no_part_of_the_source() -> None:
    assert _source(_doc(FRONTED), head=3, first=2, last=5, cue=6) == "Varga"


def test_subject_with_apposition_after_the_cue_keeps_its_words() -> None:
    """'said the mayor, Varga': the phrase follows its own cue, so nothing is fronted."""
    rows = [
        ("It", "nsubj", 1, "PRON", ""),
        ("rained", "ccomp", 2, "VERB", ""),
        ("said", "ROOT", 2, "VERB", ""),
        ("the", "det", 4, "DET", ""),
        ("mayor", "nsubj", 2, "NOUN", ""),
        (",", "punct", 4, "PUNCT", ""),
        ("Varga", "appos", 4, "PROPN", "PERSON"),
        (".", "punct", 2, "PUNCT", ""),
    ]
    assert _source(_doc(rows), head=4, first=3, last=6, cue=2) == "the mayor, Varga"


def test_aside_between_dashes_is_no_part_of_the_source() -> None:
    # "... were public ― Keller boasted": the dash was parsed as a subject with "public".
    rows = [
        ("They", "nsubj", 1, "PRON", ""),
        ("were", "ROOT", 1, "AUX", ""),
        ("public", "amod", 3, "ADJ", ""),
        ("―", "nsubj", 5, "PUNCT", ""),
        ("Keller", "nsubj", 5, "PROPN", "PERSON"),
        ("boasted", "conj", 1, "VERB", ""),
        (".", "punct", 1, "PUNCT", ""),
    ]
    assert _source(_doc(rows), head=4, first=2, last=4, cue=5) == "Keller"


def test_word_split_at_its_hyphen_is_one_subject() -> None:
    from tests.test_quotes import _quotes

    text = "Her ex-husband agreed, but also insisted that the papers should stay sealed."
    quotes, _ = _quotes(text, {})
    assert [q.speaker_text for q in quotes] == ["Her ex-husband"]


def test_name_before_its_title_is_one_subject() -> None:
    # "Varga, the harbour master, vowed ...": the parser gave "vowed" two subjects.
    rows = [
        ("Varga", "nsubj", 5, "PROPN", "PERSON"),
        (",", "punct", 5, "PUNCT", ""),
        ("the", "det", 4, "DET", ""),
        ("harbour", "compound", 4, "NOUN", ""),
        ("master", "nsubj", 5, "NOUN", ""),
        ("vowed", "ROOT", 5, "VERB", ""),
        ("to", "aux", 7, "PART", ""),
        ("stay", "xcomp", 5, "VERB", ""),
        (".", "punct", 5, "PUNCT", ""),
    ]
    assert _source(_doc(rows), head=4, first=2, last=4, cue=5) == "Varga, the harbour master"


def test_two_people_as_two_subjects_stay_apart() -> None:
    """Only a title after a name joins it: 'Varga, Keller said' is no one phrase."""
    rows = [
        ("Varga", "nsubj", 3, "PROPN", "PERSON"),
        (",", "punct", 3, "PUNCT", ""),
        ("Keller", "nsubj", 3, "PROPN", "PERSON"),
        ("said", "ROOT", 3, "VERB", ""),
        (".", "punct", 3, "PUNCT", ""),
    ]
    assert _source(_doc(rows), head=2, first=2, last=2, cue=3) == "Keller"


def test_list_of_subjects_is_one_source() -> None:
    from tests.test_quotes import _quotes

    text = (
        "The family, campaigners and civic groups have been demanding that the council "
        "publish the report."
    )
    quotes, _ = _quotes(text, {})
    assert [q.speaker_text for q in quotes] == ["The family, campaigners and civic groups"]


def test_names_the_parser_hung_on_a_fronted_phrase_are_the_subject() -> None:
    """'On the fees, Keller and Berg call them thefts': the parser joined the names to "fees"
    and left "call" without a subject; the first name heads the source."""
    from wirecheck.extract.cue_subjects import find_source

    rows = [
        ("On", "prep", 7, "ADP", ""),
        ("the", "det", 2, "DET", ""),
        ("fees", "pobj", 0, "NOUN", ""),
        (",", "punct", 2, "PUNCT", ""),
        ("Keller", "conj", 2, "PROPN", "PERSON"),
        ("and", "cc", 4, "CCONJ", ""),
        ("Berg", "conj", 4, "PROPN", "PERSON"),
        ("call", "ROOT", 7, "VERB", ""),
        ("them", "dobj", 7, "PRON", ""),
        ("thefts", "oprd", 7, "NOUN", ""),
        (".", "punct", 7, "PUNCT", ""),
    ]
    doc = _doc(rows)
    for token, tag in zip(
        doc, ["IN", "DT", "NN", ",", "NNP", "CC", "NNP", "VBP", "PRP", "NNS", "."], strict=True
    ):
        token.tag_ = tag
    source = find_source(doc[7])
    assert source is not None and source.text == "Keller"
