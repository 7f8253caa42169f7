"""The quotes stage: direct, partial and indirect quotes with their cue and speaker.

Flow: quotation marks give the quoted spans (quotemarks); the dependency parse gives the
attribution frames — cue, source words, reported content (attribution); the two are joined
(linking); each frame's source words are resolved to a local entity id (speakers). Frames
reported inside another frame's content are dropped: "X said Y believes Z" is X's statement,
not a quote of Y. A quote nested in another quote is kept only when a cue inside the outer
quote introduces it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wirecheck.extract import STAGES, register_stage
from wirecheck.extract.attribution import Frame, Span, frames
from wirecheck.extract.headline_reports import headline_frames
from wirecheck.extract.leading_reports import split_leading_reports
from wirecheck.extract.linking import Piece, introduced_paragraphs, link
from wirecheck.extract.nominal import colon_frames
from wirecheck.extract.parenthetical import parenthetical_pieces
from wirecheck.extract.phrases import within_cue_paragraph
from wirecheck.extract.quote_joins import joined_pieces
from wirecheck.extract.quote_sources import antecedent_source
from wirecheck.extract.quotemarks import Quoted, paragraphs, quoted_spans
from wirecheck.extract.relative_reports import sources_before_reports, split_relative_reports
from wirecheck.extract.report_asides import participle_reports
from wirecheck.extract.source_bounds import source_bounds
from wirecheck.extract.speakers import Resolver
from wirecheck.extract.surface import sign_offs, speaker_labels
from wirecheck.extract.titles import is_title
from wirecheck.model import Quote
from wirecheck.resources import cues

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from wirecheck.model import Article

try:  # the entity stage must be registered first for `needs` to see the mentions layer
    import wirecheck.extract.entities  # noqa: F401
except ModuleNotFoundError as exc:
    if exc.name != "wirecheck.extract.entities":
        raise

# Without the entity stage, speakers come from spaCy's own entities (see speakers.py).
_NEEDS = ("mentions",) if any(stage.layer == "mentions" for stage in STAGES) else ()
_FIRST_PERSON = frozenset(["i", "we", "me", "us"])
_TRAILING = " \t\n,;:"
_QUOTED = frozenset(["direct", "partial"])
_TIMES = frozenset(["DATE", "TIME"])
_WORDS = re.compile(r"[A-Za-z]{2,}")
_MIN_HEAD_WORDS = 3
_PRIORITY = {"direct": 0, "indirect": 1, "partial": 2, "label": 3}
# Subordinators of a fronted clause that belongs to what is said ("While X, he said, “...”").
_FRONTING = frozenset(["as", "while", "whether", "although", "though", "because", "if"])


@register_stage("quotes", "quotes", needs=_NEEDS)
def quotes_stage(article: Article, doc: Doc) -> list[Quote]:
    return extract_quotes(article, doc)


def extract_quotes(article: Article, doc: Doc) -> list[Quote]:
    """Every quote of the article, in text order."""
    text = article.text
    marks = quoted_spans(text)
    top = [q for q in marks if q.depth == 0]
    paras = paragraphs(text)
    labels = speaker_labels(text, paras)
    # Marks around a whole transcript ("\"WALLACE: ...") wrap turns, not one statement.
    top = [q for q in top if not any(_within(f.source or (0, 0), q.span) for f in labels)]
    found = source_bounds(doc, frames(doc, [q.span for q in top])) + labels
    found += sign_offs(text)
    found += headline_frames(text, paras, found)
    found += colon_frames(doc, (q.open_at for q in top), found)
    found.sort(key=lambda f: f.cue)
    within_cue_paragraph(text, found)
    introduced_paragraphs(text, found, paras)
    starts = [sent.start_char for sent in doc.sents]
    pieces = link(text, top, found, paras, starts)
    titles = {q.span for q in top if is_title(text, q)}
    pieces = [p for p in pieces if not (p.kind in _QUOTED and p.span in titles)]
    pieces += _fronted(doc, pieces)
    pieces += parenthetical_pieces(doc, pieces)
    pieces = [p for p in pieces if not _only_a_time(doc, p)]
    participle_reports(text, pieces)
    pieces = split_leading_reports(text, pieces)
    pieces = split_relative_reports(text, pieces)
    pieces = [_within_paragraph(text, p) for p in pieces]
    pieces = _outermost(pieces) + _nested(text, doc, marks, pieces, paras)
    sources_before_reports(text, pieces)
    pieces = _outside_sources(pieces)
    for piece in pieces:  # a later quote on a relative clause's cue: the antecedent speaks
        if piece.kind == "direct" and piece.frame is not None:
            piece.frame = antecedent_source(doc, piece.frame, piece.span)
    resolver = Resolver(article, doc)
    # In text order, so that the genders pronouns teach the resolver flow forward.
    records = [_record(article, p, resolver) for p in sorted(pieces, key=lambda p: p.span)]
    # Ids are offsets, so one record per start: the stronger kind wins ("said “X” would"
    # gives a partial quote and a reported clause that begin at the same character); within
    # a kind, the one with a speaker ("According to X, Y is expected to ..." gives X's clause
    # and the unattributed subject "Y" at one start), then the shorter (text order).
    unique: dict[str, Quote] = {}
    for quote in sorted(records, key=_strength):
        if quote.end > quote.start:
            unique.setdefault(quote.id, quote)
    return joined_pieces(text, list(unique.values()))


def _strength(quote: Quote) -> tuple[int, bool]:
    return (_PRIORITY[quote.kind], quote.speaker_start is None)


def _fronted(doc: Doc, pieces: list[Piece]) -> list[Piece]:
    """'While the port is busy, he said, “this has changed nothing”', 'As for the attacks, she
    said, “...”': a clause (or "as for" phrase) fronted before the speaker of a direct quote
    is part of what the speaker says; a scene set by a phrase ("At the rally,", "Asked about
    it,") is not."""
    found = []
    for frame in {id(p.frame): p.frame for p in pieces if p.kind == "direct" and p.frame}.values():
        if frame.content or frame.source is None:
            continue
        cue = doc.char_span(*frame.cue, alignment_mode="expand")
        verb = next((t for t in cue or [] if t.pos_ in ("VERB", "AUX")), None) if cue else None
        piece = _fronted_piece(verb) if verb is not None else None
        if piece is not None and piece[1] <= frame.source[0]:
            found.append(Piece(piece, "indirect", frame))
    return found


def _fronted_piece(verb: Token) -> Span | None:
    first = next((c for c in verb.children if c.i < verb.i), None)
    if first is None or first.left_edge.i != verb.sent.start:
        return None
    after = verb.doc[first.right_edge.i + 1] if first.right_edge.i + 1 < len(verb.doc) else None
    if after is None or after.text != ",":
        return None
    mark = next((c for c in first.children if c.dep_ == "mark"), None)
    finite = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in first.children)
    clause = first.dep_ == "advcl" and finite and mark is not None and mark.lower_ in _FRONTING
    as_for = first.dep_ == "prep" and first.lower_ == "as" and verb.doc[first.i + 1].lower_ == "for"
    if not (clause or as_for):
        return None
    return first.left_edge.idx, first.right_edge.idx + len(first.right_edge.text)


