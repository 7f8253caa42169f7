"""Sources the parse does not give as the cue's subject: fallbacks for misparsed names.

Two shapes of news English that spaCy's small model often misparses: a name right after a
quote and before or after its cue ("“...,” Harbour police Chief Ana Lund said", "“...,”
said Okafor"), and a name hung as an apposition of the place or date before it ("At the
marina, Per Strand, the club's president, said ...").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirecheck.extract.phrases import CUE_LEFT, Frame, Span, source_span, token_end

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_CLOSING_MARKS = frozenset({"”", '"', "''", ",", "’"})
_OPENING_MARKS = frozenset({"“", "‘", "``"})
_MAX_ASIDE = 24  # tokens between a closing mark and its cue, name and aside included
_NAME_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "NUM"})
_NOMINAL_POS = frozenset({"PROPN", "NOUN", "NUM"})
_NOT_SPEAKERS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})
# Tags a capitalised given name may get when it is also a common word ("Per", "Will", "Van").
_FUNCTION_POS = frozenset({"ADP", "AUX", "ADV", "SCONJ", "CCONJ", "PART", "INTJ"})
_RELATIVE = frozenset({"who", "which", "that"})


def beside_quote_source(verb: Token) -> tuple[Token | None, Span | None]:
    """'“...,” Harbour police Chief Ana Lund said', '“...,” Helen Marsh, for the
    prosecution, told the jury' or '“...,” said Okafor' when the parser found no subject: the
    name right after the closing mark before the verb, or right after the verb."""
    doc = verb.doc
    for i in range(verb.i - 1, max(-1, verb.i - 16), -1):
        if doc[i].pos_ in ("VERB", "AUX") and not doc[i].ent_type_:
            break
        if doc[i].text in _CLOSING_MARKS and doc[i].text != ",":
            # The cue itself may look like a noun ("the editorial read"): the name ends before.
            run = [t for t in _name_run(doc, i + 1, 1) if t.i < verb.i]
            run = _with_apposition(run, verb)
            if run:
                head = next((t for t in reversed(run) if t.pos_ == "PROPN"), run[-1])
                return head, (run[0].idx, token_end(run[-1]))
            break
    aside = _name_then_aside(verb)
    if aside is not None:
        return aside
    prev = doc[verb.i - 1] if verb.i else None
    after = _name_run(doc, verb.i + 1, 1)
    if after and prev is not None and prev.text in _CLOSING_MARKS and prev.text != ",":
        return after[-1], (after[0].idx, token_end(after[-1]))
    return None, None


def _name_then_aside(verb: Token) -> tuple[Token, Span] | None:
    """'“...,” Mr. Ostrow, now 74 and living in Bergen, Norway, said': a name right after
    the closing mark, then an aside set off by commas that ends right before the verb; the
    aside belongs to the source phrase (a place in it is no speaker)."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    for i in range(verb.i - 2, max(-1, verb.i - _MAX_ASIDE), -1):
        if doc[i].is_space or doc[i].text in _OPENING_MARKS:
            return None
        if doc[i].text in _CLOSING_MARKS and doc[i].text != ",":
            run = _name_run(doc, i + 1, 1)
            comma = run[-1].i + 1 if run else verb.i
            if comma >= verb.i - 1 or doc[comma].text != ",":
                return None
            head = next((t for t in reversed(run) if t.pos_ == "PROPN"), None)
            if head is None:
                return None
            return head, (run[0].idx, token_end(doc[verb.i - 2]))
    return None


def _with_apposition(run: list[Token], verb: Token) -> list[Token]:
    """'“...,” the company's chief executive, Anders Lindqvist, said': the name set off by
    commas between the role and the verb belongs to the source."""
    doc = verb.doc
    comma = run[-1].i + 1 if run else len(doc)
    if comma >= verb.i or doc[comma].text != ",":
        return run
    more = _name_run(doc, comma + 1, 1)
    end = more[-1].i + 1 if more else verb.i
    closes = end == verb.i or doc[end].text == "," and end + 1 == verb.i
    return run + list(doc[comma:end]) if closes and any(t.pos_ == "PROPN" for t in more) else run


def _name_run(doc: Doc, i: int, step: int) -> list[Token]:
    """Consecutive name-like tokens from i in direction step (nearest first)."""
    run = []
    while (
        0 <= i < len(doc)
        and (_name_like(doc[i]) or doc[i].lower_ in ("'s", "’s"))
        and doc[i].ent_type_ not in ("DATE", "TIME")  # "said Thursday morning"
    ):
        run.append(doc[i])
        i += step
    return run if any(t.pos_ in ("PROPN", "NOUN") for t in run) else []


def _name_like(token: Token) -> bool:
    """A word of a name: a noun-like tag, an entity, or a capital the tagger took for a
    function word ("said Per Aasland", "said Will Hart": "Per" and "Will" read as ADP, AUX)."""
    if token.pos_ in _NAME_POS or token.ent_type_:
        return True
    return token.is_title and not token.is_sent_start and token.pos_ in _FUNCTION_POS


def misattached_subject(verb: Token, inside: list[bool] | None) -> Token | None:
    """'At Pier Nine, Ola Brandt, the club's president, said ...': a subjectless cue whose
    parser hung the name as an apposition of the phrase before it (a place, a date). The
    apposition chain that ends right before the verb is its subject."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and (doc[i].text == "," or doc[i].dep_ in CUE_LEFT):
        i -= 1
    if i < 0 or doc[i].sent != verb.sent or doc[i].pos_ not in _NOMINAL_POS:
        return None
    node = doc[i]
    while node.dep_ != "appos" and node.i != node.head.i < verb.i:
        node = node.head
    if node.dep_ != "appos":
        return None
    while node.head.dep_ == "appos":
        node = node.head
    if (inside is not None and inside[node.i]) or node.ent_type_ in _NOT_SPEAKERS:
        return None  # "... living in Bergen, Norway, said": a place speaks for no one
    return node if node.pos_ in ("PROPN", "NOUN") and node.right_edge.i == i else None


def antecedent_source(doc: Doc, frame: Frame, quote: Span) -> Frame:
    """'“A,” said Ekdal, who noted that B. “C.”': a quote after the sentence of a cue in a
    relative clause goes on the speaker the clause is about, named by the antecedent rather
    than by "who" (which names the source only inside its own sentence)."""
    if frame.source_token is None:
        return frame
    pronoun = doc[frame.source_token]
    clause = pronoun.head
    if pronoun.lower_ not in _RELATIVE or clause.dep_ != "relcl" or clause.head.i >= pronoun.i:
        return frame
    sentence = pronoun.sent
    if sentence.start_char <= quote[0] < sentence.end_char:
        return frame
    antecedent = clause.head
    start = source_span(antecedent)[0]
    last = clause.left_edge.i - 1
    while last > antecedent.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if start >= token_end(doc[last]):
        return frame
    source = (start, token_end(doc[last]))
    return Frame(frame.cue, frame.lemma, source, antecedent.i, frame.content, frame.quoted)
