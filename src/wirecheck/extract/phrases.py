"""Token spans for attribution: frames, cue words, content runs and source phrases.

A source phrase is the subject as written, with its apposition and relative clause ("Anna
Keller, the mayor of Tarnwick", "Marta, who has three sons"), without what
only dates or situates it, the words before it across a comma, dash or paragraph break, or
a relative clause that reports something itself (each word serves one attribution).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wirecheck.resources import cues

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Span = tuple[int, int]

_REPORTING = cues.SPEECH | cues.COGNITION | cues.EVIDENCE | cues.INTENTION | cues.OBJECT


@dataclass
class Frame:
    """One attribution: cue, source (the words naming it here) and content spans."""

    cue: Span
    lemma: str
    source: Span | None
    source_token: int | None
    content: list[Span] = field(default_factory=list)  # reported clauses, as parsed
    quoted: list[Span] = field(default_factory=list)  # direct quotes it introduces


CUE_LEFT = ("aux", "auxpass", "neg")
_FOCUSING = frozenset(["only", "just", "but", "and", "so", "yet", "also", "even"])
# Floating quantifiers end the phrase ("Keller and Berg both said"); a reflexive stays in it
# ("Mr. Berg himself has argued"), as PolNeAR marks it.
_FLOATING = frozenset(["all", "both", "each"])
_TIME_ADVERBS = frozenset(["when", "then", "now", "today", "yesterday", "where", "why", "how"])


def cue_span(verb: Token, extra: list[Token]) -> Span:
    """The verb with its auxiliaries, negation and adjacent adverbs, and a phrasal particle."""
    first = verb.i
    for child in sorted(verb.children, key=lambda t: -t.i):
        if child.i >= verb.i or child.i != first - 1:
            continue
        if child.dep_ in CUE_LEFT or (
            child.dep_ == "advmod"
            and child.lower_ not in _TIME_ADVERBS
            and not child.tag_.startswith("W")
        ):
            first = child.i
    last = max(
        [verb.i]
        + [t.i for t in extra]
        + [c.i for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1]
    )
    return range_span(verb.doc, first, last)


def subtree_span(token: Token) -> Span:
    """Char span of a token's subtree, edge punctuation trimmed."""
    tokens = strip_punct([t for t in token.subtree if not t.is_space]) or [token]
    return (tokens[0].idx, token_end(tokens[-1]))


def source_span(token: Token) -> Span:
    """Char span of the words naming a source, headed by this token (see _source_tokens)."""
    tokens = [t for t in _contiguous(token) if not t.is_space]
    tokens = strip_punct(_source_tokens(token, tokens)) or [token]
    return (tokens[0].idx, token_end(tokens[-1]))


def _contiguous(head: Token) -> list[Token]:
    """The unbroken run of the head's subtree around it: 'A majority of riders want X to
    win, 52 percent to 31': an apposition the parser hung on the subject from beyond the
    verb is no part of the subject as written."""
    inside = {t.i for t in head.subtree}
    first, last = head.i, head.i
    while first - 1 in inside:
        first -= 1
    while last + 1 in inside:
        last += 1
    return list(head.doc[first : last + 1])


def runs(tokens: Iterable[Token]) -> list[Span]:
    """Char spans of the unbroken runs of these tokens ("When she got in, she said, there
    were no ballots": the clause around the cue is two pieces), edge punctuation trimmed."""
    found: list[list[Token]] = []
    for t in sorted(tokens, key=lambda t: t.i):
        if found and found[-1][-1].i == t.i - 1:
            found[-1].append(t)
        else:
            found.append([t])
    spans = []
    for run in found:
        run = strip_punct(run)
        while run and run[-1].dep_ == "cc":  # "X said A, and when asked ..., said B"
            run = strip_punct(run[:-1])
        if run:
            spans.append((run[0].idx, token_end(run[-1])))
    return spans


def clause_pieces(clause: Token, cue: Token) -> list[Span]:
    """A reported clause as written, less the cue's own words where they interrupt it ("When
    she got in, she said, there were no ballots" gives two pieces)."""
    doc = clause.doc
    cue_words = {t.i for t in cue.subtree} - {t.i for t in clause.subtree}
    for sibling in (c for c in clause.children if sibling_of_cue(c)):
        # "said the economy would rebound and praised ...": "praised" is the cue's sibling.
        cue_words |= {t.i for t in doc[_with_conjunction(sibling) : sibling.right_edge.i + 1]}
    return runs(
        t for t in doc[clause.left_edge.i : clause.right_edge.i + 1] if t.i not in cue_words
    )


def sibling_of_cue(verb: Token) -> bool:
    """A subjectless verb the parser joined to the reported clause that rather goes with the
    cue, its tense the cue's and not the clause's: 'said the economy would rebound and praised
    the envoy', 'said it was over, adding ...'."""
    clause = verb.head
    if verb.pos_ != "VERB" or clause.dep_ != "ccomp" or verb.i < clause.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        return False
    if _second_statement(verb, clause):
        return True
    return verb.dep_ == "conj" and verb.tag_ == clause.head.tag_ != clause.tag_


def _second_statement(verb: Token, clause: Token) -> bool:
    """'said she regretted it and promised ...', 'said X, adding Y': a verb of saying joined to
    a clause that a verb of saying or thinking reports is the speaker's next statement."""
    if verb.lemma_.lower() not in cues.SPEECH or clause.head.i > clause.i:
        return False
    if clause.head.lemma_.lower() not in _REPORTING:
        return False
    return verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")


def _with_conjunction(verb: Token) -> int:
    """The first token of a conjoined verb with its 'and' or comma before it."""
    first = verb.left_edge.i
    while first > 0 and (verb.doc[first - 1].dep_ == "cc" or verb.doc[first - 1].is_punct):
        first -= 1
    return first


def _source_tokens(head: Token, tokens: list[Token]) -> list[Token]:
    """The words naming a source: the noun phrase with its appositions and relative clause,
    without what only dates or situates it ("a panel in 2001", "X, writing for the
    majority,") or words before it across a comma, dash or paragraph break."""
    doc = head.doc
    dateline = _after_dateline(head)
    if dateline is not None:
        return [t for t in tokens if t.i >= dateline.left_edge.i]
    first = tokens[0].i if tokens else head.i
    for i in range(head.i - 1, first - 1, -1):
        if _boundary_before(doc[i], head):
            first = i + 1
            break
    last = tokens[-1].i if tokens else head.i
    for cut in _right_cuts(head):
        last = min(last, cut - 1)
    # "Only one of them", "Just 28 percent": a focusing adverb is not part of the name; an
    # approximation ("Nearly half", "Both Keller and Berg") is.
    while (
        first < head.i
        and doc[first].dep_ in ("advmod", "cc")
        and doc[first].lower_ in _FOCUSING
        and doc[first].head.i == head.i
    ):
        first += 1
    return [t for t in tokens if first <= t.i <= last]


def _after_dateline(head: Token) -> Token | None:
    """'BERGEN, May 4 (Wire) — Former port director Ingrid Solheim told': the parser
    made the dateline the subject and the name its apposition after the dash."""
    doc = head.doc
    if not (head.is_upper or head.ent_type_ in ("GPE", "LOC", "DATE", "TIME")):
        return None  # "Keller — the harbour master — said": an apposition, not a dateline
    for child in head.children:
        if child.dep_ == "appos" and child.i > head.i:
            gap = doc[head.i + 1 : child.left_edge.i]
            if any(_boundary_before(t, child) and t.text != "," for t in gap):
                return child
    return None


def _boundary_before(token: Token, head: Token) -> bool:
    if "\n" in token.text or token.text in ("—", "–", "--", ":", ";"):
        return True
    if token.text == "-" and token.whitespace_:  # a spaced hyphen as a dash, not "Geun-hye"
        return True
    return token.text == "," and not _apposition_before(head, token)