def _within_paragraph(text: str, piece: Piece) -> Piece:
    """A reported clause stays in its cue's paragraph: the parser sometimes runs a sentence
    on over a line break, from a headline into the paragraph whose trailing cue reports it or
    on into the next paragraph, which says something else. (Not after a colon: "wrote:" and
    the paragraph below it are one report.)"""
    start, end = piece.span
    brk = text.find("\n", start, end)
    if piece.kind != "indirect" or brk < 0:
        return piece
    if piece.frame is not None and piece.frame.cue[0] >= end:
        # "..., top lawmakers said": a cue after the clause reports the paragraph it ends
        last = text.rfind("\n", start, end) + 1
        tail = text[last:end]
        if len(_WORDS.findall(tail)) < _MIN_HEAD_WORDS:
            return piece
        return Piece((end - len(tail.lstrip()), end), piece.kind, piece.frame)
    head = text[start:brk].rstrip()
    if head.endswith(":") or len(_WORDS.findall(head)) < _MIN_HEAD_WORDS:
        return piece
    return Piece((start, start + len(head)), piece.kind, piece.frame)


def _only_a_time(doc: Doc, piece: Piece) -> bool:
    """'remarks on Saturday', 'speech on Wednesday', 'released in 2012': a reported clause that
    is only a date or a time says when, not what (the parse took the time for the topic)."""
    if piece.kind != "indirect":
        return False
    span = doc.char_span(*piece.span, alignment_mode="expand")
    words = [t for t in span or [] if not t.is_punct]
    return bool(words) and all(t.ent_type_ in _TIMES for t in words)


