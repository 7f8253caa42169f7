"""Attribution frames from the dependency parse: a cue, its source and the content it governs.

Rules over spaCy's parse, no trained attribution model: a cue is a reporting verb (or
"according to") whose complement is the content; its source is the syntactic subject as
written ("he", "who", "Scholz's office"), inherited along coordinated and participle verbs
("X said ... but pledged ...", "X, saying ..."), or the agent of a passive cue (cue_subjects).
Cues made of a phrase ("made the case for", "seemed") are in stance_phrases; object
complements ("called for X", "criticized X as Y") in object_complements; content that is not
the verb's plain complement (a relative pronoun, a passive subject, a second report, the
clause before "..., said X") in report_clauses; cues inside the clause they report on ("X,
according to Y, ...", "reportedly", "In the poll, ...") in clause_cues; whether a token the
tagger read is a cue verb at all in cue_verbs; a group's support ("support among voters") in
support_phrases; verbs of feeling, whose object feels ("the remark angered X"), in feeling_verbs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from wirecheck.extract.clause_cues import (
    according_pieces,
    document_in_frame,
    hearsay_frame,
    without_according_aside,
    without_nested_hearsay,
)
from wirecheck.extract.cue_subjects import (
    find_source,
    participle_aside,
    split_name_start,
    without_past_aside,
)
from wirecheck.extract.cue_verbs import (
    noun_read_subject,
    obligation,
    participle_adjective,
    participle_read_main,
    sight_infinitive,
    verb_like,
)
from wirecheck.extract.feeling_verbs import feeling_frame
from wirecheck.extract.nominal import according_frame, noun_frame, stance_frame
from wirecheck.extract.object_complements import Found, about, objects, phrasal, told_thing
from wirecheck.extract.phrases import (
    Frame,
    Span,
    clause_pieces,
    cue_span,
    range_span,
    runs,
    same_paragraph,
    source_span,
    subtree_span,
    that_marked,
    token_span,
)
from wirecheck.extract.quote_sources import beside_quote_source, misattached_subject
from wirecheck.extract.report_clauses import (
    adjacent_modifiers,
    inverted_report,
    passive_without_agent,
    relative_object,
    trailing_clause,
    widened_cue,
    with_passive_subject,
    with_relative_pronoun,
    without_other_reports,
)
from wirecheck.extract.stance_phrases import (
    appearance_frame,
    appearance_head,
    light_verb_frame,
    possessed_statement_frame,
)
from wirecheck.extract.support_phrases import support_frame
from wirecheck.resources import cues

__all__ = ["Frame", "Span", "find_source", "frames", "verb_frame"]

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Finder = Callable[["Token", str, list["Token"]], "Found | None"]

_CLAUSE_VERBS = cues.SPEECH | cues.COGNITION | cues.EVIDENCE
# Verbs a quotation hangs on with its source next to it: speech, and "read" for written words
# ("“...,” read the statement", "“...,” the sign read").
_QUOTING = cues.SPEECH | {"read"}
_TRAILING = cues.SPEECH | cues.EVIDENCE
_CONJOINING = re.compile(r"\s*[,;]?\s*(?:and|but|or|yet)\s+")
_MARKUP_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,500}>")


def frames(doc: Doc, quoted: Iterable[Span] = ()) -> list[Frame]:
    """Every cue in the document with its source and content; cues inside quotes are skipped."""
    inside = _inside_mask(doc, quoted)
    found = []
    for token in doc:
        if inside[token.i]:
            continue
        according = according_frame(token)
        frame = (
            (according_pieces(according, token) if according is not None else None)
            or verb_frame(token, inside)
            or feeling_frame(token)
            or _light_verb(token, inside)
            or stance_frame(token)
            or possessed_statement_frame(token)
            or noun_frame(token)
            or support_frame(token)
            or document_in_frame(token)
            or appearance_frame(token)
            or hearsay_frame(token)
        )
        if frame is not None:
            found.append(frame)
    return without_according_aside(doc, without_nested_hearsay(found))


def _light_verb(token: Token, inside: list[bool]) -> Frame | None:
    """'X made the case for Y': a light verb and a noun of saying (see stance_phrases)."""
    if token.lemma_.lower() not in cues.LIGHT_VERBS:
        return None
    source = find_source(token)
    return light_verb_frame(token, None if source is None or inside[source.i] else source)


def _inside_mask(doc: Doc, quoted: Iterable[Span]) -> list[bool]:
    """Tokens inside a quotation or inside a markup tag left in the text ('<tweet author=
    "..." id="...">'): no cue of the article's own is there."""
    mask = [False] * len(doc)
    tags = [m.span() for m in _MARKUP_TAG.finditer(doc.text)]
    for start, end in [*quoted, *tags]:
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is not None:
            for i in range(span.start, span.end):
                mask[i] = True
    return mask


def verb_frame(token: Token, inside: list[bool] | None = None) -> Frame | None:
    """A reporting verb with a complement it governs."""
    if not verb_like(token) or token.dep_ in ("amod", "compound"):
        return None
    if participle_adjective(token) or obligation(token) or sight_infinitive(token):
        return None
    lemma = token.lemma_.lower()
    put_it = lemma == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)
    if put_it:
        lemma = "say"  # "as Mr. Dorn put it, “...”": the quote beside is what is said
    particle = _speech_particle(token, lemma)
    if particle is not None:
        lemma = "say"  # "“...,” Varga shot back"
    inverted = inverted_report(token, lemma)
    if inverted is not None:
        speaker, content = inverted
        cue = cue_span(token, adjacent_modifiers(token))
        return Frame(cue, lemma, source_span(speaker), speaker.i, content)
    found = None if put_it else _content(token, lemma)  # "it" only stands for the quote
    source = find_source(token)
    if source is not None and inside is not None and inside[source.i]:
        source = None  # a subject inside a quote is the quoted speaker's, not the cue's
    if source is not None and source.lower_ == "that" and source.dep_ == "nsubj":
        # "a study that says X", "groups that oppose X": PolNeAR marks what the clause says or
        # stands for, but a bare "that" names no one (its antecedent only half the time).
        source = None
    span = _before_cue(source_span(source), token) if source is not None else None
    if source is not None and span is not None and source.head.i == token.i:
        span = (split_name_start(token, source, span[0]), span[1])
        span = without_past_aside(source, span)
    if source is None and (read := noun_read_subject(token) or participle_read_main(token)):
        source, span = read
    if source is None and lemma in _QUOTING:
        source, span = beside_quote_source(token)
    if source is None:
        source = misattached_subject(token, inside)
        span = source_span(source) if source is not None else None
    if found is not None and lemma == "make":
        lemma = "say"  # "made it clear that ...": a statement
    if found is None and (lemma not in cues.SPEECH or source is None):
        return None
    # A speech verb with a subject but no complement may still cue a quote beside it.
    content, extra = found if found is not None else ([], [])
    if not content and span is not None and lemma in _TRAILING:
        content = trailing_clause(token, span)
    if source is None and content:
        content = with_passive_subject(token, content)
    content = with_relative_pronoun(token, content)
    extra = extra + [particle] if particle is not None else extra
    cue = widened_cue(token, cue_span(token, extra + adjacent_modifiers(token)))
    seeming = appearance_head(token)
    if seeming is not None:
        cue = (cue_span(seeming, [])[0], cue[1])  # "seemed to recognize"
    return Frame(cue, lemma, span, source.i if source is not None else None, content)


def _speech_particle(verb: Token, lemma: str) -> Token | None:
    """The 'back' of "shot back": a verb that speaks only with its particle."""
    want = cues.SPEECH_PARTICLES.get(lemma)
    return next(
        (c for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ == want), None
    )


def _before_cue(span: Span, verb: Token) -> Span:
    """'groups backing Osei': a source the cue's clause hangs on ends before that clause."""
    first = verb.left_edge
    if not span[0] < first.idx < span[1]:
        return span
    start = next(t.i for t in verb.doc[: first.i] if t.idx + len(t.text) > span[0])
    return range_span(verb.doc, start, first.i - 1)


def _content(verb: Token, lemma: str) -> Found | None:
    """The content spans and extra cue tokens, trying each complement type in turn."""
    children = [c for c in verb.children if same_paragraph(verb, c)]
    for finder, lemmas in _COMPLEMENTS:
        if lemma in lemmas:
            found = finder(verb, lemma, children)
            if found is not None:
                return found
    return None


def _clauses(verb: Token, lemma: str, children: list[Token]) -> Found | None:
    """'said (that) X', 'X, he said': every clausal complement, split around the cue."""
    complements = [
        c
        for c in children
        if c.dep_ == "ccomp"
        or (c.dep_ == "xcomp" and lemma in cues.SPEECH and not _to_infinitive(c))
    ]
    complements = [c for k, c in enumerate(complements) if not (k and _own_report(c))]
    aside = participle_aside(verb)  # "Keller, noting X, said": an aside, not the report
    complements = [c for c in complements if aside is None or c.i != aside.i]
    clauses = [
        piece
        for c in complements
        for piece in without_other_reports(clause_pieces(c, verb), c, _CLAUSE_VERBS)
    ]
    return (_joined(verb.doc, clauses), []) if clauses else None


def _joined(doc: Doc, pieces: list[Span]) -> list[Span]:
    """'A, but B, the source added': two clauses of one cue that only a conjunction parts are
    one statement (the parser gave the cue two complements); not 'said A but said B'."""
    out: list[Span] = []
    for piece in sorted(pieces):
        first = doc.char_span(piece[0], piece[1], alignment_mode="expand")
        again = first is not None and first[0].lemma_.lower() in _CLAUSE_VERBS
        if out and not again and _CONJOINING.fullmatch(doc.text[out[-1][1] : piece[0]]):
            out[-1] = (out[-1][0], piece[1])
        else:
            out.append(piece)
    return out


def _own_report(clause: Token) -> bool:
    """'He said X, and when asked ..., he said Y': a second complement that is a report with
    its own subject is a coordinated attribution the parser hung under the first cue."""
    return clause.lemma_.lower() in _CLAUSE_VERBS and any(
        c.dep_ == "nsubj" for c in clause.children
    )


def _to_infinitive(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _infinitive(verb: Token, lemma: str, children: list[Token]) -> Found | None:
    """'vowed to X' → 'to X'; 'urged Congress to X' → 'Congress to X'."""
    for child in children:
        if child.dep_ == "xcomp" and _to_infinitive(child):
            objects = [c for c in children if c.dep_ == "dobj" and c.i < child.i]
            start = objects[0] if objects else child
            first = min(start.left_edge.i, child.left_edge.i)
            return [range_span(verb.doc, first, child.right_edge.i)], []
    return None


def _that_clause(verb: Token, lemma: str, children: list[Token]) -> Found | None:
    """'told a meeting of leaders that ...': a that-clause the parser hung lower down."""
    for token in verb.subtree:
        if (
            token.i > verb.i
            and token.dep_ in ("acl", "relcl", "advcl", "ccomp")
            and that_marked(token)
            and same_paragraph(verb, token)
        ):
            return [subtree_span(token)], []
    return None


def _parenthetical(verb: Token, lemma: str, children: list[Token]) -> Found | None:
    """'People like Osei, he said': the clause around a parenthetical cue; also 'If she
    wins, Keller suggested, renters will ...', which the parser reads with the cue as the
    complement of the verb after it (the clause fronted before the cue stays content)."""
    if not same_paragraph(verb, verb.head):
        return None
    if verb.dep_ == "parataxis":
        gone = {t.i for t in verb.subtree}
        return runs(t for t in verb.head.subtree if t.i not in gone), []
    if not _inverted_parenthetical(verb, children):
        return None
    subject = next(c for c in children if c.dep_ == "nsubj")
    fronted = {t.i for c in children if c.dep_ == "advcl" and c.i < subject.i for t in c.subtree}
    gone = {t.i for t in verb.subtree} - fronted
    return runs(t for t in verb.head.subtree if t.i not in gone), []


def _inverted_parenthetical(verb: Token, children: list[Token]) -> bool:
    """A cue with a subject and nothing it reports, set off by commas inside the clause of the
    verb it hangs on."""
    doc = verb.doc
    end = verb.right_edge.i + 1
    return (
        verb.dep_ == "ccomp"
        and verb.head.i > verb.i
        and verb.head.lemma_.lower() not in _CLAUSE_VERBS  # "X is going on, he said"
        and any(c.dep_ == "nsubj" for c in children)
        and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in children)
        and end < len(doc)
        and doc[end].text == ","
    )


def _as_clause(verb: Token, lemma: str, children: list[Token]) -> Found | None:
    """'As the Ledger reported, the council agreed ...': the clause the as-clause hangs on."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in children):
        return None
    if not same_paragraph(verb, verb.head):
        return None
    gone = {t.i for t in verb.subtree}
    content = runs(t for t in verb.head.subtree if t.i not in gone)
    return (content, []) if content else None


def _passive_subject(verb: Token, lemma: str, children: list[Token]) -> Found | None:
    """'The deal was first reported by the Ledger': the passive subject is the content."""
    if not any(c.dep_ == "agent" for c in children):
        return None
    subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
    return ([subtree_span(subject)], []) if subject is not None else None


def _made_clear(verb: Token, lemma: str, children: list[Token]) -> Found | None:
    """'made it clear that ...', 'made clear (that) ...': the clause after "clear"."""
    clear = next((c for c in children if c.lower_ == "clear" and c.i > verb.i), None)
    if clear is None:
        return None
    after = [c for c in list(clear.children) + children if c.i > clear.i]
    clause = next(
        (c for c in after if c.dep_ in ("ccomp", "advcl", "csubj") and c.pos_ in ("VERB", "AUX")),
        None,
    )
    if clause is None:
        return None
    return runs(clause.subtree), list(verb.doc[verb.i + 1 : clear.i + 1])


def _pro_form(verb: Token, lemma: str, children: list[Token]) -> Found | None:
    """'half said so', 'the candidate said no', 'Berg thinks so': the word that stands for
    the statement."""
    forms = cues.PRO_FORMS if lemma in cues.SPEECH else {"so"}  # "thinks so", "never thought so"
    for child in children:
        if child.i > verb.i and child.lower_ in forms and child.dep_ != "punct":
            return [token_span(child)], []
    return None


_OBJECT_VERBS = (
    cues.SPEECH | cues.COGNITION | cues.EVIDENCE | cues.INTENTION | cues.OBJECT | cues.AS_ONLY
) - (cues.CLAUSE_ONLY | cues.ADDRESSEE_OBJECT)
# In order of preference: a clause beats an infinitive beats an object.
_COMPLEMENTS: tuple[tuple[Finder, frozenset[str]], ...] = (
    (_clauses, _CLAUSE_VERBS),
    (_infinitive, cues.INTENTION),
    (phrasal, frozenset(cues.PHRASAL)),
    (relative_object, _OBJECT_VERBS),
    (objects, _OBJECT_VERBS),
    (_that_clause, _CLAUSE_VERBS),
    (_parenthetical, cues.SPEECH),
    (_as_clause, cues.SPEECH | cues.EVIDENCE),
    (about, cues.SPEECH),
    (_passive_subject, _CLAUSE_VERBS | cues.OBJECT),
    (passive_without_agent, _OBJECT_VERBS),
    (_pro_form, cues.SPEECH | cues.COGNITION),
    (told_thing, frozenset(["tell"])),
    (_made_clear, frozenset(["make"])),
)
