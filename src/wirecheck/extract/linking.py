"""Quotation marks meet the parse: which frame each quoted span belongs to, and as what.

For each top-level quote, in this order:
1. a speech cue right after its closing mark claims it ("“...,” said X, a spokesman.");
2. a quote the parse put under a cue is that frame's direct content ("“...,” he said" with
   the quote as the verb's complement); a quote inside a frame's reported clause is a
   partial quote of it;
3. a cue right before its opening mark claims it ("X said: “...”", "X scolded him: “...”");
4. else the quote goes on from the speaker just before it: the frame of the quote before it
   in the paragraph ("“A,” he said. “B.”"), the cue of the sentence right before it ("He
   added on Twitter. “B.”"), or the last quote of the paragraph before, when this paragraph
   only reopens it.
What is left is a label (short, no sentence in it) or a direct quote with no known speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wirecheck.extract.attribution import Frame, Span
from wirecheck.extract.quotemarks import Quoted
from wirecheck.resources import cues

_SENTENCE_END = re.compile(r"[.!?](?:[\"”’'])?\s+(?=[A-Z“\"‘])")
_GAP_ENDS_SENTENCE = re.compile(r"[.!?][\"”’']?\s+$")
_ABBREVIATION = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Prof|Rev|U\.S|[A-Z])\.$"
)
_LABEL_BEFORE = re.compile(r"(?:so-called|dubbed|nicknamed|known as|termed|titled|named)\s*$", re.I)
_MARKS = '“”"«»'
_INTRODUCES = re.compile(r"\s*[,:]\s*[\"“‘]")
_MAX_GAP = 90  # characters between a quote and a cue beside it, source words included
_MIN_STATEMENT_WORDS = 5
_CLOSING_PUNCT = ".,;:!? \n"
# Between reported words and a quote that continues them: "” and a “", "”, a “", ", “"
# ('asking him, “What happens to the pier now?”': PolNeAR keeps such a quote in the content).
_COORDINATED = re.compile(r"[”\"’']?,?\s*(?:(?:and|or|but)\s+)?(?:(?:a|an|the)\s+)?", re.I)
_SPEAKING = cues.SPEECH | {":", "―"}
_INTRODUCING = cues.SPEECH | cues.LIGHT_VERBS


@dataclass
class Piece:
    """One quoted or reported span and its role."""

    span: Span
    kind: str  # direct | partial | indirect | label
    frame: Frame | None


@dataclass
class Context:
    """What the linking rules look at: the text, its layout, and what was decided so far."""

    text: str
    quotes: list[Quoted]
    frames: list[Frame]
    paragraphs: list[Span]
    sentence_starts: list[int]
    owner: dict[int, tuple[Frame, str]] = field(default_factory=dict)  # quote -> frame, kind


def link(
    text: str,
    quotes: list[Quoted],
    frames: list[Frame],
    paragraphs: list[Span],
    sentence_starts: list[int] | None = None,
) -> list[Piece]:
    """Pieces for every top-level quote and every frame's reported content."""
    ctx = Context(text, quotes, frames, paragraphs, sentence_starts or [])
    pieces: list[Piece] = []
    for i, quote in enumerate(quotes):
        piece = (
            _trailing_cue(ctx, quote)
            or _by_parse(text, quote, frames)
            or _coordinated(text, quote, frames)
            or _leading_cue(ctx, quote)
            or _continued(ctx, i)
            or Piece(quote.span, _unclaimed_kind(text, quote), None)
        )
        if piece.frame is not None:
            ctx.owner[i] = (piece.frame, piece.kind)
            if piece.kind == "direct":
                _claim(piece.frame, quote.span)
        pieces.append(piece)
    for frame in frames:
        pieces.extend(Piece(span, "indirect", frame) for span in frame.content)
    return pieces