def _outermost(pieces: list[Piece]) -> list[Piece]:
    """Drop reported content nested in another frame's content (the outer speaker says it)."""
    # "According to Z, X said Y": Z passes on X's statement, which stays X's own quote; "X's
    # refusal angered Y": Y feels about X's stance, which stays X's own.
    spans = [
        (p.span, p.frame)
        for p in pieces
        if p.kind in ("direct", "indirect")
        and not (p.frame and (p.frame.lemma == "according to" or p.frame.lemma in cues.FEELING))
    ]
    kept = []
    for piece in pieces:
        s, e = piece.span
        inside = any(
            o[0] <= s and e <= o[1] and (o[0], o[1]) != (s, e) and frame is not piece.frame
            for o, frame in spans
        )
        if piece.kind == "indirect" and inside:
            continue
        kept.append(piece)
    return kept


def _outside_sources(pieces: list[Piece]) -> list[Piece]:
    """'said Ann Lee, a senator who added that ...': a reported clause whose cue is inside
    another frame's source is part of how that speaker is described, not a report of its own
    (a word belongs to one attribution); a quotation keeps its cue, and so does a participle
    whose source is where the other source begins ("Groups backing Keller denied ...")."""
    sources = {p.frame.source for p in pieces if p.frame is not None and p.frame.source}
    return [
        p
        for p in pieces
        if p.kind != "indirect" or p.frame is None or not _in_other_source(p.frame, sources)
    ]


def _in_other_source(frame: Frame, sources: set[Span]) -> bool:
    start = frame.source[0] if frame.source else None
    return any(
        _within(frame.cue, source) and source != frame.source and source[0] != start
        for source in sources
    )


def _nested(
    text: str, doc: Doc, marks: list[Quoted], pieces: list[Piece], paras: list[Span]
) -> list[Piece]:
    """Quotes inside quotes that a cue inside the outer quote introduces."""
    inner = [q for q in marks if q.depth == 1]
    if not inner:
        return []
    outer_frames = {p.span: p.frame for p in pieces if p.kind == "direct"}
    found: list[Piece] = []
    for quote in inner:
        owner = marks[quote.outer] if quote.outer is not None else None
        if owner is None:
            continue
        local = [f for f in frames(doc, [quote.span]) if _within(f.cue, owner.span)]
        piece = next((p for p in link(text, [quote], local, paras) if p.frame is not None), None)
        if piece is not None and piece.kind in ("direct", "partial"):
            piece.frame = _speaking_for(piece.frame, outer_frames.get(owner.span), text)
            found.append(piece)
    return found


def _speaking_for(frame: Frame | None, outer: Frame | None, text: str) -> Frame | None:
    """'I told them: ‘...’' inside X's quote: the inner speaker is X."""
    if frame is None or frame.source is None or outer is None:
        return frame
    if text[frame.source[0] : frame.source[1]].lower() in _FIRST_PERSON:
        return Frame(frame.cue, frame.lemma, outer.source, outer.source_token, [], frame.quoted)
    return frame


def _within(span: Span, outer: Span) -> bool:
    return outer[0] <= span[0] and span[1] <= outer[1]


def _record(article: Article, piece: Piece, resolver: Resolver) -> Quote:
    start, end = _tidy(article.text, piece.span)
    quote = Quote(
        id=f"{article.id}:q:{start}",
        article=article.id,
        start=start,
        end=end,
        text=article.text[start:end],
        kind=piece.kind,
    )
    frame = piece.frame
    if frame is None or piece.kind == "label":
        return quote
    quote.cue = article.text[frame.cue[0] : frame.cue[1]]
    quote.cue_start, quote.cue_end = frame.cue
    if frame.source is not None:
        speaker = resolver.speaker(frame.source[0], frame.source[1], frame.source_token)
        quote.speaker, quote.speaker_text = speaker.entity, speaker.text
        quote.speaker_start, quote.speaker_end = frame.source
    return quote


def _tidy(text: str, span: Span) -> Span:
    """Content without surrounding white space and the comma that stands in for a period."""
    start, end = span
    while start < end and text[start] in _TRAILING:
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return start, end
