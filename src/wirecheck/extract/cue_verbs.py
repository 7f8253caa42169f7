"""Whether a token the tagger read is a cue verb at all: a verb read as a noun ("the
minister plans to return"), a noun phrase that hides "X claims" ("Keller claims that ..."),
a participle that is only an adjective ("include pledged funds"), and a cue whose
subject the parser left on a participle before it ("Riders waiting at the pier say ..."), and
an infinitive of "see" that names a sight or an outcome waited for ("queued to see her").
Split out of attribution.py, which uses them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirecheck.extract.phrases import Span, range_span

if TYPE_CHECKING:
    from spacy.tokens import Token

# Where a noun phrase stands: a participle there with its "object" right after is an adjective.
_NOUN_MODIFIERS = frozenset(["compound", "poss", "det", "amod", "nmod", "nummod"])
_NOUN_SLOTS = frozenset(["ccomp", "xcomp", "dobj", "pobj", "nsubj", "attr", "appos", "ROOT"])
_FINITE = frozenset(["VBP", "VBZ", "VBD"])
_SUBJECTS = frozenset(["nsubj", "nsubjpass", "csubj", "expl"])
# Where the parser hangs a main verb it did not see as one under a participle before it.
_MISHUNG = frozenset(["dep", "ccomp", "parataxis"])
_PARTICIPLES = frozenset(["VBG", "VBN"])


def verb_like(token: Token) -> bool:
    """A verb, or a verb the tagger took for a noun ("the minister plans to return"): a noun
    has no subject and no clausal complement of its own."""
    if token.pos_ in ("VERB", "AUX"):
        return True
    return token.pos_ == "NOUN" and any(
        c.dep_ in ("nsubj", "xcomp", "ccomp") for c in token.children
    )


def obligation(verb: Token) -> bool:
    """'The closures were supposed to be brief': "be supposed to" says what ought to be or
    was planned, like a modal verb; no one's belief is reported."""
    return (
        verb.lemma_.lower() == "suppose"
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "xcomp" for c in verb.children)
    )


def noun_read_subject(verb: Token) -> tuple[Token, Span] | None:
    """'Keller claims that ...' read as a noun phrase: its subject became the noun's modifiers."""
    if verb.pos_ != "NOUN":
        return None
    before = [c for c in verb.children if c.i < verb.i and c.dep_ in _NOUN_MODIFIERS]
    if not before or before[-1].i != verb.i - 1 or before[-1].dep_ not in ("compound", "poss"):
        return None
    first = before[-1]
    for child in reversed(before[:-1]):
        if child.right_edge.i + 1 != first.left_edge.i:
            break
        first = child
    return before[-1], range_span(verb.doc, first.left_edge.i, verb.i - 1)


def participle_adjective(verb: Token) -> bool:
    """'include pledged delegates': a bare participle the tagger read as a verb with the noun
    it modifies as its object; with no subject, auxiliary or coordinated verb it is none."""
    if verb.tag_ != "VBN" or verb.dep_ not in _NOUN_SLOTS or verb.i + 1 >= len(verb.doc):
        return False
    after = verb.doc[verb.i + 1]
    return (
        after.head.i == verb.i
        and after.dep_ == "dobj"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    )


def participle_read_main(verb: Token) -> tuple[Token, Span] | None:
    """'Riders waiting at the pier Tuesday say ...': the parser took the participle of a
    reduced relative for the main verb and hung the cue on it without a subject. The
    participle's subject with the participle phrase (up to the cue) is the source."""
    if verb.tag_ not in _FINITE or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    head = _participle_before(verb)
    if head is None or any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return None  # "are waiting at the pier and say": a finite verb phrase of its own
    subject = next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)
    # What stands between the participle (or the phrase it heads) and the cue.
    end = head.right_edge.i if head.right_edge.i < verb.i else head.i
    between = verb.doc[end + 1 : verb.i]
    if subject is None or any(t.is_punct or "\n" in t.text for t in between):
        return None  # a comma or break before the cue sets off a clause, not a modifier
    return subject, range_span(verb.doc, subject.left_edge.i, verb.i - 1)


def _participle_before(verb: Token) -> Token | None:
    """The participle the cue hangs on, or that hangs on the cue as a clause, before it."""
    head = verb.head
    if verb.dep_ in _MISHUNG and head.i < verb.i and head.tag_ in _PARTICIPLES:
        return head
    return next(
        (c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i and c.tag_ in _PARTICIPLES),
        None,
    )


def sight_infinitive(verb: Token) -> bool:
    """'queued all night to see her', 'waited to see if ...': the infinitive of 'see' tells
    what someone went or waited for, a sight or an outcome, not a view they hold."""
    return verb.lemma_.lower() == "see" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )
