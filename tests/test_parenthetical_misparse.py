"""The far side of a parenthetical cue on a parse the tagger gets wrong (2026-12-07, sixth
session). The parse is built by hand, as spaCy's small English model produced it on a news
sentence of this shape: the cue hung on the fronted clause ("went ... , he said") while the
words after the cue hold the sentence's own root, opened by a gerund subject."""

from __future__ import annotations

from spacy.tokens import Doc

from tests.handparsed import Row, hand_parsed
from wirecheck.extract.linking import Piece
from wirecheck.extract.parenthetical import parenthetical_pieces
from wirecheck.extract.phrases import Frame

# "Though the handover went smoothly, he said, replacing the board would be bitter."
ROWS = [
    ("Though", "mark", 3, "SCONJ", "IN"),
    ("the", "det", 2, "DET", "DT"),
    ("handover", "nsubj", 3, "NOUN", "NN"),
    ("went", "advcl", 12, "VERB", "VBD"),
    ("smoothly", "advmod", 3, "ADV", "RB"),
    (",", "punct", 7, "PUNCT", ","),
    ("he", "nsubj", 7, "PRON", "PRP"),
    ("said", "parataxis", 3, "VERB", "VBD"),
    (",", "punct", 7, "PUNCT", ","),
    ("replacing", "csubj", 12, "VERB", "VBG"),
    ("the", "det", 11, "DET", "DT"),
    ("board", "dobj", 9, "NOUN", "NN"),
    ("would", "aux", 12, "AUX", "MD"),
    ("be", "ROOT", 12, "AUX", "VB"),
    ("bitter", "acomp", 13, "ADJ", "JJ"),
    (".", "punct", 13, "PUNCT", "."),
]


def _doc(rows: list[Row]) -> Doc:
    """Rows of (word, dependency, head index, part of speech, tag)."""
    return hand_parsed(rows, last="tag")


def _span(doc: Doc, first: int, last: int) -> tuple[int, int]:
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def _far_side(rows: list[Row]) -> list[str]:
    doc = _doc(rows)
    frame = Frame(cue=_span(doc, 7, 7), lemma="say", source=_span(doc, 6, 6), source_token=6)
    opening = Piece(_span(doc, 0, 4), "indirect", frame)
    return [doc.text[s:e] for s, e in (p.span for p in parenthetical_pieces(doc, [opening]))]


def test_main_clause_after_the_cue_is_content() -> None:
    assert _far_side(ROWS) == ["replacing the board would be bitter"]


def test_gerund_aside_on_the_cue_stays_out() -> None:
    """'..., he said, adding the board was bitter': the gerund hangs on the cue and the
    sentence's root stands before it, so the words after the cue are an aside."""
    rows = [
        ("Though", "mark", 3, "SCONJ", "IN"),
        ("the", "det", 2, "DET", "DT"),
        ("handover", "nsubj", 3, "NOUN", "NN"),
        ("went", "ROOT", 3, "VERB", "VBD"),
        ("smoothly", "advmod", 3, "ADV", "RB"),
        (",", "punct", 7, "PUNCT", ","),
        ("he", "nsubj", 7, "PRON", "PRP"),
        ("said", "parataxis", 3, "VERB", "VBD"),
        (",", "punct", 7, "PUNCT", ","),
        ("adding", "advcl", 7, "VERB", "VBG"),
        ("the", "det", 11, "DET", "DT"),
        ("board", "nsubj", 12, "NOUN", "NN"),
        ("was", "ccomp", 9, "AUX", "VBD"),
        ("late", "acomp", 12, "ADJ", "JJ"),
        (".", "punct", 3, "PUNCT", "."),
    ]
    assert _far_side(rows) == []