def _apposition_before(head: Token, comma: Token) -> bool:
    """'Osei's cousin, state Sen. Ada Brandt': a comma inside the phrase, kept."""
    if head.dep_ == "appos" or comma.i == 0:
        return True
    return any(c.dep_ == "appos" and c.i > comma.i for c in comma.doc[comma.i - 1].children)


def _right_cuts(head: Token) -> list[int]:
    """Token positions where the source phrase should end, right of the head."""
    cuts = []
    for child in head.children:
        if child.i < head.i:
            continue
        if child.dep_ == "relcl" and any(_is_cue(t) for t in child.subtree):
            # Its own attribution ("X, who said ..."): each word serves one attribution.
            cuts.append(_with_comma(child.left_edge))
        elif child.dep_ == "acl" and child.tag_ in ("VBG", "VBN") and _after_comma(child.left_edge):
            cuts.append(child.left_edge.i - 1)  # "X, writing for the majority, said"
        elif child.dep_ == "prep" and _dated(child):
            cuts.append(_with_comma(child))
        elif child.dep_ == "advmod" and _after_comma(child):
            cuts.append(child.i - 1)
        elif child.lower_ in _FLOATING and child.i == child.head.right_edge.i:
            cuts.append(child.i)  # "Keller and Berg both said"
    return cuts


def _is_cue(verb: Token) -> bool:
    """A reporting verb with a complement: its clause is an attribution of its own."""
    return verb.lemma_.lower() in _REPORTING and any(
        c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children
    )


def _after_comma(token: Token) -> bool:
    return token.i > 0 and token.doc[token.i - 1].text == ","


def _with_comma(token: Token) -> int:
    prev = token.doc[token.i - 1] if token.i else token
    return prev.i if prev.text == "," else token.i


def _dated(prep: Token) -> bool:
    return any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree if t.dep_ == "pobj")


def strip_punct(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    return tokens


def range_span(doc: Doc, first: int, last: int) -> Span:
    tokens = strip_punct([doc[i] for i in range(first, last + 1)]) or [doc[first]]
    return (tokens[0].idx, token_end(tokens[-1]))


def token_end(token: Token) -> int:
    return token.idx + len(token.text)


def token_span(token: Token) -> Span:
    return (token.idx, token_end(token))


def same_paragraph(a: Token, b: Token) -> bool:
    """spaCy's sentences may run over a paragraph break; a complement never does."""
    lo, hi = sorted((a.i, b.i))
    return not any("\n" in t.text for t in a.doc[lo:hi])


def that_marked(clause: Token) -> bool:
    """A clause opened by "that" ("said that ...", "the claim that ...")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def that_clause(token: Token) -> bool:
    """A that-clause hung on a noun or verb as the parser hangs them: "fears that prices will
    rise" (acl, ccomp, or a relative clause the parser took it for)."""
    return token.dep_ in ("acl", "ccomp", "relcl") and that_marked(token)


def within_cue_paragraph(text: str, frames: list[Frame]) -> None:
    """Cut each frame's reported clauses at the paragraph breaks around its cue. A parse may
    run one sentence over a break ("..., an airport spokesman said, the last of them before
    11 p.m.\n\n“Safety is ...,” airport spokesman Owen Pryce said"), and the quote of the next
    paragraph would then read as part of the earlier report; reported words stay in their
    cue's paragraph (a quote introduced across a break is linked as a quote, not as content)."""
    for frame in frames:
        start = text.rfind("\n\n", 0, frame.cue[0])
        start = 0 if start < 0 else start + 2
        end = text.find("\n\n", frame.cue[1])
        end = len(text) if end < 0 else end
        clipped = [(max(cs, start), min(ce, end)) for cs, ce in frame.content]
        frame.content = [(cs, ce) for cs, ce in clipped if cs < ce]