def _claim(frame: Frame, span: Span) -> None:
    """The quote becomes (part of) the frame's content; a parsed clause over it gives way."""
    frame.content = [c for c in frame.content if not _overlaps(c, span)]
    if span not in frame.quoted:
        frame.quoted.append(span)


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _trailing_cue(ctx: Context, quote: Quoted) -> Piece | None:
    """'“...,” said X' / '“...,” X, a spokesman, told reporters': the first cue after it."""
    close = _close(quote)
    if _ends_sentence(ctx.text, quote) and ctx.text[: quote.open_at].rstrip().endswith(":"):
        return None  # 'X said on Monday: “... withdrawal.” His message did little to reassure'
    for frame in ctx.frames:
        if frame.cue[0] < close:
            continue
        if any(close <= c[0] < frame.cue[0] for c in frame.content + frame.quoted):
            return None  # the cue reports something between the quote and itself
        first = min(frame.cue[0], frame.source[0] if frame.source else frame.cue[0])
        near = first >= close and frame.cue[0] - close <= _MAX_GAP
        if (
            near
            and frame.lemma in _SPEAKING
            and frame.source is not None  # "“...,” when asked": the speaker is before it
            and not _opens_next_quote(ctx.text, frame, quote)
            and not _reports_own_clause(ctx.text, frame, quote)
            and _joins(ctx.text[close:first])
            and not _inside_other_clause(ctx.text, ctx.frames, frame, quote)
            and not _starts_clause_early(ctx.text, frame, quote)
        ):
            return Piece(quote.span, "direct", frame)
        return None
    return None


def _opens_next_quote(text: str, frame: Frame, quote: Quoted) -> bool:
    """'“... closed.” He added, “For now ...”': a quote that ends its sentence, then a cue
    that introduces the next quote; that cue is the next quote's, not this one's."""
    if not _ends_sentence(text, quote):
        return False
    end = max(frame.cue[1], frame.source[1] if frame.source else 0)
    return bool(_INTRODUCES.match(text, end))


def _reports_own_clause(text: str, frame: Frame, quote: Quoted) -> bool:
    """'X said: “... in the area.” The coastguard said it had closed the lane': a quote that
    ends its sentence, then a cue with a clause of its own after it; that cue reports the
    clause, and the quote is the earlier cue's."""
    return _ends_sentence(text, quote) and any(c[0] >= frame.cue[1] for c in frame.content)


def _ends_sentence(text: str, quote: Quoted) -> bool:
    """The quoted words close with a full stop inside the marks ('... in the area.”')."""
    return text[quote.start : quote.end].rstrip().endswith(".")


def _starts_clause_early(text: str, frame: Frame, quote: Quoted) -> bool:
    """'Keller would have to “move closer to the middle,” he said': the reported clause starts
    before the quote, so the quote is partial; unless a colon introduces it."""
    return any(
        c[0] < quote.open_at - 3
        and _overlaps(c, quote.span)
        and ":" not in text[c[0] : quote.open_at]
        for c in frame.content
    )


def _inside_other_clause(text: str, frames: list[Frame], frame: Frame, quote: Quoted) -> bool:
    """The quote sits in another cue's reported clause: a partial quote of that one. The
    clause may stop before the sentence's period inside the marks ('said that Varga was
    “careless” and “a fraud.”')."""
    end = len(text[quote.start : quote.end].rstrip(_CLOSING_PUNCT)) + quote.start
    return any(
        c[0] < quote.open_at and end <= c[1]
        for other in frames
        if other is not frame
        for c in other.content
    )


def _by_parse(text: str, quote: Quoted, frames: list[Frame]) -> Piece | None:
    """The frame whose parsed content overlaps the quote."""
    qs, qe = quote.span
    for frame in frames:
        for k, (cs, ce) in enumerate(frame.content):
            if not (cs < qe and qs < ce):
                continue
            if _mostly_inside(text, (cs, ce), quote.span) or _quote_then_aside(text, cs, quote):
                return Piece(quote.span, "direct", frame)
            frame.content[k] = (min(cs, qs), max(ce, qe))
            return Piece(quote.span, "partial", frame)
    return None


def _coordinated(text: str, quote: Quoted, frames: list[Frame]) -> Piece | None:
    """'called the plan “reckless” and a “costly mistake”': a quote joined by "and" or a
    comma to the end of a frame's reported words goes on with them, as a partial quote."""
    for frame in frames:
        for k, (cs, ce) in enumerate(frame.content):
            if ce <= quote.open_at and _COORDINATED.fullmatch(text[ce : quote.open_at]):
                frame.content[k] = (cs, quote.end)
                return Piece(quote.span, "partial", frame)
    return None


def _quote_then_aside(text: str, clause_start: int, quote: Quoted) -> bool:
    """'X said, “We will see,” when asked ...': the clause opens with the quote, and the
    comma that closes it leaves what follows to the cue ("when asked"), not to the quote."""
    before = text[clause_start : max(clause_start, quote.start)]
    return not any(ch.isalnum() for ch in before) and text[quote.start : quote.end].endswith(",")


def _mostly_inside(text: str, clause: Span, quote: Span) -> bool:
    """The parsed clause lies inside the quote, give or take punctuation: the quote is the
    whole statement. Words of the clause outside it ("it was “a storm ...”") make it partial."""
    outside = (
        text[clause[0] : max(clause[0], quote[0])] + text[min(clause[1], quote[1]) : clause[1]]
    )
    return not any(ch.isalnum() for ch in outside)


def _leading_cue(ctx: Context, quote: Quoted) -> Piece | None:
    """'X said: “...”', 'X said, “...”', 'X scolded him: “...”': the last cue before it."""
    for frame in reversed(ctx.frames):
        if frame.cue[1] > quote.open_at:
            continue
        gap = ctx.text[frame.cue[1] : quote.open_at]
        colon = gap.rstrip().endswith(":")
        if (frame.content or frame.quoted) and not colon:
            return None  # an indirect cue: a quote after it is no complement of it
        if len(gap) <= _MAX_GAP and _joins(gap) and (colon or gap.rstrip()[-1:] in (",", "")):
            # What the parser took for the complement before the colon ("him") gives way.
            frame.content = [c for c in frame.content if not frame.cue[1] <= c[0] < quote.open_at]
            return Piece(quote.span, "direct", frame)
        return None
    return None


def _joins(gap: str) -> bool:
    """No sentence or paragraph boundary and no other quote between quote and cue."""
    if "\n" in gap or any(mark in gap for mark in _MARKS):
        return False
    last = _GAP_ENDS_SENTENCE.search(gap)  # "... to the region. Keller said": a new sentence
    if last is not None and not _ABBREVIATION.search(gap[: last.start() + 1]):
        return False
    # A full stop after "Mr" or an initial ends no sentence.
    return all(_ABBREVIATION.search(gap[: end.start() + 1]) for end in _SENTENCE_END.finditer(gap))


def _continued(ctx: Context, i: int) -> Piece | None:
    """The quote goes on from the speaker just before it."""
    quote = ctx.quotes[i]
    if not _statement(ctx.text, quote, min_words=1):
        return None  # a label ("the so-called “coalition”") says nothing
    frame = _same_paragraph_speaker(ctx, i)
    if frame is None and _starts_paragraph(quote, ctx.paragraphs):
        frame = _previous_paragraph_speaker(ctx, i)
    return Piece(quote.span, "direct", frame) if frame is not None else None


def _same_paragraph_speaker(ctx: Context, i: int) -> Frame | None:
    """The frame of the quote before, or the speech cue of the sentence before."""
    quote = ctx.quotes[i]
    para = next((p for p in ctx.paragraphs if p[0] <= quote.open_at < p[1]), None)
    if para is None:
        return None
    candidates: list[tuple[int, Frame]] = []
    if i and i - 1 in ctx.owner and ctx.quotes[i - 1].open_at >= para[0]:
        candidates.append((_close(ctx.quotes[i - 1]), ctx.owner[i - 1][0]))
    cue = next(
        (f for f in reversed(ctx.frames) if para[0] <= f.cue[0] and f.cue[1] <= quote.open_at),
        None,
    )
    if cue is not None and cue.lemma in _SPEAKING and cue.source is not None:
        candidates.append((cue.cue[1], cue))
    for start, frame in sorted(candidates, key=lambda c: -c[0]):
        if _nothing_between(ctx, frame, start, quote.open_at):
            return frame
    return None


def _nothing_between(ctx: Context, frame: Frame, start: int, end: int) -> bool:
    """Only the cue's own sentence stands between: no other sentence, no other quote."""
    limit = frame.cue[0] if start <= frame.cue[0] < end else start
    between = [q for q in ctx.quotes if start <= q.open_at and _close(q) <= end]
    if any(_statement(ctx.text, q, min_words=1) for q in between):
        return False
    return not any(limit < s < end for s in ctx.sentence_starts)


def _previous_paragraph_speaker(ctx: Context, i: int) -> Frame | None:
    """The paragraph right before ended with this speaker's quote (and at most its cue after
    it), or is a report of the speaker's ('Berg said the council had failed.' and then a
    paragraph of quotation with no cue: Berg goes on); after a narrative paragraph, the last
    quoted speaker goes on."""
    k = next((k for k, p in enumerate(ctx.paragraphs) if p[0] <= ctx.quotes[i].open_at < p[1]), 0)
    if k == 0:
        return None
    before = ctx.paragraphs[k - 1]
    last_quoted = i and i - 1 in ctx.owner
    if last_quoted and before[0] <= ctx.quotes[i - 1].open_at:
        return _quote_ends_paragraph(ctx, i - 1, before)
    reporting = _reporting_paragraph(ctx, before)
    if reporting is not None or not last_quoted:
        return reporting
    # A narrative paragraph between: the last quoted speaker still holds the floor.
    close = _close(ctx.quotes[i - 1])
    para = next((p for p in ctx.paragraphs if p[0] <= close <= p[1]), None)
    return _quote_ends_paragraph(ctx, i - 1, para) if para is not None else None


def _quote_ends_paragraph(ctx: Context, i: int, para: Span) -> Frame | None:
    frame, kind = ctx.owner[i]
    if kind != "direct":
        return None
    close = _close(ctx.quotes[i])
    tail = _without(ctx.text[close : para[1]], close, [frame.cue, frame.source])
    return frame if len(re.findall(r"[A-Za-z]{2,}", tail)) <= 4 else None


def _reporting_paragraph(ctx: Context, para: Span) -> Frame | None:
    """The paragraph's last cue, a speech verb with a source, reports what closes it."""
    inside = [f for f in ctx.frames if para[0] <= f.cue[0] and f.cue[1] <= para[1]]
    frame = inside[-1] if inside else None
    if frame is None or frame.lemma not in cues.SPEECH or frame.source is None:
        return None
    if not frame.content or any(para[0] <= q.open_at < para[1] for q in ctx.quotes):
        return None
    tail = ctx.text[max(c[1] for c in frame.content) : para[1]]
    return frame if len(re.findall(r"[A-Za-z]{2,}", tail)) <= 4 else None


def _without(gap: str, offset: int, spans: list[Span | None]) -> str:
    chars = list(gap)
    for span in spans:
        if span is None:
            continue
        for k in range(max(span[0], offset), min(span[1], offset + len(gap))):
            chars[k - offset] = " "
    return "".join(chars)


def _starts_paragraph(quote: Quoted, paragraphs: list[Span]) -> bool:
    return any(start == quote.open_at for start, _ in paragraphs)


def _close(quote: Quoted) -> int:
    return quote.close_at if quote.close_at is not None else quote.end


def introduced_paragraphs(text: str, frames: list[Frame], paragraphs: list[Span]) -> None:
    """Content after a colon that closes a cue's paragraph: the next paragraph."""
    starts = {s: (s, e) for s, e in paragraphs}
    for frame in frames:
        if frame.content:
            continue
        colon = _colon_after(text, frame.cue[1])
        # Words between cue and colon only after a speech or light verb ("said in a
        # statement:", "made the following comment:"), not "began to show ... this:".
        if colon is None or (
            text[frame.cue[1] : colon].strip() and frame.lemma not in _INTRODUCING
        ):
            continue
        after_colon = colon + 1
        nxt = after_colon + (len(text[after_colon:]) - len(text[after_colon:].lstrip()))
        if "\n" in text[after_colon:nxt] and nxt in starts:
            frame.content = [starts[nxt]]


def _colon_after(text: str, cue_end: int) -> int | None:
    """The colon that ends the cue's sentence: right after the cue or after the cue's own
    words ('said in a statement:', 'wrote in an email to staff:'), with no sentence end,
    quotation mark or line break before it."""
    end = text.find(":", cue_end, cue_end + _MAX_GAP)
    if end < 0:
        return None
    between = text[cue_end:end]
    if "\n" in between or any(ch in between for ch in _MARKS + ".;!?"):
        return None
    return end


def _unclaimed_kind(text: str, quote: Quoted) -> str:
    """A quote no cue claims: a label unless it reads as a statement."""
    return "direct" if _statement(text, quote) else "label"


def _statement(text: str, quote: Quoted, min_words: int = _MIN_STATEMENT_WORDS) -> bool:
    """Long enough to say something and not introduced as a name ("so-called", "dubbed")."""
    before = text[max(0, quote.open_at - 20) : quote.open_at]
    words = text[quote.start : quote.end].split()
    return len(words) >= min_words and not _LABEL_BEFORE.search(before)
